package web

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/settingtest"
)

// pageFields are the page's number fields (numField) of session.Table's
// settings, by name: the reg-rate field is L2's (and L1's) with the
// regularization chosen beside it.
func pageFields(st *store, l string) map[string]numSpec {
	m := map[string]numSpec{"l2": regRateSpec(st, l)}
	for i := range session.Table {
		e := &session.Table[i]
		if e.Bounded() && e.Control != "" && e.Name != "points" && e.Name != "noise" { // the data panel's
			m[e.Name] = settingSpec(st, l, e.Name, 1, nil)
		}
	}
	return m
}

// typed types each probe of the setting e into its field, as a user
// would: the field takes exactly the values within session.Table's
// bounds (but a 0 that means a default, which is no value to type) and
// sends them in the settings of the new network or the live change.
func typed(t *testing.T, e *session.Setting) {
	t.Helper()
	for _, p := range settingtest.Probes(e) {
		st, _ := testStore(t)
		st.regKind = "l2"
		f := pageFields(st, "en")[e.Name]
		text := strconv.FormatFloat(p.Value, 'f', -1, 64)
		ok := p.OK && !(e.ZeroOK && p.Value == 0 && (e.Min > 0 || e.MinOpen))
		if e.Kind() == session.Whole && e.Max == session.NoMax && p.Value > 1e15 {
			continue // past float64's whole numbers
		}
		st.setNumber(f, text)
		if msg := st.fieldErr[f.ID]; (msg == "") != ok {
			t.Errorf("#%s %q: message %q, want valid %v", f.ID, text, msg, ok)
		}
		if !ok {
			continue
		}
		if st.pending == nil {
			t.Errorf("#%s %q: nothing sent", f.ID, text)
			continue
		}
		if v := raw(e, st.pending); v != p.Value {
			t.Errorf("#%s %q: sent %v", f.ID, text, v)
		}
	}
}

// raw is the number setting e of s as it is in s (a 0 that means a
// default stays 0).
func raw(e *session.Setting, s *session.Settings) float64 {
	switch p := e.Field(s).(type) {
	case *float64:
		return *p
	case *int:
		return float64(*p)
	case *uint64:
		return float64(*p)
	}
	return math.NaN()
}

// TestFieldsTable: every number field of the page takes the values of
// session.Table's bounds, says them when it refuses one, and follows a
// bound moved in the table.
func TestFieldsTable(t *testing.T) {
	st, _ := testStore(t)
	for name, f := range pageFields(st, "en") {
		e := session.Find(name)
		t.Run(name, func(t *testing.T) { typed(t, e) })
		if f.Live != e.Live || f.Int != (e.Kind() == session.Whole) {
			t.Errorf("#%s: Live %v, Int %v; Table: %v, %v", f.ID, f.Live, f.Int, e.Live, e.Kind())
		}
	}
	for _, name := range []string{"testRatio", "validRatio", "momentum", "lr", "batch", "patience", "targetMetric"} {
		t.Run("moved "+name, func(t *testing.T) {
			e, restore := settingtest.Moved(name)
			defer restore()
			typed(t, &e)
		})
	}
}

// TestSettingKeys: every catalog key session.Table names (labels, nouns)
// has English and Chinese words, and a label that says its range says the
// table's.
func TestSettingKeys(t *testing.T) {
	rangeRe := regexp.MustCompile(`[（(]([0-9.]+)–([0-9.]+)`)
	for _, e := range session.Table {
		for _, key := range []string{e.Label, e.Noun} {
			if key == "" {
				continue
			}
			for _, l := range []string{"en", "zh"} {
				text, ok := catalog[l][key]
				if !ok {
					t.Errorf("%s: no %s text for %q", e.Name, l, key)
				}
				if m := rangeRe.FindStringSubmatch(text); m != nil && key == e.Label && e.Bounded() {
					lo, _ := strconv.ParseFloat(m[1], 64)
					hi, _ := strconv.ParseFloat(m[2], 64)
					if lo != e.Min || hi != e.Max {
						t.Errorf("%s: the label %q says %v–%v, Table %v to %v", e.Name, text, lo, hi, e.Min, e.Max)
					}
				}
			}
		}
	}
	var grouped []string
	for _, g := range lockGroups {
		grouped = append(grouped, g.Names...)
	}
	slices.Sort(grouped)
	if !slices.Equal(grouped, rules.Lockable()) {
		t.Errorf("the editor's lock groups hold %q, the lockable settings are %q", grouped, rules.Lockable())
	}
}
