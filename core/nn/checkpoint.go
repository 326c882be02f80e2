package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Checkpoint is a trainer's whole state between two epochs: the weights
// and biases, the optimizer's moments, the batch shuffler's state and the
// epoch counter. Restoring it puts the trainer back exactly, bit for bit:
// training on from a restored checkpoint gives the numbers it gave the
// first time (with the same settings).
type Checkpoint struct {
	epoch     int
	params    []float64
	m, v      []float64
	b1t, b2t  float64
	pcg       rand.PCG
	perm      []int
	gradNorms []float64
}

// Epoch returns the epoch the checkpoint was taken at.
func (c *Checkpoint) Epoch() int { return c.epoch }

// Params returns the checkpoint's weights and biases in Network.Params
// order. The slice is the checkpoint's own storage.
func (c *Checkpoint) Params() []float64 { return c.params }

// Save copies the trainer's state into dst, allocating it when nil, and
// returns it. It panics if called in the middle of an epoch (after
// StepBatches returned false).
func (t *Trainer) Save(dst *Checkpoint) *Checkpoint {
	if t.pos != 0 {
		panic("nn: Save in the middle of an epoch")
	}
	if dst == nil {
		dst = new(Checkpoint)
	}
	dst.epoch = t.epoch
	dst.params = append(dst.params[:0], t.net.params...)
	dst.m = append(dst.m[:0], t.opt.m...)
	dst.v = append(dst.v[:0], t.opt.v...)
	dst.b1t, dst.b2t = t.opt.b1t, t.opt.b2t
	dst.pcg = *t.pcg
	dst.perm = append(dst.perm[:0], t.perm...)
	dst.gradNorms = append(dst.gradNorms[:0], t.gradNorms...)
	return dst
}

// Restore puts the trainer back into the state c holds. It panics if c was
// saved from a trainer of another shape.
func (t *Trainer) Restore(c *Checkpoint) {
	if len(c.params) != len(t.net.params) || len(c.m) != len(t.opt.m) || len(c.v) != len(t.opt.v) || len(c.perm) != len(t.perm) {
		panic("nn: Restore of a checkpoint from another network")
	}
	copy(t.net.params, c.params)
	copy(t.opt.m, c.m)
	copy(t.opt.v, c.v)
	t.opt.b1t, t.opt.b2t = c.b1t, c.b2t
	*t.pcg = c.pcg
	copy(t.perm, c.perm)
	copy(t.gradNorms, c.gradNorms)
	t.epoch, t.pos = c.epoch, 0
	t.epochGradMax = 0
	t.weightNorm = norm2(t.net.params)
	t.statsOK, t.lastLR = false, 0
}

// SetLearningRate changes the learning rate from the next batch on; the
// optimizer keeps its state. The coach's "go back and continue with the
// learning rate divided by 10" uses it.
func (t *Trainer) SetLearningRate(lr float64) error {
	if !(lr > 0) || math.IsInf(lr, 0) {
		return fmt.Errorf("nn: learning rate %v must be a positive number", lr)
	}
	t.cfg.LearningRate = lr
	return nil
}

// SetClipNorm changes the gradient clipping threshold (0 turns clipping
// off) from the next batch on.
func (t *Trainer) SetClipNorm(c float64) error {
	if !(c >= 0) || math.IsInf(c, 0) {
		return fmt.Errorf("nn: gradient clipping %v must be a non-negative number", c)
	}
	t.cfg.ClipNorm = c
	return nil
}

// norm2 returns the Euclidean norm √(Σ vᵢ²) of v.
func norm2(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}
