// Package statetest gives the page's tests what the trainer worker would
// post: a session as the worker builds it, its first report and the
// snapshots of its training. The store's tests (package state) and the
// components' (package web) share it; it does not import the store.
package statetest

import (
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// Built is a session as the worker builds it for settings x.
func Built(t testing.TB, x session.Settings) *session.Session {
	t.Helper()
	ses, err := session.Build(x)
	if err != nil {
		t.Fatal(err)
	}
	return ses
}

// Loaded is the worker's answer to a Load of ses: its summary and epoch 0.
func Loaded(ses *session.Session) *wire.Loaded {
	return &wire.Loaded{Summary: *ses.Summary(), Snapshot: wire.Snapshot{
		History: []nn.Stats{ses.Trainer.Stats()},
		Net:     ses.Trainer.Net().Clone(),
		Heatmap: view.NewHeatmap(ses, 20, 8, false),
	}}
}

// Trained trains ses n epochs and returns the snapshot of them, as the
// worker posts it (while running, the points are left out of the heatmap
// once sent).
func Trained(t testing.TB, ses *session.Session, n int, running bool) *wire.Snapshot {
	t.Helper()
	r := &wire.Snapshot{Running: running}
	for range n {
		if err := ses.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		r.History = append(r.History, ses.Trainer.Stats())
	}
	r.Net = ses.Trainer.Net().Clone()
	r.Heatmap = view.NewHeatmap(ses, 20, 8, false)
	if running {
		r.Heatmap.Train, r.Heatmap.Test = nil, nil
	}
	return r
}
