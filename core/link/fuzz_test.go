package link_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// FuzzDecode: Decode never panics, and what it accepts encodes again to a
// link that decodes to the same session.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		l, _, _ := strings.Cut(string(b), "\n")
		f.Add(l)
	}
	f.Add("")
	f.Add("#v1.")
	f.Add("#v2.eJyrrgUAAXUA-Q")
	// A version 2 link: a pasted table packed.
	var rows strings.Builder
	rows.WriteString("x,y,label\n")
	for i := range 2000 {
		fmt.Fprintf(&rows, "%d.%03d,%d,%c\n", i%97, i*7919%1000, i*31%1013, 'a'+i%3)
	}
	big := link.Session{Settings: session.Default()}
	big.Settings.Dataset, big.Settings.Points, big.Settings.Noise, big.Settings.Text = "", 0, 0, rows.String()
	if l, err := link.Encode(&big); err != nil || !strings.HasPrefix(l, "#v2.") {
		f.Fatalf("a 2,000-row table: %.8q, %v; want a version 2 link", l, err)
	} else {
		f.Add(l)
	}
	f.Add(raw("v1", `{"kind":"session","body":{"settings":{"testRatio":0,"model":{}},"weights":{"epoch":1,"sizes":[2,1],"params":[1,2,3]}}}`))
	f.Fuzz(func(t *testing.T, in string) {
		s, err := link.Decode(in)
		if err != nil {
			if s != nil {
				t.Fatalf("Decode returned a session and the error %v", err)
			}
			return
		}
		l, err := link.Encode(s)
		if err != nil {
			t.Fatalf("a decoded session does not encode: %v", err)
		}
		back, err := link.Decode(l)
		if err != nil {
			t.Fatalf("re-encoded link does not decode: %v", err)
		}
		if !reflect.DeepEqual(back, s) {
			t.Fatalf("re-encoded link decodes to\n%+v\nwant\n%+v", back, s)
		}
		if _, err := link.DecodeFile([]byte(in)); err == nil && !strings.Contains(in, "nnplayground-session") {
			t.Fatalf("DecodeFile accepted %q", in)
		}
	})
}
