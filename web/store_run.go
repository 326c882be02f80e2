// The store's verbs about the run: training, pausing and resetting it.

package web

import "github.com/nnplayground/playground/core/wire"

// resetNet builds a fresh network from the same settings (same seed: same
// start). Call it inside ctx.Dispatch.
func resetNet(st *store) {
	if st.exercise.Params() != nil {
		// Back to the starting weights of the link or exercise, which
		// wire.Reset would replace by the seed's.
		st.load(st.settings, st.exercise.Params(), false)
	} else {
		st.send(&wire.Reset{})
	}
	st.exercise.edited = false
	st.running = false
	st.diverged = false
	st.otherErr = ""
	st.resetNotice = ""
	st.history = st.history[:0]
	st.dirty = dirtyAll
	st.notify(topicRun | topicStats)
}
