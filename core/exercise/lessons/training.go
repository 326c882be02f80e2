package lessons

import (
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
)

// lessonExploding: a learning rate too high, NaN and a finite explosion,
// and the coach's rollback.
func lessonExploding() guide.Lesson {
	iris := settings("iris", 0, 0, nn.Config{Hidden: []int{8}, LearningRate: 10, BatchSize: 10})
	iris.TestRatio, iris.Norm = 0.2, 2 // no normalization
	return guide.Lesson{
		ID:       "exploding",
		Title:    text("A learning rate too high: NaN, explosions and going back", "学习率过高：NaN、损失爆炸与回退"),
		About:    text("The tutorial's FAQ: a loss that becomes NaN, or grows without end, usually means steps too large: a learning rate too high, inputs not normalized, or both.", "教程 FAQ：损失变成 NaN 或无止境地增长，通常意味着步子太大：学习率过高、输入没有归一化，或两者兼有。"),
		Settings: settings("reg-plane", 0, 0, nn.Config{Hidden: []int{4}, LearningRate: 1, BatchSize: 1}),
		Steps: []guide.Step{{
			Text: text(
				"A regression with a learning rate of 1 and batches of one row: about 200 steps an epoch. Train: each step overshoots the minimum by more than it corrects, the loss grows geometrically, and within the first epoch it is no longer a number (NaN or infinity). Training stops and says at which epoch.",
				"一个回归，学习率为 1，每批只有一行：每轮约 200 步。开始训练：每一步越过最小值的距离比修正的还多，损失按几何级数增长，第一轮之内就不再是一个数（NaN 或无穷大）。训练停止，并指出是第几轮。"),
			Actions: []guide.Action{train(100)},
			Check:   event(guide.Diverged),
		}, {
			Text: text(
				"Set the learning rate to 0.03, reset the network and train 100 epochs: the same network converges, and the test loss falls below 0.05.",
				"把学习率设为 0.03，重置网络，训练 100 轮：同一个网络收敛了，测试损失降到 0.05 以下。"),
			Actions: []guide.Action{set("lr", "0.03"), {Kind: guide.ActReset}, train(100)},
			Check:   metric("test-loss", "<=", 0.05, 0),
		}, {
			Setup: &iris,
			Text: text(
				"Iris without normalization at a learning rate of 10. A softmax with cross-entropy rarely gives NaN: the loss climbs and stays finite. Train: the coach sees the loss rise far above its lowest value, stops training and names the last good epoch.",
				"不做归一化的鸢尾花数据，学习率 10。softmax 加交叉熵很少得到 NaN：损失上升但保持有限。开始训练：教练看到损失远高于它的最低值，停止训练，并指出最后一个好的轮次。"),
			Actions: []guide.Action{train(300)},
			Check:   event(guide.Exploded),
		}, {
			Text: text(
				"Press the coach's button \"go back and continue with the learning rate divided by 10\": the weights of the last good epoch come back, and the learning rate becomes 1.",
				"按下教练的按钮“回退并以十分之一的学习率继续”：最后一个好轮次的权重恢复，学习率变为 1。"),
			Actions: []guide.Action{{Kind: guide.ActPress, Button: guide.ButtonRollbackLower}},
			Check:   event(guide.RolledBack),
		}, {
			Text: text(
				"That is still too high for inputs of this size. Set the learning rate to 0.03 and the normalization to z-score, and train 200 epochs: the test accuracy passes 90 %.",
				"对这样大小的输入来说这仍然太高。把学习率设为 0.03，归一化设为 z-score，训练 200 轮：测试准确率超过 90%。"),
			Actions: []guide.Action{set("lr", "0.03"), set("norm", "zscore"), train(200)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}},
	}
}

// lessonVanishing: vanishing gradients in a deep sigmoid network.
func lessonVanishing() guide.Lesson {
	return guide.Lesson{
		ID:       "vanishing",
		Title:    text("Vanishing gradients in a deep sigmoid network", "深层 sigmoid 网络中的梯度消失"),
		About:    text("The tutorial's FAQ on vanishing gradients: each sigmoid layer multiplies the gradient by its slope, at most 1/4, so the first layers of a deep network barely learn.", "教程 FAQ 中的梯度消失：每个 sigmoid 层都把梯度乘以它的斜率（最大 1/4），所以深层网络的前几层几乎学不到东西。"),
		Settings: settings("circle", 0, 0, nn.Config{Hidden: []int{8, 8, 8, 8, 8, 8}, Activation: nn.Sigmoid, LearningRate: 0.03, BatchSize: 10}),
		Steps: []guide.Step{{
			Text: text(
				"Six hidden layers of 8 sigmoid neurons on the circle. Train 100 epochs and watch the gradient-norm chart: each layer further from the output gets a smaller gradient, and the coach says the gradients vanish.",
				"在圆形数据上用六个隐藏层，每层 8 个 sigmoid 神经元。训练 100 轮，观察梯度范数图：离输出越远的层梯度越小，教练提示梯度消失。"),
			Actions: []guide.Action{train(100)},
			Check:   event(guide.Vanishing),
		}, {
			Text: text(
				"Train 100 more epochs and look at the accuracy: after 200 epochs it is still about 50 %. The first layers' weights have hardly moved from their random start, so the last layers see noise.",
				"再训练 100 轮，看准确率：200 轮后仍约为 50%。前几层的权重几乎没有离开随机初始值，所以后几层看到的只是噪声。"),
			Actions: []guide.Action{train(100)},
			Check:   metric("test-accuracy", "<=", 0.6, 100),
		}, {
			Text: text(
				"Set the activation to tanh and train 100 epochs. The tanh's slope is up to 1, four times the sigmoid's, and the same six layers learn the circle: the test accuracy passes 90 %.",
				"把激活函数设为 tanh，训练 100 轮。tanh 的斜率最大为 1，是 sigmoid 的四倍，同样的六层网络学会了这个圆：测试准确率超过 90%。"),
			Actions: []guide.Action{set("activation", "tanh"), train(100)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}, {
			Text: text(
				"The other fix is fewer layers. Set the activation back to sigmoid and the hidden layers to one layer of 8, and train 300 epochs: with one sigmoid between the input and the output the gradient reaches the first weights, and the test accuracy passes 90 %.",
				"另一种办法是减少层数。把激活函数改回 sigmoid，隐藏层设为一层 8 个，训练 300 轮：输入和输出之间只有一个 sigmoid，梯度能到达第一层权重，测试准确率超过 90%。"),
			Actions: []guide.Action{set("activation", "sigmoid"), set("hidden", "8"), train(300)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}},
	}
}

// lessonDeadReLU: ReLU units that die, and stay dead.
func lessonDeadReLU() guide.Lesson {
	return guide.Lesson{
		ID:       "dead-relu",
		Title:    text("Dead ReLU units", "死亡的 ReLU 单元"),
		About:    text("A ReLU outputs 0 for every negative input, and its gradient there is 0 too. A unit pushed to negative inputs for every row outputs 0 for good and never learns again.", "ReLU 对所有负输入输出 0，那里的梯度也是 0。一个单元如果对每一行的输入都被推到负值，就永远输出 0，再也学不到东西。"),
		Settings: settings("circle", 0, 0, nn.Config{Hidden: []int{8, 8}, Activation: nn.ReLU, LearningRate: 3, BatchSize: 10}),
		Steps: []guide.Step{{
			Text: text(
				"Two layers of 8 ReLU neurons at a learning rate of 3. Train 100 epochs: the large first steps push units below zero for every row, the coach names the dead units, their small maps are flat, and the accuracy is stuck at 50 %.",
				"两层各 8 个 ReLU 神经元，学习率为 3。训练 100 轮：最初的大步子把单元对每一行都推到零以下，教练指出这些死亡单元，它们的小图是平的，准确率卡在 50%。"),
			Actions: []guide.Action{train(100)},
			Check:   event(guide.DeadUnits),
		}, {
			Text: text(
				"Lower the learning rate to 0.03 and train 100 more epochs, without a reset. Nothing changes: a dead unit's gradient is 0, so no learning rate moves its weights, and the test accuracy stays near 50 %.",
				"把学习率降到 0.03，不重置，再训练 100 轮。什么都没有改变：死亡单元的梯度是 0，任何学习率都无法移动它的权重，测试准确率仍在 50% 左右。"),
			Actions: []guide.Action{set("lr", "0.03"), train(100)},
			Check:   metric("test-accuracy", "<=", 0.6, 100),
		}, {
			Text: text(
				"Reset the network: fresh weights at the learning rate of 0.03. Train 300 epochs: small steps do not throw units off the data, and the test accuracy passes 90 %.",
				"重置网络：在学习率 0.03 下使用新的权重。训练 300 轮：小步子不会把单元甩出数据范围，测试准确率超过 90%。"),
			Actions: []guide.Action{{Kind: guide.ActReset}, train(300)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}, {
			Text: text(
				"Leaky ReLU keeps a slope of 0.01 below zero, so a unit pushed off the data can come back. Set the activation to leaky ReLU and the learning rate to 1, and train 100 epochs: the test accuracy passes 90 %.",
				"leaky ReLU 在零以下保留 0.01 的斜率，被甩出数据范围的单元还能回来。把激活函数设为 leaky ReLU，学习率设为 1，训练 100 轮：测试准确率超过 90%。"),
			Actions: []guide.Action{set("activation", "leaky-relu"), set("lr", "1"), train(100)},
			Check:   metric("test-accuracy", ">=", 0.9, 0),
		}},
	}
}

// lessonOverfit: overfitting, L2 and early stopping.
func lessonOverfit() guide.Lesson {
	s := settings("circle", 60, 0.3, nn.Config{Hidden: []int{16, 16}, Optimizer: nn.Adam, LearningRate: 0.03, BatchSize: 10})
	s.TestRatio = 0.5
	return guide.Lesson{
		ID:       "overfit",
		Title:    text("Overfitting, L2 and early stopping", "过拟合、L2 与提前停止"),
		About:    text("The tutorial's FAQ on overfitting: a network large for its data learns the training rows' noise; the test loss rises while the training loss falls.", "教程 FAQ 中的过拟合：相对数据来说过大的网络会学到训练行里的噪声；训练损失下降时测试损失却上升。"),
		Settings: s,
		Steps: []guide.Step{{
			Text: text(
				"60 noisy points, half of them held out for testing, and two layers of 16. Train 500 epochs: the training accuracy reaches 100 %, the test loss climbs, and the overfitting notice appears.",
				"60 个带噪声的点，一半留作测试，网络有两层、每层 16 个神经元。训练 500 轮：训练准确率达到 100%，测试损失上升，出现过拟合提示。"),
			Actions: []guide.Action{train(500)},
			Check:   event(guide.Overfitting),
		}, {
			Text: text(
				"Set L2 to 0.01, reset the network and train 500 epochs. The penalty keeps the weights small and the boundary smooth: the test loss stays below 0.6, where it was above 2.",
				"把 L2 设为 0.01，重置网络，训练 500 轮。惩罚项让权重保持较小、边界平滑：测试损失保持在 0.6 以下，而之前超过 2。"),
			Actions: []guide.Action{set("l2", "0.01"), {Kind: guide.ActReset}, train(500)},
			Check:   metric("test-loss", "<=", 0.6, 500),
		}, {
			Text: text(
				"The other fix stops in time. Set L2 back to 0, turn on early stopping with a patience of 20 epochs and the best weights restored, and hold out 30 % of the training rows for validation (a new network). Train: 20 epochs after the validation loss stops falling, training stops by itself and goes back to the best epoch. (Never stop by the test loss: the test set must stay unseen.)",
				"另一种办法是及时停止。把 L2 改回 0，打开提前停止（耐心 20 轮，并恢复最佳权重），再从训练行中留出 30% 作为验证集（会新建网络）。开始训练：验证损失不再下降 20 轮后，训练自动停止，并回到最好的那一轮。（不要按测试损失停止：测试集必须保持没见过。）"),
			Actions: []guide.Action{set("l2", "0"), set("patience", "20"), set("restoreBest", "true"), set("validRatio", "0.3"), train(500)},
			Check:   event(guide.EarlyStopped),
		}},
	}
}

// lessonAdam: Adam against SGD on the same seed.
func lessonAdam() guide.Lesson {
	return guide.Lesson{
		ID:       "adam-sgd",
		Title:    text("Adam against SGD on the same seed", "同一随机种子下 Adam 与 SGD 的对比"),
		About:    text("The same seed gives the same starting weights and the same order of batches: comparing optimizers on it compares only their update rules.", "相同的随机种子给出相同的初始权重和相同的批次顺序：在它上面比较优化器，比较的只是更新规则。"),
		Settings: settings("spiral", 0, 0, nn.Config{Hidden: []int{8, 8}, LearningRate: 0.03, BatchSize: 10}),
		Steps: []guide.Step{{
			Text: text(
				"The spiral with two layers of 8 and plain SGD at a learning rate of 0.03. Train 500 epochs: the test accuracy is still under 70 %.",
				"螺旋数据，两层各 8 个神经元，普通 SGD，学习率 0.03。训练 500 轮：测试准确率仍低于 70%。"),
			Actions: []guide.Action{train(500)},
			Check:   metric("test-accuracy", "<=", 0.7, 500),
		}, {
			Text: text(
				"Change only the optimizer to Adam and train 500 epochs. Adam scales each weight's step by its own gradient history: the test accuracy passes 75 %.",
				"只把优化器换成 Adam，训练 500 轮。Adam 按每个权重自己的梯度历史调整步长：测试准确率超过 75%。"),
			Actions: []guide.Action{set("optimizer", "adam"), train(500)},
			Check:   metric("test-accuracy", ">=", 0.75, 500),
		}, {
			Text: text(
				"Now set the optimizer to momentum and train 500 epochs. It keeps a running average of the steps, which carries it along the flat stretches of the loss: here it passes 85 %, better than Adam. Which optimizer is best depends on the problem and the learning rate; the same seed is what makes the comparison fair.",
				"再把优化器设为 momentum，训练 500 轮。它保留步长的滑动平均，在损失平坦的地方也能继续前进：这里测试准确率超过 85%，比 Adam 还好。哪个优化器最好取决于问题和学习率；相同的随机种子才让比较公平。"),
			Actions: []guide.Action{set("optimizer", "momentum"), train(500)},
			Check:   metric("test-accuracy", ">=", 0.85, 500),
		}},
	}
}
