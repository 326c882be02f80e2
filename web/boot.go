package web

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// What the page takes over from web/static/boot.js, the small script that
// index.html runs before app.wasm (cmd/sitegen writes both):
//
//   - window.nnAssets maps a file's plain name ("worker.js") to its
//     content-hashed path relative to the page ("web/worker.3f9a0c1d.js");
//   - window.nnBoot.trainer is the trainer's Web Worker, started at once so
//     that trainer.wasm loads and compiles while app.wasm does, and
//     nnBoot.queue the events it sent before the page took it over;
//   - window.nnBoot.train is true when Train was clicked (or space pressed)
//     before app.wasm ran: the page trains as soon as the data is loaded.
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

// bootWorker returns the trainer worker that boot.js started and the
// events it queued, and forgets them: only the page's first trainer is
// taken over (a restarted trainer is a new worker).
func bootWorker() (w app.Value, queued []app.Value, ok bool) {
	b := app.Window().Get("nnBoot")
	if !b.Truthy() || !b.Get("trainer").Truthy() {
		return nil, nil, false
	}
	w = b.Get("trainer")
	b.Set("trainer", nil)
	q := b.Get("queue")
	for i := 0; i < q.Length(); i++ {
		queued = append(queued, q.Index(i))
	}
	b.Set("queue", app.Window().Get("Array").New())
	return w, queued, true
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
