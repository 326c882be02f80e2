package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
)

// metricChart draws #metric-chart: the train (blue, solid) and test
// (orange, dashed) metric, accuracy or R², over every epoch, and the
// linear model's test metric (Summary.Linear) as a grey dashed horizontal
// line, so that a student sees whether the network beats the simplest
// model.
type metricChart struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *metricChart) OnMount(ctx app.Context) {
	drawers["metric-chart"] = drawer{dirtyHist, drawMetric, 0}
	c.unsub = c.St.subscribe(topicData, redraw(ctx, c.St))
}

func (c *metricChart) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *metricChart) Render() app.UI {
	l := c.Lang
	lin := c.St.linear()
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
func metricName(l string, st *store) string {
	if st.task() == "regression" {
		return t(l, "r2")
	}
	return t(l, "accuracy")
}

var metricRecs recs

// drawMetric draws the metric columns of the history (store.cols) and the
// linear model's line.
func drawMetric(st *store, c *canvas) {
	cols := &st.cols
	if len(cols.xs) == 0 {
		return
	}
	test := st.summary != nil && st.summary.Test > 0
	p := plotArea{X: 48, Y: 6, W: c.W - 56, H: c.H - 24}
	p.X0, p.X1 = cols.xs[0], cols.xs[len(cols.xs)-1]
	span := cols.metric
	lin := st.linear()
	if lin != nil {
		span.add(max(lin.Test, metricFloor))
	}
	span.add(1) // accuracy and R² are at most 1: the top stays put
	p.setY(span.lo, span.hi)
	p.frame(c, t(st.lang, "epochs"))
	train, testExt := cols.metricExtents()
	p.line(c, &metricRecs, cols.xs, cols.trainM, train, colBlue, 2, false)
	if test {
		p.line(c, &metricRecs, cols.xs, cols.testM, testExt, colOrange, 2, true)
	}
	if lin != nil {
		v := max(lin.Test, metricFloor)
		p.line(c, &metricRecs, []float64{p.X0, p.X1}, []float64{v, v}, nil, colGrey, 1.5, true)
	}
}
