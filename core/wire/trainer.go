package wire

import (
	"github.com/nnplayground/playground/core/internal/enum"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
)

// The page's commands to the trainer worker (wasm/). Each is answered as
// its comment says; any command may instead be answered by Failed.

// Paste gives the worker a pasted table, which it keeps (and parses once,
// for the first Load or Tune that uses it). No answer: a Load or Tune
// with Pasted set follows it.
type Paste struct{ Text string }

// Load parses the data of Settings, or takes the table it keeps, builds a
// fresh network and answers Loaded; on error the previous session stays
// loaded. Params, when not nil, are the weights to start from instead of
// the seeded initialisation ("start from here" links), in
// nn.Network.Params order.
type Load struct {
	Settings session.Settings
	Params   []float64
	// Pasted, with Settings.Dataset "", says that the data is the text of
	// the last Paste (Settings.Text is left empty): a change to any other
	// setting sends the settings only, and the table is parsed once per
	// paste.
	Pasted bool
}

// Train starts or resumes training until Pause: a Snapshot about every
// 33 ms.
type Train struct{}

// Pause stops training after the current chunk: a final Snapshot.
type Pause struct{}

// Step trains Epochs epochs (at least 1), then posts a Snapshot.
type Step struct{ Epochs int }

// Reset builds a new network from the same settings and starting weights
// (the same seed: the same start): Loaded.
type Reset struct{}

// SetWeight sets one weight of the live network: a Snapshot.
type SetWeight struct {
	Layer, To, From int
	Value           float64
}

// SetBias sets one bias of the live network: a Snapshot.
type SetBias struct {
	Layer, To int
	Value     float64
}

// SetSpeed caps training at EpochsPerSec (0: as fast as possible). No
// answer.
type SetSpeed struct{ EpochsPerSec float64 }

// Tune changes settings that session.Tunable allows without a new network
// (learning rate, momentum, regularization, clipping, decay, batch size)
// between two epochs; training goes on. Answer: Tuned. Pasted is Load's.
type Tune struct {
	Settings session.Settings
	Pasted   bool
}

// Rollback answers an explosion (Snapshot.Exploded): back to the coach's
// last good epoch, and on as How says. Answer: Tuned, whose history
// restarts at that epoch.
type Rollback struct{ How RollbackHow }

// RollbackHow is how training goes on after a Rollback.
type RollbackHow int

const (
	RollbackBack  RollbackHow = iota // with the same settings (nn.Coach.Rollback)
	RollbackLower                    // with the learning rate divided by 10 (nn.Coach.RollbackLower)
	RollbackClip                     // with gradient clipping at norm 1 (nn.Coach.RollbackClip)
)

var rollbackNames = [...]string{RollbackBack: "back", RollbackLower: "lower", RollbackClip: "clip"}

// String returns "back", "lower" or "clip".
func (h RollbackHow) String() string { return enum.Name(rollbackNames[:], int(h)) }

// Explain asks for one neuron's computation for one row, as the engine
// does it (nn.Trainer.Explain): unit Unit of layer Layer (Network.Sizes
// index, from 1) for row Row of the test split (the training split when
// there is none), from 0. Answer: Explained.
type Explain struct{ Layer, Unit, Row int }

// Inspect asks for the prediction and every neuron's value for a row typed
// in by the user: one value per input column, as text, in the order of
// Summary.Features (view.PrepareRow). Answer: Inspected.
type Inspect struct{ Values []string }

// ShowTest includes (or not) the test points in heatmaps: a Snapshot.
type ShowTest struct{ Show bool }

// GetModel asks for the trained model: ModelFile. It does not stop
// training, and the history waits for the next snapshot.
type GetModel struct{}

// GetPredictions asks for the test rows' predictions: Predictions.
type GetPredictions struct{}

// Bench asks the worker to measure itself for Seconds per workload
// (wasm/doc.go, # Benchmark): BenchResults. Not used by the page.
type Bench struct{ Seconds float64 }

// The trainer's reports to the page.

// Snapshot is the state of training: every epoch since the last report
// and the newest network. The extras (Heatmap, Confusion, Scatter) are in
// every final report and in running ones as long as they cost little.
type Snapshot struct {
	// Running is true while the worker has epochs to train (training, or
	// the rest of a step): the last report of a run has it false.
	Running bool
	History []nn.Stats  // every epoch since the last report, oldest first
	Net     *nn.Network // the weights after the newest epoch (or batch)
	// Heatmap, for data with two raw numeric features. Its Train and Test
	// points never change within a session: running snapshots leave them
	// nil once sent, and the page keeps the last ones.
	Heatmap   *view.Heatmap
	Confusion [][]int // classification: [actual][predicted] counts of the test split (train when none)
	// Scatter holds (actual, predicted) pairs for regression, in raw
	// target units.
	Scatter [][2]float64
	// Overfitting is set while the test loss rises as the train loss falls.
	Overfitting bool
	// Notices are the coach's active notices (nn.Coach: dead or saturated
	// units, vanishing gradients, overfitting), which the page words.
	Notices []nn.Notice
	// Exploded is set when the coach stopped training on a finite
	// explosion; Rollback answers it. Train and Step answer with it again.
	Exploded *nn.ExplodedError
	// Stopped is set when a stop rule ended training (nn.Stopper).
	Stopped *nn.Stop
	// Diverged is set when training stopped on a NaN or infinite value;
	// the page words it (its Error method is the English text). Train and
	// Step answer with it again until a Load or Reset.
	Diverged *nn.DivergedError
	// Curve, for a regression on one numeric input column, is the
	// network's function of it; like Heatmap's, its points are left out
	// of running snapshots once sent.
	Curve *view.Curve
}

// Loaded answers Load and Reset: the data's summary and epoch 0.
type Loaded struct {
	Summary session.Summary
	// ParsedRows is the number of table rows the worker parsed for this
	// load: 0 when it used a table it had parsed before (the same paste,
	// text or dataset).
	ParsedRows int
	// BuildMs is how long the worker took to build the session: parsing
	// (if any), preparing the data and making the network, in milliseconds.
	BuildMs  float64
	Snapshot Snapshot
}

// Tuned answers Tune: the new settings train from epoch Epoch+1 on.
type Tuned struct {
	Epoch    int
	Snapshot Snapshot
}

// Failed is the trainer's answer to a command it could not carry out; the
// previous state stays.
type Failed struct {
	Message string // the engine's English message
	Running bool
	// Data, for an error in the data, has its parts, which the page words
	// in its language.
	Data *DataError
}

// DataError is a data.ParseError in parts.
type DataError struct {
	Code         string // data.ParseError.Code: the kind of the error
	Cell         string // the quoted cell or name
	Line, Column int    // 1-based; 0 when none
}

// Explained answers Explain: the neuron's forward and backward pass, the
// row's line in the table and the split it is from ("test" or "train").
type Explained struct {
	Neuron  nn.Neuron
	Line    int
	Split   string
	Running bool
}

// Inspected answers Inspect: the values asked about and the network's
// prediction for them with every neuron's value (nn.RowPrediction), or,
// when a value cannot be read, the error and its parts (Column is the
// value's position in Values, from 1).
type Inspected struct {
	Values     []string
	Prediction *nn.RowPrediction
	Error      string
	Data       *DataError
}

// ModelFile answers GetModel: the trained model, which the page saves as
// JSON (modelfile.Read reads it).
type ModelFile struct{ Model nn.Model }

// Predictions answers GetPredictions: CSV (encoding/csv quoting) of the raw
// input columns, actual and predicted, and for classification one
// p_<class> column per class; one row per test row, or per training row
// when there is no test split, in table order.
type Predictions struct{ CSV string }

// Reference follows Loaded: the linear model fitted to the loaded
// session's training rows (session.Session.Linear; nil without a test
// split), the reference shown beside the network's metric. The worker fits
// it after posting Loaded, so that a table shows at once; it belongs in
// that session's Summary.Linear.
type Reference struct{ Linear *session.Baseline }

// BenchResults answers Bench: one result per workload.
type BenchResults struct{ Results []BenchResult }

// BenchResult is the measurement of one workload (see wasm/doc.go).
type BenchResult struct {
	Name    string // as in the native benchmarks, e.g. "spiral500-batch10"
	Samples int    // training rows per epoch

	// Training through the worker's loop (chunks, yields, snapshots with
	// heatmaps), as the page sees it.
	Epochs        int
	Seconds       float64
	EpochsPerSec  float64
	SamplesPerSec float64
	Snapshots     int // reports posted while training
	// SnapshotMs is the time spent building, encoding and posting them,
	// ExtrasMs the part of it spent on heatmaps, confusion or scatter.
	SnapshotMs float64
	ExtrasMs   float64
	// EncodeMs and DecodeMs are the time to encode one full snapshot (with
	// its heatmap and points) and to decode it, as the page does.
	EncodeMs, DecodeMs float64
	SnapshotBytes      int // its size
	// Yields between chunks (which let the page's commands in), and the
	// time they took.
	Yields  int
	YieldMs float64

	// Trainer.Step alone in a loop without yielding.
	RawEpochs       int
	RawSeconds      float64
	RawEpochsPerSec float64
	// Step then Stats (which the loop needs for every epoch's history).
	StatsEpochsPerSec float64

	// PauseMs holds, for each pause, the milliseconds from the moment it
	// was due to the final snapshot with Running false.
	PauseMs    []float64
	PauseMaxMs float64
}
