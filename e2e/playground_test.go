package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// ringCSV is a small binary classification table: 60 points on a grid,
// "in" inside the unit circle and "out" outside it.
var ringCSV = func() string {
	var b strings.Builder
	b.WriteString("x1,x2,label\n")
	for i := range 60 {
		x1 := float64(i%10)/3 - 1.5
		x2 := float64(i/10)/2.5 - 1
		label := "out"
		if x1*x1+x2*x2 < 1 {
			label = "in"
		}
		fmt.Fprintf(&b, "%.3f,%.3f,%s\n", x1, x2, label)
	}
	return b.String()
}()

// pastedRun is what TestPastedCSVMatchesNative types into the page's
// controls (id → value, in this order); nativeSettings must describe the
// same run.
var pastedRun = [][2]string{
	{"layers", "6,4"},
	{"activation", "relu"},
	{"optimizer", "momentum"},
	{"learning-rate", "0.1"},
	{"batch-size", "10"},
	{"regularization", "l2"},
	{"reg-rate", "0.001"},
	{"seed", "42"},
	{"valid-ratio", "0"}, // a pasted table starts with 30 % validation and early stopping
	{"patience", "0"},
}

// nativeSettings returns the settings of the page after pasting text and
// setting the pastedRun controls.
func nativeSettings(text string) session.Settings {
	s := session.Default()
	s.Dataset = ""
	s.Text = text
	s.Model.Hidden = []int{6, 4}
	s.Model.Activation = nn.ReLU
	s.Model.Optimizer = nn.Momentum
	s.Model.LearningRate = 0.1
	s.Model.BatchSize = 10
	s.Model.L2 = 0.001
	s.Model.Seed = 42
	s.Stop.RestoreBest = true // what remains of the pasted table's stop defaults
	return s
}

// nativeStats trains the settings natively for epochs epochs and returns
// the stats after each epoch, index 0 being the untrained network.
func nativeStats(t *testing.T, s session.Settings, epochs int) []nn.Stats {
	t.Helper()
	ses, err := session.Build(s)
	if err != nil {
		t.Fatalf("native session.Build: %v", err)
	}
	stats := []nn.Stats{ses.Trainer.Stats()}
	for range epochs {
		if err := ses.Trainer.Step(); err != nil {
			t.Fatalf("native Step: %v", err)
		}
		stats = append(stats, ses.Trainer.Stats())
	}
	return stats
}

// number reads the element with the id as a plain decimal number.
func number(t testing.TB, shown, id string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(shown, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		t.Fatalf("#%s shows %q: %v", id, shown, errNotNumber)
	}
	return v
}

// sigDigits counts the significant digits of a plain decimal number.
func sigDigits(s string) int {
	s = strings.TrimLeft(strings.TrimPrefix(s, "-"), "0.")
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// equal6 reports whether shown is want rounded to 6 significant digits (or
// more digits of it). The tolerance is half a unit in the 6th significant
// digit, plus 1e-9 relative for the last bits that differ between
// WebAssembly and the native build (math.Exp has assembly on amd64).
func equal6(shown, want float64) bool {
	if want == 0 {
		return shown == 0
	}
	e := math.Floor(math.Log10(math.Abs(want)))
	tol := 0.5*math.Pow(10, e-5) + 1e-9*math.Abs(want)
	return math.Abs(shown-want) <= tol
}

// loadText pastes text into the data area and loads it.
func loadText(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	setValue(t, ctx, "data-input", text)
	click(t, ctx, "data-load")
}

// TestPastedCSVMatchesNative pastes a CSV, loads it, sets the network,
// activation, optimizer, learning rate, batch size, L2 and seed, steps 50
// epochs one by one and checks that the train loss shown fell and equals,
// to 6 significant digits, what the native core computes for the same data,
// configuration and seed (the test loss too).
func TestPastedCSVMatchesNative(t *testing.T) {
	want := nativeStats(t, nativeSettings(ringCSV), 50)
	if !(want[50].TrainLoss < want[0].TrainLoss) {
		t.Fatalf("native loss did not fall: %v -> %v; choose another configuration", want[0].TrainLoss, want[50].TrainLoss)
	}
	t.Logf("native train loss: epoch 0 %.9g, epoch 50 %.9g", want[0].TrainLoss, want[50].TrainLoss)

	ctx := openPage(t)
	loadText(t, ctx, ringCSV)
	waitFor(t, ctx, `/\b60\b/.test(`+textJS("data-summary")+`) && `+textJS("data-error")+` === ""`,
		20*time.Second, "the summary of the 60 pasted rows")
	// The pasted text stays in the paste area, to be edited.
	if got := eval[string](t, ctx, elem("data-input")+`.value`); got != ringCSV {
		t.Errorf("#data-input after loading = %.60q… (%d characters), want the pasted text (%d)", got, len(got), len(ringCSV))
	}
	for _, c := range pastedRun {
		setValue(t, ctx, c[0], c[1])
	}
	t.Cleanup(func() {
		if t.Failed() {
			logSettingsDiff(t, ctx, nativeSettings(ringCSV))
		}
	})
	click(t, ctx, "reset")

	// The page shows epoch 0 of the new network once the worker rebuilt it.
	waitFor(t, ctx, epochJS+` === 0 && `+textJS("train-loss")+` !== ""`, 20*time.Second, "epoch 0")
	shown0 := waitLoss(t, ctx, "train-loss", want[0].TrainLoss, "epoch 0")
	waitLoss(t, ctx, "test-loss", want[0].TestLoss, "epoch 0")

	for i := 1; i <= 50; i++ {
		click(t, ctx, "step")
		waitFor(t, ctx, fmt.Sprintf(`%s === %d`, epochJS, i), 20*time.Second, fmt.Sprintf("epoch %d after %d clicks on #step", i, i))
	}
	s50 := waitLoss(t, ctx, "train-loss", want[50].TrainLoss, "epoch 50")
	waitLoss(t, ctx, "test-loss", want[50].TestLoss, "epoch 50")
	// The data-value attribute holds every digit: log how close they are.
	full := eval[string](t, ctx, elem("train-loss")+`.dataset.value ?? ""`)
	if v, err := strconv.ParseFloat(full, 64); err == nil {
		t.Logf("epoch 50 train loss: page %s, native %s, relative difference %.2g",
			full, strconv.FormatFloat(want[50].TrainLoss, 'g', -1, 64), math.Abs(v-want[50].TrainLoss)/want[50].TrainLoss)
	}
	if got := eval[float64](t, ctx, epochJS); got != 50 {
		t.Fatalf("epoch shown = %v after 50 steps, want 50", got)
	}
	if !(s50 < shown0) {
		t.Errorf("train loss shown did not fall: epoch 0 %v, epoch 50 %v", shown0, s50)
	}
}

// sessionKey is where the page saves its settings (web/state/session_io.go); the
// tests read it only to explain a failure.
const sessionKey = "nnplay-session"

// logSettingsDiff logs the page's saved settings beside want, without the
// table text, to show which control did not reach the settings.
func logSettingsDiff(t *testing.T, ctx context.Context, want session.Settings) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(() => {
		const s = JSON.parse(localStorage.getItem(%s) ?? "null");
		if (s) delete s.text;
		return JSON.stringify(s);
	})()`, js(sessionKey))))
	if err != nil {
		t.Logf("page settings: %v", err)
		return
	}
	want.Text = ""
	w, _ := json.Marshal(want)
	t.Logf("settings saved by the page: %s\nsettings of the native run:  %s", got, w)
}

// waitLoss waits until the element id shows want to 6 significant digits,
// and fails with what it shows after a few seconds.
func waitLoss(t *testing.T, ctx context.Context, id string, want float64, what string) float64 {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := text(t, ctx, id)
		v, err := strconv.ParseFloat(s, 64)
		if err == nil && equal6(v, want) {
			if sigDigits(s) < 6 {
				t.Errorf("#%s shows %q at %s: fewer than 6 significant digits", id, s, what)
			}
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("#%s at %s shows %q, native core computes %.9g (6 significant digits: %s)\n%s",
				id, what, s, want, strconv.FormatFloat(want, 'g', 6, 64), pageState(ctx))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestBuiltinTrainsToTarget picks the built-in circle dataset, trains with
// the default network and checks that the test accuracy reaches 0.95 (the
// native core gets there at epoch 48 and stays at or above 0.955 up to
// epoch 1500 with the default settings and seed), then pauses.
func TestBuiltinTrainsToTarget(t *testing.T) {
	const target = 0.95
	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "circle")
	waitFor(t, ctx, epochJS+` === 0 && `+textJS("data-error")+` === ""`, 20*time.Second, "the circle dataset at epoch 0")
	click(t, ctx, "train")
	waitFor(t, ctx, fmt.Sprintf(`Number(%s) >= %v && %s > 0`, textJS("test-metric"), target, epochJS),
		60*time.Second, fmt.Sprintf("test accuracy %v on circle", target))
	epoch := pauseTraining(t, ctx)
	acc := number(t, text(t, ctx, "test-metric"), "test-metric")
	if acc < target || acc > 1 {
		t.Errorf("test accuracy = %v after pause, want %v..1 (a fraction, not a percentage)", acc, target)
	}
	if tr := number(t, text(t, ctx, "train-metric"), "train-metric"); tr < 0.9 || tr > 1 {
		t.Errorf("train accuracy = %v, want 0.9..1", tr)
	}
	t.Logf("circle: test accuracy %v at epoch %d", acc, epoch)
}

// errorCSV has an extra field on line 5, column 4.
const errorCSV = "x1,x2,label\n0.1,0.2,a\n0.3,0.4,b\n0.5,0.6,a\n0.7,0.8,0.9,b\n1.0,1.1,a\n"

// TestCSVErrorKeepsData loads good data, then a CSV with an error: the
// error names its line and column and the previous data stays loaded.
func TestCSVErrorKeepsData(t *testing.T) {
	ctx := openPage(t)
	loadText(t, ctx, ringCSV)
	waitFor(t, ctx, `/\b60\b/.test(`+textJS("data-summary")+`)`, 20*time.Second, "the summary of the 60 pasted rows")
	if e := text(t, ctx, "data-error"); e != "" {
		t.Fatalf("#data-error = %q for good data, want empty", e)
	}
	summary := text(t, ctx, "data-summary")

	loadText(t, ctx, errorCSV)
	waitFor(t, ctx, textJS("data-error")+` !== ""`, 20*time.Second, "the parse error")
	msg := text(t, ctx, "data-error")
	if !regexp.MustCompile(`(?i)line\D{0,3}5\D{1,6}column\D{0,3}4\b`).MatchString(msg) {
		t.Errorf("#data-error = %q, want it to name line 5, column 4", msg)
	}
	if got := text(t, ctx, "data-summary"); got != summary {
		t.Errorf("#data-summary changed after a bad CSV:\n got %q\nwant %q", got, summary)
	}
	// The previous data still trains.
	click(t, ctx, "step")
	waitFor(t, ctx, epochJS+` >= 1`, 20*time.Second, "a step on the previous data")
	if got := text(t, ctx, "data-summary"); got != summary {
		t.Errorf("#data-summary after a step = %q, want %q", got, summary)
	}
	// In Chinese the error is in Chinese, at the same place.
	setValue(t, ctx, "lang", "zh")
	waitFor(t, ctx, textJS("data-error")+`.startsWith("第 5 行第 4 列：")`, 10*time.Second, "the error in Chinese")
	t.Logf("#data-error in Chinese: %s", text(t, ctx, "data-error"))
}

// restsJS is #epoch's data-rests: how many of the trainer's snapshots at
// rest (the answer to a pause or a step, or a stop) the readouts show.
const restsJS = `Number(document.getElementById("epoch")?.dataset.rests ?? 0)`

// pauseJS clicks #train (to pause) and waits for the trainer's answer, its
// snapshot at rest, to be shown (#epoch's data-rests grows), or 30 s. It
// returns whether it came, the time from the click to it and the epoch
// shown then, where training stopped.
const pauseJS = `new Promise(resolve => {
	const el = document.getElementById("epoch");
	const rests = () => Number(el.dataset.rests ?? 0);
	const r0 = rests();
	const t0 = performance.now();
	const done = rested => {
		mo.disconnect();
		clearTimeout(timer);
		resolve({rested, lastChangeMs: performance.now() - t0, epoch: Number(el.textContent.trim())});
	};
	const mo = new MutationObserver(() => { if (rests() > r0) done(true); });
	mo.observe(el, {attributes: true, attributeFilter: ["data-rests"]});
	const timer = setTimeout(() => done(false), 30000);
	document.getElementById("train").click();
})`

type pauseResult struct {
	Rested       bool    `json:"rested"`
	LastChangeMs float64 `json:"lastChangeMs"`
	Epoch        float64 `json:"epoch"`
}

// pauseTraining pauses training with pauseJS and returns the epoch it
// stopped at; it fails the test if the trainer's answer does not come.
func pauseTraining(t *testing.T, ctx context.Context) int {
	t.Helper()
	p := eval[pauseResult](t, ctx, pauseJS)
	if !p.Rested {
		t.Fatalf("no snapshot at rest shown 30 s after the click on pause: %+v\n%s", p, pageState(ctx))
	}
	return int(p.Epoch)
}

// stepAfterRest presses #step (one epoch) and returns the epoch shown once
// the trainer's answer, at rest, is.
func stepAfterRest(t *testing.T, ctx context.Context) int {
	t.Helper()
	r := eval[int](t, ctx, restsJS)
	click(t, ctx, "step")
	waitFor(t, ctx, fmt.Sprintf("%s > %d", restsJS, r), 20*time.Second, "the answer to a step")
	return eval[int](t, ctx, epochJS)
}

// TestPauseStopsEpoch trains, pauses and checks that training stops at the
// epoch shown with the trainer's answer to the pause: the next step's
// answer is one epoch past it, so no epoch was trained in between.
func TestPauseStopsEpoch(t *testing.T) {
	ctx := openPage(t)
	setValue(t, ctx, "dataset-select", "spiral")
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "the spiral dataset at epoch 0")
	click(t, ctx, "train")
	waitFor(t, ctx, epochJS+` >= 30`, 30*time.Second, "30 epochs of training")
	p := eval[pauseResult](t, ctx, pauseJS)
	if !p.Rested {
		t.Fatalf("no snapshot at rest shown after the click on pause: %+v\n%s", p, pageState(ctx))
	}
	if p.Epoch < 30 {
		t.Errorf("#epoch = %v after pause, want >= 30", p.Epoch)
	}
	if got := stepAfterRest(t, ctx); got != int(p.Epoch)+1 {
		t.Errorf("paused at epoch %v, then a step shows epoch %d, want %v", p.Epoch, got, p.Epoch+1)
	}
	t.Logf("paused at epoch %v; its snapshot shown %.1f ms after the click", p.Epoch, p.LastChangeMs)
}

// cjkJS counts the Chinese characters in the visible text of the page.
const cjkJS = `(document.body.innerText.match(/[\u4e00-\u9fff]/g) || []).length`

// setLang switches the page language with #lang, a select or a toggle.
func setLang(t *testing.T, ctx context.Context, lang string) {
	t.Helper()
	if eval[string](t, ctx, elem("lang")+`.tagName`) == "SELECT" {
		setValue(t, ctx, "lang", lang)
		return
	}
	isZh := eval[bool](t, ctx, `document.documentElement.lang.startsWith("zh")`)
	if isZh != (lang == "zh") {
		click(t, ctx, "lang")
	}
}

// TestLanguageSwitch switches the page to Simplified Chinese and back, and
// checks that the choice survives a reload.
func TestLanguageSwitch(t *testing.T) {
	ctx := openPage(t)
	trainEN := text(t, ctx, "train")
	cjkEN := eval[int](t, ctx, cjkJS)
	if regexp.MustCompile(`[\p{Han}]`).MatchString(trainEN) {
		t.Fatalf("#train = %q in the English page", trainEN)
	}

	setLang(t, ctx, "zh")
	waitFor(t, ctx, fmt.Sprintf(`%s > %d + 20 && /[\u4e00-\u9fff]/.test(%s)`, cjkJS, cjkEN, textJS("train")),
		20*time.Second, "Chinese labels")
	trainZH := text(t, ctx, "train")
	t.Logf("#train: %q -> %q", trainEN, trainZH)

	// The choice is remembered.
	if err := navigate(ctx, siteURL(t)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready after a reload")
	waitFor(t, ctx, fmt.Sprintf(`/[\u4e00-\u9fff]/.test(%s) && %s > %d + 20`, textJS("train"), cjkJS, cjkEN),
		20*time.Second, "Chinese labels after a reload")

	setLang(t, ctx, "en")
	waitFor(t, ctx, fmt.Sprintf(`%s === %s && %s <= %d`, textJS("train"), js(trainEN), cjkJS, cjkEN),
		20*time.Second, "the English labels back")
}
