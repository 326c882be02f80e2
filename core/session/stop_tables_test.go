//go:build measure

// The stop rules' measurements (docs/stop-rules.md), not a test of
// behaviour: built only with the tag measure,
//
//	go test -tags measure -v -run TestMeasureStop ./core/session/

package session_test

import (
	"os"
	"strconv"
	"testing"

	"github.com/nnplayground/playground/core/baseline"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// runToStopOracle builds s and trains it under its stop rules (at most
// limit epochs), and returns the test metric, the epoch it stopped at, the
// linear model's test metric and the best test metric of any epoch up to
// the stop (what no stop rule can beat).
func runToStopOracle(t testing.TB, s session.Settings, limit int) (metric float64, epoch int, linear, oracle float64) {
	t.Helper()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	m, err := baseline.Fit(ss.Data)
	if err != nil {
		t.Fatal(err)
	}
	st := nn.NewStopper(ss.Trainer, s.Stop)
	for range limit {
		if err := ss.Trainer.Step(); err != nil {
			t.Fatal(err)
		}
		oracle = max(oracle, ss.Trainer.Stats().TestMetric)
		if stop := st.Check(ss.Trainer.Stats()); stop != nil {
			epoch = stop.Epoch
			break
		}
	}
	return ss.Trainer.Stats().TestMetric, epoch, m.Score(&ss.Data.Test), oracle
}

func envRules(s *session.Settings) {
	f := func(k string, d float64) float64 {
		if v := os.Getenv(k); v != "" {
			x, _ := strconv.ParseFloat(v, 64)
			return x
		}
		return d
	}
	s.ValidRatio = f("VALID", s.ValidRatio)
	s.Stop.Patience = int(f("PAT", float64(s.Stop.Patience)))
	s.Stop.PatienceShare = f("SHARE", s.Stop.PatienceShare)
	s.Stop.MinUpdates = int(f("MINUP", float64(s.Stop.MinUpdates)))
	s.Stop.MinDelta = f("DELTA", s.Stop.MinDelta)
}

func TestMeasureStop(t *testing.T) {
	sum, worst := map[string]float64{}, map[string]float64{}
	defer func() { t.Logf("sum of differences %v, worst %v", sum, worst) }()
	for _, tb := range stopTables(t) {
		for _, net := range []string{"default", "16 adam", "table"} {
			s := session.Pasted(session.Default(), tb.Text)
			s.Target, s.Ignore = tb.Target, tb.Ignore
			switch net {
			case "default": // the circle's network, which pasted tables kept before session.TableModel
				s.Model = session.Default().Model
			case "16 adam":
				s.Model = session.Default().Model
				s.Model.Hidden, s.Model.Optimizer = []int{16}, nn.Adam
			}
			envRules(&s)
			m, e, lin, or := runToStopOracle(t, s, 20000)
			sum[net] += m - lin
			worst[net] = min(worst[net], m-lin)
			t.Logf("%-16s %-8s net %.3f at epoch %5d (best of run %.3f), linear %.3f, diff %+.3f", tb.Name, net, m, e, or, lin, m-lin)
		}
	}
}
