package nn

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// NoticeKind is what a coach's notice is about.
type NoticeKind int

const (
	DeadUnits          NoticeKind = iota // ReLU units whose output is 0 on every training row
	SaturatedUnits                       // tanh or sigmoid units pinned at their limits on every training row
	VanishingGradients                   // the first layer's gradient norm a tiny fraction of the last layer's
	Overfitting                          // the held-out loss rising while the training loss falls
)

var noticeNames = [...]string{DeadUnits: "dead-units", SaturatedUnits: "saturated-units", VanishingGradients: "vanishing-gradients", Overfitting: "overfitting"}

func (k NoticeKind) String() string               { return name(noticeNames[:], int(k)) }
func (k NoticeKind) MarshalText() ([]byte, error) { return marshal(noticeNames[:], int(k)) }
func (k *NoticeKind) UnmarshalText(b []byte) error {
	return unmarshal(noticeNames[:], "notice", b, (*int)(k))
}

// Notice is something the coach saw that does not stop training, in parts,
// so that the page can word it in any language; String gives the English
// words, after the tutorial's FAQ.
type Notice struct {
	Kind  NoticeKind `json:"kind"`
	Epoch int        `json:"epoch"` // the epoch it was raised at
	// Layer and Units, for dead and saturated units: the hidden layer
	// (Network.Sizes index: 1 is the first hidden layer) and the units'
	// indices in it, from 0.
	Layer int   `json:"layer,omitempty"`
	Units []int `json:"units,omitempty"`
	// Value is what was measured: for dead units 0, their largest output;
	// for saturated units the largest slope f'(z) of any of them on any
	// training row, as a share of the function's largest slope; for
	// vanishing gradients the median, over the last VanishEpochs epochs, of
	// the ratio of the first layer's gradient norm to the last layer's; for overfitting the held-out loss.
	Value float64 `json:"value"`
	// Ref is what Value is compared with: the threshold (saturated,
	// vanishing), or for overfitting the held-out loss's minimum, reached
	// at epoch At.
	Ref float64 `json:"ref,omitempty"`
	At  int     `json:"at,omitempty"`
	// Held is "validation" or "test": the split of an overfitting notice.
	Held string `json:"held,omitempty"`
	// Act is the hidden activation, for dead and saturated units and
	// vanishing gradients.
	Act Activation `json:"act"`
	// InputMax, for saturated units, is the largest |x| of the prepared
	// training inputs when it is above LargeInput (inputs not normalized,
	// the likely cause); 0 otherwise.
	InputMax float64 `json:"inputMax,omitempty"`
}

// String words the notice in English: what happened, why, and the fix.
func (n Notice) String() string {
	units := func() string {
		s := make([]string, len(n.Units))
		for i, u := range n.Units {
			s[i] = strconv.Itoa(u + 1)
		}
		w := "unit "
		if len(n.Units) > 1 {
			w = "units "
		}
		return w + strings.Join(s, ", ") + " of hidden layer " + strconv.Itoa(n.Layer)
	}
	verb := func(one, many string) string {
		if len(n.Units) == 1 {
			return one
		}
		return many
	}
	switch n.Kind {
	case DeadUnits:
		return fmt.Sprintf("epoch %d: %s %s 0 for every training row: dead ReLU, which no longer learns, "+
			"since a ReLU's gradient is 0 wherever its output is. A learning rate too high or a large negative bias usually kills units; "+
			"lower the learning rate, use leaky ReLU, or reset the network.", n.Epoch, units(), verb("outputs", "output"))
	case SaturatedUnits:
		cause := "Weights too large, from a learning rate too high or inputs that are not normalized, usually cause it; normalize the inputs, lower the learning rate, or use ReLU."
		if n.InputMax > LargeInput {
			cause = fmt.Sprintf("The inputs are not normalized (they reach %.4g): normalize them.", n.InputMax)
		}
		return fmt.Sprintf("epoch %d: %s %s saturated: the %v output is pinned at its limits for every training row, "+
			"so its slope, under %g%% of its largest, lets almost no gradient through. %s",
			n.Epoch, units(), verb("is", "are"), n.Act, 100*n.Ref, cause)
	case VanishingGradients:
		why := "Each sigmoid or tanh layer shrinks the gradient (the sigmoid's slope is at most 1/4); use ReLU or tanh, fewer layers, or another weight initialisation."
		if n.Act == ReLU {
			why = "Dead ReLU units pass no gradient back; lower the learning rate, use leaky ReLU, or reset the network."
		}
		return fmt.Sprintf("epoch %d: vanishing gradients: the first layer's gradient norm is %.2g times the last layer's (the median of recent epochs; below %g), "+
			"so the first layers barely learn; see the gradient-norm chart. %s", n.Epoch, n.Value, n.Ref, why)
	case Overfitting:
		return fmt.Sprintf("epoch %d: overfitting: the %s loss rose to %.4g from its lowest, %.4g at epoch %d, while the training loss fell: "+
			"the network is learning the training rows rather than the pattern. Use a smaller network, regularization (L2), "+
			"early stopping with the best weights restored, or more training data.", n.Epoch, n.Held, n.Value, n.Ref, n.At)
	}
	return fmt.Sprintf("epoch %d: notice %v", n.Epoch, n.Kind)
}

// Explosion is why the coach stopped training.
type Explosion int

const (
	LossRose     Explosion = iota // the training loss rose above ExplodeFactor times its lowest value and above its start
	LossGrew                      // the training loss rose RiseEpochs epochs in a row, to more than twice its lowest value
	WeightsGrew                   // the weights' norm passed WeightFactor times its start
	GradientGrew                  // a batch's gradient norm passed GradFactor times the first epoch's
)

var explosionNames = [...]string{LossRose: "loss-rose", LossGrew: "loss-grew", WeightsGrew: "weights", GradientGrew: "gradient"}

func (e Explosion) String() string               { return name(explosionNames[:], int(e)) }
func (e Explosion) MarshalText() ([]byte, error) { return marshal(explosionNames[:], int(e)) }

// ExplodedError reports that training blew up while its numbers were still
// finite (a NaN or an infinity is a *DivergedError). It names the epoch,
// what exploded and how far, the learning rate, and the last good epoch
// the coach can go back to.
type ExplodedError struct {
	Epoch        int       // the epoch that blew up
	Why          Explosion // what blew up
	Value        float64   // the loss, weight norm or gradient norm
	Limit        float64   // the value it passed
	LastGood     int       // the epoch Coach.Rollback goes back to
	LearningRate float64
	Clipped      bool    // whether gradient clipping was on
	InputMax     float64 // the largest |x| of the prepared training inputs: far above a few, they are not normalized
}

// LargeInput is the largest |x| of normalized inputs the coach expects:
// inputs standardized or scaled to [0, 1] stay below it on ordinary data,
// and inputs far larger saturate tanh and sigmoid units from the start, so
// that lowering the learning rate alone cannot fix training.
const LargeInput = 10

func (e *ExplodedError) Error() string {
	var what string
	switch e.Why {
	case LossRose:
		what = fmt.Sprintf("the training loss rose to %.4g, above %.4g (several times its lowest value and more than twice its start)", e.Value, e.Limit)
	case LossGrew:
		what = fmt.Sprintf("the training loss kept rising, epoch after epoch, to %.4g, above twice its lowest value (%.4g)", e.Value, e.Limit)
	case WeightsGrew:
		what = fmt.Sprintf("the weights grew to a norm of %.4g, above %.4g", e.Value, e.Limit)
	case GradientGrew:
		what = fmt.Sprintf("the gradient grew to a norm of %.4g, above %.4g", e.Value, e.Limit)
	}
	var fixes []string
	if e.InputMax > LargeInput {
		fixes = append(fixes, fmt.Sprintf("normalize the inputs first (they reach %.4g; normalized inputs stay within a few units)", e.InputMax))
	}
	fixes = append(fixes, fmt.Sprintf("lower the learning rate (it is %g)", e.LearningRate))
	if e.InputMax <= LargeInput {
		fixes = append(fixes, "normalize the inputs")
	}
	offer := "go back to them, or go back and continue with the learning rate divided by 10"
	if !e.Clipped {
		fixes = append(fixes, "turn on gradient clipping")
		offer += " or with gradient clipping on"
	}
	fix := strings.Join(fixes[:len(fixes)-1], ", ") + " or " + fixes[len(fixes)-1]
	if len(fixes) > 2 {
		fix = strings.Join(fixes[:len(fixes)-1], ", ") + ", or " + fixes[len(fixes)-1]
	}
	return fmt.Sprintf("training exploded at epoch %d: %s. Exploding gradients come from weights that grow too large; to fix it, "+
		"%s. The weights of epoch %d, the last good one, are kept: %s.", e.Epoch, what, fix, e.LastGood, offer)
}

// raise sets the notice of n's kind and layer to n, or clears it when n
// has no units (dead, saturated) or on is false, and reports whether n is
// new: not raised before, or with other units.
func (c *Coach) raise(n Notice, on bool) bool {
	i := slices.IndexFunc(c.active, func(a Notice) bool { return a.Kind == n.Kind && a.Layer == n.Layer })
	if !on || (n.Kind == DeadUnits || n.Kind == SaturatedUnits) && len(n.Units) == 0 {
		if i >= 0 {
			c.active = slices.Delete(c.active, i, i+1)
		}
		return false
	}
	if i >= 0 && slices.Equal(c.active[i].Units, n.Units) {
		n.Epoch = c.active[i].Epoch
		c.active[i] = n
		return false
	}
	n.Units = append([]int(nil), n.Units...)
	if i >= 0 {
		c.active[i] = n
	} else {
		c.active = append(c.active, n)
	}
	return true
}

// vanishing raises or clears the vanishing-gradients notice: on while the
// median, over the last VanishEpochs epochs, of the ratio of the first
// layer's gradient norm to the last layer's is below VanishRatio. (The
// norms are the last batch's: one batch whose errors happen to cancel
// makes a single ratio jump, which the median ignores.)
func (c *Coach) vanishing(raised []Notice, st Stats) []Notice {
	g := st.GradNorms
	if len(g) < 3 || !(g[len(g)-1] > 0) {
		return raised
	}
	k := c.cfg.VanishEpochs
	if len(c.ratios) < k {
		c.ratios = append(c.ratios, 0)
	}
	c.ratios[c.nratio%k] = g[0] / g[len(g)-1]
	c.nratio++
	if len(c.ratios) < k {
		return raised
	}
	c.sorted = append(c.sorted[:0], c.ratios...)
	sort.Float64s(c.sorted)
	med := (c.sorted[(k-1)/2] + c.sorted[k/2]) / 2
	n := Notice{Kind: VanishingGradients, Epoch: st.Epoch, Value: med, Ref: c.cfg.VanishRatio, Act: c.t.net.Act}
	if c.raise(n, med < c.cfg.VanishRatio) {
		raised = append(raised, n)
	}
	return raised
}

// overfitting raises or clears the overfitting notice, on the validation
// loss, or the test loss when there is no validation split.
func (c *Coach) overfitting(raised []Notice, st Stats) []Notice {
	held, loss := "validation", st.ValidLoss
	if c.t.ds.Valid.N == 0 {
		held, loss = "test", st.TestLoss
		if c.t.ds.Test.N == 0 {
			return raised
		}
	}
	on := c.over.Add(st.TrainLoss, loss)
	best, at := c.over.Best()
	n := Notice{Kind: Overfitting, Epoch: st.Epoch, Value: loss, Ref: best, At: st.Epoch - (c.over.n - at), Held: held}
	if c.raise(n, on) {
		raised = append(raised, n)
	}
	return raised
}
