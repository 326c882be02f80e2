package session_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/settingtest"
)

// Setting.JSON writes what encoding/json's Marshal writes (it is the
// canonical text that exercise locks compare) without linking
// encoding/json: every setting of the defaults, of settings away from
// them, and of settings holding awkward text, numbers and lists.
func TestJSONAsMarshal(t *testing.T) {
	awkward := session.Default()
	awkward.Target = "a<b>&\"c\"\\\n\t\b\f\x01\x1f é 中 \u2028\u2029 \xff\xfe end"
	awkward.Ignore = []string{"", "x,y", "<script>", "\x00"}
	awkward.Derived = []data.Derived{{Kind: data.Square, A: "&"}, {Kind: data.Product, A: "a", B: "b\""}, {Kind: data.Cos, A: "\u2028"}}
	awkward.Model.Hidden = []int{}
	awkward.Noise = 1e-7
	awkward.Model.LearningRate = 1e21
	awkward.Model.L2 = 123456789.125
	awkward.Model.Epsilon = 1e-300
	awkward.TestRatio = 0.30000000000000004
	awkward.Model.Momentum = -0
	cases := map[string]session.Settings{"defaults": session.Default(), "away": settingtest.Away(), "awkward": awkward}
	for name, s := range cases {
		for i := range session.Table {
			e := &session.Table[i]
			b, err := json.Marshal(e.Field(session.InUse(&s)))
			want := string(b)
			if err != nil {
				want = "?"
			} else if want == "null" {
				want = "[]"
			}
			if got := e.JSON(&s); got != want {
				t.Errorf("%s: %s: JSON %s, Marshal %s", name, e.Name, got, want)
			}
		}
	}
	for _, f := range []float64{0, 1, -1, 0.1, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, -1e21, 5e-324, math.MaxFloat64, 123.456e-10} {
		s := session.Default()
		s.Noise = f
		e := session.Find("noise")
		b, _ := json.Marshal(f)
		if got := e.JSON(&s); got != string(b) {
			t.Errorf("noise %v: JSON %s, Marshal %s", f, got, b)
		}
	}
	s := session.Default()
	s.Noise = math.NaN()
	if got := session.Find("noise").JSON(&s); got != "?" {
		t.Errorf("noise NaN: JSON %s, want ? (Marshal refuses it)", got)
	}
}
