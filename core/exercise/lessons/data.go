package lessons

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
)

// lessonPenguins: categorical columns and missing values.
func lessonPenguins() guide.Lesson {
	s := settings("penguins", 0, 0, nn.Config{Hidden: []int{8}, Activation: nn.ReLU, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16})
	s.Target, s.Ignore, s.TestRatio = "species", []string{"year"}, 0.2
	return guide.Lesson{
		ID:       "penguins",
		Title:    text("Penguins: categorical columns and missing values", "企鹅：类别列与缺失值"),
		About:    text("344 penguins of three species. Island and sex are words, not numbers: each becomes one input per value (one-hot). Some rows have missing values (NA). The year is ignored: it says when a penguin was measured, not what it is.", "三个品种的 344 只企鹅。岛屿和性别是文字而不是数字：每个取值变成一个输入（独热编码）。有些行有缺失值（NA）。年份被忽略：它说明企鹅是何时测量的，而不是它是什么。"),
		Settings: s,
		Steps: []guide.Step{{
			Text: text(
				"By default rows with a missing value are dropped, and the data summary says how many. Train 100 epochs: the test accuracy passes 95 %.",
				"默认删除有缺失值的行，数据摘要会说明删除了多少行。训练 100 轮：测试准确率超过 95%。"),
			Actions: []guide.Action{train(100)},
			Check:   metric("test-accuracy", ">=", 0.95, 0),
		}, {
			Text: text(
				"Set missing values to \"fill\": a missing number gets the training rows' mean, a missing word the most frequent one, and no row is dropped. Train 100 epochs: the test accuracy passes 95 % with every penguin kept.",
				"把缺失值处理设为“填充”：缺失的数字用训练行的均值填补，缺失的文字用最常见的值填补，不删除任何行。训练 100 轮：保留所有企鹅，测试准确率仍超过 95%。"),
			Actions: []guide.Action{set("missing", "fill"), train(100)},
			Check:   metric("test-accuracy", ">=", 0.95, 0),
		}, {
			Text: text(
				"Body mass is in grams (about 4,000), bill depth in millimetres (about 17). Set the normalization to none and train 100 epochs: with inputs of such different sizes the same network does worse, the test accuracy falls below 95 %, and the coach may name dead units.",
				"体重以克为单位（约 4000），喙的厚度以毫米为单位（约 17）。把归一化设为 none，训练 100 轮：输入大小相差这么大，同样的网络表现变差，测试准确率低于 95%，教练也可能指出死亡单元。"),
			Actions: []guide.Action{set("norm", "none"), train(100)},
			Check:   metric("test-accuracy", "<=", 0.95, 100),
		}},
	}
}

// lessonDiabetes: regression and R².
func lessonDiabetes() guide.Lesson {
	s := settings("diabetes", 0, 0, nn.Config{Hidden: []int{}, Activation: nn.Linear, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 32})
	s.TestRatio = 0.2
	return guide.Lesson{
		ID:       "diabetes",
		Title:    text("Regression and R²: diabetes progression", "回归与 R²：糖尿病病情进展"),
		About:    text("442 patients, ten measurements and a number to predict: the disease's progression a year later. The output is one linear neuron, the loss the mean squared error, and the metric R²: 1 is perfect, 0 no better than predicting the mean.", "442 名患者，十项测量，要预测一个数：一年后的病情进展。输出是一个线性神经元，损失是均方误差，指标是 R²：1 表示完美，0 表示不比预测平均值好。"),
		Settings: s,
		Steps: []guide.Step{{
			Text: text(
				"A linear model, no hidden layer. Train 200 epochs: the test R² passes 0.4. The measurements explain part of the progression, not all of it.",
				"线性模型，没有隐藏层。训练 200 轮：测试 R² 超过 0.4。这些测量只能解释病情进展的一部分。"),
			Actions: []guide.Action{train(200)},
			Check:   metric("test-r2", ">=", 0.4, 0),
		}, {
			Text: text(
				"Add a hidden layer of 32 ReLU neurons and train 500 epochs. The training R² rises above 0.6, but compare the test R²: it falls. With 354 training rows a bigger model fits the training patients, not the disease.",
				"加一个 32 个 ReLU 神经元的隐藏层，训练 500 轮。训练 R² 升到 0.6 以上，但比较测试 R²：它下降了。只有 354 行训练数据时，更大的模型拟合的是训练集里的病人，而不是疾病本身。"),
			Actions: []guide.Action{addLayer(32), set("activation", "relu"), train(500)},
			Check:   metric("train-r2", ">=", 0.6, 500),
		}, {
			Text: text(
				"Set L2 to 0.03, reset and train 300 epochs: the penalty holds the bigger model back and the test R² passes 0.4 again.",
				"把 L2 设为 0.03，重置后训练 300 轮：惩罚项约束住更大的模型，测试 R² 又超过 0.4。"),
			Actions: []guide.Action{set("l2", "0.03"), {Kind: guide.ActReset}, train(300)},
			Check:   metric("test-r2", ">=", 0.4, 300),
		}},
	}
}

// lessonDecisionMap: reading a decision map of a many-column table.
func lessonDecisionMap() guide.Lesson {
	s := settings("iris", 0, 0, nn.Config{Hidden: []int{8}, Optimizer: nn.Adam, LearningRate: 0.01, BatchSize: 16})
	s.TestRatio = 0.2
	return guide.Lesson{
		ID:       "iris",
		Title:    text("Reading a decision map of a many-column table", "读懂多列表格的决策图"),
		About:    text("Iris has four inputs, so the network's decision lives in four dimensions. The decision map draws it over two chosen columns, holding the others at their median.", "鸢尾花有四个输入，所以网络的决策存在于四维空间。决策图在选定的两列上画出它，其余各列固定在中位数。"),
		Settings: s,
		Steps: []guide.Step{{
			Text: text(
				"Train 100 epochs: the test accuracy passes 90 %. The output has one neuron per species; the confusion matrix shows that the mistakes are between versicolor and virginica.",
				"训练 100 轮：测试准确率超过 90%。输出层每个品种一个神经元；混淆矩阵显示错误发生在 versicolor 和 virginica 之间。"),
			Actions: []guide.Action{train(100)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}, {
			Text: text(
				"Draw the decision map over petal length and petal width. The three species fall into three regions, and the points sit inside their colours: the petals separate the species.",
				"在花瓣长度和花瓣宽度上画决策图。三个品种落在三个区域，点都在各自的颜色里：花瓣能把品种分开。"),
			Actions: []guide.Action{{Kind: guide.ActMapColumns, X: "petal_length", Y: "petal_width"}},
			Check:   event(guide.MapColumnsMoved),
		}, {
			Text: text(
				"Now draw it over sepal length and sepal width. Versicolor and virginica points mix on this plane, and the regions cut through them: the map shows the model with the petals held at their median, which is not where every flower is.",
				"再在萼片长度和萼片宽度上画。versicolor 和 virginica 的点在这个平面上混在一起，区域边界穿过它们：这张图显示的是花瓣固定在中位数时的模型，而不是每朵花真实所在的位置。"),
			Actions: []guide.Action{{Kind: guide.ActMapColumns, X: "sepal_length", Y: "sepal_width"}},
			Check:   event(guide.MapColumnsMoved),
		}, {
			Text: text(
				"Remove the hidden layer (a linear model) and train 100 epochs. On the map the boundaries between species become straight lines, and the test accuracy still passes 85 %.",
				"去掉隐藏层（线性模型），训练 100 轮。图上品种之间的边界变成直线，测试准确率仍超过 85%。"),
			Actions: []guide.Action{{Kind: guide.ActRemoveLayer}, train(100)},
			Check:   metric("test-accuracy", ">=", 0.85, 100),
		}},
	}
}

// lessonExplain: one neuron's forward and backward pass, with its numbers.
func lessonExplain() guide.Lesson {
	l := tutorialSettings()
	l.ID = "explain"
	l.Title = text("One neuron's forward and backward pass, with its numbers", "一个神经元的前向与反向传播，带上具体数字")
	l.About = text(
		"The tutorial's worked example done right: one linear neuron on the tutorial's data. The explain view writes out z = w1·x1 + w2·x2 + b for one row, the loss, and the backward pass: δ = ∂L/∂z and ∂L/∂w = δ·x for each weight.",
		"教程里的计算例子，正确的做法：在教程数据上用一个线性神经元。解释视图为一行数据写出 z = w1·x1 + w2·x2 + b、损失，以及反向传播：δ = ∂L/∂z，每个权重的 ∂L/∂w = δ·x。")
	edit := func(from int, v float64) guide.Action {
		return guide.Action{Kind: guide.ActEditWeight, Layer: 0, To: 0, From: from, Weight: v}
	}
	l.Steps = []guide.Step{{
		Text: text(
			"Click the output neuron: the explain view opens beside the network, with the first test row. Read its inputs (normalized with the training statistics), its weights and bias, and z written out with the numbers.",
			"点击输出神经元：解释视图在网络旁边打开，显示第一个测试行。读出它的输入（用训练集统计量归一化）、权重和偏置，以及代入数字后的 z。"),
		Actions: []guide.Action{{Kind: guide.ActExplain, Layer: 1, To: 0}},
		Check:   event(guide.ExplainOpened),
	}, {
		Text: text(
			"Set w1 to 1, w2 to 0 and the bias to 0. After normalization the target is x1's own scaling, so z equals the target on every row: the loss is 0, δ is 0, and every gradient in the view is 0.",
			"把 w1 设为 1，w2 设为 0，偏置设为 0。归一化之后目标与 x1 的缩放相同，所以每一行的 z 都等于目标：损失为 0，δ 为 0，视图里的每个梯度都是 0。"),
		Actions: []guide.Action{edit(0, 1), edit(1, 0), edit(-1, 0)},
		Check:   metric("train-loss", "<=", 1e-12, 0),
	}, {
		Text: text(
			"Set w1 to 2. Now z is twice the target, δ = ∂L/∂z is positive, and ∂L/∂w1 = δ·x1: the view shows each product. The training loss is above 0 again.",
			"把 w1 设为 2。现在 z 是目标的两倍，δ = ∂L/∂z 为正，∂L/∂w1 = δ·x1：视图显示每个乘积。训练损失又大于 0 了。"),
		Actions: []guide.Action{edit(0, 2)},
		Check:   &guide.Check{Kind: guide.CheckWeight, Layer: 0, To: 0, From: 0, Op: ">=", Value: 2},
	}, {
		Text: text(
			"Train one epoch and read the view again. The four training rows are one batch, so w1 moved by −lr times the mean of the four rows' ∂L/∂w1 (the learning rate is 0.1; choose each row in the view to see its gradient), and the training loss fell from 1 to 0.36.",
			"训练一轮，再看视图。四个训练行组成一个批次，所以 w1 移动了 −lr 乘以四行 ∂L/∂w1 的平均值（学习率为 0.1；在视图中逐行选择可以看到每一行的梯度），训练损失从 1 降到 0.36。"),
		Actions: []guide.Action{train(1)},
		Check:   metric("epoch", ">=", 1, 0),
	}}
	return l
}
