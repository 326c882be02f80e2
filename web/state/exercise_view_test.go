package state

import (
	"fmt"
	"math"
	"testing"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
)

// TestFirstMet: the completion code names the first epoch that meets the
// goal, not the newest, so that training on past the checker's limit never
// spoils a code (a student who trained past it once got a code the
// checker refused).
func TestFirstMet(t *testing.T) {
	acc := func(epochs ...float64) []nn.Stats {
		h := make([]nn.Stats, len(epochs))
		for i, a := range epochs {
			h[i] = nn.Stats{Epoch: i, TestMetric: a}
		}
		return h
	}
	g := rules.Goal{Metric: rules.Accuracy, Threshold: 0.9}
	for _, c := range []struct {
		Name string
		H    []nn.Stats
		Want int
	}{
		{"never", acc(0.5, 0.6, 0.8), -1},
		{"empty", nil, -1},
		{"met then lost then met again", acc(0.5, 0.92, 0.85, 0.95, 0.99), 1},
		{"met at the start", acc(0.9, 0.5), 0},
	} {
		t.Run(c.Name, func(t *testing.T) {
			got := -1
			if st, ok := rules.FirstMet(g, c.H); ok {
				got = st.Epoch // the epochs of c.H are their indices
			}
			if got != c.Want {
				t.Errorf("rules.FirstMet: epoch %d, want %d", got, c.Want)
			}
		})
	}
}

// The class table's CSV is nnplay check's file (rules.AppendCheckCSV, whose
// rows core/exercise's TestWriteCSV checks) with the reason and the flag in
// the page's language; the metric rounds as the readouts do, the
// technical cause stays, formulas are escaped.
func TestChecksCSV(t *testing.T) {
	rows := []rules.CheckResult{
		{Name: "Ada", Accepted: true, Epoch: 28, Metric: 0.7521739130434782},
		{Name: "=HYPERLINK(\"x\")", Metric: math.NaN(), Reason: rules.RefusedDamaged, Cause: "link: zlib: invalid checksum"},
		{Name: "Grace", Missing: true, Metric: math.NaN(), Reason: rules.RefusedMissing},
	}
	got := ChecksCSV("zh", rows)
	want := "name,verdict,metric,epoch,flag,reason,cause\n" +
		"Ada,accepted,0.752174,28,,,\n" +
		"\"'=HYPERLINK(\"\"x\"\")\",refused,,0,," + catalog["zh"]["refused-damaged"] + ",link: zlib: invalid checksum\n" +
		"Grace,missing,,,," + catalog["zh"]["refused-missing"] + ",\n"
	if got != want {
		t.Errorf("checksCSV:\n got %q\nwant %q", got, want)
	}
}

// Every fixed refusal has its words in both languages, the English ones
// the engine's own.
func TestRefusalTexts(t *testing.T) {
	for en, key := range reasonKeys {
		if catalog["en"][key] != en || catalog["zh"][key] == "" {
			t.Errorf("%s: en %q, zh %q; want en %q", key, catalog["en"][key], catalog["zh"][key], en)
		}
	}
}

// The class check's flags read in the page's language; in English they are
// the engine's own words.
func TestFlagTexts(t *testing.T) {
	flag := fmt.Sprintf(rules.FlagSameTraining, 2, "Ana (B)") + "; " + rules.FlagNotListed
	if got := FlagText("en", flag); got != flag {
		t.Errorf("en: %q, want %q", got, flag)
	}
	want := "与第 2 行（Ana (B)）是同一次训练，但名字不同; 不在班级名单上"
	if got := FlagText("zh", flag); got != want {
		t.Errorf("zh: %q, want %q", got, want)
	}
	if got, want := FlagText("zh", fmt.Sprintf(rules.FlagSameCode, 12)), "与第 12 行是同一个完成码"; got != want {
		t.Errorf("zh: %q, want %q", got, want)
	}
}
