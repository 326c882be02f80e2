package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// settingFlags are the flags named like the page's controls. Their
// defaults are the page's (session.Default); with a session file or a link
// only the flags given on the command line change its settings.
type settingFlags struct {
	fs *flag.FlagSet

	dataset, target, ignore, use, splitColumn string
	points                                    int
	noise                                     float64
	asClasses, asNumbers                      bool
	testRatio                                 float64
	normalization, missing                    string

	layers                 string
	activation             nn.Activation
	loss                   nn.LossKind
	optimizer              nn.OptimizerKind
	init                   nn.InitKind
	learningRate, momentum float64
	nesterov               bool
	batchSize              int
	regularization         string
	regRate, clip, decay   float64
	seed                   uint64

	stopDefaults             bool
	validRatio               float64
	patience, maxEpochs      int
	restoreBest              bool
	targetLoss, targetMetric float64
}

func newSettingFlags(fs *flag.FlagSet) *settingFlags {
	d := session.Default()
	f := &settingFlags{fs: fs}
	fs.StringVar(&f.dataset, "dataset", "", "built-in dataset: "+strings.Join(datasets.Names(), ", "))
	fs.IntVar(&f.points, "points", 0, "generated datasets: number of points (0 = the dataset's default)")
	fs.Float64Var(&f.noise, "noise", 0, "generated datasets: noise, 0 to 0.5")
	fs.StringVar(&f.target, "target", "", "target column (default: data.GuessTarget's guess from names and content: never an id, a name or a timestamp; an outcome word such as survived, label or price, two values, …)")
	fs.StringVar(&f.ignore, "ignore", "", "comma-separated columns that are not inputs")
	fs.StringVar(&f.use, "use", "", "comma-separated columns to use that the table rules leave out (an id, a name, a mostly empty column)")
	fs.StringVar(&f.splitColumn, "split-column", "", `column whose values "train"/"test" choose each row's split`)
	fs.BoolVar(&f.asClasses, "as-classes", false, "treat a numeric target as class labels")
	fs.BoolVar(&f.asNumbers, "as-numbers", false, "treat a target of few whole numbers as a number (regression), not as classes")
	fs.Float64Var(&f.testRatio, "test-ratio", d.TestRatio, "fraction of rows held out for testing, 0 to 0.9")
	fs.StringVar(&f.normalization, "normalization", d.Norm.String(), "input normalization: zscore, minmax or none")
	fs.StringVar(&f.missing, "missing", d.Missing.String(), "missing values: impute (training median, a (missing) category, missing indicators; drops only rows without a target), drop (the row) or fill (training mean or mode)")
	fs.StringVar(&f.layers, "layers", joinInts(d.Model.Hidden), `hidden layer widths, e.g. 8,8 ("" or "none": a linear model)`)
	// The engine's enums read their own names (encoding.TextUnmarshaler).
	fs.TextVar(&f.activation, "activation", d.Model.Activation, "hidden activation: tanh, relu, leaky-relu, sigmoid or linear")
	fs.TextVar(&f.loss, "loss", d.Model.Loss, "loss: auto, mse, mae, huber, bce or cce")
	fs.TextVar(&f.optimizer, "optimizer", d.Model.Optimizer, "optimizer: sgd, momentum, rmsprop or adam")
	fs.TextVar(&f.init, "init", d.Model.Init, "weight initialisation: auto, glorot or he")
	fs.Float64Var(&f.learningRate, "learning-rate", d.Model.LearningRate, "learning rate")
	fs.Float64Var(&f.momentum, "momentum", 0.9, "momentum (momentum optimizer)")
	fs.BoolVar(&f.nesterov, "nesterov", false, "Nesterov momentum")
	fs.IntVar(&f.batchSize, "batch-size", d.Model.BatchSize, "rows per batch (0 = full batch)")
	fs.StringVar(&f.regularization, "regularization", "none", "penalty on the weights: none, l1 or l2")
	fs.Float64Var(&f.regRate, "reg-rate", 0, "regularization rate")
	fs.Float64Var(&f.clip, "clip", 0, "clip the gradient norm to this (0 = off)")
	fs.Float64Var(&f.decay, "decay", 0, "learning-rate decay: lr/(1 + decay·epoch)")
	fs.Uint64Var(&f.seed, "seed", d.Model.Seed, "seed of the split, the initial weights and the batches")
	fs.BoolVar(&f.stopDefaults, "stop-defaults", true, "a CSV table trains as the page trains a pasted one, with a validation share and early stopping "+
		"(session.WithStopDefaults); false: neither, unless -valid-ratio or a stop rule is given")
	fs.Float64Var(&f.validRatio, "valid-ratio", 0, "fraction of the training rows held out for validation, 0 to 0.5 (early stopping watches its loss)")
	fs.IntVar(&f.patience, "patience", 0, "early stopping: stop after this many epochs without a new lowest validation loss (training loss without validation); 0 = off")
	fs.BoolVar(&f.restoreBest, "restore-best", false, "when training stops, restore the weights of the epoch with the lowest validation loss")
	fs.Float64Var(&f.targetLoss, "target-loss", 0, "stop once the validation loss (training loss without validation) is at most this; 0 = off")
	fs.Float64Var(&f.targetMetric, "target-metric", 0, "stop once the validation accuracy or R² (training's without validation) is at least this; 0 = off")
	fs.IntVar(&f.maxEpochs, "max-epochs", 0, "stop at this epoch (a setting kept in links; -epochs is this run's count); 0 = off")
	return f
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}

// apply changes s by the flags given on the command line.
func (f *settingFlags) apply(s *session.Settings) error {
	set := map[string]bool{}
	f.fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	for name := range set {
		if err := f.applyData(s, name); err != nil {
			return err
		}
		if err := f.applyModel(&s.Model, name); err != nil {
			return err
		}
		if err := f.applyStop(s, name); err != nil {
			return err
		}
	}
	if set["regularization"] || set["reg-rate"] {
		if err := f.applyRegularization(&s.Model, set["regularization"], set["reg-rate"]); err != nil {
			return err
		}
	}
	if err := s.Model.Defaults().Validate(); err != nil {
		return usageError("%v", err)
	}
	if err := s.Stop.Validate(); err != nil {
		return usageError("%v", err)
	}
	return nil
}

// applyStop sets the validation share or stop rule of the flag name, if it
// is one.
func (f *settingFlags) applyStop(s *session.Settings, name string) error {
	switch name {
	case "valid-ratio":
		if !(f.validRatio >= 0 && f.validRatio <= 0.5) {
			return usageError("-valid-ratio %v: use 0 to 0.5", f.validRatio)
		}
		s.ValidRatio = f.validRatio
	case "patience":
		// A patience of so many epochs, as the flag says: not the
		// table defaults' growing wait and least run.
		s.Stop.Patience = f.patience
		s.Stop.PatienceShare, s.Stop.MinUpdates, s.Stop.MinDelta = 0, 0, 0
	case "restore-best":
		s.Stop.RestoreBest = f.restoreBest
	case "target-loss":
		s.Stop.TargetLoss = f.targetLoss
	case "target-metric":
		s.Stop.TargetMetric = f.targetMetric
	case "max-epochs":
		s.Stop.MaxEpochs = f.maxEpochs
	}
	return nil
}

// applyData sets the data setting of the flag name, if it is one.
func (f *settingFlags) applyData(s *session.Settings, name string) error {
	var err error
	switch name {
	case "dataset":
		s.Dataset, s.Text = f.dataset, ""
	case "points":
		s.Points = f.points
	case "noise":
		s.Noise = f.noise
	case "target":
		s.Target = f.target
	case "ignore":
		s.Ignore = splitList(f.ignore)
	case "use":
		s.Use = splitList(f.use)
	case "as-numbers":
		s.AsNumbers = f.asNumbers
	case "split-column":
		s.SplitColumn = f.splitColumn
	case "as-classes":
		s.AsClasses = f.asClasses
	case "test-ratio":
		if !(f.testRatio >= 0 && f.testRatio <= 0.9) {
			return usageError("-test-ratio %v: use 0 to 0.9", f.testRatio)
		}
		s.TestRatio = f.testRatio
	case "normalization":
		s.Norm, err = data.ParseNorm(f.normalization)
	case "missing":
		s.Missing, err = data.ParseMissing(f.missing)
	}
	if err != nil {
		return usageError("-%s: %v", name, err)
	}
	return nil
}

// applyModel sets the network or training setting of the flag name, if it
// is one (but regularization: applyRegularization).
func (f *settingFlags) applyModel(m *nn.Config, name string) error {
	switch name {
	case "layers":
		h, err := parseLayers(f.layers)
		if err != nil {
			return usageError("-%s: %v", name, err)
		}
		m.Hidden = h
	case "activation":
		m.Activation = f.activation
	case "loss":
		m.Loss = f.loss
	case "optimizer":
		m.Optimizer = f.optimizer
	case "init":
		m.Init = f.init
	case "learning-rate":
		m.LearningRate = f.learningRate
	case "momentum":
		m.Momentum = f.momentum
	case "nesterov":
		m.Nesterov = f.nesterov
	case "batch-size":
		m.BatchSize = f.batchSize
	case "clip":
		m.ClipNorm = f.clip
	case "decay":
		m.Decay = f.decay
	case "seed":
		m.Seed = f.seed
	}
	return nil
}

// applyRegularization sets m's L1 or L2 rate from -regularization and
// -reg-rate; the one not given keeps what m had (its rate, or its kind:
// l1 when only L1 is set, else l2).
func (f *settingFlags) applyRegularization(m *nn.Config, kindSet, rateSet bool) error {
	rate := f.regRate
	if !rateSet {
		rate = max(m.L1, m.L2)
	}
	kind := f.regularization
	if !kindSet {
		kind = "l2"
		if m.L1 != 0 && m.L2 == 0 {
			kind = "l1"
		}
	}
	switch kind {
	case "none":
		m.L1, m.L2 = 0, 0
	case "l1":
		m.L1, m.L2 = rate, 0
	case "l2":
		m.L1, m.L2 = 0, rate
	default:
		return usageError("-regularization %q: use none, l1 or l2", kind)
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseLayers reads "8,8" (or "8x8"); "" and "none" mean no hidden layer.
func parseLayers(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "none" || s == "0" {
		return nil, nil
	}
	var out []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == 'x' || r == ' ' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > 1024 {
			return nil, fmt.Errorf("%q: give widths from 1 to 1024 separated by commas, e.g. 8,8", s)
		}
		out = append(out, n)
	}
	return out, nil
}
