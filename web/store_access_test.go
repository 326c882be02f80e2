package web

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// stateFiles are the files of the store (state and protocol): the only
// files of package web that may read or set a field of the store or of
// one of its parts (storeParts). The components, in every other file, call
// the store's methods and its parts' methods instead.
var stateFiles = map[string]bool{
	"store_paint.go":    true,
	"store_row.go":      true,
	"store_view.go":     true,
	"store_data.go":     true,
	"store_lesson.go":   true,
	"store.go":          true, // the store, newStore, apply and the trainer's reports
	"trainer_link.go":   true, // the trainer worker's link
	"tools_link.go":     true, // the tools worker's link and store.ask
	"session_io.go":     true, // the session as a link or a file, in and out
	"tune.go":           true, // live changes
	"storage.go":        true, // what the page keeps in localStorage
	"watchdog.go":       true, // trainerHealth
	"check_rows.go":     true, // classCheck
	"boot.go":           true, // boot.js's worker and click taken over
	"store_exercise.go": true, // exerciseState
	"store_run.go":      true, // the run's verbs
	"store_explain.go":  true, // explainState
}

// storeParts are the store's sub-structs: their fields are the store's
// state too, read and set only in stateFiles (a part's fields also in the
// file that declares it, when that is a state file).
var storeParts = map[string]bool{
	"paintState":    true,
	"rowState":      true,
	"viewOptions":   true,
	"dataState":     true,
	"runState":      true,
	"guided":        true,
	"lessonState":   true,
	"store":         true,
	"classCheck":    true,
	"explainState":  true,
	"trainerHealth": true,
	"exerciseState": true,
}

// notYetMethods are the store's fields that components still read or set
// directly: the list shrinks to empty as the store is cut into parts.
var notYetMethods = map[string]bool{
	"exportErr":    true,
	"fromSaved":    true,
	"lang":         true,
	"link":         true,
	"linkErr":      true,
	"lostAtStart":  true,
	"lostTable":    true,
	"startTools":   true,
	"startTrainer": true,
}

// TestComponentsUseMethods: no component reads or sets a field of the
// store or of its parts; a component may select a part (st.check) only to
// call one of its methods (st.check.Rows()). It type-checks package web's
// files (not its tests) against the export data of its imports, which
// `go list -export` builds, and names each selector that breaks the rule.
func TestComponentsUseMethods(t *testing.T) {
	out, err := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}", ".").Output()
	if err != nil {
		t.Fatalf("go list -export: %v", err)
	}
	exports := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, file, _ := strings.Cut(line, "\t")
		exports[path] = file
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		return os.Open(exports[path])
	})
	out, err = exec.Command("go", "list", "-f", "{{join .GoFiles \"\\n\"}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var files []*ast.File
	for _, name := range strings.Fields(string(out)) {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Selections: map[*ast.SelectorExpr]*types.Selection{}}
	conf := types.Config{Importer: imp}
	if _, err := conf.Check("github.com/nnplayground/playground/web", fset, files, info); err != nil {
		t.Fatal(err)
	}
	var bad []string
	for _, f := range files {
		name := filepath.Base(fset.File(f.Pos()).Name())
		if stateFiles[name] {
			continue
		}
		parent := map[ast.Node]ast.Node{}
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if len(stack) > 0 {
				parent[n] = stack[len(stack)-1]
			}
			stack = append(stack, n)
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			owner, field := partField(info.Selections[sel])
			if owner == "" || (owner == "store" && notYetMethods[field.Name()]) {
				return true
			}
			// A part selected to call one of its methods.
			if p, ok := parent[sel].(*ast.SelectorExpr); ok && p.X == sel && isPart(field.Type()) {
				if s := info.Selections[p]; s != nil && s.Kind() == types.MethodVal {
					return true
				}
			}
			bad = append(bad, fset.Position(sel.Sel.Pos()).String()+": "+owner+"."+field.Name())
			return true
		})
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Errorf("%s is read or set outside the store's files: call a method", b)
	}
}

// partField returns the store part and the field that selection s selects,
// or "" when it selects no field of one.
func partField(s *types.Selection) (string, *types.Var) {
	if s == nil || s.Kind() != types.FieldVal {
		return "", nil
	}
	recv := s.Recv()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	if !ok || !storeParts[named.Obj().Name()] || named.Obj().Pkg().Name() != "web" {
		return "", nil
	}
	return named.Obj().Name(), s.Obj().(*types.Var)
}

// isPart is whether t is one of the store's parts (or a pointer to one).
func isPart(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && storeParts[named.Obj().Name()]
}
