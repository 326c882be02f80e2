package session

import (
	"math"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
)

// Setting declares one setting of Settings once, for everything that
// reads, writes, checks, locks or shows it: link and file validation
// (CheckBounds), the command line's flags, the page's fields, the lesson
// engine's names (core/exercise/guide), an exercise's locks
// (core/exercise/rules), what changes live (Tunable) and the settings
// table of the docs (docs/settings.md, written from Table). It is
// TensorFlow Playground's state.ts PROPS table, in Go.
type Setting struct {
	// Name is the setting's JSON name, which lessons and an exercise's
	// locks use too ("lr", "testRatio").
	Name string
	// Path is where it is in the settings' JSON ("model.lr").
	Path string
	// What names it in English messages ("learning rate").
	What string
	// Field returns a pointer to the setting's field of s: *float64,
	// *int, *uint64, *bool, *string, *[]string, *[]int, an enum of nn or
	// data, or *[]data.Derived. It is the setting's get and set.
	Field func(s *Settings) any

	// Min and Max bound a number (inclusive unless MinOpen or MaxOpen;
	// Max is NoMax when there is no upper bound). A value of 0 is also
	// valid when ZeroOK: it means the default ("lr": 0.03) or off.
	Min, Max         float64
	MinOpen, MaxOpen bool
	ZeroOK           bool
	// When, if not nil, says whether the setting applies to s; its bounds
	// are checked only then (points: generated datasets only).
	When func(s *Settings) bool
	// Default is its value in Default, as SetText reads it; "" is the
	// zero value.
	Default string

	Lock   Lock   // whether an exercise may lock it
	Live   bool   // a change keeps the running network (Tunable); otherwise a new one is built
	Lesson Access // what a lesson may do with it (guide.Get, guide.Set)

	// Flag is its nnplay flag ("learning-rate"); "" when it has none.
	Flag string
	// Control is the id of the page's control that changes it ("" when
	// it has none); Label is the catalog key (web/catalog.go) of that
	// control's label, and Noun the catalog key naming the setting in a
	// list or a sentence (the exercise editor's locks: "lock-lr").
	Control, Label, Noun string
	// Doc says what it is, in one line of English (the flag's usage, the
	// docs' table).
	Doc string
}

// Lock says whether an exercise locks a setting.
type Lock int

const (
	Free     Lock = iota // never locked: a stop rule, a view, the language
	Lockable             // a teacher may lock it (rules.Lockable)
	Fixed                // always locked: every student shares it with the exercise (rules.Fixed)
)

// Access is what a lesson may do with a setting.
type Access int

const (
	NoAccess Access = iota
	Read            // a lesson may check it
	Write           // a lesson may check and set it
)

// NoMax is the Max of a setting without an upper bound.
const NoMax = math.MaxFloat64

const inf = NoMax

func isGenerated(s *Settings) bool {
	in, _ := datasets.Lookup(s.Dataset)
	return in.Generated
}

// Table declares every setting a user chooses, in the order of the
// settings' JSON. Programs read it; only tests change it (to show that a
// bound moved here moves everywhere). Its entries are constants and
// functions, so that the compiler lays it out as data: a program that
// does not read it (the trainer's worker) does not link it.
var Table = []Setting{
	{Name: "dataset", Path: "dataset", What: "dataset", Field: func(s *Settings) any { return &s.Dataset },
		Default: "circle", Lock: Fixed, Lesson: Read, Flag: "dataset", Control: "dataset-select", Label: "dataset", Noun: "lock-dataset",
		Doc: "built-in dataset: circle, xor, gauss, spiral, reg-plane, reg-gauss, tutorial, iris, penguins, diabetes (empty: the pasted table)"},
	{Name: "points", Path: "points", What: "points", Field: func(s *Settings) any { return &s.Points },
		Default: "300", Min: 4, Max: datasets.MaxPoints, ZeroOK: true, When: isGenerated,
		Lock: Fixed, Lesson: Write, Flag: "points", Control: "points", Label: "points", Noun: "lock-points",
		Doc: "generated datasets: number of points (0 = the dataset's default)"},
	{Name: "noise", Path: "noise", What: "noise", Field: func(s *Settings) any { return &s.Noise },
		Min: 0, Max: 1, When: func(s *Settings) bool { return s.Dataset != "" },
		Lock: Fixed, Lesson: Write, Flag: "noise", Control: "noise", Label: "noise", Noun: "lock-noise",
		Doc: "generated datasets: noise (0.5 is already very noisy)"},
	{Name: "text", Path: "text", What: "pasted table", Field: func(s *Settings) any { return &s.Text },
		Lock: Fixed, Noun: "lock-text",
		Doc: "the pasted table, as CSV or TSV text"},
	{Name: "target", Path: "target", What: "target column", Field: func(s *Settings) any { return &s.Target },
		Lock: Fixed, Flag: "target", Control: "target-select", Label: "target", Noun: "lock-target",
		Doc: "target column (default: data.GuessTarget's guess from names and content: never an id, a name or a timestamp; an outcome word such as survived, label or price, two values, …)"},
	{Name: "ignore", Path: "ignore", What: "ignored columns", Field: func(s *Settings) any { return &s.Ignore },
		Lock: Fixed, Flag: "ignore", Noun: "lock-ignore",
		Doc: "comma-separated columns that are not inputs"},
	{Name: "use", Path: "use", What: "columns to use", Field: func(s *Settings) any { return &s.Use },
		Flag: "use",
		Doc:  "comma-separated columns to use that the table rules leave out (an id, a name, a mostly empty column)"},
	{Name: "asNumbers", Path: "asNumbers", What: "target as numbers", Field: func(s *Settings) any { return &s.AsNumbers },
		Flag: "as-numbers",
		Doc:  "treat a target of few whole numbers as a number (regression), not as classes"},
	{Name: "asClasses", Path: "asClasses", What: "target as classes", Field: func(s *Settings) any { return &s.AsClasses },
		Lock: Fixed, Flag: "as-classes", Control: "as-classes", Label: "as-classes",
		Doc: "treat a numeric target as class labels"},
	{Name: "missing", Path: "missing", What: "missing-value policy", Field: func(s *Settings) any { return &s.Missing },
		Default: "impute", Lock: Fixed, Lesson: Write, Flag: "missing", Control: "missing", Label: "missing", Noun: "lock-missing",
		Doc: "missing values: impute (training median, a (missing) category, missing indicators; drops only rows without a target), drop (the row) or fill (training mean or mode)"},
	{Name: "derived", Path: "derived", What: "derived inputs", Field: func(s *Settings) any { return &s.Derived },
		Lock: Lockable, Noun: "lock-derived",
		Doc: "inputs computed from numeric columns (x², x·y, sin x, cos x)"},
	{Name: "testRatio", Path: "testRatio", What: "test ratio", Field: func(s *Settings) any { return &s.TestRatio },
		Default: "0.3", Min: 0, Max: data.MaxTestRatio,
		Lock: Fixed, Lesson: Write, Flag: "test-ratio", Control: "test-ratio", Label: "test-ratio",
		Doc: "fraction of rows held out for testing"},
	{Name: "norm", Path: "norm", What: "normalization", Field: func(s *Settings) any { return &s.Norm },
		Lock: Lockable, Lesson: Write, Flag: "normalization", Control: "norm", Label: "norm", Noun: "lock-norm",
		Doc: "input normalization: zscore, minmax or none"},
	{Name: "splitColumn", Path: "splitColumn", What: "split column", Field: func(s *Settings) any { return &s.SplitColumn },
		Lock: Fixed, Flag: "split-column",
		Doc: `column whose values "train"/"test" choose each row's split`},
	{Name: "validRatio", Path: "validRatio", What: "validation ratio", Field: func(s *Settings) any { return &s.ValidRatio },
		Min: 0, Max: data.MaxValidRatio,
		Lesson: Write, Flag: "valid-ratio", Control: "valid-ratio", Label: "valid-ratio",
		Doc: "fraction of the training rows held out for validation (early stopping watches its loss)"},

	{Name: "hidden", Path: "model.hidden", What: "hidden layers", Field: func(s *Settings) any { return &s.Model.Hidden },
		Default: "4,2", Min: 1, Max: nn.MaxWidth, // each layer's width
		Lock: Lockable, Lesson: Write, Flag: "layers", Control: "layers", Label: "layers", Noun: "lock-hidden",
		Doc: `hidden layer widths, e.g. 8,8 ("" or "none": a linear model)`},
	{Name: "activation", Path: "model.activation", What: "activation", Field: func(s *Settings) any { return &s.Model.Activation },
		Default: "tanh", Lock: Lockable, Lesson: Write, Flag: "activation", Control: "activation", Label: "activation", Noun: "lock-activation",
		Doc: "hidden activation: tanh, relu, leaky-relu, sigmoid or linear"},
	{Name: "loss", Path: "model.loss", What: "loss", Field: func(s *Settings) any { return &s.Model.Loss },
		Lock: Lockable, Lesson: Write, Flag: "loss", Control: "loss", Label: "loss", Noun: "lock-loss",
		Doc: "loss: auto, mse, mae, huber, bce or cce"},
	{Name: "init", Path: "model.init", What: "initialisation", Field: func(s *Settings) any { return &s.Model.Init },
		Lock: Lockable, Lesson: Write, Flag: "init", Control: "init", Label: "init", Noun: "lock-init",
		Doc: "weight initialisation: auto, glorot or he"},
	{Name: "optimizer", Path: "model.optimizer", What: "optimizer", Field: func(s *Settings) any { return &s.Model.Optimizer },
		Default: "sgd", Lock: Lockable, Lesson: Write, Flag: "optimizer", Control: "optimizer", Label: "optimizer", Noun: "lock-optimizer",
		Doc: "optimizer: sgd, momentum, rmsprop or adam"},
	{Name: "lr", Path: "model.lr", What: "learning rate", Field: func(s *Settings) any { return &s.Model.LearningRate },
		Default: "0.03", Min: 0, MinOpen: true, Max: inf, ZeroOK: true,
		Lock: Lockable, Live: true, Lesson: Write, Flag: "learning-rate", Control: "learning-rate", Label: "learning-rate", Noun: "lock-lr",
		Doc: "learning rate (0 = 0.03)"},
	{Name: "momentum", Path: "model.momentum", What: "momentum", Field: func(s *Settings) any { return &s.Model.Momentum },
		Min: 0, Max: 1, MaxOpen: true, ZeroOK: true,
		Lock: Lockable, Live: true, Lesson: Write, Flag: "momentum", Control: "momentum", Label: "momentum", Noun: "lock-momentum",
		Doc: "momentum of the momentum optimizer (0 = 0.9)"},
	{Name: "nesterov", Path: "model.nesterov", What: "Nesterov momentum", Field: func(s *Settings) any { return &s.Model.Nesterov },
		Lock: Lockable, Live: true, Flag: "nesterov", Control: "nesterov", Label: "nesterov", Noun: "lock-nesterov",
		Doc: "Nesterov momentum"},
	{Name: "beta1", Path: "model.beta1", What: "β1", Field: func(s *Settings) any { return &s.Model.Beta1 },
		Min: 0, Max: 1, MaxOpen: true, ZeroOK: true,
		Lock: Lockable, Noun: "lock-beta1",
		Doc: "Adam's β1 (0 = 0.9)"},
	{Name: "beta2", Path: "model.beta2", What: "β2", Field: func(s *Settings) any { return &s.Model.Beta2 },
		Min: 0, Max: 1, MaxOpen: true, ZeroOK: true,
		Lock: Lockable, Noun: "lock-beta2",
		Doc: "β2 of Adam and RMSProp (0 = 0.999, RMSProp: 0.9)"},
	{Name: "eps", Path: "model.eps", What: "ε", Field: func(s *Settings) any { return &s.Model.Epsilon },
		Min: 0, MinOpen: true, Max: inf, ZeroOK: true,
		Lock: Lockable, Noun: "lock-eps",
		Doc: "ε of Adam and RMSProp (0 = 1e-8)"},
	{Name: "batch", Path: "model.batch", What: "batch size", Field: func(s *Settings) any { return &s.Model.BatchSize },
		Default: "10", Min: 0, Max: inf,
		Lock: Lockable, Live: true, Lesson: Write, Flag: "batch-size", Control: "batch-size", Label: "batch-size", Noun: "lock-batch",
		Doc: "rows per batch (0 = full batch)"},
	{Name: "l1", Path: "model.l1", What: "L1 rate", Field: func(s *Settings) any { return &s.Model.L1 },
		Min: 0, Max: inf,
		Lock: Lockable, Live: true, Lesson: Write, Label: "reg-rate", Noun: "lock-l1",
		Doc: "L1 penalty rate (nnplay: -regularization l1 -reg-rate R)"},
	{Name: "l2", Path: "model.l2", What: "L2 rate", Field: func(s *Settings) any { return &s.Model.L2 },
		Min: 0, Max: inf,
		Lock: Lockable, Live: true, Lesson: Write, Label: "reg-rate", Noun: "lock-l2",
		Doc: "L2 penalty rate (nnplay: -regularization l2 -reg-rate R)"},
	{Name: "clip", Path: "model.clip", What: "gradient clipping", Field: func(s *Settings) any { return &s.Model.ClipNorm },
		Min: 0, Max: inf,
		Lock: Lockable, Live: true, Lesson: Write, Flag: "clip", Control: "clip-norm", Label: "clip", Noun: "lock-clip",
		Doc: "clip the gradient norm to this (0 = off)"},
	{Name: "decay", Path: "model.decay", What: "learning-rate decay", Field: func(s *Settings) any { return &s.Model.Decay },
		Min: 0, Max: inf,
		Lock: Lockable, Live: true, Lesson: Write, Flag: "decay", Control: "lr-decay", Label: "decay", Noun: "lock-decay",
		Doc: "learning-rate decay: lr/(1 + decay·epoch)"},
	{Name: "seed", Path: "model.seed", What: "seed", Field: func(s *Settings) any { return &s.Model.Seed },
		Default: "1", Min: 0, Max: inf,
		Lock: Fixed, Flag: "seed", Control: "seed", Label: "seed", Noun: "lock-seed",
		Doc: "seed of the split, the initial weights and the batches"},

	{Name: "patience", Path: "stop.patience", What: "patience", Field: func(s *Settings) any { return &s.Stop.Patience },
		Min: 0, Max: 1e6,
		Lesson: Write, Flag: "patience", Control: "patience", Label: "patience",
		Doc: "early stopping: stop after this many epochs without a new lowest validation loss (training loss without validation); 0 = off"},
	{Name: "patienceShare", Path: "stop.patienceShare", What: "patience share", Field: func(s *Settings) any { return &s.Stop.PatienceShare },
		Min: 0, Max: 10,
		Doc: "early stopping: wait at least this share of the epochs trained (0 = off)"},
	{Name: "minUpdates", Path: "stop.minUpdates", What: "minimum updates", Field: func(s *Settings) any { return &s.Stop.MinUpdates },
		Min: 0, Max: 1e9,
		Doc: "early stopping: no stop before this many batch updates (0 = off)"},
	{Name: "minDelta", Path: "stop.minDelta", What: "minimum improvement", Field: func(s *Settings) any { return &s.Stop.MinDelta },
		Min: 0, Max: 1, MaxOpen: true,
		Doc: "early stopping: the least improvement that counts, as a share of the starting loss (0 = any)"},
	{Name: "restoreBest", Path: "stop.restoreBest", What: "restore the best weights", Field: func(s *Settings) any { return &s.Stop.RestoreBest },
		Lesson: Write, Flag: "restore-best", Control: "restore-best", Label: "restore-best",
		Doc: "when training stops, restore the weights of the epoch with the lowest validation loss"},
	{Name: "targetLoss", Path: "stop.targetLoss", What: "target loss", Field: func(s *Settings) any { return &s.Stop.TargetLoss },
		Min: 0, Max: inf,
		Flag: "target-loss",
		Doc:  "stop once the validation loss (training loss without validation) is at most this; 0 = off"},
	{Name: "targetMetric", Path: "stop.targetMetric", What: "target metric", Field: func(s *Settings) any { return &s.Stop.TargetMetric },
		Min: 0, Max: 1,
		Flag: "target-metric", Control: "target-metric", Label: "target-metric",
		Doc: "stop once the validation accuracy or R² (training's without validation) is at least this; 0 = off"},
	{Name: "maxEpochs", Path: "stop.maxEpochs", What: "epoch limit", Field: func(s *Settings) any { return &s.Stop.MaxEpochs },
		Min: 0, Max: inf,
		Lesson: Write, Flag: "max-epochs", Control: "max-epochs", Label: "max-epochs",
		Doc: "stop at this epoch (a setting kept in links; -epochs is this run's count); 0 = off"},

	{Name: "mapX", Path: "mapX", What: "decision map's x axis", Field: func(s *Settings) any { return &s.MapX },
		Live: true, Control: "boundary-x", Label: "map-x",
		Doc: "the input column on the decision map's x axis (empty: the most important)"},
	{Name: "mapY", Path: "mapY", What: "decision map's y axis", Field: func(s *Settings) any { return &s.MapY },
		Live: true, Control: "boundary-y", Label: "map-y",
		Doc: "the input column on the decision map's y axis (empty: the second most important)"},
	{Name: "lang", Path: "lang", What: "language", Field: func(s *Settings) any { return &s.Lang },
		Default: "en", Live: true, Label: "language",
		Doc: `the page's language: "en" or "zh"`},
}

// Find returns the setting called name in Table, or nil.
func Find(name string) *Setting {
	for i := range Table {
		if Table[i].Name == name {
			return &Table[i]
		}
	}
	return nil
}
