package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// fakeBuild writes stand-ins for the built files into dir/web and returns dir.
func fakeBuild(t *testing.T, app string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range builtFiles {
		body := "built " + n
		if n == "app.wasm" {
			body = app
		}
		if err := os.WriteFile(filepath.Join(dir, "web", n), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func generated(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGenerate: every asset gets a content-hashed name that index.html,
// boot.js, worker.js and the service worker name; the plain built files
// are gone; index.html holds the prerendered page with no false boolean
// attribute; the same input gives the same index.html, and another
// app.wasm another name.
func TestGenerate(t *testing.T) {
	dir := fakeBuild(t, "app one")
	if err := generate(dir, "../../web/static", "../../web/worker.js"); err != nil {
		t.Fatal(err)
	}
	index := generated(t, dir, "index.html")
	hashed := regexp.MustCompile(`web/[a-z_]+\.[0-9a-f]{12}\.(wasm|js|css|json)`)
	names := map[string]string{}
	entries, err := os.ReadDir(filepath.Join(dir, "web"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		n := e.Name()
		if m := hashed.FindString("web/" + n); m != "" {
			names[strings.Split(n, ".")[0]+filepath.Ext(n)] = "web/" + n
		} else if !strings.HasPrefix(n, "icon") {
			t.Errorf("web/%s has no content hash in its name", n)
		}
	}
	for _, n := range []string{"app.wasm", "trainer.wasm", "checker.wasm", "wasm_exec.js", "worker.js", "boot.js", "glue.js", "style.css", "lessons.json"} {
		if names[n] == "" {
			t.Errorf("no hashed %s in %v", n, names)
		}
	}
	sw := generated(t, dir, "app-worker.js")
	for n, p := range names {
		if !strings.Contains(sw, `"./`+p+`"`) {
			t.Errorf("the service worker does not precache %s (%s)", n, p)
		}
	}
	for _, n := range []string{"app.wasm", "boot.js", "style.css", "wasm_exec.js", "glue.js"} {
		if !strings.Contains(index, `"`+names[n]+`"`) {
			t.Errorf("index.html does not name %s", names[n])
		}
	}
	boot := generated(t, dir, names["boot.js"])
	for _, n := range []string{"app.wasm", "worker.js", "lessons.json"} {
		if !strings.Contains(boot, `"`+n+`":"`+names[n]+`"`) {
			t.Errorf("boot.js does not map %s to %s", n, names[n])
		}
	}
	worker := generated(t, dir, names["worker.js"])
	for _, n := range []string{"trainer.wasm", "checker.wasm", "wasm_exec.js"} {
		if !strings.Contains(worker, `"`+n+`":"`+strings.TrimPrefix(names[n], "web/")+`"`) {
			t.Errorf("worker.js does not map %s to %s", n, names[n])
		}
	}
	for _, want := range []string{`<main class="pg" id="playground"`, `id="train"`, `id="data-summary"`} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	if m := regexp.MustCompile(` (selected|checked|disabled|hidden|open)="false"`).FindString(index); m != "" {
		t.Errorf("index.html holds%s", m)
	}

	again := fakeBuild(t, "app one")
	if err := generate(again, "../../web/static", "../../web/worker.js"); err != nil {
		t.Fatal(err)
	}
	if generated(t, again, "index.html") != index {
		t.Error("two builds of the same files wrote different index.html")
	}
	other := fakeBuild(t, "app two")
	if err := generate(other, "../../web/static", "../../web/worker.js"); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(generated(t, other, "index.html"), names["app.wasm"]) {
		t.Error("another app.wasm kept the same name")
	}
}

// TestGenerateNeedsBuild: without the built binaries sitegen fails and
// says what builds them.
func TestGenerateNeedsBuild(t *testing.T) {
	err := generate(t.TempDir(), "../../web/static", "../../web/worker.js")
	if err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("got %v, want an error naming make build", err)
	}
}
