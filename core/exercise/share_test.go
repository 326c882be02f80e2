package exercise_test

import (
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// pressDirect is one press of Train as the page's trainer runs it
// (wasm/worker.go: the coach and the stop rules watch every epoch, and the
// page records each epoch's statistics), written out again here from
// session, link and nn alone: the history of a student who trains the
// settings s from the exercise's start, oldest first.
func pressDirect(t testing.TB, ex *exercise.Exercise, s session.Settings) []nn.Stats {
	t.Helper()
	ss, err := link.Restore(&link.Session{Settings: s, Weights: ex.Weights})
	if err != nil {
		t.Fatal(err)
	}
	tr := ss.Trainer
	coach := nn.NewCoach(tr, nn.CoachConfig{})
	var stop *nn.Stopper
	horizon := exercise.MaxCheckEpochs
	if s.Stop != (nn.StopRules{}) {
		stop = nn.NewStopper(tr, s.Stop)
	} else {
		horizon = rules.StartEpochs
	}
	if ex.Goal.MaxEpochs > 0 {
		horizon = min(horizon, ex.Goal.MaxEpochs)
	}
	hist := []nn.Stats{tr.Stats()}
	for tr.Epoch() < horizon {
		if err := tr.Step(); err != nil {
			return hist
		}
		st := tr.Stats()
		hist = append(hist, st)
		if _, err := coach.Check(st); err != nil {
			return hist
		}
		if stop != nil && stop.Check(st) != nil {
			return hist
		}
	}
	return hist
}

// best is the highest goal metric of a history (the lowest for a loss).
func best(g rules.Goal, hist []nn.Stats) float64 {
	v := g.Value(hist[0])
	for _, st := range hist {
		if x := g.Value(st); g.Metric == rules.Loss && x < v || g.Metric != rules.Loss && x > v {
			v = x
		}
	}
	return v
}

// shareCases are exercises whose students' runs differ: a pasted-like
// built-in table with the page's stop rules, XOR without stop rules, and a
// regression from the teacher's weights with mini-batches.
func shareCases(t *testing.T) map[string]*exercise.Exercise {
	xor := xorExercise()
	xor.Settings.Model.Hidden = []int{4}
	xor.Goal.MaxEpochs = 0
	stopped := xorExercise()
	stopped.Settings = session.WithStopDefaults(stopped.Settings)
	stopped.Settings.Model.Hidden = []int{3}
	stopped.Goal.MaxEpochs = 0
	plane := planeStart(t, 10)
	plane.Settings.Stop = nn.StopRules{Patience: 5, RestoreBest: true}
	return map[string]*exercise.Exercise{"xor no stop rules": xor, "xor stop rules": stopped, "plane from weights": plane}
}

// TestShare: the share of names whose one press of Train meets the goal is
// what training each name directly gives. The threshold is set between the
// names' best results, so that some names meet it and some do not.
func TestShare(t *testing.T) {
	const names = 12
	for name, ex := range shareCases(t) {
		t.Run(name, func(t *testing.T) {
			var bests []float64
			for i := 1; i <= names; i++ {
				bests = append(bests, best(ex.Goal, pressDirect(t, ex, ex.StudentSettings(exercise.ShareName(i), ex.Settings))))
			}
			sorted := slices.Sorted(slices.Values(bests))
			ex.Goal.Threshold = sorted[names/2]
			want := 0
			for i := 1; i <= names; i++ {
				if _, ok := rules.FirstMet(ex.Goal, pressDirect(t, ex, ex.StudentSettings(exercise.ShareName(i), ex.Settings))); ok {
					want++
				}
			}
			if want == 0 || want == names {
				t.Fatalf("threshold %v: %d of %d names meet it; the case does not tell", ex.Goal.Threshold, want, names)
			}
			var seen []int
			got := ex.Share(names, exercise.MaxShareWork, func(s rules.Share) { seen = append(seen, s.Tried) })
			if got.Met != want || got.Tried != names || got.Names != names || !got.Done || got.Heavy {
				t.Errorf("Share: %+v; want %d of %d names met", got, want, names)
			}
			if got.Stop != (ex.Settings.Stop != nn.StopRules{}) || got.FromStart != (ex.Weights != nil) {
				t.Errorf("Share: %+v; want Stop %v, FromStart %v", got, ex.Settings.Stop != nn.StopRules{}, ex.Weights != nil)
			}
			if len(seen) != names || !slices.IsSorted(seen) || seen[0] != 1 {
				t.Errorf("progress after each name: %v", seen)
			}
			t.Logf("threshold %.4g: %d of %d names meet it", ex.Goal.Threshold, got.Met, names)
		})
	}
}

// TestShareHeavy: past the work bound the share is not computed: it says
// so at once, or after the names it could train.
func TestShareHeavy(t *testing.T) {
	ex := xorExercise()
	ex.Settings.Model.Hidden = []int{64, 64}
	calls := 0
	got := ex.Share(exercise.ShareNames, 1e6, func(rules.Share) { calls++ })
	if !got.Heavy || got.Tried != 0 || !got.Done {
		t.Errorf("a 64×64 network with a budget of 1e6: %+v; want Heavy before any name", got)
	}
	// With stop rules the length of a run is not known before: the bound
	// stops the names in the middle.
	ex.Settings = session.WithStopDefaults(ex.Settings)
	ex.Settings.Model.Hidden = []int{4}
	ss, err := ex.Start()
	if err != nil {
		t.Fatal(err)
	}
	perEpoch := float64(ss.Data.Train.N * len(ss.Trainer.Net().Params()))
	// 20 names × a patience of 20 epochs fit in 500 epochs; their runs do not.
	got = ex.Share(exercise.ShareNames, perEpoch*500, nil)
	if !got.Heavy || got.Tried == 0 || got.Tried >= exercise.ShareNames || !got.Done {
		t.Errorf("budget of 500 epochs for %d names with stop rules: %+v; want Heavy after some names", exercise.ShareNames, got)
	}
}

// TestStartMeetsStops: the editor's "already meets the goal" follows the
// stop rules: the teacher's own settings, one press of Train.
func TestStartMeetsStops(t *testing.T) {
	for name, ex := range shareCases(t) {
		t.Run(name, func(t *testing.T) {
			hist := pressDirect(t, ex, ex.Settings)
			ex.Goal.Threshold = best(ex.Goal, hist)
			want, _ := rules.FirstMet(ex.Goal, hist)
			if got := ex.Info().StartMeets; got != want.Epoch {
				t.Errorf("StartMeets %d, want %d", got, want.Epoch)
			}
			// Just out of reach of this press: never met, though more epochs might.
			if ex.Goal.Metric == rules.Loss {
				ex.Goal.Threshold *= 0.999
			} else {
				ex.Goal.Threshold += 1e-9
			}
			if got := ex.Info().StartMeets; got != -1 {
				t.Errorf("threshold past the press's best: StartMeets %d, want -1", got)
			}
		})
	}
}

// BenchmarkShare measures the work Share does per second (MaxShareWork is
// set from it): 20 names of a 400-row table with 8 columns (table400), the
// page's stop rules, a 16-8 network.
func BenchmarkShare(b *testing.B) {
	s := session.WithStopDefaults(session.Default())
	s.Dataset, s.Points, s.Text = "", 0, datasets.ClinicLike(1, 400)
	s.Model.Hidden = []int{16, 8}
	ex := &exercise.Exercise{Nonce: "bench", Settings: s, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.99}}
	ss, err := ex.Start()
	if err != nil {
		b.Fatal(err)
	}
	perEpoch := float64(ss.Data.Train.N * len(ss.Trainer.Net().Params()))
	epochs := 0
	for i := 1; i <= exercise.ShareNames; i++ {
		epochs += len(pressDirect(b, ex, ex.StudentSettings(exercise.ShareName(i), ex.Settings))) - 1
	}
	for b.Loop() {
		if sh := ex.Share(exercise.ShareNames, exercise.MaxShareWork, nil); sh.Heavy {
			b.Fatalf("heavy: %+v", sh)
		}
	}
	b.ReportMetric(float64(epochs)*perEpoch*float64(b.N)/b.Elapsed().Seconds(), "work/s")
	b.ReportMetric(float64(epochs)*perEpoch, "work/op")
}
