package tools

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/internal/enum"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// The page's requests to the tools worker (wasm/checker, which holds
// core/link and core/exercise so that the page does not). Each carries an
// ID, which its one answer repeats (Check's answers, one per code, too;
// StopCheck has none); any request may instead be answered by ToolFailed.

// EncodeLink asks for the "#v1.…" link of a session: LinkText.
type EncodeLink struct {
	ID      int
	Session session.Saved
}

// EncodeFile asks for the session file of a session: LinkText.
type EncodeFile struct {
	ID      int
	Session session.Saved
}

// DecodeFile reads a session file: SessionRead.
type DecodeFile struct {
	ID   int
	File string
}

// ReadModel reads a model file (nnplay train -out, or the page's model
// download), off the page's thread: ModelRead.
type ReadModel struct {
	ID   int
	File string
}

// DecodeLink opens a link (or a whole URL, cut at its "#"): Opened.
type DecodeLink struct {
	ID   int
	Link string
}

// MakeExercise asks for an exercise's link: LinkText.
type MakeExercise struct {
	ID       int
	Exercise rules.Exercise
}

// ExerciseCode asks whether settings keep an exercise's locks and limits
// and for the completion code of a result: CodeAnswer.
type ExerciseCode struct {
	ID      int
	Request rules.CodeRequest
}

// GetLessons asks for the lessons: Lessons.
type GetLessons struct{ ID int }

// MakeLesson asks for the link of a teacher's guided lesson, after
// exercise.Lesson.Validate: LinkText.
type MakeLesson struct {
	ID     int
	Lesson guide.Lesson
}

// GetExerciseInfo asks what an exercise link implies (its ID, nonce,
// automatic locks, whether its start already meets the goal):
// ExerciseInfo.
type GetExerciseInfo struct {
	ID   int
	Link string
}

// TryNames trains one press of Train for Names students' names in the
// exercise of Link (exercise.Share, within exercise.MaxShareWork): a
// NamesTried after each name, the last one Done.
type TryNames struct {
	ID    int
	Link  string
	Names int
}

// Check re-trains every completion code found among the words of Codes
// against the exercise of Link, one code at a time, cheap refusals first
// (exercise.Class); Class is the class list, one name per item (none:
// no name is flagged or missing). It is answered by a Checked after each
// code and a last one, Done, with the class list's missing names.
type Check struct {
	ID    int
	Link  string
	Codes []string
	Class []string
}

// StopCheck asks the check whose ID it carries to stop before its next
// code; that check's last Checked then says Stopped. It has no answer of
// its own.
type StopCheck struct{ ID int }

// The tools worker's answers.

// LinkText answers EncodeLink, EncodeFile and MakeExercise.
type LinkText struct {
	ID   int
	Text string
}

// SessionRead answers DecodeFile.
type SessionRead struct {
	ID      int
	Session session.Saved
}

// ModelRead answers ReadModel: the model's configuration, its layer sizes
// and its parameters in nn.Network.Params order.
type ModelRead struct {
	ID     int
	Config nn.Config
	Sizes  []int
	Params []float64
}

// Opened answers DecodeLink: what the link opens, by Kind ("session",
// "lesson" or "exercise"), one of Session, Lesson and Exercise.
type Opened struct {
	ID       int
	Kind     string
	Session  *session.Saved
	Lesson   *guide.Lesson
	Exercise *rules.Exercise
}

// CodeAnswer answers ExerciseCode.
type CodeAnswer struct {
	ID     int
	Answer rules.CodeAnswer
}

// ExerciseInfo answers GetExerciseInfo.
type ExerciseInfo struct {
	ID   int
	Info rules.ExerciseInfo
}

// NamesTried answers TryNames with the counts so far.
type NamesTried struct {
	ID    int
	Share rules.Share
}

// Lessons answers GetLessons.
type Lessons struct {
	ID    int
	Items []rules.LessonItem
}

// Checked answers Check as it goes, each row once: Rows are the rows
// checked since the last answer (counted from First, from 0), of Total
// codes found; Reflags are the flags they set on earlier rows. The last
// answer is Done: its Rows are the class list's names with no code
// (rules.CheckResult.Missing), or none when the check Stopped.
type Checked struct {
	ID      int
	Total   int
	First   int
	Rows    []rules.CheckResult
	Reflags []rules.Reflag
	Done    bool
	Stopped bool
}

// ToolFailed is the tools worker's answer to a request it could not carry
// out. Class is the kind of a link error, for the page's message. ID 0:
// worker.js itself failed.
type ToolFailed struct {
	ID      int
	Message string
	Class   FailClass
}

// FailClass is the kind of a tools worker's failure (ToolFailed.Class).
type FailClass int

const (
	FailBad     FailClass = iota // a damaged link or file, or anything else
	FailNewer                    // a newer version's link (link.ErrNewerVersion)
	FailLarge                    // too large to open (link.ErrTooLarge)
	FailTooLong                  // too large for a link: offer a file (link.ErrTooLong)
	FailKind                     // a link of another kind (link.ErrKind)
)

var failNames = [...]string{FailBad: "bad", FailNewer: "newer", FailLarge: "large", FailTooLong: "too-long", FailKind: "kind"}

// String returns "bad", "newer", "large", "too-long" or "kind".
func (c FailClass) String() string { return enum.Name(failNames[:], int(c)) }
