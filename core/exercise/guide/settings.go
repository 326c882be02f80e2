package guide

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/nnplayground/playground/core/session"
)

// derived are the names a lesson may check that are no setting but are
// read from one: the number of hidden layers and of hidden neurons.
var derived = map[string]func(s *session.Settings) int{
	"layers": func(s *session.Settings) int { return len(s.Model.Hidden) },
	"units": func(s *session.Settings) int {
		n := 0
		for _, u := range s.Model.Hidden {
			n += u
		}
		return n
	},
}

// Settable returns the names of the settings a lesson may set or check,
// sorted: those session.Table gives lessons access to, and layers and
// units.
func Settable() []string {
	var names []string
	for _, e := range session.Table {
		if e.Lesson != session.NoAccess {
			names = append(names, e.Name)
		}
	}
	for n := range derived {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// settable reports whether a lesson may check the setting called name.
func settable(name string) bool {
	if _, ok := derived[name]; ok {
		return true
	}
	e := session.Find(name)
	return e != nil && e.Lesson != session.NoAccess
}

// Get returns the setting called name of s as text ("0.03", "adam",
// "8,8") and, for a number, its value (NaN for text). The model's
// defaults are filled in: a learning rate left at 0 reads 0.03
// (session.Setting.Text).
func Get(s *session.Settings, name string) (text string, value float64, err error) {
	if f, ok := derived[name]; ok {
		n := f(s)
		return strconv.Itoa(n), float64(n), nil
	}
	if !settable(name) {
		return "", math.NaN(), fmt.Errorf("guide: no setting is called %q", name)
	}
	e := session.Find(name)
	value, _ = e.Number(s)
	return e.Text(s), value, nil
}

// Set sets the setting called name of s to the value written as text:
// a number within the setting's bounds (session.Table), a name ("adam",
// "relu", "none", "fill") or, for hidden, the layer widths separated by
// commas ("8,8"; "" for none). It returns an error for an unknown name, a
// setting that is only read (dataset, layers, units) or a value that is
// not one.
func Set(s *session.Settings, name, value string) error {
	if !settable(name) {
		return fmt.Errorf("guide: no setting is called %q", name)
	}
	e := session.Find(name)
	if e == nil || e.Lesson != session.Write {
		return fmt.Errorf("guide: setting %q is only read", name)
	}
	if err := e.SetText(s, value); err != nil {
		return fmt.Errorf("guide: %w", err)
	}
	return nil
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
