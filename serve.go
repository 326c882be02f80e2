//go:build !wasm

// Command serve serves the built static site (see `make build`) for local
// use: `go run serve.go -dir site` listens on localhost:8080 only; -lan
// listens on every interface (to try the page from a phone), and -addr
// chooses the address.
//
// Caching: a file whose name holds a hash of its content (a dot-separated
// part of 8 or more hex digits: trainer.3f9a0c1d.wasm) is kept for a year
// (immutable); every other file, index.html and the service worker among
// them, carries Cache-Control: no-cache, so the browser revalidates it and
// a rebuilt app.wasm is seen on the next reload. .wasm is served as
// application/wasm so that WebAssembly.instantiateStreaming works, and a
// file of an unknown type as application/octet-stream, never sniffed.
//
// Security headers on every file: a Content-Security-Policy that allows
// only the site's own scripts, workers and connections (plus compiling
// WebAssembly), frames only from the same origin (frame-ancestors and
// X-Frame-Options), and nosniff.
//
// Limits (defaultLimits): header, read, write and idle timeouts, and at
// most MaxConns connections served at once (the next ones wait in the
// kernel's queue), so that idle or stalled clients cannot hold the server.
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
	"sync"
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
		h.Set("Cache-Control", cacheControl(name))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Frame-Options", "SAMEORIGIN")
		h.Set("Vary", "Accept-Encoding")
		typ, ok := contentTypes[path.Ext(name)]
		if !ok {
			typ = mime.TypeByExtension(path.Ext(name))
		}
		if typ == "" {
			typ = "application/octet-stream"
		}
		h.Set("Content-Type", typ)
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
	ln, err := net.Listen("tcp", a)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	srv := newServer(a, siteHandler(site), defaultLimits)
	if err := srv.Serve(limitListener(ln, defaultLimits.MaxConns)); !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}

// contentSecurityPolicy allows the site's own files only. 'wasm-unsafe-eval'
// lets the page compile WebAssembly (and nothing else: no eval); inline
// style attributes are what go-app renders; data: and blob: images are the
// PNG and CSV downloads the page offers.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
	"worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
	"form-action 'self'; frame-ancestors 'self'"

// limits are the server's timeouts and its cap on open connections.
type limits struct {
	Header, Read, Write, Idle time.Duration
	MaxConns                  int
}

// defaultLimits suit a classroom on one network: a request's headers in
// 10 s and its body in 30 s; a response written within 60 s (app.wasm,
// 1.7 MB compressed, takes 14 s at 1 Mbit/s, and 8 MB uncompressed to a
// client that refuses compression takes 32 s at 2 Mbit/s); a keep-alive
// connection closed after 30 s idle; at most 256 connections at once (a
// class of 30 browsers opens about 6 each).
var defaultLimits = limits{
	Header:   10 * time.Second,
	Read:     30 * time.Second,
	Write:    60 * time.Second,
	Idle:     30 * time.Second,
	MaxConns: 256,
}

// newServer returns the server for handler h on addr with the timeouts of
// lim; serve it on limitListener(ln, lim.MaxConns).
func newServer(addr string, h http.Handler, lim limits) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: lim.Header,
		ReadTimeout:       lim.Read,
		WriteTimeout:      lim.Write,
		IdleTimeout:       lim.Idle,
		MaxHeaderBytes:    64 << 10,
	}
}

// cacheControl returns the Cache-Control of the site's file name: a year
// for a content-hashed name, no-cache (revalidate) for the rest.
func cacheControl(name string) string {
	if contentHashed(name) {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}

// contentHashed reports whether the base of name has a dot-separated part
// of 8 or more hexadecimal digits before its extension (app.3f9a0c1d.wasm).
func contentHashed(name string) bool {
	parts := strings.Split(path.Base(name), ".")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if len(p) >= 8 && strings.Trim(p, "0123456789abcdef") == "" {
			return true
		}
	}
	return false
}

// limitListener returns ln accepting at most n connections at once: Accept
// waits while n are open (the others wait in the kernel's queue), as
// golang.org/x/net/netutil.LimitListener does.
func limitListener(ln net.Listener, n int) net.Listener {
	return &capListener{Listener: ln, sem: make(chan struct{}, n)}
}

type capListener struct {
	net.Listener
	sem chan struct{}
}

func (l *capListener) Accept() (net.Conn, error) {
	l.sem <- struct{}{}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	return &capConn{Conn: c, release: func() { <-l.sem }}, nil
}

// capConn gives back its place in the cap once, on the first Close.
type capConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *capConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
