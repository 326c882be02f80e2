//go:build browserbench

package e2e

import (
	"strings"
	"testing"
	"time"
)

// benchClassCheck times, in the page, a class check of 30 forged codes at
// the checker's limits (a 50×50 network replayed for as many epochs as
// exercise.MaxCheckWork allows): the goal is 60 s on this machine, or
// lower limits that the editor names.
func benchClassCheck(t *testing.T, r *benchReport) {
	exLink, codes, epochs := limitCodes(t, "bench-limits", 30)
	a := openPage(t)
	openPanelJS(t, a, "checker")
	setValue(t, a, "checker-exercise", exLink)
	setValue(t, a, "checker-input", strings.Join(codes, "\n"))
	begin := time.Now()
	click(t, a, "checker-run")
	waitFor(t, a, `document.querySelectorAll("#checker-results tbody tr").length >= 30 && document.getElementById("check-stop") === null`,
		5*time.Minute, "all 30 codes checked")
	d := time.Since(begin)
	r.add(t, "page  class check of 30 forged codes at the limits (50×50 network, %d epochs each): %.1f s (goal 60 s)", epochs, d.Seconds())
}
