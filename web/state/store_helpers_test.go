package state

import (
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
)

// The store driven as the page drives it, through its methods only: the
// store's own tests and the components' share these helpers.

// testStore is a store whose messages to the trainer are recorded.
func testStore(t *testing.T) (*Store, *[]wire.Message) {
	t.Helper()
	s := NewStore()
	var sent []wire.Message
	s.Record(func(m wire.Message) { sent = append(sent, m) }, nil)
	return s, &sent
}

// deliver sends m through the codec, as the worker's postMessage does, and
// applies what the page decodes; it returns the topics notified.
func deliver(t *testing.T, s *Store, m wire.Message) Topic {
	t.Helper()
	got, err := wire.Unmarshal(wire.Marshal(m), wire.Trainer)
	if err != nil {
		t.Fatalf("%T: %v", m, err)
	}
	var tp Topic
	// One subscriber per topic, each recording its own.
	var unsub []func()
	for tpc := Topic(1); tpc <= TopicLang; tpc <<= 1 {
		unsub = append(unsub, s.Subscribe(tpc, func() { tp |= tpc }))
	}
	s.Apply(got)
	for _, u := range unsub {
		u()
	}
	return tp
}

// built is a session as the worker builds it for settings x.
func built(t *testing.T, x session.Settings) *session.Session {
	t.Helper()
	ses, err := session.Build(x)
	if err != nil {
		t.Fatal(err)
	}
	return ses
}

// loaded is the worker's answer to a Load of ses: its summary and epoch 0.
func loaded(ses *session.Session) *wire.Loaded {
	return &wire.Loaded{Summary: *ses.Summary(), Snapshot: wire.Snapshot{
		History: []nn.Stats{ses.Trainer.Stats()},
		Net:     ses.Trainer.Net().Clone(),
		Heatmap: view.NewHeatmap(ses, 20, 8, false),
	}}
}

// trained trains ses n epochs and returns the running snapshot of them, as
// the worker posts it (points left out of the heatmap once sent).
func trained(t *testing.T, ses *session.Session, n int, running bool) *wire.Snapshot {
	t.Helper()
	r := &wire.Snapshot{Running: running}
	for range n {
		if err := ses.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		r.History = append(r.History, ses.Trainer.Stats())
	}
	r.Net = ses.Trainer.Net().Clone()
	r.Heatmap = view.NewHeatmap(ses, 20, 8, false)
	if running {
		r.Heatmap.Train, r.Heatmap.Test = nil, nil
	}
	return r
}
