package link_test

import (
	"errors"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// markup is a column name and text that a careless page would execute.
const markup = `<img src=x onerror="alert('x')">`

// roundTripCases cover every data kind, every setting and every enum value.
func roundTripCases(t testing.TB) []struct {
	Name string
	In   link.Session
} {
	type tc = struct {
		Name string
		In   link.Session
	}
	def := session.Default()
	var cases []tc
	cases = append(cases, tc{"default", link.Session{Settings: def}})

	gen := def
	gen.Dataset, gen.Points, gen.Noise = "spiral", 123, 0.35
	gen.Derived = []data.Derived{{Kind: data.Square, A: "x"}, {Kind: data.Product, A: "x", B: "y"}, {Kind: data.Sin, A: "y"}, {Kind: data.Cos, A: "x"}}
	cases = append(cases, tc{"generated with points, noise and derived features", link.Session{Settings: gen}})

	for _, name := range datasets.Names() {
		s := def
		s.Dataset, s.Points = name, 0
		cases = append(cases, tc{"built-in " + name, link.Session{Settings: s}})
	}

	text := def
	text.Dataset, text.Points = "", 0
	text.Text = "a,b," + markup + "\n1,2,x\n3,4,y\n5,,x\n\"q,uoted\",7,y\n"
	text.Target, text.Ignore, text.AsClasses = markup, []string{"b"}, true
	text.Missing, text.Norm, text.SplitColumn = data.FillMean, data.MinMax, "set"
	text.TestRatio, text.Lang = 0.25, "zh"
	cases = append(cases, tc{"pasted text with markup", link.Session{Settings: text}})

	none := def
	none.Norm, none.TestRatio = data.NoNorm, 0
	cases = append(cases, tc{"no normalization, no test set", link.Session{Settings: none}})

	stop := def
	stop.ValidRatio = 0.25
	stop.Stop = nn.StopRules{Patience: 20, RestoreBest: true, TargetLoss: 0.05, TargetMetric: 0.97, MaxEpochs: 3000}
	cases = append(cases, tc{"validation and stop rules", link.Session{Settings: stop}})

	for a := nn.Tanh; a <= nn.Linear; a++ {
		for o := nn.SGD; o <= nn.Adam; o++ {
			s := def
			s.Model = nn.Config{
				Hidden: []int{3, 5, 2}, Activation: a, Loss: nn.LossKind(int(o) % 6), Init: nn.InitKind(int(a) % 3),
				Optimizer: o, LearningRate: 0.001 * float64(1+a), Momentum: 0.5, Nesterov: o == nn.Momentum,
				Beta1: 0.8, Beta2: 0.99, Epsilon: 1e-7, BatchSize: int(o) * 7, L1: 1e-4, L2: 3e-3,
				ClipNorm: 2.5, Decay: 0.01, Seed: math.MaxUint64 - uint64(o),
			}
			cases = append(cases, tc{"model " + a.String() + " " + o.String(), link.Session{Settings: s}})
		}
	}
	for l := nn.Auto; l <= nn.CCE; l++ {
		s := def
		s.Model.Loss = l
		cases = append(cases, tc{"loss " + l.String(), link.Session{Settings: s}})
	}

	// Weights after some training.
	ss, err := session.Build(def)
	if err != nil {
		t.Fatal(err)
	}
	if err := ss.Trainer.StepN(3); err != nil {
		t.Fatal(err)
	}
	cases = append(cases, tc{"weights at epoch 3", link.Session{Settings: def, Weights: link.WeightsOf(ss.Trainer)}})
	return cases
}

func TestRoundTrip(t *testing.T) {
	for _, c := range roundTripCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			s, err := link.Encode(&c.In)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(s, "#v1.") || len(s) > link.LongLink {
				t.Errorf("link %q: want \"#v1.\" and at most %d characters", s[:min(len(s), 20)], link.LongLink)
			}
			for _, form := range []string{s, s[1:], "https://example.org/play/?x=1" + s, s[:50] + "\n  " + s[50:]} {
				out, err := link.Decode(form)
				if err != nil {
					t.Fatalf("Decode(%q): %v", form, err)
				}
				if !reflect.DeepEqual(*out, c.In) {
					t.Fatalf("round trip changed the session:\n got %+v\nwant %+v", *out, c.In)
				}
			}
			b, err := link.EncodeFile(&c.In)
			if err != nil {
				t.Fatal(err)
			}
			out, err := link.DecodeFile(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*out, c.In) {
				t.Fatalf("file round trip changed the session:\n got %+v\nwant %+v", *out, c.In)
			}
		})
	}
}

// A session restored from a link trains to the same loss, bit for bit, at
// every epoch; restored weights give the same outputs.
func TestRestoreSameTraining(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Noise, s.Model.Optimizer = "xor", 0.1, nn.Adam
	a, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	l, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	d, err := link.Decode(l)
	if err != nil {
		t.Fatal(err)
	}
	b, err := link.Restore(d)
	if err != nil {
		t.Fatal(err)
	}
	for e := 1; e <= 20; e++ {
		if err := a.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		if err := b.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		if x, y := a.Trainer.Stats().TrainLoss, b.Trainer.Stats().TrainLoss; math.Float64bits(x) != math.Float64bits(y) {
			t.Fatalf("epoch %d: loss %v here, %v after the link", e, x, y)
		}
	}

	// Start from here: the weights at epoch 20.
	l, err = link.Encode(&link.Session{Settings: s, Weights: link.WeightsOf(a.Trainer)})
	if err != nil {
		t.Fatal(err)
	}
	d, err = link.Decode(l)
	if err != nil {
		t.Fatal(err)
	}
	if d.Weights.Epoch != 20 {
		t.Errorf("weights epoch %d, want 20", d.Weights.Epoch)
	}
	c, err := link.Restore(d)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.Trainer.Net().Params(), a.Trainer.Net().Params()) {
		t.Fatal("restored parameters differ")
	}
	if x, y := a.Trainer.Stats().TestLoss, c.Trainer.Stats().TestLoss; math.Float64bits(x) != math.Float64bits(y) {
		t.Errorf("restored network: test loss %v, want %v", y, x)
	}

	// Weights for another network are refused.
	d.Settings.Model.Hidden = []int{3}
	if _, err := link.Restore(d); err == nil {
		t.Error("weights for layers [2 4 2 1] loaded into a [2 3 1] network")
	}
}

// Iris with its settings fits in 2,000 characters even as pasted text; a
// 1 MB table still makes a link; past MaxLink Encode says to use a file.
func TestSizes(t *testing.T) {
	iris, err := datasets.Text("iris", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := session.Default()
	s.Dataset, s.Points, s.Text, s.Model.Hidden, s.Model.Optimizer = "", 0, iris, []int{8}, nn.Adam
	l, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("iris pasted as text (%d bytes): link of %d characters", len(iris), len(l))
	if len(l) > 2000 {
		t.Errorf("iris link has %d characters, want ≤ 2000", len(l))
	}
	s.Dataset, s.Text = "iris", ""
	l, _ = link.Encode(&link.Session{Settings: s})
	t.Logf("built-in iris: link of %d characters: %s", len(l), l)

	// 1 MB of CSV: a synthetic table with noisy numbers compresses
	// worse than real data.
	var b strings.Builder
	b.WriteString("x,y,z,label\n")
	x := uint64(1)
	for b.Len() < 1<<20 {
		x = x*6364136223846793005 + 1442695040888963407
		b.WriteString(strings.Join([]string{ftoa(x >> 40), ftoa(x >> 44 & 0xffff), ftoa(x >> 20 & 0xfff), []string{"a", "b", "c"}[x>>61%3]}, ","))
		b.WriteByte('\n')
	}
	s.Text = b.String()
	l, err = link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatalf("1 MB table: %v", err)
	}
	t.Logf("1 MB table: link of %d characters (warning past %d)", len(l), link.LongLink)
	if len(l) <= link.LongLink {
		t.Errorf("a 1 MB table made a link of only %d characters", len(l))
	}
	if d, err := link.Decode(l); err != nil || d.Settings.Text != s.Text {
		t.Fatalf("1 MB table did not come back: %v", err)
	}

	// 8 MB of incompressible text: too long for a link.
	big := make([]byte, 6<<20)
	for i := range big {
		x = x*6364136223846793005 + 1442695040888963407
		big[i] = "0123456789,\n"[x>>60%12]
	}
	s.Text = string(big)
	if _, err := link.Encode(&link.Session{Settings: s}); !errors.Is(err, link.ErrTooLong) {
		t.Errorf("6 MB of random digits: error %v, want ErrTooLong", err)
	} else if !strings.Contains(err.Error(), "session file") {
		t.Errorf("error %q does not mention the session file", err)
	}
	if _, err := link.EncodeFile(&link.Session{Settings: s}); err != nil {
		t.Errorf("6 MB session file: %v", err)
	}
}

func ftoa(v uint64) string { return strconv.FormatFloat(float64(v)/997, 'f', 3, 64) }
