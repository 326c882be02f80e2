package e2e

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
)

// TestClassroom is the whole flow of an exercise as a class meets it. A teacher
// pastes penguins.csv (species becomes the target without being chosen)
// and makes an exercise; a student in a fresh profile types their name,
// solves it, trains on for 20,000 more epochs and presses Copy: the
// clipboard holds the code shown, which the teacher's checker accepts with
// that name, read out of a line of chat text. A classmate's copy of it
// with only the name changed is refused, and the class table downloaded as
// CSV holds both rows.
func TestClassroom(t *testing.T) {
	penguins, err := os.ReadFile("../core/datasets/penguins.csv")
	if err != nil {
		t.Fatal(err)
	}
	a := openPage(t) // the teacher
	loadText(t, a, string(penguins))
	waitFor(t, a, `/\bspecies\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`, 20*time.Second, "penguins with species as the target")
	if got := value(t, a, "target-column"); got != "species" {
		t.Errorf("#target-column = %q for pasted penguins.csv, want species", got)
	}
	openPanelJS(t, a, "exercise-editor")
	setValue(t, a, "exercise-title", "Penguins")
	setValue(t, a, "exercise-metric", string(exercise.Accuracy))
	setValue(t, a, "exercise-threshold", "0.9")
	click(t, a, "exercise-make")
	waitFor(t, a, `/#v\d+\./.test(`+elem("exercise-url")+`.value)`, 20*time.Second, "the exercise link")
	exURL := eval[string](t, a, elem("exercise-url")+`.value`)
	openPanelJS(t, a, "checker") // its link field's label
	if n := eval[int](t, a, `document.querySelectorAll("label[for=exercise-url]").length + document.querySelectorAll("label[for=checker-exercise]").length`); n != 2 {
		t.Errorf("%d labels for the two link fields", n)
	}
	if a, b := eval[string](t, a, `document.querySelector("label[for=exercise-url]").textContent`), eval[string](t, a, `document.querySelector("label[for=checker-exercise]").textContent`); a == b {
		t.Errorf("the editor's and the checker's link fields are both labelled %q", a)
	}
	ex, err := exercise.Decode(exURL[strings.IndexByte(exURL, '#'):])
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("exercise link: %d characters; target %q; fixed with reasons: %d settings", len(exURL), ex.Settings.Target, len(ex.AutoLocks()))

	b := newBrowser(t) // the student
	openLink(t, b, exURL)
	waitFor(t, b, `document.getElementById("student-name") !== null && `+loadedJS, 20*time.Second, "the exercise")
	setValue(t, b, "student-name", "Grace Hopper")
	waitFor(t, b, epochJS+` === 0`, 20*time.Second, "Grace's network")
	setValue(t, b, "speed", "0")
	click(t, b, "train")
	const metJS = `["1", "true"].includes(document.getElementById("exercise-status")?.dataset.met)`
	waitFor(t, b, metJS, 120*time.Second, "the goal met")
	met := eval[int](t, b, epochJS)
	// Training on: early stopping (a pasted table's default) may end a
	// run; pressing Train again goes on without it.
	deadline := time.Now().Add(180 * time.Second)
	for eval[int](t, b, epochJS) < met+20000 {
		if time.Now().After(deadline) {
			t.Fatalf("20,000 more epochs: still at %d after 3 minutes\n%s", eval[int](t, b, epochJS), pageState(b))
		}
		if eval[string](t, b, elem("train")+`.getAttribute("aria-pressed")`) == "false" {
			click(t, b, "train")
		}
		time.Sleep(200 * time.Millisecond)
	}
	click(t, b, "train")
	waitFor(t, b, elem("train")+`.getAttribute("aria-pressed") === "false"`, 10*time.Second, "paused")
	code, claim, err := waitCode(t, b, "Grace Hopper", 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("goal met by epoch %d, trained to %d; the code names epoch %d (accuracy %v)", met, eval[int](t, b, epochJS), claim.Epoch, claim.Metric)
	if claim.Epoch > exercise.MaxCheckEpochs {
		t.Errorf("the code names epoch %d, past what the checker replays", claim.Epoch)
	}
	eval[chromedp.Void](t, b, `navigator.clipboard.writeText = (s) => { window.__copied = s; return Promise.resolve(); }`)
	click(t, b, "completion-copy")
	copied := eval[string](t, b, `window.__copied ?? ""`)
	if copied != code {
		t.Fatalf("Copy put %.40q… on the clipboard, the box shows %.40q…", copied, code)
	}

	// A classmate renames the code.
	c := *claim
	c.Name = "Eve"
	renamed, err := link.EncodeAs(exercise.CodeKind, &c)
	if err != nil {
		t.Fatal(err)
	}
	renamed = strings.TrimPrefix(renamed, "#")
	chat := "hi teacher, here is my code " + copied + " thanks!\n" + renamed + "\n"

	openPanelJS(t, a, "checker")
	setValue(t, a, "checker-exercise", exURL)
	setValue(t, a, "checker-input", chat)
	setValue(t, a, "checker-class", "grace hopper\nEve")
	click(t, a, "checker-run")
	waitFor(t, a, `!document.getElementById("checker-busy") && document.querySelectorAll("#checker-results tbody tr").length === 2 || `+textJS("checker-error")+` !== ""`,
		120*time.Second, "two rows in #checker-results")
	if e := eval[string](t, a, textJS("checker-error")); e != "" {
		t.Fatalf("#checker-error = %q", e)
	}
	rows := eval[[]checkRowShown](t, a, checkRowsJS)
	for i, r := range rows {
		t.Logf("row %d: accepted=%s %q", i+1, r.Accepted, r.Cells)
	}
	if rows[0].Accepted != "true" || !strings.Contains(strings.Join(rows[0].Cells, " "), "Grace Hopper") {
		t.Errorf("the student's code read out of chat text: %+v, want accepted with the name Grace Hopper", rows[0])
	}
	if rows[1].Accepted != "false" {
		t.Errorf("the renamed code: %+v, want refused", rows[1])
	}
	if note := eval[string](t, a, textJS("checker-note")); !strings.Contains(note, "ignored") {
		t.Errorf("#checker-note = %q, want a note on the ignored words", note)
	}
	eval[chromedp.Void](t, a, `window.nnDownload = (name, mime, text) => { window.__csv = text; }`)
	click(t, a, "checker-csv")
	csv := eval[string](t, a, `window.__csv ?? ""`)
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "Grace Hopper,accepted,") || !strings.HasPrefix(lines[2], "Eve,refused,") {
		t.Errorf("the class table's CSV:\n%s\nwant a header and the two rows", csv)
	}
}
