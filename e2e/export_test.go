package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// download clicks the button and returns the text of the file name it
// downloads, captured by captureDownloadsJS (which must have run).
func download(t *testing.T, ctx context.Context, button, name string) string {
	t.Helper()
	eval[struct{}](t, ctx, fmt.Sprintf(`delete window.__downloads[%s]`, js(name)))
	click(t, ctx, button)
	waitFor(t, ctx, fmt.Sprintf(`window.__downloads[%s] !== undefined || %s !== ""`, js(name), textJS("export-error")),
		20*time.Second, "the download "+name)
	if e := eval[string](t, ctx, textJS("export-error")); e != "" {
		t.Fatalf("#export-error = %q after #%s", e, button)
	}
	return eval[string](t, ctx, fmt.Sprintf(`window.__downloads[%s]`, js(name)))
}

// importFile writes text to a file called name and picks it with
// #import-file.
func importFile(t *testing.T, ctx context.Context, name, text string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	reveal(t, ctx, "import-file")
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("import-file"), []string{path})); err != nil {
		t.Fatalf("picking %s with #import-file: %v", name, err)
	}
}

// TestExportImport exports a session (pasted CSV, changed settings, 10
// epochs) as a file, its model JSON and its loss chart as PNG. A fresh
// profile imports the session file (same summary, same controls, same
// losses after 10 epochs), then the model JSON (the losses of the first
// browser's epoch 10, so the weights came with it); a file that is neither
// says so in #import-error.
func TestExportImport(t *testing.T) {
	a := openPage(t)
	eval[struct{}](t, a, captureDownloadsJS)
	setValue(t, a, "data-input", wedgeCSV)
	click(t, a, "data-load")
	waitFor(t, a, `/\b48\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		20*time.Second, "the summary of the 48 pasted rows")
	for _, c := range reloadRun {
		setValue(t, a, c[0], c[1])
	}
	click(t, a, "reset")
	readAt(t, a, 0)
	stepToEpoch(t, a, 10)
	want := readAt(t, a, 10)
	ctlA := settingControls(t, a)
	summary := text(t, a, "data-summary")

	sessionFile := download(t, a, "export-session", "session.nnplay.json")
	model := download(t, a, "export-model", "model.json")
	png := download(t, a, "export-chart", "loss-chart.png")
	if !strings.HasPrefix(png, "data:image/png;base64,") || len(png) < 1000 {
		t.Errorf("#export-chart saved %.60q (%d bytes), want a PNG data URL of the loss chart", png, len(png))
	}
	t.Logf("session file %d bytes, model %d bytes, loss chart %d bytes", len(sessionFile), len(model), len(png))

	b := openPage(t) // a fresh profile
	importFile(t, b, "session.nnplay.json", sessionFile)
	waitFor(t, b, textJS("data-summary")+` === `+js(summary), 20*time.Second, "the imported session's data summary")
	deadline := time.Now().Add(10 * time.Second)
	for {
		d := diffControls(ctlA, settingControls(t, b))
		if len(d) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("after importing the session file the controls differ from the exporting browser's:\n%s", strings.Join(d, "\n"))
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if e := eval[string](t, b, textJS("import-error")); e != "" {
		t.Fatalf("#import-error = %q for the session file", e)
	}
	readAt(t, b, 0)
	stepToEpoch(t, b, 10)
	if got := readAt(t, b, 10); got != want {
		t.Errorf("10 epochs after importing the session file:\n got %+v\nwant %+v", got, want)
	}

	importFile(t, b, "model.json", model)
	waitFor(t, b, fmt.Sprintf(`%s.dataset.value === %s && %s.dataset.value === %s || %s !== ""`,
		elem("train-loss"), js(want.TrainLoss), elem("test-loss"), js(want.TestLoss), textJS("import-error")),
		20*time.Second, fmt.Sprintf("the losses of the exported model (%s, %s)", want.TrainLoss, want.TestLoss))
	if e := eval[string](t, b, textJS("import-error")); e != "" {
		t.Fatalf("#import-error = %q for the model JSON", e)
	}

	importFile(t, b, "notes.json", `{"hello": "world"}`)
	waitFor(t, b, textJS("import-error")+` !== ""`, 10*time.Second, "#import-error for a JSON file that is neither a session nor a model")
	t.Logf("#import-error: %s", eval[string](t, b, textJS("import-error")))
}
