package session_test

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/settingtest"
)

// leaf is a field of Settings, of its Model or of its Stop, with its path
// in the settings' JSON ("model.lr").
type leaf struct {
	Path  string
	Value func(s *session.Settings) reflect.Value
}

// leaves returns every field of Settings found by reflection, so that a
// field added later is in every test that uses them.
func leaves() []leaf {
	var out []leaf
	var walk func(prefix string, typ reflect.Type, get func(s *session.Settings) reflect.Value)
	walk = func(prefix string, typ reflect.Type, get func(s *session.Settings) reflect.Value) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			field := func(s *session.Settings) reflect.Value { return get(s).Field(i) }
			if f.Type == reflect.TypeFor[nn.Config]() || f.Type == reflect.TypeFor[nn.StopRules]() {
				walk(prefix+name+".", f.Type, field)
				continue
			}
			out = append(out, leaf{prefix + name, field})
		}
	}
	walk("", reflect.TypeFor[session.Settings](), func(s *session.Settings) reflect.Value { return reflect.ValueOf(s).Elem() })
	return out
}

// notSettings are the fields that no user chooses: the format's version
// and the seed an exercise derives from a student's name.
var notSettings = []string{"v", "trainSeed"}

// TestTableFields: every field of Settings but notSettings has one entry in
// Table, whose Path is the field's JSON path and whose Field points at it.
func TestTableFields(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range leaves() {
		if slices.Contains(notSettings, f.Path) {
			continue
		}
		var found *session.Setting
		for i := range session.Table {
			if session.Table[i].Path == f.Path {
				if found != nil {
					t.Errorf("two entries for %s", f.Path)
				}
				found = &session.Table[i]
			}
		}
		if found == nil {
			t.Errorf("Table has no entry for %s", f.Path)
			continue
		}
		seen[found.Name] = true
		var s session.Settings
		if got, want := reflect.ValueOf(found.Field(&s)).Pointer(), f.Value(&s).Addr().Pointer(); got != want {
			t.Errorf("%s: Field points elsewhere", found.Name)
		}
		if _, last, _ := strings.Cut(f.Path, "."); found.Name != f.Path && found.Name != last {
			t.Errorf("%s: the name is not the JSON name of %s", found.Name, f.Path)
		}
	}
	for _, e := range session.Table {
		if !seen[e.Name] {
			t.Errorf("%s: no field has the path %s", e.Name, e.Path)
		}
	}
}

// TestTableUnique: names, flags and page controls are each one setting's.
func TestTableUnique(t *testing.T) {
	for _, key := range []struct {
		What string
		Of   func(e *session.Setting) string
	}{
		{"name", func(e *session.Setting) string { return e.Name }},
		{"flag", func(e *session.Setting) string { return e.Flag }},
		{"control", func(e *session.Setting) string { return e.Control }},
	} {
		seen := map[string]bool{}
		for i := range session.Table {
			k := key.Of(&session.Table[i])
			if k != "" && seen[k] {
				t.Errorf("two settings have the %s %q", key.What, k)
			}
			seen[k] = true
		}
	}
	for _, e := range session.Table {
		if e.What == "" || e.Doc == "" {
			t.Errorf("%s: no What or Doc", e.Name)
		}
		if e.Control != "" && e.Label == "" {
			t.Errorf("%s: a control without a label", e.Name)
		}
	}
}

// change changes the field v to another value of its type.
func change(t *testing.T, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Slice:
		v.Set(reflect.Append(v, reflect.New(v.Type().Elem()).Elem()))
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Float64:
		v.SetFloat((v.Float() + 0.1) / 2)
	case reflect.Int:
		v.SetInt(v.Int() + 1)
	case reflect.Uint64:
		v.SetUint(v.Uint() + 1)
	case reflect.String:
		v.SetString(v.String() + "x")
	default:
		t.Fatalf("a field of kind %v", v.Kind())
	}
}

// TestTunableFields changes each field of Settings alone: Tunable holds
// exactly when Table marks the field's setting Live (a field with no entry
// is never live), and the model's live settings are nn.Tunables.
func TestTunableFields(t *testing.T) {
	base := session.Default()
	for _, f := range leaves() {
		t.Run(f.Path, func(t *testing.T) {
			next := base
			next.Model.Hidden = slices.Clone(base.Model.Hidden)
			change(t, f.Value(&next))
			live := false
			for _, e := range session.Table {
				if e.Path == f.Path {
					live = e.Live
				}
			}
			if got := session.Tunable(base, next); got != live {
				t.Errorf("Tunable after a change of %s alone = %v, want %v (Table's Live)", f.Path, got, live)
			}
		})
	}
	for _, e := range session.Table {
		if name, ok := strings.CutPrefix(e.Path, "model."); ok && e.Live != slices.Contains(nn.Tunables(), name) {
			t.Errorf("%s: Live %v, but nn.Tunables() = %v", e.Name, e.Live, nn.Tunables())
		}
	}
}

// setRaw writes v into the number setting e of s without a check; false
// when the field's type cannot hold v.
func setRaw(e *session.Setting, s *session.Settings, v float64) bool {
	switch p := e.Field(s).(type) {
	case *float64:
		*p = v
	case *int:
		if v != math.Trunc(v) || math.IsInf(v, 0) || math.IsNaN(v) {
			return false
		}
		*p = int(v)
	case *uint64:
		if v != math.Trunc(v) || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return false
		}
		*p = uint64(v)
	}
	return true
}

// engineChecks are the engine's own checks of each number setting, which
// must accept exactly what Table's bounds accept.
var engineChecks = map[string]func(s *session.Settings) error{
	"points": func(s *session.Settings) error { _, err := datasets.Text(s.Dataset, s.Points, s.Noise, 1); return err },
	"noise":  func(s *session.Settings) error { _, err := datasets.Text(s.Dataset, s.Points, s.Noise, 1); return err },
	"testRatio": func(s *session.Settings) error {
		_, err := data.Prepare(tiny, data.Spec{TestRatio: s.TestRatio, ValidRatio: s.ValidRatio})
		return err
	},
	"seed": func(*session.Settings) error { return nil }, // any uint64
}

var tiny = func() *data.Table {
	t, err := data.Parse("x,y\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n10,b\n")
	if err != nil {
		panic(err)
	}
	return t
}()

func engineCheck(e *session.Setting) func(s *session.Settings) error {
	if c, ok := engineChecks[e.Name]; ok {
		return c
	}
	switch {
	case e.Name == "validRatio":
		return engineChecks["testRatio"]
	case strings.HasPrefix(e.Path, "model."):
		return func(s *session.Settings) error { return s.Model.Defaults().Validate() }
	case strings.HasPrefix(e.Path, "stop."):
		return func(s *session.Settings) error { return s.Stop.Validate() }
	}
	return nil
}

// TestTableBoundsEngine: the engine (nn.Config.Validate,
// nn.StopRules.Validate, data.Prepare, datasets.Text) accepts a number
// setting's value exactly when Table's bounds do, at and around each
// bound (settingtest.Probes). The engine keeps its own checks, below the
// table; this keeps them equal.
func TestTableBoundsEngine(t *testing.T) {
	for i := range session.Table {
		e := &session.Table[i]
		if !e.Bounded() {
			continue
		}
		check := engineCheck(e)
		if check == nil {
			t.Errorf("%s: no engine check", e.Name)
			continue
		}
		for _, p := range settingtest.Probes(e) {
			s := session.Default()
			if !setRaw(e, &s, p.Value) {
				continue
			}
			if err := check(&s); (err == nil) != p.OK {
				t.Errorf("%s %v: the engine says %v, Table says valid %v", e.Name, p.Value, err, p.OK)
			}
		}
	}
	// The hidden layers' widths.
	h := session.Find("hidden")
	for _, w := range []float64{h.Min - 1, h.Min, h.Max, h.Max + 1} {
		c := nn.Config{Hidden: []int{int(w)}}
		if err := c.Defaults().Validate(); (err == nil) != (w >= h.Min && w <= h.Max) {
			t.Errorf("hidden width %v: nn says %v, Table's bounds are %v to %v", w, err, h.Min, h.Max)
		}
	}
}

// TestCheckBounds: CheckBounds accepts a number setting's value exactly
// when Table's bounds do, and names the setting when it does not.
func TestCheckBounds(t *testing.T) {
	for i := range session.Table {
		e := &session.Table[i]
		for _, p := range settingtest.Probes(e) {
			s := session.Default() // circle: points and noise apply
			if !setRaw(e, &s, p.Value) {
				continue
			}
			err := session.CheckBounds(&s)
			if (err == nil) != p.OK {
				t.Errorf("%s %v: CheckBounds = %v, want valid %v", e.Name, p.Value, err, p.OK)
			}
			var re *session.RangeError
			if err != nil && (!errors.As(err, &re) || re.Setting.Name != e.Name || !errors.Is(err, session.ErrRange)) {
				t.Errorf("%s %v: CheckBounds = %v, not a RangeError of the setting", e.Name, p.Value, err)
			}
		}
	}
	s := session.Default()
	s.Dataset, s.Points = "iris", 2 // a table: the point count does not apply
	if err := session.CheckBounds(&s); err != nil {
		t.Errorf("iris with 2 points: %v", err)
	}
}

// TestSetText: every setting that text can write reads back as written,
// and a number is accepted exactly within its bounds.
func TestSetText(t *testing.T) {
	for i := range session.Table {
		e := &session.Table[i]
		if e.Kind() == session.List && e.Name == "derived" {
			continue
		}
		s := session.Default()
		s.Model.Momentum, s.Ignore, s.Use = 0.5, []string{"a", "b"}, []string{"c"}
		before, _ := json.Marshal(session.InUse(&s))
		if err := e.SetText(&s, e.Text(&s)); err != nil {
			t.Errorf("%s: SetText(Text %q) = %v", e.Name, e.Text(&s), err)
		}
		if after, _ := json.Marshal(session.InUse(&s)); string(after) != string(before) {
			t.Errorf("%s: SetText(Text %q) changed the settings:\n%s\n%s", e.Name, e.Text(&s), before, after)
		}
		for _, p := range settingtest.Probes(e) {
			s := session.Default()
			text := strconv.FormatFloat(p.Value, 'g', -1, 64)
			if e.Kind() == session.Whole && !math.IsNaN(p.Value) && !math.IsInf(p.Value, 0) {
				text = strconv.FormatFloat(p.Value, 'f', -1, 64)
			}
			err := e.SetText(&s, text)
			if (err == nil) != p.OK {
				t.Errorf("%s: SetText(%q) = %v, want valid %v", e.Name, text, err, p.OK)
			}
			if err == nil {
				if v, _ := e.Number(&s); v != p.Value && !(e.ZeroOK && p.Value == 0) {
					t.Errorf("%s: SetText(%q) reads %v", e.Name, text, v)
				}
			}
		}
	}
}

func TestRangeText(t *testing.T) {
	for _, c := range []struct{ Name, Want string }{
		{"testRatio", "0 to 0.9"},
		{"noise", "0 to 1"},
		{"lr", "above 0 (or 0)"},
		{"momentum", "0 to below 1"},
		{"points", "a whole number, 4 to 100000 (or 0)"},
		{"batch", "a whole number, 0 or more"},
	} {
		if got := session.Find(c.Name).RangeText(); got != c.Want {
			t.Errorf("%s: RangeText %q, want %q", c.Name, got, c.Want)
		}
	}
	err := session.Find("testRatio").Check(1.5)
	if want := "test ratio 1.5; use 0 to 0.9"; err == nil || err.Error() != want {
		t.Errorf("Check(1.5) = %v, want %q", err, want)
	}
}

// TestAway: settingtest.Away holds every setting away from its default,
// within the table's bounds.
func TestAway(t *testing.T) {
	a, d := settingtest.Away(), session.Default()
	for i := range session.Table {
		e := &session.Table[i]
		if e.JSON(&a) == e.JSON(&d) && e.Name != "dataset" && e.Name != "points" && e.Name != "noise" && e.Name != "splitColumn" {
			t.Errorf("%s: Away has the default %s", e.Name, e.JSON(&a))
		}
	}
	if err := session.CheckBounds(&a); err != nil {
		t.Error(err)
	}
	if _, err := session.Build(a); err != nil {
		t.Errorf("Away does not build: %v", err)
	}
}

// TestDefaultFromTable: Default, built from each setting's Default in
// Table, is the literal that session.Default returned before the table
// (main at 55b2ca3): old links and files that leave fields out read the
// same.
func TestDefaultFromTable(t *testing.T) {
	want := session.Settings{
		Version: session.Version, Dataset: "circle", Points: 300, TestRatio: 0.3, Missing: data.Impute,
		Model: nn.Config{Hidden: []int{4, 2}, Activation: nn.Tanh, Optimizer: nn.SGD, LearningRate: 0.03, BatchSize: 10, Seed: 1},
		Lang:  "en",
	}
	if got := session.Default(); !reflect.DeepEqual(got, want) {
		t.Errorf("Default() = %+v\nwant %+v", got, want)
	}
	for _, e := range session.Table {
		d := session.Default()
		if e.Default != "" && e.Text(&d) != e.Default {
			t.Errorf("%s: Default reads %q, the table says %q", e.Name, e.Text(&d), e.Default)
		}
	}
}

// TestDatasetDoc: the dataset's Doc (a constant, so that Table is data)
// lists datasets.Names().
func TestDatasetDoc(t *testing.T) {
	if want := "built-in dataset: " + strings.Join(datasets.Names(), ", ") + " "; !strings.HasPrefix(session.Find("dataset").Doc, want) {
		t.Errorf("the dataset's Doc %q does not start %q", session.Find("dataset").Doc, want)
	}
}
