package guide

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
)

// Text is a text in English and Simplified Chinese.
type Text = rules.Text

// Limits on a lesson, checked by Validate before anything else is done
// with it (a lesson may come from a link).
const (
	MinSteps     = 3    // a lesson has at least this many steps
	MaxSteps     = 8    // and at most this many
	MaxTitle     = 120  // characters of a title, per language
	MaxStepText  = 1200 // characters of a step's or the lesson's text, per language
	MaxActions   = 6    // actions per step
	MaxIDLength  = 40   // characters of a lesson's ID
	MaxEpochs    = 100000
	MaxTextBytes = 64 << 10 // a pasted table in a step's setup
)

// ErrLesson is wrapped by Validate's errors.
var ErrLesson = errors.New("guide: bad lesson")

// Lesson is a guided lesson: a title, an introduction and 3 to 8 steps,
// and the settings it opens with.
type Lesson struct {
	ID       string           `json:"id"` // lower-case letters, digits and "-"
	Title    Text             `json:"title"`
	About    Text             `json:"about"`    // a paragraph shown above the steps; plain text
	Settings session.Settings `json:"settings"` // what the lesson opens with
	Steps    []Step           `json:"steps"`
}

// Step is one step of a lesson.
type Step struct {
	// Text says what to do and what to look for, in a few sentences of
	// plain text.
	Text Text `json:"text"`
	// Setup, when set, is loaded when the step opens (a new network).
	Setup *session.Settings `json:"setup,omitempty"`
	// Actions are what the student is asked to do, in order.
	Actions []Action `json:"actions,omitempty"`
	// Check, when set, ticks when the live state meets it; a step without
	// one is read and passed.
	Check *Check `json:"check,omitempty"`
}

// ActionKind is the kind of an Action.
type ActionKind string

// Kinds of action.
const (
	ActSet         ActionKind = "set"          // set Setting to Value (see Set)
	ActAddLayer    ActionKind = "add-layer"    // add a hidden layer of Units units after the last one
	ActRemoveLayer ActionKind = "remove-layer" // remove the last hidden layer
	ActTrain       ActionKind = "train"        // train Epochs epochs (training stops earlier when it stops on its own)
	ActReset       ActionKind = "reset"        // a new network from the same settings (the seed's starting weights)
	ActEditWeight  ActionKind = "edit-weight"  // set the weight Layer, To, From (From -1: the bias of To) to Weight
	ActPress       ActionKind = "press"        // press Button
	ActMapColumns  ActionKind = "map-columns"  // draw the decision map over the columns X and Y
	ActExplain     ActionKind = "explain"      // open the explain view of neuron To of layer Layer
)

// Buttons an ActPress names.
const (
	ButtonRollback      = "rollback"       // the coach's "go back to the last good epoch"
	ButtonRollbackLower = "rollback-lower" // the coach's "go back and continue with the learning rate divided by 10"
	ButtonRollbackClip  = "rollback-clip"  // the coach's "go back and continue with clipping on"
)

// Action is something a step asks the student to do.
type Action struct {
	Kind    ActionKind `json:"kind"`
	Setting string     `json:"setting,omitempty"` // ActSet: a name of Settable
	Value   string     `json:"value,omitempty"`   // ActSet: the value as text ("3", "adam", "none", "8,8")
	Units   int        `json:"units,omitempty"`   // ActAddLayer
	Epochs  int        `json:"epochs,omitempty"`  // ActTrain
	// Layer, To and From name a weight (ActEditWeight: Layer is the weight
	// layer, 0 for the inputs' weights into the first layer above, To the
	// unit above, From the unit below or -1 for To's bias, as
	// nn.Trainer.SetWeight) or a neuron (ActExplain: Layer is its
	// Network.Sizes index from 1 and To its unit, as nn.Trainer.Explain).
	Layer  int     `json:"layer,omitempty"`
	To     int     `json:"to,omitempty"`
	From   int     `json:"from,omitempty"`
	Weight float64 `json:"weight,omitempty"` // ActEditWeight
	Button string  `json:"button,omitempty"` // ActPress
	X      string  `json:"x,omitempty"`      // ActMapColumns: column names
	Y      string  `json:"y,omitempty"`
}

// Validate checks the lesson's limits, texts, settings (with valid, which
// may be nil: core/link passes link.ValidateSettings), actions and checks.
// Its errors wrap ErrLesson, or what valid returns.
func (l *Lesson) Validate(valid func(*session.Settings) error) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrLesson}, a...)...)
	}
	if err := validID(l.ID); err != nil {
		return bad("%v", err)
	}
	if err := validText(l.Title, MaxTitle, true); err != nil {
		return bad("title: %v", err)
	}
	if err := validText(l.About, MaxStepText, false); err != nil {
		return bad("about: %v", err)
	}
	if n := len(l.Steps); n < MinSteps || n > MaxSteps {
		return bad("%d steps; a lesson has %d to %d", n, MinSteps, MaxSteps)
	}
	if err := validSettings(&l.Settings, valid); err != nil {
		return err
	}
	for i := range l.Steps {
		if err := l.Steps[i].validate(valid); err != nil {
			return fmt.Errorf("step %d: %w", i+1, err)
		}
	}
	return nil
}

// validate checks one step.
func (s *Step) validate(valid func(*session.Settings) error) error {
	if err := validText(s.Text, MaxStepText, true); err != nil {
		return fmt.Errorf("%w: text: %v", ErrLesson, err)
	}
	if s.Setup != nil {
		if err := validSettings(s.Setup, valid); err != nil {
			return err
		}
	}
	if len(s.Actions) > MaxActions {
		return fmt.Errorf("%w: %d actions; at most %d", ErrLesson, len(s.Actions), MaxActions)
	}
	for i := range s.Actions {
		if err := s.Actions[i].Validate(); err != nil {
			return fmt.Errorf("%w: action %d: %v", ErrLesson, i+1, err)
		}
	}
	if s.Check != nil {
		if err := s.Check.Validate(); err != nil {
			return fmt.Errorf("%w: check: %v", ErrLesson, err)
		}
	}
	return nil
}

// validSettings checks a table's size, then calls valid.
func validSettings(s *session.Settings, valid func(*session.Settings) error) error {
	if len(s.Text) > MaxTextBytes {
		return fmt.Errorf("%w: a pasted table of %d bytes; a lesson's tables have at most %d", ErrLesson, len(s.Text), MaxTextBytes)
	}
	if valid == nil {
		return nil
	}
	return valid(s)
}

// validID checks a lesson's ID: 1 to MaxIDLength lower-case ASCII letters,
// digits and hyphens.
func validID(id string) error {
	if id == "" || len(id) > MaxIDLength {
		return fmt.Errorf("ID %q: use 1 to %d characters", id, MaxIDLength)
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return fmt.Errorf("ID %q: use lower-case letters, digits and -", id)
		}
	}
	return nil
}

// validText checks both languages of t: valid UTF-8, at most max
// characters, and not empty when required.
func validText(t Text, max int, required bool) error {
	for _, s := range []string{t.En, t.Zh} {
		if !utf8.ValidString(s) {
			return errors.New("not valid UTF-8")
		}
		if n := utf8.RuneCountInString(s); n > max {
			return fmt.Errorf("%d characters; at most %d", n, max)
		}
		if required && s == "" {
			return errors.New("empty (both English and Chinese are needed)")
		}
	}
	return nil
}

// Validate checks an action's kind and fields.
func (a *Action) Validate() error {
	switch a.Kind {
	case ActSet:
		if !settable(a.Setting) {
			return fmt.Errorf("no setting %q can be set", a.Setting)
		}
		var s session.Settings
		if err := Set(&s, a.Setting, a.Value); err != nil {
			return err
		}
	case ActAddLayer:
		if a.Units < 1 || a.Units > 256 {
			return fmt.Errorf("a layer of %d units; use 1 to 256", a.Units)
		}
	case ActTrain:
		if a.Epochs < 1 || a.Epochs > MaxEpochs {
			return fmt.Errorf("train %d epochs; use 1 to %d", a.Epochs, MaxEpochs)
		}
	case ActEditWeight, ActExplain:
		if a.Layer < 0 || a.To < 0 || a.From < -1 || a.Layer > 34 || a.To > 1<<16 || a.From > 1<<16 || a.Kind == ActExplain && a.Layer < 1 {
			return fmt.Errorf("no weight or neuron %d, %d, %d", a.Layer, a.To, a.From)
		}
		if !finite(a.Weight) {
			return fmt.Errorf("weight %v", a.Weight)
		}
	case ActPress:
		switch a.Button {
		case ButtonRollback, ButtonRollbackLower, ButtonRollbackClip:
		default:
			return fmt.Errorf("no button %q", a.Button)
		}
	case ActMapColumns:
		if a.X == "" || a.Y == "" || a.X == a.Y || len(a.X) > 200 || len(a.Y) > 200 {
			return fmt.Errorf("map columns %q and %q", a.X, a.Y)
		}
	case ActRemoveLayer, ActReset:
	default:
		return fmt.Errorf("unknown action %q", a.Kind)
	}
	return nil
}
