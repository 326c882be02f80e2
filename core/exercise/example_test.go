package exercise_test

import (
	"fmt"

	"github.com/nnplayground/playground/core/exercise"
)

func ExampleLessons() {
	for _, l := range exercise.Lessons()[:3] {
		fmt.Printf("%s: %s / %s\n", l.ID, l.Title.En, l.Title.Zh)
	}
	// Output:
	// tutorial: The tutorial's example, done right / 教程里的例子，正确的做法
	// normalize: Normalize the test set with the training statistics / 用训练集的统计量归一化测试集
	// xor: XOR needs a hidden layer / 异或（XOR）需要隐藏层
}
