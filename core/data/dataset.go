package data

// Kind is the inferred type of a column.
type Kind int

const (
	Numeric     Kind = iota // every present cell is a finite number (stray words are cell errors)
	Categorical             // text labels
	// Timestamp is a Preprocessor column of dates or times (Spec.Auto),
	// Categorical in its Table.
	Timestamp
)

// Task is what the target column asks of a model.
type Task int

const (
	Regression Task = iota // numeric target, one linear output
	Binary                 // two classes, one sigmoid output, Y is 0 or 1
	Multiclass             // three or more classes, softmax output, Y one-hot
)

// Missing says what Prepare does with rows that have a missing value.
type Missing int

const (
	DropRows Missing = iota // drop the row (default), counted in Dataset.Dropped
	FillMean                // fill numeric cells with the training mean, categorical with the training mode
	// Impute fills a numeric cell with the training rows' median and adds
	// a missing-indicator input to a column missing in at least
	// IndicatorShare of the rows; a categorical cell becomes the category
	// "(missing)". Only rows without a target are dropped. With Spec.Auto
	// a column missing in more than half the rows is left out.
	Impute
)

// Norm is a normalization of the inputs, fitted on the training split only.
type Norm int

const (
	ZScore Norm = iota // (x - mean) / std; a constant column gets scale 1
	MinMax             // (x - min) / (max - min); a constant column gets scale 1
	NoNorm             // identity
)

// DerivedKind names a derived input feature.
type DerivedKind int

const (
	Square  DerivedKind = iota // A²
	Product                    // A·B
	Sin                        // sin(A)
	Cos                        // cos(A)
)

// Derived is an extra input computed from numeric feature columns before
// normalization. A and B are column names; B is used by Product only.
type Derived struct {
	Kind DerivedKind `json:"kind"`
	A    string      `json:"a"`
	B    string      `json:"b,omitempty"`
}

// Spec says how a Table becomes a Dataset.
type Spec struct {
	Target    string    // target column name; "" means the last column
	Ignore    []string  // columns that are neither features nor target
	AsClasses bool      // treat a numeric target as class labels (e.g. 0/1/2)
	Missing   Missing   // DropRows or FillMean
	Derived   []Derived // extra inputs
	TestRatio float64   // fraction of rows held out, in [0, 0.9]; 0 means no test set
	// ValidRatio is the fraction of the training rows held out for
	// validation, in [0, 0.5]; 0 means no validation split. The rows are
	// drawn after the test split, seeded by Seed and stratified by class
	// for classification; the normalization is fitted on the rows left
	// for training.
	ValidRatio float64
	Norm       Norm   // input normalization
	Seed       uint64 // seeds the shuffle of the split

	// SplitColumn optionally names a column whose values are "train" or
	// "test"; it then chooses each row's split instead of TestRatio and is
	// never a feature (the tutorial's fixed test points use it).
	SplitColumn string

	// Auto turns on the rules for tables as they come (settings version
	// 3): identifier, name and (with Impute) mostly empty columns are left
	// out unless named in Use; timestamps become numbers; a categorical
	// input keeps its MaxKept most frequent values plus "(other)"; a
	// numeric target of few whole numbers is classes unless AsNumbers.
	Auto      bool
	Use       []string // columns the Auto rules would leave out, used
	AsNumbers bool     // with Auto: a whole-number target stays a number
	// Clock, with Auto, reads a column of times of day without a date
	// (14:30, 2:30 PM) as a Timestamp: one input, the time in days
	// (settings version 4; version 3 keeps such a column categorical).
	Clock bool
	// Leaks looks for a feature that alone gives the target on the
	// training rows and names it in a "leak" note (pasted tables of
	// settings version 3; a built-in set's clean clusters would be named).
	Leaks bool
}

// Split is one part of a Dataset: N rows, X row-major N×Dim, Y row-major N×Out.
// For Regression Y is the normalized target; for Binary 0 or 1; for
// Multiclass one-hot.
type Split struct {
	N int
	X []float64
	Y []float64

	Rows []int // the Table row (0-based) of each of the N rows, ascending
}

// Dataset is a Table made ready for training.
type Dataset struct {
	Task    Task
	Target  string   // target column name
	Inputs  []string // names of the Dim model inputs after one-hot and derived features
	Classes []string // class names, sorted; nil for Regression
	Dim     int      // number of inputs
	Out     int      // 1 for Regression and Binary, len(Classes) for Multiclass
	Train   Split
	Test    Split
	Valid   Split // carved from the training rows (Spec.ValidRatio); N is 0 when there is none
	Rows    int   // rows in the table
	Dropped int   // rows dropped for missing values
	Prep    *Preprocessor
	Notes   []Note // what the Auto rules and Impute did, column by column
}

// Note says what Prepare did to a column, for the summary: Kind names it
// ("left-out-empty", "left-out-id", "left-out-name", "left-out-time", "timestamp",
// "imputed", "indicator", "top-k", "leak", "as-classes"), Name the column.
// N, Of and Value are the numbers and words of each kind (see doc.go).
type Note struct {
	Kind  string
	Name  string
	N, Of int
	Value string
}
