package web

import (
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// rateLadder holds the standard values of a learning rate (TensorFlow
// Playground's list); the arrow keys move along it.
var rateLadder = []float64{0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}

// penaltyLadder holds the standard values of a regularization rate.
var penaltyLadder = []float64{0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}

// numSpec describes a numeric setting's field.
type numSpec struct {
	ID, Label string
	Get       func(st *state.Store) float64 // the value in use
	Ladder    []float64                     // arrow keys step along these values, when set
	Step      float64                       // otherwise they add or take this
	Min, Max  float64                       // the valid range (inclusive; Max session.NoMax means none)
	MinOpen   bool                          // Min itself is not valid (a learning rate must be > 0)
	MaxOpen   bool                          // Max itself is not valid (momentum < 1)
	Int       bool                          // whole numbers only
	Live      bool                          // a change keeps training going (Store.Tune); otherwise a new network (Store.Change)
	Data      bool                          // a setting of the data (points): its errors are #data-error's, and a change names the data
	Off       bool                          // disabled (locked, or not used by the other settings)
	Set       func(s *session.Settings, v float64)
}

// valid reports whether v is in the field's range.
func (f *numSpec) valid(v float64) bool {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return false
	case f.MinOpen && v <= f.Min, v < f.Min, f.MaxOpen && v >= f.Max, v > f.Max:
		return false
	case f.Int && v != math.Trunc(v):
		return false
	}
	return true
}

// rangeText says the valid values, for the field's message.
func (f *numSpec) rangeText(l string) string {
	kind := t(l, "range-number")
	if f.Int {
		kind = t(l, "range-whole")
	}
	switch none := f.Max == session.NoMax; {
	case f.MinOpen && none:
		return tf(l, "range-above", kind, full(f.Min))
	case none:
		return tf(l, "range-from", kind, full(f.Min))
	case f.MinOpen:
		return tf(l, "range-above-to", kind, full(f.Min), full(f.Max))
	case f.MaxOpen:
		return tf(l, "range-from-below", kind, full(f.Min), full(f.Max))
	}
	return tf(l, "range-between", kind, full(f.Min), full(f.Max))
}

// numField is a labelled numeric field that validates where the user
// looks: a value that is not a number or out of range marks the field
// (aria-invalid) with its message under it (#ID-error), and the last valid
// value stays in use and is named in that message. The arrow keys step
// along the ladder (or by Step) from the value typed, never to a value
// out of range. Valid values apply when the field changes (Enter or
// leaving it).
func numField(st *state.Store, l string, f numSpec) app.UI {
	msg := st.Data.FieldErr(f.ID)
	in := app.Input().ID(f.ID).Type("text").Attr("inputmode", "decimal").Attr("autocomplete", "off").
		Value(full(f.Get(st))).Disabled(f.Off).Aria("describedby", f.ID+"-error").
		OnChange(func(ctx app.Context, e app.Event) {
			text := ctx.JSSrc().Get("value").String()
			ctx.Dispatch(func(app.Context) { setNumber(st, f, text) })
		}, f.ID).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			k := e.Get("key").String()
			if k != "ArrowUp" && k != "ArrowDown" {
				return
			}
			e.PreventDefault()
			src := ctx.JSSrc()
			v, ok := parseNumber(src.Get("value").String())
			if !ok || !f.valid(v) {
				v = f.Get(st)
			}
			next := f.stepFrom(v, k == "ArrowUp")
			src.Set("value", full(next))
			ctx.Dispatch(func(app.Context) { setNumber(st, f, full(next)) })
		}, f.ID)
	if msg != "" {
		in = in.Aria("invalid", "true")
	}
	return app.Div().Class("pg-field").Body(
		app.Label().For(f.ID).Text(f.Label),
		in,
		app.Span().ID(f.ID+"-error").Class("pg-field-error").Text(msg),
	)
}

// stepFrom is the next value up or down from v: the next ladder value, or
// v ± Step rounded to the step, kept in range.
func (f *numSpec) stepFrom(v float64, up bool) float64 {
	next := v
	if len(f.Ladder) > 0 {
		if up {
			next = f.Ladder[len(f.Ladder)-1]
			for _, x := range f.Ladder {
				if x > v*(1+1e-9) {
					next = x
					break
				}
			}
		} else {
			next = f.Ladder[0]
			for i := len(f.Ladder) - 1; i >= 0; i-- {
				if f.Ladder[i] < v*(1-1e-9) {
					next = f.Ladder[i]
					break
				}
			}
		}
	} else if f.Step > 0 {
		d := f.Step
		if !up {
			d = -d
		}
		next = math.Round((v+d)/f.Step) * f.Step
		// 0.1+0.2 style noise: keep the step's decimals.
		if p, err := strconv.ParseFloat(strconv.FormatFloat(next, 'f', decimals(f.Step), 64), 64); err == nil {
			next = p
		}
	}
	if f.MinOpen && next <= f.Min || next < f.Min || f.MaxOpen && next >= f.Max {
		next = v
	}
	if next > f.Max {
		next = f.Max
	}
	return next
}

// decimals is the number of decimals of a step such as 0.05.
func decimals(step float64) int {
	s := strconv.FormatFloat(step, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// parseNumber reads a number as people type it: spaces around it and a
// decimal comma are fine ("0,3"); NaN and infinities are not numbers.
func parseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	return parseFloat(s)
}

// setNumber applies the text typed into field f, or marks it invalid and
// keeps the value in use. Call it inside ctx.Dispatch.
func setNumber(s *state.Store, f numSpec, text string) {
	l := s.Lang()
	v, ok := parseNumber(text)
	if !ok || !f.valid(v) {
		what := tf(l, "field-not-number", text)
		if ok {
			what = tf(l, "field-out-of-range", text)
		}
		s.SetFieldErr(f.ID, what+" "+f.rangeText(l)+" "+tf(l, "field-kept", full(f.Get(s))))
		return
	}
	s.SetFieldErr(f.ID, "")
	switch {
	case f.Live:
		s.Tune(f.ID, func(x *session.Settings) { f.Set(x, v) })
	case f.Data:
		s.Change(true, "data", func(x *session.Settings) { f.Set(x, v) })
	default:
		s.Change(false, f.ID, func(x *session.Settings) { f.Set(x, v) })
	}
}
