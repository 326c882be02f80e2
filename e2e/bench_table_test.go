//go:build browserbench

package e2e

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// mixedTable returns a seeded table of n rows with the types real tables
// have: an id, a timestamp, numbers with missing cells, a category, a
// mostly empty column and a binary outcome that depends on them.
func mixedTable(n int) string {
	r := rand.New(rand.NewPCG(50_000, 17))
	var b strings.Builder
	b.WriteString("id,signup,age,income,visits,city,coupon,outcome\n")
	cities := []string{"Lisbon", "Porto", "Madrid", "Lyon", "Turin", "Ghent"}
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		age := 18 + r.Float64()*60
		income := math.Exp(10 + 0.5*r.NormFloat64())
		visits := r.IntN(40)
		city := r.IntN(len(cities))
		z := 0.04*(age-45) + 0.00002*(income-25000) + 0.05*float64(visits-20) + 0.3*float64(city%3-1) + 0.7*r.NormFloat64()
		out := "no"
		if z > 0 {
			out = "yes"
		}
		cell := func(p float64, s string) string {
			if r.Float64() < p {
				return ""
			}
			return s
		}
		fmt.Fprintf(&b, "U%06d,%s,%s,%s,%d,%s,%s,%s\n", 100000+i,
			start.Add(time.Duration(r.IntN(3*365*24*3600))*time.Second).Format(time.DateTime),
			cell(0.05, fmt.Sprintf("%.0f", age)), cell(0.1, fmt.Sprintf("%.2f", income)), visits, cities[city],
			cell(0.9, fmt.Sprintf("X%d", r.IntN(100))), out)
	}
	return b.String()
}

// benchTable50k pastes a 50,000-row table of mixed types and measures, in
// the page, the time from Load to the summary and from Train to the stop
// rules ending the run (the goals: at most 3 s and 20 s on this machine).
func benchTable50k(t *testing.T, r *benchReport) {
	const rows = 50_000
	table := mixedTable(rows)
	ctx := openPage(t)
	eval[bool](t, ctx, `window.__big = `+js(table)+`; true`)
	var loads, trains, epochs []float64
	for run := range 3 {
		if run > 0 {
			click(t, ctx, "reset")
			waitFor(t, ctx, epochJS+` === 0 && `+elem("train")+`.getAttribute("aria-pressed") === "false"`, 60*time.Second, "epoch 0 after reset")
		}
		// Load: from the click to the summary of the 50,000 rows.
		eval[bool](t, ctx, `(() => {
			const e = `+elem("data-input")+`;
			e.value = window.__big + (`+js(strings.Repeat("\n", run))+`); // a new text each run: parsed again
			e.dispatchEvent(new Event("input", {bubbles: true}));
			window.__t0 = performance.now();
			`+elem("data-load")+`.click();
			return true;
		})()`)
		waitFor(t, ctx, `/50,?000 rows/.test(`+textJS("data-summary")+`) && `+epochJS+` === 0`, 60*time.Second, "the 50,000-row summary")
		loads = append(loads, eval[float64](t, ctx, `performance.now() - window.__t0`))
		// Train: from the click to the stop rules' stop.
		eval[bool](t, ctx, `window.__t1 = performance.now(); `+elem("train")+`.click(); true`)
		waitFor(t, ctx, `document.getElementById("stopped") !== null && `+elem("train")+`.getAttribute("aria-pressed") === "false"`,
			5*time.Minute, "the stop rules to end training")
		trains = append(trains, eval[float64](t, ctx, `performance.now() - window.__t1`))
		epochs = append(epochs, eval[float64](t, ctx, epochJS))
	}
	summary := text(t, ctx, "data-summary")
	r.add(t, "page  table 50,000 rows × 8 mixed columns (%s), %.1f MB: load %s ms (median %.0f, goal 3,000); Train to the stop rules' stop %s ms (median %.0f, goal 20,000) at epochs %s; test %s, linear reference %s",
		summary, float64(len(table))/(1<<20), msList(loads), median(loads), msList(trains), median(trains), list(epochs, "%.0f"),
		eval[string](t, ctx, `document.getElementById("test-metric")?.textContent ?? ""`),
		eval[string](t, ctx, `document.getElementById("linear-ref")?.textContent ?? ""`))
}
