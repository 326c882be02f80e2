// Command sitegen writes the playground's static site (make build):
//
//	go run ./cmd/sitegen -out site
//
// The Makefile first builds app.wasm (cmd/app), trainer.wasm (wasm),
// checker.wasm (wasm/checker) and copies Go's wasm_exec.js into <out>/web;
// sitegen then
//
//   - gives every asset a content-hashed name (app.3f9a0c1d2e4b.wasm), so
//     that serve.go lets browsers keep it for a year without asking again,
//     and a rebuild changes the names: the binaries, wasm_exec.js, the
//     trainer's worker.js, boot.js, glue.js, style.css and lessons.json;
//   - writes index.html around the first screen prerendered by go-app
//     (web.NewPage, app.Prerender), so that the page shows before any
//     WebAssembly runs, with boot.js (web/static/boot.js) first in <head>:
//     it starts the trainer worker and compiles app.wasm in parallel;
//   - writes the web app manifest, the PNG icons and the service worker
//     (app-worker.js), which answers hashed names from its cache and the
//     rest (index.html) from the network first.
//
// index.html, app-worker.js, the manifest and the icons keep plain names
// (served no-cache). Every URL is relative, so the site works at "/" and
// under any sub-path. The .gz and .br siblings are the Makefile's.
package main

import (
	"flag"
	"log"
)

func main() {
	out := flag.String("out", "site", "folder of the static site: its web/ holds the built binaries and wasm_exec.js")
	static := flag.String("static", "web/static", "folder of the page's static files (boot.js, glue.js, style.css, icon.svg)")
	worker := flag.String("worker", "web/worker.js", "the Web Workers' script")
	flag.Parse()
	if err := generate(*out, *static, *worker); err != nil {
		log.Fatalf("sitegen: %v", err)
	}
}
