// Package lessons holds the content of the playground's 14 built-in guided
// lessons, in English and Simplified Chinese; package guide is the format
// they are written in and the engine that plays them.
//
// Gallery returns them in the order to take them, which builds up from one
// neuron to the explain view: one neuron and a line (the tutorial's example
// done right), the loss and gradient descent on one weight, normalization,
// XOR, the spiral (basics.go); a learning rate too high, vanishing
// gradients, dead ReLU, overfitting, Adam against SGD (training.go);
// categorical columns and missing values, regression and R², a decision
// map of a many-column table (iris), and one neuron's forward and backward
// pass (data.go). Each lesson is one function that returns its
// guide.Lesson; gallery.go lists them and holds the helpers that keep
// them readable (settings, text, set, train, addLayer, metric, event).
//
// Each step's check is met by doing what the step says, and no step is
// done on arrival: the tests play every lesson natively, step by step,
// with the coach and the stop rules on, as the page would (play_test.go,
// arrival_test.go), and check that the numbers a text states are the
// engine's.
//
// Package exercise turns a lesson into a link and back (exercise.Lesson,
// exercise.DecodeLesson): a gallery lesson travels by its ID, so its
// function here must keep the ID of every lesson a link may name. The
// tools worker and cmd/sitegen list the gallery with its links through
// exercise.Lessons; the page never links this package.
//
//	for _, l := range lessons.Gallery() {
//		fmt.Println(l.ID, l.Title.En, len(l.Steps))
//	}
package lessons
