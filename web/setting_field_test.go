package web

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/settingtest"

	"github.com/nnplayground/playground/web/state"
)

// pageFields are the page's number fields (numField) of session.Table's
// settings, by name: the reg-rate field is L2's (and L1's) with the
// regularization chosen beside it. (Noise is a number input of its own.)
func pageFields(st *state.Store, l string) map[string]numSpec {
	m := map[string]numSpec{"l2": regRateSpec(st, l)}
	for i := range session.Table {
		e := &session.Table[i]
		if e.Bounded() && e.Control != "" && e.Name != "points" && e.Name != "noise" { // the data panel's
			m[e.Name] = settingSpec(st, l, e.Name, 1, nil)
		}
	}
	m["points"] = pointsSpec(st, l, false)
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
		st.SetRegKind("l2")
		f := pageFields(st, "en")[e.Name]
		text := strconv.FormatFloat(p.Value, 'f', -1, 64)
		ok := p.OK && !(e.ZeroOK && p.Value == 0 && (e.Min > 0 || e.MinOpen))
		if e.Kind() == session.Whole && e.Max == session.NoMax && p.Value > 1e15 {
			continue // past float64's whole numbers
		}
		setNumber(st, f, text)
		if msg := st.Data.FieldErr(f.ID); (msg == "") != ok {
			t.Errorf("#%s %q: message %q, want valid %v", f.ID, text, msg, ok)
		}
		if !ok {
			continue
		}
		if !st.Data.Pending() {
			t.Errorf("#%s %q: nothing sent", f.ID, text)
			continue
		}
		sent := st.View() // the pending settings
		if v := raw(e, &sent); v != p.Value {
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
	for _, name := range []string{"testRatio", "validRatio", "momentum", "lr", "batch", "patience", "targetMetric", "points"} {
		t.Run("moved "+name, func(t *testing.T) {
			e, restore := settingtest.Moved(name)
			defer restore()
			typed(t, &e)
		})
	}
}

// TestLayersTable: the layers field (#layers) takes every width within
// session.Table's bounds of a hidden layer and refuses one past them, and
// follows a bound moved in the table.
func TestLayersTable(t *testing.T) {
	check := func(e *session.Setting) {
		t.Helper()
		lo, hi := int(e.Min), int(math.Floor(e.Max))
		for _, tc := range []struct {
			Text string
			OK   bool
		}{
			{strconv.Itoa(lo), true}, {strconv.Itoa(hi), true}, {"8," + strconv.Itoa(hi), true}, {"", true},
			{strconv.Itoa(lo - 1), false}, {strconv.Itoa(hi + 1), false}, {"8," + strconv.Itoa(hi+1), false},
		} {
			if _, ok := parseLayers(tc.Text); ok != tc.OK {
				t.Errorf("#layers %q (widths %d to %d): taken %v, want %v", tc.Text, lo, hi, ok, tc.OK)
			}
		}
	}
	check(session.Find("hidden"))
	e, restore := settingtest.Moved("hidden")
	defer restore()
	check(&e)
}

// TestSelectsTable: the select of each setting that is one of an enum's
// names lists the enum's names (Setting.Choices) in order, with the value
// in use selected.
func TestSelectsTable(t *testing.T) {
	optRe := regexp.MustCompile(`<option([^>]*)>`)
	valRe := regexp.MustCompile(`value="([^"]*)"`)
	n := 0
	for i := range session.Table {
		e := &session.Table[i]
		if e.Kind() != session.Choice || e.Control == "" {
			continue
		}
		n++
		st, _ := testStore(t)
		v := st.View()
		sel := settingSelect
		if e.Name == "missing" {
			sel = func(st *state.Store, l, _ string) app.UI { return missingSelect(st, l) } // the columns panel's, a data setting
		}
		html := app.HTMLString(sel(st, "en", e.Name))
		var got []string
		selected := ""
		for _, m := range optRe.FindAllStringSubmatch(html, -1) {
			val := valRe.FindStringSubmatch(m[1])
			if val == nil {
				t.Fatalf("%s: an option without a value: %s", e.Name, m[0])
			}
			got = append(got, val[1])
			if strings.Contains(m[1], "selected") {
				selected = val[1]
			}
		}
		if want := e.Choices(); !slices.Equal(got, want) {
			t.Errorf("#%s lists %q, the table's choices are %q", e.Control, got, want)
		}
		if want := e.Text(&v); selected != want {
			t.Errorf("#%s: %q selected, %q in use", e.Control, selected, want)
		}
	}
	if n < 6 {
		t.Errorf("%d selects of the table's settings, want 6 (activation, loss, init, optimizer, norm, missing)", n)
	}
	st, _ := testStore(t)
	html := app.HTMLString((&quickSettings{St: st, Lang: "en"}).Render())
	_, reg, _ := strings.Cut(html, `id="regularization"`)
	reg, _, _ = strings.Cut(reg, "</select>")
	var got []string
	for _, m := range optRe.FindAllStringSubmatch(reg, -1) {
		if val := valRe.FindStringSubmatch(m[1]); val != nil {
			got = append(got, val[1])
		}
	}
	if want := session.Regularizations(); !slices.Equal(got, want) {
		t.Errorf("#regularization lists %q, session.Regularizations %q", got, want)
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
