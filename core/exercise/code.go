package exercise

import (
	"encoding/json"
	"errors"
	"fmt"
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
	// MaxCheckWork bounds the cost of one replay (ReplayWork): about 0.3 s
	// of one processor natively (1.6 to 2.2 ns a unit, measured with
	// BenchmarkReplayUnit), so that 30 codes at the limits take 5 to 12 s
	// of one core natively (BenchmarkClassAtLimits), and an estimated 20
	// to 60 s in the page on an idle machine, whose WebAssembly runs 3.5
	// to 5 times slower (the same benchmark under Node; at 2e8, 30 such
	// codes took 93 and 132 s in headless Chromium under a load average
	// of 18 on two cores). It allows 10,000 epochs of small networks on a
	// few hundred rows, but about 380 of a 50×50 network on 140 rows.
	MaxCheckWork = 1.5e8
)

// CodeFormat is the version of the completion-code format this package
// writes and reads. Version 3 carries the digest of the network's
// parameters at the claimed epoch (Digest); codes of versions 1 and 2 are
// refused with ErrOldVersion.
const CodeFormat = 3

// Completion is what a completion code carries.
type Completion struct {
	Format    int              `json:"format"`         // CodeFormat; 0 in codes of version 1
	Name      string           `json:"name,omitempty"` // as the student typed it
	Exercise  string           `json:"exercise"`       // Exercise.ID
	Settings  session.Settings `json:"settings"`       // the student's settings, without the pasted text
	FromStart bool             `json:"fromStart,omitempty"`
	Epoch     int              `json:"epoch"`  // the first epoch that met the goal
	Metric    float64          `json:"metric"` // the goal's metric at Epoch
	Digest    string           `json:"digest"` // Digest of the network at Epoch
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
//
// Code replays the training as the checker will (it takes as long as one
// check) and puts the digest of the network at st.Epoch in the code; a
// replay whose metric differs from st's (the page trained something else
// than a straight run of s) returns an error wrapping ErrClaim.
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
	r := e.replay(s, name, fromStart, st.Epoch)
	if r.err != nil {
		return "", r.err
	}
	if v := e.Value(r.st); !same(v, e.Value(st)) {
		return "", fmt.Errorf("%w: a straight run of these settings gives %s at epoch %d, not %s; reset and train again", ErrClaim, e.format(v), st.Epoch, e.format(e.Value(st)))
	}
	s.Text = "" // the exercise has it
	c := Completion{Format: CodeFormat, Name: name, Exercise: e.ID(), Settings: s, FromStart: fromStart, Epoch: st.Epoch, Metric: e.Value(st), Digest: r.digest}
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
	case c.Format < CodeFormat:
		return nil, fmt.Errorf("%w (format %d, this playground reads format %d)", errOldCode, c.Format, CodeFormat)
	case c.Format > CodeFormat:
		return nil, fmt.Errorf("%w: %w (format %d, this playground reads format %d)", ErrCode, link.ErrNewerVersion, c.Format, CodeFormat)
	}
	return c, nil
}

// Result is the verdict on one completion code (rules.CheckResult, which
// the tools worker sends the page as it is).
type Result = rules.CheckResult

// Check confirms a completion code: it belongs to e, keeps e's locks and
// limits, and training its settings under its name from the start to the
// claimed epoch gives the network whose digest the code carries, and the
// claimed metric, which meets the goal. The error is nil when the code is
// accepted; otherwise it wraps ErrCode, ErrOldVersion, ErrOtherExercise,
// ErrName, ErrStart, ErrLocked, ErrLimit, ErrDiverged, ErrClaim or
// ErrGoal, or ErrExercise for an invalid exercise; Result.Reason words it
// for a teacher and Result.Cause holds its message.
func Check(e *Exercise, code string) (Result, error) {
	r, _, err := NewClass(e, nil).check(code)
	return r, err
}

// read reads a code and checks what it claims before anything is built
// (admit). It fills r's name, epoch and claim.
func (e *Exercise) read(code string, r *Result) (*Completion, session.Settings, error) {
	if err := e.Validate(); err != nil {
		return nil, session.Settings{}, err
	}
	c, err := ReadCode(code)
	if err != nil {
		return nil, session.Settings{}, err
	}
	r.Name, r.Epoch, r.Claimed = c.Name, c.Epoch, c.Metric
	s, err := e.admit(c)
	return c, s, err
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
		return s, &edited{fmt.Errorf("%w: %w", ErrCode, err)}
	}
	if err := e.Allowed(s); err != nil {
		return s, err
	}
	switch {
	case c.Epoch < 0:
		return s, &edited{fmt.Errorf("%w: epoch %d", ErrCode, c.Epoch)}
	case e.Goal.MaxEpochs > 0 && c.Epoch > e.Goal.MaxEpochs:
		return s, fmt.Errorf("%w: %d epochs, the limit is %d", ErrLimit, c.Epoch, e.Goal.MaxEpochs)
	case c.Epoch > MaxCheckEpochs:
		return s, fmt.Errorf("%w: %d epochs; the checker re-runs at most %d", ErrLimit, c.Epoch, MaxCheckEpochs)
	case c.FromStart && e.Weights == nil:
		return s, &edited{fmt.Errorf("%w: it starts from weights the exercise does not have", ErrCode)}
	case e.RequireStart && !c.FromStart:
		return s, fmt.Errorf("%w: this code was trained from a fresh start", ErrStart)
	}
	return s, nil
}

// verdict compares a replay with what the code claims: the digest, the
// metric, and the goal.
func (e *Exercise) verdict(rp replayed, c *Completion, r *Result) error {
	if rp.err != nil {
		return rp.err
	}
	v := e.Value(rp.st)
	r.Metric = v
	if rp.digest != c.Digest {
		return fmt.Errorf("%w: the code's digest %q is not the training's %q at epoch %d (a code renamed or edited after it was made does not replay)", ErrClaim, c.Digest, rp.digest, c.Epoch)
	}
	if !same(v, c.Metric) {
		return fmt.Errorf("%w: the code claims %s at epoch %d, training gives %s", ErrClaim, e.format(c.Metric), c.Epoch, e.format(v))
	}
	if !e.Met(rp.st) {
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
