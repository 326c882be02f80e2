package e2e

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// TestOfflineReload starts its own server, opens the page until its
// service worker controls it, stops the server and reloads: the page comes
// back from the service worker's cache (#app-ready, the first data set), a
// step trains, and every file of the built site's web/ folder (the
// exercise checker's checker.wasm included) can be answered offline.
func TestOfflineReload(t *testing.T) {
	siteURL(t) // builds the server binary
	url, cmd, err := serve(siteDir)
	if err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop := func() {
		if !stopped {
			cmd.Process.Kill()
			cmd.Wait()
			stopped = true
		}
	}
	t.Cleanup(stop)

	ctx := newBrowser(t)
	openLink(t, ctx, url)
	ok := eval[bool](t, ctx, `Promise.race([
		navigator.serviceWorker.ready.then(() => true),
		new Promise(r => setTimeout(() => r(false), 20000)),
	])`)
	if !ok {
		t.Fatal("no service worker became ready within 20 s")
	}
	// clients.claim() makes it control this page; a reload makes sure.
	if !eval[bool](t, ctx, `navigator.serviceWorker.controller !== null`) {
		openLink(t, ctx, url)
	}
	waitFor(t, ctx, `navigator.serviceWorker.controller !== null`, 20*time.Second, "the service worker to control the page")
	stepToEpoch(t, ctx, 1)

	stop()
	// The server is gone: a request for the page fails.
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatalf("reload with the server stopped: %v", err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready offline")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the first data set offline")
	if got := eval[float64](t, ctx, epochJS); got != 0 && got != 1 {
		t.Errorf("#epoch = %v after the offline reload", got)
	}
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` >= 1`, 20*time.Second, "a step offline")
	if e := eval[string](t, ctx, textJS("worker-error")+` + `+textJS("data-error")); e != "" {
		t.Errorf("errors offline: %q", e)
	}

	// Every file of web/ (but the .gz and .br siblings) is in the cache: the checker's worker needs
	// checker.wasm, which the page fetches only when a check runs.
	files, err := filepath.Glob(filepath.Join(siteDir, "web", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		if strings.HasSuffix(f, ".gz") || strings.HasSuffix(f, ".br") {
			continue // precompressed siblings: the server's, not URLs of their own
		}
		names = append(names, "web/"+filepath.Base(f))
	}
	missing := eval[[]string](t, ctx, `(async names => {
		const out = [];
		for (const n of names) {
			if (!(await caches.match(new URL(n, document.baseURI).href))) out.push(n);
		}
		return out;
	})(`+jsStrings(names)+`)`)
	if len(missing) > 0 {
		slices.Sort(missing)
		t.Errorf("offline, the service worker's cache lacks %s (of %d files in web/)", strings.Join(missing, ", "), len(names))
	}

	// Links open offline (the page may decode them in a worker): a
	// session link, then an exercise link whose completion code, made by
	// the native core, the tools worker (checker.wasm) re-runs.
	s := session.Default()
	s.Dataset = "spiral"
	sessionLink, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	openOffline(t, ctx, url+sessionLink, elem("dataset-select")+`.value === "spiral" && `+epochJS+` === 0`, "the spiral session link")
	exLink, code := nativeExercise(t)
	openOffline(t, ctx, url+exLink, `document.getElementById("exercise-goal") !== null`, "the exercise link")
	openPanelJS(t, ctx, "checker")
	setValue(t, ctx, "checker-input", code)
	click(t, ctx, "checker-run")
	waitFor(t, ctx, `document.querySelectorAll("#checker-results tbody tr").length === 1 || `+textJS("checker-error")+` !== ""`,
		30*time.Second, "the checker's verdict offline")
	rows := eval[[]checkRowShown](t, ctx, checkRowsJS)
	if e := eval[string](t, ctx, textJS("checker-error")); e != "" || len(rows) != 1 || rows[0].Accepted != "true" {
		t.Errorf("offline, the checker gives %+v (#checker-error %q), want the native code accepted", rows, e)
	}
}

// offlineErrorsJS gathers the page's error texts.
const offlineErrorsJS = `["link-error", "worker-error", "data-error", "checker-error"].map(id => id + "=" + JSON.stringify((document.getElementById(id)?.textContent ?? "").trim())).join(" ")`

// openOffline navigates to url (the same document, another fragment: a
// hashchange) and waits until ready is true; on a timeout it fails with
// the page's error texts.
func openOffline(t *testing.T, ctx context.Context, url, ready, what string) {
	t.Helper()
	if err := navigate(ctx, url); err != nil {
		t.Fatal(err)
	}
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](ready,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		t.Fatalf("offline, %s did not open within 20 s (%s): %v\n%s", what, ready, eval[string](t, ctx, offlineErrorsJS), err)
	}
}

// nativeExercise makes an exercise (xor with the default network, test
// accuracy at least 0.9) and a completion code for it with the native
// core: the first epoch that meets the goal.
func nativeExercise(t *testing.T) (exLink, code string) {
	t.Helper()
	s := session.Default()
	s.Dataset = "xor"
	// A fixed nonce (Link would choose one at random): the test does not
	// depend on the draw.
	ex := &exercise.Exercise{Title: "offline", Settings: s, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9}, Nonce: "0ff11e0e2e"}
	exLink, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	// The name and the link's nonce seed the training: take the first of
	// a few names whose training meets the goal.
	for _, name := range []string{"native", "native 2", "native 3", "native 4", "native 5"} {
		st := ex.StudentSettings(name, s)
		ses, err := session.Build(st)
		if err != nil {
			t.Fatal(err)
		}
		for range 500 {
			if err := ses.Trainer.Step(); err != nil {
				break
			}
			if stats := ses.Trainer.Stats(); ex.Met(stats) {
				code, err := ex.Code(name, st, false, stats)
				if err != nil {
					t.Fatal(err)
				}
				return exLink, code
			}
		}
	}
	t.Fatal("the native core does not meet the goal on xor in 500 epochs")
	return "", ""
}

// jsStrings quotes the strings as a JavaScript array literal.
func jsStrings(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = js(x)
	}
	return "[" + strings.Join(q, ",") + "]"
}
