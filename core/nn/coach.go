package nn

import (
	"fmt"
	"math"
)

// CoachConfig holds the coach's thresholds. The zero value of a field means
// its default (see Defaults).
type CoachConfig struct {
	// ExplodeFactor: the training loss explodes when it rises above
	// ExplodeFactor times its lowest value so far and above twice its value
	// before training. Default 5.
	ExplodeFactor float64
	// RiseEpochs: the loss also explodes when it has risen for this many
	// epochs in a row to more than twice its lowest value. Default 20.
	RiseEpochs int
	// WeightFactor: the weights blow up when their norm ‖θ‖₂ passes
	// WeightFactor·max(‖θ₀‖₂, 1), θ₀ the weights the coach started with.
	// Default 1000.
	WeightFactor float64
	// GradFactor: the gradient blows up when the largest gradient norm of
	// an epoch's batches passes GradFactor·max(g₁, 1), g₁ that of the first
	// epoch checked. Not checked while gradient clipping is on. Default 1000.
	GradFactor float64
	// UnitEvery: dead and saturated units are looked for every UnitEvery
	// epochs, with one forward pass over the training split. Default 10.
	UnitEvery int
	// SaturatedSlope: a tanh or sigmoid unit is saturated when its slope
	// f'(z), as a share of the largest slope the function has (1 for tanh,
	// 1/4 for sigmoid), stays at most SaturatedSlope on every training row.
	// Default 0.02 (tanh: |a| ≥ 0.99; sigmoid: a ≤ 0.005 or a ≥ 0.995).
	SaturatedSlope float64
	// VanishRatio and VanishEpochs: gradients vanish when the first layer's
	// gradient norm is below VanishRatio times the last layer's, in the
	// median of the last VanishEpochs epochs, in a network of two hidden
	// layers or more. Defaults 1e-3 and 20.
	VanishRatio  float64
	VanishEpochs int
}

// Defaults returns c with every zero field set to its default.
func (c CoachConfig) Defaults() CoachConfig {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	defInt := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.ExplodeFactor, 5)
	defInt(&c.RiseEpochs, 20)
	def(&c.WeightFactor, 1000)
	def(&c.GradFactor, 1000)
	defInt(&c.UnitEvery, 10)
	def(&c.SaturatedSlope, 0.02)
	def(&c.VanishRatio, 1e-3)
	defInt(&c.VanishEpochs, 20)
	return c
}

// Coach watches training epoch by epoch and explains what goes wrong, as
// the tutorial's FAQ does: a loss, weights or gradients that explode stop
// training with an *ExplodedError; dead or saturated units, vanishing
// gradients and overfitting raise notices while training goes on.
//
// It keeps a checkpoint of the last good epoch: the epoch with the lowest
// training loss so far, whose checks all passed, when that loss is under
// half the loss at the start; otherwise the start itself (a run whose loss
// never halved has learned nothing worth keeping, and its weights may
// already be wrecked by the steps too large). The caller can go back to it
// bit for bit (Rollback) and continue with a lower learning rate
// (RollbackLower) or with gradient clipping on (RollbackClip).
//
// Its checks are cheap: a few comparisons per epoch, a copy of the
// parameters and optimizer state at each new lowest loss, and every
// UnitEvery epochs a scan of the hidden units' outputs, recorded by Stats
// on its pass over the training split (or, when the caller did not call
// Stats for that epoch, by a forward pass of the coach's own).
type Coach struct {
	t   *Trainer
	cfg CoachConfig

	start, lowest float64    // training loss before training, and its lowest value
	prev          float64    // the previous epoch's training loss
	rising        int        // epochs in a row the training loss rose
	w0, g1        float64    // the starting weight norm; the first epoch's largest gradient norm (0 until seen)
	inputMax      float64    // the largest |x| of the prepared training inputs
	first, good   Checkpoint // the start, and the epoch with the lowest training loss

	ratios, sorted []float64 // the last VanishEpochs gradient-norm ratios (a ring), and scratch
	nratio         int
	over           OverfitWatch
	active         []Notice
	units          unitStats
}

// NewCoach returns a coach for t, starting from t's current state: the
// last good epoch is the current one. Call Check after every epoch, and
// Reset after anything but training changed the trainer.
func NewCoach(t *Trainer, cfg CoachConfig) *Coach {
	c := &Coach{t: t, cfg: cfg.Defaults()}
	for _, x := range t.ds.Train.X {
		c.inputMax = max(c.inputMax, math.Abs(x))
	}
	c.Reset()
	return c
}

// Reset starts the coach afresh from the trainer's current state: after a
// Reset, SetParams, SetWeight or SetBias of the trainer.
func (c *Coach) Reset() {
	st := c.t.Stats()
	c.start, c.lowest, c.prev, c.rising = st.TrainLoss, st.TrainLoss, st.TrainLoss, 0
	c.w0, c.g1 = norm2(c.t.net.params), 0
	c.t.Save(&c.first)
	c.t.Save(&c.good)
	c.ratios, c.nratio = c.ratios[:0], 0
	c.over.Reset()
	c.active = c.active[:0]
}

// LastGood returns the epoch that Rollback goes back to.
func (c *Coach) LastGood() int { return c.lastGood().epoch }

// lastGood returns the checkpoint of the lowest training loss when that
// loss is under half the loss at the start, and the start otherwise.
func (c *Coach) lastGood() *Checkpoint {
	if c.lowest < c.start/2 {
		return &c.good
	}
	return &c.first
}

// Notices returns the notices raised and not cleared, in the order they
// were raised.
func (c *Coach) Notices() []Notice {
	out := make([]Notice, len(c.active))
	for i, n := range c.active {
		out[i] = n
		out[i].Units = append([]int(nil), n.Units...)
	}
	return out
}

// Check looks at the epoch the trainer just completed, whose statistics
// (t.Stats()) are st. It returns an *ExplodedError when the loss, the
// weights or the gradient blew up, and otherwise the notices newly raised
// by this epoch (a notice whose units changed is raised anew).
func (c *Coach) Check(st Stats) ([]Notice, error) {
	if err := c.explosion(st); err != nil {
		return nil, err
	}
	loss := st.TrainLoss
	if loss > c.prev {
		c.rising++
	} else {
		c.rising = 0
	}
	c.prev = loss
	if loss < c.lowest {
		c.lowest = loss
		c.t.Save(&c.good)
	}
	var raised []Notice
	raised = c.vanishing(raised, st)
	raised = c.overfitting(raised, st)
	if st.Epoch%c.cfg.UnitEvery == 0 {
		raised = c.checkUnits(raised, st.Epoch)
	}
	if (st.Epoch+1)%c.cfg.UnitEvery == 0 && c.unitAct() {
		c.t.units = &c.units // the next Stats measures them on its pass
	}
	return raised, nil
}

// explosion returns an *ExplodedError when the epoch of st blew up.
func (c *Coach) explosion(st Stats) error {
	t, cfg := c.t, c.cfg
	if c.g1 == 0 {
		c.g1 = t.epochGradMax
	}
	fail := func(why Explosion, v, limit float64) error {
		return &ExplodedError{Epoch: st.Epoch, Why: why, Value: v, Limit: limit, LastGood: c.LastGood(),
			LearningRate: t.cfg.LearningRate, Clipped: t.cfg.ClipNorm > 0, InputMax: c.inputMax}
	}
	loss := st.TrainLoss
	// Above twice the start as well: momentum makes a loss that has come
	// down jump back up to about its start for an epoch or two, and
	// training goes on to converge (a false alarm seen in the page).
	if limit := math.Max(cfg.ExplodeFactor*c.lowest, 2*c.start); loss > limit {
		return fail(LossRose, loss, limit)
	}
	if limit := 2 * c.lowest; c.rising+1 >= cfg.RiseEpochs && loss > c.prev && loss > limit {
		return fail(LossGrew, loss, limit)
	}
	if limit := cfg.WeightFactor * math.Max(c.w0, 1); t.weightNorm > limit {
		return fail(WeightsGrew, t.weightNorm, limit)
	}
	if limit := cfg.GradFactor * math.Max(c.g1, 1); t.cfg.ClipNorm == 0 && t.epochGradMax > limit {
		return fail(GradientGrew, t.epochGradMax, limit)
	}
	return nil
}

// Rollback puts the trainer back to the last good epoch, bit for bit, and
// returns that epoch. The coach's record of the lowest loss stays; the loss
// no longer counts as rising, and the overfitting watch starts afresh.
func (c *Coach) Rollback() int {
	g := c.lastGood()
	c.t.Restore(g)
	c.prev, c.rising = c.t.Stats().TrainLoss, 0
	c.ratios, c.nratio = c.ratios[:0], 0
	c.over.Reset() // the held-out loss's history starts again from here
	c.raise(Notice{Kind: Overfitting}, false)
	return g.epoch
}

// RollbackLower goes back to the last good epoch and divides the learning
// rate by factor (10 is the coach's offer). It returns the new rate.
func (c *Coach) RollbackLower(factor float64) (float64, error) {
	if !(factor > 1) || math.IsInf(factor, 0) {
		return 0, fmt.Errorf("nn: learning rate divisor %v must be a number above 1", factor)
	}
	lr := c.t.cfg.LearningRate / factor
	if err := c.t.SetLearningRate(lr); err != nil {
		return 0, err
	}
	c.Rollback()
	return lr, nil
}

// RollbackClip goes back to the last good epoch and turns gradient
// clipping on at norm (1 is a usual choice).
func (c *Coach) RollbackClip(norm float64) error {
	if !(norm > 0) {
		return fmt.Errorf("nn: gradient clipping %v must be a positive number", norm)
	}
	if err := c.t.SetClipNorm(norm); err != nil {
		return err
	}
	c.Rollback()
	return nil
}
