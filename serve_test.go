//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSiteHandler(t *testing.T) {
	site := fstest.MapFS{
		"index.html":           {Data: []byte("<!DOCTYPE html><title>x</title>")},
		"app-worker.js":        {Data: []byte("self.x = 1;")},
		"manifest.webmanifest": {Data: []byte("{}")},
		"web/app.wasm":         {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"web/trainer.wasm":     {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"web/style.css":        {Data: []byte("body{}")},
	}
	tests := []struct {
		Name   string
		Path   string
		Status int
		Type   string
	}{
		{"app wasm", "/web/app.wasm", http.StatusOK, "application/wasm"},
		{"trainer wasm", "/web/trainer.wasm", http.StatusOK, "application/wasm"},
		{"root", "/", http.StatusOK, "text/html; charset=utf-8"},
		{"service worker", "/app-worker.js", http.StatusOK, "text/javascript; charset=utf-8"},
		{"manifest", "/manifest.webmanifest", http.StatusOK, "application/manifest+json"},
		{"css", "/web/style.css", http.StatusOK, "text/css; charset=utf-8"},
		{"missing", "/web/nothing.js", http.StatusNotFound, ""},
	}
	h := siteHandler(site)
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.Path, nil))
			res := rec.Result()
			if res.StatusCode != tt.Status {
				t.Fatalf("GET %s: status %d, want %d", tt.Path, res.StatusCode, tt.Status)
			}
			// Errors drop Cache-Control (net/http's serveError); files keep it.
			if got := res.Header.Get("Cache-Control"); tt.Status == http.StatusOK && got != "no-cache" {
				t.Errorf("GET %s: Cache-Control %q, want %q", tt.Path, got, "no-cache")
			}
			if tt.Type != "" {
				if got := res.Header.Get("Content-Type"); got != tt.Type {
					t.Errorf("GET %s: Content-Type %q, want %q", tt.Path, got, tt.Type)
				}
			}
		})
	}
}

func TestSiteHandlerWasmBody(t *testing.T) {
	wasm := []byte("\x00asm\x01\x00\x00\x00")
	h := siteHandler(fstest.MapFS{"web/app.wasm": {Data: wasm}})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/web/app.wasm", nil))
	if got := rec.Body.String(); got != string(wasm) {
		t.Errorf("body %q, want %q", got, wasm)
	}
	if got := rec.Header().Get("Content-Type"); got != "application/wasm" {
		t.Errorf("Content-Type %q, want %q", got, "application/wasm")
	}
}

// Only the site's files: no listings, no dot-files, no way out.
func TestSiteHandlerRefuses(t *testing.T) {
	site := fstest.MapFS{
		"index.html":       {Data: []byte("<!DOCTYPE html>")},
		"web/app.wasm":     {Data: []byte("\x00asm")},
		"docs/a.txt":       {Data: []byte("a")},
		".git/config":      {Data: []byte("secret")},
		"web/.env":         {Data: []byte("secret")},
		"web/sub/index.js": {Data: []byte("x")},
	}
	tests := []struct {
		Name   string
		Path   string
		Status int
	}{
		{"root index", "/", http.StatusOK},
		{"listing", "/docs/", http.StatusNotFound},
		{"listing without slash", "/web", http.StatusNotFound},
		{"dot directory", "/.git/config", http.StatusNotFound},
		{"dot-file", "/web/.env", http.StatusNotFound},
		{"dot-dot", "/web/../.git/config", http.StatusNotFound},
		{"escaped dot-dot", "/%2e%2e/etc/passwd", http.StatusNotFound},
	}
	h := siteHandler(site)
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.Path, nil))
			if rec.Code != tt.Status {
				t.Errorf("GET %s: status %d, want %d; body %q", tt.Path, rec.Code, tt.Status, rec.Body.String())
			}
			if strings.Contains(rec.Body.String(), "secret") || strings.Contains(rec.Body.String(), "a.txt") {
				t.Errorf("GET %s: body %q", tt.Path, rec.Body.String())
			}
		})
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", rec.Code)
	}
}

// A symbolic link out of the site is not followed (openSite, os.Root).
func TestSiteHandlerSymlink(t *testing.T) {
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!DOCTYPE html>"), 0o644)
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "leak.txt")); err != nil {
		t.Fatalf("making a symbolic link to test with: %v", err)
	}
	os.Symlink(outside, filepath.Join(dir, "out"))
	site, err := openSite(dir)
	if err != nil {
		t.Fatal(err)
	}
	h := siteHandler(site)
	for _, p := range []string{"/leak.txt", "/out/secret.txt"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code == http.StatusOK || strings.Contains(rec.Body.String(), "secret") {
			t.Errorf("GET %s: status %d, body %q", p, rec.Code, rec.Body.String())
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("GET /: status %d", rec.Code)
	}
}

// Precompressed siblings are served when Accept-Encoding allows them.
func TestSiteHandlerPrecompressed(t *testing.T) {
	site := fstest.MapFS{
		"web/app.wasm":     {Data: []byte("plain")},
		"web/app.wasm.br":  {Data: []byte("brotli")},
		"web/app.wasm.gz":  {Data: []byte("gzip")},
		"web/worker.js":    {Data: []byte("plain js")},
		"web/worker.js.gz": {Data: []byte("gzip js")},
	}
	tests := []struct {
		Name, Path, Accept   string
		Body, Encoding, Type string
	}{
		{"brotli first", "/web/app.wasm", "gzip, deflate, br", "brotli", "br", "application/wasm"},
		{"gzip only", "/web/app.wasm", "gzip", "gzip", "gzip", "application/wasm"},
		{"br refused", "/web/app.wasm", "br;q=0, gzip;q=0.5", "gzip", "gzip", "application/wasm"},
		{"star", "/web/app.wasm", "*", "brotli", "br", "application/wasm"},
		{"none", "/web/app.wasm", "", "plain", "", "application/wasm"},
		{"identity", "/web/app.wasm", "identity", "plain", "", "application/wasm"},
		{"no br sibling", "/web/worker.js", "br, gzip", "gzip js", "gzip", "text/javascript; charset=utf-8"},
	}
	h := siteHandler(site)
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tt.Path, nil)
			if tt.Accept != "" {
				req.Header.Set("Accept-Encoding", tt.Accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			hd := rec.Header()
			if rec.Body.String() != tt.Body || hd.Get("Content-Encoding") != tt.Encoding || hd.Get("Content-Type") != tt.Type || hd.Get("Vary") != "Accept-Encoding" {
				t.Errorf("body %q, Content-Encoding %q, Content-Type %q, Vary %q; want %q, %q, %q, Accept-Encoding",
					rec.Body.String(), hd.Get("Content-Encoding"), hd.Get("Content-Type"), hd.Get("Vary"), tt.Body, tt.Encoding, tt.Type)
			}
		})
	}
}

func TestListenAddr(t *testing.T) {
	for _, tt := range []struct {
		Addr string
		LAN  bool
		Want string
	}{{"", false, "localhost:8080"}, {"", true, ":8080"}, {"127.0.0.1:9000", true, "127.0.0.1:9000"}} {
		if got := listenAddr(tt.Addr, tt.LAN); got != tt.Want {
			t.Errorf("listenAddr(%q, %v) = %q, want %q", tt.Addr, tt.LAN, got, tt.Want)
		}
	}
}
