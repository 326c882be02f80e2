package state

import (
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// toolsPath is the tools worker's script: worker.js (its hashed name, see
// boot.go) runs checker.wasm when its URL has ?tools (wasm/checker).
func toolsPath() string { return assetPath("worker.js") + "?tools" }

// What the page awaits an answer to (store.awaiting).
const (
	awaitModel       = "model"       // wire.GetModel
	awaitPredictions = "predictions" // wire.GetPredictions
	awaitCheck       = "check"       // tools.Check
)

// toolsDone receives the answer to a tool request, or the error's message
// and class (tools.ToolFailed).
type toolsDone func(answer wire.Message, errMsg string, class tools.FailClass)

// ask sends a tool request to the tools worker, started on first use, and
// calls done inside ctx.Dispatch with its answer.
func (s *Store) Ask(req wire.Message, done toolsDone) {
	id := s.nextAskID()
	s.asks[id] = done
	tools.SetID(req, id)
	s.sendTools(req)
}

// nextAskID is the ID of a new request to the tools worker: ask's, or a
// class check's (askCheck), whose answers applyTool routes by it.
func (s *Store) nextAskID() int {
	s.askID++
	return s.askID
}

// askText is ask for the requests answered with text (tools.LinkText:
// links, session files).
func (s *Store) AskText(req wire.Message, done func(text, errMsg string, class tools.FailClass)) {
	s.Ask(req, func(a wire.Message, errMsg string, class tools.FailClass) {
		var text string
		if t, ok := a.(*tools.LinkText); ok {
			text = t.Text
		} else if errMsg == "" {
			errMsg, class = "unexpected answer from the tools worker", tools.FailBad
		}
		done(text, errMsg, class)
	})
}

// sendTools posts c to the tools worker, starting it first if needed.
func (s *Store) sendTools(c wire.Message) {
	if s.toolsOutbox != nil {
		s.toolsOutbox(c)
		return
	}
	if s.tools == nil {
		if s.startTools == nil {
			return // not in a browser
		}
		s.tools = s.startTools()
	}
	s.tools.send(c)
}

// toolsDied takes the tools worker's own failure: every request waiting
// gets the error, and the next request starts a new worker.
func (s *Store) toolsDied(msg string) {
	if s.tools != nil {
		s.tools.stop()
		s.tools = nil
	}
	s.applyTool(&tools.ToolFailed{Message: msg, Class: tools.FailBad})
}

// applyTool folds an answer of the tools worker; call it inside
// ctx.Dispatch.
func (s *Store) applyTool(m wire.Message) {
	id := tools.ID(m)
	failed, _ := m.(*tools.ToolFailed)
	if checked, ok := m.(*tools.Checked); ok || id != 0 && id == s.Check.id {
		if id != s.Check.id {
			return // a check stopped or replaced since
		}
		if failed != nil {
			delete(s.awaiting, awaitCheck)
			s.Check.err = linkMessage(s.lang, failed.Message, failed.Class)
			s.Notify(TopicRun)
			return
		}
		s.applyExtra(checked)
		return
	}
	done := s.asks[id]
	if done == nil {
		if failed != nil && id == 0 {
			// worker.js itself failed (checker.wasm missing, …): every
			// request waiting gets the error.
			for id, d := range s.asks {
				delete(s.asks, id)
				d(nil, failed.Message, tools.FailBad)
			}
			if s.awaiting[awaitCheck] {
				delete(s.awaiting, awaitCheck)
				s.Check.err = failed.Message
			}
			s.Notify(TopicRun)
		}
		return
	}
	if nt, ok := m.(*tools.NamesTried); !ok || nt.Share.Done {
		delete(s.asks, id) // TryNames is answered after each name
	}
	if failed != nil {
		done(nil, failed.Message, failed.Class)
		return
	}
	done(m, "", tools.FailBad) // no error: the class is not read
}
