package web

import (
	"github.com/nnplayground/playground/web/draw"

	"math"

	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// boundaryView draws #boundary, the model's output over the plane of the two
// input features with the training points (and, toggled by #show-test, the
// test points), with ticks on both axes, as TensorFlow Playground does;
// every hidden unit's own map is drawn in its node on the network
// (network_maps.go). The worker computes every grid; the page only colours
// its bytes.
type boundaryView struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *boundaryView) OnMount(ctx app.Context) {
	drawers["boundary"] = drawer{state.DirtyHeat, drawBoundary, 100}
	c.unsub = c.St.Subscribe(state.TopicShape|state.TopicData, state.Redraw(ctx, c.St))
}

func (c *boundaryView) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *boundaryView) Render() app.UI {
	l := c.Lang
	title := t(l, "boundary")
	if cv := c.St.Run.Curve(); c.St.Run.Heat() == nil && cv != nil {
		title = tf(l, "curve-title", cv.Target, cv.Name)
	}
	return app.Figure().Class("pg-card pg-boundary").Body(
		app.FigCaption().Body(
			app.Span().Text(title+" "),
			c.axes(),
			app.Span().Class("pg-check").Body(
				app.Input().Type("checkbox").ID("show-test").Checked(c.St.Opts.ShowTest()).OnChange(c.onShowTest),
				app.Label().For("show-test").Text(t(l, "show-test")),
			),
		),
		c.plane(),
	)
}

// plane is the output map, or a hint when the data has no 2-D plane to
// show.
func (c *boundaryView) plane() app.UI {
	l := c.Lang
	if c.St.Run.Heat() == nil && c.St.Run.Curve() != nil {
		return app.Div().Body(
			app.Canvas().ID("boundary").Class("pg-square").Role("img").
				Aria("label", tf(l, "curve-desc", c.St.Run.Curve().Target, c.St.Run.Curve().Name)),
		)
	}
	if c.St.Run.Heat() == nil {
		return app.Div().Body(
			app.P().Class("pg-hint").Text(t(l, "boundary-none")),
			app.Canvas().ID("boundary").Hidden(true),
		)
	}
	return app.Div().Class("pg-noted").Body(
		pictured(c.St, "boundary", noted(app.Canvas().ID("boundary").Class("pg-square").Role("img").Aria("label", t(l, "boundary-desc")).
			Aria("describedby", noteID("boundary")).TabIndex(0), "boundary", true)),
		noteBubble("boundary", t(l, "plane-note")),
	)
}

func (c *boundaryView) onShowTest(ctx app.Context, e app.Event) {
	on := ctx.JSSrc().Get("checked").Bool()
	ctx.Dispatch(func(app.Context) {
		c.St.SetShowTest(on)
	})
}

var heatRGBA []byte
var pointRecs draw.Recs

func classes(st *state.Store) int {
	if st.Data.Summary() == nil {
		return 0
	}
	return len(st.Data.Summary().Classes)
}

func drawBoundary(st *state.Store, c *draw.Canvas) {
	if st.Run.Heat() == nil && st.Run.Curve() != nil {
		drawCurve(st, c)
		return
	}
	h := st.Run.Heat()
	if h == nil || h.Res == 0 || len(h.Out) < h.Res*h.Res {
		return
	}
	// The plane, square, right of the y ticks' labels and above the x
	// ticks' labels.
	const left, below = 30.0, 16.0
	size := math.Min(c.W-left, c.H-below)
	if size < 20 {
		return
	}
	k := classes(st)
	heatRGBA = draw.FillRGBA(heatRGBA, h.Out[:h.Res*h.Res], k)
	// A paler plane, as TensorFlow Playground draws it, so that points
	// filled with their class colour stand out where the model agrees.
	for i := 0; i+3 < len(heatRGBA); i += 4 {
		for j := i; j < i+3; j++ {
			heatRGBA[j] = byte((int(heatRGBA[j])*11 + 255*9) / 20)
		}
	}
	c.Image(heatRGBA, h.Res, h.Res, left, 0, size, size)
	px := func(x float64) float64 { return left + (x-h.X0)/(h.X1-h.X0)*size }
	py := func(y float64) float64 { return (h.Y1 - y) / (h.Y1 - h.Y0) * size }
	pointRecs.Reset()
	for _, p := range h.Train {
		pointRecs.Add(px(p[0]), py(p[1]), 3.5, float64(pointColor(p[2], k)), draw.ColWhite)
	}
	if st.Opts.ShowTest() {
		for _, p := range h.Test {
			pointRecs.Add(px(p[0]), py(p[1]), 3.5, float64(pointColor(p[2], k)), draw.ColInk)
		}
	}
	c.Dots(&pointRecs)
	draw.PlaneTicks(c, h.X0, h.X1, h.Y0, h.Y1, left, size)
	c.Attr("data-plane", int(size)) // the plane's side in CSS px, for tests
}

// pointColor fills a point with its label's colour, as the heatmap
// colours the plane: binary labels 0 and 1 (negative orange, positive
// blue), multiclass labels as class index / (classes − 1), and regression
// targets scaled to 0..1 on the diverging palette.
func pointColor(label float64, classes int) int {
	switch {
	case classes > 2:
		return draw.ClassColor(int(label*float64(classes-1) + 0.5))
	case classes == 2:
		return draw.ClassColor(int(label + 0.5))
	}
	return draw.DivergingRGB(label*2 - 1)
}

// axes are the decision map's column pickers (#boundary-x, #boundary-y)
// for a table with more than two numeric inputs: the model's output over
// the two chosen columns, every other input held at its training median
// (or mode). Picking one changes the view only; training goes on.
func (c *boundaryView) axes() app.UI {
	l, st := c.Lang, c.St
	cols := numericFeatures(st.Data.Summary(), st.View())
	h := st.Run.Heat()
	if h == nil || h.MapX == "" || len(cols) < 2 {
		return app.Span().ID("boundary-axes").Hidden(true)
	}
	// The axes asked for (the settings change at once) until the map
	// drawn over them arrives.
	mx, my := h.MapX, h.MapY
	if v := st.View(); slices.Contains(cols, v.MapX) && slices.Contains(cols, v.MapY) {
		mx, my = v.MapX, v.MapY
	}
	pick := func(id, label, cur string, set func(s *session.Settings, v string)) app.UI {
		return app.Span().Class("pg-axis").Body(
			app.Label().For(id).Text(label),
			app.Select().ID(id).OnChange(func(ctx app.Context, e app.Event) {
				v := ctx.JSSrc().Get("value").String()
				ctx.Dispatch(func(app.Context) {
					st.LessonEvent(guide.MapColumnsMoved)
					st.Tune("map", func(s *session.Settings) {
						if s.MapX == "" || s.MapY == "" {
							s.MapX, s.MapY = st.Run.Heat().MapX, st.Run.Heat().MapY
						}
						set(s, v)
						if s.MapX == s.MapY { // the other axis takes the column given up
							for _, c := range cols {
								if c != v {
									if id == "boundary-x" {
										s.MapY = c
									} else {
										s.MapX = c
									}
									break
								}
							}
						}
					})
				})
			}, id).Body(
				app.Range(cols).Slice(func(i int) app.UI {
					return app.Option().Value(cols[i]).Selected(cols[i] == cur).Text(cols[i])
				}),
			),
		)
	}
	return app.Span().ID("boundary-axes").Class("pg-axes").Body(
		pick("boundary-x", t(l, "map-x"), mx, func(s *session.Settings, v string) { s.MapX = v }),
		pick("boundary-y", t(l, "map-y"), my, func(s *session.Settings, v string) { s.MapY = v }),
		app.Span().Class("pg-hint").Text(t(l, "map-held")),
	)
}

var curveRecs draw.Recs

// drawCurve draws a one-input regression as TensorFlow Playground draws
// one: the table's points (target against the input; test points ringed
// when shown) and the network's function of the input across its range.
func drawCurve(st *state.Store, c *draw.Canvas) {
	cv := st.Run.Curve()
	if len(cv.X) < 2 {
		return
	}
	p := draw.PlotArea{X: 40, Y: 6, W: c.W - 46, H: c.H - 24}
	p.X0, p.X1 = cv.X[0], cv.X[len(cv.X)-1]
	ys := slices.Clone(cv.Y)
	for _, pt := range cv.Train {
		ys = append(ys, pt[1])
	}
	if st.Opts.ShowTest() {
		for _, pt := range cv.Test {
			ys = append(ys, pt[1])
		}
	}
	p.FitY(ys)
	p.Frame(c, "") // the caption names the input: the axis is too short for its name too
	pointRecs.Reset()
	for _, pt := range cv.Train {
		pointRecs.Add(p.Px(pt[0]), p.Py(pt[1]), 3, float64(draw.ColBlue), draw.ColWhite)
	}
	if st.Opts.ShowTest() {
		for _, pt := range cv.Test {
			pointRecs.Add(p.Px(pt[0]), p.Py(pt[1]), 3, float64(draw.ColOrange), draw.ColInk)
		}
	}
	c.Dots(&pointRecs)
	p.Series(&curveRecs, cv.X, cv.Y)
	c.Poly(&curveRecs, draw.ColInk, 2, false)
}
