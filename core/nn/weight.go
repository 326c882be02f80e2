package nn

import (
	"fmt"
	"math"
)

// ParamInfo is one weight's or bias's value and what the last batch did
// to it.
type ParamInfo struct {
	Value float64 `json:"value"`
	// Grad is the last batch's gradient as applied: the mean over the
	// batch's rows, with the L1/L2 penalty's, scaled by clipping.
	Grad float64 `json:"grad"`
	// Update is the last batch's step, -step where the step did
	// p ← p - step (SGD: step = lr·Grad): Value - Update is, to rounding,
	// the value before it. 0 before any batch, and after a reset, an edit,
	// a rollback or "start from here".
	Update float64 `json:"update"`
}

// Weight returns the weight from unit i of layer l to unit j of layer l+1
// (as SetWeight), its last gradient and its last update.
func (t *Trainer) Weight(l, j, i int) (ParamInfo, error) {
	if l < 0 || l >= t.net.Layers() || j < 0 || j >= t.net.Sizes[l+1] || i < 0 || i >= t.net.Sizes[l] {
		return ParamInfo{}, fmt.Errorf("nn: no weight %d→%d in layer %d", i, j, l)
	}
	return t.paramInfo(t.offset(l) + j*t.net.Sizes[l] + i), nil
}

// Bias returns the bias of unit j of layer l+1 (as SetBias), its last
// gradient and its last update.
func (t *Trainer) Bias(l, j int) (ParamInfo, error) {
	if l < 0 || l >= t.net.Layers() || j < 0 || j >= t.net.Sizes[l+1] {
		return ParamInfo{}, fmt.Errorf("nn: no bias %d in layer %d", j, l)
	}
	return t.paramInfo(t.offset(l) + t.net.Sizes[l]*t.net.Sizes[l+1] + j), nil
}

// offset returns the index in Params of layer l's first weight.
func (t *Trainer) offset(l int) int {
	off := 0
	for k := range l {
		off += t.net.Sizes[k]*t.net.Sizes[k+1] + t.net.Sizes[k+1]
	}
	return off
}

// paramInfo returns parameter k's value, gradient and update. The update
// is recomputed from the optimizer's state after the step with the very
// expressions the step used (optimizer.update), so it is the step's own
// number:
//
//	SGD:      lr·g
//	Momentum: lr·m   (Nesterov: lr·(g + μm))
//	RMSProp:  lr·g/(√s + ε)
//	Adam:     lr·(m/(1-β₁ᵗ)) / (√(v/(1-β₂ᵗ)) + ε)
//
// subtracted from the parameter.
func (t *Trainer) paramInfo(k int) ParamInfo {
	p := ParamInfo{Value: t.net.params[k], Grad: t.grad[k]}
	lr, o, g := t.lastLR, t.opt, t.grad[k]
	if lr == 0 {
		return p
	}
	var step float64
	switch o.kind {
	case SGD:
		step = lr * g
	case Momentum:
		step = lr * o.m[k]
		if o.nesterov {
			step = lr * (g + o.mu*o.m[k])
		}
	case RMSProp:
		step = lr * g / (math.Sqrt(o.m[k]) + o.eps)
	case Adam:
		step = lr * (o.m[k] / (1 - o.b1t)) / (math.Sqrt(o.v[k]/(1-o.b2t)) + o.eps)
	}
	p.Update = -step
	return p
}
