package e2e

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/session"
)

// divergingLesson is the lesson whose training must diverge.
const divergingLesson = "exploding"

// TestLessonsOpenAndTrain clicks every lesson of the gallery (#lessons,
// one #lesson-<id> per lesson of core/exercise) in turn: its explanation
// shows (#lesson-note, with the lesson's title), its data set loads, and
// three steps train without a data error, a worker error or a divergence
// notice. The exploding-loss lesson instead trains until it diverges, and
// #diverged shows the engine's message, the one the native core gives for
// the lesson's settings.
func TestLessonsOpenAndTrain(t *testing.T) {
	lessons := exercise.Lessons()
	ctx := openPage(t)
	// The gallery may come a moment after the page (fetched or asked of
	// a worker).
	openPanelJS(t, ctx, "lessons")
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("#lessons li[id^='lesson-']").length >= %d`, len(lessons)),
		20*time.Second, "the gallery of lessons")
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll("#lessons li[id^='lesson-']")].map(e => e.id.slice(7))`)
	var want []string
	for _, ls := range lessons {
		want = append(want, ls.ID)
	}
	if !slices.Equal(ids, want) {
		t.Errorf("#lessons lists %q, want core/exercise's lessons %q", ids, want)
	}
	seen := false
	for _, ls := range lessons {
		t.Run(ls.ID, func(t *testing.T) {
			id := "lesson-" + ls.ID
			eval[struct{}](t, ctx, elem(id)+`.querySelector("a").click()`)
			title := ls.Title.In("en")
			waitFor(t, ctx, fmt.Sprintf(`%s.startsWith(%s) && %s === 0 && %s !== "" && %s.value === %s`,
				textJS("lesson-title"), js(title), epochJS, textJS("train-loss"), elem("dataset-select"), js(ls.Settings.Dataset)),
				30*time.Second, "the lesson's title, its data set and epoch 0")
			if e := eval[string](t, ctx, textJS("link-error")); e != "" {
				t.Errorf("#link-error = %q", e)
			}
			if ls.ID == divergingLesson {
				seen = true
				want := nativeDivergence(t, ls.Settings, 1000)
				click(t, ctx, "train")
				waitFor(t, ctx, `document.getElementById("diverged") !== null`, 30*time.Second, "the divergence notice")
				got := text(t, ctx, "diverged")
				if !strings.Contains(got, want) {
					t.Errorf("#diverged = %q, want the engine's message %q", got, want)
				}
				t.Logf("#diverged: %s", got)
				return
			}
			stepToEpoch(t, ctx, 3)
			for _, e := range []string{"data-error", "diverged", "worker-error"} {
				if s := eval[string](t, ctx, textJS(e)); s != "" {
					t.Errorf("#%s = %q after 3 epochs", e, s)
				}
			}
			r := eval[readouts](t, ctx, readoutsJS)
			// The lesson's own settings reached the worker: the native
			// core gives the same train loss after 3 epochs (to 1e-9
			// relative: the last bits of math.Exp differ between amd64
			// and WebAssembly).
			got, want := number(t, r.TrainLoss, "train-loss"), nativeLoss(t, ls.Settings, 3)
			if math.Abs(got-want) > 1e-9*math.Abs(want) {
				t.Errorf("train loss after 3 epochs: page %v, native core %v for the lesson's settings", got, want)
			}
			t.Logf("epoch 3: train loss %s, test loss %q, test metric %q", r.TrainLoss, r.TestLoss, r.TestMetric)
		})
	}
	if !seen {
		t.Errorf("no lesson %q in the gallery", divergingLesson)
	}
}

// nativeLoss trains s natively for epochs epochs and returns the train
// loss.
func nativeLoss(t *testing.T, s session.Settings, epochs int) float64 {
	t.Helper()
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	for range epochs {
		if err := ses.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
	}
	return ses.Trainer.Stats().TrainLoss
}

// nativeDivergence trains s natively for at most epochs epochs and returns
// the message of the divergence error; it fails the test when there is
// none.
func nativeDivergence(t *testing.T, s session.Settings, epochs int) string {
	t.Helper()
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	for range epochs {
		if err := ses.Trainer.Step(); err != nil {
			return err.Error()
		}
	}
	t.Fatalf("the native core does not diverge in %d epochs", epochs)
	return ""
}
