// The store's errors in the page's language: the engine's English, or the
// catalog's words from the parts the worker sent.

package state

import (
	"strconv"
	"strings"

	"github.com/nnplayground/playground/web/i18n"
)

// DataErrorText is the page's data error in the page's language.
func DataErrorText(l string, st *Store) string {
	msg, at := st.Data.DataErr()
	return ErrorText(l, at, msg)
}

// ErrorText words the data error at in language l: in English the engine's
// own words, english; in another language, for an error of a known kind,
// the catalog's, with the same line, column and cell.
func ErrorText(l string, at ErrParts, english string) string {
	msg, ok := catalog[l]["err-"+at.Code]
	if l == "en" || at.Code == "" || !ok {
		return english
	}
	var b strings.Builder
	switch {
	case at.Line > 0 && at.Column > 0:
		b.WriteString(tf(l, "err-at-line-column", at.Line, at.Column))
	case at.Line > 0:
		b.WriteString(tf(l, "err-at-line", at.Line))
	case at.Column > 0:
		b.WriteString(tf(l, "err-at-column", at.Column))
	}
	if at.Cell != "" {
		b.WriteString(tf(l, "err-cell", at.Cell))
	}
	b.WriteString(msg)
	return b.String()
}

// DivergedText explains a divergence in the page's language: in English the
// engine's own words (the tutorial's FAQ answer), in another language the
// catalog's, from the parts the worker sent.
func DivergedText(l string, st *Store) string {
	_, d := st.Run.Diverged()
	if l == "en" || d == nil || catalog[l]["diverged-at"] == "" {
		return st.Run.OtherErr()
	}
	fix := "diverged-fix"
	if d.Clipped {
		fix = "diverged-fix-clipped"
	}
	return tf(l, "diverged-at", strconv.Itoa(d.Epoch), t(l, "diverged-"+d.What), i18n.Full(d.Value)) + tf(l, fix, i18n.Full(d.LearningRate))
}
