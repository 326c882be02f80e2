package exercise

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/exercise/rules"
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
	Format    int              `json:"format"`         // FormatVersion; 0 in codes of version 1
	Name      string           `json:"name,omitempty"` // as the student typed it
	Exercise  string           `json:"exercise"`       // Exercise.ID
	Settings  session.Settings `json:"settings"`       // the student's settings, without the pasted text
	FromStart bool             `json:"fromStart,omitempty"`
	Epoch     int              `json:"epoch"`  // the first epoch that met the goal
	Metric    float64          `json:"metric"` // the goal's metric at Epoch
}

// Code returns the completion code of a student's result: the settings s
// trained for st.Epoch epochs under the student's name, from the
// exercise's starting weights when fromStart (otherwise from the
// initialisation the name seeds), giving st. st should be the first epoch
// that met the goal (rules.FirstMet): the checker replays to it, whatever
// the student trained afterwards.
//
// s must be what was trained: Exercise.StudentSettings(name, …), whose
// TrainSeed comes from the name; otherwise Code returns an error wrapping
// ErrName (train again after typing the name). It also returns an error
// when the result does not meet the goal, breaks a lock or limit, or
// cannot be re-run by the checker, so the page offers a code only for a
// success that checks.
func (e *Exercise) Code(name string, s session.Settings, fromStart bool, st nn.Stats) (string, error) {
	if rules.NormName(name) == "" {
		return "", fmt.Errorf("%w: type your name first", ErrName)
	}
	if n := utf8.RuneCountInString(name); n > rules.MaxName {
		return "", fmt.Errorf("%w: a name of %d characters; the limit is %d", ErrName, n, rules.MaxName)
	}
	want := e.StudentSettings(name, s)
	if s.TrainSeed != want.TrainSeed {
		return "", fmt.Errorf("%w: this training was not seeded by the name %q; train again after typing it", ErrName, name)
	}
	s = want
	if err := e.Allowed(s); err != nil {
		return "", err
	}
	switch {
	case fromStart && e.Weights == nil:
		return "", fmt.Errorf("%w: the exercise has no starting weights", ErrExercise)
	case e.RequireStart && !fromStart:
		return "", fmt.Errorf("%w: reset to the exercise's start and train again", ErrStart)
	case e.Goal.MaxEpochs > 0 && st.Epoch > e.Goal.MaxEpochs:
		return "", fmt.Errorf("%w: %d epochs, the limit is %d", ErrLimit, st.Epoch, e.Goal.MaxEpochs)
	case st.Epoch > MaxCheckEpochs:
		return "", fmt.Errorf("%w: the goal was first met at epoch %d; the checker re-runs at most %d", ErrLimit, st.Epoch, MaxCheckEpochs)
	case !e.Met(st):
		return "", fmt.Errorf("%w: %s", ErrGoal, e.describe(e.Value(st)))
	}
	s.Text = "" // the exercise has it
	c := Completion{Format: FormatVersion, Name: name, Exercise: e.ID(), Settings: s, FromStart: fromStart, Epoch: st.Epoch, Metric: e.Value(st)}
	l, err := link.EncodeAs(CodeKind, &c)
	return strings.TrimPrefix(l, "#"), err
}

// ReadCode reads a completion code without checking it. Its errors wrap
// ErrCode, or ErrOldVersion for a code of an older format.
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
	switch {
	case c.Format < FormatVersion:
		return nil, fmt.Errorf("this code was %w", ErrOldVersion)
	case c.Format > FormatVersion:
		return nil, fmt.Errorf("%w: %w (format %d, this playground reads format %d)", ErrCode, link.ErrNewerVersion, c.Format, FormatVersion)
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
	// NameBound reports whether the training depends on the name, so that
	// the code could not have been renamed (see Exercise.NameBound).
	NameBound bool `json:"nameBound"`
	// Flag, set by CheckMany (Flag), says why an accepted code deserves a
	// look: the same code twice, the same training under two names, a
	// name not in the class list.
	Flag string `json:"flag,omitempty"`

	training string // the training's identity: settings, start and epoch
}

// Verdict returns "accepted", "flagged" (accepted with a Flag) or
// "refused".
func (r *Result) Verdict() string {
	switch {
	case !r.Accepted:
		return "refused"
	case r.Flag != "":
		return "flagged"
	}
	return "accepted"
}

// Check confirms a completion code: it belongs to e, keeps e's locks and
// limits, and training its settings under its name from the start to the
// claimed epoch gives the claimed metric, which meets the goal. The error
// is nil when the code is accepted; otherwise it wraps ErrCode,
// ErrOldVersion, ErrOtherExercise, ErrName, ErrStart, ErrLocked, ErrLimit,
// ErrDiverged, ErrClaim or ErrGoal, or ErrExercise for an invalid
// exercise, and Result.Reason holds its message.
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
	s, err := e.admit(c)
	if err != nil {
		return err
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
		return fmt.Errorf("%w: %d epochs of %d rows with %d parameters are too much to re-run (the limit is %.0g)", ErrLimit, c.Epoch, ss.Data.Train.N, params, float64(MaxCheckWork))
	}
	r.NameBound = nameBound(s, c.FromStart, ss.Data.Train.N)
	r.training = trainingKey(s, c)
	return e.replay(ss, c, r)
}

// admit checks what a code claims before anything is built: its exercise,
// name, settings, locks, limits and start. It returns the settings to
// replay: the code's, merged with the exercise's and seeded by the name.
func (e *Exercise) admit(c *Completion) (session.Settings, error) {
	if c.Exercise != e.ID() {
		return session.Settings{}, fmt.Errorf("%w (its exercise is %s, this one is %s)", ErrOtherExercise, c.Exercise, e.ID())
	}
	if rules.NormName(c.Name) == "" || utf8.RuneCountInString(c.Name) > rules.MaxName {
		return session.Settings{}, fmt.Errorf("%w: the code has no name or one of more than %d characters", ErrName, rules.MaxName)
	}
	s := e.StudentSettings(c.Name, c.Settings)
	if err := link.ValidateSettings(&s); err != nil {
		return s, fmt.Errorf("%w: %w", ErrCode, err)
	}
	if err := e.Allowed(s); err != nil {
		return s, err
	}
	switch {
	case c.Epoch < 0:
		return s, fmt.Errorf("%w: epoch %d", ErrCode, c.Epoch)
	case e.Goal.MaxEpochs > 0 && c.Epoch > e.Goal.MaxEpochs:
		return s, fmt.Errorf("%w: %d epochs, the limit is %d", ErrLimit, c.Epoch, e.Goal.MaxEpochs)
	case c.Epoch > MaxCheckEpochs:
		return s, fmt.Errorf("%w: %d epochs; the checker re-runs at most %d", ErrLimit, c.Epoch, MaxCheckEpochs)
	case c.FromStart && e.Weights == nil:
		return s, fmt.Errorf("%w: it starts from weights the exercise does not have", ErrCode)
	case e.RequireStart && !c.FromStart:
		return s, fmt.Errorf("%w: this code was trained from a fresh start", ErrStart)
	}
	return s, nil
}

// replay trains ss to the code's epoch and compares the metric with the
// claim and the goal.
func (e *Exercise) replay(ss *session.Session, c *Completion, r *Result) error {
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
		return fmt.Errorf("%w: the code claims %s at epoch %d, training gives %s (a code renamed or edited after it was made does not replay)", ErrClaim, e.format(c.Metric), c.Epoch, e.format(v))
	}
	if !e.Met(st) {
		return fmt.Errorf("%w: %s", ErrGoal, e.describe(v))
	}
	return nil
}

// trainingKey identifies a training apart from the name: its settings
// without the name's seed, its start and its epoch.
func trainingKey(s session.Settings, c *Completion) string {
	s.TrainSeed, s.Lang = 0, ""
	b, _ := json.Marshal(s)
	return fmt.Sprintf("%s %t %d", b, c.FromStart, c.Epoch)
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
