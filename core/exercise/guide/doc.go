// Package guide is the guided-lesson format: a lesson is a title and 3 to
// 8 steps; a step has a text in English and Chinese, an optional setup
// (the settings it loads), the actions it asks the student to perform and
// an optional check that ticks when the live state meets it.
//
// The page links this package (it is small: no compression, no hashing)
// to show lessons and tick their checks; core/exercise holds the built-in
// lessons and turns lessons into links and back; the tools worker lists
// them.
//
// # Checks
//
// Evaluate tests a Check against a LiveState, which the page fills from
// what it sees: the settings in use, the newest statistics and the best
// ones since the step opened, the number of epochs trained, the events
// seen since the step opened and the weights the student edited.
//
//	st := &guide.LiveState{Settings: s, Newest: &guide.Stats{Epoch: 120, TestMetric: 0.93}, Epochs: 120}
//	met, why := guide.Evaluate(&guide.Check{Kind: guide.CheckMetric, Metric: "test-accuracy", Op: ">=", Value: 0.9}, st)
//
// There are four kinds of check: a metric threshold (CheckMetric), a
// setting's value (CheckSetting), an event (CheckEvent) and a weight the
// student changed (CheckWeight).
//
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
