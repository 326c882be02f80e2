package link_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/internal/alloctest"
)

// bigTable returns a table of about n bytes: three numeric columns and a
// class, rows repeating every 100, so that its link is short.
func bigTable(n int) string {
	var b strings.Builder
	b.Grow(n + 64)
	b.WriteString("a,b,c,y\n")
	for i := 0; b.Len() < n-32; i++ {
		fmt.Fprintf(&b, "%d.5,%d.25,%d,%c\n", i%100, (i*7)%100, i%13, 'p'+rune(i%3))
	}
	return b.String()
}

// What opening a link with the largest table it may carry costs: a 7.6 MB
// table (its JSON just under link.MaxInflated) of 518,853 rows in a
// 10,452-character link, decoded and built as the page opens it. It
// cost 390 MB, then 217 MB (29×); now 122 MB (16.5×: the parsed
// table keeps a string header and a value per cell). Stated bound: 18 times
// the table's text allocated.
func TestBigTableLinkCost(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Points, s.Text = "", 0, bigTable(link.MaxInflated*15/16-64<<10)
	s.Target = "y"
	l, err := link.Encode(&link.Session{Settings: s})
	if err != nil {
		t.Fatal(err)
	}
	var ls *link.Session
	decodeAlloc, decoded := alloctest.Measure(func() { ls, err = link.Decode(l) })
	if err != nil {
		t.Fatal(err)
	}
	var ss *session.Session
	restoreAlloc, restored := alloctest.Measure(func() { ss, err = link.Restore(ls) })
	if err != nil {
		t.Fatal(err)
	}
	alloc, d := decodeAlloc+restoreAlloc, decoded+restored
	n := len(s.Text)
	t.Logf("%d-character link of a %d kB table (%d rows): decoded in %v (%d MB), opened in %v, %d MB allocated (%.1f× the table)",
		len(l), n>>10, ss.Data.Train.N+ss.Data.Test.N, decoded.Round(time.Millisecond), decodeAlloc>>20,
		d.Round(time.Millisecond), alloc>>20, float64(alloc)/float64(n))
	if alloc > 18*uint64(n) {
		t.Errorf("opening the link allocated %d MB for a table of %d kB: past 18×", alloc>>20, n>>10)
	}
}
