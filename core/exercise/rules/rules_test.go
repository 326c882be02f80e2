package rules

import (
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/session"
)

// Every lockable name has a getter, the list is sorted, and a fixed name is
// not lockable.
func TestLockable(t *testing.T) {
	names := Lockable()
	if !slices.IsSorted(names) {
		t.Errorf("Lockable() is not sorted: %q", names)
	}
	s := session.Default()
	for _, n := range names {
		if _, ok := Setting(n, &s); !ok {
			t.Errorf("no getter for lockable %q", n)
		}
	}
	for _, n := range Fixed {
		if _, ok := Setting(n, &s); ok {
			t.Errorf("fixed %q is lockable too", n)
		}
	}
	if v, _ := Setting("lr", &session.Settings{}); v != "0.03" {
		t.Errorf("lr left at 0 reads %q, want the default 0.03", v)
	}
}
