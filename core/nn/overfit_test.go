package nn

import (
	"math"
	"testing"
)

// line returns n values a, a+d, a+2d, … with a sawtooth of amplitude noise
// added to every other value.
func line(n int, a, d, noise float64) []float64 {
	y := make([]float64, n)
	for i := range y {
		y[i] = a + d*float64(i)
		if i%2 == 1 {
			y[i] += noise
		}
	}
	return y
}

func TestOverfitting(t *testing.T) {
	tests := []struct {
		Name        string
		Train, Test []float64
		Window      int
		On          bool // the notice was on before
		Output      bool
	}{
		{"both fall", line(30, 1, -0.01, 0), line(30, 1, -0.005, 0), 20, false, false},
		{"test rises, train falls", line(30, 1, -0.01, 0), line(30, 0.5, 0.01, 0), 20, false, true},
		{"both rise", line(30, 1, 0.01, 0), line(30, 1, 0.01, 0), 20, false, false},
		{"train flat at zero", line(30, 0, 0, 0), line(30, 0.5, 0.01, 0), 20, false, true},
		{"train rises a little", line(30, 0.1, 0.001, 0), line(30, 0.5, 0.01, 0), 20, false, true},
		{"train rises half as much", line(30, 0.1, 0.005, 0), line(30, 0.5, 0.01, 0), 20, false, false},
		// Hysteresis: a slow creep does not raise the notice but keeps it.
		{"creep, off", line(30, 1, -0.01, 0), line(30, 1, 0.0001, 0), 20, false, false},
		{"creep, on", line(30, 1, -0.01, 0), line(30, 1, 0.0001, 0), 20, true, true},
		{"falling clears it", line(30, 1, -0.01, 0), line(30, 1, -0.0001, 0), 20, true, false},
		{"test flat within noise", line(30, 1, -0.01, 0), line(30, 1, 0.00001, 0.001), 20, false, false},
		{"noisy but rising", line(30, 1, -0.01, 0.02), line(30, 0.5, 0.005, 0.03), 20, false, true},
		{"too few epochs", line(19, 1, -0.01, 0), line(19, 0.5, 0.01, 0), 20, false, false},
		// Only the last 20 epochs count: the test loss fell for 30 epochs, then rose for 20.
		{"turned up", line(50, 1, -0.01, 0), append(line(30, 1, -0.01, 0), line(20, 0.7, 0.01, 0)...), 20, false, true},
		// The rise happened before the window: the last 20 epochs are flat.
		{"rose earlier", line(50, 1, -0.01, 0), append(line(30, 0.5, 0.01, 0), line(20, 0.8, 0, 0)...), 20, false, false},
		{"window too small", line(30, 1, -0.01, 0), line(30, 0.5, 0.01, 0), 2, false, false},
		{"zero test loss", line(30, 1, -0.01, 0), line(30, 0, 0, 0), 20, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := overfitting(tt.Train, tt.Test, tt.Window, tt.On)
			if got != tt.Output {
				t.Errorf("overfitting = %v, want %v", got, tt.Output)
			}
		})
	}
}

func TestSlope(t *testing.T) {
	// y = 3 - 0.5 i exactly: slope -0.5, mean 3 - 0.5·4.5 = 0.75.
	b, mean := slope(line(10, 3, -0.5, 0))
	if math.Abs(b+0.5) > 1e-12 || math.Abs(mean-0.75) > 1e-12 {
		t.Errorf("slope = %v, mean = %v; want -0.5, 0.75", b, mean)
	}
}

func TestOverfitWatch(t *testing.T) {
	var w OverfitWatch
	train, test := line(100, 1, -0.005, 0), append(line(60, 1, -0.005, 0), line(40, 0.7, 0.005, 0)...)
	for i := range train {
		w.Add(train[i], test[i])
		if len(w.train) > 2*OverfitWindow || len(w.train) != len(w.test) {
			t.Fatalf("epoch %d: window holds %d and %d losses", i, len(w.train), len(w.test))
		}
		// From epoch 60 the test loss rises: the fitted line through the
		// window turns up once more than half of it rises, and the notice
		// is on at the latest when all of it does.
		switch {
		case i < 60+OverfitWindow/2 && w.On():
			t.Errorf("epoch %d: overfitting before half the window rose", i)
		case i >= 60+OverfitWindow-1 && !w.On():
			t.Errorf("epoch %d: no overfitting after the whole window rose", i)
		}
	}
	if got := w.train[len(w.train)-1]; got != train[99] {
		t.Errorf("newest train loss %v, want %v", got, train[99])
	}
	w.Reset()
	if w.On() || len(w.train) != 0 {
		t.Errorf("after reset: %d losses, overfitting %v", len(w.train), w.On())
	}
}

// The slow rule: a held-out loss creeping up by 0.00001 an epoch, too slowly
// for the window's slope, is overfitting once it stands 20 % above its
// minimum with the training loss below its value then; and a creep that
// ends before 20 % is not.
func TestOverfitWatchSlow(t *testing.T) {
	tests := []struct {
		Name   string
		Epochs int
		Rise   float64 // per epoch after the minimum at epoch 100
		Output bool
	}{
		// 0.24 + 0.00001·k > 0.288 from k = 4,801.
		{"creeps past 20 %", 6000, 0.00001, true},
		{"creeps to 10 %", 2500, 0.00001, false},
		{"flat", 6000, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var w OverfitWatch
			for e := range tt.Epochs {
				test := 0.24 + 0.001*float64(max(100-e, 0)) + tt.Rise*float64(max(e-100, 0))
				w.Add(1/float64(e+1), test)
			}
			if w.On() != tt.Output {
				t.Errorf("On() = %v, want %v (fast %v, slow %v)", w.On(), tt.Output, w.fast, w.slow)
			}
		})
	}
}

// An iris run from before the slow rule: the test loss rose from 0.24 to 0.37 over 20,000
// epochs while the training loss fell, and no notice appeared. The window's
// slope alone (the worker's old rule) never sees a rise that slow; the
// slow rule raises the notice once the loss stands 20 % above 0.24, about
// 7,400 epochs in, and keeps it.
func TestOverfitWatchSlowIrisRise(t *testing.T) {
	var w OverfitWatch
	first := -1
	for e := range 20000 {
		test := 0.24 + 0.13*float64(e)/20000
		w.Add(0.1/(1+float64(e)/1000), test)
		if w.fast {
			t.Fatalf("epoch %d: the window's slope saw the rise", e)
		}
		if w.On() && first < 0 {
			first = e
		}
		if first >= 0 && !w.On() {
			t.Fatalf("epoch %d: the notice cleared", e)
		}
	}
	// 0.24·1.2 = 0.288 = 0.24 + 0.13·e/20000 at e = 7,385.
	if first < 7380 || first > 7400 {
		t.Errorf("raised at epoch %d, want about 7,386", first)
	}
}
