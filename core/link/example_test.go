package link_test

import (
	"fmt"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

func Example() {
	s := session.Default()
	s.Dataset = "iris"
	l, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		fmt.Println(err)
		return
	}
	kind, _ := link.KindOf(l)
	back, err := link.Decode(l)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l[:4], kind, back.Settings.Dataset, len(l) < 2000)

	_, err = link.Decode("#v9.abc")
	fmt.Println(err)
	// Output:
	// #v1. session iris true
	// link: this link was made by a newer version of the playground; open it there (the link is version 9, this playground reads up to version 2)
}
