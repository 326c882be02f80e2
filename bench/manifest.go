package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// entry is one table of the suite.
type entry struct {
	Name     string `json:"name"`
	File     string `json:"file,omitempty"`     // a table in the manifest's tables/ folder
	Generate string `json:"generate,omitempty"` // or a generator's name
	Rows     int    `json:"rows,omitempty"`     // generated: rows (0: the generator's default)
	Seed     uint64 `json:"seed,omitempty"`     // generated: the seed
	Target   string `json:"target"`             // the documented target
	Source   string `json:"source"`
}

type manifest struct {
	Comment string  `json:"comment,omitempty"`
	Tables  []entry `json:"tables"`
	dir     string  // the manifest's folder
}

// readManifest reads and checks the manifest at path: every entry has a
// unique name, a target, a source, and either a file or a known generator.
func readManifest(path string) (*manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := &manifest{dir: filepath.Dir(path)}
	if err := json.Unmarshal(b, m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	seen := map[string]bool{}
	for i, e := range m.Tables {
		switch {
		case e.Name == "" || seen[e.Name]:
			return nil, fmt.Errorf("%s: table %d: name %q is empty or repeated", path, i+1, e.Name)
		case e.Target == "" || e.Source == "":
			return nil, fmt.Errorf("%s: table %q: give its documented target and its source", path, e.Name)
		case (e.File == "") == (e.Generate == ""):
			return nil, fmt.Errorf("%s: table %q: give either a file or a generator", path, e.Name)
		}
		if _, ok := lookupGenerator(e.Generate); e.Generate != "" && !ok {
			return nil, fmt.Errorf("%s: table %q: no generator %q", path, e.Name, e.Generate)
		}
		seen[e.Name] = true
	}
	return m, nil
}

// path returns where e's table is: its file in tables/, or for a
// generated table the file in work that materialize writes.
func (m *manifest) path(e entry, work string) string {
	if e.File != "" {
		return filepath.Join(m.dir, "tables", e.File)
	}
	return filepath.Join(work, "tables", e.Name+".csv")
}

// materialize writes e's table into work when it is generated.
func (m *manifest) materialize(e entry, work string) error {
	if e.Generate == "" {
		return nil
	}
	p := m.path(e, work)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return generate(p, e.Generate, e.Rows, e.Seed)
}
