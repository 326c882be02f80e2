package alloctest

import "testing"

var sink []byte

func TestBytes(t *testing.T) {
	for _, n := range []int{0, 1 << 10, 1 << 20, 16 << 20} {
		got := Bytes(func() { sink = make([]byte, n) })
		if got < uint64(n) || got > uint64(n)+64<<10 {
			t.Errorf("Bytes(make %d): %d; want %d to %d", n, got, n, n+64<<10)
		}
	}
}

func TestMeasure(t *testing.T) {
	const n = 4 << 20
	got, d := Measure(func() {
		for range 4 {
			sink = make([]byte, n/4)
		}
	})
	if got < n || got > n+64<<10 {
		t.Errorf("Measure: %d bytes; want %d to %d", got, n, n+64<<10)
	}
	if d <= 0 {
		t.Errorf("Measure: %v; want the time f took", d)
	}
}
