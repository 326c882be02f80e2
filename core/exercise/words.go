package exercise

import (
	"errors"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
)

// What a teacher reads when a code is refused (Result.Reason; the page
// translates them, rules.Refused*); the error itself goes to Result.Cause
// and the CSV.
const (
	ReasonChanged  = rules.RefusedChanged
	ReasonDamaged  = rules.RefusedDamaged
	ReasonOld      = rules.RefusedOld
	ReasonNewer    = rules.RefusedNewer
	ReasonOther    = rules.RefusedOther
	ReasonNoName   = rules.RefusedNoName
	ReasonNotCode  = rules.RefusedNotCode
	ReasonExercise = rules.RefusedExercise
	ReasonInternal = rules.RefusedInternal
	ReasonMissing  = rules.RefusedMissing
)

// errOldCode is the error of a code of an older format: it wraps
// ErrOldVersion, but says what to do about a code.
var errOldCode = &oldCode{}

type oldCode struct{}

func (*oldCode) Error() string {
	return "this code was made with an older version of the playground; the student should train again for a new code"
}
func (*oldCode) Unwrap() error { return ErrOldVersion }

// errEdited marks a code whose checksum holds but whose content no page
// makes: a negative epoch, settings that do not build, a start the
// exercise lacks (edited reports it).
var errEdited = errors.New("edited")

// edited is err marked with errEdited; its message is err's.
type edited struct{ err error }

func (e *edited) Error() string   { return e.err.Error() }
func (e *edited) Unwrap() []error { return []error{e.err, errEdited} }

// reason words the error of a refused code for a teacher: a fixed
// sentence for what a teacher cannot act on but by asking again, and the
// error's own words where they name a setting, a limit or the goal.
func reason(err error) string {
	switch {
	case errors.Is(err, ErrOldVersion):
		return ReasonOld
	case errors.Is(err, link.ErrNewerVersion):
		return ReasonNewer
	case errors.Is(err, ErrExercise):
		return ReasonExercise
	case errors.Is(err, ErrOtherExercise):
		return ReasonOther
	case errors.Is(err, ErrName):
		return ReasonNoName
	case errors.Is(err, ErrClaim), errors.Is(err, ErrDiverged):
		return ReasonChanged
	case errors.Is(err, link.ErrKind):
		return ReasonNotCode
	case errors.Is(err, link.ErrTooLarge):
		return "this code names a training too large to check: " + ReasonChanged
	case errors.Is(err, errEdited):
		return ReasonChanged
	case errors.Is(err, ErrCode):
		return ReasonDamaged
	case errors.Is(err, ErrLocked), errors.Is(err, ErrLimit), errors.Is(err, ErrStart), errors.Is(err, ErrGoal):
		return err.Error()
	}
	return ReasonInternal
}

// MetricText formats a metric as the readouts do (rules.MetricText).
func MetricText(v float64) string { return rules.MetricText(v) }
