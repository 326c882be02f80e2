//go:build !wasm

// Command serve serves the built static site (see `make build`) for local
// use: `go run serve.go -dir site -addr :8080`.
//
// Every response carries Cache-Control: no-cache, so the browser revalidates
// each file and a rebuilt app.wasm is seen on the next reload; .wasm is
// served as application/wasm so that WebAssembly.instantiateStreaming works.
package main

import (
	"flag"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
)

// contentTypes are set explicitly: the system's MIME tables differ between
// machines and some lack .wasm or .webmanifest.
var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".csv":         "text/csv; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
}

func init() {
	for ext, typ := range contentTypes {
		if err := mime.AddExtensionType(ext, typ); err != nil {
			log.Fatal(err)
		}
	}
}

// siteHandler serves the files of site. Directories serve their index.html.
func siteHandler(site fs.FS) http.Handler {
	files := http.FileServerFS(site)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if typ, ok := contentTypes[path.Ext(r.URL.Path)]; ok {
			w.Header().Set("Content-Type", typ)
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}

func main() {
	dir := flag.String("dir", "site", "folder of the built static site")
	addr := flag.String("addr", ":8080", "address to listen on")
	flag.Parse()
	if _, err := os.Stat(*dir); err != nil {
		log.Fatalf("serve: %v (run `make build` first)", err)
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		log.Fatalf("serve: -addr %q: %v", *addr, err)
	}
	if host == "" {
		host = "localhost"
	}
	log.Printf("serving %s on http://%s/", *dir, net.JoinHostPort(host, port))
	log.Fatal(http.ListenAndServe(*addr, siteHandler(os.DirFS(*dir))))
}
