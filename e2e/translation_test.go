package e2e

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// visibleStringsJS lists the page's visible strings: every text node shown
// (not in a closed panel or hidden), and the placeholders, aria-labels,
// titles and alt texts of shown elements, and the options of shown selects,
// each with where it is first (the nearest id).
const visibleStringsJS = `(() => {
	const out = new Map();
	const where = e => { const h = e.closest("[id]"); return h ? "#" + h.id : e.tagName.toLowerCase(); };
	const add = (s, e) => { if (!out.has(s)) out.set(s, where(e)); };
	const shown = e => e && e.checkVisibility({visibilityProperty: true});
	const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = w.nextNode(); n; n = w.nextNode()) {
		const p = n.parentElement, s = n.textContent.trim();
		if (s && shown(p) && !p.closest("script, style, option, [aria-hidden=true]")) add(s, p);
	}
	for (const e of document.body.querySelectorAll("[placeholder], [aria-label], [title], [alt], select")) {
		if (!shown(e)) continue;
		for (const a of ["placeholder", "aria-label", "title", "alt"]) {
			const v = (e.getAttribute(a) || "").trim();
			if (v) add(v, e);
		}
		if (e.tagName === "SELECT") for (const o of e.options) if (o.text.trim()) add(o.text.trim(), e);
	}
	return [...out];
})()`

// sameInEveryLanguage are the visible strings that are the same in English
// and in Chinese on purpose: proper names, symbols, the language's own
// name, units, the default data's inputs (x1, x2), the names of methods
// (Glorot and He initialisation, Huber loss, Nesterov momentum, RMSProp)
// the shape of an exercise link, and formulas (+ sin(x) on the diagram).
var sameInEveryLanguage = regexp.MustCompile(`^(` + strings.Join([]string{
	`English`, `CSV`, `TSV`, `ReLU`, `tanh`, `sigmoid`, `Adam`, `SGD`, `RMSprop`, `L1`, `L2`, `R²`, `MSE`,
	`[xh]\d+(\.\d+)?`, `x[₁₂]`, `out\d*`, `xᵢ`, `wᵢ`, `∂L/∂wᵢ = δ·xᵢ`, `PyTorch`, `NumPy`, `Python`, `JSON`,
	`Go`, `WebAssembly`, `GitHub`, `[+−] sin\([xy]\)`, `Adam β1`, `Glorot`, `He`, `Huber`, `Nesterov`, `RMSProp`, `https://…#v1\.…`,
}, "|") + `)$`)

// latin is a word of two or more Latin letters.
var latin = regexp.MustCompile(`[A-Za-z]{2,}`)

// TestEveryStringTranslated: with every panel open, each visible string of
// the English page that has a word in Latin letters is gone when the page
// is in Chinese (text, placeholders, aria-labels, titles, options), but
// for a short list of names and symbols (sameInEveryLanguage).
func TestEveryStringTranslated(t *testing.T) {
	ctx := openPage(t)
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` >= 1`, 20*time.Second, "epoch 1")
	openAllPanels(t, ctx)
	waitFor(t, ctx, `document.getElementById("wedit-layer") !== null`, 20*time.Second, "the weight editor")
	en := eval[[][2]string](t, ctx, visibleStringsJS)

	setValue(t, ctx, "lang", "zh")
	waitFor(t, ctx, `document.documentElement.lang.startsWith("zh")`, 10*time.Second, "Chinese")
	openAllPanels(t, ctx)
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`)
	zh := map[string]bool{}
	for _, s := range eval[[][2]string](t, ctx, visibleStringsJS) {
		zh[s[0]] = true
	}
	var same []string
	for _, s := range en {
		if zh[s[0]] && latin.MatchString(s[0]) && !sameInEveryLanguage.MatchString(s[0]) {
			same = append(same, fmt.Sprintf("%q in %s", s[0], s[1]))
		}
	}
	sort.Strings(same)
	t.Logf("%d visible strings in English, %d in Chinese", len(en), len(zh))
	if len(same) > 0 {
		t.Errorf("%d visible strings are the same in Chinese as in English:\n\t%s", len(same), strings.Join(same, "\n\t"))
	}
}

// readoutsFitJS lists the readouts whose label or value is wider than its
// cell, or whose cell runs into the next one.
const readoutsFitJS = `(() => {
	const out = [], cells = [...document.querySelectorAll(".pg-readout")];
	const width = e => { const r = document.createRange(); r.selectNodeContents(e); return r.getBoundingClientRect().width; };
	cells.forEach((c, i) => {
		const box = c.getBoundingClientRect();
		for (const e of c.querySelectorAll("dt, dd")) {
			const w = width(e), room = e.getBoundingClientRect().width;
			if (w > room + 0.5 || e.scrollWidth > e.clientWidth + 0.5) out.push((e.id || e.tagName) + " " + JSON.stringify(e.textContent) + ": " + Math.round(w) + " px of text in " + Math.round(room) + " px");
		}
		const next = cells[i + 1]?.getBoundingClientRect();
		if (next && next.top < box.bottom - 0.5 && next.left < box.right - 0.5 && next.left >= box.left) out.push("cell " + i + " runs into cell " + (i + 1));
	});
	return out;
})()`

// TestChineseReadoutsFit: in Chinese at 1366×768 and at 375 px, every
// readout's label and value fit their cells after training the default
// data and a regression table (whose R² can be negative: "-0.354477" once
// ran into the next readout's value).
func TestChineseReadoutsFit(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "lang", "zh")
	waitFor(t, ctx, `document.documentElement.lang.startsWith("zh")`, 10*time.Second, "Chinese")
	check := func(state string) {
		t.Helper()
		for _, s := range [][2]int64{{1366, 768}, {1024, 768}, {375, 812}} {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(s[0], s[1])); err != nil {
				t.Fatal(err)
			}
			eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`)
			if o := eval[[]string](t, ctx, readoutsFitJS); len(o) > 0 {
				t.Errorf("%d px wide, %s: %s", s[0], state, strings.Join(o, "; "))
			}
		}
	}
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` >= 1`, 20*time.Second, "epoch 1")
	check("default data")

	setValue(t, ctx, "dataset-select", "diabetes")
	waitFor(t, ctx, `(document.getElementById("data-summary")?.textContent ?? "").includes("442")`, 20*time.Second, "the diabetes table")
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` >= 1 && `+textJS("test-metric")+` !== ""`, 20*time.Second, "epoch 1")
	// The widest value: a negative R² with six significant digits.
	eval[chromedp.Void](t, ctx, `document.querySelectorAll(".pg-readout dd").forEach(d => d.textContent = d.id === "epoch" ? "1000000" : "-0.354477")`)
	check("regression, -0.354477 in every value, epoch 1000000")
}
