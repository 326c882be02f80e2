// Command checker is the playground's tools worker: it re-runs exercise
// completion codes, and it encodes and decodes session links and files,
// makes exercise links and completion codes and lists the lessons for the
// page. It is compiled to its own WebAssembly binary, checker.wasm, so that
// neither the trainer (trainer.wasm) nor the page (app.wasm) carries that
// code, and the trainer keeps training while codes are checked. It links core/exercise and core/link, which bring encoding/json,
// SHA-256 and compress/flate (about 0.25 MB gzipped) that the trainer
// would otherwise carry for a feature a teacher uses now and then.
//
// Build it with
//
//	GOOS=js GOARCH=wasm go build -o site/web/checker.wasm ./wasm/checker
//
// beside trainer.wasm. The page starts it as its tools worker
// (web/worker.js named "tools") for the tool requests below and for checks.
//
// # Requests
//
// Requests and answers are core/wire/tools' types, encoded by core/wire's
// codec (the trainer's too) in Uint8Arrays whose buffers are transferred.
// Each request carries an ID that its answer repeats; any request may be
// answered by tools.ToolFailed instead, whose Class is "newer" (a newer
// version's link), "large", "too-long" (link.ErrTooLong: offer a file),
// "kind" (a link of another kind) or "bad".
//
//	EncodeLink{Session}        → LinkText: "#v1.…"
//	EncodeFile{Session}        → LinkText: the session file
//	DecodeFile{File}           → SessionRead{Session}
//	ReadModel{File}            → ModelRead{Config, Sizes, Params} (a model file, read off the page's thread)
//	DecodeLink{Link}           → Opened{Kind, Session | Lesson | Exercise} (a whole URL is cut at "#")
//	MakeExercise{Exercise}     → LinkText: the exercise's link
//	ExerciseCode{Request}      → CodeAnswer{Answer: rules.CodeAnswer}
//	GetExerciseInfo{Link}      → ExerciseInfo{Info: rules.ExerciseInfo}
//	GetLessons{}               → Lessons{Items: []rules.LessonItem}
//	MakeLesson{File}           → LinkText: the link of a teacher's lesson (guide.Lesson JSON, a file)
//	Check{Link, Codes, Class}  → Checked{Total, First, Rows, Reflags} after each code, then Checked{Done}
//	StopCheck{ID}              → (none: the check ID ends with Checked{Done, Stopped})
//	TryNames{Link, Names}      → NamesTried{Share: rules.Share} after each name (exercise.Share), the last Done
//
// The session, exercise, lesson and results travel as the types that every
// binary links: session.Saved (link.Session is that type with link's
// methods), rules.Exercise (exercise.Exercise with its methods),
// guide.Lesson and rules.CheckResult (exercise.Result); a pointer
// conversion turns one into the other, and nothing is copied field by
// field.
//
// ExerciseInfo is exercise.Info: the page trains a student's settings with
// TrainSeed = rules.StudentSeed(nonce, name). CodeAnswer's Allowed is why
// the settings break a lock or limit (exercise.Allowed), "" when they do
// not; Code is exercise.Code for the stats (which replays the training to
// their epoch for the code's digest, as long as one check takes), or Error
// says why there is none.
//
// # Checks
//
// Check runs exercise.Class over the codes found among the words of Codes
// (exercise.FindCodes), with the class list Class: one tools.Checked per
// code, in order, with that row only and the flags it sets on earlier rows
// (Reflags), then a last one, Done, whose rows are the class list's names
// with no code. A result's Metric is NaN when the checker did not train.
// Between two codes the check pauses so that a StopCheck{ID} can arrive
// (main_js.go takes it at once, ahead of the queue); the check then ends
// with a Done answer that says Stopped. A bad exercise link is one
// ToolFailed.
package main
