package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// TestClassCheckProgressAndStop: a teacher checks 30 forged codes at the
// checker's limits (each a replay of a 50×50 network for as many epochs as
// the checker allows, seconds each in WebAssembly). The rows appear one by
// one while #check-progress counts them ("checked 1 of 30"); #check-stop
// stops the check at once, and the tools worker with it: the next check,
// of one code with a class list, answers promptly (not after the other
// codes' replays) and lists the missing student.
func TestClassCheckProgressAndStop(t *testing.T) {
	exLink, codes, _ := limitCodes(t, "e2e-limits", 30)

	a := openPage(t)
	openPanelJS(t, a, "checker")
	setValue(t, a, "checker-exercise", exLink)
	setValue(t, a, "checker-input", strings.Join(codes, "\n"))
	click(t, a, "checker-run")
	const rowsJS = `document.querySelectorAll("#checker-results tbody tr").length`
	waitFor(t, a, `(document.getElementById("check-progress")?.value ?? 0) >= 1 && `+rowsJS+` >= 1 || `+textJS("checker-error")+` !== ""`,
		120*time.Second, "the first code checked")
	if e := eval[string](t, a, textJS("checker-error")); e != "" {
		t.Fatalf("#checker-error = %q", e)
	}
	progress := eval[string](t, a, textJS("check-progress-text"))
	if !strings.Contains(progress, "of 30") || eval[int](t, a, elem("check-progress")+`.max`) != 30 {
		t.Errorf("#check-progress-text = %q, max %d; want \"checked n of 30\"", progress, eval[int](t, a, elem("check-progress")+`.max`))
	}
	if role := eval[string](t, a, elem("check-progress")+`.tagName`); role != "PROGRESS" {
		t.Errorf("#check-progress is a %s", role)
	}
	rows := eval[int](t, a, rowsJS)
	if rows >= 30 {
		t.Fatalf("all %d codes checked before Stop could be pressed", rows)
	}
	t.Logf("%s; %d rows shown before Stop", progress, rows)
	click(t, a, "check-stop")
	waitFor(t, a, `!document.getElementById("check-stop") && !document.getElementById("checker-busy")`, 10*time.Second, "the check stopped")
	if got := eval[string](t, a, textJS("check-progress-text")); !strings.Contains(got, "stopped") {
		t.Errorf("after Stop: #check-progress-text = %q, want it to say stopped", got)
	}
	stoppedAt := eval[int](t, a, rowsJS)
	if stoppedAt >= 30 {
		t.Errorf("%d rows after Stop", stoppedAt)
	}
	for i, v := range eval[[]string](t, a, `[...document.querySelectorAll("#checker-results tbody tr")].map(r => r.dataset.verdict)`) {
		if v != "refused" {
			t.Errorf("forged code %d: verdict %q", i+1, v)
		}
	}

	// The worker stopped too: one more check comes back within the time
	// of a replay or two, not of the 25-odd codes left.
	setValue(t, a, "checker-input", codes[0])
	setValue(t, a, "checker-class", "student 1\nAda")
	click(t, a, "checker-run")
	waitFor(t, a, `!document.getElementById("checker-busy") && `+rowsJS+` === 2 || `+textJS("checker-error")+` !== ""`,
		60*time.Second, "the next check: one code and one missing student")
	verdicts := eval[[]string](t, a, `[...document.querySelectorAll("#checker-results tbody tr")].map(r => r.dataset.verdict + " " + r.cells[1].textContent)`)
	if len(verdicts) != 2 || verdicts[0] != "refused student 1" || verdicts[1] != "missing Ada" {
		t.Errorf("rows %q; want student 1 refused and Ada missing", verdicts)
	}
	if got := eval[string](t, a, textJS("check-progress-text")); !strings.Contains(got, "1 of 1") {
		t.Errorf("#check-progress-text = %q after one code", got)
	}
}

// limitCodes returns an exercise (XOR through a 50×50 network, no epoch
// limit) and n forged codes, each under its own name and claiming the last
// epoch the checker replays: n replays at the checker's limits.
func limitCodes(t testing.TB, nonce string, n int) (exLink string, codes []string, epochs int) {
	t.Helper()
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "xor", 200, 0.05
	s.Model.Hidden = []int{50, 50}
	ex := &exercise.Exercise{Nonce: nonce, Title: "At the limits", Settings: s,
		Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.99}}
	exLink, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	start, err := ex.Start()
	if err != nil {
		t.Fatal(err)
	}
	epochs = ex.ReplayEpochs(start)
	for i := range n {
		name := fmt.Sprintf("student %d", i+1)
		c := &exercise.Completion{Format: exercise.CodeFormat, Name: name, Exercise: ex.ID(), Settings: ex.StudentSettings(name, s),
			Epoch: epochs, Metric: 1, Digest: "00112233445566778899aabb"}
		code, err := link.EncodeAs(exercise.CodeKind, c)
		if err != nil {
			t.Fatal(err)
		}
		codes = append(codes, code)
	}
	return exLink, codes, epochs
}
