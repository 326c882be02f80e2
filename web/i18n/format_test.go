package i18n

import "testing"

// T falls back to English, then to the key; ParseFloat refuses what is not
// a finite number; Short keeps four significant digits and switches to
// exponent notation only for very small or large magnitudes.
func TestLookupAndFormats(t *testing.T) {
	for _, c := range []struct {
		Name, Lang, Key, Want string
	}{
		{"chinese", "zh", "copy", Catalog["zh"]["copy"]},
		{"unknown language falls back to English", "xx", "copy", Catalog["en"]["copy"]},
		{"unknown key is itself", "zh", "no-such-key", "no-such-key"},
	} {
		t.Run(c.Name, func(t *testing.T) {
			if c.Want == "" {
				t.Fatalf("the catalog has no %q", c.Key)
			}
			if got := T(c.Lang, c.Key); got != c.Want {
				t.Errorf("T(%q, %q) = %q, want %q", c.Lang, c.Key, got, c.Want)
			}
		})
	}
	for _, c := range []struct {
		In   string
		Want float64
		OK   bool
	}{
		{"0.25", 0.25, true}, {"-3e2", -300, true}, {"NaN", 0, false}, {"inf", 0, false}, {"1,5", 0, false}, {"", 0, false},
	} {
		if got, ok := ParseFloat(c.In); got != c.Want || ok != c.OK {
			t.Errorf("ParseFloat(%q) = %v, %v; want %v, %v", c.In, got, ok, c.Want, c.OK)
		}
	}
	for _, c := range []struct {
		In   float64
		Want string
	}{
		{0, "0"}, {0.123456, "0.1235"}, {1234.5678, "1235"}, {1e-4, "0.0001"}, {2.5e6, "2.5e+06"},
	} {
		if got := Short(c.In); got != c.Want {
			t.Errorf("Short(%v) = %q, want %q", c.In, got, c.Want)
		}
	}
}
