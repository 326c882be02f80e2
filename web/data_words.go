package web

import "github.com/nnplayground/playground/core/session"

// word is a name that a built-in dataset gives its data (its target column
// "label", its classes "positive" and "negative") in the page's language,
// from the catalog's "data-" keys; any other name, and every name of a
// pasted table, is shown as it is. Only the display changes: the data, the
// links and the exported code keep the names.
func (s *store) word(l, name string) string {
	if s.settings.Dataset == "" {
		return name
	}
	if w, ok := catalog[l]["data-"+name]; ok {
		return w
	}
	return name
}

// builtinSummary is the loaded data's summary with its target named by
// word, for summaryText.
func (s *store) builtinSummary(l string) *session.Summary {
	if s.summary == nil {
		return nil
	}
	sum := *s.summary
	sum.Target = s.word(l, sum.Target)
	return &sum
}
