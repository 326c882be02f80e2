package state

import (
	"encoding/json"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/session"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// exerciseState is the store's part about exercises: the exercise opened
// by link (the student's view) with what the tools worker says about it
// and its completion code, the starting weights of the loaded network, and
// the link of the exercise last made in the editor. The store changes it
// (open in session_io.go, applyLoaded, setStudentName, SetParam, ResetNet,
// madeExercise, leaveLinks); the components read it through its methods.
type exerciseState struct {
	ex         *ExerciseInfo       // the exercise opened by link (student view); nil otherwise
	exMeta     *rules.ExerciseInfo // what the tools worker says about it (tools.GetExerciseInfo); nil until it answers
	exLink     string              // its link, "#v1.…"
	code       codeState           // its completion code, asked of the tools worker
	madeEx     string              // the link of the exercise last made in the editor
	params     []float64           // starting weights of the loaded network (nil: the seed's initialisation)
	sentParams []float64           // starting weights sent with the pending load
	fromStart  bool                // the worker applied params: training started from them
	edited     bool                // a weight was typed in since the last load: no completion code
}

// Info is the exercise opened by link; nil when the page is in none.
func (e *exerciseState) Info() *ExerciseInfo { return e.ex }

// Meta is what the tools worker says about the exercise opened (its ID,
// whether codes are bound to names, …); nil until it answers.
func (e *exerciseState) Meta() *rules.ExerciseInfo { return e.exMeta }

// Link is the exercise's link, "#v1.…" ("" when the page is in none).
func (e *exerciseState) Link() string { return e.exLink }

// Made is the link of the exercise last made in the editor ("" before one).
func (e *exerciseState) Made() string { return e.madeEx }

// Params are the starting weights of the loaded network (nil: the seed's
// initialisation).
func (e *exerciseState) Params() []float64 { return e.params }

// Edited is whether a weight was typed in since the last load (then no
// completion code is made).
func (e *exerciseState) Edited() bool { return e.edited }

// CodeAnswer is the tools worker's answer to the last completion-code
// request (nil until it comes) and the answer before it, shown meanwhile.
func (e *exerciseState) CodeAnswer() (answer, prev *rules.CodeAnswer) {
	return e.code.answer, e.code.prev
}

// madeExercise records the link of the exercise just made in the editor.
func (s *Store) MadeExercise(link string) { s.Exercise.madeEx = link }

// leaveLinks takes the page out of the exercise and the lesson opened by
// link (a session file opened instead).
func (s *Store) LeaveLinks() {
	s.Exercise.ex, s.Exercise.exLink, s.Lessons.lesson = nil, "", nil
	clearFragment(s)
}

// codeState is the completion code's exchange with the tools worker
// (tools.ExerciseCode), which checks the locks and limits and makes the
// code: the last request sent and its answer. The exercise view shows it
// (exerciseView.status); the store asks (askCode).
type codeState struct {
	asked  string            // the last tools.ExerciseCode request sent, as JSON
	answer *rules.CodeAnswer // its answer; nil until it comes
	prev   *rules.CodeAnswer // the answer before, shown meanwhile (the code and its name field stay)
}

// codeRequest is the tools.ExerciseCode request for the store's state, with
// the first epoch that meets the goal (best, when met) and whether a live
// change came before it (tuned). Call it only in an exercise (s.ex set).
func (s *Store) CodeRequest() (q rules.CodeRequest, best nn.Stats, met, tuned bool) {
	ex := s.Exercise.ex
	// The code names the first epoch that meets the goal (rules.FirstMet),
	// so training on past the checker's limit never spoils it.
	best, met = rules.FirstMet(ex.Goal, s.Run.history)
	// The settings the run started with: a live change (Store.Tune) after
	// the goal was met does not matter, one before it does.
	tuned = met && s.Run.firstTune >= 0 && best.Epoch > s.Run.firstTune
	q = rules.CodeRequest{Exercise: s.Exercise.exLink, Name: ex.Name, Settings: s.Run.runSettings, FromStart: s.Exercise.fromStart}
	q.Settings.Text = "" // the exercise has it
	if met && !s.Exercise.edited && !tuned {
		q.Stats = &best
	}
	return q, best, met, tuned
}

// askCode asks the tools worker for the completion code of the store's
// state unless that request was the last one sent: notify calls it, so
// that a change of the settings, the name or the first epoch meeting the
// goal asks again. Its answer notifies TopicCode.
func (s *Store) askCode() {
	if s.Exercise.ex == nil {
		return
	}
	q, _, _, _ := s.CodeRequest()
	b, err := json.Marshal(q)
	if err != nil || string(b) == s.Exercise.code.asked {
		return
	}
	key := string(b)
	if s.Exercise.code.answer != nil {
		s.Exercise.code.prev = s.Exercise.code.answer
	}
	s.Exercise.code.asked, s.Exercise.code.answer = key, nil
	s.Ask(&tools.ExerciseCode{Request: q}, func(m wire.Message, errMsg string, class tools.FailClass) {
		if s.Exercise.code.asked != key {
			return
		}
		a := &rules.CodeAnswer{Error: errMsg}
		if r, ok := m.(*tools.CodeAnswer); ok {
			a = &r.Answer
		}
		s.Exercise.code.answer = a
		s.Notify(TopicCode)
	})
}

// setStudentName records the name a student typed in an exercise. The name
// seeds the student's training (rules.ForStudent), so that a completion
// code cannot be renamed: a new name starts the training again, which the
// reset notice says. The name is kept in this browser for the next visit.
// Call it inside ctx.Dispatch.
func (s *Store) SetStudentName(name string) {
	if s.Exercise.ex == nil {
		return
	}
	name = strings.TrimSpace(name)
	if utf8.RuneCountInString(name) > rules.MaxName {
		name = string([]rune(name)[:rules.MaxName])
	}
	if rules.NormName(name) == rules.NormName(s.Exercise.ex.Name) {
		s.Exercise.ex.Name = name // the same student: spaces or capitals
		storageSet(nameKey, name)
		s.Notify(TopicRun)
		return
	}
	s.Exercise.ex.Name = name
	storageSet(nameKey, name)
	s.Change(false, "name", func(*session.Settings) {}) // Merge puts the new seed in
}

// locked reports whether the exercise the page is in locks the setting
// name (a name of exercise.Lockable or exercise.Fixed; the fixed ones are
// always locked).
func (s *Store) Locked(name string) bool {
	if s.Exercise.ex == nil {
		return false
	}
	return slices.Contains(rules.Fixed, name) || slices.Contains(s.Exercise.ex.Locked, name)
}

// SetParam sends a typed-in weight (from >= 0) or bias (from == -1) to the
// live network; the worker answers with a snapshot that redraws it.
func SetParam(st *Store, layer, to, from int, v float64) {
	st.Exercise.edited = true
	st.lessonEdit(guide.Edit{Layer: layer, To: to, From: from, Value: v})
	if from >= 0 {
		st.send(&wire.SetWeight{Layer: layer, To: to, From: from, Value: v})
	} else {
		st.send(&wire.SetBias{Layer: layer, To: to, Value: v})
	}
	st.Notify(TopicRun)
}

// askExerciseInfo asks the tools worker what an exercise link implies
// (tools.GetExerciseInfo: its ID, nonce, whether codes are bound to names, the
// settings it fixes with their reasons, and whether its own start already
// meets the goal) and calls done with the answer, or nil on an error.
// Call it inside ctx.Dispatch; done runs inside one too.
func (s *Store) askExerciseInfo(link string, done func(*rules.ExerciseInfo)) {
	s.Ask(&tools.GetExerciseInfo{Link: link}, func(a wire.Message, errMsg string, class tools.FailClass) {
		if r, ok := a.(*tools.ExerciseInfo); ok {
			done(&r.Info)
		} else {
			done(nil)
		}
		s.Notify(TopicRun | TopicData)
	})
}

// askShare asks the tools worker to train one press of Train for
// exercise.ShareNames students' names in an exercise (tools.TryNames) and
// calls update with the counts after each name, the last one Done, or
// with nil on an error. Call it inside ctx.Dispatch; update runs inside
// one too.
func (s *Store) AskShare(link string, update func(*rules.Share)) {
	s.Ask(&tools.TryNames{Link: link, Names: ShareNames}, func(a wire.Message, errMsg string, class tools.FailClass) {
		if r, ok := a.(*tools.NamesTried); ok {
			update(&r.Share)
		} else {
			update(nil)
		}
		s.Notify(TopicRun)
	})
}

// lockedCtl reports whether the exercise locks the setting that the
// control id changes (session.Setting.Control). The regularization's pair
// of controls sets L1 or L2: either locked locks both.
func (s *Store) LockedCtl(id string) bool {
	if id == "regularization" || id == "reg-rate" {
		return s.Locked("l1") || s.Locked("l2")
	}
	for i := range session.Table {
		if e := &session.Table[i]; e.Control == id {
			return s.Locked(e.Name)
		}
	}
	return false
}

// ShareNames is how many names the editor tries (exercise.ShareNames,
// which the page does not link).
const ShareNames = 20
