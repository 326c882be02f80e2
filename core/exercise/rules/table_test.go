package rules_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
)

// TestLocksTable: Fixed and Lockable are session.Table's fixed and
// lockable settings; AutoLocks gives a reason for each fixed one; and
// Setting tells a lockable setting's change (a value within its bounds).
func TestLocksTable(t *testing.T) {
	var fixed, lockable []string
	for _, e := range session.Table {
		switch e.Lock {
		case session.Fixed:
			fixed = append(fixed, e.Name)
		case session.Lockable:
			lockable = append(lockable, e.Name)
		}
	}
	slices.Sort(lockable)
	if !slices.Equal(rules.Fixed, fixed) || !slices.Equal(rules.Lockable(), lockable) {
		t.Errorf("Fixed %q, Lockable %q; Table: %q, %q", rules.Fixed, rules.Lockable(), fixed, lockable)
	}
	if auto := slices.Sorted(maps.Keys(rules.AutoLocks(rules.Goal{Metric: rules.Accuracy}, false))); !slices.Equal(auto, slices.Sorted(slices.Values(fixed))) {
		t.Errorf("AutoLocks locks %q, want the fixed settings %q", auto, fixed)
	}
	base := session.Default()
	for _, name := range lockable {
		e := session.Find(name)
		next := base
		next.Model.Hidden = slices.Clone(base.Model.Hidden)
		switch e.Kind() {
		case session.Number, session.Whole:
			v, _ := e.Number(&base)
			if err := e.SetNumber(&next, (v+e.Min)/2+0.5*min(1, e.Max-e.Min)); err != nil {
				if err := e.SetNumber(&next, v+1); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
		case session.Bool:
			*e.Field(&next).(*bool) = true
		case session.Choice:
			if err := e.SetText(&next, map[string]string{"norm": "minmax", "activation": "relu", "loss": "mse", "init": "he", "optimizer": "adam"}[name]); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		case session.List:
			if name == "hidden" {
				next.Model.Hidden = []int{3}
			} else {
				next.Derived = append(next.Derived, data.Derived{Kind: data.Square, A: "x"})
			}
		}
		a, _ := rules.Setting(name, &base)
		b, ok := rules.Setting(name, &next)
		if !ok || a == b {
			t.Errorf("%s: Setting reads %s before and %s after a change (ok %v)", name, a, b, ok)
		}
	}
}
