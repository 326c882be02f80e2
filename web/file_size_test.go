package web

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxFileLines is the most lines a file of package web may have unless its
// first comment says why it has more ("This file is over 400 lines: …").
const maxFileLines = 400

// TestFileSizes keeps the files of web/ and its packages small: a file over maxFileLines lines
// must say why in its first comment.
func TestFileSizes(t *testing.T) {
	var files []string // web/ and its packages (draw, i18n, …)
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lines := bytes.Count(b, []byte("\n"))
		if lines <= maxFileLines {
			continue
		}
		first := strings.SplitN(string(b), "\n", 2)[0]
		if !strings.HasPrefix(first, "// This file is over 400 lines: ") {
			t.Errorf("%s has %d lines, over %d, and its first comment does not say why (%q); split it or begin it with \"// This file is over 400 lines: <why>\"",
				name, lines, maxFileLines, first)
		}
	}
}
