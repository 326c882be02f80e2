package core_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// core/ is pure Go: no file in it, whatever its build tags, imports the
// browser (syscall/js) or the UI framework (go-app). Plain `go test` then
// covers all of it, and the trainer runs the same natively and in a worker.
func TestCoreIsPure(t *testing.T) {
	// Spelled in two parts so that a plain grep for the import finds none here.
	forbidden := []string{"syscall" + "/js", "github.com/maxence-charriere/go-app"}
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, bad := range forbidden {
				if p == bad || strings.HasPrefix(p, bad+"/") {
					t.Errorf("%s imports %s; core/ must stay pure Go", path, p)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 10 {
		t.Fatalf("found only %d Go files under core/; is the test in the right place?", files)
	}
}
