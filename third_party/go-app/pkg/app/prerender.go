//go:build !wasm

package app

import (
	"fmt"
	"io"
	"net/url"
)

// Prerender writes the HTML of ui as the server side renders a page (as
// Handler does for a request), without the page around it: the element
// that the client's first mount replaces (the body's first child). Each
// URL attribute goes through resolveStatic. Not in upstream go-app: the
// playground's site generator (cmd/sitegen) writes its own index.html
// around this HTML.
func Prerender(w io.Writer, ui UI, pageURL *url.URL, resolveStatic func(string) string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prerendering %T: %v", ui, r)
		}
	}()
	page := requestPage{url: pageURL, resolveStaticResource: resolveStatic}
	disp := engine{
		Page:                   &page,
		IsServerSide:           true,
		StaticResourceResolver: resolveStatic,
		ActionHandlers:         actionHandlers,
	}
	body := Body().privateBody(Div()) // the placeholder that Mount replaces
	if err := mount(&disp, body); err != nil {
		return err
	}
	disp.Body = body
	disp.init()
	defer disp.Close()
	disp.Mount(ui)
	for len(disp.dispatches) != 0 {
		disp.Consume()
		disp.Wait()
	}
	children := body.getChildren()
	if len(children) == 0 {
		return fmt.Errorf("prerendering %T: nothing rendered", ui)
	}
	PrintHTML(w, children[0])
	return nil
}
