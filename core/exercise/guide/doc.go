// Package guide is the guided-lesson format: a lesson is a title and 3 to
// 8 steps; a step has a text in English and Chinese, an optional setup
// (the settings it loads), the actions it asks the student to perform and
// an optional check that ticks when the live state meets it.
//
// The page links this package (it is small: no compression, no hashing)
// to show lessons and tick their checks; core/exercise/lessons holds the
// built-in lessons, core/exercise turns lessons into links and back, and
// the tools worker lists them.
//
// # Checks
//
// A check reads only what happened after its step opened: a Tracker
// keeps it. The page (and the tests that play the built-in lessons
// natively) tell the tracker when a step opens (Enter: opening a step,
// going back to one, opening or reopening a lesson), when settings change
// or a new network is built (Change, which restarts the count of epochs),
// and what the trainer reports (Epoch, Notices, Event, Edit). Evaluate
// tests a Check against the tracker's LiveState, and Lesson.Evaluate a
// whole step: the settings its actions ask for (Lesson.Wants) hold, and
// its check is met. The reason says what the check waits for and where
// the student is, in both languages:
//
//	tr := guide.NewTracker(s, 300) // the step opens on a network trained 300 epochs
//	tr.Epoch(guide.Stats{Epoch: 335, TestLoss: 0.41})
//	met, why := guide.Evaluate(&guide.Check{Kind: guide.CheckMetric, Metric: "test-loss", Op: "<=", Value: 0.001, MinEpochs: 200}, tr.State())
//	// false, "test loss ≤ 0.001 after 200 epochs since this step opened: now 0.41 at 35"
//
// There are four kinds of check: a metric threshold after a number of
// epochs trained since the step opened (CheckMetric), a setting changed
// since the step opened to a value (CheckSetting), an event seen since the
// step opened (CheckEvent) and a weight the student changed since then
// (CheckWeight). A coach's notice counts when it goes up, not while it
// stays up from before.

// # Events
//
// Events are named by the Event constants. The engine's coach (nn.Coach)
// raises notices named "dead-units", "saturated-units",
// "vanishing-gradients" and "overfitting" (nn.NoticeKind's names), which
// are also the names of their events, so that the page passes a notice's
// kind through; its *nn.ExplodedError is Exploded, a *nn.DivergedError
// Diverged, and an nn.Stop for patience EarlyStopped. Some events come from the page alone (PageEvents): opening
// the explain view, changing the decision map's columns, pressing one of
// the coach's rollback buttons; core cannot produce them.
//
// # Actions
//
// An Action describes what the student is asked to do in a machine
// readable way: the page's "show me" hint (Action.Describe, Step.Hint)
// and the tests that play every built-in lesson perform it. Set applies a
// setting by name and Get reads one (Settable lists them).
//
// # Going back
//
// Lesson.SettingsAt returns the settings a step opens with, for a student
// who did what the steps before it asked: the page loads them when the
// student goes back to a step or reopens a lesson at a step.
//
// # The engine's events
//
// EventOfError, EventOfNotice and EventOfStop name the event of an error
// that stopped training (*nn.DivergedError, *nn.ExplodedError), of a
// coach's notice and of a stop rule's verdict.
package guide
