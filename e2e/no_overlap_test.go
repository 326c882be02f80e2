package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// overlapsJS lists the pairs of visible controls (buttons, inputs, selects,
// text areas, links) whose boxes overlap by more than half a pixel each
// way. A box is clipped by the scrolling or clipping boxes around it, and
// a control inside another (a link in a button, say) is not a pair.
const overlapsJS = `(() => {
	const name = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.id ? "" : " " + JSON.stringify((e.textContent || e.value || e.placeholder || "").trim().slice(0, 20)));
	const boxes = [];
	for (const e of document.querySelectorAll("button, input:not([type=hidden]), select, textarea, a[href]")) {
		if (!e.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
		let r = e.getBoundingClientRect(), x0 = r.left, y0 = r.top, x1 = r.right, y1 = r.bottom;
		for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			const s = getComputedStyle(p);
			if (s.overflowX === "visible" && s.overflowY === "visible") continue;
			const q = p.getBoundingClientRect();
			x0 = Math.max(x0, q.left); y0 = Math.max(y0, q.top); x1 = Math.min(x1, q.right); y1 = Math.min(y1, q.bottom);
		}
		if (x1 - x0 > 0.5 && y1 - y0 > 0.5) boxes.push([e, x0, y0, x1, y1]);
	}
	const out = [];
	for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
		const [a, ax0, ay0, ax1, ay1] = boxes[i], [b, bx0, by0, bx1, by1] = boxes[j];
		if (a.contains(b) || b.contains(a)) continue;
		const w = Math.min(ax1, bx1) - Math.max(ax0, bx0), h = Math.min(ay1, by1) - Math.max(ay0, by0);
		if (w > 0.5 && h > 0.5) out.push(name(a) + " and " + name(b) + " by " + Math.round(w) + "×" + Math.round(h) + " px");
	}
	return out;
})()`

// TestControlsNeverOverlap: at 320, 375, 768, 1024 and 1366 px wide no two
// visible controls overlap (their bounding boxes), with the default network
// (two hidden layers), with four hidden layers, and with every folded panel
// open. At 375 px the layers' + and − once sat under each other: a tap on a
// layer's + took a neuron from the next layer.
func TestControlsNeverOverlap(t *testing.T) {
	ctx := openPage(t)
	sizes := [][2]int64{{320, 640}, {375, 812}, {768, 1024}, {1024, 768}, {1366, 768}}
	check := func(state string) {
		t.Helper()
		for _, s := range sizes {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(s[0], s[1])); err != nil {
				t.Fatal(err)
			}
			eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`)
			if o := eval[[]string](t, ctx, overlapsJS); len(o) > 0 {
				t.Errorf("%d px wide, %s: %d overlapping controls:\n\t%s", s[0], state, len(o), strings.Join(o, "\n\t"))
			}
		}
	}
	check("default network")

	for range 2 {
		n := eval[int](t, ctx, `document.querySelectorAll(".pg-layer").length`)
		click(t, ctx, "add-layer")
		waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll(".pg-layer").length === %d`, n+1), 10*time.Second, "one more layer")
	}
	check("four hidden layers")

	openAllPanels(t, ctx)
	waitFor(t, ctx, `document.getElementById("wedit-layer") !== null`, 20*time.Second, "the weight editor")
	check("every panel open")
}
