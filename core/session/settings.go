package session

import (
	"strings"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// Version is the version of the Settings format. Version 2: an empty
// Target of a pasted table means data.DefaultTarget (a column named like a
// label, else the last column that is not a year, an id or a row counter);
// in version 1 it means the last column, and still does for those
// settings. Version 3 turns on the table rules of data.Spec.Auto: the
// target guessed (by data.GuessTargetV3), identifiers, names and mostly empty
// columns left out (Use brings them back), timestamps as numbers, the most
// frequent categories plus "other", whole-number targets with few values
// as classes (AsNumbers undoes it) and the leak check. Version 4 guesses
// the target by data.GuessTarget, which weighs the last column as much as
// a name (version 3's guess is data.GuessTargetV3), and reads a column of
// times of day as one input (data.Spec.Clock). Settings of earlier
// versions build as they did.
const Version = 4

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

	Target string   `json:"target,omitempty"` // "" = data.GuessTarget (version 4), data.GuessTargetV3 (version 3), data.DefaultTarget (version 2), the last column (version 1)
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
	// (view.NewDecisionMap) of a table with more than two inputs; empty:
	// the two most important (view.MapAxes). A view setting: changing
	// it keeps the network (Tunable).
	MapX string `json:"mapX,omitempty"`
	MapY string `json:"mapY,omitempty"`

	Lang string `json:"lang,omitempty"` // "en" or "zh"
}

// DefaultValidRatio and DefaultStop are the validation share and stop
// rules that WithStopDefaults gives a loaded table of settings version 1
// or 2: 30 % of the training rows for validation, and early stopping after
// 20 epochs without a new lowest validation loss, restoring the best
// weights. On ten pima-like tables (768 rows, 8 inputs; TestTableDefaults)
// they bring the starting network's mean test accuracy from 0.702 after
// 1,000 epochs to 0.729, that of a logistic regression.
const DefaultValidRatio = 0.3

// DefaultStop returns the stop rules of WithStopDefaults for settings of
// version 1 or 2.
func DefaultStop() nn.StopRules { return nn.StopRules{Patience: 20, RestoreBest: true} }

// The stop defaults of version 3 (TableStop, TableValidRatio), measured on
// iris, penguins, diabetes, geyser, healthexp, car_crashes and three
// pima-like and three mileage-like tables, each with the starting network
// and with 16 hidden units and Adam (docs/stop-rules.md,
// TestMeasureStop):
//
//   - Patience 20 epochs, growing to a quarter of the epochs trained
//     (TablePatienceShare): a run of 400 epochs waits 100 for a new
//     lowest loss, so noise in a small validation split does not end a
//     long run;
//   - no early stop before TableMinUpdates batch updates: a table of 51
//     rows has 3 batches an epoch, so 20 epochs were 60 updates, and the
//     16-unit Adam network on mileage-like tables stopped at epochs 27 to
//     49, before it had fit (now 84);
//   - an improvement counts only when it is more than TableMinDelta of the
//     starting loss: a nearly separable table (geyser) otherwise never
//     stopped, its loss falling by ever smaller steps for 20,000 epochs.
//
// With the version-2 rules the worst table ended 0.129 below the linear
// model's test metric (car_crashes, starting network) and 0.043 (diabetes,
// 16 units, Adam); with these, 0.055 (diabetes) and 0.031 (diabetes); the
// mean difference did not improve (docs/stop-rules.md has every table). On
// geyser and pima-like 1 and 2 no epoch of the run was above the linear
// model; on diabetes and pima-like 3 some were, but a validation split of
// 40–80 rows does not find them: that needs a regularized network rather
// than a later stop.
const (
	TablePatience      = 20
	TablePatienceShare = 0.25
	TableMinDelta      = 0.001
	// TableMinUpdates is the least training, in batch updates, before
	// early stopping may end a run on a table of version 3 settings.
	TableMinUpdates = 2000
)

// TableStop returns the stop rules of WithStopDefaults for settings of
// version 3 and later.
func TableStop() nn.StopRules {
	return nn.StopRules{Patience: TablePatience, PatienceShare: TablePatienceShare, MinUpdates: TableMinUpdates, MinDelta: TableMinDelta, RestoreBest: true}
}

// TableValidShare and TableValidRows size the validation split of
// version 3: 15 % of the training rows, at most 2,000 rows. On the tables
// above a share of 0.1, 0.15, 0.2 and 0.3 gave the worst differences to
// the linear model of −0.077, −0.055, −0.071 and −0.130 (both networks):
// a small table needs its rows for training more than a precise
// validation loss. 2,000 rows measure an accuracy to about ±1 % (one
// standard error), enough to compare two epochs; the rest of a large
// table trains.
const (
	TableValidShare = 0.15
	TableValidRows  = 2000
)

// TableValidRatio returns the validation share of version 3 for a table of
// rows data rows of which testRatio are held out for testing.
func TableValidRatio(rows int, testRatio float64) float64 {
	train := float64(rows) * (1 - testRatio)
	if train*TableValidShare <= TableValidRows {
		return TableValidShare
	}
	return float64(TableValidRows) / train
}

// WithStopDefaults returns s with a validation share and early stopping
// when it has neither, so that pressing Train on a loaded table does not
// end worse than a linear model because it trained too long: for settings
// of version 3, TableValidRatio of the table's rows and TableStop; for
// versions 1 and 2, DefaultValidRatio and DefaultStop. Settings that
// already hold a validation share or a stop rule are returned unchanged.
func WithStopDefaults(s Settings) Settings {
	if s.ValidRatio != 0 || s.Stop != (nn.StopRules{}) {
		return s
	}
	if s.Version < 3 {
		s.ValidRatio, s.Stop = DefaultValidRatio, DefaultStop()
		return s
	}
	text, err := s.DataText()
	if err != nil {
		text = ""
	}
	s.ValidRatio, s.Stop = TableValidRatio(countRows(text), s.TestRatio), TableStop()
	return s
}

// countRows returns the number of data rows of a table's text: its lines
// that are not blank, less the header. A quoted cell across lines counts
// more than once, which only makes the validation share a little smaller.
func countRows(text string) int {
	n := 0
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if strings.TrimSpace(line) != "" {
			n++
		}
	}
	return max(n-1, 0)
}
