package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// curveInkJS counts the #boundary canvas's pixels drawn in the curve's ink
// (#222222, antialiased within 40 of it).
const curveInkJS = `(() => {
	const c = document.getElementById("boundary");
	const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
	let n = 0;
	for (let i = 0; i < d.length; i += 4) {
		if (d[i+3] > 200 && Math.abs(d[i]-0x22) < 40 && Math.abs(d[i+1]-0x22) < 40 && Math.abs(d[i+2]-0x22) < 40) n++;
	}
	return n;
})()`

// TestRegressionCurve pastes a regression on one column (a sine), and the
// output view draws the network's function of it over the points, as
// TensorFlow Playground draws a 1-D regression; it keeps drawing as the
// network trains, and shows the test points when asked.
func TestRegressionCurve(t *testing.T) {
	var b strings.Builder
	b.WriteString("angle,height\n")
	for i := range 80 {
		x := float64(i) / 79 * 6
		fmt.Fprintf(&b, "%.4f,%.4f\n", x, math.Sin(x))
	}
	ctx := openPage(t)
	loadText(t, ctx, b.String())
	waitFor(t, ctx, `(document.getElementById("data-summary")?.textContent ?? "").includes("80 rows")`, 20*time.Second, "the table")
	waitFor(t, ctx, `(document.getElementById("boundary")?.getAttribute("aria-label") ?? "").includes("height")`, 10*time.Second, "the curve view")
	label := eval[string](t, ctx, `document.getElementById("boundary").getAttribute("aria-label")`)
	if !strings.Contains(label, "angle") {
		t.Errorf("aria-label %q", label)
	}
	if eval[bool](t, ctx, `document.getElementById("boundary").hidden`) {
		t.Fatal("the curve's canvas is hidden")
	}
	waitFor(t, ctx, curveInkJS+` > 100`, 10*time.Second, "the curve drawn")
	before := eval[string](t, ctx, `document.getElementById("boundary").toDataURL()`)
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 200`, 30*time.Second, "training")
	click(t, ctx, "train")
	waitFor(t, ctx, `document.getElementById("boundary").toDataURL() !== `+js(before), 10*time.Second, "the curve redrawn after training")
	if n := eval[int](t, ctx, curveInkJS); n < 100 {
		t.Errorf("%d ink pixels after training", n)
	}
	orange := `(() => { const c = document.getElementById("boundary"); const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]-0xe6) < 30 && Math.abs(d[i+1]-0x9f) < 30 && d[i+2] < 60) n++; return n; })()`
	if n := eval[int](t, ctx, orange); n != 0 {
		t.Errorf("%d test-point pixels before asking for them", n)
	}
	click(t, ctx, "show-test")
	waitFor(t, ctx, orange+` > 20`, 10*time.Second, "the test points")
	shoot(t, ctx, "curve.png")
}
