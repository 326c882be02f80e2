package jsonscan

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

var limits = Limits{Text: 12, List: 5, Lists: map[string]int{"categories": 2}}

func TestScan(t *testing.T) {
	tests := []struct {
		Name, Input string
		Error       *Error
	}{
		{"within", `{"a": "123456789012", "b": [1, 2, 3, 4, 5], "categories": ["x", "y"], "c": [[1,2],[3]]}`, nil},
		{"text", `{"a": "1234567890123"}`, &Error{Text: true, Limit: 12}},
		{"escaped text", `{"a": "\n\n\n\n\n\n\n\n\n\n\n\n\n"}`, &Error{Text: true, Limit: 12}},
		{"escapes count one", `{"a": "\u00e9\u00e9\u00e9\u00e9"}`, nil},
		{"a key's text", `{"1234567890123": 1}`, &Error{Text: true, Limit: 12}},
		{"list", `{"b": [1, 2, 3, 4, 5, 6]}`, &Error{Key: "b", Limit: 5}},
		{"list of lists", `[[1], [2], [3], [4], [5], [6]]`, &Error{Limit: 5}},
		{"inner list", `{"w": [[1, 2, 3, 4, 5, 6]]}`, &Error{Limit: 5}},
		{"keyed list", `{"categories": ["x", "y", "z"]}`, &Error{Key: "categories", Limit: 2}},
		{"key in capitals", `{"CATEGORIES": ["x", "y", "z"]}`, &Error{Key: "CATEGORIES", Limit: 2}},
		{"escaped key", `{"categ\u006fries": ["x", "y", "z"]}`, &Error{Key: "categories", Limit: 2}},
		{"key after a value", `{"a": [1], "categories": [1, 2, 3]}`, &Error{Key: "categories", Limit: 2}},
		{"key in a list's object", `[{"categories": [1, 2, 3]}]`, &Error{Key: "categories", Limit: 2}},
		{"not the key's list", `{"categories": 1, "b": [1, 2, 3]}`, nil},
		{"objects in a list", `[{}, {}, {}, {}, {}, {}]`, &Error{Limit: 5}},
		{"not JSON", `]]]"`, nil},
		{"cut short", `{"a": [1, 2`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			err := Scan([]byte(tt.Input), limits)
			var e *Error
			if tt.Error == nil && err != nil || tt.Error != nil && (!errors.As(err, &e) || *e != *tt.Error) {
				t.Errorf("Scan(%q) = %v; want %v", tt.Input, err, tt.Error)
			}
		})
	}
}

// violates reports whether JSON b, read by encoding/json's own tokens,
// holds a text or list past l.
func violates(b []byte, l Limits) bool {
	type frame struct {
		list, wantKey bool
		n, limit      int
	}
	var stack []frame
	key := ""
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return false
		}
		if err != nil {
			return false
		}
		k := len(stack) - 1
		if d, ok := tok.(json.Delim); ok && (d == ']' || d == '}') {
			stack = stack[:k]
			continue
		}
		if s, ok := tok.(string); ok && l.Text > 0 && len(s) > l.Text {
			return true
		}
		if k >= 0 && stack[k].wantKey {
			stack[k].wantKey = false
			key = tok.(string)
			continue
		}
		if k >= 0 && stack[k].list {
			if stack[k].n++; stack[k].limit > 0 && stack[k].n > stack[k].limit {
				return true
			}
		} else if k >= 0 {
			stack[k].wantKey = true // the next token of the object is a key
		}
		if d, ok := tok.(json.Delim); ok {
			f := frame{list: d == '[', wantKey: d == '{'}
			if f.list {
				f.limit = l.List
				if k >= 0 && !stack[k].list {
					for name, n := range l.Lists {
						if strings.EqualFold(name, key) {
							f.limit = n
						}
					}
				}
			}
			stack = append(stack, f)
		}
	}
}

// FuzzScan: Scan never panics, and refuses JSON only when encoding/json's
// tokens show a text or list past the limits.
func FuzzScan(f *testing.F) {
	f.Add([]byte(`{"a": "123456789012", "b": [1, 2, 3, 4, 5], "categories": ["x", "y"], "c": [[1,2],[3]]}`))
	f.Add([]byte(`{"categ\u006fries": ["x", "y", "z"]}`))
	f.Add([]byte(`[{}, {"a": [1, 2, 3, 4, 5, 6]}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := Scan(b, limits)
		if err != nil && json.Valid(b) && !violates(b, limits) {
			t.Fatalf("Scan(%q) = %v, but the JSON is within the limits", b, err)
		}
	})
}
