//go:build !wasm

package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

// Every file carries the security headers, and a file whose type is not
// known is never left for the browser to sniff.
func TestSiteHandlerSecurityHeaders(t *testing.T) {
	site := fstest.MapFS{
		"index.html": {Data: []byte("<!DOCTYPE html><title>x</title>")},
		"LICENSE":    {Data: []byte("<html><script>alert(1)</script>")},
		"web/x.bin":  {Data: []byte("<html>")},
	}
	h := siteHandler(site)
	for _, tt := range []struct{ Path, Type string }{
		{"/", "text/html; charset=utf-8"},
		{"/LICENSE", "application/octet-stream"},
		{"/web/x.bin", "application/octet-stream"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.Path, nil))
		hd := rec.Header()
		if got := hd.Get("Content-Type"); got != tt.Type {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.Path, got, tt.Type)
		}
		if got := hd.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q", tt.Path, got)
		}
		csp := hd.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'self'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: Content-Security-Policy %q lacks %q", tt.Path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-eval'") && !strings.Contains(csp, "wasm-unsafe-eval") {
			t.Errorf("GET %s: Content-Security-Policy %q allows eval", tt.Path, csp)
		}
		if got := hd.Get("X-Frame-Options"); got != "SAMEORIGIN" {
			t.Errorf("GET %s: X-Frame-Options %q", tt.Path, got)
		}
	}
}

// The cache rules: files whose name holds a hash of their content are kept
// for a year; everything else (index.html, the service worker, files
// named as they were yesterday) is revalidated on every load.
func TestSiteHandlerCacheRules(t *testing.T) {
	site := fstest.MapFS{
		"index.html":                    {Data: []byte("<!DOCTYPE html>")},
		"app-worker.js":                 {Data: []byte("x")},
		"web/app.wasm":                  {Data: []byte("\x00asm")},
		"web/trainer.3f9a0c1de2b4.wasm": {Data: []byte("\x00asm")},
		"web/style.0123abcd.css":        {Data: []byte("body{}")},
		"web/style.notahash.css":        {Data: []byte("body{}")},
	}
	h := siteHandler(site)
	for _, tt := range []struct{ Path, Want string }{
		{"/", "no-cache"},
		{"/index.html", "no-cache"},
		{"/app-worker.js", "no-cache"},
		{"/web/app.wasm", "no-cache"},
		{"/web/style.notahash.css", "no-cache"},
		{"/web/trainer.3f9a0c1de2b4.wasm", "public, max-age=31536000, immutable"},
		{"/web/style.0123abcd.css", "public, max-age=31536000, immutable"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.Path, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: status %d", tt.Path, rec.Code)
		}
		if got := rec.Header().Get("Cache-Control"); got != tt.Want {
			t.Errorf("GET %s: Cache-Control %q, want %q", tt.Path, got, tt.Want)
		}
	}
}

// The server's timeouts are all set, and an idle keep-alive connection is
// closed once the idle timeout passes.
func TestServerTimeouts(t *testing.T) {
	srv := newServer("localhost:0", http.NotFoundHandler(), defaultLimits)
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Fatalf("timeouts: header %v, read %v, write %v, idle %v: each must be set",
			srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
	if srv.IdleTimeout > 60*time.Second || srv.WriteTimeout > 2*time.Minute {
		t.Errorf("idle %v, write %v: longer than a classroom needs", srv.IdleTimeout, srv.WriteTimeout)
	}

	lim := defaultLimits
	lim.Idle = 200 * time.Millisecond
	addr, stop := startTestServer(t, siteHandler(fstest.MapFS{"index.html": {Data: []byte("hi")}}), lim)
	defer stop()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(c)
	res, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	// The connection is now idle: the server must close it.
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := br.ReadByte(); err != io.EOF {
		t.Errorf("idle connection: read gave %v, want EOF (closed by the server)", err)
	}
}

// At most MaxConns connections are served at once: the next waits until
// one closes.
func TestServerConnectionCap(t *testing.T) {
	lim := defaultLimits
	lim.MaxConns = 2
	var served atomic.Int32
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		io.WriteString(w, "ok")
	})
	addr, stop := startTestServer(t, h, lim)
	defer stop()
	var held []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		if _, err := http.ReadResponse(bufio.NewReader(c), nil); err != nil {
			t.Fatal(err)
		}
	}
	third, err := net.Dial("tcp", addr) // accepted by the kernel, not yet by the server
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	io.WriteString(third, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	done := make(chan error, 1)
	go func() {
		_, err := http.ReadResponse(bufio.NewReader(third), nil)
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("a third connection was served while two were open (err %v)", err)
	case <-time.After(300 * time.Millisecond):
	}
	held[0].Close()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the third connection was not served after one of two closed")
	}
	for _, c := range held[1:] {
		c.Close()
	}
	if n := served.Load(); n != 3 {
		t.Errorf("served %d requests, want 3", n)
	}
}

// startTestServer serves h with lim on a free port of 127.0.0.1.
func startTestServer(t *testing.T, h http.Handler, lim limits) (addr string, stop func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(ln.Addr().String(), h, lim)
	go srv.Serve(limitListener(ln, lim.MaxConns))
	return ln.Addr().String(), func() { srv.Close() }
}
