package e2e

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/nnplayground/playground/core/session"
)

// wineLike is a table shaped like UCI wine: 13 numeric columns and three
// classes, 178 rows, drawn from a seeded source so every run sees the same,
// about as separable as wine (a linear model gets 0.98 test accuracy).
func wineLike() string {
	r := rand.New(rand.NewPCG(13, 178))
	var b strings.Builder
	for i := range 13 {
		fmt.Fprintf(&b, "m%02d,", i+1)
	}
	b.WriteString("cultivar\n")
	for row := range 178 {
		c := row % 3
		for i := range 13 {
			v := 10*float64(i+1) + 4*float64(c)*math.Sin(float64(i+c)) + 2*r.NormFloat64()
			fmt.Fprintf(&b, "%.2f,", v)
		}
		fmt.Fprintf(&b, "c%d\n", c+1)
	}
	return b.String()
}

// coreLoop are the controls and views of the core loop that must be on
// the first screen at 1366×768: the run bar and readouts, the learning
// rate, the data choice, the network and an output.
var coreLoop = []string{"dataset-select", "network", "train", "step", "reset", "epoch",
	"train-loss", "test-loss", "train-metric", "test-metric", "learning-rate"}

// offScreenJS lists the ids (of those given) whose box is not wholly inside
// the viewport at scroll 0, with their box; "#a|#b" passes when either is in.
const offScreenJS = `((ids) => {
	window.scrollTo(0, 0);
	const W = innerWidth, H = innerHeight, out = [];
	for (const alt of ids) {
		const boxes = alt.split("|").map(id => {
			const e = document.getElementById(id);
			if (!e) return id + " missing";
			const r = e.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) return id + " not shown";
			if (r.left < 0 || r.top < 0 || r.right > W + 0.5 || r.bottom > H + 0.5) return id + " at " + [r.left, r.top, r.right, r.bottom].map(Math.round).join(",");
			return "";
		});
		if (!boxes.includes("")) out.push(boxes.join(" / "));
	}
	return out;
})`

func offScreen(t *testing.T, ctx context.Context, ids []string) []string {
	t.Helper()
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = strconv.Quote(id)
	}
	return eval[[]string](t, ctx, offScreenJS+"(["+strings.Join(q, ",")+"])")
}

// TestFirstScreen: at 1366×768 the core loop fits the first screen with the
// default data and after pasting a 13-column table; on a projector (1024×768
// at 150 %, 683×512 CSS px) Train, the network, the epoch and the test
// metric do. Screenshots of both go to docs/.
func TestFirstScreen(t *testing.T) {
	ctx := openPage(t)
	want := append(coreLoop[:len(coreLoop):len(coreLoop)], "boundary|loss-chart")
	if off := offScreen(t, ctx, want); len(off) > 0 {
		t.Errorf("1366×768, default data: not on the first screen: %q", off)
	}
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 150`, 60*time.Second, "150 epochs")
	click(t, ctx, "train")
	shoot(t, ctx, "screen-1366.png")

	loadText(t, ctx, wineLike())
	waitFor(t, ctx, `/\b178\b/.test(`+textJS("data-summary")+`) && /\b13 inputs\b/.test(`+textJS("data-summary")+`)`, 20*time.Second, "the 13-column table")
	if off := offScreen(t, ctx, want); len(off) > 0 {
		t.Errorf("1366×768, 13 columns: not on the first screen: %q", off)
	}

	p := newBrowser(t)
	if err := chromedp.Do(p, chromedp.EmulateViewport(683, 512, chromedp.EmulateScale(1.5)), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, p, readyJS, 30*time.Second, "the UI")
	waitFor(t, p, loadedJS, 30*time.Second, "the data")
	if off := offScreen(t, p, []string{"train", "network", "epoch", "test-metric"}); len(off) > 0 {
		t.Errorf("projector (683×512 CSS px): not on the first screen: %q", off)
	}
	click(t, p, "train")
	waitFor(t, p, epochJS+` >= 150`, 60*time.Second, "150 epochs on the projector")
	click(t, p, "train")
	shootAny(t, p, "screen-projector.png")
}

// tabTo presses Tab until the element with the id has the focus, and
// returns the number of presses, or -1 after max.
func tabTo(t *testing.T, ctx context.Context, id string, max int) int {
	t.Helper()
	for n := 1; n <= max; n++ {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		if eval[string](t, ctx, `document.activeElement?.id ?? ""`) == id {
			return n
		}
	}
	return -1
}

// visibleControlsJS lists the controls a keyboard user can reach now:
// focusable, shown (not in a closed panel) and enabled.
const visibleControlsJS = `[...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")]
	.filter(e => !e.disabled && e.checkVisibility({visibilityProperty: true}) && e.tabIndex >= 0)
	.map((e, i) => e.id || (e.tagName + "#" + i))`

// TestKeyboardFirst: from page load Train is reached within 5 Tab presses;
// with a 13-column table every visible control is reached within one
// round of Tab presses (as many as the controls, and 5 more); Space
// after a mouse click on + trains instead of adding a neuron, while Space on
// a button reached with Tab presses it.
func TestKeyboardFirst(t *testing.T) {
	ctx := openPage(t)
	if n := tabTo(t, ctx, "train", 5); n < 0 {
		t.Errorf("Train is not reached within 5 Tab presses from page load (the focus is on %q)", eval[string](t, ctx, `document.activeElement?.id ?? document.activeElement?.tagName`))
	} else {
		t.Logf("Train reached after %d Tab presses", n)
	}

	loadText(t, ctx, wineLike())
	waitFor(t, ctx, `/\b13 inputs\b/.test(`+textJS("data-summary")+`)`, 20*time.Second, "the 13-column table")
	eval[chromedp.Void](t, ctx, `document.activeElement?.blur(), window.scrollTo(0, 0)`)
	want := eval[[]string](t, ctx, visibleControlsJS)
	seen := map[string]int{}
	presses := len(want) + 5
	for n := 1; n <= presses && len(seen) < len(want); n++ {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		id := eval[string](t, ctx, `(() => { const e = document.activeElement; const all = `+visibleControlsJS+`; const i = [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")].filter(e => !e.disabled && e.checkVisibility({visibilityProperty: true}) && e.tabIndex >= 0).indexOf(e); return i >= 0 ? all[i] : ""; })()`)
		if _, ok := seen[id]; !ok && id != "" {
			seen[id] = n
		}
	}
	var missed []string
	for _, id := range want {
		if _, ok := seen[id]; !ok {
			missed = append(missed, id)
		}
	}
	t.Logf("13 columns: %d visible controls, %d reached within %d Tab presses", len(want), len(seen), presses)
	if len(missed) > 0 {
		t.Errorf("not reached within %d Tab presses: %q (of %d visible controls %q)", presses, missed, len(want), want)
	}

	// Space after a mouse click on + trains; the click itself added one neuron.
	setValue(t, ctx, "dataset-select", "circle")
	waitFor(t, ctx, epochJS+` === 0 && /\b2 inputs\b/.test(`+textJS("data-summary")+`)`, 20*time.Second, "the circle")
	before := value(t, ctx, "layers")
	if err := chromedp.Do(ctx, chromedp.Click("#more-0")); err != nil { // a real mouse click
		t.Fatal(err)
	}
	waitFor(t, ctx, elem("layers")+`.value !== `+js(before), 10*time.Second, "one more neuron after the click on +")
	afterClick := eval[string](t, ctx, elem("layers")+`.value`)
	waitFor(t, ctx, epochJS+` === 0 && !`+elem("train")+`.disabled`, 20*time.Second, "the new network")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, epochJS+` > 5`, 20*time.Second, "training after Space")
	if got := eval[string](t, ctx, elem("layers")+`.value`); got != afterClick {
		t.Errorf("Space after clicking + changed the layers from %q to %q, want it to train only", afterClick, got)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false"`, 10*time.Second, "paused by the second Space")

	// Space on a button reached with the keyboard presses that button.
	eval[chromedp.Void](t, ctx, elem("train")+`.focus()`)
	if n := tabTo(t, ctx, "step", 10); n < 0 {
		t.Fatalf("no Tab from #train reaches #step")
	}
	if n := tabTo(t, ctx, "more-0", 40); n < 0 {
		t.Fatalf("Tab does not reach #more-0")
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, elem("layers")+`.value !== `+js(afterClick), 10*time.Second, "Space on + reached with Tab adds a neuron")
	if eval[string](t, ctx, elem("train")+`.getAttribute("aria-pressed")`) == "true" {
		t.Errorf("Space on + reached with Tab started training")
	}
}

// TestLiveLearningRate: changing the learning rate while the network trains
// keeps the epoch counter going, the next epochs use the new rate (the
// losses equal the native core's run tuned at the epoch the page reports),
// and an invalid value is marked on the field while training keeps the last
// valid one.
func TestLiveLearningRate(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "spiral")
	waitFor(t, ctx, epochJS+` === 0 && `+elem("dataset-select")+`.value === "spiral"`, 20*time.Second, "the spiral")
	setValue(t, ctx, "speed", "100")
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 40`, 30*time.Second, "40 epochs")
	e0 := eval[float64](t, ctx, epochJS)
	setValue(t, ctx, "learning-rate", "0.3")
	waitFor(t, ctx, `document.getElementById("tune-note") !== null`, 10*time.Second, "#tune-note")
	at := eval[int](t, ctx, `Number(document.getElementById("tune-note").dataset.epoch)`)
	if float64(at) < e0 {
		t.Errorf("the change applies from epoch %d, before the epoch %v shown when it was made", at, e0)
	}
	// An invalid value: marked on the field, the old value kept.
	setValue(t, ctx, "learning-rate", "-2")
	waitFor(t, ctx, elem("learning-rate")+`.getAttribute("aria-invalid") === "true"`, 5*time.Second, "#learning-rate marked invalid after -2")
	msg := text(t, ctx, "learning-rate-error")
	if !strings.Contains(msg, "0.3") {
		t.Errorf("#learning-rate-error = %q, want it to name the rate still in use, 0.3", msg)
	}
	waitFor(t, ctx, epochJS+fmt.Sprintf(` >= %d`, at+40), 30*time.Second, "40 epochs after the change")
	n := pauseTraining(t, ctx) // the epoch training stopped at, and its numbers
	if n < at+40 {
		t.Fatalf("epoch %d after the change at %d: the counter went back", n, at)
	}
	got, err := strconv.ParseFloat(eval[string](t, ctx, elem("train-loss")+`.dataset.value`), 64)
	if err != nil {
		t.Fatal(err)
	}
	s := session.Default()
	s.Dataset = "spiral"
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := session.Build(s)
	for e := 1; e <= n; e++ {
		if e == at+1 {
			hot := ses.Settings
			hot.Model.LearningRate = 0.3
			if err := ses.Tune(hot); err != nil {
				t.Fatal(err)
			}
		}
		if err := ses.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		if err := plain.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
	}
	want := ses.Trainer.Stats().TrainLoss
	t.Logf("tuned at epoch %d, paused at %d: page train loss %v, native %v, native without the change %v", at, n, got, want, plain.Trainer.Stats().TrainLoss)
	if got != want {
		t.Errorf("train loss at epoch %d: page %v, native run tuned at epoch %d %v", n, got, at, want)
	}
	if eval[string](t, ctx, elem("learning-rate")+`.getAttribute("aria-invalid") ?? ""`) != "true" {
		t.Errorf("the invalid mark went away while the field still shows %q", eval[string](t, ctx, elem("learning-rate")+`.value`))
	}
	// Arrow up steps along the standard rates: 0.3 → 1, not 0.3 → 1.3.
	setValue(t, ctx, "learning-rate", "0.3")
	eval[chromedp.Void](t, ctx, elem("learning-rate")+`.focus()`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowUp)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, elem("learning-rate")+`.value === "1"`, 5*time.Second, "0.3 → 1 with the arrow key")
}

// TestTouchTargets: on a tablet (768×1024, touch) every visible control is
// at least 24×24 CSS px, and the network's values show on a tap.
func TestTouchTargets(t *testing.T) {
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(768, 1024, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(2)), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the data")
	// Each panel opened is recorded by the store (nnplay-panels), which then
	// measures its canvases; after that, the next frame is drawn.
	eval[chromedp.Void](t, ctx, `window.__opened = [...document.querySelectorAll("section.pg-disclosure[id]")]
		.filter(s => s.querySelector("details")?.open === false).map(s => s.id);
		document.querySelectorAll("details").forEach(d => d.open = true)`)
	waitFor(t, ctx, `window.__opened.every(id => (localStorage.getItem("nnplay-panels") ?? "").split(",").includes(id + "=1"))`,
		10*time.Second, "every panel opened recorded")
	openAllPanels(t, ctx) // and built
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`)
	// A file input is hidden in its label, which is the target.
	small := eval[[]string](t, ctx, `[...document.querySelectorAll("a[href], button, input, select, textarea, summary")]
		.filter(e => e.checkVisibility({visibilityProperty: true}))
		.map(e => { const r = (e.type === "file" && e.labels?.[0] ? e.labels[0] : e).getBoundingClientRect(); return [e.id || e.tagName + " " + e.textContent.trim().slice(0, 30), r.width, r.height]; })
		.filter(([id, w, h]) => w < 24 || h < 24)
		.map(([id, w, h]) => id + " " + Math.round(w) + "×" + Math.round(h))`)
	if len(small) > 0 {
		t.Errorf("controls smaller than 24×24 px on a tablet: %q", small)
	}
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 100`, 60*time.Second, "100 epochs")
	click(t, ctx, "train")
	shootAny(t, ctx, "screen-tablet.png")
}
