package draw

import (
	"math"

	"github.com/nnplayground/playground/core/nn"
)

// Series holds the history as columns for the charts (epoch, train loss,
// test loss, one gradient norm per layer), appended as reports arrive, with
// their running ranges, so that a frame never walks the whole history to
// build or scale a chart.
type Series struct {
	Xs, Train, Test []float64
	Valid           []float64 // the validation loss (0 without a validation split)
	TrainM, TestM   []float64 // the train and test metric (accuracy or R², at least metricFloor)
	Grads           [][]float64
	Loss, Grad      Span // ranges of train+test(+validation) losses and of every gradient norm
	Metric          Span // range of the train and test metric
	withTest        bool // the test loss counts in the loss range
	WithValid       bool // the validation loss counts in the loss range

	gen                         int // counts the cuts back (truncate)
	trainExt, testExt, validExt Extent
	trainMExt, testMExt         Extent
	gradExt                     []Extent
}

// Extents returns the indexes of the train, test and validation losses and
// of every layer's gradient norms, brought up to date.
func (c *Series) Extents() (train, test, valid *Extent, grads []Extent) {
	c.trainExt.sync(c.Train, c.gen)
	c.testExt.sync(c.Test, c.gen)
	c.validExt.sync(c.Valid, c.gen)
	if len(c.gradExt) != len(c.Grads) {
		c.gradExt = make([]Extent, len(c.Grads))
	}
	for l := range c.Grads {
		c.gradExt[l].sync(c.Grads[l], c.gen)
	}
	return &c.trainExt, &c.testExt, &c.validExt, c.gradExt
}

// Span is the range of the finite values added, and of the positive ones
// (for log scales).
type Span struct {
	Lo, Hi       float64
	loPos, hiPos float64
	n, nPos      int
}

func (s *Span) Add(v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return
	}
	if s.n == 0 || v < s.Lo {
		s.Lo = v
	}
	if s.n == 0 || v > s.Hi {
		s.Hi = v
	}
	s.n++
	if v > 0 {
		if s.nPos == 0 || v < s.loPos {
			s.loPos = v
		}
		if s.nPos == 0 || v > s.hiPos {
			s.hiPos = v
		}
		s.nPos++
	}
}

// Truncate keeps the first n epochs.
func (c *Series) Truncate(n int) {
	if n >= len(c.Xs) {
		return
	}
	c.gen++
	c.Xs, c.Train, c.Test, c.Valid = c.Xs[:n], c.Train[:n], c.Test[:n], c.Valid[:n]
	c.TrainM, c.TestM = c.TrainM[:n], c.TestM[:n]
	c.Loss, c.Grad, c.Metric = Span{}, Span{}, Span{}
	for i := range n {
		c.Metric.Add(c.TrainM[i])
		if c.withTest {
			c.Metric.Add(c.TestM[i])
		}
		c.Loss.Add(c.Train[i])
		if c.withTest {
			c.Loss.Add(c.Test[i])
		}
		if c.WithValid {
			c.Loss.Add(c.Valid[i])
		}
	}
	for l := range c.Grads {
		c.Grads[l] = c.Grads[l][:n]
		for _, v := range c.Grads[l] {
			c.Grad.Add(v)
		}
	}
}

func (c *Series) push(train, test, valid float64) {
	c.Train = append(c.Train, train)
	c.Test = append(c.Test, test)
	c.Valid = append(c.Valid, valid)
	c.Loss.Add(train)
	if c.withTest {
		c.Loss.Add(test)
	}
	if c.WithValid {
		c.Loss.Add(valid)
	}
}

// MetricFloor is the lowest metric the metric chart shows: an R² far below
// 0 (a network that has not started to fit) is drawn at −1.
const MetricFloor = -1

func (c *Series) pushMetric(train, test float64) {
	train, test = max(train, MetricFloor), max(test, MetricFloor)
	c.TrainM = append(c.TrainM, train)
	c.TestM = append(c.TestM, test)
	c.Metric.Add(train)
	if c.withTest {
		c.Metric.Add(test)
	}
}

// MetricExtents returns the indexes of the train and test metric, brought
// up to date.
func (c *Series) MetricExtents() (train, test *Extent) {
	c.trainMExt.sync(c.TrainM, c.gen)
	c.testMExt.sync(c.TestM, c.gen)
	return &c.trainMExt, &c.testMExt
}

// Add appends epochs; test and valid tell whether the test and validation
// losses count in the range.
func (c *Series) Add(h []nn.Stats, test, valid bool) {
	if test != c.withTest || valid != c.WithValid {
		c.withTest, c.WithValid = test, valid
		c.Truncate(0)
	}
	for _, s := range h {
		if len(c.Grads) != len(s.GradNorms) {
			// Layers without norms so far (e.g. epoch 0) get NaN, which
			// lifts the pen.
			g := make([][]float64, len(s.GradNorms))
			for l := range g {
				if l < len(c.Grads) {
					g[l] = c.Grads[l]
					continue
				}
				for range c.Xs {
					g[l] = append(g[l], math.NaN())
				}
			}
			c.Grads = g
		}
		c.Xs = append(c.Xs, float64(s.Epoch))
		c.push(s.TrainLoss, s.TestLoss, s.ValidLoss)
		c.pushMetric(s.TrainMetric, s.TestMetric)
		for l, g := range s.GradNorms {
			c.Grads[l] = append(c.Grads[l], g)
			c.Grad.Add(g)
		}
	}
}

// Fit sets the y range of p from s, as fitY would from the values.
func (p *PlotArea) Fit(s Span) {
	lo, hi := s.Lo, s.Hi
	ok := s.n > 0
	if p.Log {
		lo, hi, ok = math.Log10(s.loPos), math.Log10(s.hiPos), s.nPos > 0
	}
	if !ok {
		lo, hi = 0, 1
	}
	p.SetY(lo, hi)
}
