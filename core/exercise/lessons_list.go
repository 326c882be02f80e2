package exercise

import (
	"github.com/nnplayground/playground/core/nn"
)

// Lessons returns the gallery, in the order to take it. Each call returns
// fresh values that the caller may change.
func Lessons() []Lesson {
	tutorial := settings("tutorial", 0, 0, nn.Config{Activation: nn.Linear, LearningRate: 0.1})
	tutorial.TestRatio = 0 // the tutorial's own split, by its "set" column

	overfit := settings("circle", 60, 0.3, nn.Config{Hidden: []int{16, 16}, Optimizer: nn.Adam, LearningRate: 0.03, BatchSize: 10})
	overfit.TestRatio = 0.5

	iris := settings("iris", 0, 0, nn.Config{Hidden: []int{8}, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16})
	iris.TestRatio = 0.2

	penguins := settings("penguins", 0, 0, nn.Config{Hidden: []int{8}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16})
	penguins.Target, penguins.Ignore, penguins.TestRatio = "species", []string{"year"}, 0.2

	diabetes := settings("diabetes", 0, 0, nn.Config{Activation: nn.Linear, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 32})
	diabetes.TestRatio = 0.2

	return []Lesson{{
		ID: "tutorial",
		Title: Text{
			En: "The tutorial's example, done right",
			Zh: "教程里的例子，正确的做法",
		},
		About: Text{
			En: "Four training points (x1, x2) → y with y = x1, and three test points further along the line. A linear model (no hidden layer, no ReLU on the output) learns y = x1 and predicts the test points 5, 6 and 7 exactly.\n\n" +
				"The tutorial put a ReLU on the output and used a network with a hidden layer of 10; for a straight line a linear model is the right tool. Train for 500 epochs and look at the test loss.",
			Zh: "四个训练点 (x1, x2) → y，其中 y = x1，另有三个沿同一直线更远处的测试点。线性模型（没有隐藏层，输出上也没有 ReLU）学到 y = x1，能准确预测测试点 5、6、7。\n\n" +
				"教程在输出上用了 ReLU，并用了 10 个神经元的隐藏层；对于一条直线，线性模型才是合适的工具。训练 500 轮，看测试损失。",
		},
		Settings: tutorial, Epochs: 500, Chart: "loss",
	}, {
		ID: "normalize",
		Title: Text{
			En: "Normalize the test set with the training statistics",
			Zh: "用训练集的统计量归一化测试集",
		},
		About: Text{
			En: "The playground fits the normalization (mean and standard deviation) on the training split only and applies the same numbers to the test split. The tutorial instead normalized its test points with their own mean and standard deviation.\n\n" +
				"Its effect, computed with this model: the test inputs x1 = 5, 6, 7 become −1.22, 0, 1.22 — the same range as the training inputs 1 to 4 — so the model predicts 1.13, 2.50 and 3.87 instead of 5, 6 and 7, and the test MSE is 12.34 instead of 0.00. A test set normalized with its own statistics is no longer the data the model was trained for.\n\n" +
				"Train 500 epochs; the test predictions are right because the test points were scaled with the training set's mean 2.5 and standard deviation 1.12.",
			Zh: "本平台只在训练集上拟合归一化参数（均值和标准差），并把同样的参数用于测试集。教程却用测试点自己的均值和标准差来归一化测试点。\n\n" +
				"用这个模型计算的后果：测试输入 x1 = 5、6、7 变成 −1.22、0、1.22，与训练输入 1 到 4 的范围相同，于是模型预测 1.13、2.50、3.87，而不是 5、6、7；测试均方误差是 12.34 而不是 0.00。用自身统计量归一化的测试集已经不是模型所训练的那种数据了。\n\n" +
				"训练 500 轮；测试预测之所以正确，是因为测试点用训练集的均值 2.5 和标准差 1.12 缩放。",
		},
		Settings: tutorial, Epochs: 500, Chart: "loss",
	}, {
		ID: "xor",
		Title: Text{
			En: "XOR needs a hidden layer",
			Zh: "异或（XOR）需要隐藏层",
		},
		About: Text{
			En: "The two classes sit in opposite quadrants. A model without a hidden layer draws one straight line, and no straight line separates them: train it and the accuracy stays near 50 %.\n\n" +
				"Add a hidden layer of 4 neurons and train again: within 100 epochs the test accuracy passes 90 %. Each hidden neuron draws a line; the output combines them.",
			Zh: "两类点位于相对的象限。没有隐藏层的模型只能画一条直线，而没有哪条直线能把它们分开：训练后准确率停留在 50% 左右。\n\n" +
				"加一个有 4 个神经元的隐藏层再训练：100 轮内测试准确率超过 90%。每个隐藏神经元画一条直线，输出层把它们组合起来。",
		},
		Settings: settings("xor", 0, 0, nn.Config{LearningRate: 0.03, BatchSize: 10}),
		Epochs:   100, Chart: "metric",
	}, {
		ID: "spiral",
		Title: Text{
			En: "The spiral and depth",
			Zh: "螺旋数据与网络深度",
		},
		About: Text{
			En: "Two interleaved spirals from x and y alone. Two hidden layers of 8 reach about 99 % test accuracy in 1000 epochs with Adam.\n\n" +
				"Remove the second layer (one layer of 8): after the same 1000 epochs the test accuracy is under 70 %. The same number of neurons does more when stacked: the second layer combines the first layer's lines into curves.",
			Zh: "两条交错的螺旋，只用 x 和 y 作为输入。两个各有 8 个神经元的隐藏层，用 Adam 训练 1000 轮，测试准确率约 99%。\n\n" +
				"去掉第二层（只留一层 8 个神经元）：同样训练 1000 轮，测试准确率低于 70%。同样多的神经元叠成多层作用更大：第二层把第一层的直线组合成曲线。",
		},
		Settings: settings("spiral", 0, 0, nn.Config{Hidden: []int{8, 8}, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 10}),
		Epochs:   1000, Chart: "metric",
	}, {
		ID: "overfit",
		Title: Text{
			En: "Overfitting on a small sample, and two fixes",
			Zh: "小样本上的过拟合，以及两种解决办法",
		},
		About: Text{
			En: "60 noisy points, half of them held out, and a network of two layers of 16. The training accuracy reaches 100 % while the test loss climbs: the network learns the noise of 30 points.\n\n" +
				"Fix 1: set L2 to 0.01 and train again; the weights stay small, the boundary smooth, and the test loss after 500 epochs falls from about 2.9 to about 0.5.\n\n" +
				"Fix 2: keep L2 at 0 and raise the points to 600; with more data the same network's test loss stays near its training loss.",
			Zh: "60 个带噪声的点，一半留作测试，网络有两层、每层 16 个神经元。训练准确率达到 100%，测试损失却不断上升：网络学到了 30 个点上的噪声。\n\n" +
				"办法一：把 L2 设为 0.01 再训练；权重保持较小，边界平滑，500 轮后测试损失从约 2.9 降到约 0.5。\n\n" +
				"办法二：L2 保持为 0，把点数增加到 600；数据更多时，同一个网络的测试损失与训练损失接近。",
		},
		Settings: overfit, Epochs: 500, Chart: "loss",
	}, {
		ID: "vanishing",
		Title: Text{
			En: "Vanishing gradients in a deep sigmoid network",
			Zh: "深层 sigmoid 网络中的梯度消失",
		},
		About: Text{
			En: "Six hidden layers of 8 sigmoid neurons on the circle. Watch the gradient-norm chart: each layer further from the output gets a gradient about four times smaller (the sigmoid's slope is at most 1/4), so the first layer's is thousands of times smaller than the last one's, the first layers barely learn and the accuracy stays at 50 %.\n\n" +
				"Switch the activation to tanh or ReLU, or use two layers instead of six, and the network learns the circle.",
			Zh: "在圆形数据上使用六个隐藏层，每层 8 个 sigmoid 神经元。观察梯度范数图：离输出每远一层，梯度约小四倍（sigmoid 的斜率最大为 1/4），第一层的梯度比最后一层小几千倍，前面几层几乎学不到东西，准确率停在 50%。\n\n" +
				"把激活函数换成 tanh 或 ReLU，或者只用两层而不是六层，网络就能学会这个圆。",
		},
		Settings: settings("circle", 0, 0, nn.Config{Hidden: []int{8, 8, 8, 8, 8, 8}, Activation: nn.Sigmoid, LearningRate: 0.03, BatchSize: 10}),
		Epochs:   100, Chart: "gradients",
	}, {
		ID: "exploding",
		Title: Text{
			En: "Exploding loss and NaN: a learning rate too high",
			Zh: "损失爆炸与 NaN：学习率过高",
		},
		About: Text{
			En: "A regression with a learning rate of 1. Each step overshoots the minimum by more than it corrects, the loss grows geometrically, and within a few epochs it is no longer a number: training stops and says at which epoch.\n\n" +
				"Lower the learning rate to 0.03 and the same network converges. Gradient clipping (clip 1) also keeps the steps bounded.",
			Zh: "一个学习率为 1 的回归。每一步都越过最小值，越过的比修正的还多，损失按几何级数增长，几轮之内就不再是一个数：训练停止，并指出是第几轮。\n\n" +
				"把学习率降到 0.03，同一个网络就能收敛。梯度裁剪（clip 设为 1）也能限制每一步的大小。",
		},
		Settings: settings("reg-plane", 0, 0, nn.Config{Hidden: []int{4}, LearningRate: 1, BatchSize: 10}),
		Epochs:   50, Chart: "loss",
	}, {
		ID: "adam-sgd",
		Title: Text{
			En: "Adam against SGD on the same seed",
			Zh: "同一随机种子下 Adam 与 SGD 的对比",
		},
		About: Text{
			En: "The spiral with two layers of 8 and plain SGD at learning rate 0.03: after 500 epochs the test accuracy is still about 60 %.\n\n" +
				"Change only the optimizer to Adam and train again. The seed is the same, so the starting weights and the order of the batches are the same; only the update rule differs, and after 500 epochs the test accuracy is about 80 %. Adam scales each weight's step by its own gradient history.",
			Zh: "螺旋数据，两层各 8 个神经元，普通 SGD，学习率 0.03：500 轮后测试准确率仍约 60%。\n\n" +
				"只把优化器换成 Adam 再训练。随机种子相同，所以初始权重和批次顺序都相同；只有更新规则不同，500 轮后测试准确率约 80%。Adam 按每个权重自己的梯度历史来调整步长。",
		},
		Settings: settings("spiral", 0, 0, nn.Config{Hidden: []int{8, 8}, LearningRate: 0.03, BatchSize: 10}),
		Epochs:   500, Chart: "metric",
	}, {
		ID: "iris",
		Title: Text{
			En: "Iris: three species from four measurements",
			Zh: "鸢尾花：用四个测量值区分三个品种",
		},
		About: Text{
			En: "150 flowers, 50 of each species, and their sepal and petal lengths and widths. The output has one neuron per species (softmax) and the loss is cross-entropy. A hidden layer of 8 reaches 90 % test accuracy or more in 100 epochs; the confusion matrix shows that the mistakes are between versicolor and virginica, whose sizes overlap.",
			Zh: "150 朵花，每个品种 50 朵，测量了萼片和花瓣的长度和宽度。输出层每个品种一个神经元（softmax），损失函数是交叉熵。一个 8 个神经元的隐藏层在 100 轮内测试准确率达到 90% 或更高；混淆矩阵显示错误发生在尺寸重叠的 versicolor 和 virginica 之间。",
		},
		Settings: iris, Epochs: 100, Chart: "metric",
	}, {
		ID: "penguins",
		Title: Text{
			En: "Penguins: categorical columns and missing values",
			Zh: "企鹅：类别列与缺失值",
		},
		About: Text{
			En: "344 penguins of three species. Island and sex are words, not numbers: each becomes one input per value (one-hot). Some rows have missing values (NA): by default they are dropped, and the summary says how many; choose \"fill\" to fill them with the training mean or the most frequent value instead.\n\n" +
				"The year is ignored: it says when a penguin was measured, not what it is. The target is the species.",
			Zh: "三个品种的 344 只企鹅。岛屿和性别是文字而不是数字：每个取值变成一个输入（独热编码）。有些行有缺失值（NA）：默认删除这些行，摘要会说明删除了多少；选择\"填充\"则用训练集的均值或最常见的值来填补。\n\n" +
				"年份被忽略：它说明企鹅是何时测量的，而不是它是什么。目标是品种。",
		},
		Settings: penguins, Epochs: 100, Chart: "metric",
	}, {
		ID: "diabetes",
		Title: Text{
			En: "Regression: diabetes progression",
			Zh: "回归：糖尿病病情进展",
		},
		About: Text{
			En: "442 patients, ten measurements (age, sex, body-mass index, blood pressure and six blood tests) and a number to predict: the disease's progression one year later. The output is one linear neuron, the loss is the mean squared error, and the metric is R² (1 is perfect, 0 is no better than predicting the mean). A linear model (no hidden layer) reaches a test R² near 0.45 in 200 epochs: the measurements explain part of the progression, not all of it.\n\n" +
				"Add a hidden layer of 8 ReLU neurons: the training R² rises, the test R² falls. With 354 training rows, a bigger model fits the training patients, not the disease.",
			Zh: "442 名患者，十项测量（年龄、性别、体重指数、血压和六项血液检查），要预测一个数：一年后的病情进展。输出是一个线性神经元，损失是均方误差，指标是 R²（1 表示完美，0 表示不比预测平均值好）。线性模型（没有隐藏层）训练 200 轮，测试 R² 大约 0.45：这些测量只能解释病情进展的一部分。\n\n" +
				"加一个有 8 个 ReLU 神经元的隐藏层：训练 R² 上升，测试 R² 下降。只有 354 行训练数据时，更大的模型拟合的是训练集里的病人，而不是疾病本身。",
		},
		Settings: diabetes, Epochs: 200, Chart: "metric",
	}}
}
