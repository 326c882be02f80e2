package state

import (
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
)

// The page does not link core/link or core/exercise (with compress/flate and
// their hashing they would add about 0.1 MB gzipped to app.wasm): the tools
// worker (worker.js?tools, running checker.wasm, see wasm/checker) encodes
// and decodes links and files, makes exercise links and completion codes and
// lists the lessons. The values they carry are types that every binary
// links: session.Saved and session.Weights (a session link or file),
// rules.Exercise and rules.CheckResult (an exercise and a code's verdict),
// guide.Lesson (a guided lesson). The goal, its test and the fixed and
// lockable settings come from core/exercise/rules too.

// ExerciseInfo is an exercise and the name of the student who trains it.
type ExerciseInfo struct {
	rules.Exercise
	Name string // the student's name, which seeds their training (rules.ForStudent)
}

// Merge returns the settings a student trains: s with what the exercise
// fixes put back and the training seeded by the student's name
// (rules.ForStudent, as the checker replays it).
func (e *ExerciseInfo) Merge(s session.Settings) session.Settings {
	return rules.ForStudent(e.Settings, e.Goal, e.Nonce, e.Name, s)
}
