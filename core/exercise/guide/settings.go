package guide

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// setting reads and writes one setting by name. get returns the value as
// text and, for a number, its value (NaN otherwise); set is nil for a
// setting that is only read (layers, units).
type setting struct {
	get func(s *session.Settings) (string, float64)
	set func(s *session.Settings, v string) error
}

// settable maps the names a lesson may set or check to their setting.
var settable = map[string]setting{
	"dataset": {func(s *session.Settings) (string, float64) { return s.Dataset, math.NaN() }, nil},
	"points":  {num(nil, func(s *session.Settings) *int { return &s.Points }), setInt(func(s *session.Settings) *int { return &s.Points })},
	"noise":   numF(func(s *session.Settings) *float64 { return &s.Noise }),
	"layers": {func(s *session.Settings) (string, float64) {
		n := len(s.Model.Hidden)
		return strconv.Itoa(n), float64(n)
	}, nil},
	"units": {func(s *session.Settings) (string, float64) {
		n := 0
		for _, u := range s.Model.Hidden {
			n += u
		}
		return strconv.Itoa(n), float64(n)
	}, nil},
	"hidden":     {getHidden, setHidden},
	"activation": enumSetting(func(s *session.Settings) any { return &s.Model.Activation }),
	"optimizer":  enumSetting(func(s *session.Settings) any { return &s.Model.Optimizer }),
	"loss":       enumSetting(func(s *session.Settings) any { return &s.Model.Loss }),
	"init":       enumSetting(func(s *session.Settings) any { return &s.Model.Init }),
	"norm":       enumSetting(func(s *session.Settings) any { return &s.Norm }),
	"missing":    enumSetting(func(s *session.Settings) any { return &s.Missing }),
	"lr": {func(s *session.Settings) (string, float64) {
		v := s.Model.Defaults().LearningRate
		return fmtNum(v), v
	}, setFloat(func(s *session.Settings) *float64 { return &s.Model.LearningRate })},
	"momentum":   numF(func(s *session.Settings) *float64 { return &s.Model.Momentum }),
	"l1":         numF(func(s *session.Settings) *float64 { return &s.Model.L1 }),
	"l2":         numF(func(s *session.Settings) *float64 { return &s.Model.L2 }),
	"clip":       numF(func(s *session.Settings) *float64 { return &s.Model.ClipNorm }),
	"decay":      numF(func(s *session.Settings) *float64 { return &s.Model.Decay }),
	"testRatio":  numF(func(s *session.Settings) *float64 { return &s.TestRatio }),
	"validRatio": numF(func(s *session.Settings) *float64 { return &s.ValidRatio }),
	"patience": {num(nil, func(s *session.Settings) *int { return &s.Stop.Patience }),
		setInt(func(s *session.Settings) *int { return &s.Stop.Patience })},
	"maxEpochs": {num(nil, func(s *session.Settings) *int { return &s.Stop.MaxEpochs }),
		setInt(func(s *session.Settings) *int { return &s.Stop.MaxEpochs })},
	"restoreBest": {func(s *session.Settings) (string, float64) { return strconv.FormatBool(s.Stop.RestoreBest), math.NaN() },
		func(s *session.Settings, v string) error {
			b, err := strconv.ParseBool(v)
			if err != nil {
				return fmt.Errorf("guide: %q is not true or false", v)
			}
			s.Stop.RestoreBest = b
			return nil
		}},
	"batch": {num(nil, func(s *session.Settings) *int { return &s.Model.BatchSize }),
		setInt(func(s *session.Settings) *int { return &s.Model.BatchSize })},
}

// Settable returns the names of the settings a lesson may set or check,
// sorted.
func Settable() []string {
	var names []string
	for n := range settable {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Get returns the setting called name of s as text ("0.03", "adam",
// "8,8") and, for a number, its value (NaN for text). The model's
// defaults are filled in: a learning rate left at 0 reads 0.03.
func Get(s *session.Settings, name string) (text string, value float64, err error) {
	st, ok := settable[name]
	if !ok {
		return "", math.NaN(), fmt.Errorf("guide: no setting is called %q", name)
	}
	text, value = st.get(s)
	return text, value, nil
}

// Set sets the setting called name of s to the value written as text:
// a number, a name ("adam", "relu", "none", "fill") or, for hidden, the
// layer widths separated by commas ("8,8"; "" for none). It returns an
// error for an unknown name, a setting that is only read (layers, units)
// or a value that is not one.
func Set(s *session.Settings, name, value string) error {
	st, ok := settable[name]
	if !ok {
		return fmt.Errorf("guide: no setting is called %q", name)
	}
	if st.set == nil {
		return fmt.Errorf("guide: setting %q is only read", name)
	}
	return st.set(s, value)
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// parseNum reads a finite number.
func parseNum(v string) (float64, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || !finite(f) {
		return 0, fmt.Errorf("guide: %q is not a number", v)
	}
	return f, nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// numF is a float setting.
func numF(p func(*session.Settings) *float64) setting {
	return setting{num(p, nil), setFloat(p)}
}

// num returns a getter of a float (pf) or an int (pi) field.
func num(pf func(*session.Settings) *float64, pi func(*session.Settings) *int) func(*session.Settings) (string, float64) {
	return func(s *session.Settings) (string, float64) {
		if pi != nil {
			v := *pi(s)
			return strconv.Itoa(v), float64(v)
		}
		v := *pf(s)
		return fmtNum(v), v
	}
}

func setFloat(p func(*session.Settings) *float64) func(*session.Settings, string) error {
	return func(s *session.Settings, v string) error {
		f, err := parseNum(v)
		if err != nil {
			return err
		}
		if f < 0 {
			return fmt.Errorf("guide: %q is negative", v)
		}
		*p(s) = f
		return nil
	}
}

func setInt(p func(*session.Settings) *int) func(*session.Settings, string) error {
	return func(s *session.Settings, v string) error {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < 0 || n > 1<<20 {
			return fmt.Errorf("guide: %q is not a count", v)
		}
		*p(s) = n
		return nil
	}
}

// enumSetting reads and writes an enum field by its name (the field's
// String and UnmarshalText, via the parsers).
func enumSetting(p func(*session.Settings) any) setting {
	return setting{
		get: func(s *session.Settings) (string, float64) { return fmt.Sprint(p(s)), math.NaN() },
		set: func(s *session.Settings, v string) error { return setEnum(p(s), v) },
	}
}

// setEnum parses v into the enum pointed to by f.
func setEnum(f any, v string) error {
	var err error
	switch f := f.(type) {
	case *nn.Activation:
		*f, err = nn.ParseActivation(v)
	case *nn.OptimizerKind:
		*f, err = nn.ParseOptimizer(v)
	case *nn.LossKind:
		*f, err = nn.ParseLoss(v)
	case *nn.InitKind:
		*f, err = nn.ParseInit(v)
	case *data.Norm:
		*f, err = data.ParseNorm(v)
	case *data.Missing:
		*f, err = data.ParseMissing(v)
	default:
		panic(fmt.Sprintf("guide: enum %T", f))
	}
	return err
}

func getHidden(s *session.Settings) (string, float64) {
	w := make([]string, len(s.Model.Hidden))
	for i, u := range s.Model.Hidden {
		w[i] = strconv.Itoa(u)
	}
	return strings.Join(w, ","), math.NaN()
}

func setHidden(s *session.Settings, v string) error {
	var h []int
	for f := range strings.SplitSeq(v, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > 256 {
			return fmt.Errorf("guide: hidden layers %q: use widths of 1 to 256 separated by commas", v)
		}
		h = append(h, n)
	}
	if len(h) > 32 {
		return fmt.Errorf("guide: %d hidden layers", len(h))
	}
	s.Model.Hidden = h
	return nil
}
