package rules

import "github.com/nnplayground/playground/core/session"

// The values of an exercise that cross from one binary to another: the
// page makes and opens exercises and shows a class check, the tools worker
// (wasm/checker, with core/exercise) encodes them and checks the codes.
// core/exercise's Exercise is Exercise with that package's methods
// (converted by a pointer conversion), and its Result and Reflag are
// CheckResult and Reflag.

// Exercise is a teacher's exercise.
type Exercise struct {
	Format int `json:"format"` // exercise.FormatVersion; exercise.Exercise.Link sets it
	// Nonce is chosen at random when the teacher makes the link (Link sets
	// it when empty), so that two teachers' identical exercises have
	// different IDs and a code made for one is refused by the other.
	Nonce        string           `json:"nonce"`
	Title        string           `json:"title,omitempty"`
	Instructions string           `json:"instructions,omitempty"` // plain text, never markup
	Settings     session.Settings `json:"settings"`               // the data and the starting network
	Weights      *session.Weights `json:"weights,omitempty"`      // optional starting weights
	// RequireStart accepts only training that starts from Weights.
	RequireStart bool     `json:"requireStart,omitempty"`
	Locked       []string `json:"locked,omitempty"` // names from Lockable that students may not change
	Goal         Goal     `json:"goal"`
}

// CheckResult is the verdict on one completion code (exercise.Result).
type CheckResult struct {
	Name     string  `json:"name"`
	Accepted bool    `json:"accepted"`
	Epoch    int     `json:"epoch"`
	Claimed  float64 `json:"claimed"` // the metric the code claims
	Metric   float64 `json:"metric"`  // the metric the checker computed; NaN when it did not train
	// Reason says why the code was refused, in words for a teacher
	// (exercise.Reason); Cause is the error itself, for the CSV.
	Reason string `json:"reason,omitempty"`
	Cause  string `json:"cause,omitempty"`
	// NameBound reports whether the training depends on the name, so that
	// the code could not have been renamed (see exercise.Exercise.NameBound).
	NameBound bool `json:"nameBound"`
	// Flag, set by a class check (exercise.Class), says why an accepted
	// code deserves a look: the same code twice, the same training under
	// two names, a name not in the class list.
	Flag string `json:"flag,omitempty"`
	// Missing marks a name of the class list that handed in no code
	// (exercise.Class.Missing): the row has only the name.
	Missing bool `json:"missing,omitempty"`
}

// Verdict returns "accepted", "flagged" (accepted with a Flag), "refused"
// or "missing".
func (r *CheckResult) Verdict() string { return CheckVerdict(r.Accepted, r.Missing, r.Flag) }

// Reflag is a flag that a new row of a class check sets on an earlier one:
// Row counts from 0, Flag is the earlier row's whole new flag.
type Reflag struct {
	Row  int
	Flag string
}
