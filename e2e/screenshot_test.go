package e2e

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// cjkFontHint installs the font that the Chinese screenshot needs.
const cjkFontHint = "apt-get install -y fonts-noto-cjk"

// TestScreenshots trains the circle for a while and writes screenshots of
// the page in English and in Chinese to docs/ for the README.
func TestScreenshots(t *testing.T) {
	// Without a CJK font chromium draws the Chinese page as empty boxes.
	if out, err := exec.Command("fc-list", ":lang=zh").Output(); err != nil || len(bytes.TrimSpace(out)) == 0 {
		t.Fatalf("no Chinese font for the zh screenshot (fc-list :lang=zh: %v): install one with\n\t%s", err, cjkFontHint)
	}
	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "circle")
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "the circle dataset at epoch 0")
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 300`, 60*time.Second, "300 epochs of training")
	pauseTraining(t, ctx)
	eval[chromedp.Void](t, ctx, `window.scrollTo(0, 0)`)

	shoot(t, ctx, "screenshot-en.png")
	setLang(t, ctx, "zh")
	waitFor(t, ctx, `/[\u4e00-\u9fff]/.test(`+textJS("train")+`)`, 20*time.Second, "Chinese labels")
	shoot(t, ctx, "screenshot-zh.png")
	setLang(t, ctx, "en") // leave the profile as it was (the profile is thrown away anyway)

	// Two guided lessons in progress beside the playground: XOR in
	// English at its second step, the dead-ReLU lesson in Chinese.
	openPanelJS(t, ctx, "lessons") // the gallery is built when its panel first opens
	waitFor(t, ctx, `document.querySelector('#lessons [data-lesson="xor"] a') !== null`, 20*time.Second, "the gallery")
	lesson := func(id string, steps int) {
		eval[chromedp.Void](t, ctx, openLessonJS(id))
		waitFor(t, ctx, `/^(step|第) 1/.test(`+textJS("lesson-progress")+`)`, 20*time.Second, "the lesson "+id)
		settle(t, ctx)
		setValue(t, ctx, "step-epochs", strconv.Itoa(steps))
		click(t, ctx, "step")
		waitFor(t, ctx, epochJS+` >= `+strconv.Itoa(steps)+` || document.getElementById("exploded") !== null`, 60*time.Second, "training in the lesson")
		settle(t, ctx)
		eval[chromedp.Void](t, ctx, `window.scrollTo(0, 0)`)
	}
	lesson("xor", 100)
	shoot(t, ctx, "lesson-en.png")
	setLang(t, ctx, "zh")
	lesson("dead-relu", 100)
	waitFor(t, ctx, `/[\u4e00-\u9fff]/.test(`+textJS("lesson-step")+`)`, 20*time.Second, "the lesson in Chinese")
	shoot(t, ctx, "lesson-zh.png")
	setLang(t, ctx, "en")

	// A phone, 375 px wide: the run bar, readouts and network first.
	ph := newBrowser(t)
	if err := chromedp.Do(ph, chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateScale(2)), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ph, readyJS, 30*time.Second, "the UI on a phone")
	waitFor(t, ph, loadedJS, 30*time.Second, "the data on a phone")
	click(t, ph, "train")
	waitFor(t, ph, epochJS+` >= 200`, 60*time.Second, "200 epochs on a phone")
	click(t, ph, "train")
	shootAny(t, ph, "screen-phone.png")
}

// shoot writes a PNG of the viewport to docs/name after two animation
// frames, so that the canvases show the newest state.
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	b := shootAny(t, ctx, name)
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot %s is not a PNG: %v", name, err)
	}
	if r := img.Bounds(); r.Dx() != viewW || r.Dy() != viewH {
		t.Errorf("screenshot %s is %v, want %dx%d", name, r.Size(), viewW, viewH)
	}
}

// shootAny writes a PNG of the viewport, whatever its size, to docs/name
// and returns it.
func shootAny(t *testing.T, ctx context.Context, name string) []byte {
	t.Helper()
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`)
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(docsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(docsDir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", path, len(b))
	return b
}
