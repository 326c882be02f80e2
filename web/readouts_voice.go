package main

import "time"

// voice is what the readouts' live region (#readouts-live) says.
type voice struct {
	text    string
	at      time.Time
	running bool
}

func (v *voice) update(now time.Time, running bool, text string) {}
