package e2e

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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
	openURL(t, ctx, url)
	ok := eval[bool](t, ctx, `Promise.race([
		navigator.serviceWorker.ready.then(() => true),
		new Promise(r => setTimeout(() => r(false), 20000)),
	])`)
	if !ok {
		t.Fatal("no service worker became ready within 20 s")
	}
	// clients.claim() makes it control this page; a reload makes sure.
	if !eval[bool](t, ctx, `navigator.serviceWorker.controller !== null`) {
		openURL(t, ctx, url)
	}
	waitFor(t, ctx, `navigator.serviceWorker.controller !== null`, 20*time.Second, "the service worker to control the page")
	stepTo(t, ctx, 1)

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

	// Every file of web/ is in the cache: the checker's worker needs
	// checker.wasm, which the page fetches only when a check runs.
	files, err := filepath.Glob(filepath.Join(siteDir, "web", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, "web/"+filepath.Base(f))
	}
	missing := eval[[]string](t, ctx, `(async names => {
		const out = [];
		for (const n of names) {
			if (!(await caches.match(new URL(n, document.baseURI).href))) out.push(n);
		}
		return out;
	})(`+jsList(names)+`)`)
	if len(missing) > 0 {
		slices.Sort(missing)
		t.Errorf("offline, the service worker's cache lacks %s (of %d files in web/)", strings.Join(missing, ", "), len(names))
	}
}

// jsList quotes the strings as a JavaScript array literal.
func jsList(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = js(x)
	}
	return "[" + strings.Join(q, ",") + "]"
}
