package session

import "github.com/nnplayground/playground/core/nn"

// The page and the trainer worker talk in JSON messages: the page posts a
// Command (as a JSON string) and the worker posts back Reports (as JSON
// strings). Both types are plain data so that either side, and tests, can
// build and read them without a browser.

// Command ops, from the page to the worker.
const (
	OpLoad      = "load"        // Settings (and optionally Params): parse the data, build a fresh network; reply "loaded" or "error"
	OpTrain     = "train"       // start or resume training until paused
	OpPause     = "pause"       // stop after the current chunk; reply with a final snapshot
	OpStep      = "step"        // train Steps epochs (default 1), then snapshot
	OpReset     = "reset"       // new network from the same settings (same seed: same start)
	OpSetWeight = "set-weight"  // Layer, To, From, Value: edit one weight of the live network
	OpSetBias   = "set-bias"    // Layer, To, Value
	OpSpeed     = "speed"       // Speed: epochs per second, 0 = as fast as possible
	OpExplain   = "explain"     // Layer (Network.Sizes index from 1), To (unit), Steps (row of the test split, else the training split, from 0): reply KindExplain
	OpRollback  = "rollback"    // Text "back", "lower" or "clip": after an explosion, back to the coach's last good epoch (and lr / 10, or clipping at norm 1)
	OpTune      = "tune"        // Settings that differ only in what Tunable allows: applied between two epochs, training goes on; reply KindTuned
	OpShowTest  = "show-test"   // Flag: include test points in heatmap snapshots
	OpModel     = "model"       // reply KindModel: Data is the trained model's JSON (nn.Model)
	OpPredict   = "predictions" // reply KindPredictions: Data is CSV of the test rows (nn.AppendPredictionsCSV)
	OpCheck     = "check"       // Text: an exercise link, Codes: completion codes; reply KindCheck: Data is JSON results
)

// Tool ops, from the page to the tools worker (checker.wasm, wasm/checker),
// which holds core/link and core/exercise so that the page does not. Each
// carries an ID that its reply (KindTool, or KindError with Data naming the
// error's class) repeats; Text is the request and Data the answer, as
// wasm/checker/doc.go describes.
const (
	OpEncodeLink   = "encode-link"   // Text: link.Session JSON; Data: the "#v1.…" link
	OpDecodeLink   = "decode-link"   // Text: a link; Data: JSON of what it opens (session, lesson or exercise)
	OpEncodeFile   = "encode-file"   // Text: link.Session JSON; Data: the session file
	OpDecodeFile   = "decode-file"   // Text: a session file; Data: link.Session JSON
	OpMakeExercise = "make-exercise" // Text: exercise.Exercise JSON; Data: its link
	OpExerciseCode = "exercise-code" // Text: JSON of the exercise link, settings, name and stats; Data: JSON of the verdict and code
	OpExerciseInfo = "exercise-info" // Text: an exercise link; Data: JSON rules.ExerciseInfo (ID, nonce, NameBound, AutoLocks, StartMeets)
	OpLessons      = "lessons"       // Data: JSON of every lesson with its texts and link
)

// Command is one message from the page to the worker.
type Command struct {
	Op       string    `json:"op"`
	Settings *Settings `json:"settings,omitempty"`
	Steps    int       `json:"steps,omitempty"`
	Layer    int       `json:"layer,omitempty"`
	To       int       `json:"to,omitempty"`
	From     int       `json:"from,omitempty"`
	Value    float64   `json:"value,omitempty"`
	Speed    float64   `json:"speed,omitempty"`
	Flag     bool      `json:"flag,omitempty"`
	// Params, with OpLoad, are weights to start from instead of the
	// seeded initialisation ("start from here" links): nn.Network.Params
	// order, for the network the settings describe.
	Params []float64 `json:"params,omitempty"`
	// Text and Codes, with OpCheck: the exercise link and the codes.
	Text  string   `json:"text,omitempty"`
	Codes []string `json:"codes,omitempty"`
	// ID, with a tool op, is the request's number, repeated in its reply.
	ID int `json:"id,omitempty"`
}

// Report kinds, from the worker to the page.
const (
	KindLoaded      = "loaded"   // Summary and a first Snapshot of epoch 0
	KindSnapshot    = "snapshot" // History since the last report, newest network
	KindError       = "error"    // Error (and Line, Column for data errors); the previous state stays
	KindModel       = "model"
	KindPredictions = "predictions"
	KindCheck       = "check"
	KindTool        = "tool"  // the reply to a tool op: ID and Data
	KindExplain     = "explain" // Explain: one neuron's forward and backward pass for one row
	KindTuned       = "tuned" // OpTune applied: the settings train epoch Epoch+1 on
)

// Report is one message from the worker to the page.
type Report struct {
	Kind   string `json:"kind"`
	Error  string `json:"error,omitempty"`
	Line   int    `json:"line,omitempty"`   // data error line, 1-based, 0 if none
	Column int    `json:"column,omitempty"` // data error column, 1-based, 0 if none
	// Code is the kind of the error, for the page's translations: a data
	// error's (data.ParseError.Code, with the quoted cell or name in Cell),
	// or CodeDiverged, with Line the epoch and Cell what became which value,
	// the learning rate and whether clipping was on ("loss NaN 10 0").
	Code    string `json:"code,omitempty"`
	Cell    string `json:"cell,omitempty"`
	Running bool   `json:"running"`
	// Epoch, with KindTuned, is the number of epochs trained when the new
	// settings took effect.
	Epoch int `json:"epoch,omitempty"`

	Summary   *Summary    `json:"summary,omitempty"`
	History   []nn.Stats  `json:"history,omitempty"` // every epoch since the last report, oldest first
	Net       *nn.Network `json:"net,omitempty"`     // weights after the newest epoch
	Heatmap   *Heatmap    `json:"heatmap,omitempty"` // 2-feature data only
	Confusion [][]int     `json:"confusion,omitempty"`
	// Scatter holds (actual, predicted) pairs of the test split (train when
	// there is none) for regression, in raw target units.
	Scatter [][2]float64 `json:"scatter,omitempty"`
	// Diverged is set when training stopped on a NaN or infinite value; Error
	// holds the engine's explanation and fix.
	Diverged bool `json:"diverged,omitempty"`
	// Overfitting is set while the test loss rises as the train loss falls.
	Overfitting bool `json:"overfitting,omitempty"`
	// Notices are the coach's active notices (nn.Coach: dead or saturated
	// units, vanishing gradients, overfitting), in parts for the page to
	// word in its language.
	Notices []nn.Notice `json:"notices,omitempty"`
	// Exploded is set when the coach stopped training on a finite
	// explosion (nn.ExplodedError); OpRollback answers it.
	Exploded *Explosion `json:"exploded,omitempty"`
	// Explain answers OpExplain; Line is the row's line in the table and
	// Cell the split it is from ("test" or "train").
	Explain *nn.Neuron `json:"explain,omitempty"`
	// Stopped is set when a stop rule ended training (nn.Stopper).
	Stopped *nn.Stop `json:"stopped,omitempty"`
	// Data is the payload of KindModel, KindPredictions and KindCheck
	// replies, as text (and of tool replies; with KindError from the tools
	// worker, the error's class: "newer", "large", "kind", "too-long" or "bad").
	Data string `json:"data,omitempty"`
	// ID is the tool request this report answers (0 for the trainer's).
	ID int `json:"id,omitempty"`
}

// Note is one of Summary's warnings in parts, for the page to word in its
// language (the English words are the warning itself).
type Note struct {
	// Kind is "cell" (a cell that is not a number: Code, Line, Column,
	// Name the cell), "more-cells" (N more such cells), "formatted",
	// "empty" or "counts-rows" (Name a column), or "many-values" (Name a
	// column with N different values in Of rows).
	Kind   string `json:"kind"`
	Code   string `json:"code,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	Name   string `json:"name,omitempty"`
	N      int    `json:"n,omitempty"`
	Of     int    `json:"of,omitempty"`
}

// CodeDiverged is Report.Code when training stopped on a value that is not
// a finite number (nn.DivergedError).
const CodeDiverged = "diverged"

// Summary describes loaded data for the preview and the summary line.
type Summary struct {
	Text     string     `json:"text"` // e.g. "344 rows, dropped 11 with missing values; 7 inputs; 3 classes"
	Rows     int        `json:"rows"`
	Dropped  int        `json:"dropped"`
	Train    int        `json:"train"`
	Test     int        `json:"test"`
	Valid    int        `json:"valid,omitempty"` // validation rows, carved from the training rows (not counted in Train)
	Task     string     `json:"task"`            // "regression", "binary", "multiclass"
	Columns  []string   `json:"columns"`
	Kinds    []string   `json:"kinds"` // "numeric" or "categorical", per column
	Target   string     `json:"target"`
	Inputs   []string   `json:"inputs"`
	Classes  []string   `json:"classes,omitempty"`
	Preview  [][]string `json:"preview"` // first rows, as text
	Warnings []string   `json:"warnings,omitempty"`
	Notes    []Note     `json:"notes,omitempty"` // the warnings in parts, one each, for other languages
}

// Heatmap is the model's output over the plane of the two raw input
// features, and every hidden unit's own output over it. Values are scaled to
// 0..255 (probability of the positive class for binary, predicted class
// index scaled for multiclass, the output range for regression); []byte
// fields travel as base64 in JSON.
type Heatmap struct {
	Res     int          `json:"res"` // Res×Res cells, row 0 at the top (largest y)
	X0      float64      `json:"x0"`  // raw-unit bounds of the plane
	X1      float64      `json:"x1"`
	Y0      float64      `json:"y0"`
	Y1      float64      `json:"y1"`
	Out     []byte       `json:"out"`   // Res*Res values
	Units   [][]byte     `json:"units"` // per hidden unit, layer by layer, UnitRes*UnitRes values each
	UnitRes int          `json:"unitRes"`
	Train   [][3]float64 `json:"train"` // x, y, label (class index, or target scaled to 0..1)
	Test    [][3]float64 `json:"test,omitempty"`
	// MapX and MapY name the columns on the axes of a decision map of a
	// table with more than two inputs (Session.DecisionMap), empty for
	// two-input data.
	MapX string `json:"mapX,omitempty"`
	MapY string `json:"mapY,omitempty"`
	// The points never change within a session: the trainer sends Train
	// (and Test) in loaded, final, step and edit reports and after a
	// show-test change, and null in running snapshots; the page keeps the
	// last ones it got.
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
