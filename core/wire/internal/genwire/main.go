// Command genwire writes the wire_gen.go of package core/wire or of a
// package of messages beside it (core/wire/tools): the Tag and Code methods
// of every message type named on its command line (tag base+i for the
// i-th), the wire.Protocol that makes them by tag, and a function for every
// struct type they reach, in the package or another (nn.Stats,
// session.Settings, …), coding its fields in declaration order. One
// function both encodes and decodes (wire.Codec), which halves the code
// that the binaries carry.
// Exported fields are encoded, except those tagged `json:"-"`; unexported
// ones (caches) are not. A message with a field ID int gets a method IDRef
// returning its address.
//
// It also writes the hash of the messages' layout (schema.go), which every
// message carries and the decoder compares with its own: a worker built
// from other message types is refused with wire.ErrVersion. `-schema`
// prints the text that is hashed.
//
// Run it with `go generate ./core/wire/...`; wire_test.go fails when a
// file is not current.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const wirePath = "github.com/nnplayground/playground/core/wire"

func main() {
	out := flag.String("o", "wire_gen.go", "output file")
	dir := flag.String("dir", ".", "the directory of the package")
	path := flag.String("path", wirePath, "the import path of the package")
	base := flag.Int("base", 1, "the tag of the first message")
	proto := flag.String("protocol", "Trainer", "the name of the generated wire.Protocol")
	text := flag.Bool("schema", false, "print the schema that the hash is of, and write nothing")
	flag.Parse()
	if *text {
		pkg, err := load(*dir, *path)
		if err != nil {
			log.Fatal(err)
		}
		s, h, err := schema(pkg, *base, flag.Args())
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s%#08x\n", s, h)
		return
	}
	src, err := generate(*dir, *path, *base, *proto, flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// load type-checks the package's hand-written files (not wire_gen.go,
// which may be out of date; errors from its absence are ignored).
func load(dir, path string) (*types.Package, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || strings.HasSuffix(n, "_gen.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, 0)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(error) {}}
	pkg, _ := conf.Check(path, fset, files, nil)
	if pkg == nil {
		return nil, fmt.Errorf("genwire: cannot type-check %s", dir)
	}
	return pkg, nil
}

type gen struct {
	pkg     *types.Package
	w       string         // "" in package wire, else "wire."
	wire    *types.Package // package wire, with its generated functions, when generating another
	body    bytes.Buffer
	imports map[string]string // path → name
	done    map[*types.Named]bool
	msgs    map[*types.Named]bool // the message types, which have methods
	queue   []*types.Named
}

func generate(dir, path string, base int, proto string, messages []string) ([]byte, error) {
	pkg, err := load(dir, path)
	if err != nil {
		return nil, err
	}
	g := &gen{pkg: pkg, imports: map[string]string{}, done: map[*types.Named]bool{}, msgs: map[*types.Named]bool{}}
	if path != wirePath {
		g.w = "wire."
		g.imports[wirePath] = "wire"
		// The source importer type-checks wire_gen.go too: generate
		// package wire first (go generate ./core/wire/... does).
		g.wire, err = importer.ForCompiler(token.NewFileSet(), "source", nil).Import(wirePath)
		if err != nil {
			return nil, err
		}
	}
	if base < 1 || base+len(messages) > 256 {
		return nil, fmt.Errorf("genwire: tags %d to %d do not fit in a byte", base, base+len(messages)-1)
	}
	_, hash, err := schema(pkg, base, messages)
	if err != nil {
		return nil, err
	}
	p := g.p
	p("// schemaHash is the hash of the layout of the messages of this package")
	p("// and of every type they reach (genwire's schema.go).")
	p("const schemaHash = %#08x", hash)
	p("")
	p("// %s is the wire.Protocol of the messages of this package.", proto)
	p("var %s = %sProtocol{Schema: schemaHash, New: new%s}", proto, g.w, proto)
	p("")
	p("// new%s returns a new message of the type with the tag, or nil.", proto)
	p("func new%s(tag byte) %sMessage {", proto, g.w)
	p("switch tag {")
	for i, name := range messages {
		p("case %d: return new(%s)", base+i, name)
	}
	p("}")
	p("return nil")
	p("}")
	named := make([]*types.Named, len(messages))
	for i, name := range messages {
		obj := pkg.Scope().Lookup(name)
		if obj == nil {
			return nil, fmt.Errorf("genwire: no type %s in package wire", name)
		}
		n, ok := obj.Type().(*types.Named)
		if !ok {
			return nil, fmt.Errorf("genwire: %s is not a named type", name)
		}
		if _, ok := n.Underlying().(*types.Struct); !ok {
			return nil, fmt.Errorf("genwire: %s is not a struct", name)
		}
		named[i] = n
		g.done[n], g.msgs[n] = true, true
	}
	for i, n := range named {
		name, st := messages[i], n.Underlying().(*types.Struct)
		p("")
		p("// Tag returns %d.", base+i)
		p("func (*%s) Tag() byte { return %d }", name, base+i)
		p("")
		p("// Code encodes or decodes v's fields, as c does.")
		p("func (v *%s) Code(c *%sCodec) {", name, g.w)
		if g.w != "" {
			// Append writes package wire's hash; another package's
			// messages put theirs in its place.
			p("c.Schema(schemaHash)")
		}
		if err := g.fields(st); err != nil {
			return nil, fmt.Errorf("genwire: %s: %w", name, err)
		}
		p("}")
		for i := 0; i < st.NumFields(); i++ {
			if f := st.Field(i); f.Name() == "ID" && types.Identical(f.Type(), types.Typ[types.Int]) {
				p("")
				p("// IDRef returns the address of v.ID, the number of the request.")
				p("func (v *%s) IDRef() *int { return &v.ID }", name)
			}
		}
	}
	for len(g.queue) > 0 {
		n := g.queue[0]
		g.queue = g.queue[1:]
		t := g.typ(n)
		p("")
		p("func %s(c *%sCodec, v *%s) {", g.fn(n), g.w, t)
		if err := g.fields(n.Underlying().(*types.Struct)); err != nil {
			return nil, fmt.Errorf("genwire: %s: %w", t, err)
		}
		p("}")
	}
	var head bytes.Buffer
	fmt.Fprintf(&head, "// Code generated by core/wire/internal/genwire; DO NOT EDIT.\n\npackage %s\n\nimport (\n", pkg.Name())
	var paths []string
	for path := range g.imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		fmt.Fprintf(&head, "%q\n", path)
	}
	head.WriteString(")\n\n")
	head.Write(g.body.Bytes())
	src, err := format.Source(head.Bytes())
	if err != nil {
		return head.Bytes(), fmt.Errorf("genwire: gofmt: %w", err)
	}
	return src, nil
}

func (g *gen) p(format string, args ...any) { fmt.Fprintf(&g.body, format+"\n", args...) }

// typ returns t as Go source in package wire.
func (g *gen) typ(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == g.pkg || p.Path() == g.pkg.Path() {
			return ""
		}
		g.imports[p.Path()] = p.Name()
		return p.Name()
	})
}

// fn names the function that codes the struct type n. Those of other
// packages' types are exported from package wire (Code…), and a package of
// messages beside it calls wire's when it has one.
func (g *gen) fn(n *types.Named) string {
	p := n.Obj().Pkg()
	if p == nil || p.Path() == g.pkg.Path() {
		return "code" + n.Obj().Name()
	}
	name := "Code" + strings.ToUpper(p.Name()[:1]) + p.Name()[1:] + n.Obj().Name()
	if g.w == "" {
		return name
	}
	if g.wire != nil && g.wire.Scope().Lookup(name) != nil {
		return g.w + name
	}
	return "c" + name[1:]
}

// need queues the function of n unless it is written or wire's.
func (g *gen) need(n *types.Named) {
	if !g.done[n] && !g.shared(n) {
		g.done[n] = true
		g.queue = append(g.queue, n)
	}
}

// shared reports whether n's function is package wire's.
func (g *gen) shared(n *types.Named) bool { return g.w != "" && strings.HasPrefix(g.fn(n), g.w) }

// fields writes the coding of the fields of st, held by the pointer v.
func (g *gen) fields(st *types.Struct) error {
	for _, f := range encoded(st) {
		if err := g.value(f.Type(), "v."+f.Name(), 0); err != nil {
			return fmt.Errorf("field %s: %w", f.Name(), err)
		}
	}
	return nil
}

// value writes the coding of x, an addressable expression of type t, at
// loop depth depth.
func (g *gen) value(t types.Type, x string, depth int) error {
	p := g.p
	t = types.Unalias(t)
	switch u := t.Underlying().(type) {
	case *types.Basic:
		var prim, goType string // the codec's method and its Go type
		switch u.Kind() {
		case types.Int:
			prim, goType = "Int", "int"
		case types.Uint64:
			prim, goType = "Uint", "uint64"
		case types.Float64:
			prim, goType = "Float", "float64"
		case types.Bool:
			prim, goType = "Bool", "bool"
		case types.String:
			prim, goType = "Str", "string"
		default:
			return fmt.Errorf("unsupported basic type %s", u)
		}
		if types.Identical(t, u) {
			p("c.%s(&%s)", prim, x)
		} else {
			p("c.%s((*%s)(&%s))", prim, goType, x)
		}
	case *types.Slice:
		if b, ok := u.Elem().(*types.Basic); ok && types.Identical(t, u) {
			if m := map[types.BasicKind]string{types.Uint8: "Bytes", types.Float64: "Floats", types.Int: "Ints", types.String: "Strs"}[b.Kind()]; m != "" {
				p("c.%s(&%s)", m, x)
				return nil
			}
		}
		if n, ok := types.Unalias(u.Elem()).(*types.Named); ok && types.Identical(t, u) && !g.msgs[n] {
			if _, ok := n.Underlying().(*types.Struct); ok {
				g.need(n)
				p("%sSlice(c, &%s, %s)", g.w, x, g.fn(n))
				return nil
			}
		}
		i, n := fmt.Sprintf("i%d", depth), fmt.Sprintf("n%d", depth)
		p("if %s, ok := c.Len(len(%s), %s == nil); ok {", n, x, x)
		p("if c.Decoding() {")
		p("%s = make(%s, %s)", x, g.typ(t), n)
		p("}")
		p("for %s := range %s {", i, x)
		if err := g.value(u.Elem(), x+"["+i+"]", depth+1); err != nil {
			return err
		}
		p("}")
		p("}")
	case *types.Map:
		n, k, v := fmt.Sprintf("n%d", depth), fmt.Sprintf("k%d", depth), fmt.Sprintf("v%d", depth)
		p("if %s, ok := c.Len(len(%s), %s == nil); ok {", n, x, x)
		p("if c.Decoding() {")
		p("%s = make(%s, %s)", x, g.typ(t), n)
		p("for range %s {", n)
		p("var %s %s", k, g.typ(u.Key()))
		p("var %s %s", v, g.typ(u.Elem()))
		if err := g.value(u.Key(), k, depth+1); err != nil {
			return err
		}
		if err := g.value(u.Elem(), v, depth+1); err != nil {
			return err
		}
		p("%s[%s] = %s", x, k, v)
		p("}")
		p("} else {")
		p("for %s, %s := range %s {", k, v, x)
		if err := g.value(u.Key(), k, depth+1); err != nil {
			return err
		}
		if err := g.value(u.Elem(), v, depth+1); err != nil {
			return err
		}
		p("}")
		p("}")
		p("}")
	case *types.Array:
		i := fmt.Sprintf("i%d", depth)
		p("for %s := range %s {", i, x)
		if err := g.value(u.Elem(), x+"["+i+"]", depth+1); err != nil {
			return err
		}
		p("}")
	case *types.Pointer:
		p("if c.Present(%s != nil) {", x)
		p("if %s == nil {", x)
		p("%s = new(%s)", x, g.typ(u.Elem()))
		p("}")
		if err := g.value(u.Elem(), "(*"+x+")", depth); err != nil {
			return err
		}
		p("}")
	case *types.Struct:
		n, ok := t.(*types.Named)
		if !ok {
			return fmt.Errorf("unsupported unnamed struct")
		}
		if g.msgs[n] {
			p("%s.Code(c)", x)
			return nil
		}
		g.need(n)
		ref := "&" + x
		if strings.HasPrefix(x, "(*") {
			ref = strings.TrimSuffix(strings.TrimPrefix(x, "(*"), ")")
		}
		p("%s(c, %s)", g.fn(n), ref)
	default:
		return fmt.Errorf("unsupported type %s", t)
	}
	return nil
}
