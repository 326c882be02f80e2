package state

import (
	"testing"

	"github.com/nnplayground/playground/core/session"
)

// runState.rests counts the snapshots at rest (#epoch's data-rests): the
// answer to a pause, even one with no new epoch, or a step; not a running
// snapshot, nor a load.
func TestStoreCountsRests(t *testing.T) {
	s, _ := testStore(t)
	x := session.Default()
	x.Dataset = "spiral"
	ses := built(t, x)
	deliver(t, s, loaded(ses))
	deliver(t, s, trained(t, ses, 3, true))
	if s.Run.rests != 0 {
		t.Fatalf("rests %d after a load and a running snapshot, want 0", s.Run.rests)
	}
	s.Paint.dirty = 0
	deliver(t, s, trained(t, ses, 0, false)) // a pause that found the epoch done
	if s.Run.rests != 1 || s.Paint.dirty&DirtyHist == 0 {
		t.Errorf("after a pause's answer: rests %d, dirty %b; want 1 and the readouts redrawn", s.Run.rests, s.Paint.dirty)
	}
	deliver(t, s, trained(t, ses, 1, false)) // a step
	if s.Run.rests != 2 || s.Epoch() != 4 {
		t.Errorf("after a step: rests %d at epoch %d, want 2 at epoch 4", s.Run.rests, s.Epoch())
	}
}
