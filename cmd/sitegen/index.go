package main

import (
	"bytes"
	"html/template"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/web"
)

const (
	pageTitle       = "Neural network playground"
	pageDescription = "Paste a table, pick a network, and watch it learn epoch by epoch, in your browser."
	themeColor      = "#0072b2"
)

// indexTemplate is index.html. The preload of app.wasm comes before
// boot.js, whose fetch of the same URL (mode cors, same-origin
// credentials: crossorigin) then takes the preloaded response; boot.js
// runs before the body is parsed, so that the trainer worker starts at
// once. The viewport lets people zoom (WCAG 1.4.4). The body's first
// element is the prerendered page, which app.wasm's first mount replaces.
var indexTemplate = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="{{.Description}}">
<meta name="theme-color" content="{{.ThemeColor}}">
<title>{{.Title}}</title>
<link rel="preload" href="{{index .Assets "app.wasm"}}" as="fetch" type="application/wasm" crossorigin>
<script src="{{index .Assets "boot.js"}}"></script>
<link rel="stylesheet" href="{{index .Assets "style.css"}}">
<link rel="icon" href="web/icon.svg">
<link rel="apple-touch-icon" href="web/icon-192.png">
<link rel="manifest" href="manifest.webmanifest">
<script defer src="{{index .Assets "wasm_exec.js"}}"></script>
<script defer src="{{index .Assets "glue.js"}}"></script>
</head>
<body>
{{.Page}}
</body>
</html>
`))

// indexHTML returns index.html with the first screen prerendered.
func indexHTML(a *assets) ([]byte, error) {
	loaded, ref, err := firstReport(web.DefaultSettings())
	if err != nil {
		return nil, err
	}
	var page strings.Builder
	if err := app.Prerender(&page, web.NewPrerenderedPage(canvasSizes, loaded, ref), &url.URL{Path: "/"}, staticPath); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = indexTemplate.Execute(&b, map[string]any{
		"Title":       pageTitle,
		"Description": pageDescription,
		"ThemeColor":  themeColor,
		"Assets":      a.paths,
		"Page":        template.HTML(page.String()),
	})
	return b.Bytes(), err
}

// staticPath makes a root-absolute path to the site's files ("/web/x")
// relative ("./web/x"), so that the site works under a sub-path.
func staticPath(p string) string {
	if strings.HasPrefix(p, "/web/") {
		return "." + p
	}
	return p
}
