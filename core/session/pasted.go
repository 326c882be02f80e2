package session

// Pasted returns s with text as its data, the way the page loads a table
// that is pasted, dropped or opened: the data panel calls it, and so does
// `nnplay train` on a CSV file, so that both start from the same settings.
// The roles of the columns start afresh (the target guessed, nothing
// ignored or brought back, derived, split by a column, or
// read as classes or numbers), the settings take the current
// Version (a new table gets the current table defaults), and the table
// trains with a validation share and early stopping (WithStopDefaults).
// The network and training settings of s stay.
func Pasted(s Settings, text string) Settings {
	s.Version = Version
	s.Dataset, s.Text, s.Points, s.Noise = "", text, 0, 0
	s.Target, s.Ignore, s.Use, s.Derived, s.SplitColumn = "", nil, nil, nil, ""
	s.AsClasses, s.AsNumbers = false, false
	s.Model = TableModel(countRows(text), s.TestRatio, s.Model.Seed)
	return WithStopDefaults(s)
}
