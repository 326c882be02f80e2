package main

import (
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
)

// Every kind of data error has Chinese words, and dataErrorText puts the
// line, column and cell before them; English keeps the engine's message.
func TestDataErrorText(t *testing.T) {
	for _, code := range data.ErrorCodes() {
		if catalog["zh"]["err-"+code] == "" {
			t.Errorf("no Chinese text for data error %q", code)
		}
	}
	st := &store{dataErr: `data: line 5, column 4: "abc": not a number in a numeric column`}
	st.dataErrAt.code, st.dataErrAt.cell, st.dataErrAt.line, st.dataErrAt.column = "not-number", "abc", 5, 4
	if got := dataErrorText("en", st); got != st.dataErr {
		t.Errorf("English: %q, want the engine's %q", got, st.dataErr)
	}
	got := dataErrorText("zh", st)
	if !strings.HasPrefix(got, "第 5 行第 4 列：“abc”：") || !strings.Contains(got, "非数字") {
		t.Errorf("Chinese: %q", got)
	}
	st.dataErrAt.code = ""
	if got := dataErrorText("zh", st); got != st.dataErr {
		t.Errorf("no code: %q, want the engine's %q", got, st.dataErr)
	}
}
