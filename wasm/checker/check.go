package main

import (
	"fmt"
	"strings"
	"sync"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// handle answers one encoded request (core/wire/tools), calling post with
// each encoded answer: one for a tool request, none for StopCheck; for a
// check, one tools.Checked per code found among the words of Codes
// (exercise.FindCodes), each with its row only, and a last one, Done, with
// the class list's missing names; or one tools.ToolFailed. A panic while
// answering is reported as a failure of the request, and the worker lives
// on.
func handle(b []byte, post func([]byte)) {
	send := func(m wire.Message) { post(wire.Marshal(m)) }
	var id int
	defer func() {
		if v := recover(); v != nil {
			send(&tools.ToolFailed{ID: id, Message: fmt.Sprintf("checker: internal error: %v", v), Class: tools.FailBad})
		}
	}()
	c, err := wire.Unmarshal(b, tools.Protocol)
	if err != nil {
		send(&tools.ToolFailed{Message: "checker: bad request: " + err.Error(), Class: tools.FailBad})
		return
	}
	id = tools.ID(c)
	fail := func(err error) { send(&tools.ToolFailed{ID: id, Message: err.Error(), Class: errorClass(err)}) }
	switch c := c.(type) {
	case *tools.StopCheck:
		stops.stop(c.ID)
	case *tools.TryNames:
		tryNames(c, send)
	case *tools.Check:
		if err := check(c, send); err != nil {
			fail(err)
		}
	default:
		a, err := tool(c)
		if err != nil {
			fail(err)
			return
		}
		send(a)
	}
}

// check runs a class check (exercise.Class), sending a tools.Checked after
// each code and a last one, Done. Between two codes it pauses, so that a
// StopCheck can arrive, and stops when one did. A bad exercise link is
// its error.
func check(ch *tools.Check, send func(wire.Message)) error {
	l := strings.TrimSpace(ch.Link)
	if i := strings.IndexByte(l, '#'); i > 0 {
		l = l[i:] // a whole URL: the link is its fragment
	}
	ex, err := exercise.Decode(l)
	if err != nil {
		return err
	}
	// Codes among other words (chat text, split by the page or not): only
	// the words that read as codes are checked (rules.FindCodes, which the
	// page can call to count the others for its note).
	codes, _ := exercise.FindCodes(strings.Join(ch.Codes, "\n"))
	cls := exercise.NewClass(ex, ch.Class)
	for i, code := range codes {
		pause()
		if stops.stopped(ch.ID) {
			send(&tools.Checked{ID: ch.ID, Total: len(codes), First: i, Done: true, Stopped: true})
			return nil
		}
		r, re := addCode(cls, code)
		send(&tools.Checked{ID: ch.ID, Total: len(codes), First: i, Rows: []rules.CheckResult{r}, Reflags: re})
	}
	done := &tools.Checked{ID: ch.ID, Total: len(codes), First: len(codes), Done: true}
	done.Rows = cls.Missing()
	send(done)
	return nil
}

// addCode is exercise.Class.Add; tests replace it.
var addCode = (*exercise.Class).Add

// pause lets the worker's messages in between two codes (main_js.go
// sleeps; natively there is nothing to wait for).
var pause = func() {}

// stops holds the IDs of the checks asked to stop (tools.StopCheck).
var stops stopSet

type stopSet struct {
	mu  sync.Mutex
	ids map[int]bool
}

func (s *stopSet) stop(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids == nil {
		s.ids = map[int]bool{}
	}
	s.ids[id] = true
}

func (s *stopSet) stopped(id int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ids[id]
}
