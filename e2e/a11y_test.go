package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeTags are the rule sets TestAccessibility checks: WCAG 2.0, 2.1 and
// 2.2, levels A and AA (labels, names, roles, contrast, language, …), and
// axe's best practices (landmarks, headings).
const axeTags = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]`

// axeResult is the part of axe.run's result that the test reports.
type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target         []any  `json:"target"`
			FailureSummary string `json:"failureSummary"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes int `json:"passes"`
}

// audit runs axe-core on the page as it is and fails the test for every
// violation, naming the rule and the elements.
func audit(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if eval[bool](t, ctx, `typeof axe === "undefined"`) {
		src, err := os.ReadFile("testdata/axe/axe.min.js")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
			t.Fatalf("loading axe-core: %v", err)
		}
	}
	raw := eval[string](t, ctx, `axe.run(document, {runOnly: {type: "tag", values: `+axeTags+`}, resultTypes: ["violations"]}).
		then(r => JSON.stringify({violations: r.violations, passes: r.passes.length}))`)
	var r axeResult
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		t.Fatalf("axe result: %v", err)
	}
	for _, v := range r.Violations {
		var nodes []string
		for i, n := range v.Nodes {
			if i == 5 {
				nodes = append(nodes, fmt.Sprintf("and %d more", len(v.Nodes)-5))
				break
			}
			nodes = append(nodes, fmt.Sprintf("%v: %s", n.Target, strings.ReplaceAll(n.FailureSummary, "\n", " ")))
		}
		t.Errorf("%s: %s (%s, %s):\n\t%s", what, v.Help, v.ID, v.Impact, strings.Join(nodes, "\n\t"))
	}
	t.Logf("%s: %d rules checked, %d violations", what, r.Passes+len(r.Violations), len(r.Violations))
}

// TestAccessibility audits the page with axe-core against WCAG 2.1 A and
// AA and its best practices: after training the default data (network,
// boundary, confusion matrix, charts drawn), with every folded panel open,
// in an exercise, in a lesson, with a regression table (scatter), in Chinese, and on a
// phone-sized screen.
func TestAccessibility(t *testing.T) {
	ctx := openPage(t)
	step := func(n int) {
		e := eval[float64](t, ctx, epochJS)
		for range n {
			click(t, ctx, "step")
		}
		waitFor(t, ctx, fmt.Sprintf("%s >= %v", epochJS, e+float64(n)), 20*time.Second, "the steps")
	}
	step(3)
	audit(t, ctx, "default data, trained")

	// Every folded panel open: weight editor, export, share, exercise
	// editor, lessons.
	openAllPanels(t, ctx)
	waitFor(t, ctx, `document.getElementById("wedit-layer") !== null`, 20*time.Second, "the weight editor")
	audit(t, ctx, "all panels open")

	// A student's view of an exercise, after a few epochs.
	setValue(t, ctx, "exercise-title", "XOR")
	setValue(t, ctx, "exercise-text", "Reach 90 % test accuracy.")
	setValue(t, ctx, "exercise-threshold", "0.9")
	click(t, ctx, "exercise-make")
	waitFor(t, ctx, `/#v1\./.test(`+elem("exercise-url")+`.value)`, 20*time.Second, "the exercise link")
	openLink(t, ctx, eval[string](t, ctx, elem("exercise-url")+`.value`))
	waitFor(t, ctx, `document.getElementById("exercise-instructions") !== null && `+epochJS+` === 0`, 20*time.Second, "the exercise's instructions and epoch 0")
	step(2)
	audit(t, ctx, "an exercise")

	waitFor(t, ctx, `document.querySelector("#lessons li[id^='lesson-'] a") !== null`, 20*time.Second, "the lessons")
	eval[chromedp.Void](t, ctx, `document.querySelector("#lessons li[id^='lesson-'] a").click()`)
	// The lesson's own session at epoch 0 (the exercise's epochs may show a moment longer).
	waitFor(t, ctx, textJS("lesson-step")+` !== "" && `+epochJS+` === 0`, 30*time.Second, "the lesson's first step and epoch 0")
	step(1)
	audit(t, ctx, "a lesson")

	setValue(t, ctx, "dataset-select", "diabetes")
	waitFor(t, ctx, `(document.getElementById("data-summary")?.textContent ?? "").includes("442")`, 20*time.Second, "the diabetes table")
	step(2)
	audit(t, ctx, "regression table")

	setValue(t, ctx, "lang", "zh")
	waitFor(t, ctx, `document.documentElement.lang.startsWith("zh")`, 10*time.Second, "Chinese")
	audit(t, ctx, "Chinese")

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateScale(2))); err != nil {
		t.Fatal(err)
	}
	audit(t, ctx, "375 px wide")
}

// focusableJS lists the page's visible, enabled controls, each as a short
// description (tag, id or name).
const focusableJS = `[...document.querySelectorAll("a[href], button, input, select, textarea, summary, canvas[tabindex], [tabindex]:not([tabindex='-1'])")].
	filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden" && e.tabIndex >= 0).
	map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : e.name ? "[name=" + e.name + "]" : "") + (e.type === "file" ? "" : ""))`

// activeJS describes the focused element as focusableJS does, and whether
// it shows a focus indicator (an outline or a box shadow).
const activeJS = `(() => {
	const e = document.activeElement;
	if (!e || e === document.body) return ["", true];
	const s = getComputedStyle(e);
	const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
	return [e.tagName.toLowerCase() + (e.id ? "#" + e.id : e.name ? "[name=" + e.name + "]" : ""), ring];
})()`

// TestTabReachesEveryControl walks the page with the Tab key alone, with
// every folded panel open: every visible control is reached, and each
// shows where the focus is.
func TestTabReachesEveryControl(t *testing.T) {
	ctx := openPage(t)
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` === 1`, 20*time.Second, "epoch 1")
	openAllPanels(t, ctx)
	waitFor(t, ctx, `document.getElementById("wedit-layer") !== null`, 20*time.Second, "the weight editor")
	want := eval[[]string](t, ctx, focusableJS)
	eval[chromedp.Void](t, ctx, `document.activeElement?.blur(); window.scrollTo(0, 0)`)
	seen := map[string]bool{}
	var noRing []string
	for i := 0; i < 3*len(want)+10; i++ {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		a := eval[[]any](t, ctx, activeJS)
		id, _ := a[0].(string)
		ring, _ := a[1].(bool)
		if id == "" {
			continue
		}
		if seen[id] && len(seen) >= len(want) {
			break
		}
		if !seen[id] && !ring {
			noRing = append(noRing, id)
		}
		seen[id] = true
	}
	var missed []string
	for _, id := range want {
		if !seen[id] {
			missed = append(missed, id)
		}
	}
	if len(missed) > 0 {
		t.Errorf("Tab never reached %d of %d controls: %s", len(missed), len(want), strings.Join(missed, " "))
	}
	if len(noRing) > 0 {
		t.Errorf("no focus indicator (outline or box shadow) on: %s", strings.Join(noRing, " "))
	}
	t.Logf("Tab reached %d controls; %d are visible and enabled", len(seen), len(want))
}

// TestProjector opens the page as a projector shows it to a class: 1024×768,
// zoomed to 175 % so that the back row can read it. Nothing runs off the
// side, the controls are on the screen, and after training the loss chart,
// the network and the decision boundary are drawn (not blank).
func TestProjector(t *testing.T) {
	ctx := newBrowser(t)
	// Zoom leaves the page 1024/1.75 CSS pixels wide, each drawn with 1.75
	// device pixels.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(585, 439, chromedp.EmulateScale(1.75)), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the trainer to load the first data set")
	width := eval[float64](t, ctx, `document.documentElement.clientWidth`)
	if w := eval[float64](t, ctx, `document.documentElement.scrollWidth`); w > width+1 {
		t.Errorf("the page is %.0f CSS px wide in a %.0f px window: it scrolls sideways", w, width)
	}
	for _, id := range []string{"train", "step", "reset", "dataset-select", "layers", "epoch", "train-loss", "loss-chart", "network", "boundary"} {
		reveal(t, ctx, id) // #layers: its panel opened
		r := eval[[]float64](t, ctx, `(r => [r.left, r.right, r.width, r.height])(`+elem(id)+`.getBoundingClientRect())`)
		if r[0] < 0 || r[1] > width+1 || r[2] <= 0 || r[3] <= 0 {
			t.Errorf("#%s spans x %.0f..%.0f (%.0f×%.0f) in a %.0f px window", id, r[0], r[1], r[2], r[3], width)
		}
	}
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 50`, 30*time.Second, "50 epochs")
	click(t, ctx, "train")
	for _, id := range []string{"loss-chart", "network", "boundary"} {
		drawn := eval[bool](t, ctx, `(c => { const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
			for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; })(`+elem(id)+`)`)
		if !drawn {
			t.Errorf("#%s is blank after training", id)
		}
	}
}
