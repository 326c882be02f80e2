// Command app is the playground's page, compiled to app.wasm (make build):
// it mounts package web's page at every path, so that the site also works
// under a sub-path such as /name/. Run natively it does nothing but say so:
// the static site is written by cmd/sitegen.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/web"
)

func main() {
	// The start-up's steps (boot.js marks the others; make bench-browser
	// reads them): the Go program runs, its packages initialised.
	app.Window().Get("performance").Call("mark", "nn:go-main")
	app.RouteFunc("/", web.NewPage)
	app.RouteFallbackFunc(web.NewPage) // third_party/go-app: no regexp linked
	app.RunWhenOnBrowser()
	os.Stderr.WriteString("app is the page's WebAssembly program: build it with GOOS=js GOARCH=wasm (make build)\n")
	os.Exit(2)
}
