package e2e

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
)

// TestExplainNeuron: after 30 epochs of the default circle, clicking the
// first hidden layer's second neuron shows its computation for the first
// test row; the test recomputes z = Σ wᵢxᵢ + b from the inputs and weights
// shown, and checks every number against the native core's Explain of the
// same neuron, row and epoch.
func TestExplainNeuron(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "step-epochs", "30")
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` === 30`, 30*time.Second, "30 epochs")
	settle(t, ctx)
	clickNeuron(t, ctx, 1, 1)
	waitFor(t, ctx, `document.getElementById("explain-z") !== null`, 10*time.Second, "the explain view after a click on the neuron")
	type shown struct {
		X, W                     []float64
		Z, A, Loss, Delta, GradB float64
		GradW                    []float64
	}
	got := eval[shown](t, ctx, `(() => {
		const rows = [...document.querySelectorAll("#explain-terms tbody tr")];
		const num = (id) => Number(document.getElementById(id).dataset.value);
		return {X: rows.map(r => Number(r.cells[1].dataset.value)), W: rows.map(r => Number(r.cells[2].dataset.value)),
			GradW: rows.map(r => Number(r.cells[3].dataset.value)),
			Z: num("explain-z"), A: num("explain-a"), Loss: num("explain-loss"), Delta: num("explain-delta"), GradB: num("explain-gradb")};
	})()`)
	t.Logf("shown: %s", eval[string](t, ctx, textJS("explain-z")))
	// z from the numbers shown, as the student would check it by hand.
	b := got.Z
	for i := range got.X {
		b -= got.W[i] * got.X[i]
	}
	ses, err := session.Build(session.Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := ses.Trainer.StepN(30); err != nil {
		t.Fatal(err)
	}
	x, y, _, err := view.SplitRow(ses, "test", 0)
	if err != nil {
		t.Fatal(err)
	}
	n, err := ses.Trainer.Explain(x, y, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	near := func(what string, got, want float64) {
		if math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
			t.Errorf("%s: page %v, native %v", what, got, want)
		}
	}
	if len(got.X) != len(n.Inputs) {
		t.Fatalf("%d inputs shown, the neuron has %d", len(got.X), len(n.Inputs))
	}
	for i := range n.Inputs {
		near("x"+strconv.Itoa(i+1), got.X[i], n.Inputs[i])
		near("w"+strconv.Itoa(i+1), got.W[i], n.Weights[i])
		near("∂L/∂w"+strconv.Itoa(i+1), got.GradW[i], n.GradW[i])
		near("δ·x"+strconv.Itoa(i+1), got.GradW[i], got.Delta*got.X[i])
	}
	near("b recomputed from z − Σ wᵢxᵢ", b, n.Bias)
	near("z", got.Z, n.Z)
	near("a", got.A, n.A)
	near("a = tanh(z)", got.A, math.Tanh(got.Z))
	near("loss", got.Loss, n.Loss)
	near("δ", got.Delta, n.Delta)
	near("∂L/∂b", got.GradB, n.GradB)
	// Keyboard: the neuron picker and the row field change what is shown.
	setValue(t, ctx, "explain-row", "2")
	waitFor(t, ctx, `Number(document.getElementById("explain-z")?.dataset.value) !== `+strconv.FormatFloat(got.Z, 'g', -1, 64), 10*time.Second, "row 2's numbers")
	eval[chromedp.Void](t, ctx, `void 0`)
}

// TestDecisionMapColumns: on a 13-column table the output map is drawn
// over two chosen columns, and drawn again when a column is changed.
func TestDecisionMapColumns(t *testing.T) {
	ctx := openPage(t)
	loadText(t, ctx, wineLike())
	waitFor(t, ctx, `/\b13 inputs\b/.test(`+textJS("data-summary")+`)`, 20*time.Second, "the 13-column table")
	setValue(t, ctx, "step-epochs", "50")
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` >= 50 || document.getElementById("stopped") !== null`, 30*time.Second, "50 epochs")
	settle(t, ctx)
	waitFor(t, ctx, `document.getElementById("boundary-x") !== null && document.getElementById("boundary-y") !== null`, 10*time.Second, "the map's column pickers")
	x0, y0 := eval[string](t, ctx, elem("boundary-x")+`.value`), eval[string](t, ctx, elem("boundary-y")+`.value`)
	n := eval[int](t, ctx, elem("boundary-x")+`.options.length`)
	t.Logf("map over %s × %s, %d columns to choose from", x0, y0, n)
	if n != 13 || x0 == y0 {
		t.Errorf("#boundary-x offers %d columns (want 13); axes %q and %q", n, x0, y0)
	}
	const pixelsJS = `(() => { const c = document.getElementById("boundary"); const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
		let h = 0, ink = 0; for (let i = 0; i < d.length; i += 4) { h = (h * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) >>> 0; if (d[i + 3] > 0) ink++; } return [h, ink]; })()`
	before := eval[[2]float64](t, ctx, pixelsJS)
	if before[1] < 1000 {
		t.Fatalf("#boundary has %v painted pixels: not drawn", before[1])
	}
	other := "m07"
	if x0 == other || y0 == other {
		other = "m08"
	}
	setValue(t, ctx, "boundary-x", other)
	waitFor(t, ctx, `(document.getElementById("boundary-x")?.value ?? "") === `+js(other), 10*time.Second, "the new column")
	waitFor(t, ctx, `(() => { const p = `+pixelsJS+`; return p[0] !== `+strconv.FormatFloat(before[0], 'f', 0, 64)+` && p[1] > 1000; })()`, 10*time.Second, "the map drawn again")
	if e := eval[float64](t, ctx, epochJS); e < 50 {
		t.Errorf("changing the map's column reset training to epoch %v", e)
	}
}

// TestPinnedRuns: a pinned run stays on the loss chart while the next run
// trains, listed with the settings that differ, and survives a reload.
func TestPinnedRuns(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "step-epochs", "100")
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` === 100`, 30*time.Second, "100 epochs")
	settle(t, ctx)
	click(t, ctx, "pin-run")
	waitFor(t, ctx, `document.querySelectorAll("#pinned-runs li").length === 1`, 10*time.Second, "one pinned run")
	openPanelJS(t, ctx, "training-panel")
	setValue(t, ctx, "optimizer", "adam")
	waitFor(t, ctx, epochJS+` === 0 && `+elem("optimizer")+`.value === "adam"`, 20*time.Second, "a new network with Adam")
	if got := text(t, ctx, "pinned-runs"); !strings.Contains(got, "sgd (now adam)") {
		t.Errorf("#pinned-runs = %q, want it to say the optimizer differs", got)
	}
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` === 100`, 30*time.Second, "100 epochs with Adam")
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the page after a reload")
	waitFor(t, ctx, `document.querySelectorAll("#pinned-runs li").length === 1`, 10*time.Second, "the pinned run after a reload")
}
