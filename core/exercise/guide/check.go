package guide

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// CheckKind is the kind of a Check.
type CheckKind string

// Kinds of check.
const (
	CheckMetric  CheckKind = "metric"  // Metric Op Value on the live statistics, after MinEpochs epochs
	CheckSetting CheckKind = "setting" // the setting Setting Op Value
	CheckEvent   CheckKind = "event"   // Event seen since the step opened
	CheckWeight  CheckKind = "weight"  // the student edited a weight (Layer, To, From when Any is false), its value Op Value when Op is set
)

// Event is something that happened while a step was open.
type Event string

// Events. The notices' names are those of nn.NoticeKind, so that the
// page passes Event(notice.Kind.String()).
const (
	Diverged        Event = "diverged"            // training stopped on a NaN or an infinity (nn.DivergedError)
	Exploded        Event = "exploded"            // the coach stopped a finite explosion (nn.Coach.Check's *nn.ExplodedError)
	RolledBack      Event = "rolled-back"         // the student pressed one of the coach's rollback buttons (page)
	EarlyStopped    Event = "early-stopped"       // the stop rules stopped training for patience (nn.Stop.Reason nn.StopPatience)
	DeadUnits       Event = "dead-units"          // the coach's nn.DeadUnits notice
	SaturatedUnits  Event = "saturated-units"     // the coach's nn.SaturatedUnits notice
	Vanishing       Event = "vanishing-gradients" // the coach's nn.VanishingGradients notice
	Overfitting     Event = "overfitting"         // the coach's nn.Overfitting notice
	WeightEdited    Event = "weight-edited"       // the student edited a weight or a bias
	ExplainOpened   Event = "explain-opened"      // the explain view opened (page)
	MapColumnsMoved Event = "map-columns-changed" // the decision map's columns changed (page)
)

// Events lists every event, in the order above.
var Events = []Event{Diverged, Exploded, RolledBack, EarlyStopped, DeadUnits, SaturatedUnits, Vanishing,
	Overfitting, WeightEdited, ExplainOpened, MapColumnsMoved}

// PageEvents are the events only the page sees: the core's tests cannot
// produce them, and mark the checks on them as checked by the page.
var PageEvents = []Event{RolledBack, ExplainOpened, MapColumnsMoved}

// Metrics a CheckMetric may name: a split ("train", "test", "valid") and
// a measure ("loss", "accuracy", "r2"), and "epoch", the epochs trained.
// "accuracy" and "r2" both read the split's metric (accuracy for
// classification, R² for regression); the name says which the lesson means.
var Metrics = []string{"epoch",
	"train-loss", "test-loss", "valid-loss",
	"train-accuracy", "test-accuracy", "valid-accuracy",
	"train-r2", "test-r2", "valid-r2"}

// Check is what a step waits for. Fields that do not belong to Kind are
// left empty.
type Check struct {
	Kind CheckKind `json:"kind"`
	// Metric (CheckMetric) is one of Metrics; Setting (CheckSetting) one of
	// Settable.
	Metric  string `json:"metric,omitempty"`
	Setting string `json:"setting,omitempty"`
	// Op compares the live value with Value: "<=", ">=", "=" or "!=";
	// "=" and "!=" compare text for a setting that is not a number.
	Op    string  `json:"op,omitempty"`
	Value float64 `json:"value,omitempty"`
	Text  string  `json:"text,omitempty"` // CheckSetting: the value as text, for "=" and "!=" on text
	// Best (CheckMetric) reads the best value since the step opened
	// (LiveState.Best) instead of the newest.
	Best bool `json:"best,omitempty"`
	// MinEpochs (CheckMetric): not met before this many epochs trained.
	MinEpochs int   `json:"minEpochs,omitempty"`
	Event     Event `json:"event,omitempty"` // CheckEvent
	// Any (CheckWeight): any weight or bias; else the one at Layer, To,
	// From (From -1: the bias of To).
	Any   bool `json:"any,omitempty"`
	Layer int  `json:"layer,omitempty"`
	To    int  `json:"to,omitempty"`
	From  int  `json:"from,omitempty"`
}

// Stats are the live statistics of one epoch, as the page sees them.
// Valid* are zero without a validation split (HasValid false).
type Stats struct {
	Epoch       int     `json:"epoch"`
	TrainLoss   float64 `json:"trainLoss"`
	TestLoss    float64 `json:"testLoss"`
	ValidLoss   float64 `json:"validLoss"`
	TrainMetric float64 `json:"trainMetric"`
	TestMetric  float64 `json:"testMetric"`
	ValidMetric float64 `json:"validMetric"`
	HasValid    bool    `json:"hasValid"`
}

// FromNN returns the statistics of st; valid says whether the data has a
// validation split (session.Settings.ValidRatio > 0).
func FromNN(st nn.Stats, valid bool) Stats {
	out := Stats{Epoch: st.Epoch, TrainLoss: st.TrainLoss, TestLoss: st.TestLoss, TrainMetric: st.TrainMetric, TestMetric: st.TestMetric}
	if valid {
		out.ValidLoss, out.ValidMetric, out.HasValid = st.ValidLoss, st.ValidMetric, true
	}
	return out
}

// Improve sets each field of best to the better of it and st: losses
// their lowest, metrics their highest, Epoch the newest. A nil best
// becomes a copy of st. It returns best.
func Improve(best *Stats, st Stats) *Stats {
	if best == nil {
		c := st
		return &c
	}
	best.Epoch = max(best.Epoch, st.Epoch)
	best.TrainLoss, best.TestLoss = min(best.TrainLoss, st.TrainLoss), min(best.TestLoss, st.TestLoss)
	best.TrainMetric, best.TestMetric = max(best.TrainMetric, st.TrainMetric), max(best.TestMetric, st.TestMetric)
	if st.HasValid {
		if !best.HasValid {
			best.ValidLoss, best.ValidMetric = st.ValidLoss, st.ValidMetric
		}
		best.ValidLoss, best.ValidMetric, best.HasValid = min(best.ValidLoss, st.ValidLoss), max(best.ValidMetric, st.ValidMetric), true
	}
	return best
}

// Edit is a weight or bias the student set.
type Edit struct {
	Layer int     `json:"layer"`
	To    int     `json:"to"`
	From  int     `json:"from"` // -1: the bias
	Value float64 `json:"value"`
}

// LiveState is what happened since a step opened, as a Tracker keeps it:
// the check reads it.
type LiveState struct {
	Settings session.Settings `json:"settings"` // the settings in use
	// Newest holds the statistics of the newest epoch trained since the
	// step opened (since the last change when Restarted); nil before the
	// first.
	Newest *Stats `json:"newest"`
	Best   *Stats `json:"best"`   // the best of each over the same epochs (Improve); nil before the first
	Epochs int    `json:"epochs"` // epochs trained since the step opened, or since the last change
	// Restarted is set when a change (new settings, a new network, a
	// rollback, a weight edit) restarted the count of epochs.
	Restarted bool     `json:"restarted,omitempty"`
	Events    []Event  `json:"events"`            // seen since the step opened, oldest first
	Edited    []Edit   `json:"edited"`            // weights edited since the step opened, oldest first
	Changed   []string `json:"changed,omitempty"` // settings (Settable's names) changed since the step opened
}

// Evaluate reports whether st meets c, and a reason in both languages that
// says what the check waits for and where the student is ("test loss ≤
// 0.001 after 200 epochs since this step opened: now 0.41 at 35"). Only
// what happened since the step opened counts: epochs trained since then
// (or since the last change), events seen since then, a setting changed
// since then. An invalid check is never met.
func Evaluate(c *Check, st *LiveState) (met bool, why Text) {
	if err := c.Validate(); err != nil {
		return false, Text{En: err.Error(), Zh: err.Error()}
	}
	switch c.Kind {
	case CheckMetric:
		return metricMet(c, st)
	case CheckSetting:
		return settingMet(c, st)
	case CheckEvent:
		return eventMet(c, st)
	}
	return weightMet(c, st)
}

// metricMet evaluates a CheckMetric on the epochs trained since the step
// opened.
func metricMet(c *Check, st *LiveState) (bool, Text) {
	goal := metricGoal(c, st.Restarted)
	if c.Metric == "epoch" {
		v := float64(st.Epochs)
		ok := st.Epochs >= c.MinEpochs && cmp(v, c.Op, c.Value)
		return ok, status(goal, ok, Text{En: "now " + strconv.Itoa(st.Epochs), Zh: "目前 " + strconv.Itoa(st.Epochs) + " 轮"})
	}
	s := st.Newest
	if c.Best {
		s = st.Best
	}
	if s == nil {
		return false, status(goal, false, Text{En: "not trained yet", Zh: "尚未训练"})
	}
	v, ok := s.value(c.Metric)
	if !ok {
		return false, status(goal, false, Text{En: "no validation split", Zh: "没有验证集"})
	}
	met := st.Epochs >= c.MinEpochs && cmp(v, c.Op, c.Value)
	return met, status(goal, met, Text{
		En: fmt.Sprintf("now %s at %d", short(v), st.Epochs),
		Zh: fmt.Sprintf("目前为 %s，第 %d 轮", short(v), st.Epochs),
	})
}

// value returns the named metric of s, and false for a validation metric
// without a validation split.
func (s *Stats) value(metric string) (float64, bool) {
	switch metric {
	case "train-loss":
		return s.TrainLoss, true
	case "test-loss":
		return s.TestLoss, true
	case "train-accuracy", "train-r2":
		return s.TrainMetric, true
	case "test-accuracy", "test-r2":
		return s.TestMetric, true
	case "valid-loss":
		return s.ValidLoss, s.HasValid
	}
	return s.ValidMetric, s.HasValid
}

// Validate checks that c is a check that can be met: a known kind, metric,
// setting, event and operator.
func (c *Check) Validate() error {
	op := func(text bool) error {
		switch c.Op {
		case "<=", ">=":
			if !text {
				return nil
			}
		case "=", "!=":
			return nil
		}
		return fmt.Errorf("guide: operator %q", c.Op)
	}
	if !finite(c.Value) {
		return fmt.Errorf("guide: value %v", c.Value)
	}
	switch c.Kind {
	case CheckMetric:
		if !slices.Contains(Metrics, c.Metric) {
			return fmt.Errorf("guide: no metric %q", c.Metric)
		}
		if c.MinEpochs < 0 || c.MinEpochs > MaxEpochs {
			return fmt.Errorf("guide: %d epochs", c.MinEpochs)
		}
		return op(false)
	case CheckSetting:
		if !settable(c.Setting) {
			return fmt.Errorf("guide: no setting %q", c.Setting)
		}
		return op(c.Text != "")
	case CheckEvent:
		if !slices.Contains(Events, c.Event) {
			return fmt.Errorf("guide: no event %q", c.Event)
		}
		return nil
	case CheckWeight:
		if c.Layer < 0 || c.To < 0 || c.From < -1 {
			return fmt.Errorf("guide: no weight %d, %d, %d", c.Layer, c.To, c.From)
		}
		if c.Op == "" {
			return nil
		}
		return op(false)
	}
	return fmt.Errorf("guide: unknown check %q", c.Kind)
}

// PageChecked reports whether c waits for an event only the page sees
// (PageEvents).
func (c *Check) PageChecked() bool {
	return c != nil && c.Kind == CheckEvent && slices.Contains(PageEvents, c.Event)
}
