package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"
)

// doAction performs one of a lesson step's actions through the page's
// controls, as a student would, and waits until the page has the trainer's
// answer to it (in a lesson, #lesson-check has counted a report more) and
// has settled.
func doAction(t *testing.T, ctx context.Context, a guide.Action) {
	t.Helper()
	r0 := eval[int](t, ctx, lessonReportsJS)
	asked := true // the action asks the trainer for something
	switch a.Kind {
	case guide.ActSet:
		switch a.Setting {
		case "l1", "l2":
			if v, _ := strconv.ParseFloat(a.Value, 64); v == 0 {
				asked = changeTo(t, ctx, "regularization", "none")
			} else {
				asked = changeTo(t, ctx, "regularization", a.Setting)
				asked = changeTo(t, ctx, "reg-rate", a.Value) || asked
			}
		case "restoreBest":
			reveal(t, ctx, "restore-best")
			asked = eval[bool](t, ctx, elem("restore-best")+`.checked`) != (a.Value == "true")
			if asked {
				click(t, ctx, "restore-best")
			}
		default:
			e := session.Find(a.Setting) // the page's control of the setting
			if e == nil || e.Control == "" {
				t.Fatalf("no control for setting %q", a.Setting)
			}
			asked = changeTo(t, ctx, e.Control, a.Value)
		}
	case guide.ActAddLayer:
		click(t, ctx, "add-layer")
		if a.Units > 0 {
			settleAfter(t, ctx, r0, "the network with a layer more")
			r0 = eval[int](t, ctx, lessonReportsJS)
			h := value(t, ctx, "layers")
			parts := strings.Split(h, ",")
			parts[len(parts)-1] = strconv.Itoa(a.Units)
			asked = changeTo(t, ctx, "layers", strings.Join(parts, ","))
		}
	case guide.ActRemoveLayer:
		click(t, ctx, "remove-layer")
	case guide.ActReset:
		click(t, ctx, "reset")
	case guide.ActTrain:
		e0 := eval[int](t, ctx, epochJS)
		setValue(t, ctx, "step-epochs", strconv.Itoa(a.Epochs))
		click(t, ctx, "step")
		waitFor(t, ctx, fmt.Sprintf(`%s >= %d || document.getElementById("exploded") !== null || document.getElementById("diverged") !== null || document.getElementById("stopped") !== null`, epochJS, e0+a.Epochs),
			120*time.Second, fmt.Sprintf("%d epochs", a.Epochs))
	case guide.ActEditWeight:
		setValue(t, ctx, "wedit-layer", strconv.Itoa(a.Layer))
		setValue(t, ctx, "wedit-to", strconv.Itoa(a.To))
		setValue(t, ctx, "wedit-from", strconv.Itoa(a.From))
		setValue(t, ctx, "wedit-value", strconv.FormatFloat(a.Weight, 'g', -1, 64))
		click(t, ctx, "wedit-apply")
	case guide.ActPress:
		id := map[string]string{guide.ButtonRollback: "coach-back", guide.ButtonRollbackLower: "coach-lower", guide.ButtonRollbackClip: "coach-clip"}[a.Button]
		waitFor(t, ctx, `document.getElementById(`+js(id)+`) !== null`, 10*time.Second, "#"+id)
		click(t, ctx, id)
	case guide.ActMapColumns:
		waitFor(t, ctx, `document.getElementById("boundary-x") !== null`, 10*time.Second, "the map's column pickers")
		asked = false
		if a.X != "" {
			asked = changeTo(t, ctx, "boundary-x", a.X)
		}
		if a.Y != "" {
			asked = changeTo(t, ctx, "boundary-y", a.Y) || asked
		}
	case guide.ActExplain:
		clickNeuron(t, ctx, a.Layer, a.To)
		waitFor(t, ctx, `document.getElementById("explain-z") !== null`, 10*time.Second, "the explain view")
		return
	default:
		t.Fatalf("no way to do action %q", a.Kind)
	}
	if !asked {
		r0 = -1 // nothing to wait for but the page at rest
	}
	settleAfter(t, ctx, r0, fmt.Sprintf("the answer to %+v", a))
}

// changeTo sets the control id to want with setValue and reports whether
// it held another value before (another number, for a number): a change
// to the value it holds asks the trainer for nothing.
func changeTo(t *testing.T, ctx context.Context, id, want string) bool {
	t.Helper()
	cur := value(t, ctx, id)
	setValue(t, ctx, id, want)
	if cur == want {
		return false
	}
	if a, err := strconv.ParseFloat(cur, 64); err == nil {
		if b, err := strconv.ParseFloat(want, 64); err == nil && a == b {
			return false
		}
	}
	return true
}

// lessonReportsJS is #lesson-check's data-reports: how many of the
// trainer's reports the open step's check has seen since the step opened
// (-1 without a lesson).
const lessonReportsJS = `Number(document.getElementById("lesson-check")?.dataset.reports ?? -1)`

// settle waits until the page is not training, shows an epoch and, in a
// lesson, has built the step's settings (#lesson-check's data-building),
// so that the check shown is the step's network's.
func settle(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false" && !`+elem("train")+`.disabled && !Number.isNaN(`+epochJS+`)`+
		` && document.getElementById("lesson-check")?.dataset.building !== "true"`,
		30*time.Second, "the page to settle")
}

// settleAfter waits, in a lesson, until the open step's check has seen a
// report of the trainer after the r0-th (what: the answer to an action),
// then for the page to settle. r0 < 0 waits for the page to settle alone.
func settleAfter(t *testing.T, ctx context.Context, r0 int, what string) {
	t.Helper()
	if r0 >= 0 {
		waitFor(t, ctx, fmt.Sprintf("%s > %d", lessonReportsJS, r0), 30*time.Second, what+" seen by #lesson-check")
	}
	settle(t, ctx)
}

// neuronXY is where the page draws unit of layer (Network.Sizes index) on
// #network (web/network_view.go's layout), in the viewport, after
// scrolling the network into view.
func neuronXY(t *testing.T, ctx context.Context, layer, unit int) (x, y float64) {
	t.Helper()
	p := eval[[2]float64](t, ctx, `(() => {
		const c = document.getElementById("network"), r = c.getBoundingClientRect();
		const sizes = `+networkSizesJS+`;
		const padL = 96, padR = 24, padY = 12, L = sizes.length, maxN = Math.max(...sizes);
		const step = Math.min(56, (r.height - 2*padY) / maxN);
		const x = padL + `+strconv.Itoa(layer)+` * (r.width - padL - padR) / (L - 1);
		const n = sizes[`+strconv.Itoa(layer)+`];
		const y = r.height/2 - step*(n-1)/2 + `+strconv.Itoa(unit)+`*step;
		c.scrollIntoView({block: "center"});
		const r2 = c.getBoundingClientRect();
		return [r2.left + x, r2.top + y];
	})()`)
	return p[0], p[1]
}

// clickNeuron clicks unit of layer (Network.Sizes index) on #network with
// the mouse, where the page draws it.
func clickNeuron(t *testing.T, ctx context.Context, layer, unit int) {
	t.Helper()
	x, y := neuronXY(t, ctx, layer, unit)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
}

// networkSizesJS is the network's layer sizes, which #network carries.
const networkSizesJS = `document.getElementById("network").dataset.sizes.split(",").map(Number)`

// TestGuidedLessons takes every built-in lesson in English, step by step,
// doing what each step asks through the page's controls; every step's
// check is met (#lesson-check aria-checked) in the order given. Then the
// progress survives a reload, a lesson link opens at its first step in a
// fresh profile, and a teacher's own guided lesson round-trips through its
// link.
func TestGuidedLessons(t *testing.T) {
	lessons := exercise.Lessons()
	ctx := openPage(t)
	openPanelJS(t, ctx, "lessons")
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("#lessons [data-lesson]").length === %d`, len(lessons)), 20*time.Second, "the gallery")
	for _, ls := range lessons {
		t.Run(ls.ID, func(t *testing.T) {
			eval[chromedp.Void](t, ctx, openLessonJS(ls.ID))
			waitFor(t, ctx, textJS("lesson-title")+` === `+js(ls.Title.En)+` && `+textJS("lesson-progress")+` === `+js(fmt.Sprintf("step 1 of %d", len(ls.Steps))), 20*time.Second, "the lesson's first step")
			settle(t, ctx)
			for i, st := range ls.Steps {
				waitFor(t, ctx, textJS("lesson-progress")+` === `+js(fmt.Sprintf("step %d of %d", i+1, len(ls.Steps))), 20*time.Second, fmt.Sprintf("step %d", i+1))
				if got := text(t, ctx, "lesson-step"); got != st.Text.En {
					t.Errorf("step %d: #lesson-step = %.60q…, want the step's text", i+1, got)
				}
				settle(t, ctx)
				for _, a := range st.Actions {
					doAction(t, ctx, a)
				}
				waitFor(t, ctx, elem("lesson-check")+`.getAttribute("aria-checked") === "true"`, 60*time.Second,
					fmt.Sprintf("step %d's check (%s)", i+1, eval[string](t, ctx, textJS("lesson-check"))))
				t.Logf("step %d met: %s", i+1, eval[string](t, ctx, textJS("lesson-check")))
				if i+1 < len(ls.Steps) {
					click(t, ctx, "lesson-next")
				}
			}
		})
	}

	// Progress survives a reload: open a lesson, go to step 2, reload.
	ls := lessons[0]
	eval[chromedp.Void](t, ctx, openLessonJS(ls.ID))
	waitFor(t, ctx, textJS("lesson-title")+` === `+js(ls.Title.En), 20*time.Second, "the first lesson again")
	settle(t, ctx)
	for _, a := range ls.Steps[0].Actions {
		doAction(t, ctx, a)
	}
	waitFor(t, ctx, elem("lesson-check")+`.getAttribute("aria-checked") === "true"`, 60*time.Second, "step 1 met")
	click(t, ctx, "lesson-next")
	waitFor(t, ctx, textJS("lesson-progress")+` === `+js(fmt.Sprintf("step 2 of %d", len(ls.Steps))), 10*time.Second, "step 2")
	lessonURL := eval[string](t, ctx, `location.href`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the page after the reload")
	waitFor(t, ctx, textJS("lesson-progress")+` === `+js(fmt.Sprintf("step 2 of %d", len(ls.Steps))), 20*time.Second, "step 2 after the reload")

	// The lesson link in a fresh profile opens at its first step.
	b := newBrowser(t)
	openLink(t, b, lessonURL)
	waitFor(t, b, textJS("lesson-progress")+` === `+js(fmt.Sprintf("step 1 of %d", len(ls.Steps))), 30*time.Second, "step 1 in a fresh profile")

	// A teacher's guided lesson round-trips through its link.
	own := guide.Lesson{ID: "my-xor", Title: guide.Text{En: "My XOR", Zh: "我的 XOR"}, About: guide.Text{En: "A teacher's lesson.", Zh: "老师的课程。"},
		Settings: session.Default(), Steps: []guide.Step{
			{Text: guide.Text{En: "Train 100 epochs.", Zh: "训练 100 轮。"}, Actions: []guide.Action{{Kind: guide.ActTrain, Epochs: 100}},
				Check: &guide.Check{Kind: guide.CheckMetric, Metric: "epoch", Op: ">=", Value: 100}},
			{Text: guide.Text{En: "Add a layer.", Zh: "添加一层。"}, Actions: []guide.Action{{Kind: guide.ActAddLayer, Units: 2}},
				Check: &guide.Check{Kind: guide.CheckSetting, Setting: "layers", Op: ">=", Value: 3}},
			{Text: guide.Text{En: "Done.", Zh: "完成。"}},
		}}
	own.Settings.Dataset = "xor"
	l := &exercise.Lesson{Lesson: own}
	frag, err := l.Link()
	if err != nil {
		t.Fatal(err)
	}
	c := newBrowser(t)
	openLink(t, c, strings.SplitN(siteURL(t), "#", 2)[0]+frag)
	waitFor(t, c, textJS("lesson-title")+` === "My XOR" && `+textJS("lesson-progress")+` === "step 1 of 3"`, 30*time.Second, "the teacher's lesson")
	settle(t, c)
	doAction(t, c, own.Steps[0].Actions[0])
	waitFor(t, c, elem("lesson-check")+`.getAttribute("aria-checked") === "true"`, 30*time.Second, "the teacher's first check")
	click(t, c, "lesson-next")
	waitFor(t, c, textJS("lesson-progress")+` === "step 2 of 3"`, 10*time.Second, "the teacher's second step")
	doAction(t, c, own.Steps[1].Actions[0])
	waitFor(t, c, elem("lesson-check")+`.getAttribute("aria-checked") === "true"`, 30*time.Second, "the teacher's second check")

	// A teacher writes a lesson in the page's editor and shares it.
	openPanelJS(t, ctx, "lesson-editor")
	setValue(t, ctx, "guide-title", "Ten epochs")
	setValue(t, ctx, "guide-step-0-text", "Train ten epochs with Step.")
	setValue(t, ctx, "guide-step-0-check", "metric")
	waitFor(t, ctx, `document.getElementById("guide-step-0-name") !== null && document.getElementById("guide-step-0-value") !== null`, 10*time.Second, "the check's fields")
	setValue(t, ctx, "guide-step-0-name", "epoch")
	setValue(t, ctx, "guide-step-0-op", ">=")
	setValue(t, ctx, "guide-step-0-value", "10")
	setValue(t, ctx, "guide-step-1-text", "Look at the loss chart.")
	setValue(t, ctx, "guide-step-2-text", "That is all.")
	click(t, ctx, "guide-make")
	waitFor(t, ctx, `/#v\d+\./.test(`+elem("guide-url")+`.value) || `+textJS("guide-error")+` !== ""`, 20*time.Second, "the lesson's link")
	if e := eval[string](t, ctx, textJS("guide-error")); e != "" {
		t.Fatalf("#guide-error = %q", e)
	}
	made := eval[string](t, ctx, elem("guide-url")+`.value`)
	d := newBrowser(t)
	openLink(t, d, made)
	waitFor(t, d, textJS("lesson-title")+` === "Ten epochs" && `+textJS("lesson-progress")+` === "step 1 of 3"`, 30*time.Second, "the lesson made in the editor")
	settle(t, d)
	if eval[string](t, d, elem("lesson-check")+`.getAttribute("aria-checked")`) == "true" {
		t.Errorf("the editor's check is met before training")
	}
	doAction(t, d, guide.Action{Kind: guide.ActTrain, Epochs: 10})
	waitFor(t, d, elem("lesson-check")+`.getAttribute("aria-checked") === "true"`, 30*time.Second, "the editor's check after ten epochs")
}

// openLessonJS clicks the link of lesson id in #lessons.
func openLessonJS(id string) string {
	return `document.querySelector('#lessons [data-lesson="` + id + `"] a').click()`
}
