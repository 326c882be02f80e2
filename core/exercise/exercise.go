package exercise

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/internal/sha"
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

// FormatVersion is the version of the exercise and completion-code format
// this package writes and reads. Version 2 binds a code to the student's
// name and the exercise to a nonce; links and codes of version 1 (which
// carry no format field) are refused with ErrOldVersion.
const FormatVersion = 2

// MaxNonce bounds the length of Exercise.Nonce, in bytes.
const MaxNonce = 64

// Exercise is a teacher's exercise: rules.Exercise, the type the page and
// the tools worker exchange, with this package's methods
// ((*Exercise)(&e) converts a *rules.Exercise).
type Exercise rules.Exercise

// Errors of exercises and completion codes; the errors of Check wrap one.
var (
	ErrExercise      = errors.New("exercise: not a valid exercise")
	ErrOldVersion    = errors.New("made with an older version of the playground; make the exercise again")
	ErrCode          = errors.New("not a completion code")
	ErrOtherExercise = errors.New("the code belongs to another exercise")
	ErrName          = errors.New("the code's name does not match its training")
	ErrStart         = errors.New("the exercise requires training from its starting weights")
	ErrLocked        = errors.New("a locked setting was changed")
	ErrLimit         = errors.New("a limit was exceeded")
	ErrDiverged      = errors.New("training diverged")
	ErrClaim         = errors.New("the claimed result does not match the training")
	ErrGoal          = errors.New("the goal is not met")
)

// Validate checks the exercise: valid settings and weights, a nonce, a
// known metric and a finite threshold, known locked names, a test set.
func (e *Exercise) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrExercise}, a...)...)
	}
	if err := (&link.Session{Settings: e.Settings, Weights: e.Weights}).Validate(); err != nil {
		return err
	}
	if e.Nonce == "" || len(e.Nonce) > MaxNonce {
		return bad("a nonce of %d bytes; use 1 to %d", len(e.Nonce), MaxNonce)
	}
	if utf8.RuneCountInString(e.Title) > MaxText || utf8.RuneCountInString(e.Instructions) > MaxText {
		return bad("the title and the instructions may have at most %d characters", MaxText)
	}
	if e.RequireStart && e.Weights == nil {
		return bad("training must start from the exercise's weights, but it has none")
	}
	if err := validGoal(e.Goal); err != nil {
		return err
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

// validGoal checks a goal's metric, threshold and limits.
func validGoal(g Goal) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrExercise}, a...)...)
	}
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
	return nil
}

// NewNonce returns a random exercise nonce: 16 hexadecimal digits from
// math/rand/v2, whose generator the runtime seeds from the system (the
// browser's crypto.getRandomValues): a nonce is public, in the link.
func NewNonce() string {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], rand.Uint64())
	return hex.EncodeToString(b[:])
}

// Link returns the exercise as a link ("#v1.…"). It sets Format, and a
// random Nonce when the exercise has none: a teacher who makes the same
// exercise twice gets two exercises, whose codes differ. An exercise whose
// starting network the checker cannot re-run for as many epochs as its
// goal's epoch limit allows (ReplayEpochs) is refused with an error wrapping ErrLimit
// that says how many it can: the editor shows it.
func (e *Exercise) Link() (string, error) {
	if e.Nonce == "" {
		e.Nonce = NewNonce()
	}
	e.Format = FormatVersion
	if err := e.Validate(); err != nil {
		return "", err
	}
	if err := e.replayable(); err != nil {
		return "", err
	}
	return link.EncodeAs(Kind, e)
}

// PastedText points at the exercise's pasted table (link.PastedTable): a
// long link packs it (link format version 2).
func (e *Exercise) PastedText() *string { return &e.Settings.Text }

// Decode reads an exercise link. A link of an older format returns an
// error wrapping ErrOldVersion, one of a newer format link.ErrNewerVersion.
func Decode(l string) (*Exercise, error) {
	e := new(Exercise)
	if err := link.DecodeAs(l, Kind, e); err != nil {
		return nil, err
	}
	switch {
	case e.Format < FormatVersion:
		return nil, fmt.Errorf("this exercise was %w", ErrOldVersion)
	case e.Format > FormatVersion:
		return nil, fmt.Errorf("%w (the exercise is format %d, this playground reads format %d)", link.ErrNewerVersion, e.Format, FormatVersion)
	}
	if err := e.Validate(); err != nil {
		return nil, err
	}
	return e, nil
}

// ID identifies the exercise by a hash of everything that defines it: its
// nonce, title and instructions, data and settings, starting weights,
// locked settings and goal. Any edit makes another exercise, whose codes
// differ. It is 16 hexadecimal digits.
func (e *Exercise) ID() string {
	c := *e
	c.Format = FormatVersion
	c.Locked = slices.Compact(slices.Sorted(slices.Values(e.Locked)))
	b, err := json.Marshal(&c)
	if err != nil {
		panic(err) // the fields are plain data
	}
	h := sha.New()
	fmt.Fprintf(h, "nnplayground exercise %d\n", FormatVersion)
	h.Write(b)
	sum := h.Sum()
	return hex.EncodeToString(sum[:8])
}

// Merge returns the student's settings s with the exercise's fixed
// settings (its data, split and seed, and what its goal fixes) put back
// (rules.MergeGoal).
func (e *Exercise) Merge(s session.Settings) session.Settings {
	return rules.MergeGoal(e.Settings, e.Goal, s)
}

// StudentSettings returns Merge(s) trained under the student's name: its
// TrainSeed is rules.StudentSeed of the exercise's nonce and the name. The
// page trains these settings; the checker replays them.
func (e *Exercise) StudentSettings(name string, s session.Settings) session.Settings {
	return rules.ForStudent(e.Settings, e.Goal, e.Nonce, name, s)
}

// AutoLocks returns the settings the exercise locks by itself, each with
// its reason (rules.AutoLocks), for the editor.
func (e *Exercise) AutoLocks() map[string]string { return rules.AutoLocks(e.Goal, e.RequireStart) }

// NameBound reports whether every training a student may hand in depends
// on the student's name, so that a renamed code is refused. It is false
// when a student may start from the exercise's weights with full-batch
// training: nothing in such a training is random, the name cannot change
// its numbers, and its code proves only that these settings meet the goal
// (CheckMany still flags the same training under two names).
func (e *Exercise) NameBound() bool {
	if e.Weights == nil {
		return true // every training starts from the name's initialisation
	}
	if !slices.Contains(e.Locked, "batch") || e.Settings.Model.BatchSize == 0 {
		return false
	}
	ss, err := e.Start()
	if err != nil {
		return false
	}
	return e.Settings.Model.BatchSize < ss.Data.Train.N
}

// nameBound reports whether one training depends on the name: it starts
// from the name's initialisation or draws mini-batches in the name's order.
func nameBound(s session.Settings, fromStart bool, trainRows int) bool {
	return !fromStart || (s.Model.BatchSize > 0 && s.Model.BatchSize < trainRows)
}

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
