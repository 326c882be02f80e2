package main

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
)

// The page does not link core/link or core/exercise (with compress/flate and
// crypto/sha256 they would add about 0.1 MB gzipped to app.wasm): the tools
// worker (worker.js?tools, running checker.wasm, see wasm/checker) encodes
// and decodes links and files, makes exercise links and completion codes and
// lists the lessons. The types below mirror the JSON of the core types the
// tools worker sends and receives; tools_types_test.go checks them against
// core. The goal, its test and the fixed and lockable settings come from
// core/exercise/rules, which both sides share.

// longLink mirrors link.LongLink: links longer than this get a warning.
const longLink = 8000

// sessionFileFormat mirrors link.FileFormat, the "format" of a session file.
const sessionFileFormat = "nnplayground-session"

// lessonInfo is a guided lesson (core/exercise/guide), as the tools
// worker sends it: the page imports guide itself, which links nothing
// app.wasm does not already have.
type lessonInfo = guide.Lesson

// weights mirrors link.Weights.
type weights struct {
	Epoch  int       `json:"epoch"`
	Sizes  []int     `json:"sizes"`
	Params []float64 `json:"params"`
}

// linkSession mirrors link.Session.
type linkSession struct {
	Settings session.Settings `json:"settings"`
	Weights  *weights         `json:"weights,omitempty"`
}

// exerciseInfo mirrors exercise.Exercise.
type exerciseInfo struct {
	Format       int              `json:"format"`
	Nonce        string           `json:"nonce"`
	Title        string           `json:"title,omitempty"`
	Instructions string           `json:"instructions,omitempty"`
	Settings     session.Settings `json:"settings"`
	Weights      *weights         `json:"weights,omitempty"`
	RequireStart bool             `json:"requireStart,omitempty"`
	Locked       []string         `json:"locked,omitempty"`
	Goal         rules.Goal       `json:"goal"`

	name string // the student's name, which seeds their training (rules.ForStudent)
}

// opened mirrors the tools worker's answer to op decode-link.
type opened struct {
	Kind     string        `json:"kind"` // "session", "lesson" or "exercise"
	Session  *linkSession  `json:"session,omitempty"`
	Lesson   *lessonInfo   `json:"lesson,omitempty"`
	Exercise *exerciseInfo `json:"exercise,omitempty"`
}

// Merge returns the settings a student trains: s with what the exercise
// fixes put back and the training seeded by the student's name
// (rules.ForStudent, as the checker replays it).
func (e *exerciseInfo) Merge(s session.Settings) session.Settings {
	return rules.ForStudent(e.Settings, e.Goal, e.Nonce, e.name, s)
}
