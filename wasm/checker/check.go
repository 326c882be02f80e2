package main

import (
	"fmt"
	"strings"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// handle answers one encoded request (core/wire/tools), calling post with
// each encoded answer: one for a tool request; for a check, one
// tools.Checked after every code found among the words of Codes
// (exercise.FindCodes), with the results so far (the last one with the
// class check's flags, exercise.Flag); or one tools.ToolFailed. A panic
// while answering is reported as a failure of the request, and the worker
// lives on.
func handle(b []byte, post func([]byte)) {
	send := func(m wire.Message) { post(wire.Marshal(m)) }
	var id int
	defer func() {
		if v := recover(); v != nil {
			send(&tools.ToolFailed{ID: id, Message: fmt.Sprintf("checker: internal error: %v", v), Class: "bad"})
		}
	}()
	c, err := wire.Unmarshal(b, tools.Protocol)
	if err != nil {
		send(&tools.ToolFailed{Message: "checker: bad request: " + err.Error(), Class: "bad"})
		return
	}
	id = tools.ID(c)
	fail := func(err error) { send(&tools.ToolFailed{ID: id, Message: err.Error(), Class: errorClass(err)}) }
	if q, ok := c.(*tools.TryNames); ok {
		tryNames(q, send)
		return
	}
	ch, ok := c.(*tools.Check)
	if !ok {
		a, err := tool(c)
		if err != nil {
			fail(err)
			return
		}
		send(a)
		return
	}
	l := strings.TrimSpace(ch.Link)
	if i := strings.IndexByte(l, '#'); i > 0 {
		l = l[i:] // a whole URL: the link is its fragment
	}
	ex, err := exercise.Decode(l)
	if err != nil {
		fail(err)
		return
	}
	var rows []exercise.Result
	report := func() {
		r := &tools.Checked{ID: ch.ID, Results: make([]tools.CheckResult, len(rows))}
		for i, row := range rows {
			r.Results[i] = fromResult(&row)
		}
		send(r)
	}
	// Codes among other words (chat text, split by the page or not): only
	// the words that read as codes are checked (rules.FindCodes, which the
	// page can call to count the others for its note).
	codes, _ := exercise.FindCodes(strings.Join(ch.Codes, "\n"))
	for i, code := range codes {
		r, _ := checkCode(ex, code)
		rows = append(rows, r)
		if i < len(codes)-1 {
			report() // the last report comes with the flags
		}
	}
	exercise.Flag(rows, nil)
	report()
}

// checkCode is exercise.Check; tests replace it.
var checkCode = exercise.Check
