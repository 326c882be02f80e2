package web

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"

	"github.com/nnplayground/playground/web/state"
)

// readouts show the newest epoch's numbers: #epoch as plain digits, and
// #train-loss, #test-loss, #train-metric, #test-metric as plain decimal
// text with 6 significant digits (the data-value attribute holds every
// digit). The metric is accuracy as a fraction for classification, R² for
// regression; the label says which.
type readouts struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
	voice voice
}

func (c *readouts) OnMount(ctx app.Context) {
	draw := state.Redraw(ctx, c.St)
	c.unsub = c.St.Subscribe(state.TopicStats|state.TopicData|state.TopicRun, func() {
		draw()
		ctx.Dispatch(func(app.Context) { c.voice.update(time.Now(), c.St.Run.Running(), c.spoken()) })
	})
}

// OnUpdate re-says the readouts in a new language.
func (c *readouts) OnUpdate(ctx app.Context) {
	if c.voice.lang != c.Lang {
		c.voice.lang = c.Lang
		if c.voice.text != "" {
			c.voice.text = c.spoken()
		}
	}
}

// spoken is the readouts as one sentence for #readouts-live: the epoch and
// the numbers shown, to 3 significant digits.
func (c *readouts) spoken() string {
	l, st := c.Lang, c.St
	if len(st.Run.History()) == 0 {
		return ""
	}
	s := st.Run.History()[len(st.Run.History())-1]
	parts := []string{t(l, "epoch") + " " + strconv.Itoa(s.Epoch), t(l, "train-loss") + " " + plain(s.TrainLoss, 3)}
	test := st.Data.Summary() != nil && st.Data.Summary().Test > 0
	if test {
		parts = append(parts, t(l, "test-loss")+" "+plain(s.TestLoss, 3))
	}
	metric := t(l, "accuracy")
	if st.Task() == "regression" {
		metric = t(l, "r2")
	}
	parts = append(parts, t(l, "train")+" "+metric+" "+plain(s.TrainMetric, 3))
	if test {
		parts = append(parts, t(l, "test")+" "+metric+" "+plain(s.TestMetric, 3))
	}
	return strings.Join(parts, t(l, "list-sep"))
}

func (c *readouts) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *readouts) Render() app.UI {
	l := c.Lang
	var s nn.Stats
	have := len(c.St.Run.History()) > 0
	if have {
		s = c.St.Run.History()[len(c.St.Run.History())-1]
	}
	test := have && c.St.Data.Summary() != nil && c.St.Data.Summary().Test > 0
	metric, trainNote, testNote := t(l, "accuracy"), t(l, "accuracy-train-note"), t(l, "accuracy-test-note")
	if c.St.Task() == "regression" {
		metric, trainNote, testNote = t(l, "r2"), t(l, "r2-train-note"), t(l, "r2-test-note")
	}
	return app.Section().Class("pg-readouts").Aria("label", t(l, "readouts")).Body(
		// The numbers change every frame: they are announced through
		// #readouts-live (voice), not as a live region of their own.
		app.P().ID("readouts-live").Class("pg-sr").Aria("live", "polite").Aria("atomic", "true").Text(c.voice.text),
		app.Dl().Body(
			readout("epoch", t(l, "epoch"), strconv.Itoa(s.Epoch), strconv.Itoa(s.Epoch), t(l, "epoch-note")),
			readoutNum("train-loss", t(l, "train-loss"), s.TrainLoss, have, t(l, "train-loss-note")),
			readoutNum("test-loss", t(l, "test-loss"), s.TestLoss, test, t(l, "test-loss-note")),
			readoutNum("train-metric", t(l, "train")+" "+metric, s.TrainMetric, have, trainNote),
			readoutNum("test-metric", t(l, "test")+" "+metric, s.TestMetric, test, testNote),
			linearReadout(l, c.St),
		),
	)
}

func readoutNum(id, label string, v float64, have bool, note string) app.UI {
	if !have {
		return readout(id, label, "", "", note)
	}
	return readout(id, label, plain(v, 6), full(v), note)
}

// readout is one readout: its label, its number (whose text node the
// frame loop rewrites) and its one-line note, shown on a tap, a click, the
// focus or a hover (tap_notes.go).
func readout(id, label, text, value, note string) app.UI {
	return noted(app.Div().Class("pg-readout pg-noted"), id, true).Body(
		app.Dt().ID(id+"-label").Text(label),
		app.Dd().ID(id).DataSet("value", value).Aria("labelledby", id+"-label").Aria("describedby", noteID(id)).TabIndex(0).Text(text),
		noteBubble(id, note),
	)
}
