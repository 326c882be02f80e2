package web

import (
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// askExerciseInfo asks the tools worker what an exercise link implies
// (tools.GetExerciseInfo: its ID, nonce, whether codes are bound to names, the
// settings it fixes with their reasons, and whether its own start already
// meets the goal) and calls done with the answer, or nil on an error.
// Call it inside ctx.Dispatch; done runs inside one too.
func (s *store) askExerciseInfo(link string, done func(*rules.ExerciseInfo)) {
	s.ask(&tools.GetExerciseInfo{Link: link}, func(a wire.Message, errMsg string, class tools.FailClass) {
		if r, ok := a.(*tools.ExerciseInfo); ok {
			done(&r.Info)
		} else {
			done(nil)
		}
		s.notify(topicRun | topicData)
	})
}

// askShare asks the tools worker to train one press of Train for
// exercise.ShareNames students' names in an exercise (tools.TryNames) and
// calls update with the counts after each name, the last one Done, or
// with nil on an error. Call it inside ctx.Dispatch; update runs inside
// one too.
func (s *store) askShare(link string, update func(*rules.Share)) {
	s.ask(&tools.TryNames{Link: link, Names: shareNames}, func(a wire.Message, errMsg string, class tools.FailClass) {
		if r, ok := a.(*tools.NamesTried); ok {
			update(&r.Share)
		} else {
			update(nil)
		}
		s.notify(topicRun)
	})
}

// shareNames is how many names the editor tries (exercise.ShareNames,
// which the page does not link).
const shareNames = 20
