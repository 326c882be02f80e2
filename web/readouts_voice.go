package web

import "time"

// announceEvery is the least time between two announcements of the
// readouts while the network trains: a screen reader needs a few seconds
// to say them, and a frame comes every 16 ms.
const announceEvery = 5 * time.Second

// voice is what the readouts' live region (#readouts-live) says: the
// readouts on a pause or a stop, after a step while paused, and at most
// every announceEvery while training, never per frame (the readouts
// themselves are not a live region).
type voice struct {
	text    string
	at      time.Time // when training started or text last changed while training
	running bool
	lang    string // the language of text
}

// update takes the readouts' text at now, training or not.
func (v *voice) update(now time.Time, running bool, text string) {
	switch {
	case running && !v.running:
		v.at = now // started: the first announcement comes announceEvery later
	case running:
		if now.Sub(v.at) >= announceEvery {
			v.text, v.at = text, now
		}
	default:
		v.text = text // paused, stopped, a step or new data
	}
	v.running = running
}
