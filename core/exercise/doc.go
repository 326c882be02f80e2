// Package exercise makes teachers' exercises, students' completion codes
// and the checker that confirms them, and turns guided lessons into links
// and back.
//
// # Exercises
//
// An Exercise is a session (the data and a starting network, optionally
// with starting weights that a teacher may require, RequireStart), a set
// of locked settings, plain-text instructions and a Goal: a metric on the
// test set (accuracy or R² at least a threshold, or loss at most one),
// with optional limits on the total number of hidden neurons and on the
// epochs. It travels as a link of kind "exercise" (see package link) with
// a random Nonce chosen when the teacher makes it, so that two teachers'
// identical exercises differ. Its ID hashes everything in it.
//
// Every student shares the exercise's data, its split and seed, and the
// settings that choose the test rows (missing-value policy, ignored
// columns); a loss goal fixes the normalization and the loss too, so that
// no free setting changes the yardstick. AutoLocks names each automatic
// lock with its reason. Other settings are free unless locked; see
// Lockable.
//
// # Completion codes
//
// A student trains StudentSettings(name, s): their settings with the
// exercise's fixed ones put back and TrainSeed derived from the nonce and
// the name (rules.StudentSeed), which seeds the initialisation and the
// mini-batch order but never the split. When the training meets the goal,
// Exercise.Code gives a completion code: the name, the settings, the first
// epoch that met the goal (rules.FirstMet), the metric claimed, the
// exercise's ID and the Digest of the training: SHA-256 over the name, the
// exercise, the start, the epoch and the bits of every parameter of the
// network at that epoch. Code replays the training to compute it, so a
// code is only made for a result the checker will confirm. The code is a
// link of kind "completion" without the "#" (format CodeFormat, 3); its
// zlib checksum catches typos.
//
// Check re-runs the training deterministically under the code's name
// (session.Build, then Trainer.StepN to the claimed epoch) and confirms
// that the code belongs to the exercise, that the locks and limits hold,
// that the digest and the metric are the training's and that the metric
// meets the goal. A code proves that this training, under this name, met
// the goal at this epoch: renaming or editing it changes the digest it
// must match, whatever the metric (an accuracy on 45 test rows often lands
// on the same value for two names). No secret key is involved. Where
// nothing in a training is random (full batch from the exercise's weights)
// the name cannot change the numbers: NameBound says so, and a class
// check flags the same training under two names.
//
//	ex := &exercise.Exercise{Settings: s, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9}}
//	link, err := ex.Link()                        // sets the nonce
//	s = ex.StudentSettings("Ana", studentSettings) // train these
//	code, err := ex.Code("Ana", s, false, firstMet)
//	res, err := exercise.Check(ex, code) // res.Accepted
//
// A Class checks a class's codes (found in pasted text by FindCodes) one
// at a time: every cheap refusal (format, exercise, name, locks, limits, a
// code seen before) before any training, one replay per training
// (Class.Trainings counts them), and each replay within MaxCheckWork, so
// that 30 codes at the limits take under a minute natively
// (BenchmarkClassAtLimits). It flags duplicates, the same training under
// two names and names not in the class list, and lists the class list's
// names with no code (Class.Missing). A refusal's Reason is worded for a
// teacher (Reason*), its Cause is the error. CheckClass does it all at
// once; WriteCSV writes the table for a gradebook.
//
// # Lessons
//
// Lessons returns the gallery of guided lessons (package guide's format),
// whose content is package lessons (lessons.Gallery), as Lessons that
// make their links, in the order to take them.
//
// A lesson is a link of kind "lesson" (Lesson.Link, DecodeLesson): a
// gallery lesson by its ID, a teacher's whole; links of the version before
// guided lessons still open (docs/link-format.md).
//
//	l, _ := exercise.LessonByID("xor")
//	frag, err := l.Link() // "#v1.…"
//	back, err := exercise.DecodeLesson(frag)
package exercise
