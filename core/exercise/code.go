package exercise

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// CodeKind is the link kind of a completion code.
const CodeKind = "completion"

// Bounds on the training a check re-runs, so that a class's codes are
// checked in seconds.
const (
	MaxCheckEpochs = 10000
	// MaxCheckWork bounds epochs × training rows × parameters.
	MaxCheckWork = 4e9
)

// Completion is what a completion code carries.
type Completion struct {
	Name      string           `json:"name,omitempty"` // as the student typed it
	Exercise  string           `json:"exercise"`       // Exercise.ID
	Settings  session.Settings `json:"settings"`       // the student's settings, without the pasted text
	FromStart bool             `json:"fromStart,omitempty"`
	Epoch     int              `json:"epoch"`  // epochs trained
	Metric    float64          `json:"metric"` // the goal's metric at Epoch
}

// Code returns the completion code of a student's result: the settings s
// trained for st.Epoch epochs, from the exercise's starting weights when
// fromStart (otherwise from the seed's initialisation), giving st. It
// returns an error when the result does not meet the goal or breaks a lock
// or limit, so the page offers a code only for a success.
func (e *Exercise) Code(name string, s session.Settings, fromStart bool, st nn.Stats) (string, error) {
	s = e.Merge(s)
	if err := e.Allowed(s); err != nil {
		return "", err
	}
	if fromStart && e.Weights == nil {
		return "", fmt.Errorf("%w: the exercise has no starting weights", ErrExercise)
	}
	if e.Goal.MaxEpochs > 0 && st.Epoch > e.Goal.MaxEpochs {
		return "", fmt.Errorf("%w: %d epochs, the limit is %d", ErrLimit, st.Epoch, e.Goal.MaxEpochs)
	}
	if !e.Met(st) {
		return "", fmt.Errorf("%w: %s", ErrGoal, e.describe(e.Value(st)))
	}
	s.Text = "" // the exercise has it
	c := Completion{Name: name, Exercise: e.ID(), Settings: s, FromStart: fromStart, Epoch: st.Epoch, Metric: e.Value(st)}
	l, err := link.EncodeAs(CodeKind, &c)
	return strings.TrimPrefix(l, "#"), err
}

// ReadCode reads a completion code without checking it. Its errors wrap
// ErrCode.
func ReadCode(code string) (*Completion, error) {
	code = strings.TrimSpace(code)
	c := new(Completion)
	if err := link.DecodeAs(code, CodeKind, c); err != nil {
		if errors.Is(err, link.ErrCorrupt) {
			err = fmt.Errorf("%w: it is damaged or mistyped (%v)", ErrCode, err)
		} else {
			err = fmt.Errorf("%w: %v", ErrCode, err)
		}
		return nil, err
	}
	return c, nil
}

// Result is the verdict on one completion code.
type Result struct {
	Name     string  `json:"name"`
	Accepted bool    `json:"accepted"`
	Epoch    int     `json:"epoch"`
	Claimed  float64 `json:"claimed"` // the metric the code claims
	Metric   float64 `json:"metric"`  // the metric the checker computed; NaN when it did not train
	Reason   string  `json:"reason,omitempty"`
}

// Check confirms a completion code: it belongs to e, keeps e's locks and
// limits, and training its settings from the start to the claimed epoch
// gives the claimed metric, which meets the goal. The error is nil when
// the code is accepted; otherwise it wraps ErrCode, ErrOtherExercise,
// ErrLocked, ErrLimit, ErrDiverged, ErrClaim or ErrGoal, or ErrExercise for
// an invalid exercise, and Result.Reason holds its message.
func Check(e *Exercise, code string) (Result, error) {
	r := Result{Metric: math.NaN()}
	err := check(e, code, &r)
	if err != nil {
		r.Reason = err.Error()
	}
	r.Accepted = err == nil
	return r, err
}

func check(e *Exercise, code string, r *Result) error {
	if err := e.Validate(); err != nil {
		return err
	}
	c, err := ReadCode(code)
	if err != nil {
		return err
	}
	r.Name, r.Epoch, r.Claimed = c.Name, c.Epoch, c.Metric
	if c.Exercise != e.ID() {
		return fmt.Errorf("%w (its exercise is %s, this one is %s)", ErrOtherExercise, c.Exercise, e.ID())
	}
	s := e.Merge(c.Settings)
	if err := link.ValidateSettings(&s); err != nil {
		return fmt.Errorf("%w: %v", ErrCode, err)
	}
	if err := e.Allowed(s); err != nil {
		return err
	}
	switch {
	case c.Epoch < 0:
		return fmt.Errorf("%w: epoch %d", ErrCode, c.Epoch)
	case e.Goal.MaxEpochs > 0 && c.Epoch > e.Goal.MaxEpochs:
		return fmt.Errorf("%w: %d epochs, the limit is %d", ErrLimit, c.Epoch, e.Goal.MaxEpochs)
	case c.Epoch > MaxCheckEpochs:
		return fmt.Errorf("%w: %d epochs; the checker re-runs at most %d", ErrLimit, c.Epoch, MaxCheckEpochs)
	case c.FromStart && e.Weights == nil:
		return fmt.Errorf("%w: it starts from weights the exercise does not have", ErrCode)
	}
	var w *link.Weights
	if c.FromStart {
		w = e.Weights
	}
	ss, err := link.Restore(&link.Session{Settings: s, Weights: w})
	if err != nil {
		return fmt.Errorf("%w: its settings do not build: %v", ErrCode, err)
	}
	if ss.Data.Test.N == 0 {
		return fmt.Errorf("%w: there is no test set", ErrGoal)
	}
	params := len(ss.Trainer.Net().Params())
	if work := float64(c.Epoch) * float64(ss.Data.Train.N) * float64(params); work > MaxCheckWork {
		return fmt.Errorf("%w: %d epochs of %d rows with %d parameters are too much to re-run", ErrLimit, c.Epoch, ss.Data.Train.N, params)
	}
	if err := ss.Trainer.StepN(c.Epoch); err != nil {
		var de *nn.DivergedError
		if errors.As(err, &de) {
			return fmt.Errorf("%w: %v", ErrDiverged, err)
		}
		return err
	}
	st := ss.Trainer.Stats()
	v := e.Value(st)
	r.Metric = v
	if !same(v, c.Metric) {
		return fmt.Errorf("%w: the code claims %s at epoch %d, training gives %s", ErrClaim, e.format(c.Metric), c.Epoch, e.format(v))
	}
	if !e.Met(st) {
		return fmt.Errorf("%w: %s", ErrGoal, e.describe(v))
	}
	return nil
}

// same reports whether a recomputed metric matches a claimed one. Training
// gives the same bits on every platform; the tolerance only absorbs a
// fused multiply-add on hardware that has one.
func same(got, claimed float64) bool {
	return math.Abs(got-claimed) <= 1e-6*math.Max(1, math.Abs(claimed))
}

func (e *Exercise) format(v float64) string {
	if e.Goal.Metric == Accuracy {
		return fmt.Sprintf("%.2f %%", 100*v)
	}
	return fmt.Sprintf("%.4g", v)
}

func (e *Exercise) describe(v float64) string {
	op := "≥"
	if e.Goal.Metric == Loss {
		op = "≤"
	}
	return fmt.Sprintf("test %s is %s, the goal is %s %s", e.Goal.Metric, e.format(v), op, e.format(e.Goal.Threshold))
}

// CheckMany checks many codes for a class overview: one result per
// non-blank code, in order.
func CheckMany(e *Exercise, codes []string) []Result {
	var out []Result
	for _, c := range codes {
		if strings.TrimSpace(c) == "" {
			continue
		}
		r, _ := Check(e, c)
		out = append(out, r)
	}
	return out
}
