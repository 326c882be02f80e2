package web

import (
	"math"

	"github.com/nnplayground/playground/core/nn"
)

// series holds the history as columns for the charts (epoch, train loss,
// test loss, one gradient norm per layer), appended as reports arrive, with
// their running ranges, so that a frame never walks the whole history to
// build or scale a chart.
type series struct {
	xs, train, test []float64
	valid           []float64 // the validation loss (0 without a validation split)
	trainM, testM   []float64 // the train and test metric (accuracy or R², at least metricFloor)
	grads           [][]float64
	loss, grad      span // ranges of train+test(+validation) losses and of every gradient norm
	metric          span // range of the train and test metric
	withTest        bool // the test loss counts in the loss range
	withValid       bool // the validation loss counts in the loss range

	gen                         int // counts the cuts back (truncate)
	trainExt, testExt, validExt extent
	trainMExt, testMExt         extent
	gradExt                     []extent
}

// extents returns the indexes of the train, test and validation losses and
// of every layer's gradient norms, brought up to date.
func (c *series) extents() (train, test, valid *extent, grads []extent) {
	c.trainExt.sync(c.train, c.gen)
	c.testExt.sync(c.test, c.gen)
	c.validExt.sync(c.valid, c.gen)
	if len(c.gradExt) != len(c.grads) {
		c.gradExt = make([]extent, len(c.grads))
	}
	for l := range c.grads {
		c.gradExt[l].sync(c.grads[l], c.gen)
	}
	return &c.trainExt, &c.testExt, &c.validExt, c.gradExt
}

// span is the range of the finite values added, and of the positive ones
// (for log scales).
type span struct {
	lo, hi       float64
	loPos, hiPos float64
	n, nPos      int
}

func (s *span) add(v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return
	}
	if s.n == 0 || v < s.lo {
		s.lo = v
	}
	if s.n == 0 || v > s.hi {
		s.hi = v
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

// truncate keeps the first n epochs.
func (c *series) truncate(n int) {
	if n >= len(c.xs) {
		return
	}
	c.gen++
	c.xs, c.train, c.test, c.valid = c.xs[:n], c.train[:n], c.test[:n], c.valid[:n]
	c.trainM, c.testM = c.trainM[:n], c.testM[:n]
	c.loss, c.grad, c.metric = span{}, span{}, span{}
	for i := range n {
		c.metric.add(c.trainM[i])
		if c.withTest {
			c.metric.add(c.testM[i])
		}
		c.loss.add(c.train[i])
		if c.withTest {
			c.loss.add(c.test[i])
		}
		if c.withValid {
			c.loss.add(c.valid[i])
		}
	}
	for l := range c.grads {
		c.grads[l] = c.grads[l][:n]
		for _, v := range c.grads[l] {
			c.grad.add(v)
		}
	}
}

func (c *series) push(train, test, valid float64) {
	c.train = append(c.train, train)
	c.test = append(c.test, test)
	c.valid = append(c.valid, valid)
	c.loss.add(train)
	if c.withTest {
		c.loss.add(test)
	}
	if c.withValid {
		c.loss.add(valid)
	}
}

// metricFloor is the lowest metric the metric chart shows: an R² far below
// 0 (a network that has not started to fit) is drawn at −1.
const metricFloor = -1

func (c *series) pushMetric(train, test float64) {
	train, test = max(train, metricFloor), max(test, metricFloor)
	c.trainM = append(c.trainM, train)
	c.testM = append(c.testM, test)
	c.metric.add(train)
	if c.withTest {
		c.metric.add(test)
	}
}

// metricExtents returns the indexes of the train and test metric, brought
// up to date.
func (c *series) metricExtents() (train, test *extent) {
	c.trainMExt.sync(c.trainM, c.gen)
	c.testMExt.sync(c.testM, c.gen)
	return &c.trainMExt, &c.testMExt
}

// add appends epochs; test and valid tell whether the test and validation
// losses count in the range.
func (c *series) add(h []nn.Stats, test, valid bool) {
	if test != c.withTest || valid != c.withValid {
		c.withTest, c.withValid = test, valid
		c.truncate(0)
	}
	for _, s := range h {
		if len(c.grads) != len(s.GradNorms) {
			// Layers without norms so far (e.g. epoch 0) get NaN, which
			// lifts the pen.
			g := make([][]float64, len(s.GradNorms))
			for l := range g {
				if l < len(c.grads) {
					g[l] = c.grads[l]
					continue
				}
				for range c.xs {
					g[l] = append(g[l], math.NaN())
				}
			}
			c.grads = g
		}
		c.xs = append(c.xs, float64(s.Epoch))
		c.push(s.TrainLoss, s.TestLoss, s.ValidLoss)
		c.pushMetric(s.TrainMetric, s.TestMetric)
		for l, g := range s.GradNorms {
			c.grads[l] = append(c.grads[l], g)
			c.grad.add(g)
		}
	}
}

// fit sets the y range of p from s, as fitY would from the values.
func (p *plotArea) fit(s span) {
	lo, hi := s.lo, s.hi
	ok := s.n > 0
	if p.Log {
		lo, hi, ok = math.Log10(s.loPos), math.Log10(s.hiPos), s.nPos > 0
	}
	if !ok {
		lo, hi = 0, 1
	}
	p.setY(lo, hi)
}
