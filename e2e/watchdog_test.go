package e2e

import (
	"testing"
	"time"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// TestSlowTrainingOffersStop opens a heavy link (30,000 circle points
// through [64, 64] in one batch: 2.8 × 10⁸ multiply-adds an epoch,
// within nn.MaxEpochWork) and trains: when no epoch has been reported for
// the watchdog's time (shortened here with window.nnSlowAfter), the page
// says training is slow (#slow-note) and its Stop button (#slow-stop)
// stops it; the page stays responsive throughout.
func TestSlowTrainingOffersStop(t *testing.T) {
	s := session.Default()
	s.Points = 30_000
	s.Model.Hidden = []int{64, 64}
	s.Model.BatchSize = 0 // one batch: the worker cannot report within an epoch
	l, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	openLink(t, ctx, siteURL(t)+l)
	eval[bool](t, ctx, `window.nnSlowAfter = 300; true`)
	click(t, ctx, "train")
	// The notice goes when the next epoch reports and comes back after the
	// next silence: press its Stop while it shows.
	waitFor(t, ctx, `(() => { const b = document.getElementById("slow-stop"); if (b) b.click(); return b !== null })()`,
		60*time.Second, "#slow-note with its Stop button (#slow-stop), pressed")
	waitFor(t, ctx, `document.getElementById("slow-note") === null && `+textJS("train")+` === "Train"`, 120*time.Second,
		"training stopped: #slow-note gone and #train says Train")
}
