package rules

// What a teacher reads when a completion code is refused (the class
// check's Reason; exercise.Reason* are these), and the class table's
// columns. The page words each in its language (web/catalog.go, keyed by
// these texts); the technical cause stays in the CSV.
const (
	RefusedChanged  = "this code was changed after it was made, or mistyped"
	RefusedDamaged  = "this code is damaged or incomplete: ask for it again, copied whole"
	RefusedOld      = "this code was made with an older version of the playground: the student should train again for a new code"
	RefusedNewer    = "this code was made with a newer version of the playground: reload this page"
	RefusedOther    = "this code is for another exercise, or for another version of this one"
	RefusedNoName   = "this code has no name, or a name of more than 200 characters"
	RefusedNotCode  = "this is a link, not a completion code"
	RefusedExercise = "the exercise link is not valid: make the exercise again"
	RefusedInternal = "the checker could not check this code"
	RefusedMissing  = "no code was handed in under this name"
)

// The flags of accepted codes that deserve a look (several are joined by
// "; "); the page words them in its language too.
const (
	FlagSameCode     = "the same code as row %d"
	FlagSameTraining = "the same training as row %d (%s) under another name"
	FlagNotListed    = "not in the class list"
)

// CheckColumns are the class table's CSV columns, the page's and nnplay
// check's alike.
var CheckColumns = []string{"name", "verdict", "metric", "epoch", "flag", "reason", "cause"}

// CheckVerdict is a class table row's verdict: "missing" (a name of the
// class list with no code), "refused", "flagged" (accepted, with a flag to
// look at) or "accepted".
func CheckVerdict(accepted, missing bool, flag string) string {
	switch {
	case missing:
		return "missing"
	case !accepted:
		return "refused"
	case flag != "":
		return "flagged"
	}
	return "accepted"
}
