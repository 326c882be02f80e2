package web

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire/tools"
)

// The page does not link core/link or core/exercise (with compress/flate and
// their hashing they would add about 0.1 MB gzipped to app.wasm): the tools
// worker (worker.js?tools, running checker.wasm, see wasm/checker) encodes
// and decodes links and files, makes exercise links and completion codes and
// lists the lessons. Their values travel as core/wire/tools' copies of the
// core types, named here as the page calls them; wasm/checker's tests check
// the copies against core. The goal, its test and the fixed and lockable
// settings come from core/exercise/rules, which both sides share.

// longLink mirrors link.LongLink: links longer than this get a warning.
const longLink = 8000

// sessionFileFormat mirrors link.FileFormat, the "format" of a session file.
const sessionFileFormat = "nnplayground-session"

// lessonInfo is a guided lesson (core/exercise/guide), as the tools
// worker sends it: the page imports guide itself, which links nothing
// app.wasm does not already have.
type lessonInfo = guide.Lesson

type (
	weights     = tools.Weights     // link.Weights
	linkSession = tools.LinkSession // link.Session
	opened      = tools.Opened      // the answer to tools.DecodeLink
)

// exerciseInfo is an exercise (exercise.Exercise) and the name of the
// student who trains it.
type exerciseInfo struct {
	tools.Exercise
	name string // the student's name, which seeds their training (rules.ForStudent)
}

// Merge returns the settings a student trains: s with what the exercise
// fixes put back and the training seeded by the student's name
// (rules.ForStudent, as the checker replays it).
func (e *exerciseInfo) Merge(s session.Settings) session.Settings {
	return rules.ForStudent(e.Settings, e.Goal, e.Nonce, e.name, s)
}
