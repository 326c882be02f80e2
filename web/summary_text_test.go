package web

import (
	"testing"

	"github.com/nnplayground/playground/core/session"
)

// TestSummaryTextCountsSplit checks that the summary line counts the
// validation rows with the training and test rows, in both languages, and
// leaves them out when there are none.
func TestSummaryTextCountsSplit(t *testing.T) {
	withValid := &session.Summary{Rows: 392, Train: 192, Valid: 82, Test: 118, Task: "regression", Target: "mpg", Inputs: []string{"a", "b"}}
	noValid := &session.Summary{Rows: 310, Train: 192, Test: 118, Task: "regression", Target: "mpg", Inputs: []string{"a"}}
	for _, c := range []struct {
		Name, Lang string
		Sum        *session.Summary
		Want       string
	}{
		{"en, validation", "en", withValid, "392 rows · 192 train / 82 validation / 118 test · 2 inputs · regression of mpg"},
		{"zh, validation", "zh", withValid, "392 行 · 训练 192 / 验证 82 / 测试 118 · 2 个输入 · 回归目标 mpg"},
		{"en, none", "en", noValid, "310 rows · 192 train / 118 test · 1 input · regression of mpg"},
		{"zh, none", "zh", noValid, "310 行 · 训练 192 / 测试 118 · 1 个输入 · 回归目标 mpg"},
	} {
		t.Run(c.Name, func(t *testing.T) {
			if got := summaryText(c.Lang, c.Sum); got != c.Want {
				t.Errorf("summaryText = %q, want %q", got, c.Want)
			}
		})
	}
}
