package exercise

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/nnplayground/playground/core/exercise/rules"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Kind is the link kind of an exercise.
const Kind = "exercise"

// MaxText bounds the title and the instructions, in characters.
const MaxText = 20000

// Metric is what a goal measures on the test set (see package rules, which
// the page shares).
type Metric = rules.Metric

const (
	Accuracy = rules.Accuracy // classification: test accuracy ≥ Threshold
	R2       = rules.R2       // regression: test R² ≥ Threshold
	Loss     = rules.Loss     // any task: test loss ≤ Threshold
)

// Goal is what a student must reach, within optional limits; MaxEpochs 0
// means MaxCheckEpochs.
type Goal = rules.Goal

// Fixed names the settings every student shares with the exercise: its
// data, its split and its seed. They are always locked.
var Fixed = rules.Fixed

// Lockable returns the names of the settings a teacher may lock, sorted.
func Lockable() []string { return rules.Lockable() }

// Exercise is a teacher's exercise.
type Exercise struct {
	Title        string           `json:"title,omitempty"`
	Instructions string           `json:"instructions,omitempty"` // plain text, never markup
	Settings     session.Settings `json:"settings"`               // the data and the starting network
	Weights      *link.Weights    `json:"weights,omitempty"`      // optional starting weights
	Locked       []string         `json:"locked,omitempty"`       // names from Lockable that students may not change
	Goal         Goal             `json:"goal"`
}

// Errors of exercises and completion codes; the errors of Check wrap one.
var (
	ErrExercise      = errors.New("exercise: not a valid exercise")
	ErrCode          = errors.New("not a completion code")
	ErrOtherExercise = errors.New("the code belongs to another exercise")
	ErrLocked        = errors.New("a locked setting was changed")
	ErrLimit         = errors.New("a limit was exceeded")
	ErrDiverged      = errors.New("training diverged")
	ErrClaim         = errors.New("the claimed result does not match the training")
	ErrGoal          = errors.New("the goal is not met")
)

// Validate checks the exercise: valid settings and weights, a known
// metric and a finite threshold, known locked names, a test set.
func (e *Exercise) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrExercise}, a...)...)
	}
	if err := (&link.Session{Settings: e.Settings, Weights: e.Weights}).Validate(); err != nil {
		return err
	}
	if utf8.RuneCountInString(e.Title) > MaxText || utf8.RuneCountInString(e.Instructions) > MaxText {
		return bad("the title and the instructions may have at most %d characters", MaxText)
	}
	g := e.Goal
	switch g.Metric {
	case Accuracy:
		if !(g.Threshold >= 0 && g.Threshold <= 1) {
			return bad("an accuracy goal of %v; use 0 to 1", g.Threshold)
		}
	case R2, Loss:
		if math.IsNaN(g.Threshold) || math.IsInf(g.Threshold, 0) {
			return bad("the goal's threshold is %v", g.Threshold)
		}
	default:
		return bad("unknown metric %q; use %q, %q or %q", g.Metric, Accuracy, R2, Loss)
	}
	if g.MaxHidden < 0 || g.MaxEpochs < 0 || g.MaxEpochs > MaxCheckEpochs {
		return bad("limits of %d hidden neurons and %d epochs; use 0 (none) or up to %d epochs", g.MaxHidden, g.MaxEpochs, MaxCheckEpochs)
	}
	for _, name := range e.Locked {
		if _, ok := rules.Setting(name, &e.Settings); !ok && !slices.Contains(Fixed, name) {
			return bad("no setting is called %q", name)
		}
	}
	if in, _ := datasets.Lookup(e.Settings.Dataset); e.Settings.TestRatio == 0 && e.Settings.SplitColumn == "" && in.SplitColumn == "" {
		return bad("the goal is measured on the test set; set a test ratio")
	}
	return nil
}

// Link returns the exercise as a link ("#v1.…").
func (e *Exercise) Link() (string, error) {
	if err := e.Validate(); err != nil {
		return "", err
	}
	return link.EncodeAs(Kind, e)
}

// Decode reads an exercise link.
func Decode(l string) (*Exercise, error) {
	e := new(Exercise)
	if err := link.DecodeAs(l, Kind, e); err != nil {
		return nil, err
	}
	if err := e.Validate(); err != nil {
		return nil, err
	}
	return e, nil
}

// ID identifies the exercise by a hash of its data, starting weights,
// locked settings and goal (not its title, instructions or language, so
// that fixing a typo keeps the codes valid). It is 16 hexadecimal digits.
func (e *Exercise) ID() string {
	var b strings.Builder
	s := &e.Settings
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	// A fixed text layout, independent of JSON field order and of fields
	// added to Settings later.
	fmt.Fprintf(&b, "nnplayground exercise 1\ndataset %q\npoints %d\nnoise %s\ntext %q\ntarget %q\nclasses %t\ntest %s\nsplit %q\nseed %d\n",
		s.Dataset, s.Points, f(s.Noise), s.Text, s.Target, s.AsClasses, f(s.TestRatio), s.SplitColumn, s.Model.Seed)
	fmt.Fprintf(&b, "goal %q %s %d %d\n", e.Goal.Metric, f(e.Goal.Threshold), e.Goal.MaxHidden, e.Goal.MaxEpochs)
	locked := slices.Clone(e.Locked)
	slices.Sort(locked)
	for _, name := range slices.Compact(locked) {
		if v, ok := rules.Setting(name, s); ok {
			fmt.Fprintf(&b, "locked %q %s\n", name, v)
		}
	}
	if w := e.Weights; w != nil {
		fmt.Fprintf(&b, "weights %d %v\n", w.Epoch, w.Sizes)
		for _, p := range w.Params {
			b.WriteString(f(p))
			b.WriteByte(' ')
		}
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// Merge returns the student's settings s with the exercise's fixed
// settings (its data, split and seed) put back.
func (e *Exercise) Merge(s session.Settings) session.Settings { return rules.Merge(e.Settings, s) }

// Allowed reports whether the settings s respect the exercise's locks and
// its limit on hidden neurons; the page uses it for its live check. The
// error wraps ErrLocked or ErrLimit and names the setting.
func (e *Exercise) Allowed(s session.Settings) error {
	s = e.Merge(s)
	for _, name := range e.Locked {
		a, ok := rules.Setting(name, &e.Settings)
		if !ok {
			continue // a fixed setting, put back by Merge
		}
		if b, _ := rules.Setting(name, &s); a != b {
			return fmt.Errorf("%w: %q is locked at %s, not %s", ErrLocked, name, a, b)
		}
	}
	if n := HiddenNeurons(s.Model.Hidden); e.Goal.MaxHidden > 0 && n > e.Goal.MaxHidden {
		return fmt.Errorf("%w: %d hidden neurons, the limit is %d", ErrLimit, n, e.Goal.MaxHidden)
	}
	return nil
}

// HiddenNeurons returns the total number of neurons in hidden layers.
func HiddenNeurons(hidden []int) int {
	n := 0
	for _, h := range hidden {
		n += h
	}
	return n
}

// Value returns the goal's metric from training statistics.
func (e *Exercise) Value(st nn.Stats) float64 { return e.Goal.Value(st) }

// Met reports whether statistics meet the goal (within the epoch limit).
func (e *Exercise) Met(st nn.Stats) bool { return e.Goal.Met(st) }

// Start builds the exercise's starting session, with its weights if any.
func (e *Exercise) Start() (*session.Session, error) {
	return link.Restore(&link.Session{Settings: e.Settings, Weights: e.Weights})
}
