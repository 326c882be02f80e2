package guide

import (
	"fmt"
	"strings"
)

// settingNames names the settings in the hints, in both languages.
var settingNames = map[string]Text{
	"activation": {En: "the activation", Zh: "激活函数"}, "batch": {En: "the batch size", Zh: "批大小"},
	"clip": {En: "gradient clipping", Zh: "梯度裁剪"}, "decay": {En: "the learning-rate decay", Zh: "学习率衰减"},
	"hidden": {En: "the hidden layers", Zh: "隐藏层"}, "init": {En: "the initialisation", Zh: "初始化"},
	"l1": {En: "L1", Zh: "L1"}, "l2": {En: "L2", Zh: "L2"}, "loss": {En: "the loss", Zh: "损失函数"},
	"lr": {En: "the learning rate", Zh: "学习率"}, "maxEpochs": {En: "the epoch limit", Zh: "轮数上限"},
	"missing": {En: "missing values", Zh: "缺失值处理"}, "momentum": {En: "the momentum", Zh: "动量"},
	"noise": {En: "the noise", Zh: "噪声"}, "norm": {En: "the normalization", Zh: "归一化"},
	"optimizer": {En: "the optimizer", Zh: "优化器"}, "patience": {En: "early stopping's patience", Zh: "提前停止的耐心"},
	"points": {En: "the number of points", Zh: "点数"}, "restoreBest": {En: "restoring the best weights", Zh: "恢复最佳权重"},
	"testRatio": {En: "the test share", Zh: "测试集比例"}, "validRatio": {En: "the validation share", Zh: "验证集比例"},
}

// Describe words an action for the page's "show me" hint, in both
// languages: "Set the learning rate to 3.", "Train 100 epochs.".
func (a *Action) Describe() Text {
	switch a.Kind {
	case ActSet:
		n, ok := settingNames[a.Setting]
		if !ok {
			n = Text{En: a.Setting, Zh: a.Setting}
		}
		return Text{En: fmt.Sprintf("Set %s to %s.", n.En, a.Value), Zh: fmt.Sprintf("把%s设为 %s。", n.Zh, a.Value)}
	case ActAddLayer:
		return Text{En: fmt.Sprintf("Add a hidden layer of %d neurons.", a.Units), Zh: fmt.Sprintf("加一个 %d 个神经元的隐藏层。", a.Units)}
	case ActRemoveLayer:
		return Text{En: "Remove the last hidden layer.", Zh: "去掉最后一个隐藏层。"}
	case ActTrain:
		return Text{En: fmt.Sprintf("Train %d epochs.", a.Epochs), Zh: fmt.Sprintf("训练 %d 轮。", a.Epochs)}
	case ActReset:
		return Text{En: "Reset the network.", Zh: "重置网络。"}
	case ActEditWeight:
		if a.From < 0 {
			return Text{En: fmt.Sprintf("Set the bias of neuron %d of layer %d (counting the inputs as layer 0) to %g.", a.To+1, a.Layer+1, a.Weight),
				Zh: fmt.Sprintf("把第 %d 层（输入为第 0 层）第 %d 个神经元的偏置设为 %g。", a.Layer+1, a.To+1, a.Weight)}
		}
		return Text{En: fmt.Sprintf("Set the weight from unit %d of layer %d to neuron %d of layer %d (counting the inputs as layer 0) to %g.", a.From+1, a.Layer, a.To+1, a.Layer+1, a.Weight),
			Zh: fmt.Sprintf("把第 %d 层第 %d 个单元到第 %d 层第 %d 个神经元的权重（输入为第 0 层）设为 %g。", a.Layer, a.From+1, a.Layer+1, a.To+1, a.Weight)}
	case ActPress:
		b := map[string]Text{
			ButtonRollback:      {En: "go back to the last good epoch", Zh: "回到最后一个好的轮次"},
			ButtonRollbackLower: {En: "go back and continue with the learning rate divided by 10", Zh: "回退并以十分之一的学习率继续"},
			ButtonRollbackClip:  {En: "go back and continue with clipping on", Zh: "回退并打开梯度裁剪继续"},
		}[a.Button]
		return Text{En: "Press the coach's button \"" + b.En + "\".", Zh: "按下教练的按钮“" + b.Zh + "”。"}
	case ActMapColumns:
		return Text{En: fmt.Sprintf("Draw the decision map over %s and %s.", a.X, a.Y), Zh: fmt.Sprintf("在 %s 和 %s 上画决策图。", a.X, a.Y)}
	case ActExplain:
		return Text{En: fmt.Sprintf("Click neuron %d of layer %d (counting the inputs as layer 0) to explain it.", a.To+1, a.Layer),
			Zh: fmt.Sprintf("点击第 %d 层（输入为第 0 层）的第 %d 个神经元查看解释。", a.Layer, a.To+1)}
	}
	return Text{En: string(a.Kind), Zh: string(a.Kind)}
}

// Hint words a step's actions, one sentence each, for "show me".
func (s *Step) Hint() Text {
	var en, zh []string
	for i := range s.Actions {
		d := s.Actions[i].Describe()
		en, zh = append(en, d.En), append(zh, d.Zh)
	}
	return Text{En: strings.Join(en, " "), Zh: strings.Join(zh, "")}
}

// Evaluate reports whether the step is done: its check is met, or it has
// none (a step to read).
func (s *Step) Evaluate(st *LiveState) (bool, Text) {
	if s.Check == nil {
		return true, Text{En: "nothing to check", Zh: "无需检查"}
	}
	return Evaluate(s.Check, st)
}
