package link

import (
	"fmt"

	"github.com/nnplayground/playground/core/nn"
)

// maxScanDepth is how deep scanFile follows nested arrays and objects:
// encoding/json refuses JSON nested deeper than 10,000 levels by itself.
const maxScanDepth = 10_000

// scanFile refuses a session file whose structure is past what a session
// may hold, before it is decoded: a string longer than MaxInflated bytes
// (the largest string of a session is its table) or an array of more than
// nn.MaxParams values (the largest array is the weights' parameters).
// Decoding such a file first cost 256 MB for a 64 MB table and 731 MB for
// 13 M parameters; scanFile allocates nothing past its stack of nested
// arrays and stops at the first string or array past its limit.
//
// It does not check that b is JSON: on anything it does not read as JSON
// it returns nil, and the decoder says what is wrong.
func scanFile(b []byte) error {
	type frame struct {
		array bool
		n     int // values of an array so far
	}
	var stack []frame
	value := func() error {
		if k := len(stack) - 1; k >= 0 && stack[k].array {
			if stack[k].n++; stack[k].n > nn.MaxParams {
				return fmt.Errorf("%w: the file has a list of more than %d values; the limit is %d (nn.MaxParams)", ErrTooLarge, nn.MaxParams, nn.MaxParams)
			}
		}
		return nil
	}
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case ' ', '\t', '\n', '\r', ',', ':':
		case '[', '{':
			if err := value(); err != nil {
				return err
			}
			if len(stack) == maxScanDepth {
				return nil
			}
			stack = append(stack, frame{array: c == '['})
		case ']', '}':
			if len(stack) == 0 {
				return nil
			}
			stack = stack[:len(stack)-1]
		case '"':
			if err := value(); err != nil {
				return err
			}
			n, end := stringLen(b, i+1, MaxInflated)
			if n > MaxInflated {
				return fmt.Errorf("%w: the file has a text of more than %d bytes; the limit is %d (a table in a session)", ErrTooLarge, MaxInflated, MaxInflated)
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

// stringLen reads the JSON string whose contents start at b[i] and returns
// a lower bound of its decoded length in bytes (an escape counts one) and
// the index of its closing quote (len(b) when there is none). It stops as
// soon as the length passes limit.
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
		if n++; n > limit {
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
