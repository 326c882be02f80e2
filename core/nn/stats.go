package nn

import (
	"math"

	"github.com/nnplayground/playground/core/data"
)

// Stats returns the losses and metrics of the current network on every
// split (training, test and validation), and the gradient norms of the last batch. It is computed once per
// epoch and cached.
func (t *Trainer) Stats() Stats {
	if !t.statsOK {
		t.stats.Epoch = t.epoch
		if t.units != nil {
			t.units.reset(t.net)
			t.scanning = true
		}
		t.stats.TrainLoss, t.stats.TrainMetric, t.stats.TrainRMSE = t.evaluate(&t.ds.Train)
		if t.units != nil {
			t.units, t.unitsAt, t.scanning = nil, t.epoch, false
		}
		t.stats.TestLoss, t.stats.TestMetric, t.stats.TestRMSE = t.evaluate(&t.ds.Test)
		t.stats.ValidLoss, t.stats.ValidMetric, t.stats.ValidRMSE = t.evaluate(&t.ds.Valid)
		t.stats.GradNorms = append(t.stats.GradNorms[:0], t.gradNorms...)
		t.statsOK = true
	}
	s := t.stats
	s.GradNorms = append([]float64(nil), s.GradNorms...)
	return s
}

// Evaluate returns the mean data loss of the current network on the rows
// of s (prepared as the trainer's data are) and its metric: accuracy, or R²
// for regression.
func (t *Trainer) Evaluate(s *data.Split) (loss, metric float64) {
	loss, metric, _ = t.evaluate(s)
	return loss, metric
}

// evaluate returns the mean data loss on s, its metric (accuracy, or R² for
// regression) and, for regression, the RMSE in the target's own units.
func (t *Trainer) evaluate(s *data.Split) (loss, metric, rmse float64) {
	if s.N == 0 {
		return 0, 0, 0
	}
	d, o := t.ds.Dim, t.ds.Out
	net := t.net
	L := net.Layers()
	sc := t.scratch
	var correct int
	var sse, sum, sumSq float64
	for r0 := 0; r0 < s.N; r0 += chunkRows {
		m := min(chunkRows, s.N-r0)
		copy(sc.units[0], s.X[r0*d:(r0+m)*d])
		t.forward(sc, m)
		if t.scanning {
			// Only Stats's pass over the training split: an Evaluate
			// between the coach's request and that pass (a decision
			// map's column importance, say) must not feed the scan.
			t.units.add(net, sc, m)
		}
		Y := s.Y[r0*o : (r0+m)*o]
		loss = lossRows(net.Out, t.loss, sc.units[L][:m*o], Y, sc.yout[:m*o], sc.delta[L][:m*o], sc.tmp, m, true, loss)
		for k := range m {
			y, p := Y[k*o:k*o+o], sc.yout[k*o:k*o+o]
			switch net.Out {
			case OutSigmoid, OutSoftmax:
				if Class(p) == Class(y) {
					correct++
				}
			default:
				e := p[0] - y[0]
				sse += e * e
				sum += y[0]
				sumSq += y[0] * y[0]
			}
		}
	}
	n := float64(s.N)
	loss /= n
	if net.Out != OutLinear {
		return loss, float64(correct) / n, 0
	}
	sst := sumSq - sum*sum/n
	if sst > 0 {
		metric = 1 - sse/sst
	}
	scale := math.Abs(t.ds.Prep.TargetToRaw(1) - t.ds.Prep.TargetToRaw(0))
	return loss, metric, math.Sqrt(sse/n) * scale
}

// Predict writes the network's outputs for the rows of x (normalized
// inputs, row-major with the dataset's Dim columns) into dst and returns it:
// values in the target's own units for regression, probabilities for
// classification (one per row for binary, one per class for multiclass).
func (t *Trainer) Predict(dst, x []float64) []float64 {
	d, o := t.ds.Dim, t.ds.Out
	n := len(x) / d
	if dst == nil {
		dst = make([]float64, n*o)
	}
	for r0 := 0; r0 < n; r0 += MaxRows {
		m := min(MaxRows, n-r0)
		u := t.net.UnitsRows(x[r0*d : (r0+m)*d])
		out := dst[r0*o : (r0+m)*o]
		copy(out, u[len(u)-1])
		if t.ds.Task == data.Regression {
			for i, v := range out {
				out[i] = t.ds.Prep.TargetToRaw(v)
			}
		}
	}
	return dst
}

// Confusion returns the confusion matrix on the test split, or on the
// training split when there is no test split: Confusion()[actual][predicted]
// counts rows, each class by Class. It returns nil for regression.
func (t *Trainer) Confusion() [][]int {
	if t.ds.Task == data.Regression {
		return nil
	}
	s := &t.ds.Test
	if s.N == 0 {
		s = &t.ds.Train
	}
	k := max(len(t.ds.Classes), 2)
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
	}
	o := t.ds.Out
	p := t.Predict(nil, s.X)
	for r := 0; r < s.N; r++ {
		m[Class(s.Y[r*o:r*o+o])][Class(p[r*o:r*o+o])]++
	}
	return m
}
