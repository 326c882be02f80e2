package session

import (
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// Version is the version of the Settings format. Version 2: an empty
// Target of a pasted table means data.DefaultTarget (a column named like a
// label, else the last column that is not a year, an id or a row counter);
// in version 1 it means the last column, and still does for those
// settings.
const Version = 2

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

	Target      string         `json:"target,omitempty"` // "" = data.DefaultTarget (version 2), the last column (version 1)
	Ignore      []string       `json:"ignore,omitempty"`
	AsClasses   bool           `json:"asClasses,omitempty"`
	Missing     data.Missing   `json:"missing,omitempty"`
	Derived     []data.Derived `json:"derived,omitempty"`
	TestRatio   float64        `json:"testRatio"`
	Norm        data.Norm      `json:"norm,omitempty"`
	SplitColumn string         `json:"splitColumn,omitempty"`

	Model nn.Config `json:"model"` // Model.Seed seeds the split, and the initialisation and the batches unless TrainSeed does

	// TrainSeed, when not 0, seeds the initialisation and the batch order
	// instead of Model.Seed, which then seeds only the data and the split.
	// An exercise sets it from the student's name (rules.StudentSeed).
	TrainSeed uint64 `json:"trainSeed,omitempty"`

	Lang string `json:"lang,omitempty"` // "en" or "zh"
}
