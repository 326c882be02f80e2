package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
)

// TestEditorTellsTheTruth: the teacher pastes a 400-row table of 8
// columns, makes an exercise in the editor and gets a link of fewer than
// link.LongLink characters (the table packed: link format version 2),
// and #exercise-share says how many of 20 students' runs meet the goal
// with one press of Train, after a progress note: the same count as
// exercise.Share natively on the exercise the link decodes to.
func TestEditorTellsTheTruth(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "data-input", datasets.ClinicLike(1, 400))
	click(t, ctx, "data-load")
	waitFor(t, ctx, `/\b400\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		30*time.Second, "the summary of the 400 pasted rows")
	openPanelJS(t, ctx, "exercise-editor")
	setValue(t, ctx, "exercise-metric", string(exercise.Accuracy))
	setValue(t, ctx, "exercise-threshold", "0.85")
	// Every text #exercise-share shows, progress notes included.
	eval[struct{}](t, ctx, `(() => {
		window.__shareTexts = [];
		new MutationObserver(() => {
			const e = document.getElementById("exercise-share");
			const s = e ? e.textContent : "";
			if (s && window.__shareTexts[window.__shareTexts.length - 1] !== s) window.__shareTexts.push(s);
		}).observe(document.body, {subtree: true, childList: true, characterData: true});
	})()`)
	click(t, ctx, "exercise-make")
	waitFor(t, ctx, `/#v\d+\./.test(`+elem("exercise-url")+`.value)`, 30*time.Second, "the exercise link in #exercise-url")
	url := eval[string](t, ctx, elem("exercise-url")+`.value`)
	if e := eval[string](t, ctx, textJS("exercise-error")); e != "" {
		t.Fatalf("#exercise-error = %q", e)
	}
	if len(url) >= link.LongLink {
		t.Errorf("the exercise link on a 400-row table is %d characters, want < %d", len(url), link.LongLink)
	}
	if eval[bool](t, ctx, `document.getElementById("exercise-long") !== null`) {
		t.Errorf("#exercise-long offers a file for a link of %d characters", len(url))
	}
	ex, err := exercise.Decode(url[strings.IndexByte(url, '#'):])
	if err != nil {
		t.Fatalf("the exercise link does not decode: %v", err)
	}
	t.Logf("exercise link: %d characters (%s…)", len(url), url[strings.IndexByte(url, '#'):][:4])

	waitFor(t, ctx, `/of 20 students' runs|none of 20 students' runs|Too heavy/.test(`+textJS("exercise-share")+`)`,
		120*time.Second, "the share of 20 names in #exercise-share")
	shown := text(t, ctx, "exercise-share")
	want := ex.Share(exercise.ShareNames, exercise.MaxShareWork, nil)
	t.Logf("#exercise-share: %s (natively: %+v)", shown, want)
	if want.Heavy {
		t.Fatalf("natively too heavy: %+v", want)
	}
	wantText := fmt.Sprintf("%d of %d students' runs meet this goal", want.Met, want.Names)
	if want.Met == 0 {
		wantText = fmt.Sprintf("none of %d students' runs meets this goal", want.Names)
	}
	if !strings.Contains(shown, wantText) || !regexp.MustCompile(`stop rules on`).MatchString(shown) {
		t.Errorf("#exercise-share = %q, want %q with the stop rules on", shown, wantText)
	}
	texts := eval[[]string](t, ctx, `window.__shareTexts`)
	progress := 0
	for _, s := range texts {
		if strings.Contains(s, "of 20 done") {
			progress++
		}
	}
	if progress == 0 {
		t.Errorf("#exercise-share showed no progress note while the names trained: %q", texts)
	}
	t.Logf("%d progress notes, the first %q", progress, texts[0])
}

// TestEditorOffersFile: an exercise on a table too large for a short link
// even packed (1,500 rows) is offered as a file (#exercise-long,
// #exercise-file); a fresh profile imports that file (#import-file) and
// opens the exercise, with its data.
func TestEditorOffersFile(t *testing.T) {
	a := openPage(t)
	eval[struct{}](t, a, captureDownloadsJS)
	setValue(t, a, "data-input", datasets.ClinicLike(2, 1500))
	click(t, a, "data-load")
	waitFor(t, a, `/\b1500\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		30*time.Second, "the summary of the 1,500 pasted rows")
	summary := text(t, a, "data-summary")
	openPanelJS(t, a, "exercise-editor")
	setValue(t, a, "exercise-title", "A long table")
	click(t, a, "exercise-make")
	waitFor(t, a, `document.getElementById("exercise-long") !== null`, 30*time.Second, "the offer of a file (#exercise-long)")
	url := eval[string](t, a, elem("exercise-url")+`.value`)
	if len(url) <= link.LongLink {
		t.Fatalf("#exercise-long for a link of %d characters", len(url))
	}
	t.Logf("1,500 rows: a link of %d characters; #exercise-long: %s", len(url), text(t, a, "exercise-long"))
	file := download(t, a, "exercise-file", "exercise.txt")
	if strings.TrimSpace(file) != url {
		t.Fatalf("the file holds %.80q…, want the link", file)
	}

	b := openPage(t)
	importFile(t, b, "exercise.txt", file)
	waitFor(t, b, textJS("exercise-heading")+` === "A long table"`, 30*time.Second, "the exercise opened from the file")
	waitFor(t, b, textJS("data-summary")+` === `+js(summary), 30*time.Second, "the same data summary as the teacher's")
}
