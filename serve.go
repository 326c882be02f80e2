//go:build !wasm

// Command serve serves the built static site (see `make build`) for local
// use: `go run serve.go -dir site` listens on localhost:8080 only; -lan
// listens on every interface (to try the page from a phone), and -addr
// chooses the address.
//
// Every response carries Cache-Control: no-cache, so the browser revalidates
// each file and a rebuilt app.wasm is seen on the next reload; .wasm is
// served as application/wasm so that WebAssembly.instantiateStreaming works.
// A file X with a precompressed sibling X.br or X.gz is served from the
// sibling when the request's Accept-Encoding allows it, with
// Content-Encoding, X's Content-Type and Vary: Accept-Encoding.
//
// Only the site's files are served: no directory listings (a directory
// serves its index.html or nothing), no dot-files or dot-directories, and
// nothing outside the site through a symbolic link (os.Root).
package main

import (
	"errors"
	"flag"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
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

// encodings are the precompressed siblings, in order of preference.
var encodings = []struct{ ext, token string }{{".br", "br"}, {".gz", "gzip"}}

// siteHandler serves the files of site (see the package documentation).
func siteHandler(site fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, ok := siteName(site, r.URL.Path)
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Vary", "Accept-Encoding")
		typ, ok := contentTypes[path.Ext(name)]
		if !ok {
			typ = mime.TypeByExtension(path.Ext(name))
		}
		if typ != "" {
			h.Set("Content-Type", typ)
		}
		for _, e := range encodings {
			if accepts(r.Header.Get("Accept-Encoding"), e.token) && serveFile(w, r, site, name+e.ext, e.token) {
				return
			}
		}
		if !serveFile(w, r, site, name, "") {
			http.NotFound(w, r)
		}
	})
}

// siteName returns the file of site that the URL path p names: a clean
// path without dot elements, a directory's index.html. It returns false
// for a dot-file, a directory without an index, or nothing.
func siteName(site fs.FS, p string) (string, bool) {
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	for _, elem := range strings.Split(name, "/") {
		if strings.HasPrefix(elem, ".") {
			return "", false
		}
	}
	if name == "" {
		name = "."
	}
	info, err := fs.Stat(site, name)
	if err != nil {
		return "", false
	}
	if info.IsDir() {
		name = path.Join(name, "index.html")
		if info, err := fs.Stat(site, name); err != nil || !info.Mode().IsRegular() {
			return "", false
		}
	}
	return name, true
}

// serveFile serves the regular file name of site, with the Content-Encoding
// enc when not empty, and reports whether there was such a file.
func serveFile(w http.ResponseWriter, r *http.Request, site fs.FS, name, enc string) bool {
	f, err := site.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return false
	}
	if enc != "" {
		w.Header().Set("Content-Encoding", enc)
	}
	if rs, ok := f.(io.ReadSeeker); ok {
		http.ServeContent(w, r, name, info.ModTime(), rs)
		return true
	}
	w.Header().Set("Content-Length", strconv.FormatInt(info.Size(), 10))
	if r.Method != http.MethodHead {
		io.Copy(w, f)
	}
	return true
}

// accepts reports whether an Accept-Encoding header allows the coding
// token: named (or "*") with a q-value that is not 0.
func accepts(header, token string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.TrimSpace(coding)
		ok := true
		if k, v, found := strings.Cut(strings.TrimSpace(params), "="); found && strings.TrimSpace(k) == "q" {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			ok = err == nil && q > 0
		}
		switch {
		case strings.EqualFold(coding, token):
			return ok
		case coding == "*":
			star = ok
		}
	}
	return star
}

// openSite returns the folder dir as a file system that never leaves it:
// a symbolic link out of dir is an error (os.Root), not a file.
func openSite(dir string) (fs.FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return root.FS(), nil
}

// listenAddr returns the address to listen on: addr when given, else
// localhost:8080, or :8080 (every interface) with lan.
func listenAddr(addr string, lan bool) string {
	switch {
	case addr != "":
		return addr
	case lan:
		return ":8080"
	}
	return "localhost:8080"
}

func main() {
	dir := flag.String("dir", "site", "folder of the built static site")
	addr := flag.String("addr", "", "address to listen on (default localhost:8080)")
	lan := flag.Bool("lan", false, "listen on every interface (port 8080), for other devices on the network")
	flag.Parse()
	site, err := openSite(*dir)
	if err != nil {
		log.Fatalf("serve: %v (run `make build` first)", err)
	}
	a := listenAddr(*addr, *lan)
	host, port, err := net.SplitHostPort(a)
	if err != nil {
		log.Fatalf("serve: -addr %q: %v", a, err)
	}
	if host == "" {
		log.Printf("serving %s on port %s of every interface", *dir, port)
		host = "localhost"
	}
	log.Printf("serving %s on http://%s/", *dir, net.JoinHostPort(host, port))
	srv := &http.Server{Addr: a, Handler: siteHandler(site), ReadHeaderTimeout: 10 * time.Second}
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
