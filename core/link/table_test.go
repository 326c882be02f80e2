package link_test

import (
	"errors"
	"math"
	"testing"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/settingtest"
)

// setNumber writes v into the number setting e of s without a check;
// false when the field's type cannot hold v.
func setNumber(e *session.Setting, s *session.Settings, v float64) bool {
	switch p := e.Field(s).(type) {
	case *float64:
		*p = v
	case *int:
		if v != math.Trunc(v) || math.IsInf(v, 0) {
			return false
		}
		*p = int(v)
	case *uint64:
		if v != math.Trunc(v) || v < 0 || math.IsInf(v, 0) {
			return false
		}
		*p = uint64(v)
	}
	return true
}

// roundTrip checks that every number setting of session.Table travels
// through a link exactly when the table's bounds admit it, and comes back
// equal.
func roundTrip(t *testing.T, e *session.Setting) {
	t.Helper()
	for _, p := range settingtest.Probes(e) {
		s := session.Default() // circle: points and noise apply
		if !setNumber(e, &s, p.Value) {
			continue
		}
		if err := link.ValidateSettings(&s); (err == nil) != p.OK {
			t.Errorf("%s %v: ValidateSettings = %v, want valid %v", e.Name, p.Value, err, p.OK)
		}
		code, err := link.Encode(&link.Session{Settings: s}) // Encode validates too
		if (err == nil) != p.OK {
			t.Errorf("%s %v: Encode = %v, want valid %v", e.Name, p.Value, err, p.OK)
		}
		if err != nil {
			continue
		}
		got, err := link.Decode(code)
		if (err == nil) != p.OK {
			t.Errorf("%s %v: Decode = %v, want valid %v", e.Name, p.Value, err, p.OK)
		}
		if err != nil {
			if !errors.Is(err, link.ErrCorrupt) {
				t.Errorf("%s %v: Decode = %v, want ErrCorrupt", e.Name, p.Value, err)
			}
			continue
		}
		if a, b := e.JSON(&s), e.JSON(&got.Settings); a != b {
			t.Errorf("%s %v: back from the link as %s", e.Name, p.Value, b)
		}
	}
}

// TestTableLinks: every number setting round-trips through a link within
// session.Table's bounds and is refused outside them; with a bound moved
// in the table, the link follows (TestTableMoved).
func TestTableLinks(t *testing.T) {
	for i := range session.Table {
		if e := &session.Table[i]; e.Bounded() {
			t.Run(e.Name, func(t *testing.T) { roundTrip(t, e) })
		}
	}
}

// TestTableMoved moves each number setting's bounds in session.Table: the
// links follow.
func TestTableMoved(t *testing.T) {
	for _, name := range []string{"testRatio", "noise", "validRatio", "points", "lr", "momentum", "patience"} {
		t.Run(name, func(t *testing.T) {
			e, restore := settingtest.Moved(name)
			defer restore()
			roundTrip(t, &e)
		})
	}
}

// TestTableAway: every setting of session.Table comes back from a link as
// it went in (settingtest.Away: each away from its default).
func TestTableAway(t *testing.T) {
	s := settingtest.Away()
	code, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	got, err := link.Decode(code)
	if err != nil {
		t.Fatal(err)
	}
	for i := range session.Table {
		e := &session.Table[i]
		if a, b := e.JSON(&s), e.JSON(&got.Settings); a != b {
			t.Errorf("%s: %s went into the link, %s came back", e.Name, a, b)
		}
	}
}
