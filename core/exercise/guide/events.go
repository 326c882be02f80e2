package guide

import (
	"errors"

	"github.com/nnplayground/playground/core/nn"
)

// EventOfNotice returns the event of a coach's notice.
func EventOfNotice(k nn.NoticeKind) Event { return Event(k.String()) }

// EventOfError returns the event of an error that stopped training:
// Diverged for an *nn.DivergedError, Exploded for an *nn.ExplodedError,
// and false for any other error.
func EventOfError(err error) (Event, bool) {
	var de *nn.DivergedError
	var ee *nn.ExplodedError
	switch {
	case errors.As(err, &de):
		return Diverged, true
	case errors.As(err, &ee):
		return Exploded, true
	}
	return "", false
}

// EventOfStop returns the event of a stop rule's verdict: EarlyStopped
// for patience, and false for the other rules (a target, an epoch limit)
// or nil.
func EventOfStop(s *nn.Stop) (Event, bool) {
	if s != nil && s.Reason == nn.StopPatience {
		return EarlyStopped, true
	}
	return "", false
}
