package nn_test

import (
	"errors"
	"fmt"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
)

// Iris without normalization at learning rate 1: the coach stops the
// exploding run, and going back with the learning rate divided by 10
// trains it.
func ExampleCoach() {
	text, _ := datasets.Text("iris", 0, 0, 1)
	tb, _ := data.Parse(text)
	ds, _ := data.Prepare(tb, data.Spec{Norm: data.NoNorm, TestRatio: 0.2, Seed: 1})
	tr, _ := nn.NewTrainer(ds, nn.Config{Hidden: []int{8}, LearningRate: 1, BatchSize: 16, Seed: 1})
	coach := nn.NewCoach(tr, nn.CoachConfig{})
	for tr.Epoch() < 300 {
		if err := tr.Step(); err != nil {
			fmt.Println(err)
			return
		}
		_, err := coach.Check(tr.Stats())
		var ee *nn.ExplodedError
		if errors.As(err, &ee) {
			fmt.Printf("exploded at epoch %d (%v: %.4f > %.4f); back to epoch %d\n", ee.Epoch, ee.Why, ee.Value, ee.Limit, ee.LastGood)
			lr, _ := coach.RollbackLower(10)
			fmt.Printf("learning rate %g\n", lr)
		}
	}
	fmt.Printf("epoch %d: test accuracy %.4f\n", tr.Epoch(), tr.Stats().TestMetric)
	// Output:
	// exploded at epoch 60 (loss-rose: 6.1525 > 5.5469); back to epoch 0
	// learning rate 0.1
	// epoch 300: test accuracy 0.9333
}
