package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// TestDivergenceExplained trains the regression plane with a learning rate
// far too large: training stops, and the page shows the engine's own
// message, the same text the native core gives for the same settings.
func TestDivergenceExplained(t *testing.T) {
	s := session.Default()
	s.Dataset = "reg-plane"
	s.Norm = data.NoNorm
	s.Model.LearningRate = 1e30 // NaN in the first epoch: a divergence, not a finite explosion the coach stops first
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
		20*time.Second, "the regression plane at epoch 0 (the metric label says R²)")
	openPanelJS(t, ctx, "training-panel")
	setValue(t, ctx, "norm", "none")
	waitFor(t, ctx, epochJS+` === 0 && `+elem("norm")+`.value === "none"`, 20*time.Second, "no normalization")
	setValue(t, ctx, "learning-rate", "1e30")
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "epoch 0 with the new learning rate")
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
	// The divergence's report is the first at rest; a step after it is
	// answered with the divergence again, at the same epoch: training did
	// not go on.
	waitFor(t, ctx, restsJS+` >= 1`, 10*time.Second, "the divergence's report shown")
	e := eval[int](t, ctx, epochJS)
	if e2 := stepAfterRest(t, ctx); e2 != e {
		t.Errorf("#epoch went on after divergence: %v, then %v after a step", e, e2)
	}
	// In Chinese: the same epoch, value and learning rate, in Chinese words.
	setValue(t, ctx, "lang", "zh")
	waitFor(t, ctx, `/第 \d+ 轮.*解决办法.*学习率（现在是 1e\+30）/.test(document.getElementById("diverged")?.textContent ?? "")`, 10*time.Second, "the divergence in Chinese")
	t.Logf("#diverged in Chinese: %s", eval[string](t, ctx, `document.getElementById("diverged").textContent`))
}

// TestKeyboard drives training with the keys alone: → steps one epoch,
// space trains and space pauses.
func TestKeyboard(t *testing.T) {
	ctx := openPage(t)
	eval[chromedp.Void](t, ctx, `document.activeElement?.blur()`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, epochJS+` === 1`, 20*time.Second, "epoch 1 after →")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, epochJS+` > 10 && `+elem("train")+`.getAttribute("aria-pressed") === "true"`, 20*time.Second, "training after space")
	eval[chromedp.Void](t, ctx, `document.activeElement?.blur()`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false"`, 20*time.Second, "pause after space")
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
	waitFor(t, ctx, epochJS+` === 1`, 20*time.Second, "epoch 1 under /nnplay/")
	mu.Lock()
	defer mu.Unlock()
	if len(outside) > 0 {
		t.Errorf("the page under /nnplay/ asked for paths outside it: %q", outside)
	}
}

// stableIDs are the element ids that tests, teachers' scripts and screen
// readers find things by (keep them exact), each with the tags it may have when
// it must be a real control ("" = any element).
var stableIDs = [][2]string{
	{"data-input", "TEXTAREA INPUT"}, {"data-load", "BUTTON"}, {"data-error", ""}, {"data-summary", ""},
	{"dataset-select", "SELECT"}, {"target-column", "SELECT INPUT"}, {"layers", "INPUT"},
	{"activation", "SELECT"}, {"loss", "SELECT"}, {"optimizer", "SELECT"},
	{"learning-rate", "INPUT"}, {"batch-size", "INPUT"}, {"regularization", "SELECT"}, {"reg-rate", "INPUT"},
	{"test-ratio", "INPUT"}, {"seed", "INPUT"},
	{"train", "BUTTON"}, {"step", "BUTTON"}, {"reset", "BUTTON"},
	{"epoch", ""}, {"train-loss", ""}, {"test-loss", ""}, {"train-metric", ""}, {"test-metric", ""},
	{"loss-chart", ""}, {"network", ""}, {"boundary", ""}, {"lang", "SELECT BUTTON"},
}

// TestStableIDs checks that every id of stableIDs is on the page, once
// its panel is open (a closed panel's contents are not built), and on a
// real control where it names one.
func TestStableIDs(t *testing.T) {
	ctx := openPage(t)
	for _, c := range stableIDs {
		id, tags := c[0], c[1]
		reveal(t, ctx, id)
		n := eval[int](t, ctx, fmt.Sprintf(`document.querySelectorAll("#" + CSS.escape(%s)).length`, js(id)))
		if n != 1 {
			t.Errorf("#%s: %d elements, want 1", id, n)
			continue
		}
		tag := eval[string](t, ctx, elem(id)+`.tagName`)
		if tags != "" && !slices.Contains(strings.Fields(tags), tag) {
			t.Errorf("#%s is a <%s>, want one of %s", id, strings.ToLower(tag), strings.ToLower(tags))
		}
	}
	if e := text(t, ctx, "epoch"); !regexp.MustCompile(`^\d+$`).MatchString(e) {
		t.Errorf("#epoch = %q, want plain digits", e)
	}
}

// TestPhoneWidth opens the page 375 px wide: nothing scrolls sideways, and
// the controls to train are inside the screen and work.
func TestPhoneWidth(t *testing.T) {
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateScale(2)),
		chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the trainer to load the first data set")
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 375 {
		wide := eval[string](t, ctx, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 376).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.split(" ")[0] : "") + " right=" + Math.round(e.getBoundingClientRect().right)).join(", ")`)
		t.Errorf("the page is %d px wide on a 375 px screen (scrolls sideways); widest elements: %s", w, wide)
	}
	for _, id := range []string{"train", "step", "reset", "dataset-select", "data-input", "epoch", "train-loss"} {
		r := eval[[]float64](t, ctx, `(r => [r.left, r.right])(`+elem(id)+`.getBoundingClientRect())`)
		if r[0] < 0 || r[1] > 375 {
			t.Errorf("#%s spans x %.0f..%.0f, outside the 375 px screen", id, r[0], r[1])
		}
	}
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` === 1`, 20*time.Second, "epoch 1 on the phone-sized page")
}

// TestEditWeight types a new value for one weight into the keyboard weight
// editor (#wedit) and steps one epoch: the loss shown equals the native
// core's after the same edit and step, so the edit reached the live
// network.
func TestEditWeight(t *testing.T) {
	const layer, to, from, value = 0, 1, 0, 2.5
	ses, err := session.Build(session.Default())
	if err != nil {
		t.Fatal(err)
	}
	before := nativeStep(t, ses, false)
	if err := ses.Trainer.SetWeight(layer, to, from, value); err != nil {
		t.Fatal(err)
	}
	want := nativeStep(t, ses, true)
	if equal6(want.TrainLoss, before.TrainLoss) {
		t.Fatalf("the edit does not change the native loss (%v); choose another weight or value", want.TrainLoss)
	}

	ctx := openPage(t)
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "epoch 0 of the default data")
	eval[chromedp.Void](t, ctx, elem("wedit")+`.open = true`)
	waitFor(t, ctx, `document.getElementById("wedit-layer") !== null`, 20*time.Second, "the weight editor")
	setValue(t, ctx, "wedit-layer", fmt.Sprint(layer))
	setValue(t, ctx, "wedit-to", fmt.Sprint(to))
	setValue(t, ctx, "wedit-from", fmt.Sprint(from))
	setValue(t, ctx, "wedit-value", fmt.Sprint(value))
	click(t, ctx, "wedit-apply")
	// The editor shows the weight's current value as its placeholder.
	waitFor(t, ctx, fmt.Sprintf(`Number(%s.placeholder) === %v`, elem("wedit-value"), value), 20*time.Second, "the edited weight in the editor")
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` === 1`, 20*time.Second, "epoch 1 after the edit")
	waitLoss(t, ctx, "train-loss", want.TrainLoss, "epoch 1 after the edit")
}

// nativeStep steps the session one epoch and returns its stats; with keep
// false it steps a copy built from the same settings instead.
func nativeStep(t *testing.T, ses *session.Session, keep bool) nn.Stats {
	t.Helper()
	if !keep {
		c, err := session.Build(ses.Settings)
		if err != nil {
			t.Fatal(err)
		}
		ses = c
	}
	if err := ses.Trainer.Step(); err != nil {
		t.Fatal(err)
	}
	return ses.Trainer.Stats()
}

// TestOverfittingNotice trains the spiral with the default network, which
// overfits it (with the default settings and seed the native core's test
// loss rises while the train loss falls, first from epoch 220 on): the page
// says so (#overfitting, the notice of web/notices.go).
func TestOverfittingNotice(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "spiral")
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "the spiral dataset at epoch 0")
	if got := eval[bool](t, ctx, `document.getElementById("overfitting") !== null`); got {
		t.Fatal("#overfitting shown before any training")
	}
	setValue(t, ctx, "speed", "1000")
	click(t, ctx, "train")
	// The notice may come and go with the noise of the test loss: read it
	// in the same evaluation that sees it.
	seen, err := chromedp.Run(ctx, chromedp.Poll[struct {
		Epoch float64 `json:"epoch"`
		Text  string  `json:"text"`
	}](`(() => {
		const n = document.getElementById("overfitting");
		return n && {epoch: `+epochJS+`, text: n.textContent.trim()};
	})()`, chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(45*time.Second)))
	if err != nil {
		t.Fatalf("waiting for the overfitting notice: %v\n%s", err, pageState(ctx))
	}
	e, note := seen.Epoch, seen.Text
	pauseTraining(t, ctx)
	if e < 20 || note == "" {
		t.Errorf("overfitting notice %q at epoch %v, want a text after the first 20 epochs", note, e)
	}
	t.Logf("overfitting notice at epoch %v: %s", e, note)
}

// TestFilePickAndDrop loads a TSV file with the file picker (#data-file),
// then drops a CSV file on the data panel: each time the summary shows the
// file's rows and the paste area its text.
func TestFilePickAndDrop(t *testing.T) {
	tsv := strings.ReplaceAll(ringCSV, ",", "\t")
	path := filepath.Join(t.TempDir(), "ring.tsv")
	if err := os.WriteFile(path, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := openPage(t)
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("data-file"), []string{path})); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `/\b60 /.test(`+textJS("data-summary")+`)`, 20*time.Second, "the summary of the picked file's 60 rows")
	if got := eval[string](t, ctx, elem("data-input")+`.value`); got != tsv {
		t.Errorf("#data-input after picking a file = %.60q…, want the file's text", got)
	}

	// Drop 25 rows of it as CSV on the data panel.
	lines := strings.SplitAfter(ringCSV, "\n")
	csv := strings.Join(lines[:26], "")
	eval[chromedp.Void](t, ctx, fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%s], "ring.csv", {type: "text/csv"}));
		const panel = document.getElementById("data-input").closest("section");
		panel.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		panel.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`, js(csv)))
	waitFor(t, ctx, `/\b25 /.test(`+textJS("data-summary")+`)`, 20*time.Second, "the summary of the dropped file's 25 rows")
	if got := eval[string](t, ctx, elem("data-input")+`.value`); got != csv {
		t.Errorf("#data-input after a drop = %.60q…, want the file's text", got)
	}

	// Spreadsheets' other encodings: Windows-1252 ("CSV" saved on Windows)
	// and UTF-16 with a byte order mark (Excel's "Unicode text").
	want := "Größe;Preis €;Klasse\n1,5;2;ä\n2,5;3;é\n3,5;4;ä\n"
	cp1252 := strings.NewReplacer("ö", "\xf6", "ß", "\xdf", "€", "\x80", "ä", "\xe4", "é", "\xe9").Replace(want)
	u16 := []byte{0xff, 0xfe}
	for _, r := range want {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	for _, f := range []struct {
		name string
		b    []byte
	}{{"cp1252.csv", []byte(cp1252)}, {"unicode.txt", u16}} {
		p := filepath.Join(t.TempDir(), f.name)
		if err := os.WriteFile(p, f.b, 0o644); err != nil {
			t.Fatal(err)
		}
		eval[chromedp.Void](t, ctx, elem("data-input")+`.value = ""`)
		if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("data-file"), []string{p})); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, elem("data-input")+`.value !== ""`, 20*time.Second, "the text of "+f.name)
		if got := eval[string](t, ctx, elem("data-input")+`.value`); got != want {
			t.Errorf("#data-input after picking %s = %q, want %q", f.name, got, want)
		}
		waitFor(t, ctx, `/\b3 rows\b/.test(`+textJS("data-summary")+`) && /Klasse/.test(`+textJS("data-summary")+`)`, 20*time.Second, "the summary of "+f.name)
	}
}
