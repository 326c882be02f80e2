package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/nnplayground/playground/web/state"
)

// builtFiles are the files the Makefile builds into <out>/web before
// sitegen runs.
var builtFiles = []string{"app.wasm", "trainer.wasm", "checker.wasm", "wasm_exec.js"}

// plainStatic are the static files that keep their names (the manifest
// names them, and they are tiny).
var plainStatic = []string{"icon.svg"}

// generate writes the site into out (see the package documentation).
func generate(out, staticDir, workerSrc string) error {
	a := &assets{web: filepath.Join(out, "web"), paths: map[string]string{}}
	if err := os.MkdirAll(a.web, 0o755); err != nil {
		return err
	}
	for _, n := range builtFiles {
		if err := a.move(n); err != nil {
			return err
		}
	}
	entries, err := os.ReadDir(staticDir)
	if err != nil {
		return err
	}
	var boot []byte
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(staticDir, e.Name()))
		if err != nil {
			return err
		}
		switch {
		case e.Name() == "boot.js":
			boot = b // written last: it names the others
		case slices.Contains(plainStatic, e.Name()):
			err = os.WriteFile(filepath.Join(a.web, e.Name()), b, 0o644)
		default:
			err = a.put(e.Name(), b)
		}
		if err != nil {
			return err
		}
	}
	if boot == nil {
		return fmt.Errorf("%s has no boot.js", staticDir)
	}
	if err := writeIcons(a.web); err != nil {
		return err
	}
	lessons, err := lessonsJSON()
	if err != nil {
		return err
	}
	if err := a.put("lessons.json", lessons); err != nil {
		return err
	}
	worker, err := os.ReadFile(workerSrc)
	if err != nil {
		return err
	}
	head, err := a.table("nnAssets", "web", "trainer.wasm", "checker.wasm", "wasm_exec.js")
	if err != nil {
		return err
	}
	if err := a.put("worker.js", append([]byte(head), worker...)); err != nil {
		return err
	}
	version := a.version()
	head, err = a.table("nnAssets", "", "app.wasm", "worker.js", "lessons.json")
	if err != nil {
		return err
	}
	env, err := json.Marshal(map[string]string{
		"GOAPP_VERSION":              version,
		"GOAPP_STATIC_RESOURCES_URL": ".",
		"GOAPP_ROOT_PREFIX":          "",
		"GOAPP_INTERNAL_URLS":        "null",
	})
	if err != nil {
		return err
	}
	first, err := json.Marshal(state.FirstVisitCommands()) // [][]byte: base64 strings
	if err != nil {
		return err
	}
	head += "self.nnEnv = " + string(env) + ";\nself.nnFirst = " + string(first) + ";\n"
	if err := a.put("boot.js", append([]byte(head), boot...)); err != nil {
		return err
	}
	index, err := indexHTML(a)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "index.html"), index, 0o644); err != nil {
		return err
	}
	manifest, err := manifestJSON()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "manifest.webmanifest"), manifest, 0o644); err != nil {
		return err
	}
	sw, err := serviceWorkerJS(a.version(), a.sorted())
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "app-worker.js"), sw, 0o644)
}

// manifestJSON is the web app manifest (installing the page as an app).
func manifestJSON() ([]byte, error) {
	type icon struct {
		Src   string `json:"src"`
		Type  string `json:"type"`
		Sizes string `json:"sizes"`
	}
	return json.MarshalIndent(struct {
		ShortName       string `json:"short_name"`
		Name            string `json:"name"`
		Description     string `json:"description"`
		Icons           []icon `json:"icons"`
		Scope           string `json:"scope"`
		StartURL        string `json:"start_url"`
		BackgroundColor string `json:"background_color"`
		ThemeColor      string `json:"theme_color"`
		Display         string `json:"display"`
	}{
		ShortName:   "NN playground",
		Name:        pageTitle,
		Description: pageDescription,
		Icons: []icon{
			{"./web/icon.svg", "image/svg+xml", "any"},
			{"./web/icon-512.png", "image/png", "512x512"},
			{"./web/icon-192.png", "image/png", "192x192"},
		},
		Scope: "./", StartURL: "./",
		BackgroundColor: "#ffffff", ThemeColor: themeColor, Display: "standalone",
	}, "", "  ")
}
