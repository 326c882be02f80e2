package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"
)

// readouts show the newest epoch's numbers: #epoch as plain digits, and
// #train-loss, #test-loss, #train-metric, #test-metric as plain decimal
// text with 6 significant digits (the data-value attribute holds every
// digit). The metric is accuracy as a fraction for classification, R² for
// regression; the label says which.
type readouts struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *readouts) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicStats|topicData, redraw(ctx, c.St))
}

func (c *readouts) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *readouts) Render() app.UI {
	l := c.Lang
	var s nn.Stats
	have := len(c.St.history) > 0
	if have {
		s = c.St.history[len(c.St.history)-1]
	}
	test := have && c.St.summary != nil && c.St.summary.Test > 0
	metric := t(l, "accuracy")
	if c.St.task() == "regression" {
		metric = t(l, "r2")
	}
	return app.Section().Class("pg-readouts").Aria("label", t(l, "readouts")).Body(
		app.Dl().Aria("live", "polite").Body(
			readout("epoch", t(l, "epoch"), strconv.Itoa(s.Epoch), strconv.Itoa(s.Epoch)),
			readoutNum("train-loss", t(l, "train-loss"), s.TrainLoss, have),
			readoutNum("test-loss", t(l, "test-loss"), s.TestLoss, test),
			readoutNum("train-metric", t(l, "train")+" "+metric, s.TrainMetric, have),
			readoutNum("test-metric", t(l, "test")+" "+metric, s.TestMetric, test),
			linearReadout(l, c.St),
		),
	)
}

func readoutNum(id, label string, v float64, have bool) app.UI {
	if !have {
		return readout(id, label, "", "")
	}
	return readout(id, label, plain(v, 6), full(v))
}

func readout(id, label, text, value string) app.UI {
	return app.Div().Class("pg-readout").Body(
		app.Dt().ID(id+"-label").Text(label),
		app.Dd().ID(id).DataSet("value", value).Aria("labelledby", id+"-label").Text(text),
	)
}
