// Command web is the playground's user interface: a go-app v9 program
// compiled to app.wasm, and, run natively, the generator of the static site.
//
// # Building
//
//	GOOS=js GOARCH=wasm go build -o site/web/app.wasm ./web
//	go run ./web -out site   # index.html, app.js, app-worker.js, manifest, web/ assets
//
// app.wasm, trainer.wasm, wasm_exec.js and worker.js must be in site/web
// before the generator runs (the Makefile does this): the service worker's
// version is a hash of those files. Every URL in the site is relative, so
// it works at "/" and under any sub-path such as /name/.
//
// # Readiness marker
//
// The prerendered HTML shows the controls at once, with go-app's loading
// banner and a #app-loading paragraph. Only the running wasm renders
//
//	<main id="playground" data-ready="1"> … <span id="app-ready" hidden> …
//
// so browser tests wait for document.getElementById("app-ready") (or
// #playground[data-ready="1"]). The first data set is loaded when
// #data-summary has text.
//
// # Talking to the trainer
//
// The page starts the trainer with new Worker("web/worker.js") (resolved
// against document.baseURI), posts session.Command values as JSON strings
// and receives session.Report values as JSON strings (core/session). It
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
//
// # Page-side JavaScript
//
// web/static/glue.js draws batches of lines, polylines, dots and RGBA
// images from flat float32 records that Go packs into one Uint8Array per
// batch, so that one frame costs a handful of calls through syscall/js.
//
// # Files
//
// One component per file (playground.go, data_panel.go, preview_table.go,
// features_panel.go, model_panel.go, controls.go, readouts.go, notices.go,
// loss_chart.go, grad_chart.go, network_view.go, weight_maps.go,
// boundary_view.go, scatter_view.go, confusion_view.go, lang_switch.go);
// store.go holds the state, trainer_link.go the worker, frame_loop.go the
// redraw loop, catalog.go every string in English and Simplified Chinese.
// The choice of language is kept in localStorage under "nnplay-lang".
package main
