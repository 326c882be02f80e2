// Package enum names the values of the engine's small integer enums
// (activations, optimizers, normalizations, …) for messages, flags, JSON and
// links.
package enum

import "fmt"

// Name returns names[i], or "unknown(i)" when i is out of range.
func Name(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("unknown(%d)", i)
	}
	return names[i]
}

// Index returns the index of s in names, or an error that starts with pkg
// and says which kind of value (what) was not known.
func Index(names []string, pkg, what, s string) (int, error) {
	for i, n := range names {
		if n == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %q", pkg, what, s)
}
