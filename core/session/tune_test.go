package session

import (
	"errors"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

func TestTunable(t *testing.T) {
	for _, c := range []struct {
		Name string
		Edit func(*Settings)
		Want bool
	}{
		{"nothing", func(*Settings) {}, true},
		{"learning rate", func(s *Settings) { s.Model.LearningRate = 0.3 }, true},
		{"l2 and batch", func(s *Settings) { s.Model.L2 = 0.01; s.Model.BatchSize = 5 }, true},
		{"language", func(s *Settings) { s.Lang = "zh" }, true},
		{"empty ignore list", func(s *Settings) { s.Ignore = []string{} }, true},
		{"hidden", func(s *Settings) { s.Model.Hidden = []int{3} }, false},
		{"seed", func(s *Settings) { s.Model.Seed = 99 }, false},
		{"dataset", func(s *Settings) { s.Dataset = "xor" }, false},
		{"noise", func(s *Settings) { s.Noise = 0.3 }, false},
		{"test ratio", func(s *Settings) { s.TestRatio = 0.5 }, false},
		{"normalization", func(s *Settings) { s.Norm = data.MinMax }, false},
		{"ignored column", func(s *Settings) { s.Ignore = []string{"x"} }, false},
	} {
		t.Run(c.Name, func(t *testing.T) {
			a := Default()
			b := Default()
			b.Model.Hidden = append([]int(nil), a.Model.Hidden...)
			c.Edit(&b)
			if got := Tunable(a, b); got != c.Want {
				t.Errorf("Tunable = %v, want %v", got, c.Want)
			}
		})
	}
}

func TestSessionTune(t *testing.T) {
	s, err := Build(Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Trainer.StepN(10); err != nil {
		t.Fatal(err)
	}
	next := s.Settings
	next.Model.LearningRate = 0.3
	if err := s.Tune(next); err != nil {
		t.Fatal(err)
	}
	if s.Settings.Model.LearningRate != 0.3 || s.Trainer.Config().LearningRate != 0.3 || s.Trainer.Epoch() != 10 {
		t.Errorf("after Tune: settings lr %v, trainer lr %v, epoch %d", s.Settings.Model.LearningRate, s.Trainer.Config().LearningRate, s.Trainer.Epoch())
	}
	bad := s.Settings
	bad.Model.Hidden = []int{2}
	if err := s.Tune(bad); !errors.Is(err, nn.ErrNotTunable) {
		t.Errorf("Tune(new shape) = %v, want ErrNotTunable", err)
	}
}
