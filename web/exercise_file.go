package web

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// exerciseFileNote (#exercise-long) offers an exercise whose link is
// longer than session.LongLink, even with its table packed (link format version
// 2), as a file: a text file holding the link, which students open with
// the import button (#import-file, linkInText) or by pasting its line
// into the address bar.
func exerciseFileNote(l, url string) app.UI {
	if len(url) <= session.LongLink {
		return app.Text("")
	}
	return app.P().ID("exercise-long").Class("pg-alert").Body(
		app.Text(tf(l, "ex-long", len(url), session.LongLink)+" "),
		app.Button().ID("exercise-file").
			OnClick(func(ctx app.Context, e app.Event) { state.Download("exercise.txt", "text/plain", url+"\n") }).
			Text(t(l, "ex-file")),
	)
}

// linkInText returns the playground link ("#v1.…", "#v2.…") in the text
// of a file, a whole URL or the fragment alone, and false when there is
// none.
func linkInText(text string) (string, bool) {
	for _, w := range strings.Fields(text) {
		if i := strings.Index(w, "#v"); i >= 0 {
			w = w[i+1:]
		}
		ver, _, ok := strings.Cut(w, ".")
		if ok && len(ver) >= 2 && ver[0] == 'v' && strings.Trim(ver[1:], "0123456789") == "" {
			return "#" + w, true
		}
	}
	return "", false
}
