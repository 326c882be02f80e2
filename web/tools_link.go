package main

import "github.com/nnplayground/playground/core/session"

// toolsPath is the tools worker's script: worker.js runs checker.wasm when
// its URL has ?tools (wasm/checker).
const toolsPath = "web/worker.js?tools"

// toolsDone receives the answer to a tool request: data on success, or the
// error's message and class ("newer", "large", "kind", "too-long", "bad").
type toolsDone func(data, errMsg, class string)

// ask sends a tool op to the tools worker, started on first use, and calls
// done inside ctx.Dispatch with its answer.
func (s *store) ask(op, text string, done toolsDone) {
	s.askID++
	s.asks[s.askID] = done
	s.sendTools(session.Command{Op: op, Text: text, ID: s.askID})
}

// sendTools posts c to the tools worker, starting it first if needed.
func (s *store) sendTools(c session.Command) {
	if s.tools == nil {
		if s.startTools == nil {
			return // not in a browser
		}
		s.tools = s.startTools()
	}
	s.tools.send(c)
}

// applyTool folds a report of the tools worker; call it inside
// ctx.Dispatch.
func (s *store) applyTool(r *session.Report, data string) {
	if r.Kind == session.KindCheck || (r.ID != 0 && r.ID == s.checkID) {
		if r.Kind == session.KindError {
			delete(s.awaiting, session.OpCheck)
			s.checkErr = linkMessage(s.lang, r.Error, data)
			s.notify(topicRun)
			return
		}
		s.applyExtra(r.Kind, data)
		return
	}
	done := s.asks[r.ID]
	if done == nil {
		if r.Kind == session.KindError && r.ID == 0 {
			// worker.js itself failed (checker.wasm missing, …): every
			// request waiting gets the error.
			for id, d := range s.asks {
				delete(s.asks, id)
				d("", r.Error, "bad")
			}
			if s.awaiting[session.OpCheck] {
				delete(s.awaiting, session.OpCheck)
				s.checkErr = r.Error
			}
			s.notify(topicRun)
		}
		return
	}
	delete(s.asks, r.ID)
	if r.Kind == session.KindError {
		class := data
		if class == "" {
			class = "bad"
		}
		done("", r.Error, class)
		return
	}
	done(data, "", "")
}
