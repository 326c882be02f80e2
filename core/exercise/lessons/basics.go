package lessons

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
)

// tutorialSettings is the tutorial's data with one linear neuron.
func tutorialSettings() guide.Lesson {
	s := settings("tutorial", 0, 0, nn.Config{Hidden: []int{}, Activation: nn.Linear, LearningRate: 0.1})
	s.TestRatio = 0 // the tutorial's own split, by its "set" column
	return guide.Lesson{Settings: s}
}

// lessonTutorial: one neuron and a line, the tutorial's worked example
// done right.
func lessonTutorial() guide.Lesson {
	l := tutorialSettings()
	l.ID = "tutorial"
	l.Title = text("One neuron and a line: the tutorial's example, done right", "一个神经元和一条直线：教程里的例子，正确的做法")
	l.About = text(
		"The tutorial's data: four training rows (x1, x2) → y with y = x1, and three test rows further along the same line (5, 6, 7). The tutorial fitted them with a hidden layer of 10 ReLU neurons; one neuron is the right model for a line.",
		"教程的数据：四个训练行 (x1, x2) → y，其中 y = x1；另有三个沿同一直线更远处的测试行（5、6、7）。教程用了 10 个 ReLU 神经元的隐藏层来拟合；对一条直线来说，一个神经元才是合适的模型。")
	l.Steps = []guide.Step{{
		Text: text(
			"The network is one neuron with no activation: it computes y = w1·x1 + w2·x2 + b, a plane. Train 200 epochs and watch the test loss: it falls to about 0, so the neuron predicts the test rows 5, 6 and 7, which lie outside the training range.",
			"网络只有一个没有激活函数的神经元：它计算 y = w1·x1 + w2·x2 + b，一个平面。训练 200 轮，观察测试损失：它降到约 0，说明这个神经元能预测训练范围之外的测试行 5、6、7。"),
		Actions: []guide.Action{train(200)},
		Check:   metric("test-loss", "<=", 0.001, 0),
	}, {
		Text: text(
			"Now build the tutorial's network: add a hidden layer of 10 neurons and set the activation to ReLU, then train 200 epochs. The training loss falls to almost 0 again, but the test loss no longer does: 41 weights fit four rows in many ways, and between and beyond the rows the ReLU kinks fall where no row pins them. The coach may also name dead units.",
			"现在搭建教程里的网络：加一个 10 个神经元的隐藏层，把激活函数设为 ReLU，然后训练 200 轮。训练损失又降到几乎为 0，测试损失却不再如此：41 个权重可以用许多方式拟合四行数据，在这些行之间和之外，ReLU 的拐点落在没有数据约束的地方。教练也可能指出死亡单元。"),
		Actions: []guide.Action{addLayer(10), set("activation", "relu"), train(200)},
		Check:   metric("test-loss", ">=", 0.0001, 200),
	}, {
		Text: text(
			"Remove the hidden layer again (set the activation back to linear too) and train 200 epochs. With the right model the test loss returns to about 0: more neurons are not better when the pattern is a straight line.",
			"再去掉隐藏层（也把激活函数改回 linear），训练 200 轮。用对了模型，测试损失又回到约 0：当规律是一条直线时，神经元越多并不越好。"),
		Actions: []guide.Action{{Kind: guide.ActRemoveLayer}, set("activation", "linear"), train(200)},
		Check:   metric("test-loss", "<=", 0.001, 200),
	}}
	return l
}

// lessonLoss: what the loss and gradient descent do, on one weight.
func lessonLoss() guide.Lesson {
	s := settings("", 0, 0, nn.Config{Hidden: []int{}, Activation: nn.Linear, LearningRate: 0.01, BatchSize: 0})
	s.Text = "x,y\n-2,-4\n-1.5,-3\n-1,-2\n-0.5,-1\n0,0\n0.5,1\n1,2\n1.5,3\n2,4\n"
	s.TestRatio = 0
	weight := func(v float64) guide.Action {
		return guide.Action{Kind: guide.ActEditWeight, Layer: 0, To: 0, From: 0, Weight: v}
	}
	bias := guide.Action{Kind: guide.ActEditWeight, Layer: 0, To: 0, From: -1, Weight: 0}
	return guide.Lesson{
		ID:    "loss",
		Title: text("What the loss and gradient descent do: one weight", "损失和梯度下降在做什么：一个权重"),
		About: text(
			"Nine points on the line y = 2x and a model with one weight w and a bias b. Inputs and target are normalized, so the best weight is w = 1 and the best bias is 0. The loss is the mean squared error: as a function of w it is a parabola whose lowest point is w = 1.",
			"直线 y = 2x 上的九个点，模型只有一个权重 w 和一个偏置 b。输入和目标都经过归一化，所以最好的权重是 w = 1，最好的偏置是 0。损失是均方误差：作为 w 的函数，它是一条抛物线，最低点在 w = 1。"),
		Settings: s,
		Steps: []guide.Step{{
			Text: text(
				"Click the weight from x to the output and set it to 3, and set the bias to 0. The loss is now (3 − 1)² = 4 times the mean square of x, which is 1 after normalization: one point on the parabola, to the right of its lowest point.",
				"点击从 x 到输出的权重，把它设为 3，并把偏置设为 0。此时损失是 (3 − 1)² = 4 乘以 x 的均方值（归一化后为 1）：这是抛物线上的一个点，位于最低点的右边。"),
			Actions: []guide.Action{weight(3), bias},
			Check:   &guide.Check{Kind: guide.CheckWeight, Layer: 0, To: 0, From: 0, Op: ">=", Value: 3},
		}, {
			Text: text(
				"Set the weight to −1. The loss is (−1 − 1)² = 4 again: the same height on the other side of the parabola. The slope of the loss, ∂L/∂w = 2(w − 1), is negative here and positive at w = 3; it points away from the minimum.",
				"把权重设为 −1。损失又是 (−1 − 1)² = 4：在抛物线另一侧的同一高度。损失的斜率 ∂L/∂w = 2(w − 1) 在这里为负，在 w = 3 时为正；它总是指向远离最低点的方向。"),
			Actions: []guide.Action{weight(-1)},
			Check:   &guide.Check{Kind: guide.CheckWeight, Layer: 0, To: 0, From: 0, Op: "<=", Value: -1},
		}, {
			Text: text(
				"Gradient descent steps against the slope: w ← w − lr·∂L/∂w. With the learning rate at 0.01 train 20 epochs: each step is small, and after 20 the loss is still far from 0.",
				"梯度下降沿斜率的反方向迈步：w ← w − lr·∂L/∂w。学习率为 0.01 时训练 20 轮：每一步都很小，20 轮后损失仍远未到 0。"),
			Actions: []guide.Action{train(20)},
			Check:   metric("train-loss", ">=", 0.5, 20),
		}, {
			Text: text(
				"Set the learning rate to 0.3 and train 20 more epochs. Each step now covers a good part of the way to the bottom, and the loss falls to about 0: w has reached 1.",
				"把学习率设为 0.3，再训练 20 轮。现在每一步都走完到谷底的一大段路，损失降到约 0：w 到达了 1。"),
			Actions: []guide.Action{set("lr", "0.3"), train(20)},
			Check:   metric("train-loss", "<=", 0.001, 0),
		}},
	}
}

// lessonNormalize: normalization fitted on the training rows only; the
// tutorial's mistake shown with its numbers, then no normalization at all.
func lessonNormalize() guide.Lesson {
	l := tutorialSettings()
	l.ID = "normalize"
	l.Title = text("Normalize with the training set's statistics", "用训练集的统计量归一化")
	l.About = text(
		"Inputs of very different sizes make gradient descent slow or unstable, so they are normalized. The normalization must be fitted on the training rows only and applied unchanged to the test rows; the tutorial normalized its test rows with their own statistics.",
		"大小差别很大的输入会让梯度下降变慢或不稳定，所以要归一化。归一化参数只能在训练行上拟合，再原样用于测试行；教程却用测试行自己的统计量来归一化测试行。")
	l.Steps = []guide.Step{{
		Text: text(
			"The playground fits the z-score normalization on the four training rows: x1 has mean 2.5 and standard deviation 1.12, and the test rows 5, 6 and 7 are scaled with these numbers. Train 500 epochs: the test loss falls to about 0.",
			"本平台在四个训练行上拟合 z-score 归一化：x1 的均值是 2.5，标准差是 1.12，测试行 5、6、7 用这组数缩放。训练 500 轮：测试损失降到约 0。"),
		Actions: []guide.Action{train(500)},
		Check:   metric("test-loss", "<=", 0.001, 0),
	}, {
		Text: text(
			"The tutorial's mistake, computed with this model: it scaled the test inputs x1 = 5, 6, 7 with their own mean and standard deviation, to -1.22, 0, 1.22 — the training range again — so the model predicts 1.13, 2.50 and 3.87 instead of 5, 6 and 7, and the test MSE is 12.34 instead of 0.00. Set the normalization to min-max, fitted on the training rows too, and train 500 epochs: the test loss stays about 0.",
			"教程的错误，用这个模型计算：它用测试输入 x1 = 5、6、7 自己的均值和标准差来缩放，得到 -1.22、0、1.22——又回到了训练范围——于是模型预测 1.13、2.50、3.87，而不是 5、6、7，测试均方误差是 12.34 而不是 0.00。把归一化设为 min-max（同样在训练行上拟合），训练 500 轮：测试损失仍约为 0。"),
		Actions: []guide.Action{set("norm", "minmax"), train(500)},
		Check:   metric("test-loss", "<=", 0.001, 500),
	}, {
		Text: text(
			"Now set the normalization to none and train with the same learning rate, 0.1. The raw inputs are up to 5, so the slope of the loss is many times steeper and each step overshoots: the loss grows by orders of magnitude in one epoch, and the coach stops training (left alone, it becomes NaN, the tutorial's FAQ). Inputs that are not normalized are one of its causes.",
			"现在把归一化设为 none，用同样的学习率 0.1 训练。原始输入最大到 5，损失的斜率陡了许多倍，每一步都越过头：一轮之内损失增长几个数量级，教练停止训练（任其发展就会变成 NaN，见教程 FAQ）。输入没有归一化正是原因之一。"),
		Actions: []guide.Action{set("norm", "none"), train(500)},
		Check:   event(guide.Exploded),
	}, {
		Text: text(
			"Set the normalization back to z-score and train 500 epochs: the same network and learning rate converge again.",
			"把归一化改回 z-score，训练 500 轮：同样的网络和学习率又能收敛了。"),
		Actions: []guide.Action{set("norm", "zscore"), train(500)},
		Check:   metric("test-loss", "<=", 0.001, 500),
	}}
	return l
}

// lessonXOR: a hidden layer and XOR.
func lessonXOR() guide.Lesson {
	return guide.Lesson{
		ID:       "xor",
		Title:    text("XOR needs a hidden layer", "异或（XOR）需要隐藏层"),
		About:    text("The two classes sit in opposite quadrants. One neuron draws one straight line, and no straight line separates them.", "两类点位于相对的象限。一个神经元只能画一条直线，而没有哪条直线能把它们分开。"),
		Settings: settings("xor", 0, 0, nn.Config{Hidden: []int{}, LearningRate: 0.03, BatchSize: 10}),
		Steps: []guide.Step{{
			Text: text(
				"The network has no hidden layer. Train 100 epochs: the test accuracy stays near 50 %, a coin toss, whatever the weights do.",
				"网络没有隐藏层。训练 100 轮：测试准确率停在 50% 左右，和抛硬币一样，无论权重怎么变。"),
			Actions: []guide.Action{train(100)},
			Check:   metric("test-accuracy", "<=", 0.7, 100),
		}, {
			Text: text(
				"Add a hidden layer of 4 neurons and train 100 epochs: the test accuracy passes 90 %. Each hidden neuron draws a line (look at their small maps); the output combines them.",
				"加一个 4 个神经元的隐藏层，训练 100 轮：测试准确率超过 90%。每个隐藏神经元画一条直线（看它们的小图）；输出层把它们组合起来。"),
			Actions: []guide.Action{addLayer(4), train(100)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}, {
			Text: text(
				"Fewer lines do: set the hidden layer to 3 neurons and train 300 epochs. The accuracy passes 90 % again, more slowly; look at how the three lines share the work.",
				"更少的直线也行：把隐藏层设为 3 个神经元，训练 300 轮。准确率又超过 90%，只是慢一些；看看这三条直线如何分工。"),
			Actions: []guide.Action{set("hidden", "3"), train(300)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}},
	}
}

// lessonSpiral: depth and the spiral.
func lessonSpiral() guide.Lesson {
	return guide.Lesson{
		ID:       "spiral",
		Title:    text("The spiral and depth", "螺旋数据与网络深度"),
		About:    text("Two interleaved spirals from x and y alone: a boundary that no few lines can draw.", "两条交错的螺旋，只用 x 和 y 作为输入：几条直线画不出这样的边界。"),
		Settings: settings("spiral", 0, 0, nn.Config{Hidden: []int{8}, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 10}),
		Steps: []guide.Step{{
			Text: text(
				"One hidden layer of 8 neurons, trained with Adam. Train 1000 epochs: the test accuracy stays under 70 %. Eight lines cannot follow the spiral.",
				"一个 8 个神经元的隐藏层，用 Adam 训练。训练 1000 轮：测试准确率低于 70%。八条直线跟不上螺旋。"),
			Actions: []guide.Action{train(1000)},
			Check:   metric("test-accuracy", "<=", 0.7, 1000),
		}, {
			Text: text(
				"Add a second hidden layer of 8 and train 1000 epochs: the test accuracy passes 95 %. The second layer combines the first layer's lines into curves; the same number of neurons does more when stacked.",
				"再加一个 8 个神经元的隐藏层，训练 1000 轮：测试准确率超过 95%。第二层把第一层的直线组合成曲线；同样多的神经元叠成多层作用更大。"),
			Actions: []guide.Action{addLayer(8), train(1000)},
			Check:   metric("test-accuracy", ">=", 0.95, 0),
		}, {
			Text: text(
				"Look at the depth you built: the second hidden layer's small maps have curved boundaries, the first layer's straight ones. Click the first neuron of the second hidden layer: the explain view shows it adding up the first layer's outputs, each times its weight.",
				"看看你搭建的深度：第二个隐藏层的小图边界是弯曲的，第一层的是直的。点击第二个隐藏层的第一个神经元：解释视图显示它把第一层的输出各乘以权重后相加。"),
			Actions: []guide.Action{{Kind: guide.ActExplain, Layer: 2, To: 0}},
			Check:   event(guide.ExplainOpened),
		}},
	}
}
