package web

import (
	"github.com/nnplayground/playground/web/draw"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// metricChart draws #metric-chart: the train (blue, solid) and test
// (orange, dashed) metric, accuracy or R², over every epoch, and the
// linear model's test metric (Summary.Linear) as a grey dashed horizontal
// line, so that a student sees whether the network beats the simplest
// model.
type metricChart struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *metricChart) OnMount(ctx app.Context) {
	drawers["metric-chart"] = drawer{state.DirtyHist, drawMetric, 0}
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *metricChart) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *metricChart) Render() app.UI {
	l := c.Lang
	lin := c.St.Linear()
	return app.Figure().Class("pg-card pg-metric").Body(
		app.FigCaption().Body(
			app.Span().Text(metricName(l, c.St)+" "),
			app.Span().Class("pg-key pg-key-train").Text(t(l, "train")),
			app.Span().Class("pg-key pg-key-test").Text(t(l, "test")),
			linearKey(l, lin),
		),
		app.Canvas().ID("metric-chart").Class("pg-chart").Role("img").Aria("label", t(l, "metric-chart-desc")),
	)
}

// linearKey is the chart's key of the linear model's line, or nil.
func linearKey(l string, lin *session.Baseline) app.UI {
	if lin == nil {
		return nil
	}
	return app.Span().ID("metric-key-linear").Class("pg-key pg-key-linear").DataSet("value", full(lin.Test)).
		Text(t(l, "linear-model") + " " + plain(lin.Test, 3))
}

// metricName is "accuracy (0–1)" or "R²" in the page's language.
func metricName(l string, st *state.Store) string {
	if st.Task() == "regression" {
		return t(l, "r2")
	}
	return t(l, "accuracy")
}

var metricRecs draw.Recs

// drawMetric draws the metric columns of the history (paintState.Cols) and the
// linear model's line.
func drawMetric(st *state.Store, c *draw.Canvas) {
	cols := st.Paint.Cols()
	if len(cols.Xs) == 0 {
		return
	}
	test := st.Data.Summary() != nil && st.Data.Summary().Test > 0
	p := draw.PlotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24}
	p.X0, p.X1 = cols.Xs[0], cols.Xs[len(cols.Xs)-1]
	span := cols.Metric
	lin := st.Linear()
	if lin != nil {
		span.Add(max(lin.Test, draw.MetricFloor))
	}
	span.Add(1) // accuracy and R² are at most 1: the top stays put
	p.SetY(span.Lo, span.Hi)
	p.Frame(c, t(st.Lang(), "epochs"))
	train, testExt := cols.MetricExtents()
	p.Line(c, &metricRecs, cols.Xs, cols.TrainM, train, draw.ColBlue, 2, false)
	if test {
		p.Line(c, &metricRecs, cols.Xs, cols.TestM, testExt, draw.ColOrange, 2, true)
	}
	if lin != nil {
		v := max(lin.Test, draw.MetricFloor)
		p.Line(c, &metricRecs, []float64{p.X0, p.X1}, []float64{v, v}, nil, draw.ColGrey, 1.5, true)
	}
}
