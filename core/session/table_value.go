package session

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// Kind is the kind of a setting's value.
type Kind int

const (
	Number Kind = iota // a float64
	Whole              // an int or a uint64
	Bool
	Choice // one of an enum's names ("adam", "zscore")
	Text
	List // column names, hidden layer widths or derived inputs
)

var kindNames = [...]string{Number: "a number", Whole: "a whole number", Bool: "true or false", Choice: "a name", Text: "text", List: "a list"}

func (k Kind) String() string { return kindNames[k] }

// kindProbe is the Settings whose fields Kind asks for their types: a
// package variable, so that Kind allocates nothing (it is called for
// every setting of every link and code checked).
var kindProbe Settings

// Kind returns the kind of the setting's value (from its Field's type).
func (e *Setting) Kind() Kind {
	switch e.Field(&kindProbe).(type) {
	case *float64:
		return Number
	case *int, *uint64:
		return Whole
	case *bool:
		return Bool
	case *string:
		return Text
	case *[]string, *[]int, *[]data.Derived:
		return List
	}
	return Choice
}

// Bounded reports whether the setting is a number with bounds.
func (e *Setting) Bounded() bool {
	k := e.Kind()
	return k == Number || k == Whole
}

// ErrRange is wrapped by the errors of a number out of its setting's
// bounds (RangeError), ErrNotValue by those of text that is no value of
// the setting's kind (SetText).
var (
	ErrRange    = errors.New("out of range")
	ErrNotValue = errors.New("not a valid value")
)

// RangeError is a setting's value out of its bounds (Setting.Check).
type RangeError struct {
	Setting *Setting
	Value   float64
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%s %v; use %s", e.Setting.What, e.Value, e.Setting.RangeText())
}

func (e *RangeError) Unwrap() error { return ErrRange }

// Valid reports whether v is a valid value of the setting: finite, within
// its bounds, whole for a whole number, or 0 when ZeroOK.
func (e *Setting) Valid(v float64) bool {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return false
	case e.ZeroOK && v == 0:
		return true
	case e.Kind() == Whole && v != math.Trunc(v):
		return false
	case v < e.Min || e.MinOpen && v == e.Min:
		return false
	case v > e.Max || e.MaxOpen && v == e.Max:
		return false
	}
	return true
}

// Check returns a *RangeError when v is not Valid.
func (e *Setting) Check(v float64) error {
	if !e.Valid(v) {
		return &RangeError{e, v}
	}
	return nil
}

// RangeText says the valid values in English: "0 to 0.9", "above 0 (or 0)".
func (e *Setting) RangeText() string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	var s string
	switch lo, hi := f(e.Min), f(e.Max); {
	case e.Max == NoMax && e.MinOpen:
		s = "above " + lo
	case e.Max == NoMax:
		s = lo + " or more"
	case e.MinOpen && e.MaxOpen:
		s = "above " + lo + " and below " + hi
	case e.MinOpen:
		s = "above " + lo + " to " + hi
	case e.MaxOpen:
		s = lo + " to below " + hi
	default:
		s = lo + " to " + hi
	}
	if e.Kind() == Whole {
		s = "a whole number, " + s
	}
	if e.ZeroOK && !e.zeroInBounds() {
		s += " (or 0)"
	}
	return s
}

// zeroInBounds reports whether 0 is within the bounds themselves.
func (e *Setting) zeroInBounds() bool {
	return e.Min < 0 || e.Min == 0 && !e.MinOpen
}

// InUse returns s with what a zero field of the model means filled in
// (nn.Config.Defaults): the values training uses.
func InUse(s *Settings) *Settings {
	u := *s
	u.Model = s.Model.Defaults()
	return &u
}

// Number returns the setting's value in use (InUse) as a number; false
// when it is not a number.
func (e *Setting) Number(s *Settings) (float64, bool) { return e.number(InUse(s)) }

// number returns the setting's value in s as a number (0 for a default).
func (e *Setting) number(s *Settings) (float64, bool) {
	switch p := e.Field(s).(type) {
	case *float64:
		return *p, true
	case *int:
		return float64(*p), true
	case *uint64:
		return float64(*p), true
	}
	return math.NaN(), false
}

// SetNumber sets the number setting of s to v, or returns a *RangeError
// when v is not Valid.
func (e *Setting) SetNumber(s *Settings, v float64) error {
	if err := e.Check(v); err != nil {
		return err
	}
	switch p := e.Field(s).(type) {
	case *float64:
		*p = v
	case *int:
		*p = int(v)
	case *uint64:
		*p = uint64(v)
	default:
		return fmt.Errorf("%s is not a number", e.What)
	}
	return nil
}

// Choices returns the names a setting of Kind Choice takes, in its enum's
// order (nn.ActivationNames, data.NormNames, …: the enum's own list, which
// its Parse function reads), as a copy; nil for other settings. The page's
// selects list them.
func (e *Setting) Choices() []string {
	switch e.Field(&kindProbe).(type) {
	case *nn.Activation:
		return nn.ActivationNames()
	case *nn.LossKind:
		return nn.LossNames()
	case *nn.OptimizerKind:
		return nn.OptimizerNames()
	case *nn.InitKind:
		return nn.InitNames()
	case *data.Norm:
		return data.NormNames()
	case *data.Missing:
		return data.MissingNames()
	}
	return nil
}

// Regularizations names the penalties on the weights that the page's
// regularization select and nnplay's -regularization offer: none, or the
// L1 or L2 setting of Table ("l1", "l2") at the rate given beside.
func Regularizations() []string { return []string{"none", "l1", "l2"} }

// Text returns the setting's value in use as text: a number ("0.03"), a
// name ("adam"), true or false, or a list separated by commas ("8,8").
// Derived inputs read as JSON.
func (e *Setting) Text(s *Settings) string {
	switch p := e.Field(InUse(s)).(type) {
	case *float64:
		return strconv.FormatFloat(*p, 'g', -1, 64)
	case *int:
		return strconv.Itoa(*p)
	case *uint64:
		return strconv.FormatUint(*p, 10)
	case *bool:
		return strconv.FormatBool(*p)
	case *string:
		return *p
	case *[]string:
		return strings.Join(*p, ",")
	case *[]int:
		w := make([]string, len(*p))
		for i, n := range *p {
			w[i] = strconv.Itoa(n)
		}
		return strings.Join(w, ",")
	case fmt.Stringer:
		return p.String()
	}
	return e.JSON(s)
}

// JSON returns the setting's value in use as JSON; an empty list is "[]"
// whether nil or not. Two settings are equal when their JSON is.
func (e *Setting) JSON(s *Settings) string {
	b, ok := appendJSON(nil, e.Field(InUse(s)))
	if !ok {
		return "?"
	}
	if string(b) == "null" {
		return "[]"
	}
	return string(b)
}

// SetText sets the setting of s to the value written as text (as Text
// writes it; hidden layers may also be separated by spaces, semicolons or
// x, and "none" is no hidden layer). A number out of its bounds is a
// *RangeError; text that is no value of the setting wraps ErrNotValue.
func (e *Setting) SetText(s *Settings, text string) error {
	t := strings.TrimSpace(text)
	bad := func() error { return fmt.Errorf("%s %q: %w (give %s)", e.What, text, ErrNotValue, e.Kind()) }
	var err error
	switch p := e.Field(s).(type) {
	case *float64:
		v, perr := strconv.ParseFloat(t, 64)
		if perr != nil {
			return bad()
		}
		return e.SetNumber(s, v)
	case *int:
		v, perr := strconv.Atoi(t)
		if perr != nil {
			return bad()
		}
		return e.SetNumber(s, float64(v))
	case *uint64:
		v, perr := strconv.ParseUint(t, 10, 64)
		if perr != nil {
			return bad()
		}
		if err := e.Check(float64(v)); err != nil {
			return err
		}
		*p = v
	case *bool:
		v, perr := strconv.ParseBool(t)
		if perr != nil {
			return bad()
		}
		*p = v
	case *string:
		*p = text
	case *[]string:
		*p = splitList(text)
	case *[]int:
		h, ok := e.parseWidths(t)
		if !ok {
			return fmt.Errorf("%s %q: %w (give widths from %v to %v separated by commas, at most %d layers)", e.What, text, ErrNotValue, e.Min, e.Max, nn.MaxHiddenLayers)
		}
		*p = h
	case *nn.Activation:
		*p, err = nn.ParseActivation(t)
	case *nn.LossKind:
		*p, err = nn.ParseLoss(t)
	case *nn.OptimizerKind:
		*p, err = nn.ParseOptimizer(t)
	case *nn.InitKind:
		*p, err = nn.ParseInit(t)
	case *data.Norm:
		*p, err = data.ParseNorm(t)
	case *data.Missing:
		*p, err = data.ParseMissing(t)
	default:
		return fmt.Errorf("%s cannot be written as text", e.What)
	}
	if err != nil {
		return fmt.Errorf("%s %q: %w (%w)", e.What, text, ErrNotValue, err)
	}
	return nil
}

// parseWidths reads hidden layer widths: "8,8", "8 8", "8x8"; "", "none"
// and "0" are no hidden layer.
func (e *Setting) parseWidths(t string) ([]int, bool) {
	if t == "" || t == "none" || t == "0" {
		return nil, true
	}
	var h []int
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ' ' || r == ';' || r == 'x' }) {
		n, err := strconv.Atoi(f)
		if err != nil || float64(n) < e.Min || float64(n) > e.Max {
			return nil, false
		}
		h = append(h, n)
	}
	return h, len(h) <= nn.MaxHiddenLayers
}

func splitList(s string) []string {
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Copy sets the setting of dst to its value in src (a list is copied).
func (e *Setting) Copy(dst, src *Settings) {
	switch d := e.Field(dst).(type) {
	case *float64:
		*d = *e.Field(src).(*float64)
	case *int:
		*d = *e.Field(src).(*int)
	case *uint64:
		*d = *e.Field(src).(*uint64)
	case *bool:
		*d = *e.Field(src).(*bool)
	case *string:
		*d = *e.Field(src).(*string)
	case *[]string:
		*d = slices.Clone(*e.Field(src).(*[]string))
	case *[]int:
		*d = slices.Clone(*e.Field(src).(*[]int))
	case *[]data.Derived:
		*d = slices.Clone(*e.Field(src).(*[]data.Derived))
	case *nn.Activation:
		*d = *e.Field(src).(*nn.Activation)
	case *nn.LossKind:
		*d = *e.Field(src).(*nn.LossKind)
	case *nn.OptimizerKind:
		*d = *e.Field(src).(*nn.OptimizerKind)
	case *nn.InitKind:
		*d = *e.Field(src).(*nn.InitKind)
	case *data.Norm:
		*d = *e.Field(src).(*data.Norm)
	case *data.Missing:
		*d = *e.Field(src).(*data.Missing)
	default:
		panic(fmt.Sprintf("session: setting %s has a field of type %T", e.Name, d))
	}
}

// CheckBounds checks every number of s against its bounds in Table (for
// the settings that apply to s; a 0 that means a default is fine when
// ZeroOK), and returns the first *RangeError.
func CheckBounds(s *Settings) error {
	for i := range Table {
		e := &Table[i]
		if !e.Bounded() || e.When != nil && !e.When(s) {
			continue
		}
		v, _ := e.number(s)
		if err := e.Check(v); err != nil {
			return err
		}
	}
	return nil
}
