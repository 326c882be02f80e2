package web

import (
	"encoding/json"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

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
func (s *store) codeRequest() (q rules.CodeRequest, best nn.Stats, met, tuned bool) {
	ex := s.ex
	// The code names the first epoch that meets the goal (rules.FirstMet),
	// so training on past the checker's limit never spoils it.
	best, met = rules.FirstMet(ex.Goal, s.history)
	// The settings the run started with: a live change (store.tune) after
	// the goal was met does not matter, one before it does.
	tuned = met && s.firstTune >= 0 && best.Epoch > s.firstTune
	q = rules.CodeRequest{Exercise: s.exLink, Name: ex.name, Settings: s.runSettings, FromStart: s.fromStart}
	q.Settings.Text = "" // the exercise has it
	if met && !s.edited && !tuned {
		q.Stats = &best
	}
	return q, best, met, tuned
}

// askCode asks the tools worker for the completion code of the store's
// state unless that request was the last one sent: notify calls it, so
// that a change of the settings, the name or the first epoch meeting the
// goal asks again. Its answer notifies topicCode.
func (s *store) askCode() {
	if s.ex == nil {
		return
	}
	q, _, _, _ := s.codeRequest()
	b, err := json.Marshal(q)
	if err != nil || string(b) == s.code.asked {
		return
	}
	key := string(b)
	if s.code.answer != nil {
		s.code.prev = s.code.answer
	}
	s.code.asked, s.code.answer = key, nil
	s.ask(&tools.ExerciseCode{Request: q}, func(m wire.Message, errMsg string, class tools.FailClass) {
		if s.code.asked != key {
			return
		}
		a := &rules.CodeAnswer{Error: errMsg}
		if r, ok := m.(*tools.CodeAnswer); ok {
			a = &r.Answer
		}
		s.code.answer = a
		s.notify(topicCode)
	})
}
