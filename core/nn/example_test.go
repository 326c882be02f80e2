package nn_test

import (
	"fmt"
	"log"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// XOR's four points, which no linear model separates, learnt by a network
// with one hidden layer of four tanh units: parse the table, prepare it
// (the 0/1 target as two classes, no test split), train 1,000 epochs of
// full-batch SGD and predict.
func Example() {
	t, err := data.Parse("a,b,xor\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
	if err != nil {
		log.Fatal(err)
	}
	ds, err := data.Prepare(t, data.Spec{AsClasses: true})
	if err != nil {
		log.Fatal(err)
	}
	tr, err := nn.NewTrainer(ds, nn.Config{Hidden: []int{4}, Activation: nn.Tanh, LearningRate: 0.3, Seed: 1})
	if err != nil {
		log.Fatal(err)
	}
	if err := tr.StepN(1000); err != nil {
		log.Fatal(err) // an *nn.DivergedError if the loss had become NaN or infinite
	}
	s := tr.Stats()
	fmt.Printf("epoch %d: loss %.4f, accuracy %.4f\n", s.Epoch, s.TrainLoss, s.TrainMetric)
	p := tr.Predict(nil, ds.Train.X) // the probability of class "1", one per row
	for r, row := range ds.Train.Rows {
		fmt.Printf("%s xor %s: p = %.4f, class %s\n", t.Cell(row, 0), t.Cell(row, 1), p[r], ds.Classes[nn.Class(p[r:r+1])])
	}
	// Output:
	// epoch 1000: loss 0.0077, accuracy 1.0000
	// 0 xor 0: p = 0.0092, class 0
	// 0 xor 1: p = 0.9888, class 1
	// 1 xor 0: p = 0.9987, class 1
	// 1 xor 1: p = 0.0090, class 0
}
