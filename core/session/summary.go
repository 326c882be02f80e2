package session

import "github.com/nnplayground/playground/core/nn"

// What the page shows of a built session besides its drawings (package
// view): Summary (with its Notes) describes the loaded data, Baseline the
// linear model beside the network, Explosion a training that blew up. The
// messages that carry them between the trainer worker and the page are
// core/wire's.

// Note is one of Summary's warnings in parts, for the page to word in its
// language; String words it in English.
type Note struct {
	// Kind is "cell" (a cell that is not a number: Code, Line, Column,
	// Name the cell), "more-cells" (N more such cells), "formatted",
	// "empty" or "counts-rows" (Name a column), or "many-values" (Name a
	// column with N different values in Of rows); "did-you-mean" (Name a
	// close runner-up of the guessed target); or, from version 3's table
	// rules (data.Note), "left-out-empty" (N of Of rows empty),
	// "left-out-id" and "left-out-name" (N values in Of rows),
	// "left-out-time" (dates with another value, quoted in Value),
	// "timestamp" (N inputs, listed in Value), "imputed" (N of Of rows
	// filled with Value), "indicator" (N of Of rows missing), "top-k" (N
	// kept of Of values), "leak", "as-classes" (N classes).
	Kind   string `json:"kind"`
	Code   string `json:"code,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	Name   string `json:"name,omitempty"`
	N      int    `json:"n,omitempty"`
	Of     int    `json:"of,omitempty"`
	// Value is a number or word the note quotes: the median or category
	// that filled a column ("28", "(missing)"), a timestamp's inputs
	// ("days, hour, weekday").
	Value string `json:"value,omitempty"`
	// Action is what the note's one button does: "" (no button), "use"
	// (append Name to Settings.Use), "ignore" (append Name to
	// Settings.Ignore), "target" (set Settings.Target to Name), "numbers"
	// (set Settings.AsNumbers).
	Action string `json:"action,omitempty"`
}

// Summary describes loaded data for the preview and the summary line.
type Summary struct {
	Text    string     `json:"text"` // e.g. "344 rows, dropped 11 with missing values; 7 inputs; 3 classes"
	Rows    int        `json:"rows"`
	Dropped int        `json:"dropped"`
	Train   int        `json:"train"`
	Test    int        `json:"test"`
	Valid   int        `json:"valid,omitempty"` // validation rows, carved from the training rows (not counted in Train)
	Task    string     `json:"task"`            // data.Task.String: "regression", "binary", "multiclass"
	Columns []string   `json:"columns"`
	Kinds   []string   `json:"kinds"` // "numeric" or "categorical", per column
	Target  string     `json:"target"`
	Inputs  []string   `json:"inputs"`
	Classes []string   `json:"classes,omitempty"`
	Preview [][]string `json:"preview"`         // first rows, as text
	Notes   []Note     `json:"notes,omitempty"` // the warnings about the data, in parts (Note.English words one in English)
	// Features are the input columns as a row typed in by the user gives
	// them (view.PrepareRow), with their categories when categorical.
	Features []Feature `json:"features,omitempty"`
	// Linear is the linear model fitted to the same training rows, the
	// reference the network's test metric is shown beside
	// (Session.Linear). The trainer worker fits it right after a load and
	// sends it in wire.Reference, which the page puts here. Nil when there
	// is no test split or the fit failed.
	Linear *Baseline `json:"linear,omitempty"`
}

// Baseline is a linear model's score on the test split (core/baseline):
// ridge regression (R²) for a number, logistic regression (accuracy) for
// two classes, one logistic regression per class (one-vs-rest) for more.
type Baseline struct {
	Model  string  `json:"model"`  // "ridge", "logistic" or "logistic-ovr"
	Metric string  `json:"metric"` // "r2" or "accuracy", as the network's
	Test   float64 `json:"test"`   // the metric on the test rows
	Train  float64 `json:"train"`  // and on the training rows it was fitted to
}

// Feature is an input column of the table: its name and, for a categorical
// column, the categories seen in training (nil for a numeric one).
type Feature struct {
	Name       string   `json:"name"`
	Categories []string `json:"categories,omitempty"`
}

// Explosion is nn.ExplodedError in parts: the epoch that blew up, what
// ("loss-rose", "loss-grew", "weights", "gradient") and how far, the last
// good epoch the coach can go back to, the learning rate, whether clipping
// was on, and the largest prepared input (far above a few: not normalized).
type Explosion struct {
	Epoch        int     `json:"epoch"`
	Why          string  `json:"why"`
	Value        float64 `json:"value"`
	Limit        float64 `json:"limit"`
	LastGood     int     `json:"lastGood"`
	LearningRate float64 `json:"lr"`
	Clipped      bool    `json:"clipped,omitempty"`
	InputMax     float64 `json:"inputMax,omitempty"`
}

// NewExplosion returns e in parts.
func NewExplosion(e *nn.ExplodedError) *Explosion {
	return &Explosion{Epoch: e.Epoch, Why: e.Why.String(), Value: e.Value, Limit: e.Limit, LastGood: e.LastGood,
		LearningRate: e.LearningRate, Clipped: e.Clipped, InputMax: e.InputMax}
}
