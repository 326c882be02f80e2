package data

import (
	"testing"
	"time"
)

// FormatTime agrees with package time over ±158 years, days and times of
// day alike.
func TestFormatTime(t *testing.T) {
	for sec := int64(-5e9); sec < 5e9; sec += 86400*37 + 3601 {
		tm := time.Unix(sec, 0).UTC()
		want := tm.Format("2006-01-02")
		if tm.Hour() != 0 || tm.Minute() != 0 || tm.Second() != 0 {
			want = tm.Format("2006-01-02 15:04")
		}
		if got := FormatTime(float64(sec)); got != want {
			t.Fatalf("FormatTime(%d) = %q, want %q", sec, got, want)
		}
	}
}
