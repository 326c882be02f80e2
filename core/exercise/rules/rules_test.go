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

func TestStudentSeed(t *testing.T) {
	base := StudentSeed("n1", "Ana Li")
	tests := []struct {
		Name        string
		Nonce, Who  string
		SameAsAnaLi bool
	}{
		{"same", "n1", "Ana Li", true},
		{"case and spaces", "n1", "  ana   LI ", true},
		{"other name", "n1", "Ana Lu", false},
		{"other nonce", "n2", "Ana Li", false},
		{"empty", "n1", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := StudentSeed(tt.Nonce, tt.Who)
			if (got == base) != tt.SameAsAnaLi || got == 0 {
				t.Errorf("StudentSeed(%q, %q) = %d, Ana Li's %d", tt.Nonce, tt.Who, got, base)
			}
		})
	}
}

// A loss goal puts back the exercise's normalization and loss; other goals
// leave them free. The test rows' settings always come back.
func TestMergeGoal(t *testing.T) {
	ex := session.Default()
	s := session.Default()
	s.Norm, s.Model.Loss, s.Missing, s.Ignore, s.Model.LearningRate = 1, 2, 1, []string{"x"}, 0.5
	for _, tt := range []struct {
		Metric   Metric
		KeepNorm bool
	}{{Loss, false}, {Accuracy, true}, {R2, true}} {
		m := ForStudent(ex, Goal{Metric: tt.Metric}, "n", "Ana", s)
		if (m.Norm == s.Norm) != tt.KeepNorm || (m.Model.Loss == s.Model.Loss) != tt.KeepNorm {
			t.Errorf("%s goal: norm %v, loss %v", tt.Metric, m.Norm, m.Model.Loss)
		}
		if m.Missing != ex.Missing || len(m.Ignore) != 0 || m.Model.LearningRate != 0.5 || m.TrainSeed != StudentSeed("n", "Ana") {
			t.Errorf("%s goal: %+v", tt.Metric, m)
		}
		if locks := AutoLocks(Goal{Metric: tt.Metric}, false); (locks["norm"] == "") != tt.KeepNorm {
			t.Errorf("%s goal: AutoLocks %v", tt.Metric, locks)
		}
	}
}
