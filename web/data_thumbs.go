package web

import (
	"github.com/nnplayground/playground/web/draw"

	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// dataThumbs (#data-thumbs) shows the generated two-dimensional data sets
// as small pictures of their points, as TensorFlow Playground does: a
// press on one loads it, as choosing it in #dataset-select does. They are
// a radio group, one Tab stop: the arrow keys move to the next picture and
// load its set; the one loaded is checked. Each picture is the set's own
// points (datasets.Text, 120 points, no noise), drawn once per layout.
func dataThumbs(l string, st *state.Store, fixed bool) app.UI {
	v := st.View()
	var names []string
	for _, b := range builtins {
		if b.Generated {
			names = append(names, b.Name)
		}
	}
	stop := names[0] // the one Tab stop: the set loaded, else the first
	if slices.Contains(names, v.Dataset) {
		stop = v.Dataset
	}
	btns := make([]app.UI, len(names))
	for i, name := range names {
		id := "thumb-" + name
		drawers[id] = drawer{state.DirtyLayout, func(_ *state.Store, c *draw.Canvas) { drawThumb(c, name) }, 0}
		tab := -1
		if name == stop {
			tab = 0
		}
		btns[i] = app.Button().ID("thumb-btn-"+name).Class("pg-thumb").Role("radio").Disabled(fixed).TabIndex(tab).
			Aria("checked", v.Dataset == name).Aria("label", t(l, "ds-"+name)).Title(t(l, "ds-"+name)).
			OnClick(func(ctx app.Context, e app.Event) { chooseDataset(ctx, st, name) }, name).Body(
			app.Canvas().ID(id).Class("pg-thumb-img").Aria("hidden", true),
		)
	}
	return app.Div().ID("data-thumbs").Class("pg-thumbs").Role("radiogroup").Aria("label", t(l, "dataset")).
		OnKeyDown(func(ctx app.Context, e app.Event) { thumbKey(ctx, e, st, names) }, names).Body(btns...)
}

// thumbKey moves the data sets' radio group with the arrow keys (and Home
// and End): the next picture takes the focus and its set loads.
func thumbKey(ctx app.Context, e app.Event, st *state.Store, names []string) {
	// From the set loaded (asked for): keys pressed faster than the focus
	// follows still step one set each.
	i := slices.Index(names, st.View().Dataset)
	if i < 0 {
		i = slices.Index(names, strings.TrimPrefix(e.Get("target").Get("id").String(), "thumb-btn-"))
	}
	if i < 0 {
		return
	}
	switch e.Get("key").String() {
	case "ArrowRight", "ArrowDown":
		i = (i + 1) % len(names)
	case "ArrowLeft", "ArrowUp":
		i = (i + len(names) - 1) % len(names)
	case "Home":
		i = 0
	case "End":
		i = len(names) - 1
	default:
		return
	}
	e.PreventDefault()
	name := names[i]
	chooseDataset(ctx, st, name)
	ctx.Defer(func(app.Context) {
		if b := app.Window().GetElementByID("thumb-btn-" + name); b.Truthy() {
			b.Call("focus")
		}
	})
}

// chooseDataset loads the built-in data set name with the columns' choices
// of the last table forgotten.
func chooseDataset(ctx app.Context, st *state.Store, name string) {
	ctx.Dispatch(func(app.Context) {
		st.Change(true, "data", func(s *session.Settings) {
			s.Dataset, s.Text = name, ""
			s.Target, s.Ignore, s.Derived, s.SplitColumn, s.AsClasses = "", nil, nil, "", false
			s.Use, s.AsNumbers = nil, false // the columns brought back were the previous table's
		})
	})
}

// thumbPoints caches each data set's points: x, y, colour.
var thumbPoints = map[string][][3]float64{}

func drawThumb(c *draw.Canvas, name string) {
	pts, ok := thumbPoints[name]
	if !ok {
		pts = thumbOf(name)
		thumbPoints[name] = pts
	}
	if len(pts) == 0 {
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		lo, hi = math.Min(lo, math.Min(p[0], p[1])), math.Max(hi, math.Max(p[0], p[1]))
	}
	if !(hi > lo) {
		return
	}
	s := math.Min(c.W, c.H) - 4
	var r draw.Recs
	for _, p := range pts {
		r.Add(2+(p[0]-lo)/(hi-lo)*s, 2+(hi-p[1])/(hi-lo)*s, 1.6, p[2], -1)
	}
	c.Dots(&r)
}

// thumbOf reads the data set's CSV (x, y, then a class or a number).
func thumbOf(name string) [][3]float64 {
	text, err := datasets.Text(name, 120, 0, 1)
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimSpace(text), "\n")
	var pts [][3]float64
	var vals []float64
	for _, line := range lines[1:] {
		f := strings.Split(line, ",")
		if len(f) < 3 {
			continue
		}
		x, e1 := strconv.ParseFloat(f[0], 64)
		y, e2 := strconv.ParseFloat(f[1], 64)
		if e1 != nil || e2 != nil {
			continue
		}
		col := float64(draw.ColOrange)
		if v, err := strconv.ParseFloat(f[len(f)-1], 64); err == nil {
			vals = append(vals, v) // a number: coloured below by its place in the range
			col = v
		} else if f[len(f)-1] == "positive" {
			col = float64(draw.ColBlue)
		}
		pts = append(pts, [3]float64{x, y, col})
	}
	if len(vals) == len(pts) && len(vals) > 0 {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, v := range vals {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		for i := range pts {
			pts[i][2] = float64(draw.DivergingRGB(2*(vals[i]-lo)/math.Max(hi-lo, 1e-12) - 1))
		}
	}
	return pts
}
