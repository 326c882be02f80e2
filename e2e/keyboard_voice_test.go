package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestExplainFromKeyboard: from page load, with the keyboard alone, Tab
// reaches a control that opens the explain view on a neuron; Enter opens
// it with the neuron's numbers and puts the focus on its neuron picker,
// where the arrow keys choose any other neuron.
func TestExplainFromKeyboard(t *testing.T) {
	ctx := openPage(t)
	n := tabTo(t, ctx, "explain-open", 60)
	if n < 0 {
		t.Fatalf("Tab never reaches #explain-open (the focus is on %q)", eval[string](t, ctx, `document.activeElement?.id || document.activeElement?.tagName`))
	}
	t.Logf("#explain-open reached after %d Tab presses", n)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("explain-z") !== null`, 20*time.Second, "the explain view's numbers after Enter")
	waitFor(t, ctx, `document.activeElement?.id === "explain-neuron"`, 5*time.Second, "the focus on the explain view's neuron picker")
	first := text(t, ctx, "explain-row-of")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, textJS("explain-row-of")+` !== `+js(first)+` && document.getElementById("explain-z") !== null`, 20*time.Second, "another neuron after the down arrow")
	t.Logf("first %q, then %q", first, text(t, ctx, "explain-row-of"))
}

// liveChangesJS starts counting the changes of every live region in the
// page (aria-live other than off, or a status, alert or log role): one
// change is one batch of mutations that a MutationObserver reports, as a
// screen reader would hear it. window.nnLive holds [time, region, text].
const liveChangesJS = `(() => {
	window.nnLive = [];
	const live = e => e.closest?.("[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]");
	new MutationObserver(ms => {
		const seen = new Set();
		for (const m of ms) {
			const e = live(m.target.nodeType === 1 ? m.target : m.target.parentElement);
			if (e && !seen.has(e)) { seen.add(e); nnLive.push([performance.now(), e.id || e.className, e.textContent.trim().slice(0, 80)]); }
		}
	}).observe(document.body, {subtree: true, childList: true, characterData: true});
	return performance.now();
})()`

// TestLiveRegionCalm: while the network trains, no live region changes
// more than once a second (the readouts once changed 264 times in 3 s, far
// more than a screen reader can speak); the readouts are announced while
// training, and again when training pauses.
func TestLiveRegionCalm(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "spiral")
	waitFor(t, ctx, epochJS+` === 0 && `+elem("dataset-select")+`.value === "spiral"`, 20*time.Second, "the spiral")
	t0 := eval[float64](t, ctx, liveChangesJS)
	click(t, ctx, "train")
	// 6 s of training: long enough for one announcement (every 5 s).
	waitFor(t, ctx, `performance.now() > `+fmt.Sprint(t0+6000), 30*time.Second, "6 s of training")
	// A stop rule may have ended the run already; otherwise pause it.
	t1 := eval[float64](t, ctx, `(b => { if (b.getAttribute("aria-pressed") === "true") b.click(); return performance.now(); })(`+elem("train")+`)`)
	waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false"`, 10*time.Second, "paused")
	// The last announcement is the paused epoch's.
	waitFor(t, ctx, `(n => n > 0 && new RegExp("\\b" + n + "\\b").test(`+textJS("readouts-live")+`))(`+epochJS+`)`, 10*time.Second, "the readouts announced on pause")
	epochs := eval[float64](t, ctx, epochJS)
	type change struct {
		At         float64
		Region, Tx string
	}
	raw := eval[[][]any](t, ctx, `nnLive`)
	var during []change
	announced := 0
	for _, r := range raw {
		c := change{r[0].(float64), r[1].(string), r[2].(string)}
		if c.At <= t1 {
			during = append(during, c)
			if c.Region == "readouts-live" {
				announced++
			}
		}
	}
	secs := (t1 - t0) / 1000
	t.Logf("%.0f epochs in %.1f s: %d live-region changes (%d of the readouts'), then the readouts on pause: %q",
		epochs, secs, len(during), announced, text(t, ctx, "readouts-live"))
	if float64(len(during)) > secs+1 {
		t.Errorf("%d live-region changes in %.1f s of training, want at most one a second: %v", len(during), secs, during)
	}
	if announced == 0 {
		t.Errorf("the readouts were not announced during %.1f s of training", secs)
	}
}
