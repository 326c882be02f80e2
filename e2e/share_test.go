package e2e

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/link"
)

// The end-to-end tests of links, the saved session and the offline
// page: share_test.go (links, reload, offline, bad links, markup),
// lessons_test.go, exercise_test.go and cli_test.go (the command line
// against the page).

// wedgeCSV is a small binary classification table of 48 rows, for the
// share tests: "hi" above the line x2 = 0.5·x1, "lo" below.
var wedgeCSV = func() string {
	var b strings.Builder
	b.WriteString("u,v,side\n")
	for i := range 48 {
		u := float64(i%8)/2 - 1.75
		v := float64(i/8)/2.5 - 1
		side := "lo"
		if v > 0.5*u {
			side = "hi"
		}
		fmt.Fprintf(&b, "%.2f,%.3f,%s\n", u, v, side)
	}
	return b.String()
}()

// shareRun are the settings TestShareLinkFreshProfile changes (id → value,
// in this order), every one away from its default.
var shareRun = [][2]string{
	{"layers", "5,3"},
	{"activation", "relu"},
	{"optimizer", "adam"},
	{"learning-rate", "0.02"},
	{"batch-size", "8"},
	{"regularization", "l2"},
	{"reg-rate", "0.002"},
	{"test-ratio", "0.25"},
	{"norm", "minmax"},
	{"seed", "7"},
}

// controlsJS reads every setting control of the page (inputs, selects and
// the paste area with an id, outside the share, export, exercise and
// checker panels and the weight editors): id → value ("true"/"false" for
// checkboxes).
const controlsJS = `(() => {
	const skip = e => e.closest("#share-panel,#export-panel,#exercise-editor,#checker,#exercise,#wedit,#edit-form") ||
		["speed", "data-file", "import-file"].includes(e.id);
	const out = {};
	for (const e of document.querySelectorAll("#playground input[id], #playground select[id], #playground textarea[id]")) {
		if (skip(e)) continue;
		out[e.id] = e.type === "checkbox" ? String(e.checked) : e.value;
	}
	return out;
})()`

// settingControls returns the page's setting controls (controlsJS), with
// the panels that hold them opened (a closed panel's are not built).
func settingControls(t testing.TB, ctx context.Context) map[string]string {
	t.Helper()
	for _, p := range []string{"columns-panel", "features-panel", "training-panel", "row-panel", "lesson-editor"} {
		openPanelJS(t, ctx, p)
	}
	return eval[map[string]string](t, ctx, controlsJS)
}

// diffControls lists the controls whose values differ between a and b.
func diffControls(a, b map[string]string) []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(a)) {
		if v, ok := b[k]; !ok {
			out = append(out, fmt.Sprintf("#%s: %.80q, then missing", k, a[k]))
		} else if v != a[k] {
			out = append(out, fmt.Sprintf("#%s: %s, then %s", k, clipText(a[k]), clipText(v)))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(b)) {
		if _, ok := a[k]; !ok {
			out = append(out, fmt.Sprintf("#%s: missing, then %.80q", k, b[k]))
		}
	}
	return out
}

// clipText quotes s, shortened to its first and last 40 bytes when long.
func clipText(s string) string {
	if len(s) <= 100 {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%q…%q (%d bytes)", s[:40], s[len(s)-40:], len(s))
}

// stepToEpoch clicks #step until the page shows epoch n, one epoch per click,
// waiting for each. The page must show an epoch at most n.
func stepToEpoch(t testing.TB, ctx context.Context, n int) {
	t.Helper()
	cur := int(eval[float64](t, ctx, epochJS))
	if cur > n {
		t.Fatalf("stepToEpoch(%d): the page is already at epoch %d", n, cur)
	}
	for i := cur + 1; i <= n; i++ {
		click(t, ctx, "step")
		waitFor(t, ctx, fmt.Sprintf(`%s === %d`, epochJS, i), 20*time.Second, fmt.Sprintf("epoch %d after a click on #step", i))
	}
}

// readouts are the losses and metrics shown, with every digit (data-value).
type readouts struct {
	Epoch       float64 `json:"epoch"`
	TrainLoss   string  `json:"trainLoss"`
	TestLoss    string  `json:"testLoss"`
	TrainMetric string  `json:"trainMetric"`
	TestMetric  string  `json:"testMetric"`
}

const readoutsJS = `(() => {
	const v = id => document.getElementById(id)?.dataset.value ?? "";
	return {epoch: ` + epochJS + `, trainLoss: v("train-loss"), testLoss: v("test-loss"),
		trainMetric: v("train-metric"), testMetric: v("test-metric")};
})()`

// readAt waits until the readouts show epoch n with a train loss, and
// returns them.
func readAt(t testing.TB, ctx context.Context, n int) readouts {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`%s === %d && (document.getElementById("train-loss")?.dataset.value ?? "") !== ""`, epochJS, n),
		20*time.Second, fmt.Sprintf("the losses of epoch %d", n))
	return eval[readouts](t, ctx, readoutsJS)
}

// openLink opens url in the tab of ctx and waits for the UI and its first
// data set.
func openLink(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate to %.120s: %v", url, err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the trainer to load the first data set")
}

// shareLink clicks #share and returns the link it writes into #share-url.
func shareLink(t testing.TB, ctx context.Context) string {
	t.Helper()
	reveal(t, ctx, "share-url")
	eval[chromedp.Void](t, ctx, elem("share-url")+`.value = ""`)
	click(t, ctx, "share")
	waitFor(t, ctx, `/#v\d+\./.test(`+elem("share-url")+`.value)`, 20*time.Second, "the link in #share-url")
	return eval[string](t, ctx, elem("share-url")+`.value`)
}

// TestShareLinkFreshProfile pastes a CSV, changes ten settings and the
// language, shares the session and opens #share-url in a second browser
// with a fresh profile: the data summary, every setting control (the paste
// area included) and the losses and metrics after 20 epochs, to every
// digit, are the same as in the first browser.
func TestShareLinkFreshProfile(t *testing.T) {
	a := openPage(t)
	setValue(t, a, "data-input", wedgeCSV)
	click(t, a, "data-load")
	waitFor(t, a, `/\b48\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		20*time.Second, "the summary of the 48 pasted rows")
	for _, c := range shareRun {
		setValue(t, a, c[0], c[1])
	}
	setValue(t, a, "lang", "zh")
	waitFor(t, a, `document.documentElement.lang.startsWith("zh")`, 20*time.Second, "the Chinese page")
	click(t, a, "reset")
	readAt(t, a, 0)
	ctlA := settingControls(t, a)
	for _, c := range shareRun {
		if ctlA[c[0]] != c[1] {
			t.Errorf("#%s = %q after setting it to %q", c[0], ctlA[c[0]], c[1])
		}
	}
	summaryA := text(t, a, "data-summary")
	t.Logf("%d controls compared: %s", len(ctlA), strings.Join(slices.Sorted(maps.Keys(ctlA)), " "))
	link := shareLink(t, a)
	length := text(t, a, "share-length")
	t.Logf("link: %d characters (#share-length %q): %.100s…", len(link), length, link)
	if !strings.Contains(length, fmt.Sprint(len([]rune(link)))) {
		t.Errorf("#share-length = %q, want it to give the link's length %d", length, len([]rune(link)))
	}
	if !strings.HasPrefix(link, strings.TrimSuffix(siteURL(t), "/")) {
		t.Errorf("#share-url = %.80q, want a link to %s", link, siteURL(t))
	}
	stepToEpoch(t, a, 20)
	wantA := readAt(t, a, 20)

	b := newBrowser(t) // a fresh profile: nothing saved from a
	openLink(t, b, link)
	waitFor(t, b, textJS("data-summary")+` === `+js(summaryA), 20*time.Second, "the same data summary")
	if e := eval[string](t, b, textJS("link-error")); e != "" {
		t.Errorf("#link-error = %q for the shared link", e)
	}
	// The paste area is filled a moment after the load.
	waitFor(t, b, elem("data-input")+`.value === `+js(wedgeCSV), 10*time.Second, "the pasted text in #data-input")
	if d := diffControls(ctlA, settingControls(t, b)); len(d) > 0 {
		t.Errorf("the controls differ between the first browser and the link opened in a fresh profile:\n%s", strings.Join(d, "\n"))
	}
	if !eval[bool](t, b, `document.documentElement.lang.startsWith("zh")`) {
		t.Errorf("the link opened in %q, want the language of the shared session (zh)", eval[string](t, b, `document.documentElement.lang`))
	}
	b0 := readAt(t, b, 0)
	stepToEpoch(t, b, 20)
	wantB := readAt(t, b, 20)
	if wantA != wantB {
		t.Errorf("after 20 epochs:\nfirst browser %+v\nfresh profile %+v", wantA, wantB)
	}
	if l0, l20 := number(t, b0.TrainLoss, "train-loss"), number(t, wantB.TrainLoss, "train-loss"); !(l20 < l0) {
		t.Errorf("train loss did not fall in 20 epochs: %v -> %v", l0, l20)
	}
	t.Logf("epoch 20: %+v", wantB)

	// "Start from here": the link with the weights of epoch 20 opens, in
	// the fresh profile, on a network whose losses are the first
	// browser's at epoch 20.
	click(t, a, "start-here")
	if !eval[bool](t, a, elem("start-here")+`.checked`) {
		t.Fatal("#start-here did not check")
	}
	here := shareLink(t, a)
	if here == link {
		t.Fatal("#start-here: the link is the same as without the weights")
	}
	t.Logf("link with the weights of epoch 20: %d characters", len(here))
	if err := navigate(b, "about:blank"); err != nil {
		t.Fatal(err)
	}
	openLink(t, b, here)
	waitFor(t, b, fmt.Sprintf(`%s.dataset.value === %s && %s.dataset.value === %s`,
		elem("train-loss"), js(wantA.TrainLoss), elem("test-loss"), js(wantA.TestLoss)), 20*time.Second,
		fmt.Sprintf("the losses of epoch 20 (%s, %s) from the link with weights", wantA.TrainLoss, wantA.TestLoss))
}

// randomCSV is a table of about size bytes of random numbers (which
// compress poorly): x1, x2 with ten decimals and a class.
func randomCSV(size int, seed uint64) (text string, rows int) {
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	b.WriteString("x1,x2,label\n")
	for b.Len() < size {
		x1, x2 := r.Float64(), r.Float64()
		label := "a"
		if x1+x2 > 1 {
			label = "b"
		}
		fmt.Fprintf(&b, "%.10f,%.10f,%s\n", x1, x2, label)
		rows++
	}
	return b.String(), rows
}

// TestShareLongLink pastes 1 MB of CSV text: #share still makes a link
// (over link.LongLink characters, so #share-warning says that chat tools
// may cut it), and the link opens in a fresh profile with the same data.
// Then 6 MB: the link would pass link.MaxLink even with the table packed
// (link format version 2), so the page says so (#share-too-long) and
// offers the session as a file (#share-file).
func TestShareLongLink(t *testing.T) {
	ctx := openPage(t)
	big, rows := randomCSV(1<<20, 5)
	setValue(t, ctx, "data-input", big)
	click(t, ctx, "data-load")
	waitFor(t, ctx, fmt.Sprintf(`/\b%d\b/.test(%s) && %s === ""`, rows, textJS("data-summary"), textJS("data-error")),
		30*time.Second, fmt.Sprintf("the summary of the %d pasted rows", rows))
	summary := text(t, ctx, "data-summary")
	url := shareLink(t, ctx)
	if len(url) <= link.LongLink || len(url) > link.MaxLink+len(siteURL(t)) {
		t.Errorf("a link of %d characters for 1 MB of CSV, want %d..%d", len(url), link.LongLink+1, link.MaxLink)
	}
	waitFor(t, ctx, textJS("share-warning")+` !== ""`, 10*time.Second, "the long link's warning (#share-warning)")
	t.Logf("1 MB of CSV (%d rows): a link of %d characters; #share-warning: %s", rows, len(url), eval[string](t, ctx, textJS("share-warning")))

	b := newBrowser(t)
	openLink(t, b, url)
	waitFor(t, b, textJS("data-summary")+` === `+js(summary), 30*time.Second, "the same data summary from the long link")
	if e := eval[string](t, b, textJS("link-error")); e != "" {
		t.Errorf("#link-error = %q for the long link", e)
	}
	waitFor(t, b, elem("data-input")+`.value.length === `+fmt.Sprint(len(big)), 10*time.Second, "the 1 MB text in #data-input")

	// 6 MB, made in the page (no 6 MB string through the DevTools
	// protocol): x1, x2 with ten random decimals and a class. Packed, a
	// row takes 69 bits: 4 MB would fit in MaxLink, 6 MB does not.
	rows = eval[int](t, ctx, `(() => {
		let s = 1, rows = 0;
		const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
		const parts = ["x1,x2,label\n"];
		let n = parts[0].length;
		while (n < 6 << 20) {
			const x1 = rnd(), x2 = rnd();
			const line = x1.toFixed(10) + "," + x2.toFixed(10) + "," + (x1 + x2 > 1 ? "b" : "a") + "\n";
			parts.push(line);
			n += line.length;
			rows++;
		}
		const e = document.getElementById("data-input");
		e.value = parts.join("");
		e.dispatchEvent(new Event("input", {bubbles: true}));
		e.dispatchEvent(new Event("change", {bubbles: true}));
		return rows;
	})()`)
	click(t, ctx, "data-load")
	waitFor(t, ctx, fmt.Sprintf(`/\b%d\b/.test(%s) && %s === ""`, rows, textJS("data-summary"), textJS("data-error")),
		60*time.Second, fmt.Sprintf("the summary of the %d pasted rows", rows))
	click(t, ctx, "share")
	waitFor(t, ctx, `document.getElementById("share-too-long") !== null && document.getElementById("share-file") !== null`,
		30*time.Second, "the page saying the session is too large for a link, offering a file (#share-too-long, #share-file)")
	if u := eval[string](t, ctx, elem("share-url")+`.value`); u != "" {
		t.Errorf("#share-url = %.80q… for a session too large for a link, want it empty", u)
	}
	t.Logf("6 MB of CSV: %s", eval[string](t, ctx, textJS("share-too-long")))
}
