package e2e

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/wire"
)

// TestFirstScreenInIndex fetches index.html raw, as the browser gets it
// before any script runs: the first screen is there (the run bar, the
// readouts, the data, the network and the output), and every asset it
// names is content-hashed and served to be kept (serve.go's rule), while
// index.html itself is revalidated.
func TestFirstScreenInIndex(t *testing.T) {
	base := siteURL(t)
	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("index.html: Cache-Control %q, want no-cache", cc)
	}
	for _, want := range []string{
		`id="train"`, `>Train</button>`, `id="epoch"`, `id="learning-rate"`,
		`id="dataset-select"`, `id="data-summary"`, `id="network"`, `id="boundary"`, `id="loss-chart"`,
		`Neural network playground`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	// A boolean attribute HTML reads as true when present, whatever its value.
	if m := regexp.MustCompile(` (selected|checked|disabled|hidden|open|readonly|required|multiple)="false"`).FindString(html); m != "" {
		t.Errorf("index.html holds%s", m)
	}
	for _, bad := range []string{`NaN`, `{progress}`} {
		if strings.Contains(html, bad) {
			t.Errorf("index.html holds %s", bad)
		}
	}
	// The trainer's first report is there (computed at build time by the
	// same engine), and the pictures of the network and the output.
	if m := regexp.MustCompile(`id="data-summary"[^>]*>([^<]+)<`).FindStringSubmatch(html); m == nil || !strings.Contains(m[1], "rows") {
		t.Errorf("index.html has no data summary: %v", m)
	}
	if m := regexp.MustCompile(`id="train-loss"[^>]*>([0-9.]+)<`).FindStringSubmatch(html); m == nil {
		t.Error("index.html shows no train loss")
	}
	for _, id := range []string{"network", "boundary"} {
		if !regexp.MustCompile(`<canvas[^>]*id="` + id + `"[^>]*style="background:url\(&quot;data:image/svg\+xml,`).MatchString(html) {
			t.Errorf("index.html has no picture of #%s", id)
		}
	}
	// Train answers before WebAssembly runs: it is not disabled.
	if m := regexp.MustCompile(`<button[^>]*id="train"[^>]*>`).FindString(html); strings.Contains(m, "disabled") {
		t.Errorf("the prerendered Train is disabled: %s", m)
	}
	refs := regexp.MustCompile(`(?:src|href)="(web/[^"]+)"`).FindAllStringSubmatch(html, -1)
	hashed := regexp.MustCompile(`\.[0-9a-f]{8,}\.[a-z]+$`)
	seen := map[string]bool{}
	for _, r := range refs {
		p := r[1]
		if !hashed.MatchString(p) {
			if !strings.HasPrefix(p, "web/icon") {
				t.Errorf("index.html names %s, whose name has no content hash", p)
			}
			continue
		}
		seen[strings.Split(p, ".")[0]] = true
		res, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: %s, Cache-Control %q", p, res.Status, res.Header.Get("Cache-Control"))
		}
	}
	for _, n := range []string{"web/app", "web/boot", "web/style", "web/wasm_exec", "web/glue"} {
		if !seen[n] {
			t.Errorf("index.html names no hashed %s file", n)
		}
	}
}

// holdWasmJS runs before the page's scripts: app.wasm's compilation waits
// until window.__release() is called.
const holdWasmJS = `(() => {
	let release;
	const hold = new Promise(r => { release = r; });
	window.__release = () => release();
	for (const f of ["compileStreaming", "compile", "instantiateStreaming", "instantiate"]) {
		const orig = WebAssembly[f];
		if (orig) WebAssembly[f] = async (...args) => { await hold; return orig.apply(WebAssembly, args); };
	}
})()`

// holdTrainerJS runs before the page's scripts: the trainer worker's
// messages to the page wait until window.__release() is called, so that
// the page runs while the trainer has not loaded the first data set.
const holdTrainerJS = `(() => {
	const held = [];
	let open = false;
	const W = window.Worker;
	window.Worker = class extends W {
		constructor(...args) {
			super(...args);
			if (args[1] && args[1].name === "tools") return;
			this.addEventListener("message", (e) => {
				if (open) return;
				e.stopImmediatePropagation();
				held.push([this, e.data]);
			});
		}
	};
	window.__release = () => {
		open = true;
		for (const [w, data] of held.splice(0)) w.dispatchEvent(new MessageEvent("message", {data}));
	};
})()`

// TestTrainBeforeReady clicks Train before the page can train: before
// app.wasm runs (boot.js keeps the click), and with the page running but
// the trainer's first data set not yet there (the store keeps it). Either
// way the button shows pressed at once, and training starts when the
// trainer is ready.
func TestTrainBeforeReady(t *testing.T) {
	for _, tc := range []struct {
		name, hold, before string
	}{
		{"before app.wasm", holdWasmJS, `!(` + readyJS + `)`},
		{"before the trainer", holdTrainerJS, readyJS},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newBrowser(t)
			err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), addInitScript(tc.hold), chromedp.Navigate(siteURL(t)))
			if err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `document.getElementById("train") !== null && (`+tc.before+`)`, 30*time.Second, "the page "+tc.name)
			if !eval[bool](t, ctx, tc.before) {
				t.Fatalf("not %s any more", tc.name)
			}
			click(t, ctx, "train")
			waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "true"`, 10*time.Second, "Train to show pressed")
			if got := eval[float64](t, ctx, `Number((document.getElementById("epoch")?.textContent ?? "").trim() || 0)`); got > 0 {
				t.Fatalf("epoch %v before the release", got)
			}
			eval[chromedp.Void](t, ctx, `window.__release()`)
			waitFor(t, ctx, readyJS+` && `+loadedJS+` && `+epochJS+` > 5`, 60*time.Second, "the training asked for "+tc.name)
			if got := eval[string](t, ctx, elem("train")+`.getAttribute("aria-pressed")`); got != "true" {
				t.Errorf("training: aria-pressed %q", got)
			}
		})
	}
}

// countLoadsJS runs before the page's scripts: it counts the Load commands
// posted to the trainer worker (boot.js's and the page's), by their tag.
const countLoadsJS = `(() => {
	if (window.__loads !== undefined) return; // added again for a later navigation of the tab
	window.__loads = 0;
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (m, ...rest) {
		if (m instanceof Uint8Array && m[%d] === %d) window.__loads++;
		return post.call(this, m, ...rest);
	};
})()`

// TestFirstVisitLoadsOnce: on a first visit boot.js sends the first load
// ahead, while app.wasm compiles, and the page does not send it again: the
// trainer gets one Load. On the next visit (a saved session) boot.js sends
// nothing and the page its own Load, once.
func TestFirstVisitLoadsOnce(t *testing.T) {
	ctx := newBrowser(t)
	script := fmt.Sprintf(countLoadsJS, wire.HeaderLen-1, new(wire.Load).Tag())
	for _, visit := range []struct {
		name  string
		ahead bool
	}{{"first visit", true}, {"second visit", false}} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), addInitScript(script), chromedp.Navigate(siteURL(t))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, loadedJS, 30*time.Second, "the first data set on the "+visit.name)
		if got := eval[bool](t, ctx, `Array.isArray(window.nnBoot.sent)`); got != visit.ahead {
			t.Errorf("%s: boot.js sent commands ahead: %v, want %v", visit.name, got, visit.ahead)
		}
		if n := eval[int](t, ctx, `window.__loads`); n != 1 {
			t.Errorf("%s: %d Load commands posted to the trainer, want 1", visit.name, n)
		}
	}
}
