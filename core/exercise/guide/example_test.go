package guide_test

import (
	"fmt"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"
)

// The page feeds a Tracker what the trainer reports and ticks the step's
// check: only epochs trained since the step opened count.
func ExampleTracker() {
	s := session.Default()
	s.Dataset = "xor"
	check := &guide.Check{Kind: guide.CheckMetric, Metric: "test-accuracy", Op: ">=", Value: 0.9, MinEpochs: 100}
	tr := guide.NewTracker(s, 300) // the step opens on a network trained 300 epochs
	tr.Epoch(guide.Stats{Epoch: 300, TestMetric: 0.95})
	met, why := guide.Evaluate(check, tr.State())
	fmt.Println(met, why.En)
	for e := 301; e <= 335; e++ {
		tr.Epoch(guide.Stats{Epoch: e, TestMetric: 0.8444})
	}
	met, why = guide.Evaluate(check, tr.State())
	fmt.Println(met, why.En)
	for e := 336; e <= 420; e++ {
		tr.Epoch(guide.Stats{Epoch: e, TestMetric: 0.9444})
	}
	met, why = guide.Evaluate(check, tr.State())
	fmt.Println(met, why.En)
	fmt.Println(why.Zh)
	// Output:
	// false test accuracy ≥ 0.9 after 100 epochs since this step opened: not trained yet
	// false test accuracy ≥ 0.9 after 100 epochs since this step opened: now 0.8444 at 35
	// true met: test accuracy ≥ 0.9 after 100 epochs since this step opened (now 0.9444 at 120)
	// 已达到：本步开始后至少训练 100 轮，且测试准确率 ≥ 0.9（目前为 0.9444，第 120 轮）
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
