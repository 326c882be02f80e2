package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/nnplayground/playground/web/i18n"
)

// TestNotesOnTap: on a touch screen, where `title` never shows, a tap on a
// hidden neuron shows its one-line note in the network's tip, and Escape
// hides it; a tap on the output plane shows the plane's note in a bubble
// that the plane names in aria-describedby, and a tap elsewhere hides it;
// a tap on a derived input adds it and shows what it is; a readout
// reached with the Tab key shows its note, in the page's language, and
// Escape hides it.
func TestNotesOnTap(t *testing.T) {
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(768, 1024, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(2)), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the data")
	en, zh := i18n.Catalog["en"], i18n.Catalog["zh"]

	// A hidden neuron, tapped: its note in the network's tip.
	tapNeuron(t, ctx, 1, 0)
	waitFor(t, ctx, `(document.getElementById("network-tip")?.textContent ?? "").includes(`+js(en["neuron-note"])+`)`,
		10*time.Second, "the neuron's note after a tap on it")
	if role := eval[string](t, ctx, elem("network-tip")+`.getAttribute("role")`); role != "tooltip" {
		t.Errorf("#network-tip has role %q, want tooltip", role)
	}
	key(t, ctx, kb.Escape)
	waitFor(t, ctx, `document.getElementById("network-tip") === null`, 10*time.Second, "the tip hidden by Escape")

	// The output plane, tapped: its bubble; a tap elsewhere hides it.
	if d := eval[string](t, ctx, elem("boundary")+`.getAttribute("aria-describedby")`); d != "boundary-note" {
		t.Errorf("#boundary is described by %q, want boundary-note", d)
	}
	tapElement(t, ctx, "boundary")
	waitFor(t, ctx, noteShownJS("boundary-note", en["plane-note"]), 10*time.Second, "the plane's note after a tap on it")
	tapElement(t, ctx, "data-summary")
	waitFor(t, ctx, `document.getElementById("boundary-note").hidden`, 10*time.Second, "the plane's note hidden by a tap elsewhere")

	// A derived input on the diagram, tapped: it is added, and the note
	// says what it is.
	tapElement(t, ctx, "derive-2")
	waitFor(t, ctx, noteShownJS("derived-nodes-note", en["derive-note"]), 10*time.Second, "the derived inputs' note after a tap on one")
	waitFor(t, ctx, networkSizesJS+`[0] === 3`, 20*time.Second, "the derived input added by the tap")
	key(t, ctx, kb.Escape)
	waitFor(t, ctx, `document.getElementById("derived-nodes-note").hidden`, 10*time.Second, "the derived inputs' note hidden by Escape")

	// A readout reached with the keyboard, in Chinese.
	setValue(t, ctx, "lang", "zh")
	waitFor(t, ctx, `document.documentElement.lang.startsWith("zh")`, 10*time.Second, "Chinese")
	eval[chromedp.Void](t, ctx, elem("epoch")+`.focus()`)
	key(t, ctx, "\t")
	waitFor(t, ctx, `document.activeElement?.id === "train-loss"`, 10*time.Second, "the focus on the train loss after Tab")
	if d := eval[string](t, ctx, elem("train-loss")+`.getAttribute("aria-describedby")`); d != "train-loss-note" {
		t.Errorf("#train-loss is described by %q, want train-loss-note", d)
	}
	waitFor(t, ctx, noteShownJS("train-loss-note", zh["train-loss-note"]), 10*time.Second, "the train loss's note, in Chinese, on focus")
	if eval[bool](t, ctx, `!document.getElementById("epoch-note").hidden`) {
		t.Error("the epoch's note still shows with the focus on the train loss")
	}
	key(t, ctx, kb.Escape)
	waitFor(t, ctx, `document.getElementById("train-loss-note").hidden`, 10*time.Second, "the note hidden by Escape")
}

// noteTextJS is the text of the note that the element id names in its
// aria-describedby ("" when none).
func noteTextJS(id string) string {
	return `(document.getElementById(` + elem(id) + `.getAttribute("aria-describedby") ?? "")?.textContent ?? "")`
}

// noteShownJS is true when the bubble id shows (not hidden, with a size)
// and says text.
func noteShownJS(id, text string) string {
	return `(() => { const b = document.getElementById(` + js(id) + `); return b !== null && !b.hidden && b.getBoundingClientRect().width > 0 && b.textContent === ` + js(text) + `; })()`
}

// key presses a key (chromedp's key names: "\t", kb.Escape).
func key(t *testing.T, ctx context.Context, k string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(k)); err != nil {
		t.Fatal(err)
	}
}

// tap touches the page at x, y (CSS pixels in the viewport) and lifts the
// finger: the browser's tap, with its pointer events and click.
func tap(t *testing.T, ctx context.Context, x, y float64) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, p := range []input.DispatchTouchEventParams{
			{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: x, Y: y}}},
			{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}},
		} {
			if _, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, p); err != nil {
				return err
			}
		}
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
}

// tapElement taps the middle of the element id, scrolled into view.
func tapElement(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	p := eval[[2]float64](t, ctx, `(() => { const e = `+elem(id)+`; e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return [r.left + r.width/2, r.top + r.height/2]; })()`)
	tap(t, ctx, p[0], p[1])
}

// tapNeuron taps unit of layer (Network.Sizes index) on #network, where the
// page draws it (neuronXY).
func tapNeuron(t *testing.T, ctx context.Context, layer, unit int) {
	t.Helper()
	x, y := neuronXY(t, ctx, layer, unit)
	tap(t, ctx, x, y)
}
