package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// settingSpec is the field of the number setting called name, as
// session.Table declares it: its control's id and label, its bounds,
// whether a change keeps the running network (Live) and whether the
// exercise locks it; step or ladder are the page's own. A 0 that means a
// default in a link or a file (Setting.ZeroOK) is no value to type: the
// field shows the value in use.
func settingSpec(st *state.Store, l, name string, step float64, ladder []float64) numSpec {
	e := session.Find(name)
	if e == nil || !e.Bounded() {
		panic("web: no number setting is called " + name)
	}
	return numSpec{ID: e.Control, Label: t(l, e.Label), Step: step, Ladder: ladder,
		Min: e.Min, Max: e.Max, MinOpen: e.MinOpen, MaxOpen: e.MaxOpen, Int: e.Kind() == session.Whole,
		Live: e.Live, Off: st.LockedCtl(e.Control),
		Get: func(st *state.Store) float64 {
			v := st.View()
			n, _ := e.Number(&v)
			return n
		},
		Set: func(s *session.Settings, v float64) { _ = e.SetNumber(s, v) }, // valid: checked by the field
	}
}

// settingSelect is the select of the setting called name, one of an enum's
// names, as session.Table declares it: its control's id and label, its
// options (Setting.Choices, the enum's own list) and whether a change
// keeps the running network.
func settingSelect(st *state.Store, l, name string) app.UI {
	e := session.Find(name)
	if e == nil || e.Kind() != session.Choice || e.Control == "" {
		panic("web: no setting with a select is called " + name)
	}
	v := st.View()
	return enumSelect(st, l, e.Control, t(l, e.Label), e.Choices(), e.Text(&v), e.Live, func(s *session.Settings, x string) {
		_ = e.SetText(s, x) // one of Choices
	})
}

// pointsSpec is the generated data's number of points: session.Table's
// bounds, the arrow keys stepping by 10; a count of 0 in the settings (the
// dataset's own, from an old link) shows as that count. A data setting:
// its errors are #data-error's.
func pointsSpec(st *state.Store, l string, fixed bool) numSpec {
	f := settingSpec(st, l, "points", 10, nil)
	f.Data, f.Off = true, f.Off || fixed
	get := f.Get
	f.Get = func(st *state.Store) float64 {
		if n := get(st); n != 0 {
			return n
		}
		in, _ := datasets.Lookup(st.View().Dataset)
		return float64(in.Points)
	}
	return f
}

// hiddenSetting is the hidden layers' declaration in session.Table: the
// bounds of each layer's width (#layers).
var hiddenSetting = session.Find("hidden")
