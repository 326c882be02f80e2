package main

import (
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// canvasSizes are the CSS sizes of the first screen's canvases at
// 1366×768 (measured in headless Chromium on the built page): each
// prerendered picture is drawn at that size and stretched to the canvas's
// box on other screens.
var canvasSizes = map[string][2]float64{
	"network":    {526, 177},
	"boundary":   {508, 508},
	"loss-chart": {526, 84},
}

// firstReport is the trainer's answer to the first visit's Load, as the
// worker makes it (wasm/worker.go: load, report, extras), and the linear
// reference it sends next, natively: the same engine gives the same
// numbers.
func firstReport(set session.Settings) (*wire.Loaded, *wire.Reference, error) {
	ses, err := session.Build(set)
	if err != nil {
		return nil, nil, err
	}
	snap := wire.Snapshot{
		History: []nn.Stats{ses.Trainer.Stats()},
		Net:     ses.Trainer.Net(),
		Notices: nn.NewCoach(ses.Trainer, nn.CoachConfig{}).Notices(),
	}
	if view.Planar(ses) && set.MapX == "" {
		snap.Heatmap = view.NewHeatmap(ses, view.HeatRes, view.UnitRes, false)
	} else {
		snap.Curve = view.NewCurve(ses, view.CurveRes, false)
	}
	if ses.Data.Task == data.Regression {
		snap.Scatter = view.Scatter(ses)
	} else {
		snap.Confusion = ses.Trainer.Confusion()
	}
	// Through the codec, as the page receives it.
	m, err := wire.Unmarshal(wire.Marshal(&wire.Loaded{Summary: *ses.Summary(), Snapshot: snap}), wire.Trainer)
	if err != nil {
		return nil, nil, err
	}
	return m.(*wire.Loaded), &wire.Reference{Linear: ses.Linear()}, nil
}
