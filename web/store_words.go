// The store's errors in the page's language: the engine's English, or the
// catalog's words from the parts the worker sent.

package web

import (
	"strconv"
)
import "strings"

// dataErrorText is the page's data error in the page's language.
func dataErrorText(l string, st *store) string {
	msg, at := st.data.DataErr()
	return errorText(l, at, msg)
}

// errorText words the data error at in language l: in English the engine's
// own words, english; in another language, for an error of a known kind,
// the catalog's, with the same line, column and cell.
func errorText(l string, at errParts, english string) string {
	msg, ok := catalog[l]["err-"+at.code]
	if l == "en" || at.code == "" || !ok {
		return english
	}
	var b strings.Builder
	switch {
	case at.line > 0 && at.column > 0:
		b.WriteString(tf(l, "err-at-line-column", at.line, at.column))
	case at.line > 0:
		b.WriteString(tf(l, "err-at-line", at.line))
	case at.column > 0:
		b.WriteString(tf(l, "err-at-column", at.column))
	}
	if at.cell != "" {
		b.WriteString(tf(l, "err-cell", at.cell))
	}
	b.WriteString(msg)
	return b.String()
}

// divergedText explains a divergence in the page's language: in English the
// engine's own words (the tutorial's FAQ answer), in another language the
// catalog's, from the parts the worker sent.
func divergedText(l string, st *store) string {
	_, d := st.run.Diverged()
	if l == "en" || d == nil || catalog[l]["diverged-at"] == "" {
		return st.run.OtherErr()
	}
	fix := "diverged-fix"
	if d.Clipped {
		fix = "diverged-fix-clipped"
	}
	num := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	return tf(l, "diverged-at", strconv.Itoa(d.Epoch), t(l, "diverged-"+d.What), num(d.Value)) + tf(l, fix, num(d.LearningRate))
}
