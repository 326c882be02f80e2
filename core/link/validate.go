package link

import (
	"errors"
	"fmt"
	"math"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Validate checks every setting of s that can be checked without parsing
// its data, and its weights' shapes. Its errors wrap ErrCorrupt, or
// ErrNewerVersion for settings of a newer version.
func (s *Session) Validate() error {
	if err := ValidateSettings(&s.Settings); err != nil {
		return err
	}
	if s.Weights != nil {
		return validateWeights(s.Weights)
	}
	return nil
}

// MaxUse is the most columns Settings.Use may name (a table has at most
// data.MaxColumns).
const MaxUse = data.MaxColumns

// ValidateSettings checks the settings a link or file carries: a known
// version, dataset and languages, and settings in range.
func ValidateSettings(s *session.Settings) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrCorrupt}, a...)...)
	}
	if s.Version > session.Version {
		return fmt.Errorf("%w (the settings are version %d, this playground reads up to version %d)", ErrNewerVersion, s.Version, session.Version)
	}
	if s.Version < 0 {
		return bad("settings version %d", s.Version)
	}
	if s.Dataset != "" {
		if _, ok := datasets.Lookup(s.Dataset); !ok {
			return bad("no built-in dataset is called %q", s.Dataset)
		}
	}
	if len(s.Text) > MaxInflated {
		return fmt.Errorf("%w (the table has %d bytes)", ErrTooLarge, len(s.Text))
	}
	if err := session.CheckBounds(s); err != nil { // every number in the bounds of session.Table
		return bad("%v", err)
	}
	if err := s.Stop.Validate(); err != nil {
		return bad("%v", err)
	}
	if s.Missing != data.DropRows && s.Missing != data.FillMean && s.Missing != data.Impute {
		return bad("unknown missing-value policy %d", s.Missing)
	}
	if len(s.Use) > MaxUse {
		return bad("%d columns to use; the limit is %d", len(s.Use), MaxUse)
	}
	for _, name := range s.Use {
		if name == "" {
			return bad("an empty column name to use")
		}
	}
	if s.Norm < data.ZScore || s.Norm > data.NoNorm {
		return bad("unknown normalization %d", s.Norm)
	}
	for _, d := range s.Derived {
		if d.Kind < data.Square || d.Kind > data.Cos {
			return bad("unknown derived feature %d", d.Kind)
		}
	}
	if err := session.CheckLimits(s); err != nil {
		if errors.Is(err, nn.ErrTooLarge) {
			return fmt.Errorf("%w: %w", ErrTooLarge, err)
		}
		return bad("%v", err)
	}
	if err := s.Model.Defaults().Validate(); err != nil {
		if errors.Is(err, nn.ErrTooLarge) {
			return fmt.Errorf("%w: %w", ErrTooLarge, err)
		}
		return bad("%v", err)
	}
	switch s.Lang {
	case "", "en", "zh":
	default:
		return bad("unknown language %q", s.Lang)
	}
	return nil
}

func validateWeights(w *Weights) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: weights: "+format, append([]any{ErrCorrupt}, a...)...)
	}
	if w.Epoch < 0 {
		return bad("epoch %d", w.Epoch)
	}
	if len(w.Sizes) < 2 || len(w.Sizes) > 34 {
		return bad("%d layer sizes", len(w.Sizes))
	}
	n := 0
	for i, s := range w.Sizes {
		if s < 1 || s > 1<<16 {
			return bad("layer %d has %d units", i, s)
		}
		if i > 0 {
			n += s*w.Sizes[i-1] + s
		}
	}
	if n > nn.MaxParams {
		return fmt.Errorf("%w: weights: layers %v have %d parameters; the limit is %d", ErrTooLarge, w.Sizes, n, nn.MaxParams)
	}
	if n != len(w.Params) {
		return bad("%d parameters for layers %v, which have %d", len(w.Params), w.Sizes, n)
	}
	for i, p := range w.Params {
		if math.IsNaN(p) || math.IsInf(p, 0) {
			return bad("parameter %d is %v", i, p)
		}
	}
	return nil
}
