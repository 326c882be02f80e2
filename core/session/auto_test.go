package session_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/session"
)

// titanicLike is a table shaped like seaborn's titanic: survived first,
// a passenger class named class, a mostly empty deck, ages with gaps, a
// name column and alive, which is survived written again.
func titanicLike(rows int) string {
	rng := rand.New(rand.NewPCG(8, 91))
	var b strings.Builder
	b.WriteString("survived,pclass,sex,age,fare,class,deck,name,alive\n")
	for r := range rows {
		s, pc := rng.IntN(2), 1+rng.IntN(3)
		age := ""
		if rng.Float64() > 0.2 {
			age = fmt.Sprint(1 + rng.IntN(80))
		}
		deck := ""
		if rng.Float64() > 0.77 {
			deck = string(rune('A' + rng.IntN(7)))
		}
		fmt.Fprintf(&b, "%d,%d,%s,%s,%.2f,%s,%s,Passenger Number %d,%s\n", s, pc, [...]string{"male", "female"}[rng.IntN(2)], age,
			500*rng.Float64(), [...]string{"First", "Second", "Third"}[pc-1], deck, r, [...]string{"no", "yes"}[s])
	}
	return b.String()
}

// A version-3 pasted table: the guessed target, the notes with their
// buttons, and each button's change of the settings doing what it says.
func TestTableAsItComes(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Text = "", titanicLike(300)
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	sum := ses.Summary()
	if sum.Target != "survived" || sum.Dropped != 0 || sum.Train+sum.Valid+sum.Test != 300 {
		t.Errorf("target %q, dropped %d, %d+%d+%d rows; want survived and every row", sum.Target, sum.Dropped, sum.Train, sum.Valid, sum.Test)
	}
	find := func(sum *session.Summary, kind, name string) *session.Note {
		for i, n := range sum.Notes {
			if n.Kind == kind && n.Name == name {
				return &sum.Notes[i]
			}
		}
		return nil
	}
	for _, w := range []struct{ kind, name, action string }{
		{"left-out-empty", "deck", "use"}, {"left-out-name", "name", "use"}, {"leak", "alive", "ignore"}, {"imputed", "age", ""}, {"indicator", "age", ""},
	} {
		if n := find(sum, w.kind, w.name); n == nil || n.Action != w.action {
			t.Errorf("note %s %s: %+v; want action %q (notes %+v)", w.kind, w.name, n, w.action, sum.Notes)
		}
	}
	if !slices.Contains(sum.Inputs, "alive=yes") || slices.ContainsFunc(sum.Inputs, func(s string) bool { return strings.HasPrefix(s, "deck") }) {
		t.Errorf("inputs %q", sum.Inputs)
	}
	// The buttons: use deck, ignore alive.
	s.Use, s.Ignore = []string{"deck"}, []string{"alive"}
	ses, err = session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	sum = ses.Summary()
	if find(sum, "leak", "alive") != nil || find(sum, "left-out-empty", "deck") != nil || !slices.Contains(sum.Inputs, "deck=(missing)") {
		t.Errorf("after use deck, ignore alive: inputs %q, notes %+v", sum.Inputs, sum.Notes)
	}
	// Version 2 builds as it did: rows with a missing value dropped,
	// every column an input.
	s.Version, s.Missing, s.Use, s.Ignore = 2, 0, nil, nil
	ses, err = session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if sum := ses.Summary(); sum.Dropped < 200 || !slices.Contains(sum.Inputs, "alive=yes") || len(sum.Inputs) < 60 {
		t.Errorf("version 2: dropped %d, %d inputs", sum.Dropped, len(sum.Inputs))
	}
}

// Two close candidates (the last column, and a name that says disease):
// the summary asks "did you mean", and its button sets the target.
func TestDidYouMean(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	var b strings.Builder
	b.WriteString("age,heart_disease,bmi,stroke\n")
	for range 80 {
		fmt.Fprintf(&b, "%d,%s,%.1f,%s\n", 20+rng.IntN(50), [...]string{"yes", "no"}[rng.IntN(2)], 18+22*rng.Float64(), [...]string{"yes", "no"}[rng.IntN(2)])
	}
	s := session.Default()
	s.Dataset, s.Text = "", b.String()
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	sum := ses.Summary()
	i := slices.IndexFunc(sum.Notes, func(n session.Note) bool { return n.Kind == "did-you-mean" })
	if sum.Target != "stroke" || i < 0 || sum.Notes[i].Name != "heart_disease" || sum.Notes[i].Action != "target" {
		t.Fatalf("target %q, notes %+v; want stroke and did you mean heart_disease", sum.Target, sum.Notes)
	}
	if w := sum.Notes[i].English(); w != `did you mean to predict "heart_disease"?` {
		t.Errorf("English %q", w)
	}
	s.Target = "heart_disease"
	if ses, err = session.Build(s); err != nil || ses.Summary().Target != "heart_disease" || slices.ContainsFunc(ses.Summary().Notes, func(n session.Note) bool { return n.Kind == "did-you-mean" }) {
		t.Errorf("after the button: %v", err)
	}
}

// Settings of version 3 keep their guess (data.GuessTargetV3), so that
// their links open as they did; version 4 guesses with data.GuessTarget.
// The bank-marketing layout ends with "y", and has a "default" column.
func TestGuessByVersion(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	var b strings.Builder
	b.WriteString("age,default,balance,housing,y\n")
	yn := [...]string{"yes", "no"}
	for range 100 {
		fmt.Fprintf(&b, "%d,%s,%d,%s,%s\n", 18+rng.IntN(70), yn[rng.IntN(2)], rng.IntN(9000)-500, yn[rng.IntN(2)], yn[rng.IntN(2)])
	}
	for _, tt := range []struct {
		version int
		want    string
	}{{3, "default"}, {4, "y"}, {session.Version, "y"}} {
		s := session.Default()
		s.Version, s.Dataset, s.Text = tt.version, "", b.String()
		ses, err := session.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := ses.Summary().Target; got != tt.want {
			t.Errorf("version %d: target %q, want %q", tt.version, got, tt.want)
		}
	}
}

// A weather log's "Time" of day is one input from version 4 (Spec.Clock),
// 48 categories in version 3 as before.
func TestClockByVersion(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	var b strings.Builder
	b.WriteString("Time,Temp,Rain\n")
	for range 300 {
		fmt.Fprintf(&b, "%02d:%s,%.1f,%s\n", rng.IntN(24), [...]string{"00", "30"}[rng.IntN(2)], 35*rng.Float64(), [...]string{"yes", "no"}[rng.IntN(2)])
	}
	for _, tt := range []struct{ version, inputs int }{{3, 49}, {4, 2}} {
		s := session.Default()
		s.Version, s.Dataset, s.Text = tt.version, "", b.String()
		ses, err := session.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(ses.Summary().Inputs); got != tt.inputs || ses.Summary().Target != "Rain" {
			t.Errorf("version %d: %d inputs %q, target %q; want %d, Rain", tt.version, got, ses.Summary().Inputs, ses.Summary().Target, tt.inputs)
		}
	}
}
