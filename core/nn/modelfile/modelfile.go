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

	"github.com/nnplayground/playground/core/nn"
)

// Read reads a model's JSON form, at most nn.MaxModelFile bytes, and
// checks that it is whole (nn.Model.Check): known format and version,
// weights matching the sizes, finite numbers.
func Read(r io.Reader) (*nn.Model, error) {
	b, err := io.ReadAll(io.LimitReader(r, nn.MaxModelFile+1))
	if err != nil {
		return nil, fmt.Errorf("nn: reading model: %w", err)
	}
	if len(b) > nn.MaxModelFile {
		return nil, fmt.Errorf("%w: a model file of more than %d bytes", nn.ErrTooLarge, nn.MaxModelFile)
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
