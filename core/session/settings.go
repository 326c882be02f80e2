package session

import (
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// Version is the version of the Settings format. Version 2: an empty
// Target of a pasted table means data.DefaultTarget (a column named like a
// label, else the last column that is not a year, an id or a row counter);
// in version 1 it means the last column, and still does for those
// settings. Version 3 turns on the table rules of data.Spec.Auto: the
// target guessed by data.GuessTarget, identifiers, names and mostly empty
// columns left out (Use brings them back), timestamps as numbers, the most
// frequent categories plus "other", whole-number targets with few values
// as classes (AsNumbers undoes it) and the leak check. Settings of
// versions 1 and 2 build as they did.
const Version = 3

// Settings is everything a user can choose on the page: the data, the roles
// of its columns, its preparation, the network and its training, and the
// language. It is what a link or a session file carries.
type Settings struct {
	Version int `json:"v"`

	// Dataset names a built-in or generated dataset (see datasets.Names);
	// empty means the pasted Text.
	Dataset string  `json:"dataset,omitempty"`
	Points  int     `json:"points,omitempty"` // generated sets: number of points
	Noise   float64 `json:"noise,omitempty"`  // generated sets: noise, 0..1
	Text    string  `json:"text,omitempty"`   // pasted table

	Target string   `json:"target,omitempty"` // "" = data.DefaultTarget (version 2), the last column (version 1)
	Ignore []string `json:"ignore,omitempty"`
	// Use names columns the user brought back that the version-3 rules
	// would leave out (an identifier, a name, a mostly empty column).
	Use         []string       `json:"use,omitempty"`
	AsNumbers   bool           `json:"asNumbers,omitempty"` // version 3: a whole-number target with few values stays a number (regression)
	AsClasses   bool           `json:"asClasses,omitempty"`
	Missing     data.Missing   `json:"missing,omitempty"`
	Derived     []data.Derived `json:"derived,omitempty"`
	TestRatio   float64        `json:"testRatio"`
	Norm        data.Norm      `json:"norm,omitempty"`
	SplitColumn string         `json:"splitColumn,omitempty"`
	// ValidRatio is the share of the training rows held out for
	// validation (0 to 0.5; 0 = none), drawn with the seed, stratified by
	// class. Early stopping watches its loss.
	ValidRatio float64 `json:"validRatio,omitempty"`

	Model nn.Config `json:"model"` // Model.Seed seeds the split, and the initialisation and the batches unless TrainSeed does

	// TrainSeed, when not 0, seeds the initialisation and the batch order
	// instead of Model.Seed, which then seeds only the data and the split.
	// An exercise sets it from the student's name (rules.StudentSeed).
	TrainSeed uint64 `json:"trainSeed,omitempty"`

	// Stop says when training stops on its own: early stopping with
	// patience (restoring the best weights), a target loss or metric, an
	// epoch limit. Left out of JSON when no rule is on.
	Stop nn.StopRules `json:"stop,omitzero"`

	// MapX and MapY name the input columns on the decision map's axes
	// (Session.DecisionMap) of a table with more than two inputs; empty:
	// the two most important (Session.MapAxes). A view setting: changing
	// it keeps the network (Tunable).
	MapX string `json:"mapX,omitempty"`
	MapY string `json:"mapY,omitempty"`

	Lang string `json:"lang,omitempty"` // "en" or "zh"
}

// DefaultValidRatio and DefaultStop are the validation share and stop
// rules that WithStopDefaults gives a loaded table: 30 % of the training
// rows for validation, and early stopping after 20 epochs without a new
// lowest validation loss, restoring the best weights. On ten pima-like
// tables (768 rows, 8 inputs; TestTableDefaults) they bring the starting
// network's mean test accuracy from 0.702 after 1,000 epochs to 0.729,
// that of a logistic regression.
const DefaultValidRatio = 0.3

// DefaultStop returns the stop rules of WithStopDefaults.
func DefaultStop() nn.StopRules { return nn.StopRules{Patience: 20, RestoreBest: true} }

// WithStopDefaults returns s with a validation share and early stopping
// (DefaultValidRatio, DefaultStop) when it has neither, so that pressing
// Train on a loaded table does not end worse than a linear model because
// it trained too long. Settings that already hold a validation share or a
// stop rule are returned unchanged.
func WithStopDefaults(s Settings) Settings {
	if s.ValidRatio == 0 && s.Stop == (nn.StopRules{}) {
		s.ValidRatio, s.Stop = DefaultValidRatio, DefaultStop()
	}
	return s
}

// TableMinUpdates is the least training, in batch updates, before early
// stopping may end a run on a table of version 3 settings.
const TableMinUpdates = 2000
