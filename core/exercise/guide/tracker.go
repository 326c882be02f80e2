package guide

import (
	"slices"

	"github.com/nnplayground/playground/core/session"
)

// Tracker keeps what happened since a step opened, for its check: the
// epochs trained, their newest and best statistics, the events seen, the
// weights edited and the settings changed. The page feeds it what the
// trainer reports, and the tests that play the built-in lessons feed it
// what core/session does; State is the LiveState the check reads.
//
// What the step found when it opened does not count: the epochs trained
// before, the events seen before and the coach's notices already up. A
// change of settings (Change), a rollback or a weight edit restarts the
// count of epochs: a check of a metric reads only epochs trained after the
// student's last change.
type Tracker struct {
	live   LiveState
	from   int     // the epoch the count of epochs starts after
	accept int     // statistics of epochs before this one are not the step's
	active []Event // the coach's notices up at the last report
}

// NewTracker returns a Tracker of a step that opened with settings s on a
// network at epoch.
func NewTracker(s session.Settings, epoch int) *Tracker {
	t := &Tracker{}
	t.Enter(s, epoch)
	return t
}

// Enter starts afresh: a step opened, the student went back to it, or a
// lesson opened or reopened, with settings s on a network at epoch (the
// network still in use; a step that loads a new one calls Change when it
// is built). The coach's notices up at that moment stay up without
// counting.
func (t *Tracker) Enter(s session.Settings, epoch int) {
	t.live = LiveState{Settings: cloneSettings(s)}
	t.from, t.accept = epoch, epoch+1
}

// Change records new settings s, in use from epoch on: a new network
// (rebuilt, epoch 0), or a change applied to the running network at that
// epoch (session.Tunable) or a rollback to it. The settings that differ
// are recorded as changed (LiveState.Changed) and the count of epochs
// restarts. A new network has no edited weights and no notices up.
func (t *Tracker) Change(s session.Settings, epoch int, rebuilt bool) {
	changed := false
	for _, name := range Settable() {
		a, _, _ := Get(&t.live.Settings, name)
		b, _, _ := Get(&s, name)
		if a == b {
			continue
		}
		changed = true
		if !slices.Contains(t.live.Changed, name) {
			t.live.Changed = append(t.live.Changed, name)
		}
	}
	t.live.Settings = cloneSettings(s)
	if rebuilt {
		t.live.Edited, t.active = nil, nil
	}
	// A step's own new network, built after it opened, leaves the count
	// as it was: nothing was counted, nothing changed.
	t.restart(epoch, epoch+1, changed || t.live.Newest != nil)
}

// restart starts the count of epochs after epoch from, counting the
// statistics of epochs from accept on; mark says that the student's
// change restarted it (LiveState.Restarted).
func (t *Tracker) restart(from, accept int, mark bool) {
	t.from, t.accept = from, accept
	t.live.Newest, t.live.Best, t.live.Epochs = nil, nil, 0
	t.live.Restarted = t.live.Restarted || mark
}

// Epoch records the statistics of an epoch the trainer reported. Those of
// epochs the step did not train are ignored (the epoch it opened at, or a
// report from before the last change), except the edited network's
// statistics at the epoch of an edit.
func (t *Tracker) Epoch(st Stats) {
	if st.Epoch < t.accept {
		return
	}
	t.live.Newest = &st
	t.live.Best = Improve(t.live.Best, st)
	t.live.Epochs = st.Epoch - t.from
}

// Event records e, once.
func (t *Tracker) Event(e Event) {
	if !slices.Contains(t.live.Events, e) {
		t.live.Events = append(t.live.Events, e)
	}
}

// Notices records the coach's notices up now (their events,
// EventOfNotice): each one not up at the last call is seen.
func (t *Tracker) Notices(up []Event) {
	for _, e := range up {
		if !slices.Contains(t.active, e) {
			t.Event(e)
		}
	}
	t.active = append(t.active[:0], up...)
}

// Edit records a weight the student set on the network at epoch: the
// WeightEdited event, and the edited network's statistics at that epoch
// count (Epoch).
func (t *Tracker) Edit(e Edit, epoch int) {
	t.live.Edited = append(t.live.Edited, e)
	t.Event(WeightEdited)
	t.restart(epoch, epoch, true)
}

// State returns what the step's check reads. It shares the tracker's
// lists: the caller must not change them.
func (t *Tracker) State() *LiveState {
	st := t.live
	return &st
}

// cloneSettings copies s with its own lists.
func cloneSettings(s session.Settings) session.Settings {
	s.Model.Hidden = slices.Clone(s.Model.Hidden)
	s.Ignore = slices.Clone(s.Ignore)
	s.Derived = slices.Clone(s.Derived)
	return s
}
