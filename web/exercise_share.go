package web

import (
	"github.com/nnplayground/playground/core/exercise/rules"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// shareNote (#exercise-share) tells the teacher what the class will see:
// how many of 20 students' runs meet the goal with one press of Train,
// changing nothing (rules.Share, from the tools worker's TryNames), with
// a progress note while the names train. It is an alert when any run
// meets the goal: the exercise asks nothing of those students.
func shareNote(l string, sh *rules.Share) app.UI {
	if sh == nil {
		return app.Text("")
	}
	p := app.P().ID("exercise-share").Aria("live", "polite")
	path := t(l, "ex-share-net")
	if sh.FromStart {
		path = t(l, "ex-share-weights")
	}
	if sh.Stop {
		path = tf(l, "ex-share-path-stop", path)
	} else {
		path = tf(l, "ex-share-path-epochs", path, sh.Epochs)
	}
	switch {
	case !sh.Done:
		return p.Class("pg-hint").Text(tf(l, "ex-share-trying", sh.Names, sh.Tried, sh.Names))
	case sh.Heavy && sh.Tried == 0:
		return p.Class("pg-hint").Text(tf(l, "ex-share-heavy", sh.Names))
	case sh.Heavy:
		return p.Class("pg-alert").Text(tf(l, "ex-share-partial", sh.Met, sh.Tried, path))
	case sh.Met > 0:
		return p.Class("pg-alert").Role("alert").Text(tf(l, "ex-share-meets", sh.Met, sh.Names, path))
	}
	return p.Class("pg-hint").Text(tf(l, "ex-share-none", sh.Names, path))
}
