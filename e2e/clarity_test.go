package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// mapColoursJS counts the distinct colours in the first hidden neuron's
// map on #network (data-map0 is its centre and half side, in CSS px).
const mapColoursJS = `(c => {
	const [x, y, h] = c.dataset.map0.split(",").map(Number), k = c.width / c.clientWidth;
	const d = c.getContext("2d").getImageData(Math.round((x - h + 2) * k), Math.round((y - h + 2) * k), Math.round((2 * h - 4) * k), Math.round((2 * h - 8) * k)).data;
	const seen = new Set();
	for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
	return seen.size;
})(document.getElementById("network"))`

// TestClarityAtAGlance: at 1366×768, after training the default data,
// every hidden neuron's output map is drawn inside its node on the
// network (six for the default 4,2 network; the first one shows more
// than a flat colour), and the output plane is at least a third of the
// screen's width, on the first screen with its axis ticks and the test
// points' toggle.
func TestClarityAtAGlance(t *testing.T) {
	ctx := openPage(t)
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 200`, 60*time.Second, "200 epochs")
	click(t, ctx, "train")
	waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false"`, 10*time.Second, "paused")
	waitFor(t, ctx, elem("network")+`.dataset.maps === "6"`, 20*time.Second, "six neuron maps in the network's nodes")
	if n := eval[int](t, ctx, mapColoursJS); n < 10 {
		t.Errorf("the first hidden neuron's map has %d colours: a flat node, not a map", n)
	} else {
		t.Logf("the first hidden neuron's map has %d colours", n)
	}

	// The plane itself, without the ticks' margins (drawBoundary's data-plane).
	w := eval[float64](t, ctx, `Number(`+elem("boundary")+`.dataset.plane)`)
	t.Logf("output plane: %.0f px wide at %d px (%.0f %%), its canvas %.0f px", w, viewW, 100*w/viewW, eval[float64](t, ctx, elem("boundary")+`.getBoundingClientRect().width`))
	if w < viewW/3.0 {
		t.Errorf("the output plane is %.0f px wide, less than a third of %d px", w, viewW)
	}
	if off := offScreen(t, ctx, []string{"boundary", "show-test"}); len(off) > 0 {
		t.Errorf("not on the first screen: %q", off)
	}
	ticks := eval[string](t, ctx, elem("boundary")+`.dataset.ticks ?? ""`)
	x, y, _ := strings.Cut(ticks, ";")
	if strings.Count(x, ",") < 2 || strings.Count(y, ",") < 2 {
		t.Errorf("the output plane's ticks are %q, want at least three on each axis", ticks)
	} else {
		t.Logf("ticks %s", ticks)
	}
}

// TestDerivedInputsOnDiagram: with two-input data the network offers the
// derived inputs (x², y², x·y, sin) as extra input nodes with + on the
// diagram: a press adds one as an input node (the network's first layer
// grows), a second press on it removes it; each says in one line what it
// is (the note its aria-describedby names, which a tap, the focus or a
// hover shows: tap_notes.go), as does the output plane.
func TestDerivedInputsOnDiagram(t *testing.T) {
	ctx := openPage(t)
	if n := eval[int](t, ctx, `document.querySelectorAll("#derived-nodes button").length`); n != 5 {
		t.Fatalf("%d derived inputs offered on the diagram, want 5 (x², y², x·y, sin x, sin y)", n)
	}
	name := eval[string](t, ctx, elem("derive-0")+`.dataset.name`)
	if eval[string](t, ctx, noteTextJS("derive-0")) == "" {
		t.Errorf("#derive-0 (%s) has no note", name)
	}
	click(t, ctx, "derive-0")
	waitFor(t, ctx, networkSizesJS+`[0] === 3 && `+elem("derive-0")+`.getAttribute("aria-pressed") === "true"`, 20*time.Second, "a third input node, "+name)
	if s := text(t, ctx, "data-summary"); !strings.Contains(s, "3 inputs") {
		t.Errorf("after adding %s the summary says %q", name, s)
	}
	click(t, ctx, "derive-0")
	waitFor(t, ctx, networkSizesJS+`[0] === 2 && `+elem("derive-0")+`.getAttribute("aria-pressed") === "false"`, 20*time.Second, "two input nodes again")
	if eval[string](t, ctx, noteTextJS("boundary")) == "" {
		t.Errorf("the output plane has no note")
	}
}

// TestDataThumbnails: the six generated data sets are small pictures of
// their points beside the data set's select, each drawn (not blank), the
// loaded one checked; a press on XOR's loads XOR; they are one Tab stop
// (a radio group) whose right arrow loads the next set.
func TestDataThumbnails(t *testing.T) {
	ctx := openPage(t)
	if n := eval[int](t, ctx, `document.querySelectorAll("#data-thumbs button").length`); n != 6 {
		t.Fatalf("%d data set pictures, want 6", n)
	}
	waitFor(t, ctx, `[...document.querySelectorAll("#data-thumbs canvas")].every(c => { const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
		for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; })`, 10*time.Second, "every data set's picture drawn")
	if p := eval[string](t, ctx, `document.querySelector("#data-thumbs [aria-checked=true]")?.id ?? ""`); p != "thumb-btn-"+eval[string](t, ctx, elem("dataset-select")+`.value`) {
		t.Errorf("the checked picture is %q, the data set %q", p, eval[string](t, ctx, elem("dataset-select")+`.value`))
	}
	click(t, ctx, "thumb-btn-xor")
	waitFor(t, ctx, elem("dataset-select")+`.value === "xor" && `+elem("thumb-btn-xor")+`.getAttribute("aria-checked") === "true" && `+epochJS+` === 0`, 20*time.Second, "XOR loaded from its picture")
	// One Tab stop; the right arrow loads the next set.
	if n := eval[int](t, ctx, `[...document.querySelectorAll("#data-thumbs button")].filter(b => b.tabIndex >= 0).length`); n != 1 {
		t.Errorf("the pictures are %d Tab stops, want 1", n)
	}
	eval[chromedp.Void](t, ctx, elem("thumb-btn-xor")+`.focus()`)
	key(t, ctx, kb.ArrowRight)
	waitFor(t, ctx, elem("dataset-select")+`.value === "gauss" && document.activeElement?.id === "thumb-btn-gauss"`, 20*time.Second, "the next set (Gaussian clusters) after the right arrow, with the focus")
	// Two presses in a row step two sets, however fast.
	for range 2 {
		key(t, ctx, kb.ArrowRight)
	}
	waitFor(t, ctx, elem("dataset-select")+`.value === "reg-plane" && document.activeElement?.id === "thumb-btn-reg-plane"`, 20*time.Second, "two sets on (the regression plane) after two right arrows")
}
