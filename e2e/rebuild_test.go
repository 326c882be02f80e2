package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// fetchProbeJS runs before the page's scripts and records the
// Content-Length of the app.wasm response the page gets, whether from the
// network or from its service worker's cache.
const fetchProbeJS = `(() => {
	const f = window.fetch;
	window.fetch = async (...args) => {
		const res = await f(...args);
		const url = String(args[0] && args[0].url || args[0]);
		// The body's decoded length: the server may send it compressed
		// (.br or .gz), so Content-Length need not be the file's size.
		if (/app\.[0-9a-f]{8,}\.wasm$/.test(url)) res.clone().arrayBuffer().then(b => { window.__appWasmLength = b.byteLength; });
		return res;
	};
})()`

// TestRebuildSeenOnReload serves a copy of the site, visits it twice (so
// that the service worker controls the page and has cached the files),
// then rebuilds it with cmd/sitegen: app.wasm gets a new custom section
// and the style sheet a new rule, so both get new content-hashed names in
// a new index.html. One reload must show both.
func TestRebuildSeenOnReload(t *testing.T) {
	siteURL(t) // builds the server
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(siteDir)); err != nil {
		t.Fatal(err)
	}
	url, cmd, err := serve(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	wasm0 := fileSize(t, siteAsset(t, dir, "app.wasm"))

	ctx := newBrowser(t)
	visit := func(what string) {
		t.Helper()
		if err := chromedp.Do(ctx, addInitScript(fetchProbeJS), chromedp.Navigate(url)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready "+what)
		waitFor(t, ctx, loadedJS, 30*time.Second, "the first data set "+what)
	}
	visit("on the first visit")
	// The service worker registered by the page takes control (clients.claim
	// or the next navigation); give it the time to install and cache.
	sw := eval[bool](t, ctx, `Promise.race([
		navigator.serviceWorker.ready.then(() => true),
		new Promise(r => setTimeout(() => r(false), 10000)),
	])`)
	t.Logf("service worker active: %v", sw)
	visit("on the second visit")
	if sw {
		waitFor(t, ctx, `navigator.serviceWorker.controller !== null`, 20*time.Second, "the service worker to control the page")
	}
	waitFor(t, ctx, `window.__appWasmLength !== undefined`, 20*time.Second, "app.wasm's body")
	if got := eval[float64](t, ctx, `window.__appWasmLength ?? -1`); got != float64(wasm0) {
		t.Fatalf("app.wasm's length on the second visit = %v, want %d", got, wasm0)
	}

	// The rebuild: the built binaries under their plain names, as the
	// Makefile leaves them for cmd/sitegen, and a changed style sheet.
	stamp := fmt.Sprintf("rebuild-%d", time.Now().UnixNano())
	for _, n := range []string{"app.wasm", "trainer.wasm", "checker.wasm", "wasm_exec.js"} {
		b, err := os.ReadFile(siteAsset(t, dir, n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "web", n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wasmPath := filepath.Join(dir, "web", "app.wasm")
	appendWasmSection(t, wasmPath, "e2e", stamp)
	wasm1 := fileSize(t, wasmPath)
	static := t.TempDir()
	if err := os.CopyFS(static, os.DirFS("../web/static")); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(static, "style.css"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "\n#playground { --e2e-build: %q; }\n", stamp)
	f.Close()
	gen := exec.Command("go", "run", "../cmd/sitegen", "-out", dir, "-static", static, "-worker", "../web/worker.js")
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("cmd/sitegen: %v\n%s", err, out)
	}
	// make build would write new precompressed siblings of the files
	// sitegen rewrote; stale ones must not be served in their place.
	for _, n := range []string{"index.html", "app-worker.js", "manifest.webmanifest"} {
		for _, ext := range []string{".gz", ".br"} {
			if err := os.Remove(filepath.Join(dir, n+ext)); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
		}
	}

	visit("after the rebuild")
	waitFor(t, ctx, `window.__appWasmLength !== undefined`, 20*time.Second, "app.wasm's body after the rebuild")
	if got := eval[float64](t, ctx, `window.__appWasmLength ?? -1`); got != float64(wasm1) {
		t.Errorf("after a rebuild and one reload the page got an app.wasm of %.0f bytes, the new one has %d (the old %d): stale app.wasm", got, wasm1, wasm0)
	}
	css := eval[string](t, ctx, `getComputedStyle(document.getElementById("playground")).getPropertyValue("--e2e-build").trim()`)
	if css != fmt.Sprintf("%q", stamp) {
		t.Errorf("after a rebuild and one reload the style sheet's new rule is missing (got %q): stale style.css", css)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// appendWasmSection appends a custom section (id 0) to the WebAssembly
// file: a valid module that differs from the old one, as a rebuild does.
func appendWasmSection(t *testing.T, path, name, payload string) {
	t.Helper()
	body := append(uleb(len(name)), name...)
	body = append(body, payload...)
	sec := append([]byte{0}, uleb(len(body))...)
	sec = append(sec, body...)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(sec); err != nil {
		t.Fatal(err)
	}
}

// uleb encodes n as unsigned LEB128.
func uleb(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}
