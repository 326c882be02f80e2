package e2e

import (
	"strings"
	"testing"
	"time"
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
// is (its title), as does a neuron under the pointer.
func TestDerivedInputsOnDiagram(t *testing.T) {
	ctx := openPage(t)
	if n := eval[int](t, ctx, `document.querySelectorAll("#derived-nodes button").length`); n != 5 {
		t.Fatalf("%d derived inputs offered on the diagram, want 5 (x², y², x·y, sin x, sin y)", n)
	}
	name := eval[string](t, ctx, elem("derive-0")+`.dataset.name`)
	if eval[string](t, ctx, elem("derive-0")+`.title`) == "" {
		t.Errorf("#derive-0 (%s) has no note", name)
	}
	click(t, ctx, "derive-0")
	waitFor(t, ctx, networkSizesJS+`[0] === 3 && `+elem("derive-0")+`.getAttribute("aria-pressed") === "true"`, 20*time.Second, "a third input node, "+name)
	if s := text(t, ctx, "data-summary"); !strings.Contains(s, "3 inputs") {
		t.Errorf("after adding %s the summary says %q", name, s)
	}
	click(t, ctx, "derive-0")
	waitFor(t, ctx, networkSizesJS+`[0] === 2 && `+elem("derive-0")+`.getAttribute("aria-pressed") === "false"`, 20*time.Second, "two input nodes again")
	if eval[string](t, ctx, elem("boundary")+`.title`) == "" {
		t.Errorf("the output plane has no note")
	}
}
