package web

import (
	"testing"
	"time"
)

// The readouts' voice speaks on pause and stop, on a step while paused,
// and at most every announceEvery while training: never per frame.
func TestVoice(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	type tick struct {
		ms      int
		running bool
		text    string
		want    string // what the live region holds after the tick
	}
	for _, tc := range []struct {
		name  string
		ticks []tick
	}{
		{"a step while paused", []tick{{0, false, "epoch 0", "epoch 0"}, {100, false, "epoch 1", "epoch 1"}}},
		{"frames while training", []tick{
			{0, false, "epoch 0", "epoch 0"},
			{10, true, "epoch 0", "epoch 0"},
			{26, true, "epoch 40", "epoch 0"},
			{4999, true, "epoch 9000", "epoch 0"},
			{5010, true, "epoch 9100", "epoch 9100"},
			{5100, true, "epoch 9200", "epoch 9100"},
			{10010, true, "epoch 19000", "epoch 19000"},
		}},
		{"pause", []tick{{0, true, "epoch 0", ""}, {200, true, "epoch 300", ""}, {300, false, "epoch 310", "epoch 310"}, {320, false, "epoch 311", "epoch 311"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v voice
			for _, k := range tc.ticks {
				v.update(at(k.ms), k.running, k.text)
				if v.text != k.want {
					t.Errorf("at %d ms (running %v, %q): says %q, want %q", k.ms, k.running, k.text, v.text, k.want)
				}
			}
		})
	}
}
