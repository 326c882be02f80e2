package e2e

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// spreadsheetCSV is a table as a European spreadsheet exports it: a
// "sep=;" line, decimal commas, thousands dots, a euro sign, a row number,
// a name in every row, a 0/1 target and a trailing delimiter.
func spreadsheetCSV() string {
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.WriteString("sep=;\nNr;Name;Größe;Preis;Gewicht;Kauf;\n")
	for i := range 80 {
		size := 1 + 9*rng.Float64()
		price := 500 + 3000*rng.Float64()
		weight := 1000 + 2000*rng.Float64()
		buy := 0
		if size*300 > price {
			buy = 1
		}
		num := func(v float64, dec int) string {
			return strings.ReplaceAll(strconv.FormatFloat(v, 'f', dec, 64), ".", ",")
		}
		thousands := func(v float64) string {
			s := strconv.Itoa(int(v))
			if len(s) > 3 {
				s = s[:len(s)-3] + "." + s[len(s)-3:]
			}
			return s
		}
		fmt.Fprintf(&b, "%d;Kunde %d;%s;%s €;%s;%d;\n", i+1, i, num(size, 2), num(price, 2), thousands(weight), buy)
	}
	return b.String()
}

// TestSpreadsheetExport pastes such a table: it loads as numbers, with
// two classes, and the summary says the row number and the names are left
// out.
// Ignoring them through the preview's role pickers and adding a derived
// input act on this table's columns (go-app keeps an event handler unless
// its scope changes: these once acted on the previous data's columns), and
// the network learns the rule behind the purchases.
func TestSpreadsheetExport(t *testing.T) {
	ctx := openPage(t)
	loadText(t, ctx, spreadsheetCSV())
	waitFor(t, ctx, `/\b80\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`, 20*time.Second, "the 80 pasted rows")
	if got := value(t, ctx, "target-column"); got != "Kauf" {
		t.Errorf("#target-column = %q, want Kauf (the trailing delimiter's empty column is no target)", got)
	}
	warn := eval[string](t, ctx, `document.querySelector(".pg-warn")?.textContent ?? ""`)
	for _, w := range []string{`"Nr" identifies the rows`, `"Name" holds names (80 different values`, `"Preis": numbers written`, `"col7" is empty`} {
		if !strings.Contains(warn, w) {
			t.Errorf("the warnings lack %q: %q", w, warn)
		}
	}
	if !eval[bool](t, ctx, elem("as-classes")+`.checked`) {
		t.Errorf("#as-classes is not ticked for a 0/1 target")
	}
	for _, col := range []string{"Nr", "Name"} {
		id := eval[string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll("#preview select[id^='role-']")].find(s => s.getAttribute("aria-label")?.includes(%q) || s.closest("th")?.textContent.includes(%q))?.id ?? ""`, col, col))
		if id == "" {
			t.Fatalf("no role picker for %s", col)
		}
		setValue(t, ctx, id, "ignore")
		waitFor(t, ctx, `!(document.querySelector(".pg-warn")?.textContent ?? "").includes(`+js(`"`+col+`"`)+`)`, 20*time.Second, "the warning about "+col+" to go")
	}
	if e := eval[string](t, ctx, textJS("data-error")); e != "" {
		t.Fatalf("#data-error = %q after ignoring Nr and Name", e)
	}
	// A derived input of the new data's first numeric input: Größe².
	// The derived-input picker offers the new data's columns.
	if a := value(t, ctx, "derived-a"); a != "Größe" {
		t.Errorf("#derived-a = %q, want the first numeric input Größe", a)
	}
	setValue(t, ctx, "derived-kind", "square")
	click(t, ctx, "derived-add")
	waitFor(t, ctx, `/\b4 inputs\b/.test(`+textJS("data-summary")+`)`, 20*time.Second, "4 inputs with Größe²")
	if l := text(t, ctx, "derived-list"); !strings.Contains(l, "Größe²") {
		t.Errorf("#derived-list = %q, want Größe²", l)
	}
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 200`, 60*time.Second, "200 epochs")
	click(t, ctx, "train")
	r := eval[readouts](t, ctx, readoutsJS)
	acc, err := strconv.ParseFloat(r.TrainMetric, 64)
	if err != nil || !(acc > 0.8) {
		t.Errorf("train accuracy %q after %v epochs, want > 0.8 (readouts %+v)", r.TrainMetric, r.Epoch, r)
	}
	t.Logf("after %v epochs: train accuracy %s, test accuracy %s", r.Epoch, r.TrainMetric, r.TestMetric)
}
