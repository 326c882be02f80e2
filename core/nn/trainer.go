package nn

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nnplayground/playground/core/data"
)

// Stats describes the network after an epoch.
type Stats struct {
	Epoch       int       `json:"epoch"`
	TrainLoss   float64   `json:"trainLoss"`
	TestLoss    float64   `json:"testLoss"`    // 0 when there is no test split
	TrainMetric float64   `json:"trainMetric"` // accuracy in [0,1] for classification, R² for regression
	TestMetric  float64   `json:"testMetric"`
	TrainRMSE   float64   `json:"trainRMSE,omitempty"` // regression, in the target's own units
	TestRMSE    float64   `json:"testRMSE,omitempty"`
	GradNorms   []float64 `json:"gradNorms"` // per layer: the norm of the last batch's weight and bias gradient
	// The validation split's, when the data has one (data.Spec.ValidRatio);
	// zero and left out of JSON otherwise.
	ValidLoss   float64 `json:"validLoss,omitempty"`
	ValidMetric float64 `json:"validMetric,omitempty"`
	ValidRMSE   float64 `json:"validRMSE,omitempty"`
}

// Trainer trains a Network on a Dataset one epoch at a time.
type Trainer struct {
	cfg  Config
	ds   *data.Dataset
	net  *Network
	loss LossKind
	opt  *optimizer
	pcg  *rand.PCG // the source behind rng
	rng  *rand.Rand

	grad   []float64   // flat gradient, laid out like net.params
	gw     [][]float64 // views of grad
	gb     [][]float64
	perm   []int
	chunks []*gradBuf                             // per-chunk gradients of a large batch (chunks[0] is t.grad)
	work   []*scratch                             // per-goroutine scratch space (work[0] is the trainer's own)
	fwd    []func(z, w, b, x []float64)           // each layer's forward kernel
	back   []func(gw, gb, w, a, dz, da []float64) // each layer's backward kernel
	*scratch

	nchunks   int            // chunks of the current batch
	wg        sync.WaitGroup // pooled goroutines still working on a batch
	next      atomic.Int64   // the next chunk of the batch to take
	epoch     int
	pos       int // next row of perm to train on in the current epoch
	gradNorms []float64
	stats     Stats
	statsOK   bool

	// Read by the coach; computing them changes no training arithmetic.
	epochGradMax float64 // the largest global gradient norm of the current (or last) epoch's batches
	weightNorm   float64 // ‖θ‖₂ of all parameters after the last complete epoch
	// units, when set, asks the next Stats to record the hidden units on
	// its pass over the training split (for the coach's unit check), which
	// it then marks with unitsAt, the epoch measured.
	units   *unitStats
	unitsAt int
	// scanning is set while Stats evaluates the training split with units
	// requested: only that pass feeds the coach's unit scan.
	scanning bool
	lastLR   float64 // the learning rate of the last batch (0 before any)
}

// Defaults returns c with every zero field set to its default.
func (c Config) Defaults() Config {
	if c.LearningRate == 0 {
		c.LearningRate = 0.03
	}
	if c.Momentum == 0 {
		c.Momentum = 0.9
	}
	if c.Beta1 == 0 {
		c.Beta1 = 0.9
	}
	if c.Beta2 == 0 {
		c.Beta2 = 0.999
		if c.Optimizer == RMSProp {
			c.Beta2 = 0.9
		}
	}
	if c.Epsilon == 0 {
		c.Epsilon = 1e-8
	}
	c.Hidden = append([]int(nil), c.Hidden...)
	return c
}

// Validate reports the first setting of c that cannot be trained.
func (c Config) Validate() error {
	bad := func(what string, v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) || v < 0 }
	for i, h := range c.Hidden {
		if h < 1 || h > MaxWidth {
			return fmt.Errorf("nn: hidden layer %d has %d neurons; use 1 to %d", i+1, h, MaxWidth)
		}
	}
	if len(c.Hidden) > MaxHiddenLayers {
		return fmt.Errorf("%w: %d hidden layers; use at most %d", ErrTooLarge, len(c.Hidden), MaxHiddenLayers)
	}
	if n := ParamCount(append(append([]int{1}, c.Hidden...), 1)); n > MaxParams {
		return fmt.Errorf("%w: hidden layers %v have %d parameters; the limit is %d", ErrTooLarge, c.Hidden, n, MaxParams)
	}
	switch {
	case bad("lr", c.LearningRate) || c.LearningRate == 0:
		return fmt.Errorf("nn: learning rate %v must be a positive number", c.LearningRate)
	case c.BatchSize < 0:
		return fmt.Errorf("nn: batch size %d must be 0 (full batch) or positive", c.BatchSize)
	case bad("l1", c.L1) || bad("l2", c.L2):
		return fmt.Errorf("nn: regularization rates must be non-negative numbers")
	case bad("clip", c.ClipNorm) || bad("decay", c.Decay):
		return fmt.Errorf("nn: gradient clipping and decay must be non-negative numbers")
	case !(c.Momentum >= 0 && c.Momentum < 1 && c.Beta1 >= 0 && c.Beta1 < 1 && c.Beta2 >= 0 && c.Beta2 < 1): // NaN too
		return fmt.Errorf("nn: momentum and beta values must be in [0, 1)")
	case !(c.Epsilon > 0) || math.IsInf(c.Epsilon, 0):
		return fmt.Errorf("nn: epsilon must be a positive number")
	case c.Activation < Tanh || c.Activation > Linear:
		return fmt.Errorf("nn: unknown activation %d", c.Activation)
	case c.Optimizer < SGD || c.Optimizer > Adam:
		return fmt.Errorf("nn: unknown optimizer %d", c.Optimizer)
	case c.Loss < Auto || c.Loss > CCE:
		return fmt.Errorf("nn: unknown loss %d", c.Loss)
	case c.Init < InitAuto || c.Init > He:
		return fmt.Errorf("nn: unknown initialisation %d", c.Init)
	}
	return nil
}

// Limits on the network a configuration may ask for, checked before
// anything is allocated: a link or a completion code is a few hundred
// characters, the network it names must not be gigabytes.
const (
	MaxHiddenLayers = 32
	MaxWidth        = 1024    // neurons of one hidden layer
	MaxParams       = 1 << 20 // weights and biases of the whole network
)

// ErrTooLarge is returned for a network past MaxHiddenLayers or MaxParams.
var ErrTooLarge = errors.New("nn: network too large")

// ParamCount returns the number of weights and biases of a network with
// layer sizes sizes (inputs, hidden…, outputs), saturating at math.MaxInt
// instead of overflowing.
func ParamCount(sizes []int) int {
	n := 0
	for i := 1; i < len(sizes); i++ {
		a, b := sizes[i-1], sizes[i]
		if a < 0 || b < 0 || (a > 0 && b > (math.MaxInt/2-n)/(a+1)) {
			return math.MaxInt
		}
		n += a*b + b
	}
	return n
}

// ErrLossTask is returned when a loss does not fit the task.
var ErrLossTask = errors.New("nn: cross-entropy needs a categorical target; use MSE, MAE or Huber for regression")

// NewTrainer returns a trainer for ds with a freshly initialised network.
// The output layer follows the task: linear for regression, sigmoid for two
// classes, softmax for more.
func NewTrainer(ds *data.Dataset, cfg Config) (*Trainer, error) {
	cfg = cfg.Defaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if ds == nil || ds.Train.N < 1 || ds.Dim < 1 || ds.Out < 1 {
		return nil, errors.New("nn: no training data")
	}
	out := OutLinear
	switch ds.Task {
	case data.Binary:
		out = OutSigmoid
	case data.Multiclass:
		out = OutSoftmax
	}
	loss := cfg.Loss
	switch {
	case loss == Auto && out == OutLinear:
		loss = MSE
	case loss == Auto || loss == BCE || loss == CCE:
		if out == OutLinear {
			return nil, ErrLossTask
		}
		loss = BCE
		if out == OutSoftmax {
			loss = CCE
		}
	}
	sizes := append(append([]int{ds.Dim}, cfg.Hidden...), ds.Out)
	if n := ParamCount(sizes); n > MaxParams {
		return nil, fmt.Errorf("%w: layers %v have %d parameters; the limit is %d", ErrTooLarge, sizes, n, MaxParams)
	}
	if err := checkWork(sizes, ds.Train.N, cfg.BatchSize, cfg.Optimizer); err != nil {
		return nil, err
	}
	t := &Trainer{
		cfg:  cfg,
		ds:   ds,
		net:  NewNetwork(sizes, cfg.Activation, out),
		loss: loss,
		perm: make([]int, ds.Train.N),
	}
	g := newGradBuf(sizes)
	t.grad, t.gw, t.gb = g.flat, g.w, g.b
	t.chunks = []*gradBuf{g}
	t.scratch = newScratch(sizes)
	for l := range t.net.Layers() {
		t.fwd = append(t.fwd, denseKernel(sizes[l]))
		t.back = append(t.back, backKernel(sizes[l]))
	}
	t.work = []*scratch{t.scratch}
	t.gradNorms = make([]float64, t.net.Layers())
	t.opt = newOptimizer(&t.cfg, len(t.net.params))
	t.Reset()
	return t, nil
}

// Reset re-initialises the network and optimizer from the seed: the same
// start as a new Trainer.
func (t *Trainer) Reset() {
	t.pcg = rand.NewPCG(t.cfg.Seed, 0x6e6e706c6179) // "nnplay"
	t.rng = rand.New(t.pcg)
	init := t.cfg.Init
	if init == InitAuto {
		init = Glorot
		if t.cfg.Activation == ReLU || t.cfg.Activation == LeakyReLU {
			init = He
		}
	}
	t.net.init(init, t.rng)
	t.opt.reset()
	for i := range t.perm {
		t.perm[i] = i
	}
	t.epoch, t.pos = 0, 0
	clear(t.gradNorms)
	clear(t.grad)
	t.lastLR = 0
	t.statsOK = false
}

// Config returns the trainer's configuration with defaults filled in.
func (t *Trainer) Config() Config { c := t.cfg; c.Hidden = append([]int(nil), c.Hidden...); return c }

// Loss returns the loss being minimised (Auto resolved).
func (t *Trainer) Loss() LossKind { return t.loss }

// Dataset returns the data the trainer trains on.
func (t *Trainer) Dataset() *data.Dataset { return t.ds }

// Net returns the live network. Callers must not change it while training;
// use SetWeight and SetBias, or Clone it.
func (t *Trainer) Net() *Network { return t.net }

// Epoch returns the number of epochs trained.
func (t *Trainer) Epoch() int { return t.epoch }

// SetWeight sets the weight from unit i of layer l to unit j of layer l+1.
func (t *Trainer) SetWeight(l, j, i int, v float64) error {
	if l < 0 || l >= t.net.Layers() || j < 0 || j >= t.net.Sizes[l+1] || i < 0 || i >= t.net.Sizes[l] {
		return fmt.Errorf("nn: no weight %d→%d in layer %d", i, j, l)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("nn: weight %v is not a finite number", v)
	}
	t.net.W[l][j*t.net.Sizes[l]+i] = v
	t.statsOK, t.lastLR = false, 0
	return nil
}

// SetBias sets the bias of unit j of layer l+1.
func (t *Trainer) SetBias(l, j int, v float64) error {
	if l < 0 || l >= t.net.Layers() || j < 0 || j >= t.net.Sizes[l+1] {
		return fmt.Errorf("nn: no bias %d in layer %d", j, l)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("nn: bias %v is not a finite number", v)
	}
	t.net.B[l][j] = v
	t.statsOK, t.lastLR = false, 0
	return nil
}

// SetParams loads the weights and biases p (in Network.Params order) and
// sets the epoch counter, as if training had reached them at that epoch:
// "start from here". The optimizer's state starts afresh.
func (t *Trainer) SetParams(p []float64, epoch int) error {
	if len(p) != len(t.net.params) {
		return fmt.Errorf("nn: %d parameters given, the network has %d", len(p), len(t.net.params))
	}
	if epoch < 0 {
		return fmt.Errorf("nn: epoch %d is negative", epoch)
	}
	for i, v := range p {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("nn: parameter %d is %v, not a finite number", i, v)
		}
	}
	copy(t.net.params, p)
	t.opt.reset()
	t.epoch, t.pos = epoch, 0
	t.statsOK, t.lastLR = false, 0
	return nil
}

// Step trains one epoch: the training rows are shuffled (unless the batch is
// the full set) and the parameters updated once per batch. When a loss, a
// gradient or a weight stops being finite, Step returns a *DivergedError
// and the epoch does not count.
func (t *Trainer) Step() error {
	for {
		done, err := t.StepBatches(math.MaxInt)
		if done || err != nil {
			return err
		}
	}
}

// StepBatches trains up to n more batches of the current epoch and reports
// whether the epoch is complete. Training an epoch in parts gives the same
// numbers as Step; a caller that must stay responsive (the browser's
// worker) can stop between any two batches.
func (t *Trainer) StepBatches(n int) (epochDone bool, err error) {
	N := t.ds.Train.N
	bs := t.cfg.BatchSize
	if bs <= 0 || bs > N {
		bs = N
	}
	if t.pos == 0 {
		t.epochGradMax = 0
		if bs < N {
			shuffle(t.perm, t.pcg)
		}
	}
	lr := t.cfg.LearningRate / (1 + t.cfg.Decay*float64(t.epoch))
	for ; n > 0 && t.pos < N; n-- {
		end := min(t.pos+bs, N)
		t.gradient(t.perm[t.pos:end])
		rows := end - t.pos
		t.pos = end
		t.statsOK = false
		// A loss that is not finite makes a gradient that is not finite
		// (a NaN or infinite output, or a distance whose square
		// overflows), so the gradient's norm is the one check needed.
		norm := t.regularize(1 / float64(rows))
		if math.IsNaN(norm) || math.IsInf(norm, 0) {
			t.pos = 0
			return false, t.diverged("gradient", norm)
		}
		t.epochGradMax = max(t.epochGradMax, norm)
		if c := t.cfg.ClipNorm; c > 0 && norm > c {
			s := c / norm
			for i := range t.grad {
				t.grad[i] *= s
			}
		}
		t.opt.update(t.net.params, t.grad, lr)
		t.lastLR = lr
	}
	if t.pos < N {
		return false, nil
	}
	t.pos = 0
	var s float64
	for _, p := range t.net.params {
		s += p * p
	}
	if math.IsNaN(s) || math.IsInf(s, 0) {
		return false, t.diverged("weights", s)
	}
	t.weightNorm = math.Sqrt(s)
	t.epoch++
	return true, nil
}

// BatchOrders returns the order in which each of the next epochs will
// visit the training rows (batches are consecutive runs of it), without
// changing the trainer. Exported scripts use it to replay training exactly.
// It panics if called in the middle of an epoch (after StepBatches returned
// false).
func (t *Trainer) BatchOrders(epochs int) [][]int {
	if t.pos != 0 {
		panic("nn: BatchOrders in the middle of an epoch")
	}
	n := t.ds.Train.N
	bs := t.cfg.BatchSize
	pcg := *t.pcg
	perm := append([]int(nil), t.perm...)
	out := make([][]int, epochs)
	for e := range out {
		if bs > 0 && bs < n {
			shuffle(perm, &pcg)
		}
		out[e] = append([]int(nil), perm...)
	}
	return out
}

// shuffle permutes p by Fisher–Yates, drawing j = rand.New(src).IntN(i+1)
// for i from len(p)-1 down to 1: the same numbers as through rand.Rand,
// with one call per draw instead of four (the shuffle is a per-epoch cost,
// and calls are dear in WebAssembly).
func shuffle(p []int, src *rand.PCG) {
	for i := len(p) - 1; i > 0; i-- {
		// rand.Rand.uint64n, for 64-bit platforms and WebAssembly alike.
		n := uint64(i + 1)
		var j uint64
		if n&(n-1) == 0 {
			j = src.Uint64() & (n - 1)
		} else {
			hi, lo := bits.Mul64(src.Uint64(), n)
			if lo < n {
				thresh := -n % n
				for lo < thresh {
					hi, lo = bits.Mul64(src.Uint64(), n)
				}
			}
			j = hi
		}
		p[i], p[j] = p[j], p[i]
	}
}

// StepN trains up to n epochs and stops at the first error.
func (t *Trainer) StepN(n int) error {
	for range n {
		if err := t.Step(); err != nil {
			return err
		}
	}
	return nil
}

// gradient sets t.grad to the sum of the gradients of the data loss over
// the rows idx of the training split (regularize makes it their mean). (The loss itself is not computed: training
// needs only its gradient, and Stats computes the loss of the weights the
// epoch ends with.)
//
// A batch larger than chunkRows is cut into chunks of chunkRows rows; each
// chunk's gradient is summed on its own, by as many goroutines as there are
// processors, and the chunks' sums are added in order. The cut depends only
// on the batch, never on the number of processors, so the result is
// bit-identical with one goroutine (as in WebAssembly) or many.
func (t *Trainer) gradient(idx []int) {
	nc := (len(idx) + chunkRows - 1) / chunkRows
	for len(t.chunks) < nc {
		t.chunks = append(t.chunks, newGradBuf(t.net.Sizes))
	}
	t.nchunks = nc
	procs := 1
	var pool chan<- chunkJob
	if nc > 1 { // a single chunk needs no helpers (nor the pool's lock)
		var helpers int
		pool, helpers = workerPool()
		procs = min(nc, runtime.GOMAXPROCS(0), helpers+1)
	}
	for len(t.work) < procs {
		t.work = append(t.work, newScratch(t.net.Sizes))
	}
	t.next.Store(0)
	if procs == 1 {
		t.runChunks(0, idx)
	} else {
		t.wg.Add(procs - 1)
		for p := 1; p < procs; p++ {
			pool <- chunkJob{t: t, p: p, idx: idx}
		}
		t.runChunks(0, idx)
		t.wg.Wait()
	}
	for c := 1; c < nc; c++ {
		for i, v := range t.chunks[c].flat {
			t.grad[i] += v
		}
	}
}

// runChunks computes the gradients of chunks of the batch idx, taking the
// next chunk not yet taken until none is left, with the scratch space of
// goroutine p. Each chunk has its own gradient buffer, so which goroutine
// computes it does not change the result; and a helper that starts late
// finds less to do rather than holding the others up.
func (t *Trainer) runChunks(p int, idx []int) {
	nc := t.nchunks
	for {
		c := int(t.next.Add(1)) - 1
		if c >= nc {
			return
		}
		lo, hi := c*chunkRows, min((c+1)*chunkRows, len(idx))
		t.chunkGradient(t.work[p], t.chunks[c], idx[lo:hi])
	}
}

// chunkJob asks a pooled goroutine to run runChunks.
type chunkJob struct {
	t   *Trainer
	p   int
	idx []int
}

var (
	poolMu  sync.Mutex
	pool    = make(chan chunkJob, maxProcs)
	helpers int // goroutines reading pool
)

// workerPool returns the channel of the goroutines that help with large
// batches, and how many there are: one per processor beyond the first, up
// to maxProcs in all, started as GOMAXPROCS allows. They are shared by all
// trainers, so that training allocates nothing per batch.
func workerPool() (chan<- chunkJob, int) {
	poolMu.Lock()
	defer poolMu.Unlock()
	for want := min(runtime.GOMAXPROCS(0), maxProcs) - 1; helpers < want; helpers++ {
		go func() {
			for {
				j := nextJob()
				j.t.runChunks(j.p, j.idx)
				j.t.wg.Done()
			}
		}()
	}
	return pool, helpers
}

// nextJob returns the next chunk job. It polls for up to spinTime before it
// blocks: a helper that blocks between two batches takes about 100 µs to
// wake (measured here; a virtual machine halts an idle processor), longer
// than a whole chunk, while the next batch usually follows within
// microseconds.
func nextJob() chunkJob {
	deadline := time.Now().Add(spinTime)
	for i := 0; ; i++ {
		select {
		case j := <-pool:
			return j
		default:
		}
		if i%64 == 63 && time.Now().After(deadline) {
			return <-pool
		}
	}
}

// spinTime is how long a helper polls for work before it blocks.
const spinTime = 200 * time.Microsecond

// chunkRows is the number of rows whose gradients are summed together before
// being added to the batch's sum.
const chunkRows = 64

// maxProcs bounds the goroutines that share a batch.
const maxProcs = 8

// chunkGradient sets g to the sum of the gradients of the rows idx (at
// most chunkRows), using the scratch space sc. It runs layer by layer over
// the whole block of rows:
//
//	forward:  a⁰ = x, zˡ = Wˡ aˡ⁻¹ + bˡ, aˡ = act(zˡ)
//	output:   δᴸ = dL/dzᴸ from the fused output loss, row by row
//	backward: dL/dWˡ += δˡ (aˡ⁻¹)ᵀ, dL/dbˡ += δˡ, δˡ⁻¹ = (Wˡᵀ δˡ) ⊙ act'(aˡ⁻¹)
//
// Every sum runs over the rows in order, so the result does not depend on
// how rows are grouped into blocks.
func (t *Trainer) chunkGradient(sc *scratch, g *gradBuf, idx []int) {
	clear(g.flat)
	net := t.net
	L := net.Layers()
	m, d, o := len(idx), t.ds.Dim, t.ds.Out
	X, Y := t.ds.Train.X, t.ds.Train.Y
	// The rows are gathered by loops: a call to copy (memmove) costs more
	// than moving the few values of a row.
	x := sc.units[0][:m*d]
	for k, r := range idx {
		dst := x[k*d : k*d+d]
		//lint:ignore S1001 a loop moves a row's few values faster than copy's memmove (commit 548393e, ~11% more epochs/s in WebAssembly)
		for i, v := range X[r*d : r*d+d] {
			dst[i] = v
		}
	}
	y := sc.target[:m*o]
	for k, r := range idx {
		dst := y[k*o : k*o+o]
		//lint:ignore S1001 as above: a loop, not copy, for a row's few values
		for i, v := range Y[r*o : r*o+o] {
			dst[i] = v
		}
	}
	t.forward(sc, m)
	lossRows(net.Out, t.loss, sc.units[L][:m*o], y, sc.yout[:m*o], sc.delta[L][:m*o], sc.tmp, m, false, 0)
	for l := L - 1; l >= 0; l-- {
		in, out := net.Sizes[l], net.Sizes[l+1]
		a := sc.units[l][:m*in]
		var da []float64 // dL/da of the layer below; none below the inputs
		if l > 0 {
			da = sc.delta[l][:m*in]
		}
		t.back[l](g.w[l], g.b[l], net.W[l], a, sc.delta[l+1][:m*out], da)
		if l > 0 {
			net.Act.derivMul(da, a)
		}
	}
}

// forward computes the hidden layers' activations and the output layer's
// pre-activations for the m rows in sc.units[0].
func (t *Trainer) forward(sc *scratch, m int) {
	net := t.net
	L := net.Layers()
	for l := 0; l < L; l++ {
		in, out := net.Sizes[l], net.Sizes[l+1]
		z := sc.units[l+1][:m*out]
		t.fwd[l](z, net.W[l], net.B[l], sc.units[l][:m*in])
		if l < L-1 {
			net.Act.applyAll(z)
		}
	}
}

// backKernel returns the backward kernel for in inputs.
func backKernel(in int) func(gw, gb, w, a, dz, da []float64) {
	if in <= maxKernelWidth && backKernels[in] != nil {
		return backKernels[in]
	}
	return backRowsLoop
}

// backRowsLoop adds one layer's gradient over a block of rows, gw += dz·aᵀ
// and gb += dz row by row, and when da is not nil writes each row's
// da = Wᵀ·dz. The kernels in kernels_gen.go do the same for narrow inputs.
func backRowsLoop(gw, gb, w, a, dz, da []float64) {
	out := len(gb)
	in := len(w) / out
	for ; len(a) >= in && len(dz) >= out; a, dz = a[in:], dz[out:] {
		d := dz[:out]
		for j, dj := range d {
			gb[j] += dj
			row := gw[j*in : j*in+in]
			for i, v := range a[:len(row)] {
				row[i] += dj * v
			}
		}
		if len(da) < in {
			continue
		}
		di := da[:in]
		clear(di)
		for j, dj := range d {
			row := w[j*in : j*in+in]
			for i, v := range row {
				di[i] += v * dj
			}
		}
		da = da[in:]
	}
}

// gradBuf is a flat gradient with per-layer views.
type gradBuf struct {
	flat []float64
	w, b [][]float64
}

func newGradBuf(sizes []int) *gradBuf {
	n := 0
	for l := 1; l < len(sizes); l++ {
		n += sizes[l-1]*sizes[l] + sizes[l]
	}
	g := &gradBuf{flat: make([]float64, n), w: make([][]float64, len(sizes)-1), b: make([][]float64, len(sizes)-1)}
	off := 0
	for l := range g.w {
		in, o := sizes[l], sizes[l+1]
		g.w[l] = g.flat[off : off+in*o]
		off += in * o
		g.b[l] = g.flat[off : off+o]
		off += o
	}
	return g
}

// scratch holds a block of rows' forward and backward values, each layer's
// row-major (row k of layer l at units[l][k*Sizes[l]:]).
type scratch struct {
	units  [][]float64 // forward values, layer by layer (units[0] is the input)
	delta  [][]float64 // dL/dz, layer by layer
	yout   []float64   // output activations
	target []float64   // the rows' targets
	tmp    []float64   // lossRows' scratch
}

func newScratch(sizes []int) *scratch {
	sc := &scratch{units: make([][]float64, len(sizes)), delta: make([][]float64, len(sizes))}
	for l := range sizes {
		sc.units[l] = make([]float64, chunkRows*sizes[l])
		sc.delta[l] = make([]float64, chunkRows*sizes[l])
	}
	out := sizes[len(sizes)-1]
	sc.yout = make([]float64, chunkRows*out)
	sc.target = make([]float64, chunkRows*out)
	sc.tmp = make([]float64, 3*chunkRows)
	return sc
}

// regularize turns the summed gradient into the batch's mean (scale is
// 1/rows), adds the L1 and L2 penalties' gradients to the weights' (not the
// biases'), records each layer's gradient norm and returns the global norm,
// all in one pass over the gradient.
//
//	L1: λ₁ Σ|w|,   d/dw = λ₁ sign(w)
//	L2: λ₂/2 Σw²,  d/dw = λ₂ w
func (t *Trainer) regularize(scale float64) float64 {
	l1, l2 := t.cfg.L1, t.cfg.L2
	pen := l1 != 0 || l2 != 0
	var total float64
	for l, gw := range t.gw {
		w := t.net.W[l][:len(gw)]
		var s float64
		for i, g := range gw {
			g *= scale
			if pen {
				v := w[i]
				p := l2 * v
				switch {
				case v > 0:
					p += l1
				case v < 0:
					p -= l1
				}
				g += p
			}
			gw[i] = g
			s += g * g
		}
		gb := t.gb[l]
		for i, g := range gb {
			g *= scale
			gb[i] = g
			s += g * g
		}
		t.gradNorms[l] = math.Sqrt(s)
		total += s
	}
	return math.Sqrt(total)
}

// penalty returns the regularization term of the objective.
func (t *Trainer) penalty() float64 {
	var s1, s2 float64
	for _, w := range t.net.W {
		for _, v := range w {
			s1 += math.Abs(v)
			s2 += v * v
		}
	}
	return t.cfg.L1*s1 + t.cfg.L2/2*s2
}

// Batches returns the number of batches (updates) in an epoch.
func (t *Trainer) Batches() int {
	n, bs := t.ds.Train.N, t.cfg.BatchSize
	if bs <= 0 || bs >= n {
		return 1
	}
	return (n + bs - 1) / bs
}
