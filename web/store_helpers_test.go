package web

import (
	"testing"

	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/web/state/statetest"

	"github.com/nnplayground/playground/web/state"
)

// The store driven as the page drives it, through its methods only: the
// store's own tests and the components' share these helpers.

// testStore is a store whose messages to the trainer are recorded.
func testStore(t *testing.T) (*state.Store, *[]wire.Message) {
	t.Helper()
	s := state.NewStore()
	var sent []wire.Message
	s.Record(func(m wire.Message) { sent = append(sent, m) }, nil)
	return s, &sent
}

// deliver sends m through the codec, as the worker's postMessage does, and
// applies what the page decodes; it returns the topics notified.
func deliver(t *testing.T, s *state.Store, m wire.Message) state.Topic {
	t.Helper()
	got, err := wire.Unmarshal(wire.Marshal(m), wire.Trainer)
	if err != nil {
		t.Fatalf("%T: %v", m, err)
	}
	var tp state.Topic
	// One subscriber per topic, each recording its own.
	var unsub []func()
	for tpc := state.Topic(1); tpc <= state.TopicLang; tpc <<= 1 {
		unsub = append(unsub, s.Subscribe(tpc, func() { tp |= tpc }))
	}
	s.Apply(got)
	for _, u := range unsub {
		u()
	}
	return tp
}

// built, loaded and trained are what the trainer worker would post
// (statetest).
var built, loaded, trained = statetest.Built, statetest.Loaded, statetest.Trained
