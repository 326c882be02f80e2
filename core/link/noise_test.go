package link_test

import (
	"testing"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// TestNoiseShares: a generated set with noise 0.8 builds, so it shares
// (the links capped noise at 0.5 before the settings table).
func TestNoiseShares(t *testing.T) {
	s := session.Default()
	s.Noise = 0.8
	if _, err := session.Build(s); err != nil {
		t.Fatalf("noise 0.8 does not build: %v", err)
	}
	code, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := link.Decode(code); err != nil || got.Settings.Noise != 0.8 {
		t.Errorf("Decode = %v, noise %v", err, got.Settings.Noise)
	}
}
