package main

import (
	"strings"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// tryNames answers tools.TryNames: one press of Train for each of the
// names (exercise.Share, at most exercise.ShareNames, bounded by
// exercise.MaxShareWork), with a tools.NamesTried after each name, the
// last one Done; a bad exercise link is one tools.ToolFailed.
func tryNames(q *tools.TryNames, send func(wire.Message)) {
	l := strings.TrimSpace(q.Link)
	if i := strings.IndexByte(l, '#'); i > 0 {
		l = l[i:]
	}
	ex, err := exercise.Decode(l)
	if err != nil {
		send(&tools.ToolFailed{ID: q.ID, Message: err.Error(), Class: errorClass(err)})
		return
	}
	n := min(max(q.Names, 1), exercise.ShareNames)
	sh := ex.Share(n, exercise.MaxShareWork, func(s rules.Share) {
		if !s.Done {
			send(&tools.NamesTried{ID: q.ID, Share: s})
		}
	})
	send(&tools.NamesTried{ID: q.ID, Share: sh})
}
