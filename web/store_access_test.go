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
// the store's methods and its parts' methods instead: getters for what
// they show, and named changes (verbs) for what their event handlers do,
// so that the rules of each change live in one place.
var stateFiles = map[string]bool{
	"store.go":          true, // the store, newStore, notify, send and the trainer's reports (apply)
	"store_reports.go":  true, // the trainer's reports folded in
	"store_data.go":     true, // dataState: the settings and the data; change, load
	"store_run.go":      true, // runState: the run; train, pause, step, reset, roll back
	"store_exercise.go": true, // exerciseState and the completion code
	"store_lesson.go":   true, // lessonState and guided: the lesson opened, its progress, the gallery
	"store_view.go":     true, // viewOptions: panels, pinned runs, test points, log scale
	"store_paint.go":    true, // paintState: what the frame loop redraws, the chart columns
	"store_row.go":      true, // rowState: the row inspector
	"store_explain.go":  true, // explainState: the explain view
	"store_notes.go":    true, // noteState: a link's, an export's and the storage's notes
	"store_start.go":    true, // the store's start as the page mounts, the first session
	"check_rows.go":     true, // classCheck: the class check
	"watchdog.go":       true, // trainerHealth: the watchdog and the restarts
	"trainer_link.go":   true, // the trainer worker's link
	"tools_link.go":     true, // the tools worker's link and store.ask
	"session_io.go":     true, // the session as a link or a file, in and out; routing links
	"tune.go":           true, // live changes
	"storage.go":        true, // what the page keeps in localStorage
	"boot.go":           true, // boot.js's worker and click taken over
	"tools_types.go":    true, // exerciseInfo: an exercise and its student's name
	"store_words.go":    true, // the store's errors in the page's language
}

// storeParts are the store and its sub-structs: their fields are the
// store's state, read and set only in stateFiles.
var storeParts = map[string]bool{
	"store":         true,
	"dataState":     true,
	"runState":      true,
	"exerciseState": true,
	"codeState":     true,
	"lessonState":   true,
	"guided":        true,
	"viewOptions":   true,
	"paintState":    true,
	"rowState":      true,
	"explainState":  true,
	"noteState":     true,
	"classCheck":    true,
	"trainerHealth": true,
}

// TestComponentsUseMethods: no component reads or sets a field of the
// store or of its parts; a component may select a part (st.check) only to
// call one of its methods (st.check.Rows()). It names each selector that
// breaks the rule.
// typeCheck type-checks package web's files (not its tests) against the
// export data of its imports, which `go list -export` builds.
func typeCheck(t *testing.T) (*token.FileSet, []*ast.File, *types.Info) {
	t.Helper()
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
	info := &types.Info{Selections: map[*ast.SelectorExpr]*types.Selection{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: imp}
	if _, err := conf.Check("github.com/nnplayground/playground/web", fset, files, info); err != nil {
		t.Fatal(err)
	}
	return fset, files, info
}

func TestComponentsUseMethods(t *testing.T) {
	fset, files, info := typeCheck(t)
	var bad []string
	inState := 0 // selections in the state files: none would mean the check sees nothing
	for _, f := range files {
		name := filepath.Base(fset.File(f.Pos()).Name())
		if stateFiles[name] {
			ast.Inspect(f, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if owner, _ := partField(info.Selections[sel]); owner != "" {
						inState++
					}
				}
				return true
			})
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
			if owner == "" {
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
	if inState < 100 {
		t.Fatalf("only %d selections of the store's fields in its own files: the check does not see them", inState)
	}
	for name := range stateFiles {
		if _, err := os.Stat(name); err != nil {
			t.Errorf("state file %s: %v (a file renamed or removed: update stateFiles)", name, err)
		}
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

// sharedFiles are the files of package web outside the store's that the
// store's files may use: the short names of web/i18n.
var sharedFiles = map[string]bool{"i18n.go": true}

// TestStoreNeedsNoComponent: the store's files use nothing declared in the
// components' files (a type, a function, a constant), and every method of
// the store and its parts is in the store's files, so that the store
// stands apart from the components, as a package of its own could.
func TestStoreNeedsNoComponent(t *testing.T) {
	fset, _, info := typeCheck(t)
	var bad []string
	for id, obj := range info.Uses {
		if obj.Pkg() == nil || obj.Pkg().Path() != "github.com/nnplayground/playground/web" || obj.Parent() != obj.Pkg().Scope() {
			continue
		}
		use := fset.Position(id.Pos())
		decl := filepath.Base(fset.Position(obj.Pos()).Filename)
		if stateFiles[filepath.Base(use.Filename)] && !stateFiles[decl] && !sharedFiles[decl] {
			bad = append(bad, use.String()+": "+obj.Name()+" ("+decl+")")
		}
	}
	// And the methods of the store and its parts are all in its files.
	for id, obj := range info.Defs {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Type().(*types.Signature).Recv() == nil || !isPart(fn.Type().(*types.Signature).Recv().Type()) {
			continue
		}
		if at := fset.Position(id.Pos()); !stateFiles[filepath.Base(at.Filename)] {
			bad = append(bad, at.String()+": method "+obj.Name())
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Errorf("%s: the store uses a component's declaration, or a component's file declares the store's; move it to the store's files", b)
	}
}
