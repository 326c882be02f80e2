package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
	"github.com/nnplayground/playground/internal/alloctest"
)

// junkCheck runs a class check of n code-shaped words that are not codes
// ("v1." and 20 letters) and returns the bytes posted to the page, the
// messages and the bytes allocated.
func junkCheck(t *testing.T, l string, n int) (posted, messages int, alloc uint64, d time.Duration) {
	t.Helper()
	codes := make([]string, n)
	for i := range codes {
		codes[i] = fmt.Sprintf("v1.junkjunkjunkjunk%06d", i)
	}
	alloc, d = alloctest.Measure(func() {
		handle(wire.Marshal(&tools.Check{ID: 1, Link: l, Codes: []string{strings.Join(codes, "\n")}}), func(b []byte) {
			posted += len(b)
			messages++
		})
	})
	return posted, messages, alloc, d
}

// 5,000 code-shaped words through the class check: each row is sent once
// (the worker sent every result so far after each code: 1.93 GB of
// reports), so the bytes posted and allocated grow linearly with the
// codes (measured: 230 bytes and 3.5 kB a code, 60 ms for 5,000).
// Stated bounds: at most 512 bytes posted and 16 kB allocated per
// code, and 5,000 codes allocate at most 6 times what 1,000 do.
func TestJunkCodesLinear(t *testing.T) {
	ex := xorExercise()
	l, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	p1, m1, a1, d1 := junkCheck(t, l, 1000)
	p5, m5, a5, d5 := junkCheck(t, l, 5000)
	t.Logf("1,000 codes: %d messages, %d kB posted, %d kB allocated, %v", m1, p1>>10, a1>>10, d1.Round(time.Millisecond))
	t.Logf("5,000 codes: %d messages, %d kB posted, %d kB allocated, %v", m5, p5>>10, a5>>10, d5.Round(time.Millisecond))
	if m5 != 5001 {
		t.Errorf("%d messages for 5,000 codes; want one per code and a last one", m5)
	}
	if p5 > 5000*512 {
		t.Errorf("%d bytes posted for 5,000 codes: more than 512 a code", p5)
	}
	if a5 > 5000*16<<10 {
		t.Errorf("%d bytes allocated for 5,000 codes: more than 16 kB a code", a5)
	}
	if a5 > 6*a1 {
		t.Errorf("5,000 codes allocated %d kB, 1,000 codes %d kB: not linear", a5>>10, a1>>10)
	}
}
