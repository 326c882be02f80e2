package data

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// noteOf returns the first note of kind about column name, or nil.
func noteOf(ds *Dataset, kind, name string) *Note {
	for i, n := range ds.Notes {
		if n.Kind == kind && n.Name == name {
			return &ds.Notes[i]
		}
	}
	return nil
}

// The median that fills a numeric column comes from the training rows
// only: the test rows hold values far above every training row's, which
// would move a median of all rows.
func TestImputeTrainOnly(t *testing.T) {
	text := genTable(200, gen{"a", sometimes(0.1, intIn(0, 100))}, gen{"b", uniform(0, 1, 3)}, gen{"y", uniform(0, 1, 3)})
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "y", Missing: Impute, Auto: true, TestRatio: 0.5, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	// The test rows' values of a, made large: a median over all rows
	// would rise, the training median must not.
	big := make([]string, 0, tb.Rows())
	isTest := map[int]bool{}
	for _, r := range ds.Test.Rows {
		isTest[r] = true
	}
	var train []float64
	for r := range tb.Rows() {
		cell := tb.Cell(r, 0)
		if isTest[r] && cell != "" {
			cell = "1000" + cell
		}
		if !isTest[r] && cell != "" {
			v, _ := strconv.ParseFloat(cell, 64)
			train = append(train, v)
		}
		big = append(big, cell+","+tb.Cell(r, 1)+","+tb.Cell(r, 2))
	}
	tb2 := mustParse(t, "a,b,y\n"+strings.Join(big, "\n")+"\n")
	ds2, err := Prepare(tb2, Spec{Target: "y", Missing: Impute, Auto: true, TestRatio: 0.5, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(train)
	n := len(train)
	want := (train[(n-1)/2] + train[n/2]) / 2 // the median of the training rows' values
	for _, d := range []*Dataset{ds, ds2} {
		if got := d.Prep.Columns[0].Fill; got != want {
			t.Errorf("fill %v, want the training median %v", got, want)
		}
	}
	missing := 0
	for r := range tb.Rows() {
		if tb.Cell(r, 0) == "" {
			missing++
		}
	}
	if ds.Dropped != 0 || ds.Train.N+ds.Test.N != 200 {
		t.Errorf("dropped %d rows, kept %d: want every row kept", ds.Dropped, ds.Train.N+ds.Test.N)
	}
	if nt := noteOf(ds, "imputed", "a"); nt == nil || nt.N != missing {
		t.Errorf("imputed note %+v, want one counting %d rows", nt, missing)
	}
	if noteOf(ds, "indicator", "a") == nil || !slices.Contains(ds.Inputs, "a (missing)") {
		t.Errorf("inputs %q, notes %+v: want an indicator for a (10 %% missing)", ds.Inputs, ds.Notes)
	}
}

// A column more than half empty is left out, and Use brings it back;
// a categorical one gets a "(missing)" category; only rows without a
// target are dropped.
func TestImputeMostlyEmpty(t *testing.T) {
	text := genTable(100, gen{"deck", sometimes(0.77, pick("A", "B", "C"))}, gen{"port", sometimes(0.1, pick("S", "C", "Q"))},
		gen{"x", uniform(0, 1, 3)}, gen{"y", sometimes(0.05, uniform(0, 1, 3))})
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "y", Missing: Impute, Auto: true, TestRatio: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	if nt := noteOf(ds, "left-out-empty", "deck"); nt == nil || slices.Contains(ds.Prep.Features(), "deck") {
		t.Errorf("features %q, notes %+v: want deck left out", ds.Prep.Features(), ds.Notes)
	}
	if !slices.Contains(ds.Inputs, "port=(missing)") {
		t.Errorf("inputs %q: want port=(missing)", ds.Inputs)
	}
	noTarget := 0
	for r := range tb.Rows() {
		if tb.Cell(r, 3) == "" {
			noTarget++
		}
	}
	if ds.Dropped != noTarget {
		t.Errorf("dropped %d, want the %d rows without a target", ds.Dropped, noTarget)
	}
	ds, err = Prepare(tb, Spec{Target: "y", Missing: Impute, Auto: true, TestRatio: 0.2, Use: []string{"deck"}})
	if err != nil || !slices.Contains(ds.Prep.Features(), "deck") {
		t.Errorf("with Use: %v, features %v; want deck used", err, ds.Prep.Features())
	}
}

func TestParseTime(t *testing.T) {
	const day = 86400
	tests := []struct {
		Name    string
		Input   string
		Seconds float64 // since 1970-01-01 00:00 UTC, worked out by hand (2019-03-23 is day 17,978)
		OK      bool
	}{
		{"epoch", "1970-01-01", 0, true},
		{"date", "2019-03-23", 17978 * day, true},
		{"space", "2019-03-23 20:21:09", 17978*day + 20*3600 + 21*60 + 9, true},
		{"T and Z", "2019-03-23T20:21:09Z", 17978*day + 20*3600 + 21*60 + 9, true},
		{"UTC", "2019-03-23 20:21:09 UTC", 17978*day + 20*3600 + 21*60 + 9, true},
		{"other zone", "2019-03-23 20:21:09 CET", 0, false},
		{"minutes", "2019-03-23 06:00", 17978*day + 6*3600, true},
		{"fraction", "2019-03-23T12:00:00.500", 17978*day + 12*3600 + 0.5, true},
		{"offset", "2019-03-23T02:00:00+02:00", 17978 * day, true},
		{"offset without colon", "2019-03-22T22:00:00-0200", 17978 * day, true},
		{"slashes", "2019/03/23", 17978 * day, true},
		{"one-digit month and day", "2019-3-5", 17960 * day, true},
		{"leap day", "2020-02-29", 18321 * day, true},
		{"before 1970", "1969-12-31", -day, true},
		{"no 30 February", "2019-02-30", 0, false},
		{"no 29 February 2019", "2019-02-29", 0, false},
		{"month 13", "2019-13-01", 0, false},
		{"hour 25", "2019-03-23 25:00", 0, false},
		{"word", "yesterday", 0, false},
		{"number", "20190323", 0, false},
		{"trailing text", "2019-03-23 noon", 0, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			sec, ok := parseTime(tt.Input)
			if ok != tt.OK || ok && sec != tt.Seconds {
				t.Errorf("parseTime(%q) = %v, %v; want %v, %v", tt.Input, sec, ok, tt.Seconds, tt.OK)
			}
		})
	}
}

// Dates with the year last, in a column's layout.
func TestParseTimeLayout(t *testing.T) {
	const day = 86400
	tests := []struct {
		Input, Layout string
		Seconds       float64 // 2019-03-23 is day 17,978 after 1970-01-01
		OK            bool
	}{
		{"3/23/2019", layoutMDY, 17978 * day, true},
		{"03/23/2019 20:21", layoutMDY, 17978*day + 20*3600 + 21*60, true},
		{"23/03/2019", layoutDMY, 17978 * day, true},
		{"23.03.2019", layoutDMY, 17978 * day, true},
		{"23-3-2019", layoutDMY, 17978 * day, true},
		{"2019-03-23", layoutDMY, 17978 * day, true}, // ISO in any layout
		{"23/03/2019", layoutMDY, 0, false},          // no month 23
		{"3/23/2019", layoutISO, 0, false},
		{"3/23/19", layoutMDY, 0, false},
	}
	for _, tt := range tests {
		sec, ok := parseTimeLayout(tt.Input, tt.Layout)
		if ok != tt.OK || ok && sec != tt.Seconds {
			t.Errorf("parseTimeLayout(%q, %q) = %v, %v; want %v, %v", tt.Input, tt.Layout, sec, ok, tt.Seconds, tt.OK)
		}
	}
}

// A column's layout follows its dates: a day above 12 in front means day
// first, one in the middle month first; dots mean day first; a column with
// both is no dates.
func TestTimeColumnLayout(t *testing.T) {
	tests := []struct {
		Name   string
		Cells  func(r int) string
		Layout string
		Time   bool
	}{
		{"US", func(r int) string { return fmt.Sprintf("%d/%d/2020", 1+r%12, 1+r%28) }, layoutMDY, true},
		{"UK", func(r int) string { return fmt.Sprintf("%d/%d/2020", 1+r%28, 1+r%12) }, layoutDMY, true},
		{"German", func(r int) string { return fmt.Sprintf("%02d.%02d.2020", 1+r%12, 1+r%12) }, layoutDMY, true},
		{"both", func(r int) string {
			if r == 0 {
				return "13/1/2020"
			}
			return fmt.Sprintf("%d/%d/2020", 1+r%12, 13+r%15)
		}, "", false},
	}
	for _, tt := range tests {
		var b strings.Builder
		b.WriteString("when,y\n")
		for r := range 60 {
			fmt.Fprintf(&b, "%s,%d\n", tt.Cells(r), r%3)
		}
		tb := mustParse(t, b.String())
		p := tb.profileColumn(0, nil)
		if p.time != tt.Time || p.time && p.layout != tt.Layout {
			t.Errorf("%s: time %v, layout %q; want %v, %q", tt.Name, p.time, p.layout, tt.Time, tt.Layout)
		}
	}
}

// The parts of a time: hour, weekday (Monday 0) and month (January 1).
func TestTimeParts(t *testing.T) {
	tests := []struct {
		Input                string
		Hour, Weekday, Month float64
	}{
		{"1970-01-01", 0, 3, 1}, // a Thursday
		{"2019-03-23 20:21:09", 20, 5, 3},
		{"2019-12-31 23:59:59", 23, 1, 12},
		{"1969-12-31 07:00", 7, 2, 12},
		{"2024-02-29 00:00", 0, 3, 2},
	}
	for _, tt := range tests {
		sec, ok := parseTime(tt.Input)
		if !ok {
			t.Fatalf("parseTime(%q) failed", tt.Input)
		}
		if h, w, m := timePart(sec, "hour"), timePart(sec, "weekday"), timePart(sec, "month"); h != tt.Hour || w != tt.Weekday || m != tt.Month {
			t.Errorf("%q: hour %v, weekday %v, month %v; want %v, %v, %v", tt.Input, h, w, m, tt.Hour, tt.Weekday, tt.Month)
		}
	}
}

// A timestamp column becomes numbers, never a reason to refuse the table.
func TestTimestampColumn(t *testing.T) {
	text := genTable(3000, gen{"pickup", func(r int, rng *rand.Rand) string {
		return fmt.Sprintf("2019-03-%02d %02d:%02d:%02d", 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60))
	}}, gen{"distance", uniform(0, 20, 2)}, gen{"fare", uniform(3, 60, 2)})
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "fare", Missing: Impute, Auto: true, TestRatio: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	nt := noteOf(ds, "timestamp", "pickup")
	if nt == nil || nt.N < 2 || !slices.Contains(ds.Inputs, "pickup hour") {
		t.Fatalf("inputs %q, notes %+v: want pickup as its time and hour", ds.Inputs, ds.Notes)
	}
	// Dates with a word among them: left out, with the word.
	mixed := genTable(300, gen{"due", func(r int, _ *rand.Rand) string {
		if r%50 == 7 {
			return "soon"
		}
		return fmt.Sprintf("2019-04-%02d", 1+r%30)
	}}, gen{"distance", uniform(0, 20, 2)}, gen{"fare", uniform(3, 60, 2)})
	dm, err := Prepare(mustParse(t, mixed), Spec{Target: "fare", Missing: Impute, Auto: true, TestRatio: 0.2})
	if nt := noteOf(dm, "left-out-time", "due"); err != nil || nt == nil || nt.Value != "soon" {
		t.Errorf("dates with a word: %v, notes %+v; want due left out, quoting soon", err, dm.Notes)
	}
	// Dates as the US writes them: a Timestamp of layout mdy, read so for
	// new rows too.
	us := genTable(300, gen{"day", func(r int, _ *rand.Rand) string { return fmt.Sprintf("%d/%d/2020", 1+r%12, 1+r%28) }},
		gen{"fare", uniform(3, 60, 2)})
	du, err := Prepare(mustParse(t, us), Spec{Target: "fare", Missing: Impute, Auto: true, TestRatio: 0.2})
	if err != nil || du.Prep.Columns[0].Kind != Timestamp || du.Prep.Columns[0].Layout != layoutMDY {
		t.Fatalf("US dates: %v, columns %+v", err, du.Prep.Columns)
	}
	if x, _, err := du.Prep.Transform(mustParse(t, "day\n12/31/2020\n")); err != nil || len(x) != du.Dim {
		t.Errorf("a new US date: %v, %v", x, err)
	}
	// The same row through Transform gives the same inputs.
	x, _, err := ds.Prep.Transform(tb)
	if err != nil {
		t.Fatal(err)
	}
	r := ds.Train.Rows[0]
	if got, want := x[r*ds.Dim:(r+1)*ds.Dim], ds.Train.X[:ds.Dim]; !slices.Equal(got, want) {
		t.Errorf("Transform gives %v, Prepare %v", got, want)
	}
}

// A column that is the target written again is named in a leak note:
// titanic's alive (yes/no) beside survived (1/0), a score whose ranges per
// class do not overlap, a price in thousands beside the price.
func TestLeak(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	var alive, thr, reg strings.Builder
	alive.WriteString("survived,age,alive,fare\n")
	thr.WriteString("score,other,label\n")
	reg.WriteString("rooms,price_k,price\n")
	for range 200 {
		s := rng.IntN(2)
		fmt.Fprintf(&alive, "%d,%d,%s,%.2f\n", s, 1+rng.IntN(80), [...]string{"no", "yes"}[s], 100*rng.Float64())
		v := rng.Float64()
		fmt.Fprintf(&thr, "%.4f,%.3f,%s\n", v, rng.Float64(), map[bool]string{true: "high", false: "low"}[v > 0.6])
		p := 100 + 900*rng.Float64()
		fmt.Fprintf(&reg, "%d,%.3f,%.0f\n", 1+rng.IntN(6), p, p*1000)
	}
	tests := []struct {
		Name, Text, Target, Leak string
	}{
		{"same partition", alive.String(), "survived", "alive"},
		{"perfect threshold", thr.String(), "label", "score"},
		{"regression copy", reg.String(), "price", "price_k"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			ds, err := Prepare(mustParse(t, tt.Text), Spec{Target: tt.Target, Missing: Impute, Auto: true, Leaks: true, TestRatio: 0.2})
			if err != nil {
				t.Fatal(err)
			}
			var leaks []string
			for _, n := range ds.Notes {
				if n.Kind == "leak" {
					leaks = append(leaks, n.Name)
				}
			}
			if !slices.Equal(leaks, []string{tt.Leak}) {
				t.Errorf("leaks %q, want %q", leaks, tt.Leak)
			}
		})
	}
}

// Whole-number labels with few values are classes, unless AsNumbers.
func TestIntegerLabelsAsClasses(t *testing.T) {
	text := genTable(300, gen{"a", uniform(0, 1, 3)}, gen{"b", intIn(0, 16)}, gen{"digit", intIn(0, 9)})
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "digit", Missing: Impute, Auto: true, TestRatio: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Task != Multiclass || len(ds.Classes) != 10 || noteOf(ds, "as-classes", "digit") == nil {
		t.Errorf("task %v, classes %q, notes %+v: want 10 classes and an as-classes note", ds.Task, ds.Classes, ds.Notes)
	}
	for _, s := range []Spec{{Target: "digit", TestRatio: 0.2}, {Target: "digit", Auto: true, AsNumbers: true, TestRatio: 0.2}} {
		if ds, err := Prepare(tb, s); err != nil || ds.Task != Regression {
			t.Errorf("%+v: task %v, %v; want regression", s, ds.Task, err)
		}
	}
	// Values with decimals, or each seen about once, stay numbers.
	for _, text := range []string{
		genTable(300, gen{"a", uniform(0, 1, 3)}, gen{"y", uniform(0, 9, 1)}),
		genTable(30, gen{"a", uniform(0, 1, 3)}, gen{"y", intIn(0, 19)}),
	} {
		if ds, err := Prepare(mustParse(t, text), Spec{Target: "y", Auto: true, TestRatio: 0.2}); err != nil || ds.Task != Regression {
			t.Errorf("task %v, %v; want regression", ds.Task, err)
		}
	}
}

// A categorical input with 1,000 values keeps its most frequent ones and
// "(other)"; a row with an unseen value goes to "(other)" too.
func TestTopCategories(t *testing.T) {
	text := genTable(20000, gen{"shop", func(_ int, rng *rand.Rand) string {
		return "s" + strconv.Itoa(int(1000*rng.Float64()*rng.Float64())) // small numbers are frequent
	}}, gen{"x", uniform(0, 1, 3)}, gen{"y", uniform(0, 1, 3)})
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "y", Missing: Impute, Auto: true, TestRatio: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	cats := ds.Prep.Columns[0].Categories
	if len(cats) != MaxKept+1 || cats[len(cats)-1] != "(other)" || !slices.Contains(cats, "s0") {
		t.Errorf("%d categories %q…, want %d most frequent and (other)", len(cats), cats[:min(5, len(cats))], MaxKept)
	}
	if nt := noteOf(ds, "top-k", "shop"); nt == nil || nt.N != MaxKept || nt.Of < 900 {
		t.Fatalf("top-k note %+v", nt)
	}
	x, _, err := ds.Prep.Transform(mustParse(t, "shop,x\ns999999,0.5\n"))
	if err != nil || x[MaxKept] != 1 {
		t.Errorf("unseen category: %v, %v; want it in (other)", x, err)
	}
	// Without Auto every value is a category, as before.
	distinct := noteOf(ds, "top-k", "shop").Of
	if ds, err := Prepare(tb, Spec{Target: "y", TestRatio: 0.2}); err != nil || len(ds.Prep.Columns[0].Categories) != distinct {
		t.Errorf("without Auto: %v, %d categories; want all %d", err, len(ds.Prep.Columns[0].Categories), distinct)
	}
}

// Identifier and name columns are left out, with a note; Use brings one
// back.
func TestLeftOutColumns(t *testing.T) {
	text := genTable(200, gen{"passenger_id", func(r int, _ *rand.Rand) string { return strconv.Itoa(1 + r) }},
		gen{"name", func(r int, rng *rand.Rand) string { return "Smith Mr. John " + strconv.Itoa(rng.IntN(100000)) }},
		gen{"code", func(r int, _ *rand.Rand) string { return "A" + strconv.Itoa(r*7919%100003) }},
		gen{"age", uniform(1, 80, 0)}, gen{"body_mass_index", uniform(18, 40, 4)}, gen{"y", pick("a", "b")})
	tb := mustParse(t, text)
	ds, err := Prepare(tb, Spec{Target: "y", Missing: Impute, Auto: true, TestRatio: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	if f := ds.Prep.Features(); !slices.Equal(f, []string{"age", "body_mass_index"}) {
		t.Errorf("features %q, want age and body_mass_index", f)
	}
	for _, k := range [][2]string{{"left-out-id", "passenger_id"}, {"left-out-name", "name"}, {"left-out-id", "code"}} {
		if noteOf(ds, k[0], k[1]) == nil {
			t.Errorf("no %s note for %s in %+v", k[0], k[1], ds.Notes)
		}
	}
	ds, err = Prepare(tb, Spec{Target: "y", Missing: Impute, Auto: true, TestRatio: 0.2, Use: []string{"passenger_id"}})
	if err != nil || !slices.Equal(ds.Prep.Features(), []string{"passenger_id", "age", "body_mass_index"}) {
		t.Errorf("with Use: %v %q", err, ds.Prep.Features())
	}
}

// The version-3 rules work under every missing-value policy: a timestamp
// with gaps, a 200-value category and an integer label, with DropRows,
// FillMean and Impute; new rows encode as the training rows did.
func TestAutoPolicies(t *testing.T) {
	text := genTable(2000, gen{"when", sometimes(0.05, func(_ int, rng *rand.Rand) string {
		return fmt.Sprintf("2020-%02d-%02dT%02d:00:00Z", 1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(24))
	})}, gen{"shop", sometimes(0.05, func(_ int, rng *rand.Rand) string { return "s" + strconv.Itoa(rng.IntN(200)) })},
		gen{"x", sometimes(0.05, uniform(0, 1, 3))}, gen{"y", intIn(1, 4)})
	tb := mustParse(t, text)
	for _, m := range []Missing{DropRows, FillMean, Impute} {
		t.Run(m.String(), func(t *testing.T) {
			ds, err := Prepare(tb, Spec{Target: "y", Missing: m, Auto: true, TestRatio: 0.2})
			if err != nil {
				t.Fatal(err)
			}
			if ds.Task != Multiclass || ds.Prep.Columns[0].Kind != Timestamp || !ds.Prep.Columns[1].Other {
				t.Errorf("task %v, columns %+v", ds.Task, ds.Prep.Columns)
			}
			x, _, err := ds.Prep.Transform(tb)
			if m == DropRows {
				return // rows with a gap are an error for Transform
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range ds.Train.Rows {
				if got, want := x[r*ds.Dim:(r+1)*ds.Dim], ds.Train.X[i*ds.Dim:(i+1)*ds.Dim]; !slices.Equal(got, want) {
					t.Fatalf("row %d: Transform %v, Prepare %v", r, got, want)
				}
			}
		})
	}
}
