package guide_test

import (
	"fmt"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"
)

// The page fills a LiveState from what it sees and ticks the step's check.
func ExampleEvaluate() {
	s := session.Default()
	s.Dataset = "xor"
	check := &guide.Check{Kind: guide.CheckMetric, Metric: "test-accuracy", Op: ">=", Value: 0.9, MinEpochs: 100}
	st := &guide.LiveState{Settings: s, Epochs: 120, Newest: &guide.Stats{Epoch: 120, TestMetric: 0.8444}}
	met, why := guide.Evaluate(check, st)
	fmt.Println(met, why.En)
	st.Newest.TestMetric = 0.9444
	met, why = guide.Evaluate(check, st)
	fmt.Println(met, why.En)
	fmt.Println(guide.Evaluate(&guide.Check{Kind: guide.CheckSetting, Setting: "layers", Op: ">=", Value: 2}, st))
	// Output:
	// false test-accuracy 0.8444; the step asks for ≥ 0.9
	// true test-accuracy 0.9444; met: ≥ 0.9
	// true {layers 2; met: ≥ 2 隐藏层数为 2；已达到：≥ 2}
}

// A step's actions, worded for the page's "show me" hint.
func ExampleStep_Hint() {
	s := guide.Step{Actions: []guide.Action{
		{Kind: guide.ActSet, Setting: "lr", Value: "3"},
		{Kind: guide.ActTrain, Epochs: 50},
	}}
	h := s.Hint()
	fmt.Println(h.En)
	fmt.Println(h.Zh)
	// Output:
	// Set the learning rate to 3. Train 50 epochs.
	// 把学习率设为 3。训练 50 轮。
}
