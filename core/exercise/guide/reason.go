package guide

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// short writes v with 4 significant digits.
func short(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// names of the metrics and settings in the reasons, in Chinese.
var zhNames = map[string]string{
	"epoch": "训练轮数", "train-loss": "训练损失", "test-loss": "测试损失", "valid-loss": "验证损失",
	"train-accuracy": "训练准确率", "test-accuracy": "测试准确率", "valid-accuracy": "验证准确率",
	"train-r2": "训练 R²", "test-r2": "测试 R²", "valid-r2": "验证 R²",
	"lr": "学习率", "layers": "隐藏层数", "units": "隐藏神经元数", "optimizer": "优化器", "activation": "激活函数",
	"norm": "归一化", "missing": "缺失值处理", "l2": "L2", "l1": "L1", "hidden": "隐藏层",
	"weight": "权重", "batch": "批大小", "clip": "梯度裁剪", "patience": "耐心轮数", "validRatio": "验证集比例",
	"restoreBest": "恢复最佳权重", "testRatio": "测试集比例", "momentum": "动量", "decay": "学习率衰减",
}

// name returns a metric's or a setting's name in both languages: "test
// loss", "test R²", "the learning rate".
func name(n string) Text {
	zh := zhNames[n]
	if zh == "" {
		zh = n
	}
	if t, ok := settingNames[n]; ok {
		return Text{En: t.En, Zh: zh}
	}
	return Text{En: strings.ReplaceAll(strings.ReplaceAll(n, "-", " "), "r2", "R²"), Zh: zh}
}

// ops are the operators as the reasons write them.
var ops = map[string]string{"<=": "≤", ">=": "≥", "=": "=", "!=": "≠"}

// cmp tests v op want.
func cmp(v float64, op string, want float64) bool {
	switch op {
	case "<=":
		return v <= want
	case ">=":
		return v >= want
	case "=":
		return v == want
	case "!=":
		return v != want
	}
	return false
}

// since words when the count started: when the step opened, or at the
// student's last change.
func since(restarted bool) Text {
	if restarted {
		return Text{En: "since your last change", Zh: "上次修改后"}
	}
	return Text{En: "since this step opened", Zh: "本步开始后"}
}

// metricGoal words what a CheckMetric waits for: "test loss ≤ 0.001 after
// 200 epochs since this step opened".
func metricGoal(c *Check, restarted bool) Text {
	n, op, at := name(c.Metric), ops[c.Op], since(restarted)
	if c.Metric == "epoch" {
		return Text{En: fmt.Sprintf("epochs trained %s %s %s", at.En, op, fmtNum(c.Value)),
			Zh: fmt.Sprintf("%s训练轮数 %s %s", at.Zh, op, fmtNum(c.Value))}
	}
	if c.MinEpochs > 0 {
		return Text{En: fmt.Sprintf("%s %s %s after %d epochs %s", n.En, op, fmtNum(c.Value), c.MinEpochs, at.En),
			Zh: fmt.Sprintf("%s至少训练 %d 轮，且%s %s %s", at.Zh, c.MinEpochs, n.Zh, op, fmtNum(c.Value))}
	}
	return Text{En: fmt.Sprintf("%s %s %s, trained %s", n.En, op, fmtNum(c.Value), at.En),
		Zh: fmt.Sprintf("%s训练，且%s %s %s", at.Zh, n.Zh, op, fmtNum(c.Value))}
}

// status joins a goal and where the student is: "goal: now 0.41 at 35",
// or "met: goal (now …)".
func status(goal Text, met bool, now Text) Text {
	if met {
		return Text{En: "met: " + goal.En + " (" + now.En + ")", Zh: "已达到：" + goal.Zh + "（" + now.Zh + "）"}
	}
	return Text{En: goal.En + ": " + now.En, Zh: goal.Zh + "：" + now.Zh}
}

// settingMet evaluates a CheckSetting: the setting changed since the step
// opened and its value holds.
func settingMet(c *Check, st *LiveState) (bool, Text) {
	text, v, err := Get(&st.Settings, c.Setting)
	if err != nil {
		return false, Text{En: err.Error(), Zh: err.Error()}
	}
	var ok bool
	want := c.Text
	if math.IsNaN(v) || c.Text != "" {
		ok = (text == c.Text) == (c.Op != "!=")
	} else {
		ok, want = cmp(v, c.Op, c.Value), fmtNum(c.Value)
	}
	changed := slices.Contains(st.Changed, c.Setting)
	n, at := name(c.Setting), since(false)
	goal := Text{En: fmt.Sprintf("%s %s %s, changed %s", n.En, ops[c.Op], want, at.En),
		Zh: fmt.Sprintf("%s修改%s，使其 %s %s", at.Zh, n.Zh, ops[c.Op], want)}
	now := Text{En: "now " + text, Zh: "目前为 " + text}
	if ok && !changed {
		now = Text{En: "it is " + text + " but was not changed yet", Zh: "目前为 " + text + "，但尚未修改"}
	}
	return ok && changed, status(goal, ok && changed, now)
}

// eventNames say what each event is, in both languages.
var eventNames = map[Event]Text{
	Diverged:        {En: "the loss becomes NaN (diverged)", Zh: "损失变成 NaN（发散）"},
	Exploded:        {En: "the coach stops an explosion", Zh: "教练因爆炸停止训练"},
	RolledBack:      {En: "a coach's rollback button pressed", Zh: "按下教练的回退按钮"},
	EarlyStopped:    {En: "early stopping ends training", Zh: "提前停止结束训练"},
	DeadUnits:       {En: "the coach names dead units", Zh: "教练指出死亡单元"},
	SaturatedUnits:  {En: "the coach names saturated units", Zh: "教练指出饱和单元"},
	Vanishing:       {En: "the coach says the gradients vanish", Zh: "教练提示梯度消失"},
	Overfitting:     {En: "the overfitting notice", Zh: "过拟合提示"},
	WeightEdited:    {En: "a weight edited", Zh: "修改权重"},
	ExplainOpened:   {En: "the explain view opened", Zh: "打开解释视图"},
	MapColumnsMoved: {En: "the decision map's columns changed", Zh: "决策图的列改变"},
}

// eventMet evaluates a CheckEvent.
func eventMet(c *Check, st *LiveState) (bool, Text) {
	n, at := eventNames[c.Event], since(false)
	if slices.Contains(st.Events, c.Event) {
		return true, Text{En: "seen " + at.En + ": " + n.En, Zh: at.Zh + "已出现：" + n.Zh}
	}
	return false, Text{En: "waiting for this " + at.En + ": " + n.En, Zh: at.Zh + "等待出现：" + n.Zh}
}

// weightMet evaluates a CheckWeight: the newest edit since the step
// opened of the weight named (or of any weight), and its value when Op is
// set.
func weightMet(c *Check, st *LiveState) (bool, Text) {
	at := since(false)
	goal := Text{En: "a weight edited " + at.En, Zh: at.Zh + "修改权重"}
	if c.Op != "" {
		goal.En += fmt.Sprintf(", its value %s %s", ops[c.Op], fmtNum(c.Value))
		goal.Zh += fmt.Sprintf("，其值 %s %s", ops[c.Op], fmtNum(c.Value))
	}
	for i := len(st.Edited) - 1; i >= 0; i-- {
		e := st.Edited[i]
		if !c.Any && (e.Layer != c.Layer || e.To != c.To || e.From != c.From) {
			continue
		}
		ok := c.Op == "" || cmp(e.Value, c.Op, c.Value)
		return ok, status(goal, ok, Text{En: "now " + short(e.Value), Zh: "目前为 " + short(e.Value)})
	}
	return false, status(goal, false, Text{En: "no weight edited yet", Zh: "尚未修改权重"})
}
