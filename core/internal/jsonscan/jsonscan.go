// Package jsonscan refuses JSON whose texts or lists are past stated
// limits before it is decoded: decoding first would allocate for all of
// it (a 64 MB session file cost 731 MB to refuse, a 24 MB model file of a
// column of 1,000,000 categories 362 MB). Scan allocates nothing but its
// stack of nested lists and objects, and stops at the first text or list
// past its limit.
//
// Scan does not check that its input is JSON: on anything it does not read
// as JSON it returns nil, and the decoder says what is wrong.
package jsonscan

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Limits are the most a JSON document may hold.
type Limits struct {
	Text  int            // bytes of any string once decoded (0: any)
	List  int            // values of any list (0: any)
	Lists map[string]int // values of a list that is the value of a key (matched as encoding/json matches field names: without regard to case)
}

// Error is a text or list past its limit.
type Error struct {
	Key   string // the key of the list ("" for a text, or a list under no key of Limits.Lists)
	Text  bool   // a text, not a list
	Limit int
}

func (e *Error) Error() string {
	switch {
	case e.Text:
		return fmt.Sprintf("a text of more than %d bytes", e.Limit)
	case e.Key != "":
		return fmt.Sprintf("a list %q of more than %d values", e.Key, e.Limit)
	}
	return fmt.Sprintf("a list of more than %d values", e.Limit)
}

// maxDepth is how deep Scan follows nested lists and objects:
// encoding/json refuses JSON nested deeper than 10,000 levels by itself.
const maxDepth = 10_000

type frame struct {
	list      bool
	expectKey bool   // an object, before a key
	key       []byte // the key whose value the list is, as written
	n, limit  int    // values of a list so far, and its limit (0: any)
}

// Scan returns an *Error for the first text or list of b past l, or nil.
func Scan(b []byte, l Limits) error {
	var stack []frame
	var key []byte // the last key read in the innermost object, as written
	value := func() error {
		k := len(stack) - 1
		if k < 0 || !stack[k].list {
			return nil
		}
		f := &stack[k]
		if f.n++; f.limit > 0 && f.n > f.limit {
			return &Error{Key: keyText(f.key), Limit: f.limit}
		}
		return nil
	}
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case ' ', '\t', '\n', '\r', ':':
		case ',':
			if k := len(stack) - 1; k >= 0 && !stack[k].list {
				stack[k].expectKey = true
			}
		case '[', '{':
			if err := value(); err != nil {
				return err
			}
			if len(stack) == maxDepth {
				return nil
			}
			f := frame{list: c == '[', expectKey: c == '{'}
			if f.list {
				f.limit = l.List
				if k := len(stack) - 1; k >= 0 && !stack[k].list {
					f.key = key
					if n, ok := listLimit(l.Lists, key); ok {
						f.limit = n
					}
				}
			}
			stack = append(stack, f)
		case ']', '}':
			if len(stack) == 0 {
				return nil
			}
			stack = stack[:len(stack)-1]
		case '"':
			n, end := stringLen(b, i+1, l.Text)
			if l.Text > 0 && n > l.Text {
				return &Error{Text: true, Limit: l.Text}
			}
			if k := len(stack) - 1; k >= 0 && stack[k].expectKey {
				stack[k].expectKey = false
				key = b[i+1 : min(end, len(b))]
			} else if err := value(); err != nil {
				return err
			}
			i = end
		default: // a number, true, false or null: up to the next delimiter
			if err := value(); err != nil {
				return err
			}
			for i+1 < len(b) && !delimiter(b[i+1]) {
				i++
			}
		}
	}
	return nil
}

// listLimit returns the limit of Lists for the key written raw, matched
// as encoding/json matches a field's name (without regard to case, after
// unescaping).
func listLimit(lists map[string]int, raw []byte) (int, bool) {
	if len(lists) == 0 {
		return 0, false
	}
	key := keyText(raw)
	for name, n := range lists {
		if strings.EqualFold(name, key) {
			return n, true
		}
	}
	return 0, false
}

// keyText returns a key's text from its raw bytes, unescaped when it has
// escapes.
func keyText(raw []byte) string {
	if !strings.ContainsRune(string(raw), '\\') {
		return string(raw)
	}
	var s string
	if json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &s) != nil {
		return string(raw)
	}
	return s
}

// stringLen reads the JSON string whose contents start at b[i] and returns
// a lower bound of its decoded length in bytes (an escape counts one) and
// the index of its closing quote (len(b) when there is none). It stops as
// soon as the length passes limit (when limit > 0).
func stringLen(b []byte, i, limit int) (n, end int) {
	for i < len(b) {
		switch b[i] {
		case '"':
			return n, i
		case '\\':
			if i+1 < len(b) && b[i+1] == 'u' {
				i += 6
			} else {
				i += 2
			}
		default:
			i++
		}
		if n++; limit > 0 && n > limit {
			return n, i
		}
	}
	return n, len(b)
}

// delimiter reports whether c ends a JSON number or literal.
func delimiter(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', ',', ':', ']', '}', '[', '{', '"':
		return true
	}
	return false
}
