// Package tools holds the messages between the page and the tools worker
// (wasm/checker): links, session files, exercises, completion codes and
// lessons. They are encoded by package wire's codec, as the trainer's are,
// and kept apart only so that the trainer does not link
// core/exercise/rules (which brings encoding/json's initialisation, 11 kB
// gzipped that trainer.wasm's 1 MB budget has not to spare).
//
//go:generate go run ../internal/genwire -path github.com/nnplayground/playground/core/wire/tools -base 64 -protocol Protocol EncodeLink EncodeFile DecodeFile DecodeLink MakeExercise ExerciseCode GetLessons MakeLesson GetExerciseInfo Check LinkText SessionRead Opened CodeAnswer ExerciseInfo Lessons Checked ToolFailed TryNames NamesTried StopCheck ReadModel ModelRead
package tools
