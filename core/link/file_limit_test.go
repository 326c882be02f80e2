package link_test

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/internal/alloctest"
)

// bigFile returns a session file of about n bytes whose "text" (or, with
// params, the weights' parameters) takes nearly all of it.
func bigFile(t *testing.T, n int, params bool) []byte {
	t.Helper()
	s := session.Default()
	s.Dataset, s.Points, s.Text = "", 0, "a,b,y\n1,2,3\n4,5,6\n7,8,9\n"
	w := &link.Weights{Sizes: []int{2, 1}, Params: []float64{0.5, 0.5, 0.5}}
	small, err := link.EncodeFile(&link.Session{Settings: s, Weights: w})
	if err != nil {
		t.Fatal(err)
	}
	old, fill := []byte(`"text": "a,b,y\n`), "1.5,2.25,3\\n"
	if params {
		old, fill = []byte(`"params": [`), "0.5, "
	}
	if !bytes.Contains(small, old) {
		t.Fatalf("no %s in the file:\n%s", old, small)
	}
	more := bytes.Repeat([]byte(fill), (n-len(small))/len(fill))
	return bytes.Replace(small, old, append(append([]byte(nil), old...), more...), 1)
}

// A session file of 64 MB (within link.MaxFile) whose table is past
// link.MaxInflated, or whose weights list 13 M parameters (past
// nn.MaxParams), is refused from
// its structure before it is decoded (it took 2.25 s and 435 MB). Stated
// bound: 1 MB allocated.
func TestBigSessionFileRefusedFast(t *testing.T) {
	for _, params := range []bool{false, true} {
		name := "table"
		if params {
			name = "params"
		}
		t.Run(name, func(t *testing.T) {
			b := bigFile(t, link.MaxFile-1024, params)
			if len(b) > link.MaxFile || len(b) < link.MaxFile-64<<10 {
				t.Fatalf("the file has %d bytes; want just under %d", len(b), link.MaxFile)
			}
			var err error
			alloc, d := alloctest.Measure(func() { _, err = link.DecodeFile(b) })
			t.Logf("%d MB session file refused in %v, %d kB allocated: %v", len(b)>>20, d.Round(time.Millisecond), alloc>>10, err)
			if !errors.Is(err, link.ErrTooLarge) {
				t.Errorf("DecodeFile: %v; want ErrTooLarge", err)
			}
			if alloc > 1<<20 {
				t.Errorf("allocated %d kB before refusing; the bound is 1 MB", alloc>>10)
			}
		})
	}
}
