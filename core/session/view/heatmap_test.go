package view_test

import (
	"testing"

	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
)

// The default session's heatmap has its cells, its units' maps and every
// point, inside its bounds.
func TestDefaultHeatmap(t *testing.T) {
	s := build(t, session.Default())
	h := view.NewHeatmap(s, 40, 10, true)
	if h == nil || len(h.Out) != 1600 || len(h.Units) != 6 || len(h.Units[0]) != 100 || len(h.Train)+len(h.Test) != 300 {
		t.Fatalf("heatmap of the circle: %+v", h)
	}
	// The circle's points lie inside the plane's bounds.
	for _, p := range h.Train {
		if p[0] < h.X0 || p[0] > h.X1 || p[1] < h.Y0 || p[1] > h.Y1 {
			t.Fatalf("point %v outside the heatmap's bounds", p)
		}
	}
}

// The heatmap, computed in blocks of rows, holds the network's output at
// each cell's centre.
func TestHeatmapCells(t *testing.T) {
	s := build(t, session.Default())
	s.Trainer.StepN(20)
	const res = 30
	h := view.NewHeatmap(s, res, 7, false)
	net := s.Trainer.Net()
	for _, i := range []int{0, 17, 255, 256, 257, 511, res*res - 1} {
		r, c := i/res, i%res
		raw := []float64{
			h.X0 + (float64(c)+0.5)/res*(h.X1-h.X0),
			h.Y1 - (float64(r)+0.5)/res*(h.Y1-h.Y0),
		}
		p := net.Forward(nil, s.Data.Prep.TransformRow(nil, raw))[0]
		if want := byte(p*255 + 0.5); h.Out[i] != want {
			t.Errorf("cell %d: %d, want %d (p = %v)", i, h.Out[i], want, p)
		}
	}
}
