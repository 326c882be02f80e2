// Package web is the playground's user interface: go-app v9 components,
// compiled to app.wasm by cmd/app, and prerendered into index.html by
// cmd/sitegen (NewPage is the page's root).
//
// # Building
//
//	GOOS=js GOARCH=wasm go build -o site/web/app.wasm ./cmd/app
//	go run ./cmd/sitegen -out site   # hashed names, index.html, boot.js, worker.js, manifest, service worker
//
// app.wasm is compiled against third_party/go-app, go-app v9.8.0 whose
// server files (net/http, and with it TLS) are left out of the browser
// build by build constraints; go.mod's replace directive makes every build,
// vet and editor use it (third_party/go-app/README.md).
//
// app.wasm, trainer.wasm, checker.wasm and wasm_exec.js must be in
// site/web before cmd/sitegen runs (the Makefile does this); it gives every
// asset a content-hashed name, which the page reads from window.nnAssets
// (boot.go). Every URL in the site is relative, so it works at "/" and
// under any sub-path such as /name/.
//
// # Start-up
//
// index.html holds the first screen as the page renders it natively, with
// web/static/boot.js first in its <head>: it starts the trainer worker and
// compiles app.wasm in parallel, and keeps a click on Train made before
// app.wasm runs (boot.go takes the worker and the click over). A click on
// Train before the first data set is loaded is kept too (runState.trainWhenReady)
// and honoured when the trainer's Loaded arrives.
//
// # Readiness marker
//
// The prerendered HTML shows the controls at once, with a #app-loading
// paragraph. Only the running wasm renders
//
//	<main id="playground" data-ready="1"> … <span id="app-ready" hidden> …
//
// so browser tests wait for document.getElementById("app-ready") (or
// #playground[data-ready="1"]). The first data set is loaded when
// #data-summary has text.
//
// # Talking to the trainer
//
// boot.js starts the trainer with new Worker("web/worker.<hash>.js")
// (resolved against document.baseURI; the page starts its own when there is
// no boot.js, and after a trainer died) and talks to it in core/wire messages, a Go
// type per command and report, encoded by wire's one codec into
// Uint8Arrays whose buffers are transferred (trainer_link.go). A pasted
// table goes once (wire.Paste); later loads and live changes send the
// settings alone. Store.Apply folds each report by its type. It
// never trains and never computes: losses, metrics, heatmap grids,
// confusion matrices and predictions all come from the worker. Each report
// is folded into the store inside ctx.Dispatch; components subscribe to the
// parts they show; canvases are redrawn from the store by a
// requestAnimationFrame loop, at most once per display frame and only when
// something changed, whatever the epoch rate.
//
// # Readouts
//
// #epoch holds plain digits; #train-loss, #test-loss, #train-metric and
// #test-metric hold plain decimal text with 6 significant digits (empty when
// there is no such number, e.g. no test split); their data-value attribute
// holds every digit. The metric is accuracy as a fraction 0..1 for
// classification and R² for regression; the label beside says which.
// #epoch's data-rests counts the trainer's snapshots at rest (the answer to
// a pause or a step, or a stop), written with the numbers they bring: once
// it has grown past its value before a pause, the readouts show the epoch
// training stopped at (runState.rests). In a guided lesson, #lesson-check's
// data-reports counts the trainer's reports its check has seen since the
// step opened, and data-building is true while the step's settings are
// being built (the check ignores the old network's reports meanwhile), so
// that a script can tell that the check has seen an action's answer.
//
// # Links, saved session, offline
//
// At start (and on hashchange, and when go-app handles a click on a lesson
// link, see playground.OnNav) the page routes the URL fragment (Store.Route,
// session_io.go): a session link (core/link) loads its settings, language
// and weights; a lesson link opens the lesson with its explanation; an
// exercise link (core/exercise) opens the student view. A damaged,
// hand-edited or too large link loads the default session and says why in
// #link-error; a newer version's link says so. Without a fragment the page
// restores the last accepted settings from localStorage ("nnplay-session",
// their pasted table kept once apart in "nnplay-table"; the language stays
// the one in "nnplay-lang"), and the paste area gets back its text
// ("nnplay-draft", saved 400 ms after the last keystroke, on blur and when
// the tab hides, only when it is not the loaded table). A table the browser
// cannot keep (about 5 MB) is said at once in #table-lost with the session
// file offered (#save-lost), and again on the next visit; nothing older is
// left in its place (storage.go). #share writes the link into #share-url, onto the
// clipboard and into the address bar (history.replaceState); a later change
// of settings removes that fragment again, so that a reload restores the
// saved, newer session. The service worker (cmd/sitegen) answers
// content-hashed files from its cache and the rest from the network first,
// from its cache offline.
//
// # Exercises
//
// The editor (#exercise-editor) turns the accepted settings, locks, plain-text
// instructions and a goal into an exercise link (#exercise-url). The student
// view (#exercise) shows #exercise-instructions and #exercise-goal as text,
// disables locked controls (Store.Locked, Store.LockedCtl by session.Table), checks the goal live and
// shows a completion code (#completion-code) made by exercise.Code for the
// newest epoch that meets the goal, unless a weight was typed in by hand. The
// checker (#checker) sends the exercise link and the codes to the worker
// (tools.Check, to the tools worker): re-training happens there, never on
// the page's thread.
//
// # The tools worker
//
// app.wasm links neither core/link nor core/exercise: the page starts a
// second worker, worker.js?tools (checker.wasm, wasm/checker), on first use
// (a link in the URL, or after the first data set to list the lessons) and
// asks it asynchronously (Store.Ask, tools_link.go: a request ID, a callback
// run inside ctx.Dispatch) to decode links and session files, encode share
// links and session files, make exercise links and completion codes (the
// live check: the page finds the newest epoch meeting the goal itself,
// state.ExerciseInfo.Met, and the worker checks locks and limits and makes the
// code), list the lessons, and re-run the checker's codes: the requests and
// answers are core/wire/tools' types, which carry the values every binary
// links (session.Saved, rules.Exercise, rules.CheckResult, guide.Lesson;
// tools_types.go).
//
// # Model and predictions
//
// The export panel asks the trainer for the trained model (wire.GetModel:
// the answer wire.ModelFile carries nn.Model, which the page writes as the
// model file's JSON) and the predictions on the test split
// (wire.GetPredictions: CSV written by nn.AppendPredictionsCSV, the same
// columns as `nnplay predict`); both are downloaded (session_io.go,
// store.applyExtra; store.awaiting holds what has not come yet).
//
// # Page-side JavaScript
//
// web/static/glue.js draws batches of lines, polylines, dots and RGBA
// images from flat float32 records that Go packs into one Uint8Array per
// batch, so that one frame costs a handful of calls through syscall/js.
//
// # Files
//
// One component per file (playground.go, data_panel.go (with
// target_picker.go, the "Predict:" picker #target-select under the
// summary, and data_notes.go, the notes about the table, each with an
// Action getting one button #note-action-<index>), preview_table.go,
// features_panel.go, model_panel.go, controls.go, readouts.go, notices.go,
// loss_chart.go, grad_chart.go, network_view.go, weight_editor.go,
// weight_maps.go, boundary_view.go, scatter_view.go, confusion_view.go,
// lang_switch.go, share_panel.go, export_panel.go, lessons_panel.go,
// lesson_player.go, exercise_editor.go, exercise_view.go, checker.go);
// network_maps.go draws each hidden neuron's map in its node,
// derived_nodes.go offers x², y², x·y and sin as input nodes under the
// diagram, data_thumbs.go the generated data sets as pictures,
// readouts_voice.go what the readouts' live region says (at most every
// 5 s while training).
// The page's state and its protocol with the workers are package
// web/state (state.Store: its parts by domain, the trainer's and the tools
// worker's links, links and session files, localStorage, live changes,
// what the page takes over from boot.js); the components read it through
// its getters and change it through its named changes, and cannot read a
// field of it. frame_loop.go holds the redraw loop; package
// web/i18n holds every string in English and Simplified Chinese and the
// number formats (i18n.go gives them the page's short names t, tf, short…);
// keyboard.go the shortcuts. Package web/draw holds
// what the drawings are made of (the canvas and its SVG twin, chart axes,
// the history as chart columns, extents, the palette, the plane's ticks);
// the draw* functions of the components use it.
// A file over 400 lines says why in its first comment (TestFileSizes).
// The choice of language is kept in localStorage under "nnplay-lang".
package web
