package main

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

func TestLossWindow(t *testing.T) {
	var w lossWindow
	train, test := line(100, 1, -0.005, 0), append(line(60, 1, -0.005, 0), line(40, 0.7, 0.005, 0)...)
	for i := range train {
		w.add(train[i], test[i])
		if len(w.train) > 2*overfitWindow || len(w.train) != len(w.test) {
			t.Fatalf("epoch %d: window holds %d and %d losses", i, len(w.train), len(w.test))
		}
		// From epoch 60 the test loss rises: the fitted line through the
		// window turns up once more than half of it rises, and the notice
		// is on at the latest when all of it does.
		switch {
		case i < 60+overfitWindow/2 && w.overfitting():
			t.Errorf("epoch %d: overfitting before half the window rose", i)
		case i >= 60+overfitWindow-1 && !w.overfitting():
			t.Errorf("epoch %d: no overfitting after the whole window rose", i)
		}
	}
	if got := w.train[len(w.train)-1]; got != train[99] {
		t.Errorf("newest train loss %v, want %v", got, train[99])
	}
	w.reset()
	if w.overfitting() || len(w.train) != 0 {
		t.Errorf("after reset: %d losses, overfitting %v", len(w.train), w.overfitting())
	}
}
