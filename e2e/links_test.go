package e2e

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// reloadRun are the settings TestReloadRestoresSession changes.
var reloadRun = [][2]string{
	{"layers", "3"},
	{"activation", "sigmoid"},
	{"learning-rate", "0.07"},
	{"batch-size", "4"},
	{"seed", "11"},
}

// TestReloadRestoresSession pastes and loads a CSV, changes settings, then
// types more text into the paste area without loading it, and reloads the
// tab: every setting control, the data summary and the paste area's text
// (the unloaded draft) come back from localStorage.
func TestReloadRestoresSession(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "data-input", wedgeCSV)
	click(t, ctx, "data-load")
	waitFor(t, ctx, `/\b48\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		20*time.Second, "the summary of the 48 pasted rows")
	for _, c := range reloadRun {
		setValue(t, ctx, c[0], c[1])
	}
	click(t, ctx, "reset")
	readAt(t, ctx, 0)
	// A draft: typed, not loaded (setValue blurs the field, which saves it).
	draft := wedgeCSV + "0.10,0.200,hi\n"
	setValue(t, ctx, "data-input", draft)
	waitFor(t, ctx, `localStorage.getItem("nnplay-draft") === `+js(draft), 5*time.Second,
		"the draft saved in localStorage (web/doc.go: nnplay-draft)")
	want := settingControls(t, ctx)
	summary := text(t, ctx, "data-summary")
	for _, c := range reloadRun {
		if want[c[0]] != c[1] {
			t.Fatalf("#%s = %q after setting it to %q", c[0], want[c[0]], c[1])
		}
	}

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready after the reload")
	waitFor(t, ctx, textJS("data-summary")+` === `+js(summary), 20*time.Second, "the same data summary after the reload")
	// The paste area is filled a moment after the start: poll.
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := settingControls(t, ctx)
		d := diffControls(want, got)
		if len(d) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after a reload the controls differ from before it:\n%s", strings.Join(d, "\n"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The restored session trains.
	stepToEpoch(t, ctx, 1)
}

// TestBadLinkShowsMessage opens damaged links: a made-up one, a real link
// cut short, a real link with one character changed, a link from a newer
// version and one that would inflate past link.MaxInflated. Each shows
// #link-error with its message, and the default session loads and trains;
// the page never crashes (newBrowser fails the test on a panic).
func TestBadLinkShowsMessage(t *testing.T) {
	def := session.Default()
	good, err := link.Encode(&link.Session{Settings: session.Settings{Dataset: "iris", Model: def.Model, TestRatio: 0.2}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := link.Decode(good); err != nil {
		t.Fatal(err)
	}
	flipped := []byte(good)
	i := len(flipped) / 2
	flipped[i] = map[bool]byte{true: 'B', false: 'A'}[flipped[i] == 'A']
	// A zlib bomb: 64 MB of spaces inside the JSON, a few kB once
	// compressed.
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write([]byte(`{"kind":"session","body":{"settings":{"text":"`))
	zw.Write(bytes.Repeat([]byte(" "), 64<<20))
	zw.Write([]byte(`"}}}`))
	zw.Close()
	bomb := "#v1." + base64.RawURLEncoding.EncodeToString(z.Bytes())

	cases := []struct {
		Name, Frag string
		Message    string // a part of the English message
	}{
		{"garbage", "#v1.garbage", "damaged"},
		{"truncated", good[:len(good)/2], "damaged"},
		{"one character changed", string(flipped), "damaged"},
		{"newer version", "#v9." + good[len("#v1."):], "newer version"},
		{"inflates too far", bomb, "too large"},
	}
	ctx := newBrowser(t)
	base := siteURL(t)
	var defaultSummary string
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			// A new document each time, so that the link is read at start.
			if err := navigate(ctx, "about:blank"); err != nil {
				t.Fatal(err)
			}
			openLink(t, ctx, base+c.Frag)
			waitFor(t, ctx, textJS("link-error")+` !== ""`, 20*time.Second, "the message in #link-error")
			msg := eval[string](t, ctx, textJS("link-error"))
			if !strings.Contains(msg, c.Message) {
				t.Errorf("#link-error = %q, want it to say %q", msg, c.Message)
			}
			t.Logf("#link-error: %.200s", msg)
			if got := eval[string](t, ctx, elem("dataset-select")+`.value`); got != def.Dataset {
				t.Errorf("#dataset-select = %q after a bad link, want the default %q", got, def.Dataset)
			}
			s := text(t, ctx, "data-summary")
			if defaultSummary == "" {
				defaultSummary = s
			} else if s != defaultSummary {
				t.Errorf("#data-summary = %q, want the default session's %q", s, defaultSummary)
			}
			stepToEpoch(t, ctx, 1)
		})
	}
	t.Logf("the bomb link has %d characters", len(bomb))
}

// markupName is a column name that is markup which would run script if
// the page put it into its HTML.
const markupName = `<img src=x onerror=window.__x=1>`

// TestMarkupShownAsText loads a CSV whose first column is named with an
// img element that sets window.__x when it fails to load: the name shows
// as text in the preview, and the page has no such img and no __x, also
// after training a few epochs (the network and boundary views name the
// columns too).
func TestMarkupShownAsText(t *testing.T) {
	ctx := openPage(t)
	csv := strings.Replace(wedgeCSV, "u,v,side", markupName+",v,side", 1)
	setValue(t, ctx, "data-input", csv)
	click(t, ctx, "data-load")
	waitFor(t, ctx, `/\b48\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		20*time.Second, "the summary of the 48 pasted rows")
	reveal(t, ctx, "preview")
	waitFor(t, ctx, textJS("preview")+`.includes(`+js(markupName)+`)`, 20*time.Second, "the column name as text in #preview")
	stepToEpoch(t, ctx, 3)
	// An image of the same source made now fails after any the page made
	// from the column name: once its error event has fired, theirs would
	// have (and set window.__x).
	eval[chromedp.Void](t, ctx, `new Promise(r => { const i = new Image(); i.onerror = i.onload = r; i.src = "x"; })`)
	imgs := eval[int](t, ctx, `document.querySelectorAll('img[src="x"], #preview img, #playground img[onerror]').length`)
	if imgs != 0 {
		t.Errorf("the page has %d img elements made from the column name", imgs)
	}
	if x := eval[string](t, ctx, `typeof window.__x`); x != "undefined" {
		t.Errorf("window.__x is %s: the column name's markup ran", x)
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll("#target-column option, #preview th")].filter(e => e.textContent.includes(`+js(markupName)+`)).length`); n == 0 {
		t.Errorf("the column name %q shows nowhere as text in #preview", markupName)
	}
}
