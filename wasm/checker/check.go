package main

import (
	"strings"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// handle answers one encoded request (core/wire/tools), calling post with
// each encoded answer: one for a tool request, one tools.Checked after
// every code of a check, or one tools.ToolFailed.
func handle(b []byte, post func([]byte)) {
	send := func(m wire.Message) { post(wire.Marshal(m)) }
	c, err := wire.Unmarshal(b, tools.Protocol)
	if err != nil {
		send(&tools.ToolFailed{Message: "checker: bad request: " + err.Error(), Class: "bad"})
		return
	}
	id := tools.ID(c)
	fail := func(err error) { send(&tools.ToolFailed{ID: id, Message: err.Error(), Class: errorClass(err)}) }
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
	r := &tools.Checked{ID: ch.ID, Results: []tools.CheckResult{}}
	for _, code := range ch.Codes {
		for _, res := range exercise.CheckMany(ex, []string{code}) {
			r.Results = append(r.Results, tools.CheckResult(res))
			send(r)
		}
	}
	if len(r.Results) == 0 {
		send(r)
	}
}
