package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// workersJS runs before the page's scripts and keeps every Worker the page
// starts in window.__workers, with its name.
const workersJS = `(() => {
	const W = window.Worker;
	window.__workers = [];
	window.Worker = class extends W {
		constructor(...args) {
			super(...args);
			this.__name = (args[1] && args[1].name) || "";
			window.__workers.push(this);
		}
	};
})()`

// TestTrainerRestart: when the trainer worker dies (worker.js reports that
// its Go program exited), the page starts a new one with the same settings,
// says so, and trains again; the data stays.
func TestTrainerRestart(t *testing.T) {
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), addInitScript(workersJS), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the first data set")
	setValue(t, ctx, "dataset-select", "spiral")
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "the spiral at epoch 0")
	summary := text(t, ctx, "data-summary")
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` > 30`, 30*time.Second, "training")
	click(t, ctx, "train")

	trainers := `window.__workers.filter(w => w.__name === "trainer")`
	if n := eval[int](t, ctx, trainers+`.length`); n != 1 {
		t.Fatalf("%d trainer workers at the start", n)
	}
	eval[chromedp.Void](t, ctx, trainers+`[0].dispatchEvent(new MessageEvent("message", {data: "trainer: stopped: the Go program exited"}))`)
	waitFor(t, ctx, `document.getElementById("trainer-restarted") !== null && `+epochJS+` === 0`, 20*time.Second, "the restart notice and epoch 0")
	if n := eval[int](t, ctx, trainers+`.length`); n != 2 {
		t.Errorf("%d trainer workers after the restart, want 2", n)
	}
	if msg := text(t, ctx, "trainer-restarted"); !strings.Contains(msg, "the Go program exited") || !strings.Contains(msg, "epoch 0") {
		t.Errorf("notice %q", msg)
	}
	if got := eval[string](t, ctx, elem("dataset-select")+`.value`); got != "spiral" {
		t.Errorf("dataset after the restart: %q", got)
	}
	if got := text(t, ctx, "data-summary"); got != summary {
		t.Errorf("data summary %q, was %q", got, summary)
	}
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` > 20`, 30*time.Second, "the new trainer training")
	paused := pauseTraining(t, ctx)
	// The old worker is gone: an error it throws now changes nothing. A
	// restart would be handled before the step pressed after it (the page
	// handles both in order) and start again from epoch 0; instead the step
	// goes on from where training paused.
	eval[chromedp.Void](t, ctx, trainers+`[0].dispatchEvent(new ErrorEvent("error", {message: "late"}))`)
	if got := stepAfterRest(t, ctx); got != paused+1 {
		t.Errorf("after an error from the stopped worker, a step shows epoch %d, want %d", got, paused+1)
	}
	if n := eval[int](t, ctx, trainers+`.length`); n != 2 {
		t.Errorf("an error from the stopped worker started another: %d trainers", n)
	}
}
