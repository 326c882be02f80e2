package e2e

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/nnplayground/playground/core/session"
)

// TestDivergenceExplained trains the regression plane with a learning rate
// far too large: training stops, and the page shows the engine's own
// message, the same text the native core gives for the same settings.
func TestDivergenceExplained(t *testing.T) {
	s := session.Default()
	s.Dataset = "reg-plane"
	s.Model.LearningRate = 3
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	var want string
	for range 1000 {
		if err := ses.Trainer.Step(); err != nil {
			want = err.Error()
			break
		}
	}
	if want == "" {
		t.Fatal("the native core did not diverge; choose a larger learning rate")
	}

	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "reg-plane")
	waitFor(t, ctx, epochJS+` === 0 && /R²/.test(`+textJS("test-metric-label")+`)`,
		10*time.Second, "the regression plane at epoch 0 (the metric label says R²)")
	setValue(t, ctx, "learning-rate", "3")
	waitFor(t, ctx, epochJS+` === 0`, 10*time.Second, "epoch 0 with the new learning rate")
	click(t, ctx, "train")
	waitFor(t, ctx, `document.getElementById("diverged") !== null`, 20*time.Second, "the divergence notice")
	got := eval[string](t, ctx, `document.getElementById("diverged").textContent`)
	if !strings.Contains(got, want) {
		t.Errorf("#diverged = %q, want it to contain the engine's message %q", got, want)
	}
	t.Logf("#diverged: %s", got)
	if p := eval[string](t, ctx, elem("train")+`.getAttribute("aria-pressed")`); p != "false" {
		t.Errorf("#train aria-pressed = %q after divergence, want false (stopped)", p)
	}
	e := eval[float64](t, ctx, epochJS)
	eval[chromedp.Void](t, ctx, `new Promise(r => setTimeout(r, 300))`)
	if e2 := eval[float64](t, ctx, epochJS); e2 != e {
		t.Errorf("#epoch went on after divergence: %v, then %v", e, e2)
	}
}

// TestKeyboard drives training with the keys alone: → steps one epoch,
// space trains and space pauses.
func TestKeyboard(t *testing.T) {
	ctx := openPage(t)
	eval[chromedp.Void](t, ctx, `document.activeElement?.blur()`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, epochJS+` === 1`, 10*time.Second, "epoch 1 after →")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, epochJS+` > 10 && `+elem("train")+`.getAttribute("aria-pressed") === "true"`, 20*time.Second, "training after space")
	eval[chromedp.Void](t, ctx, `document.activeElement?.blur()`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false"`, 10*time.Second, "pause after space")
	// The counter stops: stable for 500 ms within 5 s.
	stable := eval[bool](t, ctx, `new Promise(resolve => {
		const text = () => document.getElementById("epoch").textContent;
		let v = text(), last = performance.now();
		const t0 = last;
		const check = () => {
			const now = performance.now();
			if (text() !== v) { v = text(); last = now; }
			if (now - last >= 500) resolve(true);
			else if (now - t0 > 5000) resolve(false);
			else setTimeout(check, 10);
		};
		check();
	})`)
	if !stable {
		t.Errorf("#epoch still changing after space paused training\n%s", pageState(ctx))
	}
}

// TestSubPath serves the site under /nnplay/, as a project page of a static
// host is, through a proxy in front of serve.go: the page loads, its worker
// starts and trains, and it asks for nothing outside /nnplay/.
func TestSubPath(t *testing.T) {
	backend, err := url.Parse(siteURL(t))
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(backend)
	var mu sync.Mutex
	var outside []string
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/favicon.ico" {
			http.NotFound(w, r) // browsers ask for it on their own
			return
		}
		p, ok := strings.CutPrefix(r.URL.Path, "/nnplay/")
		if !ok {
			mu.Lock()
			outside = append(outside, r.URL.Path)
			mu.Unlock()
			http.NotFound(w, r)
			return
		}
		r.URL.Path = "/" + p
		r.URL.RawPath = ""
		proxy.ServeHTTP(w, r)
	}))
	defer ts.Close()

	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), chromedp.Navigate(ts.URL+"/nnplay/")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready under /nnplay/")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the trainer to load the first data set under /nnplay/")
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` === 1`, 10*time.Second, "epoch 1 under /nnplay/")
	mu.Lock()
	defer mu.Unlock()
	if len(outside) > 0 {
		t.Errorf("the page under /nnplay/ asked for paths outside it: %q", outside)
	}
}
