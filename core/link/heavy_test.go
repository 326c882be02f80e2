package link_test

import (
	"errors"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/internal/alloctest"
)

// Links of a few hundred or thousand characters whose work is out of all
// proportion to their size are refused by Decode (so that the page never
// builds or saves them), or by session.Build before a network is made,
// with an error that names the limit. Each case reports its time and
// allocations.
func TestHeavyLinksRefused(t *testing.T) {
	circle := session.Default() // 295 characters: the circle with 100,000 points through [1024, 1019]
	circle.Points = 100_000
	circle.Model.Hidden = []int{1024, 1019}

	derived := session.Default() // 100,000 copies of x·y
	derived.Derived = make([]data.Derived, 100_000)
	for i := range derived.Derived {
		derived.Derived[i] = data.Derived{Kind: data.Product, A: "x", B: "y"}
	}
	twice := session.Default() // x·y twice
	twice.Derived = []data.Derived{{Kind: data.Product, A: "x", B: "y"}, {Kind: data.Product, A: "x", B: "y"}}

	tests := []struct {
		Name     string
		Settings session.Settings
		Want     error
	}{
		{"circle 100,000 points, [1024,1019]", circle, link.ErrTooLarge},
		{"100,000 derived inputs", derived, link.ErrTooLarge},
		{"a derived input twice", twice, link.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			l, err := link.EncodeAs(link.KindSession, &link.Session{Settings: tt.Settings})
			if err != nil {
				t.Fatal(err)
			}
			var derr, berr error
			n, d := alloctest.Measure(func() {
				_, derr = link.Decode(l)
				_, berr = session.Build(tt.Settings)
			})
			if !errors.Is(derr, tt.Want) {
				t.Errorf("Decode of the %d-character link: %v; want %v", len(l), derr, tt.Want)
			}
			if berr == nil {
				t.Errorf("session.Build accepted the settings")
			}
			if n > 64<<20 {
				t.Errorf("allocated %d MB before refusing", n>>20)
			}
			t.Logf("%d characters: refused in %v, %d kB allocated: %v / %v", len(l), d.Round(time.Millisecond), n>>10, derr, berr)
		})
	}
}

// A table whose rows times the network's parameters are past
// nn.MaxEpochWork is refused by session.Build with nn.ErrTooLarge, before
// the network is made.
func TestHeavyTableRefused(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Points = "circle", 50_000
	s.Model.Hidden = []int{1024, 1024}
	n := alloctest.Bytes(func() {
		_, err := session.Build(s)
		if !errors.Is(err, nn.ErrTooLarge) {
			t.Errorf("Build: %v; want nn.ErrTooLarge", err)
		}
	})
	if n > 64<<20 {
		t.Errorf("allocated %d MB before refusing", n>>20)
	}
}
