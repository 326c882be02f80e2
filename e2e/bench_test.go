//go:build browserbench

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// benchReport collects the figures of TestBrowserBench, in order.
type benchReport struct {
	lines []string
	// worker holds the trainer worker's figures by workload (benchWorker),
	// for the page's figures to be set beside them.
	worker map[string]wire.BenchResult
}

func (r *benchReport) add(t *testing.T, format string, args ...any) {
	t.Helper()
	s := fmt.Sprintf(format, args...)
	r.lines = append(r.lines, s)
	t.Log(s)
}

// TestBrowserBench measures the playground in headless Chromium. It is a
// benchmark, not a test of behaviour, so it is built only with the tag
// browserbench, which `make bench-browser` gives.
func TestBrowserBench(t *testing.T) {
	var r benchReport
	host, _ := os.Hostname()
	r.lines = append(r.lines,
		"# In-browser benchmarks (make bench-browser)",
		fmt.Sprintf("# %s, chromium %s, %s, %d logical CPUs", time.Now().UTC().Format("2006-01-02 15:04 MST"), chromiumVersion(), host, cpuCount()),
		"# load average before: "+loadAvg(),
	)

	t.Run("sizes", func(t *testing.T) { benchSizes(t, &r) })
	t.Run("startup", func(t *testing.T) { benchStartup(t, &r) })
	t.Run("worker", func(t *testing.T) { benchWorker(t, &r) })
	t.Run("frames", func(t *testing.T) { benchFrames(t, &r) })
	t.Run("digits", func(t *testing.T) { benchDigits(t, &r) })
	t.Run("table-50k", func(t *testing.T) { benchTable50k(t, &r) })
	t.Run("class-check", func(t *testing.T) { benchClassCheck(t, &r) })

	r.lines = append(r.lines, "# load average after: "+loadAvg()+" (figures from a busy machine are low)")
	out := strings.Join(r.lines, "\n") + "\n"
	fmt.Printf("\n==== browser benchmarks ====\n%s============================\n", out)
	if err := os.MkdirAll(docsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(docsDir, "bench-browser.txt")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// benchSizes reports the sizes of the three WebAssembly binaries: raw, as
// served (the .gz and .br siblings `make build` writes: zopfli and Brotli)
// and at gzip -9 (gzip.BestCompression), for comparison.
func benchSizes(t *testing.T, r *benchReport) {
	for _, name := range []string{"app.wasm", "trainer.wasm", "checker.wasm"} {
		path := siteAsset(t, siteDir, name)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		gz, err := os.ReadFile(path + ".gz")
		if err != nil {
			t.Fatal(err)
		}
		br, err := os.ReadFile(path + ".br")
		if err != nil {
			t.Fatal(err)
		}
		r.add(t, "size %-13s %9d bytes raw (%.2f MB); served gzipped %9d (%.3f MB), Brotli %9d (%.3f MB); gzip -9 %9d (%.3f MB)",
			name, len(b), mb(len(b)), len(gz), mb(len(gz)), len(br), mb(len(br)), bestGzip(b), mb(bestGzip(b)))
	}
}

// startupJS runs before the page's own scripts: it records, in ms since
// the navigation started, the first contentful paint (the prerendered
// first screen), when the page is usable (the wasm UI runs, the first
// data set is shown and Train is enabled) and, when window.__clickAtUsable
// is set, clicks Train at that moment and records when the first trained
// epoch is shown.
const startupJS = `(() => {
	if (window.__e2e) return; // added again for a later navigation of the tab
	const e2e = window.__e2e = {};
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (e.name === "first-contentful-paint") e2e.fcp = e.startTime;
		}).observe({type: "paint", buffered: true});
	} catch (e) {}
	const check = () => {
		const now = performance.now();
		const train = document.getElementById("train");
		if (e2e.ready === undefined && document.getElementById("app-ready")) e2e.ready = now;
		const s = document.getElementById("data-summary");
		if (e2e.usable === undefined && e2e.ready !== undefined && s && s.textContent.trim() !== "" && train && !train.disabled) {
			e2e.usable = now;
			if (window.__clickAtUsable) train.click();
		}
		if (e2e.usable !== undefined && e2e.trained === undefined && Number((document.getElementById("epoch")?.textContent ?? "").trim()) > 0) e2e.trained = now;
		if (e2e.usable === undefined || (window.__clickAtUsable && e2e.trained === undefined)) requestAnimationFrame(check);
	};
	new MutationObserver(check).observe(document, {childList: true, subtree: true, characterData: true});
	requestAnimationFrame(check);
})()`

type startupTimes struct {
	FCP     float64 `json:"fcp"`
	Ready   float64 `json:"ready"`
	Usable  float64 `json:"usable"`
	Trained float64 `json:"trained"`
	// The steps between (boot.js's performance marks and the resource
	// timing of index.html and app.wasm), for the profile.
	HTML     float64 `json:"html"`
	WasmEnd  float64 `json:"wasmEnd"`
	Compiled float64 `json:"compiled"`
	Run      float64 `json:"run"`
	GoMain   float64 `json:"goMain"`
	Mounted  float64 `json:"mounted"`
	Trainer  float64 `json:"trainer"`
}

// startupStepsJS adds the steps to window.__e2e's times.
const startupStepsJS = `(() => {
	const mark = (n) => (performance.getEntriesByName(n, "mark")[0] || {}).startTime || 0;
	const nav = performance.getEntriesByType("navigation")[0] || {};
	const wasm = performance.getEntriesByType("resource").find((e) => /app\.[0-9a-f]+\.wasm$/.test(e.name)) || {};
	return {...window.__e2e, html: nav.responseEnd || 0, wasmEnd: wasm.responseEnd || 0,
		compiled: mark("nn:app.wasm-compiled"), run: mark("nn:app.wasm-run"), goMain: mark("nn:go-main"),
		mounted: mark("nn:page-mounted"), trainer: mark("nn:trainer-first-message")};
})()`

// benchStartup opens the page in a browser with a fresh profile (nothing
// cached, no service worker), three times, and reports the first paint of
// the first screen, the time until it is usable, and the first trained
// epoch shown after a click on Train made the moment it is usable; then
// the same on a reload with the browser's caches (and the service worker)
// warm.
func benchStartup(t *testing.T, r *benchReport) {
	url := siteURL(t)
	var cold, warm []startupTimes
	var bytes []transferred
	for range 3 {
		ctx := newBrowser(t)
		cold = append(cold, startupRun(t, ctx, url))
		bytes = append(bytes, eval[transferred](t, ctx, transferredJS))
		// Let the service worker install (it registers a second after the
		// load) before the warm reload.
		eval[bool](t, ctx, `Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise(r => setTimeout(() => r(false), 10000))])`)
		warm = append(warm, startupRun(t, ctx, url))
	}
	b := bytes[len(bytes)-1]
	r.add(t, "start cold bytes transferred for the page (HTML, scripts, styles, app.wasm; the workers' .wasm load in parallel, sizes above): %d (%.2f MB) compressed as served (brotli or gzip by Accept-Encoding), %d (%.2f MB) without compression, in %d requests",
		b.Wire, mb(b.Wire), b.Body, mb(b.Body), b.N)
	report := func(what string, ts []startupTimes) {
		col := func(f func(startupTimes) float64) []float64 {
			out := make([]float64, len(ts))
			for i, x := range ts {
				out[i] = f(x)
			}
			return out
		}
		fcp := col(func(x startupTimes) float64 { return x.FCP })
		ready := col(func(x startupTimes) float64 { return x.Ready })
		usable := col(func(x startupTimes) float64 { return x.Usable })
		trained := col(func(x startupTimes) float64 { return x.Trained })
		r.add(t, "start %-4s navigation -> first paint of the first screen (prerendered): median %4.0f ms (runs %s)", what, median(fcp), msList(fcp))
		r.add(t, "start %-4s navigation -> app.wasm running (#app-ready): median %4.0f ms (runs %s)", what, median(ready), msList(ready))
		r.add(t, "start %-4s navigation -> usable (data shown, Train enabled): median %4.0f ms (runs %s); -> first trained epoch shown after a click then: median %4.0f ms (runs %s)",
			what, median(usable), msList(usable), median(trained), msList(trained))
		r.add(t, "start %-4s steps (medians, ms from navigation): index.html received %.0f; app.wasm received %.0f, compiled %.0f (streaming, while it downloads), instantiated %.0f; Go's main (packages initialised) %.0f; the page mounted (go-app's first render, OnMount) %.0f, shown %.0f; the trainer's first message (its first data set) %.0f; usable %.0f",
			what, median(col(func(x startupTimes) float64 { return x.HTML })), median(col(func(x startupTimes) float64 { return x.WasmEnd })),
			median(col(func(x startupTimes) float64 { return x.Compiled })), median(col(func(x startupTimes) float64 { return x.Run })),
			median(col(func(x startupTimes) float64 { return x.GoMain })), median(col(func(x startupTimes) float64 { return x.Mounted })),
			median(ready), median(col(func(x startupTimes) float64 { return x.Trainer })), median(usable))
	}
	report("cold", cold)
	report("warm", warm)
}

// startupRun navigates the tab to url, clicking Train as soon as the page
// is usable, and returns the times startupJS recorded.
func startupRun(t *testing.T, ctx context.Context, url string) startupTimes {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), addInitScript(`window.__clickAtUsable = true;`), addInitScript(startupJS), chromedp.Navigate(url))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__e2e && window.__e2e.usable !== undefined && window.__e2e.trained !== undefined`, 30*time.Second, "the page to be usable and train")
	ts := eval[startupTimes](t, ctx, startupStepsJS)
	click(t, ctx, "train") // pause
	waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false"`, 10*time.Second, "training to pause")
	return ts
}

// probeJS runs before the page's own scripts: it counts the messages that
// the page receives from its workers (number and characters) and the main
// thread's long tasks (over 50 ms), so that a low frame rate can be traced
// to the reports or to the drawing.
const probeJS = `(() => {
	const probe = window.__probe = {msgs: 0, chars: 0, longTasks: 0, longMs: 0};
	const W = window.Worker;
	window.Worker = class extends W {
		constructor(...args) {
			super(...args);
			this.addEventListener("message", e => {
				probe.msgs++;
				if (typeof e.data === "string") probe.chars += e.data.length;
				else if (e.data && e.data.byteLength !== undefined) probe.chars += e.data.byteLength;
			});
		}
	};
	try {
		new PerformanceObserver(list => {
			for (const e of list.getEntries()) { probe.longTasks++; probe.longMs += e.duration; }
		}).observe({type: "longtask", buffered: true});
	} catch (e) {}
})()`

// framesJS counts animation frames over 2 s, and meanwhile the epochs
// shown, the reports received and the main thread's long tasks.
const framesJS = `new Promise(resolve => {
	const epoch = () => Number((document.getElementById("epoch")?.textContent ?? "").trim());
	const p0 = {...(window.__probe ?? {})};
	const e0 = epoch();
	let n = 0, worst = 0, prev = performance.now();
	const t0 = prev;
	const tick = now => {
		worst = Math.max(worst, now - prev);
		prev = now;
		if (now - t0 >= 2000) {
			const p = window.__probe ?? {};
			resolve({frames: n, ms: now - t0, worstMs: worst, epochs: epoch() - e0,
				msgs: (p.msgs ?? 0) - (p0.msgs ?? 0), chars: (p.chars ?? 0) - (p0.chars ?? 0),
				longMs: (p.longMs ?? 0) - (p0.longMs ?? 0)});
			return;
		}
		n++;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})`

type frameResult struct {
	Frames  int     `json:"frames"`
	Ms      float64 `json:"ms"`
	WorstMs float64 `json:"worstMs"`
	Epochs  float64 `json:"epochs"`
	Msgs    float64 `json:"msgs"`
	Chars   float64 `json:"chars"`
	LongMs  float64 `json:"longMs"`
}

// benchFrames trains the spiral on the page (loss chart, network, heatmaps
// redrawing) and reports the frame rate, the epochs shown per second, the
// reports the page receives, and the time from a click on pause to the
// last epoch shown.
func benchFrames(t *testing.T, r *benchReport) {
	ctx := newBrowser(t)
	err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), addInitScript(probeJS), chromedp.Navigate(siteURL(t)))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the trainer to load the first data set")
	setValue(t, ctx, "dataset-select", "spiral")
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "the spiral dataset at epoch 0")
	setValue(t, ctx, "speed", "0") // as fast as possible: the page's worst case

	idle := eval[frameResult](t, ctx, framesJS)
	var pauses []float64
	var fr []frameResult
	for range 5 {
		click(t, ctx, "train")
		waitFor(t, ctx, `(() => { const e = `+epochJS+`; window.__e0 ??= e; return e > window.__e0 + 20; })()`, 30*time.Second, "training")
		eval[chromedp.Void](t, ctx, `delete window.__e0`)
		fr = append(fr, eval[frameResult](t, ctx, framesJS))
		p := eval[pauseResult](t, ctx, pauseJS)
		if !p.Rested {
			t.Fatalf("training did not pause: %+v", p)
		}
		pauses = append(pauses, p.LastChangeMs)
	}
	fps := make([]float64, len(fr))
	eps := make([]float64, len(fr))
	msgs := make([]float64, len(fr))
	kb := make([]float64, len(fr))
	busy := make([]float64, len(fr))
	worst := 0.0
	for i, f := range fr {
		fps[i] = float64(f.Frames) / f.Ms * 1000
		eps[i] = f.Epochs / f.Ms * 1000
		msgs[i] = f.Msgs / f.Ms * 1000
		if f.Msgs > 0 {
			kb[i] = f.Chars / f.Msgs / 1000
		}
		busy[i] = f.LongMs / f.Ms * 100
		worst = max(worst, f.WorstMs)
	}
	r.add(t, "page  frame rate idle: %.1f frames/s", float64(idle.Frames)/idle.Ms*1000)
	r.add(t, "page  frame rate while training the spiral (loss chart, network, heatmaps): median %.1f frames/s, best %.1f (runs %s), longest frame %.0f ms",
		median(fps), slices.Max(fps), list(fps, "%.1f"), worst)
	r.add(t, "page  meanwhile: %.0f epochs shown/s; %.0f reports/s of %.0f kB each; %.0f %% of the time in long tasks (>50 ms) on the main thread",
		median(eps), median(msgs), median(kb), median(busy))
	r.add(t, "page  click on pause -> last epoch shown: median %.0f ms, best %.0f ms, max %.0f ms (runs %s)",
		median(pauses), slices.Min(pauses), slices.Max(pauses), msList(pauses))
}

// digitsJS clicks #train and resolves with the milliseconds until the page
// shows epoch 50 (or more), checking at every animation frame.
const digitsJS = `new Promise(resolve => {
	const epoch = () => Number((document.getElementById("epoch")?.textContent ?? "").trim());
	const p0 = {...(window.__probe ?? {})};
	let frames = 0;
	const t0 = performance.now();
	document.getElementById("train").click();
	const tick = now => {
		frames++;
		if (epoch() >= 50) {
			const p = window.__probe ?? {};
			resolve({ms: performance.now() - t0, epochs: epoch(), frames: frames,
				msgs: (p.msgs ?? 0) - (p0.msgs ?? 0), longMs: (p.longMs ?? 0) - (p0.longMs ?? 0)});
			return;
		}
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})`

type digitsResult struct {
	Ms     float64 `json:"ms"`
	Epochs float64 `json:"epochs"`
	Frames float64 `json:"frames"`
	Msgs   float64 `json:"msgs"`
	LongMs float64 `json:"longMs"`
}

// benchDigits opens the page with the 1,797 × 64 digits table pasted
// (session.Workloads' 1797x64-adam: 64→32→10 ReLU/softmax, Adam, batch 32,
// saved as the last visit's session) and reports the epochs per second
// from a click on Train until the page shows epoch 50, as fast as possible.
func benchDigits(t *testing.T, r *benchReport) {
	var w session.Workload
	for _, x := range session.Workloads() {
		if x.Name == "1797x64-adam" {
			w = x
		}
	}
	saved, err := json.Marshal(w.Settings)
	if err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	seed := fmt.Sprintf(`localStorage.setItem("nnplay-session", %s); localStorage.setItem("nnplay-draft", "");`, js(string(saved)))
	err = chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), addInitScript(probeJS), addInitScript(seed), chromedp.Navigate(siteURL(t)))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, `/1,?797/.test(`+textJS("data-summary")+`) && `+epochJS+` === 0`, 60*time.Second, "the digits table at epoch 0")
	setValue(t, ctx, "speed", "0")
	var eps, fps []float64
	var res []digitsResult
	for i := range 3 {
		if i > 0 {
			click(t, ctx, "reset") // also pauses
			waitFor(t, ctx, elem("train")+`.getAttribute("aria-pressed") === "false"`, 30*time.Second, "training to stop")
			waitFor(t, ctx, epochJS+` === 0`, 30*time.Second, "epoch 0 after reset")
		}
		d := eval[digitsResult](t, ctx, digitsJS)
		res = append(res, d)
		eps = append(eps, 50/d.Ms*1000)
		fps = append(fps, d.Frames/d.Ms*1000)
	}
	click(t, ctx, "train") // pause
	r.add(t, "page  digits 1797x64 (64→32→10 ReLU/softmax, Adam, batch 32) from a click on Train to epoch 50: median %.1f epochs/s (runs %s); %.0f frames/s meanwhile; %.0f reports in the first run, %.0f ms of long tasks",
		median(eps), list(eps, "%.1f"), median(fps), res[0].Msgs, res[0].LongMs)
	if wr, ok := r.worker[w.Name]; ok && wr.EpochsPerSec > 0 {
		r.add(t, "page  digits beside the worker alone (same run): page %.1f epochs/s = %.0f %% of the worker's loop (%.1f epochs/s, snapshots and yields included) and %.0f %% of its bare Step loop (%.1f epochs/s)",
			median(eps), 100*median(eps)/wr.EpochsPerSec, wr.EpochsPerSec, 100*median(eps)/wr.RawEpochsPerSec, wr.RawEpochsPerSec)
		// Where an epoch's time goes, in ms per epoch: the bare step, the
		// statistics of both splits, the loop's snapshots (of which the
		// extras: decision map with its column importance, confusion) and
		// yields, and what the page adds (its own thread's work slowing
		// the worker's, the messages).
		per := func(rate float64) float64 { return 1000 / rate }
		ep := float64(max(wr.Epochs, 1))
		step := per(wr.RawEpochsPerSec)
		stats := per(wr.StatsEpochsPerSec) - step
		loop := per(wr.EpochsPerSec) - per(wr.StatsEpochsPerSec)
		page := per(median(eps)) - per(wr.EpochsPerSec)
		r.add(t, "page  digits, ms per epoch: step %.2f + both splits' statistics %.2f + the loop's extra %.2f (snapshots %.2f, of which decision map/importance/confusion %.2f; yields %.2f) + the page's extra %.2f = %.2f",
			step, stats, loop, wr.SnapshotMs/ep, wr.ExtrasMs/ep, wr.YieldMs/ep, page, per(median(eps)))
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func list(xs []float64, format string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf(format, x)
	}
	return strings.Join(parts, ", ")
}

func msList(xs []float64) string { return list(xs, "%.0f") }

// chromiumVersion returns what chromium --version says.
func chromiumVersion() string {
	out, err := exec.Command(chromiumPath, "--version").Output()
	if err != nil {
		return "(unknown version)"
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(out)), "Chromium "))
}

func cpuCount() int { return runtime.NumCPU() }

// workerBenchJS starts a second trainer worker beside the page's own, posts
// it the encoded wire.Bench command (wasm/bench.go) given as an array of
// bytes, and returns the bytes of its answer (wire.BenchResults, or
// wire.Failed), skipping the reports it posts meanwhile.
const workerBenchJS = `new Promise((resolve, reject) => {
	const w = new Worker(new URL((window.nnAssets || {})["worker.js"] || "web/worker.js", document.baseURI));
	const timer = setTimeout(() => { w.terminate(); reject(new Error("no bench report after 120 s")); }, 120000);
	w.onerror = e => { clearTimeout(timer); w.terminate(); reject(new Error("worker: " + e.message)); };
	w.onmessage = e => {
		if (typeof e.data === "string") { clearTimeout(timer); w.terminate(); reject(new Error(e.data)); return; }
		const tag = e.data[%d];
		if (tag === %d || tag === %d) {
			clearTimeout(timer);
			w.terminate();
			resolve(Array.from(e.data));
		}
	};
	w.postMessage(new Uint8Array(%s));
})`

// benchWorker reports the training throughput of the trainer worker on the
// workloads of wasm/bench.go's benchNames, through its training loop and as a
// bare Step loop, and the ratio to the same workload trained natively here,
// and the time to encode and decode one full snapshot.
func benchWorker(t *testing.T, r *benchReport) {
	ctx := openPage(t)
	const secs = 4
	var ints []int
	for _, c := range wire.Marshal(&wire.Bench{Seconds: secs}) {
		ints = append(ints, int(c))
	}
	arr, _ := json.Marshal(ints)
	raw := eval[[]int](t, ctx, fmt.Sprintf(workerBenchJS, wire.HeaderLen-1, new(wire.BenchResults).Tag(), new(wire.Failed).Tag(), arr))
	b := make([]byte, len(raw))
	for i, c := range raw {
		b[i] = byte(c)
	}
	m, err := wire.Unmarshal(b, wire.Trainer)
	if err != nil {
		t.Fatalf("bench answer: %v", err)
	}
	wb, ok := m.(*wire.BenchResults)
	if !ok {
		t.Fatalf("worker answered the bench command with %+v", m)
	}
	for _, res := range wb.Results {
		if r.worker == nil {
			r.worker = map[string]wire.BenchResult{}
		}
		r.worker[res.Name] = res
		native := nativeEpochsPerSec(t, res.Name, res.Samples)
		r.add(t, "worker %-18s training (Trainer.Step in the worker): %5.0f epochs/s; native %5.0f epochs/s; wasm/native %.2f",
			res.Name, res.RawEpochsPerSec, native, res.RawEpochsPerSec/native)
		r.add(t, "worker %-18s with both splits' losses and metrics after every epoch (Step+Stats): %5.0f epochs/s; through the page's loop (%d snapshots in %.1f s, %.0f %% of it on snapshots, %.0f %% on yields): %5.0f epochs/s",
			res.Name, res.StatsEpochsPerSec, res.Snapshots, res.Seconds, res.SnapshotMs/10/res.Seconds, res.YieldMs/10/res.Seconds, res.EpochsPerSec)
		r.add(t, "worker %-18s pause op -> final snapshot posted: max %.1f ms (runs %s ms)",
			res.Name, res.PauseMaxMs, list(res.PauseMs, "%.1f"))
		r.add(t, "worker %-18s a full snapshot (%d bytes, with heatmap and points): encode %.3f ms, decode %.3f ms (core/wire, in the worker's WebAssembly)",
			res.Name, res.SnapshotBytes, res.EncodeMs, res.DecodeMs)
	}
}

// loadAvg returns the 1, 5 and 15 minute load averages.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "(unknown)"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "(unknown)"
	}
	return strings.Join(f[:3], " ")
}

// transferredJS sums what the navigation and every resource it loaded
// sent over the wire (transferSize: compressed as served, with headers)
// and what their bodies are once decoded (decodedBodySize: the bytes
// without compression).
const transferredJS = `(() => {
	const all = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
	return {wire: all.reduce((s, e) => s + (e.transferSize || 0), 0), body: all.reduce((s, e) => s + (e.decodedBodySize || 0), 0), n: all.length};
})()`

type transferred struct {
	Wire int `json:"wire"`
	Body int `json:"body"`
	N    int `json:"n"`
}
