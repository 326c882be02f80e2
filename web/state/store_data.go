// The store's part about the settings and the data (dataState), and the
// verbs that change the settings.

package state

import (
	"github.com/nnplayground/playground/core/wire"
	"slices"
)
import "github.com/nnplayground/playground/core/session"

// dataState is the store's part about the settings and the data: the
// settings the trainer accepted and the ones it builds, the data's summary
// and errors, the numeric fields' messages. The store changes it (change,
// load and the trainer's reports, setFieldErr, setDataErr); the components
// read it through its methods and Store.View.
type dataState struct {
	settings session.Settings  // the last settings the worker accepted
	pending  *session.Settings // settings sent, awaiting "loaded" or "error"
	dataEdit bool              // whether the pending change touched the data

	regKind string  // "none", "l1", "l2": the page's view of Config.L1/L2
	regRate float64 // the rate shown in #reg-rate

	summary   *session.Summary
	dataErr   string            // data error with line and column; "" when none
	dataErrAt ErrParts          // the worker's data error in parts, for DataErrorText
	fieldErr  map[string]string // a numeric field's message (fields.go), by id; the value in use stays
	// firstHint is set on a first visit (no link, nothing saved): the
	// notices suggest what to try.
	firstHint bool
}

// Settings are the last settings the trainer accepted (Store.View: the
// ones the controls show).
func (d *dataState) Settings() session.Settings { return d.settings }

// Pending is whether the trainer is building new settings.
func (d *dataState) Pending() bool { return d.pending != nil }

// Summary is the loaded data's summary (nil before the first load).
func (d *dataState) Summary() *session.Summary { return d.summary }

// Reg is the regularization the page shows: "none", "l1" or "l2", and the
// rate in #reg-rate.
func (d *dataState) Reg() (kind string, rate float64) { return d.regKind, d.regRate }

// DataErr is the data's error with its line and column ("" when none), and
// its parts.
func (d *dataState) DataErr() (string, ErrParts) { return d.dataErr, d.dataErrAt }

// FieldErr is numeric field id's message ("" when its text is a number in
// bounds).
func (d *dataState) FieldErr(id string) string { return d.fieldErr[id] }

// FirstHint is whether the notices suggest what to try (a first visit).
func (d *dataState) FirstHint() bool { return d.firstHint }

// word is a name that a built-in dataset gives its data (its target column
// "label", its classes "positive" and "negative") in the page's language,
// from the catalog's "data-" keys; any other name, and every name of a
// pasted table, is shown as it is. Only the display changes: the data, the
// links and the exported code keep the names.
func (s *Store) Word(l, name string) string {
	if s.Data.settings.Dataset == "" {
		return name
	}
	if w, ok := catalog[l]["data-"+name]; ok {
		return w
	}
	return name
}

// builtinSummary is the loaded data's summary with its target named by
// word, for summaryText.
func (s *Store) BuiltinSummary(l string) *session.Summary {
	if s.Data.summary == nil {
		return nil
	}
	sum := *s.Data.summary
	sum.Target = s.Word(l, sum.Target)
	return &sum
}

// linear is the linear model's reference for the loaded data, fitted by
// the worker to the same training rows (session.Summary.Linear), or nil.
func (s *Store) Linear() *session.Baseline {
	if s.Data.summary == nil {
		return nil
	}
	return s.Data.summary.Linear
}

// view returns the settings the controls show: the pending ones while the
// worker builds them, else the accepted ones.
func (s *Store) View() session.Settings {
	if s.Data.pending != nil {
		return *s.Data.pending
	}
	return s.Data.settings
}

// syncReg sets regKind and regRate from the accepted settings.
func (s *Store) syncReg() { s.syncRegOf(s.Data.settings) }

// syncRegOf sets regKind and regRate from settings x (about to load).
func (s *Store) syncRegOf(x session.Settings) {
	m := x.Model
	switch {
	case m.L1 > 0:
		s.Data.regKind, s.Data.regRate = "l1", m.L1
	case m.L2 > 0:
		s.Data.regKind, s.Data.regRate = "l2", m.L2
	default:
		s.Data.regKind = "none"
	}
}

// change applies edit to a copy of the current settings and asks the worker
// to build it: every setting needs a new network, and the page says so.
// data tells whether the change is to the data (its error goes to #data-error).
func (s *Store) Change(data bool, reason string, edit func(*session.Settings)) {
	next := s.View()
	next.Model.Hidden = append([]int(nil), next.Model.Hidden...)
	next.Ignore = append([]string(nil), next.Ignore...)
	next.Derived = append(next.Derived[:0:0], next.Derived...)
	edit(&next)
	if s.Exercise.ex != nil {
		next = s.Exercise.ex.Merge(next) // an exercise's data, split and seed are fixed
	}
	if s.Epoch() > 0 || s.Run.running {
		s.Run.resetNotice = reason
		prev := s.View()
		s.Run.undo = &prev
	}
	// Starting weights survive a change that keeps the network's shape.
	var params []float64
	if !data && slices.Equal(next.Model.Hidden, s.View().Model.Hidden) {
		params = s.Exercise.params
	}
	s.Load(next, params, data)
	if s.Exercise.ex == nil && s.Lessons.lesson == nil {
		clearFragment(s)
	}
}

// load asks the worker to build settings next, starting from params when
// they are not nil. data tells whether its error belongs to #data-error.
func (s *Store) Load(next session.Settings, params []float64, data bool) {
	next.Lang = s.lang
	next.Version = session.Version
	s.Data.pending = &next
	s.Exercise.sentParams = params
	s.Data.dataEdit = data
	if data && next.Dataset == "" {
		s.Data.firstHint = false // the first-visit hint is about the built-in sets: this user has data of their own
	}
	s.Run.running = false
	s.send(&wire.Load{Settings: next, Params: params})
	s.Notify(TopicData | TopicRun)
}

// task is "regression", "binary" or "multiclass" ("" before data loads).
func (s *Store) Task() string {
	if s.Data.summary == nil {
		return ""
	}
	return s.Data.summary.Task
}

// switchLang switches the page to language l (#lang): the settings carry
// it, the session kept in this browser too, and every component
// re-renders.
func (s *Store) SwitchLang(l string) {
	s.lang = l
	s.Data.settings.Lang = l
	saveSession(s)
	setDocumentLang(l)
	s.Paint.dirty = DirtyAll
	s.Notify(TopicLang)
}

// setDataErr sets the data's error, msg, found by the page (an empty
// table, a file not read), and says so.
func (s *Store) SetDataErr(msg string) {
	s.Data.dataErr, s.Data.dataErrAt.Code = msg, ""
	s.Notify(TopicData)
}

// showFirstHint notes that the page opens with nothing saved and no link:
// the notices suggest what to try.
func (s *Store) ShowFirstHint() { s.Data.firstHint = true }

// dismissFirstHint hides the first visit's hint.
func (s *Store) DismissFirstHint() { s.Data.firstHint = false }

// setRegKind sets the regularization the page shows ("none", "l1",
// "l2"), as its select changes the settings.
func (s *Store) SetRegKind(kind string) { s.Data.regKind = kind }

// setRegRate sets the regularization rate the page shows, as #reg-rate
// changes the settings.
func (s *Store) SetRegRate(rate float64) { s.Data.regRate = rate }

// ErrParts is a data error in parts: its kind (data.ParseError.Code), the
// cell or name it quotes, its line and column.
type ErrParts struct {
	Code, Cell   string
	Line, Column int
}

// setFieldErr sets numeric field id's message (a number not read, or out
// of bounds; the value in use stays), or with "" clears it; a message
// shows at once.
func (s *Store) SetFieldErr(id, msg string) {
	if msg == "" {
		delete(s.Data.fieldErr, id)
		return
	}
	s.Data.fieldErr[id] = msg
	s.Notify(TopicData)
}
