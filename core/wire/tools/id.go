package tools

import "github.com/nnplayground/playground/core/wire"

// ider is a message with a request ID (every request and answer of this
// package): genwire gives each an IDRef method.
type ider interface{ IDRef() *int }

// ID returns the request ID that m carries, 0 for a message without one.
func ID(m wire.Message) int {
	if r, ok := m.(ider); ok {
		return *r.IDRef()
	}
	return 0
}

// SetID sets the request ID of m; a message without one is left alone.
func SetID(m wire.Message, id int) {
	if r, ok := m.(ider); ok {
		*r.IDRef() = id
	}
}
