package lessons_test

import (
	"fmt"

	"github.com/nnplayground/playground/core/exercise/lessons"
)

func ExampleGallery() {
	for _, l := range lessons.Gallery()[:3] {
		fmt.Printf("%s (%d steps): %s / %s\n", l.ID, len(l.Steps), l.Title.En, l.Title.Zh)
	}
	// Output:
	// tutorial (3 steps): One neuron and a line: the tutorial's example, done right / 一个神经元和一条直线：教程里的例子，正确的做法
	// loss (4 steps): What the loss and gradient descent do: one weight / 损失和梯度下降在做什么：一个权重
	// normalize (4 steps): Normalize with the training set's statistics / 用训练集的统计量归一化
}
