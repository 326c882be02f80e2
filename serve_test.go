//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
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
