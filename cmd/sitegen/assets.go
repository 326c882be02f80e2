package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// hashLen is the number of hex digits of a content hash in a file's name:
// serve.go's contentHashed takes 8 or more as a hash.
const hashLen = 12

// assets are the site's content-hashed files under web/.
type assets struct {
	web   string            // the folder they are written to
	paths map[string]string // plain name → path relative to the page ("web/app.3f9a0c1d2e4b.wasm")
}

// hashedName returns name with the content hash of b before its extension:
// "app.wasm" → "app.3f9a0c1d2e4b.wasm".
func hashedName(name string, b []byte) string {
	sum := sha256.Sum256(b)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:hashLen] + ext
}

// put writes b under web/ with the hashed name of name.
func (a *assets) put(name string, b []byte) error {
	h := hashedName(name, b)
	if err := os.WriteFile(filepath.Join(a.web, h), b, 0o644); err != nil {
		return err
	}
	a.paths[name] = "web/" + h
	return nil
}

// move renames the built file web/name to its hashed name.
func (a *assets) move(name string) error {
	p := filepath.Join(a.web, name)
	b, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("%w (make build builds it before sitegen runs)", err)
	}
	if err := a.put(name, b); err != nil {
		return err
	}
	return os.Remove(p)
}

// table returns the names as a JavaScript statement that sets
// self.<variable> to an object from each plain name to its path, relative
// to the folder dir ("" for the page, "web" for the workers), with the
// names in order.
func (a *assets) table(variable, dir string, names ...string) (string, error) {
	m := map[string]string{}
	for _, n := range names {
		p, ok := a.paths[n]
		if !ok {
			return "", fmt.Errorf("no asset %s", n)
		}
		if dir != "" {
			p = strings.TrimPrefix(p, dir+"/")
		}
		m[n] = p
	}
	b, err := json.Marshal(m) // encoding/json writes map keys in order
	if err != nil {
		return "", err
	}
	return "self." + variable + " = " + string(b) + ";\n", nil
}

// sorted returns the paths of every asset, in order.
func (a *assets) sorted() []string {
	var out []string
	for _, p := range a.paths {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// version is a hash of every asset's path (which holds its content's
// hash): the service worker's cache name changes with any of them.
func (a *assets) version() string {
	sum := sha256.Sum256([]byte(strings.Join(a.sorted(), "\n")))
	return hex.EncodeToString(sum[:])[:16]
}
