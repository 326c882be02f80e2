// Package exercise makes teachers' exercises, students' completion codes
// and the checker that confirms them, and holds the gallery of lessons.
//
// # Exercises
//
// An Exercise is a session (the data and a starting network, optionally
// with starting weights), a set of locked settings, plain-text
// instructions and a Goal: a metric on the test set (accuracy or R² at
// least a threshold, or loss at most one), with optional limits on the
// total number of hidden neurons and on the epochs. It travels as a link
// of kind "exercise" (see package link).
//
// The data of an exercise is fixed for every student: the dataset, its
// points, noise and text, the target, the split (test ratio and split
// column) and the seed (which also generates the points of a generated
// set and chooses the split) are always taken from the exercise; see
// Fixed. Other settings are free unless locked; see Lockable.
//
// # Completion codes
//
// When a student's training meets the goal, Exercise.Code gives a
// completion code: the student's settings, the epoch and the metric
// claimed, and the exercise's ID (a hash of its data, starting weights,
// locks and goal). The code is a link of kind "completion" without the
// "#"; its zlib checksum catches typos.
//
// Check re-runs the training deterministically (session.Build, then
// Trainer.Step up to the claimed epoch) and confirms that the code belongs
// to the exercise, that the locks and limits hold, that the metric matches
// the claim and that it meets the goal. Editing a number in a code cannot
// forge a result: the checker computes the metric itself. No secret key
// is involved.
//
//	ex := &exercise.Exercise{Settings: s, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9}}
//	code, err := ex.Code("Ana", studentSettings, false, trainer.Stats())
//	res, err := exercise.Check(ex, code) // res.Accepted
//
// # Lessons
//
// Lessons returns the gallery of presets, each with a title and an
// explanation in English and Simplified Chinese and its settings.
package exercise
