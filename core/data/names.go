package data

import (
	"slices"
	"strconv"

	"github.com/nnplayground/playground/core/internal/enum"
)

// uniqueNames returns the column names of a header: an empty name becomes
// "col" and its 1-based number, and a name seen before gets the first free
// suffix "_2", "_3", …. Each name remembers its last suffix, so that n
// equal names take linear time, not quadratic.
func uniqueNames(header []string) []string {
	names := make([]string, len(header))
	seen := make(map[string]bool, len(header))
	next := make(map[string]int) // base name → the next suffix to try
	for c, name := range header {
		if name == "" || seen[name] {
			base := name
			if base == "" {
				base = "col" + strconv.Itoa(c+1)
			}
			name = base
			k := max(next[base], 2)
			for seen[name] {
				name = base + "_" + strconv.Itoa(k)
				k++
			}
			next[base] = k
		}
		seen[name] = true
		names[c] = name
	}
	return names
}

var (
	kindNames    = [...]string{Numeric: "numeric", Categorical: "categorical", Timestamp: "timestamp"}
	taskNames    = [...]string{Regression: "regression", Binary: "binary", Multiclass: "multiclass"}
	missingNames = [...]string{DropRows: "drop", FillMean: "fill", Impute: "impute"}
	normNames    = [...]string{ZScore: "zscore", MinMax: "minmax", NoNorm: "none"}
	derivedNames = [...]string{Square: "square", Product: "product", Sin: "sin", Cos: "cos"}
)

func (k Kind) String() string        { return name(kindNames[:], int(k)) }
func (t Task) String() string        { return name(taskNames[:], int(t)) }
func (m Missing) String() string     { return name(missingNames[:], int(m)) }
func (n Norm) String() string        { return name(normNames[:], int(n)) }
func (d DerivedKind) String() string { return name(derivedNames[:], int(d)) }

// NormNames returns the normalizations' names in order, as ParseNorm
// reads them.
func NormNames() []string { return slices.Clone(normNames[:]) }

// MissingNames returns the missing-value policies' names in order, as
// ParseMissing reads them.
func MissingNames() []string { return slices.Clone(missingNames[:]) }

func name(names []string, i int) string { return enum.Name(names, i) }

func parse(names []string, what, s string) (int, error) { return enum.Index(names, "data", what, s) }

// ParseNorm returns the normalization named s ("zscore", "minmax", "none").
func ParseNorm(s string) (Norm, error) {
	i, err := parse(normNames[:], "normalization", s)
	return Norm(i), err
}

// ParseMissing returns the missing-value policy named s ("drop", "fill",
// "impute").
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
