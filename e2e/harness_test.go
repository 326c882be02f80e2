package e2e

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

const (
	// chromiumPath is Debian's chromium.
	chromiumPath = "/usr/bin/chromium"
	// installHint is the one command that installs it.
	installHint = "apt-get install -y chromium"

	// docsDir receives the screenshots and the benchmark figures.
	docsDir = "../docs"

	// readyJS is true once the wasm UI has started and took over the
	// pre-rendered HTML; before that, the controls are only painted. The
	// marker (an element #app-ready, and data-ready="1" on #playground) is
	// documented in web/doc.go.
	readyJS = `document.getElementById("app-ready") !== null`

	// loadedJS is true once the trainer worker reported the first data set
	// to the running page (index.html's prerendered first screen shows a
	// summary before: the running page's #app-ready tells them apart).
	loadedJS = `document.getElementById("app-ready") !== null && (document.getElementById("data-summary")?.textContent ?? "").trim() !== ""`

	// viewW and viewH are the size of the page's viewport.
	viewW, viewH = 1366, 768 // a school laptop
)

// siteDir is the site that `make build` writes, relative to this package;
// the environment variable E2E_SITE overrides it.
var siteDir = cmp.Or(os.Getenv("E2E_SITE"), "../site")

// server is the one static server that all tests share.
var server struct {
	once sync.Once
	url  string
	err  error
	cmd  *exec.Cmd
	dir  string // temporary folder of the server binary
	bin  string // the server binary
}

func TestMain(m *testing.M) {
	code := m.Run()
	if c := server.cmd; c != nil && c.Process != nil {
		c.Process.Kill()
		c.Wait()
	}
	if server.dir != "" {
		os.RemoveAll(server.dir)
	}
	os.Exit(code)
}

// siteURL returns the base URL of the built site, served by serve.go on a
// free port of 127.0.0.1. It builds and starts the server on its first call.
func siteURL(t testing.TB) string {
	t.Helper()
	server.once.Do(func() { server.url, server.err = startServer() })
	if server.err != nil {
		t.Fatal(server.err)
	}
	return server.url
}

func startServer() (string, error) {
	if _, err := os.Stat(filepath.Join(siteDir, "index.html")); err != nil {
		return "", fmt.Errorf("no built site in %s (run `make build` first): %w", siteDir, err)
	}
	dir, err := os.MkdirTemp("", "e2e-serve-")
	if err != nil {
		return "", err
	}
	server.dir = dir
	bin := filepath.Join(dir, "serve")
	build := exec.Command("go", "build", "-o", bin, "../serve.go")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building serve.go: %v\n%s", err, out)
	}
	server.bin = bin
	url, cmd, err := serve(siteDir)
	server.cmd = cmd
	return url, err
}

// serve starts the server built from serve.go on dir, on a free port of
// 127.0.0.1, and returns its base URL once it answers. siteURL must have
// run first.
func serve(dir string) (string, *exec.Cmd, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(server.bin, "-dir", dir, "-addr", addr)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("starting serve: %w", err)
	}
	url := "http://" + addr + "/"
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return url, cmd, nil
			}
			err = fmt.Errorf("GET %s: %s", url, resp.Status)
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			return "", nil, fmt.Errorf("serve.go did not answer on %s: %w", addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// newBrowser starts headless chromium with a fresh profile and returns the
// context of its first tab; the browser stops when the test ends. It fails
// the test when chromium is missing.
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("chromium is missing (%v): install it with\n\t%s", err, installHint)
	}
	profile := t.TempDir() // removed after the browser stopped: cleanups run last-in first-out
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(viewW, viewH),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)

	// Keep the page's console and uncaught exceptions; show them when the
	// test fails. A Go panic, an uncaught exception or a request the
	// Content-Security-Policy refused fails the test.
	var mu sync.Mutex
	var lines []string
	var crashes []string
	if err := chromedp.Listen(ctx, func(ev any) {
		var s string
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var b strings.Builder
			for _, a := range ev.Args {
				if a.Value != nil {
					b.Write(a.Value)
				} else {
					b.WriteString(a.Description)
				}
				b.WriteByte(' ')
			}
			s = fmt.Sprintf("console.%s: %s", ev.Type, b.String())
		case *cdplog.EventEntryAdded:
			if !strings.Contains(ev.Entry.Text, "Content Security Policy") {
				return
			}
			// The server's Content-Security-Policy refused something the
			// page does: a test that passes this way hides a broken feature.
			s = "exception: security: " + ev.Entry.Text
		case *runtime.EventExceptionThrown:
			s = "exception: " + ev.ExceptionDetails.Text
			if e := ev.ExceptionDetails.Exception; e != nil {
				s += " " + e.Description
			}
		default:
			return
		}
		mu.Lock()
		lines = append(lines, s)
		if strings.HasPrefix(s, "exception: ") || strings.Contains(s, `"panic: `) || strings.Contains(s, "Content Security Policy") {
			crashes = append(crashes, s)
		}
		mu.Unlock()
	}); err != nil {
		t.Fatalf("starting chromium %s: %v (install it with: %s)", chromiumPath, err, installHint)
	}
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if len(crashes) > 0 {
			t.Errorf("the page crashed or threw: %s", strings.Join(crashes, "; "))
		}
		if !t.Failed() {
			return
		}
		for _, l := range lines {
			t.Log("page ", l)
		}
	})
	return ctx
}

// openPage starts a browser, opens the site and waits until the UI is
// ready.
func openPage(t testing.TB) context.Context {
	t.Helper()
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the trainer to load the first data set")
	return ctx
}

// eval runs a JavaScript expression in the page and decodes its value.
func eval[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// waitFor polls the JavaScript predicate until it is true, and fails the
// test with what after timeout.
func waitFor(t testing.TB, ctx context.Context, predicate string, timeout time.Duration, what string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var err error
	for {
		_, err = chromedp.Run(ctx, chromedp.Poll[chromedp.Void](predicate,
			chromedp.WithPollingInterval(20*time.Millisecond),
			chromedp.WithPollingTimeout(time.Until(deadline))))
		// A document that replaced the one polled (a navigation just
		// begun) takes the poll's context with it: poll the new one.
		if err == nil || !strings.Contains(err.Error(), "Cannot find context with specified id") || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("waiting %v for %s (%s): %v\n%s", timeout, what, predicate, err, pageState(ctx))
	}
}

// pageState describes the controls that the tests read, for failure messages.
func pageState(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const ids = ["epoch","train-loss","test-loss","train-metric","test-metric","data-error","data-summary","train"];
		return ids.map(id => {
			const e = document.getElementById(id);
			return id + "=" + (e ? JSON.stringify(e.textContent.trim().slice(0, 200)) : "(missing)");
		}).join("  ");
	})()`))
	if err != nil {
		return "page state: " + err.Error()
	}
	return "page state: " + s
}

// js quotes s as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// elem is the JavaScript that finds the element with the id, or throws.
func elem(id string) string {
	return fmt.Sprintf(`(document.getElementById(%s) || (() => { throw new Error("no element #" + %s) })())`, js(id), js(id))
}

// setValue sets the value of the input, text area or select with the id and
// dispatches input and change events, as typing or picking does; go-app's
// OnInput and OnChange handlers listen to them.
func setValue(t testing.TB, ctx context.Context, id, value string) {
	t.Helper()
	reveal(t, ctx, id)
	eval[chromedp.Void](t, ctx, fmt.Sprintf(`(() => {
		const e = %s;
		if (e.tagName === "SELECT" && ![...e.options].some(o => o.value === %s)) {
			throw new Error("#" + e.id + " has no option " + %s + "; options: " + [...e.options].map(o => o.value).join(","));
		}
		e.focus();
		e.value = %s;
		e.dispatchEvent(new Event("input", {bubbles: true}));
		e.dispatchEvent(new Event("change", {bubbles: true}));
		e.blur();
	})()`, elem(id), js(value), js(value), js(value)))
}

// click clicks the element with the id.
func click(t testing.TB, ctx context.Context, id string) {
	t.Helper()
	reveal(t, ctx, id)
	eval[chromedp.Void](t, ctx, elem(id)+`.click()`)
}

// text returns the trimmed text of the element with the id.
func text(t testing.TB, ctx context.Context, id string) string {
	t.Helper()
	reveal(t, ctx, id)
	return eval[string](t, ctx, elem(id)+`.textContent.trim()`)
}

// value returns the value of the control with the id, its panel opened
// first (reveal).
func value(t testing.TB, ctx context.Context, id string) string {
	t.Helper()
	reveal(t, ctx, id)
	return eval[string](t, ctx, elem(id)+`.value`)
}

// textJS is the JavaScript expression of the trimmed text of the element.
func textJS(id string) string {
	return fmt.Sprintf(`(document.getElementById(%s)?.textContent ?? "").trim()`, js(id))
}

// epochJS is the epoch shown, as a number (NaN while it shows no digits).
const epochJS = `Number((document.getElementById("epoch")?.textContent ?? "").trim() || NaN)`

// errNotNumber reports a control that should show a plain number.
var errNotNumber = errors.New("not a plain number")

// navigate loads url in the tab of ctx.
func navigate(ctx context.Context, url string) error {
	return chromedp.Do(ctx, chromedp.Navigate(url))
}

// openPanelJS opens the disclosure panel with the id (a section whose
// <details> holds it), as a click on its summary does, and waits until its
// contents are built (a closed panel's are not: web/panel.go).
func openPanelJS(t testing.TB, ctx context.Context, id string) {
	t.Helper()
	eval[chromedp.Void](t, ctx, `(() => { const d = `+elem(id)+`.querySelector("details"); if (!d.open) d.querySelector("summary").click(); })()`)
	waitFor(t, ctx, panelBuiltJS(id), 10*time.Second, "the contents of the panel #"+id)
}

// panelBuiltJS is true when the panel id's contents are built: its
// <details> holds more than its summary and an empty body.
func panelBuiltJS(id string) string {
	return `(() => { const d = ` + elem(id) + `.querySelector("details"); return d.open && ` + builtJS + `; })()`
}

// panelHolding names the disclosure panel whose contents hold a control
// (by the pattern of its id): a closed panel's contents are not built
// (web/panel.go), so a test that uses one opens its panel first, through
// its summary, as a person does (reveal).
var panelHolding = []struct {
	panel string
	ids   *regexp.Regexp
}{
	{"training-panel", regexp.MustCompile(`^(layers|optimizer|momentum|nesterov|batch-size|clip-norm|lr-decay|loss|init|test-ratio|norm|seed|valid-ratio|patience|restore-best|target-metric|max-epochs|beta1|beta2|eps)(-error)?$`)},
	{"columns-panel", regexp.MustCompile(`^(target-column|missing|as-classes|preview|role-\d+)$`)},
	{"features-panel", regexp.MustCompile(`^(derived-[a-z0-9-]+)$`)},
	{"row-panel", regexp.MustCompile(`^row-(from|value-\d+|predict|result|error|prediction|probs|units)$`)},
	{"share-panel", regexp.MustCompile(`^(share|start-here|share-[a-z-]+)$`)},
	{"export-panel", regexp.MustCompile(`^(export-[a-z-]+|import-(file|error))$`)},
	{"exercise-editor", regexp.MustCompile(`^(exercise-(title|text|metric|threshold|max-hidden|max-epochs|weights|require-start|fixed|make|make-why|url|copy|error|long|file|share|try)|lock-[a-z0-9]+)$`)},
	{"lesson-editor", regexp.MustCompile(`^guide-[a-z0-9-]+$`)},
	{"checker", regexp.MustCompile(`^(checker-[a-z]+|check-[a-z-]+)$`)},
	{"lessons", regexp.MustCompile(`^lesson-(tutorial|loss|normalize|xor|spiral|exploding|vanishing|dead-relu|overfit|adam-sgd|penguins|diabetes|iris|explain)$`)},
	{"charts", regexp.MustCompile(`^(metric-chart|metric-key-linear|grad-chart|weights-\d+|scatter|confusion)$`)},
}

// reveal opens the panel that holds the control id (panelHolding) when the
// page has no such element yet, and waits until its contents are built.
func reveal(t testing.TB, ctx context.Context, id string) {
	t.Helper()
	if eval[bool](t, ctx, `document.getElementById(`+js(id)+`) !== null`) {
		return
	}
	for _, p := range panelHolding {
		if p.ids.MatchString(id) {
			openPanelJS(t, ctx, p.panel)
			return
		}
	}
}

// builtJS is true when the <details> d holds more than its summary (and
// an empty body, panel's while the contents are not built).
const builtJS = `[...d.children].some(c => c.tagName !== "SUMMARY" && !(c.classList.contains("pg-panel-body") && c.childElementCount === 0))`

// openAllPanels opens every <details> (the panels and the folds inside
// the first screen) and waits until every panel's contents are built.
func openAllPanels(t testing.TB, ctx context.Context) {
	t.Helper()
	eval[chromedp.Void](t, ctx, `document.querySelectorAll("details").forEach(d => d.open = true)`)
	waitFor(t, ctx, `[...document.querySelectorAll("section > details")].every(d => d.open && `+builtJS+`)`,
		10*time.Second, "the contents of every panel")
}

// siteAsset returns the path of the built site's file name (under web/),
// whose content-hashed name cmd/sitegen chose: "app.wasm" is
// web/app.<hash>.wasm.
func siteAsset(t testing.TB, dir, name string) string {
	t.Helper()
	ext := filepath.Ext(name)
	matches, err := filepath.Glob(filepath.Join(dir, "web", strings.TrimSuffix(name, ext)+".*"+ext))
	if err != nil {
		t.Fatal(err)
	}
	if len(matches) != 1 {
		t.Fatalf("%d files in %s/web for %s (run `make build`): %v", len(matches), dir, name, matches)
	}
	return matches[0]
}
