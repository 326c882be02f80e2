package exercise

import (
	"strconv"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
)

// ShareNames is how many names the editor tries (Share).
const ShareNames = 20

// MaxShareWork bounds the training Share does for the editor, in epochs ×
// training rows × parameters over all names: about 2 s natively (10⁸ a
// second with the statistics, the coach and the stop rules of every epoch:
// BenchmarkShare) and a few seconds in the browser's tools worker.
const MaxShareWork = 2e8

// ShareName is the i-th name Share tries: "student 1", "student 2", ….
func ShareName(i int) string { return "student " + strconv.Itoa(i) }

// Share trains one press of Train for each of the first n names
// (ShareName), as a student who changes nothing: the exercise's settings
// under the name's seed (StudentSettings), from its start, until its stop
// rules end the press (rules.StartEpochs without stop rules; see press),
// and counts the names whose run meets the goal at some epoch: those who
// get a completion code with one press. It calls progress, when not nil,
// after each name with the counts so far.
//
// The training is bounded by maxWork (epochs × training rows ×
// parameters). When the names cannot all be trained within it, Share
// stops and says Heavy: at once when even the shortest runs would pass
// it, else after the names it trained.
func (e *Exercise) Share(n int, maxWork float64, progress func(rules.Share)) rules.Share {
	sh := rules.Share{Names: n, FromStart: e.Weights != nil, Stop: e.Settings.Stop != (nn.StopRules{})}
	if !sh.Stop {
		sh.Epochs = e.horizon(e.Settings)
	}
	if e.tooHeavy(n, maxWork) {
		sh.Heavy, sh.Done = true, true
		return sh
	}
	budget := maxWork
	for i := 1; i <= n; i++ {
		at, heavy := e.press(e.StudentSettings(ShareName(i), e.Settings), &budget)
		if heavy {
			sh.Heavy = true
			break
		}
		sh.Tried++
		if at >= 0 {
			sh.Met++
		}
		if sh.Done = i == n; progress != nil {
			progress(sh)
		}
	}
	sh.Done = true
	return sh
}

// tooHeavy reports whether n presses of Train cannot fit in maxWork even
// at their shortest: the whole horizon without stop rules, the patience
// (or one epoch) with them.
func (e *Exercise) tooHeavy(n int, maxWork float64) bool {
	epochs := e.horizon(e.Settings)
	if r := e.Settings.Stop; r != (nn.StopRules{}) {
		epochs = min(epochs, max(1, r.Patience))
	}
	if float64(n)*float64(epochs)*e.minEpochCost(e.Settings) > maxWork {
		return true // known from the settings, before the start is built
	}
	ss, err := e.Start()
	if err != nil {
		return false // press refuses it: no name meets the goal
	}
	return float64(n)*float64(epochs)*epochCost(ss) > maxWork
}
