package e2e

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ownTableCSV is a table as it comes, 300 rows: an id column, a
// timestamp, a number and a category with missing cells, a count, the
// binary outcome (not the last column), a column 70 % empty, a leak (the
// outcome written as won/lost, under a name that says nothing of outcomes)
// and a last numeric column. The outcome follows
// age, visits and plan through a logistic model with noise, so that a
// linear model and the network both learn it, neither perfectly.
func ownTableCSV() string {
	rng := rand.New(rand.NewPCG(17, 1))
	var b strings.Builder
	b.WriteString("id,signup,age,plan,visits,outcome,notes_score,status,spend\n")
	start := time.Date(2023, 1, 2, 8, 0, 0, 0, time.UTC)
	at := start
	plans := []string{"basic", "pro", "team"}
	effect := map[string]float64{"basic": -0.8, "pro": 0.4, "team": 1}
	for i := range 300 {
		at = at.Add(time.Duration(1+rng.IntN(20)) * time.Hour)
		age := 20 + 50*rng.Float64()
		plan := plans[rng.IntN(3)]
		visits := rng.IntN(12)
		z := 0.07*(age-45) + 0.35*(float64(visits)-5.5) + effect[plan] + rng.NormFloat64()*0.7
		outcome, status := 0, "lost"
		if z > 0 {
			outcome, status = 1, "won"
		}
		ageText, planText, score := strconv.FormatFloat(age, 'f', 1, 64), plan, ""
		if rng.Float64() < 0.08 {
			ageText = ""
		}
		if rng.Float64() < 0.06 {
			planText = ""
		}
		if rng.Float64() < 0.3 {
			score = strconv.Itoa(rng.IntN(10))
		}
		spend := 20 + 3*float64(visits) + 10*rng.Float64()
		fmt.Fprintf(&b, "%d,%s,%s,%s,%d,%d,%s,%s,%.2f\n", 1001+i, at.Format("2006-01-02 15:04:05"),
			ageText, planText, visits, outcome, score, status, spend)
	}
	return b.String()
}

// TestOwnTable pastes ownTableCSV: it loads, the summary counts
// train, validation and test rows and names what was done to the id, the
// timestamp, the mostly empty column and the leak; #target-select, on the
// first screen and clear of other controls at 1366, 1024 and 375 px, has
// chosen outcome; the leak's note has a button that ignores it; Train runs
// to its stop and the test accuracy is at least the linear reference shown
// (#linear-ref) less one test row; the mostly empty column's "use it" brings it
// back as an input.
func TestOwnTable(t *testing.T) {
	ctx := openPage(t)
	loadText(t, ctx, ownTableCSV())
	// (The default circle has 300 points too: wait for this table's columns.)
	waitFor(t, ctx, `/\b300 rows\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === "" && `+
		`[...document.querySelectorAll("#target-select option")].some(o => o.value === "outcome")`, 30*time.Second, "the 300 pasted rows")

	sum := text(t, ctx, "data-summary")
	counts := regexp.MustCompile(`\d+ train / \d+ validation / (\d+) test`).FindStringSubmatch(sum)
	if counts == nil {
		t.Fatalf("#data-summary = %q: no train / validation / test counts", sum)
	}
	testRows, _ := strconv.Atoi(counts[1])
	if got := eval[string](t, ctx, elem("target-select")+`.value`); got != "outcome" {
		t.Errorf("#target-select = %q, want outcome", got)
	}
	checkPicker(t, ctx)

	notes := eval[string](t, ctx, textJS("data-summary")+` + " " + `+textJS("data-notes"))
	for _, col := range []string{"id", "signup", "notes_score", "status", "age", "plan"} {
		if !strings.Contains(notes, `"`+col+`"`) {
			t.Errorf("the summary and its notes do not name %q: %q", col, notes)
		}
	}

	// The leak's note: its button ignores the column.
	leak := noteButtonFor(t, ctx, "status", "ignore it")
	if leak == "" {
		t.Fatalf("no note with an \"ignore it\" button about the leak column status: %q", notes)
	}
	click(t, ctx, leak)
	reveal(t, ctx, "preview")
	waitFor(t, ctx, `document.querySelector("#preview select[aria-label='Role of status']")?.value === "ignore"`, 30*time.Second, "status to be ignored")
	if got := eval[string](t, ctx, elem("target-select")+`.value`); got != "outcome" {
		t.Errorf("#target-select = %q after ignoring the leak, want outcome", got)
	}

	setValue(t, ctx, "speed", "0")
	click(t, ctx, "train")
	waitFor(t, ctx, `document.getElementById("stopped") !== null && `+elem("train")+`.getAttribute("aria-pressed") === "false"`, 240*time.Second, "training to stop on its own")
	acc, err := strconv.ParseFloat(text(t, ctx, "test-metric"), 64)
	if err != nil {
		t.Fatalf("#test-metric: %v", err)
	}
	ref := linearRef(t, ctx)
	t.Logf("test accuracy %v (%s); linear reference %v (%q)", acc, text(t, ctx, "stopped"), ref, text(t, ctx, "linear-ref"))
	// At most one test row below: the outcome is drawn from a logistic
	// model, which no network beats on every split. Natively, over seeds 1
	// to 5, the pasted table's network (session.TableModel) and the linear
	// model both average 0.880 test accuracy here; on seed 1, the page's,
	// the network ends one row of 90 below (0.911 against 0.922).
	if acc < ref-1.5/float64(testRows) {
		t.Errorf("test accuracy %v is more than one test row (of %d) below the linear reference %v", acc, testRows, ref)
	}

	// The mostly empty column's "use it" brings it back as an input.
	use := noteButtonFor(t, ctx, "notes_score", "use it")
	if use == "" {
		t.Fatalf("no note with a \"use it\" button about notes_score: %q", eval[string](t, ctx, textJS("data-notes")))
	}
	click(t, ctx, use)
	waitFor(t, ctx, `document.querySelector("#preview select[aria-label='Role of notes_score']")?.value === "feature" && `+
		`!`+textJS("data-notes")+`.includes('"notes_score" is empty')`, 30*time.Second, "notes_score to be an input")
}

// noteButtonFor is the id of the button labelled label of the note that
// names column col, "" when there is none.
func noteButtonFor(t *testing.T, ctx context.Context, col, label string) string {
	t.Helper()
	return eval[string](t, ctx, `[...document.querySelectorAll("#data-notes li")].
		find(li => li.textContent.includes(`+js(`"`+col+`"`)+`) && li.querySelector("button[id^='note-action-']")?.textContent === `+js(label)+`)?.
		querySelector("button").id ?? ""`)
}

// linearRef is the linear model's test metric that #linear-ref shows: its
// data-value, else the last number in its text.
func linearRef(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	waitFor(t, ctx, textJS("linear-ref")+` !== ""`, 30*time.Second, "the linear reference")
	s := eval[string](t, ctx, elem("linear-ref")+`.dataset.value ?? ""`)
	if s == "" {
		nums := regexp.MustCompile(`-?\d+(\.\d+)?`).FindAllString(text(t, ctx, "linear-ref"), -1)
		if len(nums) == 0 {
			t.Fatalf("#linear-ref %q holds no number", text(t, ctx, "linear-ref"))
		}
		s = nums[len(nums)-1]
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) {
		t.Fatalf("#linear-ref: %q is not a number", s)
	}
	return v
}

// checkPicker checks #target-select at 1366×768, 1024×768 and 375×812: it
// is labelled, enabled and focusable, outside any closed panel, within the
// window's width and clear of every other visible control, and at
// 1366×768 on the first screen.
func checkPicker(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, size := range []struct {
		w, h   int64
		mobile bool
	}{{1024, 768, false}, {375, 812, true}, {viewW, viewH, false}} {
		opts := []chromedp.EmulateViewportOption{}
		if size.mobile {
			opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateScale(2))
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(size.w, size.h, opts...)); err != nil {
			t.Fatal(err)
		}
		what := fmt.Sprintf("at %d×%d", size.w, size.h)
		problem := eval[string](t, ctx, `(() => {
			const s = `+elem("target-select")+`;
			if (s.tagName !== "SELECT") return "it is a " + s.tagName;
			if (s.disabled || s.tabIndex < 0) return "it is not focusable";
			if (s.closest("details:not([open])")) return "it is inside a closed panel";
			if (!s.labels.length || !s.labels[0].textContent.includes("Predict")) return "its label is not Predict";
			const r = s.getBoundingClientRect(), l = s.labels[0].getBoundingClientRect();
			if (r.width < 60 || r.height < 20) return "it is " + r.width + "×" + r.height + " px";
			if (r.left < 0 || r.right > window.innerWidth) return "it leaves the window: " + r.left + ".." + r.right;
			const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
			for (const e of document.querySelectorAll("button, input, select, textarea, summary, canvas, label")) {
				if (e === s || e === s.labels[0] || e.contains(s) || !e.getClientRects().length) continue;
				const o = e.getBoundingClientRect();
				if (meet(r, o) || meet(l, o)) return "it overlaps " + e.tagName + "#" + e.id;
			}
			return "";
		})()`)
		if problem != "" {
			t.Errorf("#target-select %s: %s", what, problem)
		}
	}
	// On a laptop it is on the first screen, without scrolling the page.
	bottom := eval[float64](t, ctx, `window.scrollTo(0, 0), `+elem("target-select")+`.getBoundingClientRect().bottom`)
	if bottom > float64(viewH) {
		t.Errorf("#target-select ends %v px down, below the first screen (%d px)", bottom, viewH)
	}
}
