package link_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/link"
)

var update = flag.Bool("update", false, "write golden links that do not exist yet (existing ones never change)")

// Golden links: each testdata/golden/*.txt holds a link on its first line
// and, after a blank line, the session it must decode to, as JSON. Links
// made by this version must open in every later version, so these files
// are never rewritten; -update only adds new ones.
func TestGolden(t *testing.T) {
	if *update {
		for _, c := range roundTripCases(t) {
			if !goldenCase[c.Name] {
				continue
			}
			name := filepath.Join("testdata", "golden", fileName(c.Name)+".txt")
			if _, err := os.Stat(name); err == nil {
				continue
			}
			l, err := link.Encode(&c.In)
			if err != nil {
				t.Fatal(err)
			}
			js, err := json.MarshalIndent(c.In, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, []byte(l+"\n\n"+string(js)+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < len(goldenCase) {
		t.Fatalf("%d golden links, want at least %d (run go test -run TestGolden -update once)", len(files), len(goldenCase))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			l, js, ok := bytes.Cut(b, []byte("\n\n"))
			if !ok {
				t.Fatalf("%s: want a link, a blank line and JSON", f)
			}
			var want link.Session
			if err := json.Unmarshal(js, &want); err != nil {
				t.Fatal(err)
			}
			got, err := link.Decode(string(l))
			if err != nil {
				t.Fatalf("golden link no longer opens: %v", err)
			}
			if !reflect.DeepEqual(*got, want) {
				t.Errorf("golden link decodes to\n%+v\nwant\n%+v", *got, want)
			}
		})
	}
}

// goldenCase names the round-trip cases kept as golden links.
var goldenCase = map[string]bool{
	"default": true,
	"generated with points, noise and derived features": true,
	"built-in iris":                 true,
	"built-in tutorial":             true,
	"pasted text with markup":       true,
	"no normalization, no test set": true,
	"model leaky-relu momentum":     true,
	"model sigmoid adam":            true,
	"model linear rmsprop":          true,
	"loss huber":                    true,
	"weights at epoch 3":            true,
}

// fileName keeps letters and digits of a case name, other runs become "-".
func fileName(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}), "-")
}
