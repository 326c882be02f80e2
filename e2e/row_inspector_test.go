package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestRowInspector asks the network about a penguin typed in: a field per
// input column (a list for island and sex), filled from the table's first
// row; Predict shows a class with probabilities that sum to 1 and every
// layer's values; a word where a number belongs names its column (in
// English and Chinese); after training the answer follows the network.
func TestRowInspector(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "penguins")
	waitFor(t, ctx, `(document.getElementById("data-summary")?.textContent ?? "").includes("344")`, 20*time.Second, "penguins")
	openPanelJS(t, ctx, "row-panel")
	waitFor(t, ctx, elem("row-value-0")+` !== null`, 10*time.Second, "the row's fields")
	if tag := eval[string](t, ctx, elem("row-value-0")+`.tagName`); tag != "SELECT" {
		t.Errorf("island is a %s, want a list of its categories", tag)
	}
	n := eval[int](t, ctx, `document.querySelectorAll("[id^=row-value-]").length`)
	if n < 5 {
		t.Fatalf("%d fields", n)
	}
	click(t, ctx, "row-predict")
	waitFor(t, ctx, `document.getElementById("row-prediction") !== null`, 10*time.Second, "a prediction")
	class := eval[string](t, ctx, elem("row-prediction")+`.dataset.class`)
	if !strings.Contains("Adelie Chinstrap Gentoo", class) || class == "" {
		t.Errorf("predicted class %q", class)
	}
	sum := eval[float64](t, ctx, `[...document.querySelectorAll("#row-probs li")].reduce((s, li) => s + Number(li.dataset.p), 0)`)
	if sum < 0.999999 || sum > 1.000001 {
		t.Errorf("probabilities sum to %v", sum)
	}
	layers := eval[int](t, ctx, `document.querySelectorAll("#row-units li").length`)
	if layers < 3 {
		t.Errorf("%d layers of values", layers)
	}
	out := eval[string](t, ctx, `document.querySelector("#row-units li:last-child").dataset.values`)

	// A word for a number: the error names the column.
	field := eval[string](t, ctx, `[...document.querySelectorAll("[id^=row-value-]")].find(e => e.tagName === "INPUT").id`)
	setValue(t, ctx, field, "long")
	click(t, ctx, "row-predict")
	waitFor(t, ctx, `document.getElementById("row-error") !== null`, 10*time.Second, "the error")
	label := eval[string](t, ctx, `document.querySelector("label[for="+`+js(field)+`+"]").textContent`)
	if msg := text(t, ctx, "row-error"); !strings.Contains(msg, label) || !strings.Contains(msg, "long") || !strings.Contains(msg, "not a number") {
		t.Errorf("error %q does not name column %q", msg, label)
	}
	setValue(t, ctx, "lang", "zh")
	waitFor(t, ctx, `document.documentElement.lang.startsWith("zh")`, 10*time.Second, "Chinese")
	if msg := text(t, ctx, "row-error"); !strings.Contains(msg, label) || strings.Contains(msg, "not a number") {
		t.Errorf("Chinese error %q", msg)
	}
	setValue(t, ctx, "lang", "en")

	// Back to the first row; train; the answer follows.
	setValue(t, ctx, "row-from", "0")
	waitFor(t, ctx, `document.getElementById("row-prediction") !== null`, 10*time.Second, "the first row's prediction again")
	if got := eval[string](t, ctx, `document.querySelector("#row-units li:last-child").dataset.values`); got != out {
		t.Errorf("the first row again: output %q, was %q", got, out)
	}
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 100`, 30*time.Second, "training")
	click(t, ctx, "train")
	waitFor(t, ctx, `document.querySelector("#row-units li:last-child")?.dataset.values !== `+js(out), 10*time.Second, "the answer after training")
	eval[chromedp.Void](t, ctx, `document.getElementById("row-panel").scrollIntoView()`)
	shoot(t, ctx, "row-inspector.png")
}
