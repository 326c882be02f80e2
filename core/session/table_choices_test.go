package session_test

import (
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/session"
)

// Every setting that is one of an enum's names has the enum's names as its
// choices, in the enum's order (the first is the zero value's): each sets
// the setting and reads back as itself, and a name that is not one of them
// does not set it. Other settings have none.
func TestChoices(t *testing.T) {
	n := 0
	for i := range session.Table {
		e := &session.Table[i]
		choices := e.Choices()
		if e.Kind() != session.Choice {
			if choices != nil {
				t.Errorf("%s (%s): choices %q", e.Name, e.Kind(), choices)
			}
			continue
		}
		n++
		if len(choices) < 2 {
			t.Fatalf("%s: choices %q", e.Name, choices)
		}
		var zero session.Settings
		if got := e.Text(&zero); got != choices[0] {
			t.Errorf("%s: the zero value reads %q, the first choice is %q", e.Name, got, choices[0])
		}
		for _, c := range choices {
			var s session.Settings
			if err := e.SetText(&s, c); err != nil {
				t.Errorf("%s: choice %q: %v", e.Name, c, err)
			} else if got := e.Text(&s); got != c {
				t.Errorf("%s: choice %q reads back as %q", e.Name, c, got)
			}
		}
		var s session.Settings
		if err := e.SetText(&s, "no-such-"+e.Name); err == nil {
			t.Errorf("%s: a name that is no choice was taken", e.Name)
		}
		choices[0] = "changed" // a copy: the next caller gets the enum's own
		if slices.Contains(e.Choices(), "changed") {
			t.Errorf("%s: Choices returns the enum's own list", e.Name)
		}
	}
	if n < 6 { // activation, loss, init, optimizer, norm, missing
		t.Errorf("%d settings with choices, want at least 6", n)
	}
	if r := session.Regularizations(); !slices.Equal(r, []string{"none", "l1", "l2"}) {
		t.Errorf("Regularizations() = %q", r)
	}
}
