package lessons_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/exercise/lessons"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// The gallery in its order (gallery, gallery.go): one neuron and a line, the
// loss and gradient descent, normalization, XOR, the spiral, a learning
// rate too high, vanishing gradients, dead ReLU, overfitting, Adam against
// SGD, categorical columns and missing values, regression and R², a
// decision map, and one neuron's forward and backward pass.
var galleryOrder = []string{"tutorial", "loss", "normalize", "xor", "spiral", "exploding", "vanishing",
	"dead-relu", "overfit", "adam-sgd", "penguins", "diabetes", "iris", "explain"}

// Every gallery lesson is valid, in both languages, starts without a
// setup of its own (so that a version 1 link's settings are what it opens
// with), and the tutorial's FAQ answers each have a step the student
// performs: NaN losses, exploding and vanishing gradients, overfitting and
// normalization.
func TestGallery(t *testing.T) {
	var ids []string
	faq := map[string]bool{}
	for _, l := range lessons.Gallery() {
		ids = append(ids, l.ID)
		if err := l.Validate(link.ValidateSettings); err != nil {
			t.Errorf("%s: %v", l.ID, err)
		}
		if l.Steps[0].Setup != nil {
			t.Errorf("%s: the first step has a setup; the lesson's settings are its setup", l.ID)
		}
		for _, s := range l.Steps {
			if s.Check != nil && s.Check.Kind == guide.CheckEvent {
				faq[string(s.Check.Event)] = true
			}
			for _, a := range s.Actions {
				if a.Kind == guide.ActSet && a.Setting == "norm" {
					faq["normalization"] = true
				}
			}
		}
	}
	if !slices.Equal(ids, galleryOrder) {
		t.Errorf("gallery %q, want %q", ids, galleryOrder)
	}
	for _, f := range []string{string(guide.Diverged), string(guide.Exploded), string(guide.Vanishing), string(guide.Overfitting), "normalization"} {
		if !faq[f] {
			t.Errorf("no step demonstrates the FAQ's %s", f)
		}
	}
}

// The normalize lesson's numbers: the tutorial's mistake, normalizing the
// test points with their own mean and standard deviation, computed with
// the lesson's model trained as its first step says.
func TestNormalizeClaims(t *testing.T) {
	l := byID(t, "normalize")
	ss, err := session.Build(l.Settings)
	if err != nil {
		t.Fatal(err)
	}
	if err := ss.Trainer.StepN(l.Steps[0].Actions[0].Epochs); err != nil {
		t.Fatal(err)
	}
	text := l.Steps[0].Text.En + " " + l.Steps[1].Text.En
	normalizeClaims(t, text, ss)
}
func normalizeClaims(t *testing.T, lessonText string, ss *session.Session) {
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
	text := strings.ReplaceAll(lessonText, "−", "-")
	for _, c := range claims {
		if !strings.Contains(text, c) {
			t.Errorf("the lesson text does not say %q", c)
		}
	}
	t.Logf("own-statistics inputs %.4f, predictions %.4f (MSE %.4f) against %.4f (MSE %.4f)", x, wrong, mseWrong, right, mseRight)
}

// The explain lesson's numbers, from the engine's explain view
// (nn.Trainer.Explain): after step 2 every row's δ and gradients are 0;
// after step 3 one epoch moves w1 by −lr times the mean of the training
// rows' ∂L/∂w1, and the training loss falls from 1 to 0.36.
func TestExplainClaims(t *testing.T) {
	l := byID(t, "explain")
	p := &player{t: t, lesson: &l}
	p.load(l.Settings)
	rowGrads := func() (mean float64, zero bool) {
		tr, ds := p.ss.Trainer, p.ss.Data
		zero = true
		for r := range ds.Train.N {
			x, y := ds.Train.X[r*ds.Dim:(r+1)*ds.Dim], ds.Train.Y[r*ds.Out:(r+1)*ds.Out]
			n, err := tr.Explain(x, y, 1, 0)
			if err != nil {
				t.Fatal(err)
			}
			mean += n.GradW[0] / float64(ds.Train.N)
			zero = zero && n.Delta == 0 && n.GradW[0] == 0 && n.GradW[1] == 0 && n.GradB == 0
		}
		return mean, zero
	}
	for i := range 3 {
		playStep(t, p, i, &l.Steps[i])
		if i == 1 {
			if _, zero := rowGrads(); !zero {
				t.Errorf("step 2: some row's δ or gradient is not 0")
			}
		}
	}
	g, _ := rowGrads()
	w0 := p.ss.Trainer.Net().W[0][0]
	loss0 := p.state().Newest.TrainLoss
	playStep(t, p, 3, &l.Steps[3])
	w1 := p.ss.Trainer.Net().W[0][0]
	lr := l.Settings.Model.LearningRate
	if want := w0 - lr*g; math.Abs(w1-want) > 1e-12 {
		t.Errorf("w1 after one epoch %v, want w1 − lr·mean ∂L/∂w1 = %v − %v·%v = %v", w1, w0, lr, g, want)
	}
	got := fmt.Sprintf("from %.4g to %.2g", loss0, p.state().Newest.TrainLoss)
	if !strings.Contains(l.Steps[3].Text.En, got) {
		t.Errorf("step 4 does not say the training loss fell %s", got)
	}
}

// A step whose check asks for at least an accuracy or an R² says the
// number in its text, in both languages (90 % or 0.4), so that the text and
// the check cannot drift apart. (Checks for at most a value are bands
// around what the text says: "about 50 %" is checked as ≤ 60 %.)
func TestStepTextsSayTheirThresholds(t *testing.T) {
	for _, l := range lessons.Gallery() {
		for i, s := range l.Steps {
			c := s.Check
			if c == nil || c.Kind != guide.CheckMetric || c.Op != ">=" || !strings.Contains(c.Metric, "accuracy") && !strings.Contains(c.Metric, "r2") {
				continue
			}
			want := fmt.Sprintf("%g", c.Value)
			if strings.Contains(c.Metric, "accuracy") {
				want = fmt.Sprintf("%g%%", 100*c.Value)
			}
			for _, text := range []string{s.Text.En, s.Text.Zh} {
				if !strings.Contains(strings.ReplaceAll(text, " %", "%"), want) {
					t.Errorf("%s step %d: the text does not say %s: %q", l.ID, i+1, want, text)
				}
			}
		}
	}
}

// byID returns the gallery's lesson id.
func byID(t *testing.T, id string) guide.Lesson {
	t.Helper()
	for _, l := range lessons.Gallery() {
		if l.ID == id {
			return l
		}
	}
	t.Fatalf("no lesson %q in the gallery", id)
	return guide.Lesson{}
}
