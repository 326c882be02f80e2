package main

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire/tools"
)

// A model file is read in the tools worker (the page's thread only sniffs
// its format): the answer holds the trainer's configuration, layer sizes
// and parameters exactly; a damaged file is refused.
func TestReadModel(t *testing.T) {
	s := session.Default()
	s.Dataset = "xor"
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := ss.Trainer.StepN(3); err != nil {
		t.Fatal(err)
	}
	m := ss.Trainer.Model()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	r, ok := ask(t, &tools.ReadModel{ID: 7, File: string(b)}).(*tools.ModelRead)
	if !ok {
		t.Fatalf("answer %T", r)
	}
	if !reflect.DeepEqual(r.Sizes, m.Network.Sizes) || !reflect.DeepEqual(r.Params, m.Network.Params()) || !reflect.DeepEqual(r.Config, m.Config) {
		t.Errorf("read %v %v %+v; want %v %v %+v", r.Sizes, r.Params, r.Config, m.Network.Sizes, m.Network.Params(), m.Config)
	}
	if _, ok := ask(t, &tools.ReadModel{ID: 7, File: string(b[:len(b)/2])}).(*tools.ToolFailed); !ok {
		t.Errorf("half a model file was read")
	}
}
