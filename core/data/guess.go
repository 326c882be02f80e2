package data

// TargetGuess is GuessTarget's answer: the column to predict and, when
// another one scores close to it, that one.
type TargetGuess struct {
	Name string // "" for a table without columns
	Alt  string // a close runner-up, or ""
}

// GuessTarget returns the column a pasted table most likely wants to
// predict.
func GuessTarget(t *Table) TargetGuess { return TargetGuess{} }
