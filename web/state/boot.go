package state

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// What the page takes over from web/static/boot.js, the small script that
// index.html runs before app.wasm (cmd/sitegen writes both):
//
//   - window.nnAssets maps a file's plain name ("worker.js") to its
//     content-hashed path relative to the page ("web/worker.3f9a0c1d.js");
//   - window.nnBoot.trainer is the trainer's Web Worker, started at once so
//     that trainer.wasm loads and compiles while app.wasm does, and
//     nnBoot.queue the events it sent before the page took it over;
//   - window.nnBoot.train is true when Train was clicked (or space pressed)
//     before app.wasm ran: the page trains as soon as the data is loaded;
//   - window.nnBoot.sent are the commands boot.js posted to the trainer
//     ahead, on a first visit (no link in the URL, no saved session, no
//     other language): FirstVisitCommands, encoded by cmd/sitegen, so that
//     the trainer builds the first data set while app.wasm compiles. The
//     page does not send them again (trainerLink.send).
//
// Without boot.js (a test page, an old index.html) every file has its plain
// name under web/ and the page starts its own worker.

// assetPath returns the path, relative to the page, of the site's file
// name (its content-hashed name when the site has one).
func assetPath(name string) string {
	if !app.IsClient {
		return "web/" + name
	}
	if a := app.Window().Get("nnAssets"); a.Truthy() {
		if p := a.Get(name); p.Type() == app.TypeString {
			return p.String()
		}
	}
	return "web/" + name
}

// bootWorker returns the trainer worker that boot.js started, the events
// it queued and the commands it sent ahead, and forgets them: only the
// page's first trainer is taken over (a restarted trainer is a new worker).
func bootWorker() (w app.Value, queued []app.Value, ahead [][]byte, ok bool) {
	b := app.Window().Get("nnBoot")
	if !b.Truthy() || !b.Get("trainer").Truthy() {
		return nil, nil, nil, false
	}
	w = b.Get("trainer")
	b.Set("trainer", nil)
	q := b.Get("queue")
	for i := 0; i < q.Length(); i++ {
		queued = append(queued, q.Index(i))
	}
	b.Set("queue", app.Window().Get("Array").New())
	if sent := b.Get("sent"); sent.Truthy() {
		for i := 0; i < sent.Length(); i++ {
			m := make([]byte, sent.Index(i).Length())
			app.CopyBytesToGo(m, sent.Index(i))
			ahead = append(ahead, m)
		}
	}
	return w, queued, ahead, true
}

// firstVisit loads the default settings, with the hint for newcomers: the
// page's start when there is no link and nothing saved.
func (s *Store) firstVisit() {
	s.Data.firstHint = true
	s.Change(true, "", func(*session.Settings) {})
}

// FirstVisitCommands returns, encoded, the commands the page sends the
// trainer on a first visit in English (playground.OnMount: the speed, then
// firstVisit's load): cmd/sitegen hands them to boot.js to send ahead.
func FirstVisitCommands() [][]byte {
	s := NewStore()
	var out [][]byte
	s.outbox = func(m wire.Message) { out = append(out, wire.Marshal(m)) }
	s.send(&wire.SetSpeed{EpochsPerSec: s.Run.speed})
	s.firstVisit()
	return out
}

// bootTrain reports whether Train was asked for before app.wasm ran, and
// tells boot.js that the page answers clicks itself from now on.
func bootTrain() bool {
	b := app.Window().Get("nnBoot")
	if !b.Truthy() {
		return false
	}
	b.Set("running", true)
	return b.Get("train").Truthy()
}
