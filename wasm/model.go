package main

import "github.com/nnplayground/playground/core/nn"

// marshalModel returns m's JSON form, as json.Marshal writes it.
func marshalModel(m *nn.Model) ([]byte, error) { return marshalJSON(m) }
