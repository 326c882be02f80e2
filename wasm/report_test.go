package main

import (
	"encoding/json"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// report is any report of the trainer, flattened for the tests: Kind names
// its type, and the fields of the others are zero.
type report struct {
	Kind       string
	Running    bool
	Error      string // Failed.Message, or the divergence's message
	Line       int
	Column     int
	Epoch      int // Tuned
	ParsedRows int // Loaded
	Summary    *session.Summary
	History    []nn.Stats
	Net        *nn.Network
	Heatmap    *view.Heatmap
	Confusion  [][]int
	Scatter    [][2]float64
	Diverged   bool
	Exploded   *session.Explosion
	Overfit    bool
	Data       string // ModelFile as JSON, Predictions' CSV
	Msg        wire.Message
}

// Report kinds, for the tests.
const (
	kindLoaded      = "loaded"
	kindSnapshot    = "snapshot"
	kindTuned       = "tuned"
	kindError       = "error"
	kindModel       = "model"
	kindPredictions = "predictions"
	kindBench       = "bench"
)

// flatten returns m as a report.
func flatten(t *testing.T, m wire.Message) report {
	r := report{Msg: m}
	snap := func(s *wire.Snapshot) {
		r.Running, r.History, r.Net, r.Heatmap = s.Running, s.History, s.Net, s.Heatmap
		r.Confusion, r.Scatter, r.Overfit = s.Confusion, s.Scatter, s.Overfitting
		if s.Diverged != nil {
			r.Diverged, r.Error = true, s.Diverged.Error()
		}
		if s.Exploded != nil {
			r.Exploded, r.Error = session.NewExplosion(s.Exploded), s.Exploded.Error()
		}
	}
	switch m := m.(type) {
	case *wire.Loaded:
		r.Kind, r.Summary, r.ParsedRows = kindLoaded, &m.Summary, m.ParsedRows
		snap(&m.Snapshot)
	case *wire.Snapshot:
		r.Kind = kindSnapshot
		snap(m)
	case *wire.Tuned:
		r.Kind, r.Epoch = kindTuned, m.Epoch
		snap(&m.Snapshot)
	case *wire.Failed:
		r.Kind, r.Error, r.Running = kindError, m.Message, m.Running
		if m.Data != nil {
			r.Line, r.Column = m.Data.Line, m.Data.Column
		}
	case *wire.ModelFile:
		b, err := json.Marshal(&m.Model)
		if err != nil {
			t.Fatal(err)
		}
		r.Kind, r.Data = kindModel, string(b)
	case *wire.Predictions:
		r.Kind, r.Data = kindPredictions, m.CSV
	case *wire.BenchResults:
		r.Kind = kindBench
	default:
		t.Fatalf("unexpected report %T", m)
	}
	return r
}

// clip shortens s to at most n bytes for a test message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
