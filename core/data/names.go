package data

import "github.com/nnplayground/playground/core/internal/enum"

var (
	kindNames    = [...]string{Numeric: "numeric", Categorical: "categorical"}
	taskNames    = [...]string{Regression: "regression", Binary: "binary", Multiclass: "multiclass"}
	missingNames = [...]string{DropRows: "drop", FillMean: "fill"}
	normNames    = [...]string{ZScore: "zscore", MinMax: "minmax", NoNorm: "none"}
	derivedNames = [...]string{Square: "square", Product: "product", Sin: "sin", Cos: "cos"}
)

func (k Kind) String() string        { return name(kindNames[:], int(k)) }
func (t Task) String() string        { return name(taskNames[:], int(t)) }
func (m Missing) String() string     { return name(missingNames[:], int(m)) }
func (n Norm) String() string        { return name(normNames[:], int(n)) }
func (d DerivedKind) String() string { return name(derivedNames[:], int(d)) }

func name(names []string, i int) string { return enum.Name(names, i) }

func parse(names []string, what, s string) (int, error) { return enum.Index(names, "data", what, s) }

// ParseNorm returns the normalization named s ("zscore", "minmax", "none").
func ParseNorm(s string) (Norm, error) {
	i, err := parse(normNames[:], "normalization", s)
	return Norm(i), err
}

// ParseMissing returns the missing-value policy named s ("drop", "fill").
func ParseMissing(s string) (Missing, error) {
	i, err := parse(missingNames[:], "missing-value policy", s)
	return Missing(i), err
}

// ParseDerivedKind returns the derived feature kind named s ("square",
// "product", "sin", "cos").
func ParseDerivedKind(s string) (DerivedKind, error) {
	i, err := parse(derivedNames[:], "derived feature", s)
	return DerivedKind(i), err
}
