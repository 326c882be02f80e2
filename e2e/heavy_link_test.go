package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// TestHeavyLinkRefused opens a 295-character link that asks for 100,000
// circle points through hidden layers of 1,024 and 1,019 neurons (64 s of
// statistics natively before it was bounded): the page says at once that
// it is too large (#link-error), loads the default session, which trains,
// and does not keep the heavy settings for the next visit.
func TestHeavyLinkRefused(t *testing.T) {
	s := session.Default()
	s.Points = 100_000
	s.Model.Hidden = []int{1024, 1019}
	l, err := link.EncodeAs(link.KindSession, &link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	openLink(t, ctx, siteURL(t)+l)
	waitFor(t, ctx, `document.getElementById("link-error") !== null`, 20*time.Second, "#link-error")
	if msg := text(t, ctx, "link-error"); !strings.Contains(msg, "too large") {
		t.Errorf("#link-error = %q; want it to say the link is too large", msg)
	}
	stepToEpoch(t, ctx, 1)
	if saved := eval[string](t, ctx, `localStorage.getItem("nnplay-session") ?? ""`); strings.Contains(saved, "1019") {
		t.Errorf("the refused settings were saved for the next visit: %.200s", saved)
	}
}
