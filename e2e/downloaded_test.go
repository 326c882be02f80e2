package e2e

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/session"
)

// weatherLog is a weather station's log as a spreadsheet exports it:
// tab-separated, a byte-order mark and CRLF, dates with the day first,
// times of day, pressures with thousands separators (1,013.2), humidity
// in percent, "-" and "#N/A" for no value, an empty row, and the outcome
// last as TRUE or FALSE.
func weatherLog() string {
	rng := rand.New(rand.NewPCG(11, 7))
	var b strings.Builder
	b.WriteString("\ufeffDate\tTime\tTemp (°C)\tPressure (hPa)\tHumidity\tWind (km/h)\tRain Tomorrow\r\n")
	for i := range 240 {
		if i == 120 {
			b.WriteString("\t\t\t\t\t\t\r\n")
		}
		hum := 20 + 80*rng.Float64()
		wind := fmt.Sprintf("%.1f", 60*rng.Float64())
		switch i % 23 {
		case 5:
			wind = "-"
		case 17:
			wind = "#N/A"
		}
		rain := "FALSE"
		if hum+15*rng.NormFloat64() > 70 {
			rain = "TRUE"
		}
		fmt.Fprintf(&b, "%02d/%02d/2021\t%02d:%s\t%.1f\t\"%s\"\t%.0f%%\t%s\t%s\r\n", 1+i%28, 1+i/28%12, rng.IntN(24), [...]string{"00", "30"}[rng.IntN(2)],
			-5+40*rng.Float64(), thousands(990+40*rng.Float64()), hum, wind, rain)
	}
	return b.String()
}

// thousands writes v with one decimal and a comma between thousands.
func thousands(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	if len(s) > 5 {
		s = s[:len(s)-5] + "," + s[len(s)-5:]
	}
	return s
}

// TestDownloadedTable pastes weatherLog: it loads without a data error,
// the outcome (the last column) is the target, the pressures and the
// humidity are numbers (not one category per value), the times of day
// are one input and the dates three, as the engine natively prepares the
// same text (session.Pasted); Train trains it.
func TestDownloadedTable(t *testing.T) {
	log := weatherLog()
	ss, err := session.Build(session.Pasted(session.Default(), log))
	if err != nil {
		t.Fatal(err)
	}
	sum := ss.Summary()
	for _, in := range []string{"Time", "Pressure (hPa)", "Humidity", "Date", "Date weekday", "Date month"} {
		if !slices.Contains(sum.Inputs, in) {
			t.Fatalf("natively: inputs %q, want %q among them", sum.Inputs, in)
		}
	}
	if sum.Target != "Rain Tomorrow" || len(sum.Inputs) > 10 {
		t.Fatalf("natively: target %q, %d inputs %q", sum.Target, len(sum.Inputs), sum.Inputs)
	}

	ctx := openPage(t)
	loadText(t, ctx, log)
	waitFor(t, ctx, `[...document.querySelectorAll("#target-select option")].some(o => o.value === "Rain Tomorrow")`, 30*time.Second, "the weather log")
	if e := text(t, ctx, "data-error"); e != "" {
		t.Fatalf("#data-error = %q", e)
	}
	if got := eval[string](t, ctx, elem("target-select")+`.value`); got != "Rain Tomorrow" {
		t.Errorf("#target-select = %q, want Rain Tomorrow", got)
	}
	s := text(t, ctx, "data-summary")
	if want := fmt.Sprintf("%d inputs", len(sum.Inputs)); !strings.Contains(s, want) {
		t.Errorf("#data-summary = %q, want %q as natively (%q)", s, want, sum.Inputs)
	}
	notes := eval[string](t, ctx, textJS("data-summary")+` + " " + `+textJS("data-notes"))
	if !strings.Contains(notes, `"Time"`) || !strings.Contains(notes, "times of day") {
		t.Errorf("the notes do not say that Time holds times of day: %q", notes)
	}
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 20`, 60*time.Second, "20 epochs of the weather log")
}
