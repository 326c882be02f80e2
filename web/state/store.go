// The store: what the page knows, in parts by domain, and how it talks to
// its workers. Components read it through methods only (getters on each
// part: st.Run.History(), st.Data.Summary(), …) and change it through the
// store's named changes (st.Change, ToggleTrain, st.SetSpeed, …), so that
// the rules of each change live in one place: the parts' fields are
// unexported, and the components are in package web. This file holds the
// struct, subscriptions and what goes to the trainer; store_reports.go
// folds its reports in, and each part has its store_<part>.go.

package state

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// topic says what changed in the store, so that each component re-renders
// only for what it shows.
type Topic uint

const (
	TopicData     Topic = 1 << iota // summary, data error, settings
	TopicStats                      // history grew (readouts)
	TopicRun                        // running, diverged, overfitting, notices
	TopicShape                      // network or heatmap shape changed
	TopicSnapshot                   // any new snapshot (confusion matrix)
	TopicLang                       // language switched
	TopicCode                       // the tools worker answered for a completion code (store_exercise.go)
	TopicAll      = ^Topic(0)
)

// store holds everything the page knows: the settings, and the latest state
// of the trainer as reported by the worker, in parts (dataState, runState,
// exerciseState, lessonState, viewOptions, paintState, rowState,
// explainState, noteState, classCheck, trainerHealth), and the links to the
// two workers. It is changed only inside ctx.Dispatch (by the store's
// report handlers and by the verbs that components' event handlers call),
// and notifies subscribed components, which re-render through their own
// ctx.Dispatch. Canvases are not components' state: the frame loop redraws
// them from the store at display frame rate when paint says they are dirty.
type Store struct {
	lang string // the page's language, "en" or "zh" (Lang)

	Data     dataState     // the settings, the data's summary and errors (store_data.go)
	Run      runState      // the run: the trainer's reports and what they say, the speed (store_run.go)
	Exercise exerciseState // the exercise opened by link, the starting weights and the editor's last exercise (store_exercise.go)
	Lessons  lessonState   // the lesson opened by link, its progress and the gallery (store_lesson.go)
	Opts     viewOptions   // what the page shows: panels open, pinned runs, test points, log scale (store_view.go)
	Paint    paintState    // what the frame loop must redraw, the chart columns, the prerendered pictures (store_paint.go)
	Row      rowState      // the row inspector's values and answer (store_row.go)
	Explain  explainState  // the explain view's neuron and row, and the answer (store_explain.go)
	Notes    noteState     // the notes about links, files and this browser's storage (store_notes.go)
	Check    classCheck    // the class check (check_rows.go), which the checker shows
	Health   trainerHealth // the trainer's watchdog and restarts (watchdog.go)

	// Links and this browser's storage (session_io.go, storage.go).
	lastFrag  string    // the fragment last routed, so that one link opens once
	kept      kept      // the texts kept in localStorage (storage.go)
	saveTimer app.Value // the session's save, put off while typing
	fromSaved bool      // the pending load is the session saved by the last visit

	// The trainer worker (trainer_link.go) and what it was sent.
	link *trainerLink
	// startTrainer starts a trainer worker (Store.Start), also after
	// one died (trainerDied, health).
	startTrainer func() *trainerLink
	awaiting     map[string]bool // ops sent whose answer ("model", "predictions", "check") is awaited
	// pasted is the text of the last wire.Paste sent: the trainer keeps
	// that table, and loads of pasted data send only the settings.
	pasted string

	// The tools worker (tools_link.go), started on first use.
	tools      *trainerLink
	startTools func() *trainerLink
	asks       map[int]toolsDone // requests awaiting their answer, by ID
	askID      int

	// outbox, when set (store_test.go), receives what would be posted to
	// the trainer.
	outbox func(wire.Message)
	// toolsOutbox, when set (render_sends_test.go), receives what would
	// be posted to the tools worker.
	toolsOutbox func(wire.Message)
	subs        []subscriber
}

type subscriber struct {
	topics Topic
	fn     func()
}

// record sends what would be posted to the trainer to trainer, and to the
// tools worker to tools (either may be nil): tests, and FirstVisitCommands.
func (s *Store) Record(trainer, tools func(wire.Message)) {
	s.outbox, s.toolsOutbox = trainer, tools
}

// Lang is the page's language ("en" or "zh").
func (s *Store) Lang() string { return s.lang }

func NewStore() *Store {
	s := &Store{lang: "en", Paint: paintState{dirty: DirtyAll}, awaiting: map[string]bool{}, asks: map[int]toolsDone{}}
	s.Data = dataState{settings: session.Default(), regKind: "none", regRate: 0.001, fieldErr: map[string]string{}}
	s.Run = runState{firstTune: -1, tunedAt: -1, speed: defaultSpeed, stepEpochs: 1}
	s.syncReg()
	return s
}

// subscribe calls fn (which must dispatch on its component) whenever one of
// topics changes. The returned function unsubscribes.
func (s *Store) Subscribe(topics Topic, fn func()) func() {
	sub := &subscriber{topics: topics, fn: fn}
	s.subs = append(s.subs, *sub)
	i := len(s.subs) - 1
	return func() {
		if i < len(s.subs) {
			s.subs[i].fn = nil
		}
	}
}

// notify first asks the workers for what the new state needs (askCode:
// the completion code), so that no component's Render sends a request.
func (s *Store) Notify(t Topic) {
	s.askCode()
	for _, sub := range s.subs {
		if sub.fn != nil && sub.topics&t != 0 {
			sub.fn()
		}
	}
}

// epoch is the newest epoch reported, 0 before any training.
func (s *Store) Epoch() int {
	if len(s.Run.history) == 0 {
		return 0
	}
	return s.Run.history[len(s.Run.history)-1].Epoch
}

// send posts c to the trainer. A Load or Tune of pasted data goes with its
// table only when the trainer does not have it already (a wire.Paste before
// it), and otherwise with the settings alone.
func (s *Store) send(c wire.Message) {
	if s.link == nil && s.outbox == nil {
		return
	}
	switch c := c.(type) {
	case *wire.Load:
		c.Pasted = s.paste(&c.Settings)
	case *wire.Tune:
		c.Pasted = s.paste(&c.Settings)
	}
	s.post(c)
}

// post hands c to the trainer's link (or the outbox).
func (s *Store) post(c wire.Message) {
	if s.outbox != nil {
		s.outbox(c)
		return
	}
	s.link.send(c)
}

// paste sends the pasted text of set to the trainer unless it was the last
// one sent, and leaves it out of set; it reports whether set has pasted
// data.
func (s *Store) paste(set *session.Settings) bool {
	if set.Dataset != "" {
		return false
	}
	if set.Text != s.pasted {
		s.post(&wire.Paste{Text: set.Text})
		s.pasted = set.Text
	}
	set.Text = ""
	return true
}

// sendExtra sends a request whose answer the page awaits (GetModel,
// GetPredictions); the answer or the worker's error comes back through
// applyExtra.
func (s *Store) SendExtra(c wire.Message) {
	switch c.(type) {
	case *wire.GetModel:
		s.awaiting[awaitModel] = true
	case *wire.GetPredictions:
		s.awaiting[awaitPredictions] = true
	}
	s.send(c)
}
