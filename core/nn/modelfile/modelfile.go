// Package modelfile reads a trained model's file: the JSON form of
// nn.Model (encoding/json), checked whole by nn.Model.Check.
//
// It is its own package so that core/nn does not import encoding/json:
// the trainer's WebAssembly, which never reads a model file, would carry
// that package's initialisers (about 5 KB gzipped). The page (to predict
// from a model file) and `nnplay predict` import it.
package modelfile

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/internal/jsonscan"
	"github.com/nnplayground/playground/core/nn"
)

// limits are what a model file may hold, checked before it is decoded
// (jsonscan): no list past nn.MaxParams values, no categorical column of
// more than data.MaxCategories categories (and the missing and other
// ones), no more than data.MaxCategories classes. A crafted 24 MB file of
// one column of 1,000,000 categories cost 362 MB to decode; no playground
// writes one.
var limits = jsonscan.Limits{
	List:  nn.MaxParams,
	Lists: map[string]int{"categories": data.MaxCategories + 2, "classes": data.MaxCategories},
}

// Read reads a model's JSON form, at most nn.MaxModelFile bytes and within
// limits (refused before decoding), and checks that it is whole (nn.Model.Check): known format and version,
// weights matching the sizes, finite numbers.
func Read(r io.Reader) (*nn.Model, error) {
	b, err := io.ReadAll(io.LimitReader(r, nn.MaxModelFile+1))
	if err != nil {
		return nil, fmt.Errorf("nn: reading model: %w", err)
	}
	if len(b) > nn.MaxModelFile {
		return nil, fmt.Errorf("%w: a model file of more than %d bytes", nn.ErrTooLarge, nn.MaxModelFile)
	}
	if err := jsonscan.Scan(b, limits); err != nil {
		return nil, fmt.Errorf("%w: the model file has %v", nn.ErrTooLarge, err)
	}
	var m nn.Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("nn: reading model: %w", err)
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	return &m, nil
}
