package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/guide"
)

// lessonMetJS is true when the open step's check shows met.
var lessonMetJS = elem("lesson-check") + `.getAttribute("aria-checked") === "true"`

// notDoneFor checks that the open step's check is not met once the page
// has settled with the step's network (settle: the trainer's answer to the
// settings the step opened with, if any, seen by the check).
func notDoneFor(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	settle(t, ctx)
	if eval[bool](t, ctx, lessonMetJS) {
		t.Errorf("%s is done on arrival: %s", what, text(t, ctx, "lesson-check"))
	}
	if s := text(t, ctx, "lesson-check"); !strings.HasPrefix(s, "○") {
		t.Errorf("%s: #lesson-check = %q, want what it waits for", what, s)
	}
}

// openLesson clicks lesson id's link in #lessons and waits for its first
// step on its own network (epoch 0).
func openLessonStep1(t *testing.T, ctx context.Context, ls exercise.Lesson) {
	t.Helper()
	eval[chromedp.Void](t, ctx, openLessonJS(ls.ID))
	waitFor(t, ctx, textJS("lesson-title")+` === `+js(ls.Title.En)+` && `+textJS("lesson-progress")+` === `+js(fmt.Sprintf("step 1 of %d", len(ls.Steps)))+
		` && `+epochJS+` === 0`, 30*time.Second, "the lesson "+ls.ID+"'s first step at epoch 0")
}

// TestLessonsNotDoneOnArrival trains the default session, then opens every
// built-in lesson in turn: no step is done on arrival, neither the first
// (whatever the lesson before left: trained, weights edited) nor the second
// after Next (which moves the focus to its text). Each lesson's first step
// is done as it says before the next lesson opens.
func TestLessonsNotDoneOnArrival(t *testing.T) {
	lessons := exercise.Lessons()
	ctx := openPage(t)
	openPanelJS(t, ctx, "lessons")
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("#lessons [data-lesson]").length === %d`, len(lessons)), 20*time.Second, "the gallery")
	doAction(t, ctx, guide.Action{Kind: guide.ActTrain, Epochs: 300}) // a trained page
	for _, ls := range lessons {
		t.Run(ls.ID, func(t *testing.T) {
			openLessonStep1(t, ctx, ls)
			notDoneFor(t, ctx, "step 1")
			for _, a := range ls.Steps[0].Actions {
				doAction(t, ctx, a)
			}
			waitFor(t, ctx, lessonMetJS, 60*time.Second, "step 1 done as it says ("+eval[string](t, ctx, textJS("lesson-check"))+")")
			click(t, ctx, "lesson-next")
			waitFor(t, ctx, textJS("lesson-progress")+` === `+js(fmt.Sprintf("step 2 of %d", len(ls.Steps))), 20*time.Second, "step 2")
			waitFor(t, ctx, `document.activeElement?.id === "lesson-step"`, 10*time.Second, "the focus on step 2's text")
			notDoneFor(t, ctx, "step 2")
		})
	}
}

// TestLessonSkipAndNext skips a step (marked skipped, not done), jumps to
// the last step from the list of steps, does it, and is offered the next
// lesson, which opens at its first step, not done.
func TestLessonSkipAndNext(t *testing.T) {
	lessons := exercise.Lessons()
	first, second := lessons[0], lessons[1]
	ctx := openPage(t)
	openPanelJS(t, ctx, "lessons")
	waitFor(t, ctx, `document.querySelector("#lessons [data-lesson]") !== null`, 20*time.Second, "the gallery")
	openLessonStep1(t, ctx, first)
	if eval[bool](t, ctx, `document.getElementById("lesson-next-lesson") !== null`) {
		t.Errorf("the first step offers the next lesson")
	}
	click(t, ctx, "lesson-skip")
	waitFor(t, ctx, textJS("lesson-progress")+` === "step 2 of 3"`, 20*time.Second, "step 2 after the skip")
	label := eval[string](t, ctx, elem("lesson-goto-0")+`.getAttribute("aria-label")`)
	if !strings.Contains(label, "skipped") || strings.Contains(label, "done") {
		t.Errorf("#lesson-goto-0 says %q, want skipped", label)
	}
	notDoneFor(t, ctx, "step 2 after a skip")

	click(t, ctx, "lesson-goto-2")
	waitFor(t, ctx, textJS("lesson-progress")+` === "step 3 of 3" && `+elem("lesson-goto-2")+`.getAttribute("aria-current") === "step"`, 20*time.Second, "step 3 from the list")
	notDoneFor(t, ctx, "step 3 jumped to")
	if eval[bool](t, ctx, `document.getElementById("lesson-next") !== null || document.getElementById("lesson-skip") !== null`) {
		t.Errorf("the last step offers Next or Skip")
	}
	next := eval[string](t, ctx, elem("lesson-next-lesson")+`.textContent`)
	if !strings.Contains(next, second.Title.En) {
		t.Errorf("#lesson-next-lesson = %q, want the next lesson %q", next, second.Title.En)
	}
	for _, a := range first.Steps[2].Actions {
		doAction(t, ctx, a)
	}
	waitFor(t, ctx, lessonMetJS, 60*time.Second, "the last step done ("+eval[string](t, ctx, textJS("lesson-check"))+")")
	if s := text(t, ctx, "lesson-check"); !strings.Contains(s, "last step") {
		t.Errorf("#lesson-check = %q at the end of the lesson", s)
	}
	waitFor(t, ctx, elem("lesson-next-lesson")+`.classList.contains("pg-primary")`, 5*time.Second, "the next lesson offered first")
	if c := eval[[]string](t, ctx, `(() => { const s = getComputedStyle(`+elem("lesson-next-lesson")+`); return [s.color, s.backgroundColor]; })()`); c[0] == c[1] {
		t.Errorf("#lesson-next-lesson is written in its background's colour %s", c[0])
	}
	click(t, ctx, "lesson-next-lesson")
	openedAt := textJS("lesson-title") + ` === ` + js(second.Title.En) + ` && ` + textJS("lesson-progress") + ` === "step 1 of 4"`
	waitFor(t, ctx, openedAt, 30*time.Second, "the next lesson")
	notDoneFor(t, ctx, "the next lesson's first step")
}

// inViewJS is true when the element with the id is inside the viewport.
func inViewJS(id string) string {
	return `(() => { const r = ` + elem(id) + `.getBoundingClientRect(); return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; })()`
}

// TestLessonLayout opens a lesson with the keyboard from the lessons
// panel far down the page at 1366×768: Train, the network and the
// readouts are in view beside the lesson, which takes the focus (the
// step's text) so that Tab goes on inside it. On a phone the lesson folds
// to a one-line bar with its check and Next.
func TestLessonLayout(t *testing.T) {
	ls := exercise.Lessons()[3]
	ctx := openPage(t)
	openPanelJS(t, ctx, "lessons")
	waitFor(t, ctx, `document.querySelector("#lessons [data-lesson]") !== null`, 20*time.Second, "the gallery")
	eval[chromedp.Void](t, ctx, `(() => { const a = document.querySelector('#lessons [data-lesson="`+ls.ID+`"] a'); a.scrollIntoView(); a.focus(); })()`)
	if y := eval[float64](t, ctx, `scrollY`); y < 200 {
		t.Logf("the lessons panel is at scrollY %v", y)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, textJS("lesson-title")+` === `+js(ls.Title.En)+` && `+epochJS+` === 0`, 30*time.Second, "the lesson")
	waitFor(t, ctx, `document.activeElement?.id === "lesson-step"`, 10*time.Second, "the focus on the step's text")
	for _, id := range []string{"train", "network", "test-loss", "epoch", "lesson-check", "lesson-next"} {
		if !eval[bool](t, ctx, inViewJS(id)) {
			t.Errorf("#%s is not in view with the lesson open (scrollY %v)", id, eval[float64](t, ctx, `scrollY`))
		}
	}
	if eval[bool](t, ctx, `(() => { const a = `+elem("lesson")+`.getBoundingClientRect(), b = `+elem("train")+`.getBoundingClientRect(); return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; })()`) {
		t.Errorf("the lesson covers Train")
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
		t.Fatal(err)
	}
	if !eval[bool](t, ctx, elem("lesson")+`.contains(document.activeElement)`) {
		t.Errorf("Tab after the lesson opened goes to %s, outside the lesson", eval[string](t, ctx, `document.activeElement?.id || document.activeElement?.tagName`))
	}
	shot(t, ctx, "lesson-laptop.png")

	// A phone: the sheet folds to one line with the check and Next.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateScale(2))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `getComputedStyle(`+elem("lesson-fold")+`).display !== "none"`, 10*time.Second, "the fold button on a phone")
	shot(t, ctx, "lesson-phone.png")
	click(t, ctx, "lesson-fold")
	waitFor(t, ctx, elem("lesson-fold")+`.getAttribute("aria-expanded") === "false"`, 10*time.Second, "the lesson folded")
	h := eval[float64](t, ctx, elem("lesson")+`.getBoundingClientRect().height`)
	if h > 64 {
		t.Errorf("the folded lesson is %v px high, want one line", h)
	}
	for _, id := range []string{"lesson-check", "lesson-next"} {
		if !eval[bool](t, ctx, inViewJS(id)) {
			t.Errorf("#%s is not in view in the folded lesson", id)
		}
	}
	if n := eval[float64](t, ctx, elem("lesson-check")+`.getBoundingClientRect().height`); n > 40 {
		t.Errorf("the folded check is %v px high, want one line", n)
	}
	shot(t, ctx, "lesson-phone-folded.png")
}

// shot writes a screenshot of the viewport to $LESSON_SHOTS/name when the
// variable is set (for a person to look at; make test does not set it).
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("LESSON_SHOTS")
	if dir == "" {
		return
	}
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`)
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}
