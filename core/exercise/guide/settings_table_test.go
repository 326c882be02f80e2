package guide

import (
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/settingtest"
)

// TestSettableTable: the lesson engine's names are session.Table's
// settings that lessons may use, and layers and units; each that a lesson
// sets has words for the "show me" hint.
func TestSettableTable(t *testing.T) {
	want := []string{"layers", "units"}
	for _, e := range session.Table {
		if e.Lesson != session.NoAccess {
			want = append(want, e.Name)
		}
		if e.Lesson == session.Write && settingNames[e.Name].En == "" {
			t.Errorf("%s: no words for the hint (settingNames)", e.Name)
		}
	}
	slices.Sort(want)
	if got := Settable(); !slices.Equal(got, want) {
		t.Errorf("Settable() = %q, want %q", got, want)
	}
}

// setAll checks that a lesson sets each number setting of session.Table
// exactly within the table's bounds, and reads it back as set.
func setAll(t *testing.T, e *session.Setting) {
	t.Helper()
	for _, p := range settingtest.Probes(e) {
		text := strconv.FormatFloat(p.Value, 'f', -1, 64)
		s := session.Default()
		err := Set(&s, e.Name, text)
		if (err == nil) != p.OK {
			t.Errorf("Set(%s, %q) = %v, want valid %v", e.Name, text, err, p.OK)
		}
		if err != nil {
			continue
		}
		_, v, _ := Get(&s, e.Name)
		if v != p.Value && !(e.ZeroOK && p.Value == 0) {
			t.Errorf("Get(%s) after Set %q = %v", e.Name, text, v)
		}
	}
}

// TestSetTable: every number a lesson may set, at and around the bounds
// of session.Table, and again with a bound moved in the table.
func TestSetTable(t *testing.T) {
	for i := range session.Table {
		e := &session.Table[i]
		if e.Lesson == session.Write && e.Bounded() {
			t.Run(e.Name, func(t *testing.T) { setAll(t, e) })
		}
	}
	for _, name := range []string{"testRatio", "noise", "lr", "batch"} {
		t.Run("moved "+name, func(t *testing.T) {
			e, restore := settingtest.Moved(name)
			defer restore()
			setAll(t, &e)
		})
	}
	if err := Set(new(session.Settings), "dataset", "xor"); err == nil {
		t.Errorf("Set(dataset) = nil, want an error: lessons only read it")
	}
	if _, v, err := Get(new(session.Settings), "activation"); err != nil || !math.IsNaN(v) {
		t.Errorf("Get(activation) = %v, %v; want NaN for a name", v, err)
	}
}
