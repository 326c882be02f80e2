package exercise_test

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// train builds s and trains it for epochs, returning the session and the
// first error of Step.
func train(t *testing.T, s session.Settings, epochs int) (*session.Session, error) {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	return ss, ss.Trainer.StepN(epochs)
}

func mustTrain(t *testing.T, s session.Settings, epochs int) nn.Stats {
	t.Helper()
	ss, err := train(t, s, epochs)
	if err != nil {
		t.Fatal(err)
	}
	return ss.Trainer.Stats()
}

// Every lesson builds, opens from its link, trains its epochs without
// error (the exploding lesson diverges) and shows what its text says.
func TestLessons(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range exercise.Lessons() {
		t.Run(l.ID, func(t *testing.T) {
			if seen[l.ID] || l.Title.En == "" || l.Title.Zh == "" || l.About.En == "" || l.About.Zh == "" || l.Epochs < 1 {
				t.Fatalf("lesson %q: duplicate ID, missing text or epochs", l.ID)
			}
			seen[l.ID] = true
			switch l.Chart {
			case "loss", "metric", "gradients":
			default:
				t.Errorf("chart %q", l.Chart)
			}
			s, err := l.Link()
			if err != nil {
				t.Fatal(err)
			}
			back, err := exercise.DecodeLesson(s)
			if err != nil || !reflect.DeepEqual(*back, l) {
				t.Fatalf("lesson link: %v\n%+v\n%+v", err, back, l)
			}
			if len(s) > 2000 {
				t.Errorf("lesson link of %d characters", len(s))
			}
			ss, err := train(t, l.Settings, l.Epochs)
			var de *nn.DivergedError
			if l.ID == "exploding" {
				if !errors.As(err, &de) {
					t.Fatalf("the exploding lesson trained %d epochs without diverging: %v", l.Epochs, err)
				}
				t.Logf("diverged: %v", err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			st := ss.Trainer.Stats()
			t.Logf("%s after %d epochs: train loss %.4f metric %.4f, test loss %.4f metric %.4f, gradient norms %.2g",
				l.ID, st.Epoch, st.TrainLoss, st.TrainMetric, st.TestLoss, st.TestMetric, st.GradNorms)
			lessonClaims(t, l, ss, st)
		})
	}
	if len(seen) != 11 {
		t.Errorf("%d lessons, want the 11 of the issue", len(seen))
	}
}

// lessonClaims checks the numbers each lesson's text gives.
func lessonClaims(t *testing.T, l exercise.Lesson, ss *session.Session, st nn.Stats) {
	s := l.Settings
	check := func(ok bool, format string, a ...any) {
		t.Helper()
		if !ok {
			t.Errorf(format, a...)
		}
	}
	switch l.ID {
	case "tutorial":
		check(st.TestLoss < 1e-4, "tutorial: test loss %v, want ≈ 0", st.TestLoss)
	case "normalize":
		normalizeClaims(t, l, ss)
	case "xor":
		check(st.TestMetric < 0.7, "xor without a hidden layer: test accuracy %v", st.TestMetric)
		s.Model.Hidden = []int{4}
		h := mustTrain(t, s, 100)
		check(h.TestMetric > 0.9, "xor with 4 hidden neurons: test accuracy %v, want > 0.9", h.TestMetric)
	case "spiral":
		check(st.TestMetric > 0.97, "spiral: test accuracy %v, want about 0.99", st.TestMetric)
		s.Model.Hidden = []int{8}
		one := mustTrain(t, s, l.Epochs)
		check(one.TestMetric < 0.7, "spiral, one layer: test accuracy %v, want < 0.7", one.TestMetric)
	case "overfit":
		check(st.TrainMetric == 1 && st.TestLoss > 2.5 && st.TestLoss < 3.5, "overfit: train accuracy %v, test loss %v; want 1 and about 2.9", st.TrainMetric, st.TestLoss)
		s.Model.L2 = 0.01
		l2 := mustTrain(t, s, l.Epochs)
		check(l2.TestLoss > 0.4 && l2.TestLoss < 0.6, "overfit with L2: test loss %v, want about 0.5", l2.TestLoss)
		s.Model.L2, s.Points = 0, 600
		more := mustTrain(t, s, l.Epochs)
		check(more.TestLoss < 2*more.TrainLoss, "overfit with 600 points: train loss %v, test loss %v", more.TrainLoss, more.TestLoss)
	case "vanishing":
		g := st.GradNorms
		check(st.TestMetric <= 0.55 && g[0]*1000 < g[len(g)-1], "vanishing: accuracy %v, gradient norms %v", st.TestMetric, g)
		for k := 1; k < len(g); k++ {
			check(g[k-1] < g[k], "vanishing: gradient norms %v do not grow towards the output", g)
		}
		s.Model.Activation = nn.Tanh
		tanh := mustTrain(t, s, l.Epochs)
		check(tanh.TestMetric > 0.9, "vanishing fixed by tanh: accuracy %v", tanh.TestMetric)
	case "adam-sgd":
		check(st.TestMetric > 0.5 && st.TestMetric < 0.7, "SGD on the spiral: test accuracy %v, want about 0.6", st.TestMetric)
		s.Model.Optimizer = nn.Adam
		adam := mustTrain(t, s, l.Epochs)
		check(adam.TestMetric > 0.75 && adam.TestMetric < 0.85, "Adam on the spiral: test accuracy %v, want about 0.8", adam.TestMetric)
	case "iris":
		check(st.TestMetric >= 0.9, "iris: test accuracy %v", st.TestMetric)
	case "penguins":
		check(ss.Data.Dropped > 0 && st.TestMetric > 0.95, "penguins: %d dropped, test accuracy %v", ss.Data.Dropped, st.TestMetric)
		s.Missing = 1 // fill
		fill, err := session.Build(s)
		check(err == nil && fill.Data.Dropped == 0, "penguins filled: %v", err)
	case "diabetes":
		check(ss.Data.Train.N == 354, "diabetes: %d training rows, the text says 354", ss.Data.Train.N)
		check(st.TestMetric > 0.4 && st.TestMetric < 0.5, "diabetes: test R² %v, want near 0.45", st.TestMetric)
		s.Model.Hidden, s.Model.Activation = []int{8}, nn.ReLU
		h := mustTrain(t, s, l.Epochs)
		check(h.TrainMetric > st.TrainMetric && h.TestMetric < st.TestMetric, "diabetes with 8 ReLU: train R² %v, test R² %v; linear %v, %v", h.TrainMetric, h.TestMetric, st.TrainMetric, st.TestMetric)
	}
}

// The normalize lesson's numbers: the tutorial's mistake, normalizing the
// test points with their own mean and standard deviation, computed with
// the lesson's trained model.
func normalizeClaims(t *testing.T, l exercise.Lesson, ss *session.Session) {
	ds := ss.Data
	right := ss.Trainer.Predict(nil, ds.Test.X)
	raw := [][2]float64{{5, 6}, {6, 7}, {7, 8}} // the tutorial's X_test
	var mean, sd [2]float64
	for c := range 2 {
		for _, r := range raw {
			mean[c] += r[c] / 3
		}
		for _, r := range raw {
			sd[c] += (r[c] - mean[c]) * (r[c] - mean[c]) / 3
		}
		sd[c] = math.Sqrt(sd[c]) // population std, as np.std
	}
	var x []float64
	for _, r := range raw {
		for c := range 2 {
			x = append(x, (r[c]-mean[c])/sd[c])
		}
	}
	wrong := ss.Trainer.Predict(nil, x)
	var mseRight, mseWrong float64
	for i, y := range []float64{5, 6, 7} {
		mseRight += (right[i] - y) * (right[i] - y) / 3
		mseWrong += (wrong[i] - y) * (wrong[i] - y) / 3
	}
	claims := []string{
		fmt.Sprintf("%.2f, 0, %.2f", x[0], x[4]),
		fmt.Sprintf("%.2f, %.2f and %.2f", wrong[0], wrong[1], wrong[2]),
		fmt.Sprintf("test MSE is %.2f instead of %.2f", mseWrong, mseRight),
		fmt.Sprintf("mean %.1f and standard deviation %.2f", ds.Prep.Shift[0], ds.Prep.Scale[0]),
	}
	text := strings.ReplaceAll(l.About.En, "−", "-")
	for _, c := range claims {
		if !strings.Contains(text, c) {
			t.Errorf("the lesson text does not say %q", c)
		}
	}
	t.Logf("own-statistics inputs %.4f, predictions %.4f (MSE %.4f) against %.4f (MSE %.4f)", x, wrong, mseWrong, right, mseRight)
}
