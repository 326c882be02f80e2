package main

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"go/types"
	"reflect"
	"strings"
)

// format names the codec's encoding rules (codec.go: varints, 8-byte
// floats, lengths plus one, …), which the schema starts with: change it
// when those rules change, since no type does.
const wireFormat = "wire format 1"

// schema returns the text of the layout of the messages (the types named
// by names, their tags from base) and its hash, the first 4 bytes of its
// SHA-256: every message's tag, name and encoded fields in order with
// their names and types, then every struct type they reach, in the order
// they are first reached, the same way. A change to any of them (a field
// added, removed, renamed, moved or of another type) changes the hash;
// comments, unexported fields and fields tagged `json:"-"`, which are not
// encoded, do not.
func schema(pkg *types.Package, base int, names []string) (string, uint32, error) {
	s := &schemaWriter{seen: map[*types.Named]bool{}}
	s.b.WriteString(wireFormat + "\n")
	for i, name := range names {
		obj := pkg.Scope().Lookup(name)
		if obj == nil {
			return "", 0, fmt.Errorf("genwire: no type %s in package %s", name, pkg.Path())
		}
		n, ok := obj.Type().(*types.Named)
		if !ok {
			return "", 0, fmt.Errorf("genwire: %s is not a named type", name)
		}
		s.seen[n] = true
		s.queue = append(s.queue, n)
		fmt.Fprintf(&s.b, "message %d %s\n", base+i, qualified(n))
	}
	for len(s.queue) > 0 {
		n := s.queue[0]
		s.queue = s.queue[1:]
		st, ok := n.Underlying().(*types.Struct)
		if !ok {
			return "", 0, fmt.Errorf("genwire: %s is not a struct", qualified(n))
		}
		fmt.Fprintf(&s.b, "type %s struct {", qualified(n))
		for _, f := range encoded(st) {
			fmt.Fprintf(&s.b, " %s %s;", f.Name(), s.typ(f.Type()))
		}
		s.b.WriteString(" }\n")
	}
	sum := sha256.Sum256([]byte(s.b.String()))
	return s.b.String(), binary.LittleEndian.Uint32(sum[:4]), nil
}

type schemaWriter struct {
	b     strings.Builder
	seen  map[*types.Named]bool
	queue []*types.Named
}

// typ writes t: a named struct type by its package path and name (its
// fields follow in a type line of their own), any other named type as its
// name and underlying type.
func (s *schemaWriter) typ(t types.Type) string {
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok {
		if _, ok := n.Underlying().(*types.Struct); ok {
			if !s.seen[n] {
				s.seen[n] = true
				s.queue = append(s.queue, n)
			}
			return qualified(n)
		}
		return qualified(n) + "=" + s.typ(n.Underlying())
	}
	switch u := t.(type) {
	case *types.Basic:
		return u.Name()
	case *types.Slice:
		return "[]" + s.typ(u.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", u.Len(), s.typ(u.Elem()))
	case *types.Map:
		return "map[" + s.typ(u.Key()) + "]" + s.typ(u.Elem())
	case *types.Pointer:
		return "*" + s.typ(u.Elem())
	}
	return t.String() // the generator refuses the rest
}

// qualified returns n's package path and name.
func qualified(n *types.Named) string {
	if p := n.Obj().Pkg(); p != nil {
		return p.Path() + "." + n.Obj().Name()
	}
	return n.Obj().Name()
}

// encoded returns the fields of st that the wire carries: the exported
// ones not tagged `json:"-"`, in declaration order.
func encoded(st *types.Struct) []*types.Var {
	var fs []*types.Var
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Exported() && reflect.StructTag(st.Tag(i)).Get("json") != "-" {
			fs = append(fs, f)
		}
	}
	return fs
}
