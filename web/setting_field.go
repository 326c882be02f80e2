package web

import "github.com/nnplayground/playground/core/session"

// settingSpec is the field of the number setting called name, as
// session.Table declares it: its control's id and label, its bounds,
// whether a change keeps the running network (Live) and whether the
// exercise locks it; step or ladder are the page's own. A 0 that means a
// default in a link or a file (Setting.ZeroOK) is no value to type: the
// field shows the value in use.
func settingSpec(st *store, l, name string, step float64, ladder []float64) numSpec {
	e := session.Find(name)
	if e == nil || !e.Bounded() {
		panic("web: no number setting is called " + name)
	}
	return numSpec{ID: e.Control, Label: t(l, e.Label), Step: step, Ladder: ladder,
		Min: e.Min, Max: e.Max, MinOpen: e.MinOpen, MaxOpen: e.MaxOpen, Int: e.Kind() == session.Whole,
		Live: e.Live, Off: st.lockedCtl(e.Control),
		Get: func(st *store) float64 {
			v := st.view()
			n, _ := e.Number(&v)
			return n
		},
		Set: func(s *session.Settings, v float64) { _ = e.SetNumber(s, v) }, // valid: checked by the field
	}
}

// lockedCtl reports whether the exercise locks the setting that the
// control id changes (session.Setting.Control). The regularization's pair
// of controls sets L1 or L2: either locked locks both.
func (s *store) lockedCtl(id string) bool {
	if id == "regularization" || id == "reg-rate" {
		return s.locked("l1") || s.locked("l2")
	}
	for i := range session.Table {
		if e := &session.Table[i]; e.Control == id {
			return s.locked(e.Name)
		}
	}
	return false
}
