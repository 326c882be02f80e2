package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// base is a package of two messages, one reaching a struct type and a
// named string type; each case below changes it.
const base = `package m

// Kind is a kind.
type Kind string

type Inner struct {
	X    float64
	Tags []string
}

type Ask struct {
	ID    int
	Kind  Kind
	In    *Inner
	cache int
}

type Answer struct{ Rows [][2]float64 }
`

// schemaOf type-checks src and returns its schema's hash for messages Ask
// and Answer from tag 1.
func schemaOf(t *testing.T, src string) uint32 {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "m.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("example.com/m", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, h, err := schema(pkg, 1, []string{"Ask", "Answer"})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestSchemaHash: a change to a message's layout changes the hash, and a
// change the wire does not see leaves it.
func TestSchemaHash(t *testing.T) {
	want := schemaOf(t, base)
	for _, tt := range []struct {
		Name    string
		Old     string
		New     string
		Changed bool
	}{
		{"field renamed", "\tID    int\n", "\tNum   int\n", true},
		{"field of another type", "\tID    int\n", "\tID    float64\n", true},
		{"fields swapped", "\tID    int\n\tKind  Kind\n", "\tKind  Kind\n\tID    int\n", true},
		{"field added", "\tcache int\n", "\tcache int\n\tMore  bool\n", true},
		{"field removed", "\tKind  Kind\n", "", true},
		{"reached struct's field changed", "\tX    float64\n", "\tX    int\n", true},
		{"named type's underlying type changed", "type Kind string", "type Kind int", true},
		{"array length changed", "[2]float64", "[3]float64", true},
		{"pointer made a value", "\tIn    *Inner\n", "\tIn    Inner\n", true},
		{"reached struct renamed", "Inner", "Nested", true},
		{"comment changed", "// Kind is a kind.", "// Kind is what kind it is.", false},
		{"unexported field added", "\tcache int\n", "\tcache int\n\tmemo  []int\n", false},
		{"field tagged json:\"-\" added", "\tcache int\n", "\tcache int\n\tSkip  int `json:\"-\"`\n", false},
		{"type not reached added", "type Answer struct", "type Other struct{ A int }\n\ntype Answer struct", false},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			src := replace(t, base, tt.Old, tt.New)
			if got := schemaOf(t, src); (got != want) != tt.Changed {
				t.Errorf("hash %#08x, base %#08x: changed %v, want %v", got, want, got != want, tt.Changed)
			}
		})
	}
}

// TestSchemaTags: moving a message to another tag changes the hash.
func TestSchemaTags(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "m.go", base, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("example.com/m", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, a, _ := schema(pkg, 1, []string{"Ask", "Answer"})
	_, b, _ := schema(pkg, 1, []string{"Answer", "Ask"})
	_, c, _ := schema(pkg, 64, []string{"Ask", "Answer"})
	if a == b || a == c {
		t.Errorf("hashes %#08x, swapped %#08x, from 64 %#08x: want all different", a, b, c)
	}
}

// replace replaces every old in s by new.
func replace(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q is not in the source", old)
	}
	return strings.ReplaceAll(s, old, new)
}
