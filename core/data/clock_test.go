package data

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestParseClock(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64 // seconds since midnight; -1: not a time of day
	}{
		{"14:30", 14*3600 + 30*60},
		{"0:05", 5 * 60},
		{"09:00:15", 9*3600 + 15},
		{"23:59:59.5", 86399.5},
		{"2:30 PM", 14*3600 + 30*60},
		{"12:00 am", 0},
		{"12:15 PM", 12*3600 + 15*60},
		{"11:45pm", 23*3600 + 45*60},
		{"24:00", -1},
		{"12:60", -1},
		{"13:00 PM", -1},
		{"1430", -1},
		{"14:3", -1},
		{"2019-03-23 14:30", -1},
		{"14:30 UTC", -1},
		{"", -1},
	} {
		got, ok := parseTimeLayout(tt.in, layoutClock)
		if !ok {
			got = -1
		}
		if got != tt.want {
			t.Errorf("parseTimeLayout(%q, clock) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

// A column of times of day without a date (a weather log's "Time") is one
// input, the time in days, with Spec.Clock (settings version 4): it was 48
// categories, one per half hour. Without Clock it stays categorical, as
// version 3 settings read it.
func TestClockColumn(t *testing.T) {
	text := genTable(400, gen{"Time", func(r int, rng *rand.Rand) string {
		return fmt.Sprintf("%02d:%s", rng.IntN(24), [...]string{"00", "30"}[rng.IntN(2)])
	}}, gen{"Temp", uniform(-5, 35, 1)}, gen{"Rain", pick("yes", "no")})
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "Rain", Missing: Impute, Auto: true, Clock: true, TestRatio: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	col := ds.Prep.Columns[0]
	if col.Kind != Timestamp || col.Layout != layoutClock || len(col.Parts) != 0 || !slices.Equal(ds.Inputs, []string{"Time", "Temp"}) {
		t.Fatalf("column %+v, inputs %q; want Time as a time of day, one input", col, ds.Inputs)
	}
	if nt := noteOf(ds, "clock", "Time"); nt == nil {
		t.Errorf("notes %+v; want a clock note for Time", ds.Notes)
	}
	// New rows read the same way: 18:00 is three quarters of a day.
	x, _, err := ds.Prep.Transform(mustParse(t, "Time,Temp\n18:00,20\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := (0.75 - ds.Prep.Shift[0]) / ds.Prep.Scale[0]; math.Abs(x[0]-want) > 1e-12 {
		t.Errorf("18:00 gives input %v, want %v", x[0], want)
	}
	if g := GuessTarget(tb); g.Name != "Rain" {
		t.Errorf("GuessTarget = %+v, want Rain", g)
	}
	d3, err := Prepare(tb, Spec{Target: "Rain", Missing: Impute, Auto: true, TestRatio: 0.2})
	if err != nil || d3.Prep.Columns[0].Kind != Categorical {
		t.Errorf("without Clock: %v, column %+v; want categorical", err, d3.Prep.Columns[0])
	}
}
