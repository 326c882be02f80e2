package state

import (
	"math"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// Every kind of data error has Chinese words, and DataErrorText puts the
// line, column and cell before them; English keeps the engine's message.
func TestDataErrorText(t *testing.T) {
	for _, code := range data.ErrorCodes() {
		if catalog["zh"]["err-"+code] == "" {
			t.Errorf("no Chinese text for data error %q", code)
		}
	}
	st := &Store{Data: dataState{dataErr: `data: line 5, column 4: "abc": not a number in a numeric column`}}
	st.Data.dataErrAt = ErrParts{Code: "not-number", Cell: "abc", Line: 5, Column: 4}
	if got := DataErrorText("en", st); got != st.Data.dataErr {
		t.Errorf("English: %q, want the engine's %q", got, st.Data.dataErr)
	}
	got := DataErrorText("zh", st)
	if !strings.HasPrefix(got, "第 5 行第 4 列：“abc”：") || !strings.Contains(got, "非数字") {
		t.Errorf("Chinese: %q", got)
	}
	st.Data.dataErrAt.Code = ""
	if got := DataErrorText("zh", st); got != st.Data.dataErr {
		t.Errorf("no code: %q, want the engine's %q", got, st.Data.dataErr)
	}
}

// A divergence reads in Chinese from the parts the worker sends, for each
// value of what and with or without clipping.
func TestDivergedText(t *testing.T) {
	for _, c := range []struct {
		at   nn.DivergedError
		want string
	}{
		{nn.DivergedError{Epoch: 111, What: "weights", Value: math.Inf(1), LearningRate: 10}, "第 111 轮：权重变成了 +Inf。解决办法：降低学习率（现在是 10）、确认输入已经标准化，或打开梯度裁剪。"},
		{nn.DivergedError{Epoch: 3, What: "gradient", Value: math.NaN(), LearningRate: 0.5, Clipped: true}, "第 3 轮：梯度变成了 NaN。解决办法：降低学习率（现在是 0.5），或确认输入已经标准化。"},
		{nn.DivergedError{Epoch: 7, What: "loss", Value: math.NaN(), LearningRate: 2}, "第 7 轮：损失变成了 NaN。解决办法：降低学习率（现在是 2）、确认输入已经标准化，或打开梯度裁剪。"},
	} {
		st := &Store{Run: runState{otherErr: "training diverged …", divergedAt: &c.at}}
		if got := DivergedText("zh", st); got != c.want {
			t.Errorf("%+v: %q, want %q", c.at, got, c.want)
		}
		if got := DivergedText("en", st); got != st.Run.otherErr {
			t.Errorf("English: %q, want the engine's", got)
		}
	}
}
