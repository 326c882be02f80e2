package link_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/internal/alloctest"
)

// A short link or file naming 32 hidden layers of 1,024 neurons (33 M
// parameters) is refused by its size, before anything is built.
func TestHugeNetworkRefused(t *testing.T) {
	s := session.Default()
	s.Model.Hidden = slices.Repeat([]int{1024}, 32)
	huge, err := link.EncodeAs(link.KindSession, &link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	small, err := link.EncodeFile(&link.Session{Settings: session.Default()})
	if err != nil {
		t.Fatal(err)
	}
	list := strings.Repeat("1024,", 31) + "1024"
	file := bytes.Replace(small, []byte("\"hidden\": [\n        4,\n        2\n      ]"), []byte(`"hidden":[`+list+`]`), 1)
	if bytes.Equal(file, small) {
		t.Fatalf("no hidden layers in the file:\n%s", small)
	}
	tests := []struct {
		Name string
		Open func() error
	}{
		{"link", func() error { _, err := link.Decode(huge); return err }},
		{"restore", func() error { _, err := link.Restore(&link.Session{Settings: s}); return err }},
		{"file", func() error { _, err := link.DecodeFile(file); return err }},
		{"encode", func() error { _, err := link.Encode(&link.Session{Settings: s}); return err }},
		{"weights", func() error {
			_, err := link.Decode(mustEncodeAs(t, &link.Session{Settings: session.Default(),
				Weights: &link.Weights{Sizes: []int{2, 65536, 65536, 1}}}))
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var err error
			n := alloctest.Bytes(func() { err = tt.Open() })
			if err == nil {
				t.Fatal("accepted")
			}
			if tt.Name != "restore" && !errors.Is(err, link.ErrTooLarge) {
				t.Errorf("error %v; want ErrTooLarge", err)
			}
			if n > 50<<20 {
				t.Errorf("allocated %d MB before refusing", n>>20)
			}
			t.Logf("%d characters, %d kB allocated: %v", len(huge), n>>10, err)
		})
	}
}

func mustEncodeAs(t *testing.T, s *link.Session) string {
	t.Helper()
	l, err := link.EncodeAs(link.KindSession, s)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// Encode and Decode share one limit: a table whose text fits MaxInflated
// but whose JSON (with its line ends escaped) does not is refused by
// Encode, not written as a link Decode refuses.
func TestEncodeDecodeShareLimit(t *testing.T) {
	row := "1,2,3\n"
	tests := []struct {
		Name  string
		Bytes int
		Error error
	}{
		{"fits", 1 << 20, nil},
		{"escaped past the limit", link.MaxInflated - 64<<10, link.ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			s := session.Default()
			s.Dataset, s.Text = "", "a,b,y\n"+strings.Repeat(row, tt.Bytes/len(row))
			l, err := link.Encode(&link.Session{Settings: s})
			if !errors.Is(err, tt.Error) {
				t.Fatalf("Encode: %v; want %v", err, tt.Error)
			}
			if err != nil {
				return
			}
			if _, err := link.Decode(l); err != nil {
				t.Errorf("Decode of Encode's link: %v", err)
			}
		})
	}
}
