package nn

import (
	"fmt"
	"slices"

	"github.com/nnplayground/playground/core/internal/enum"
)

// Activation is a hidden layer's nonlinearity.
type Activation int

const (
	Tanh Activation = iota
	ReLU
	LeakyReLU // slope 0.01 below zero
	Sigmoid
	Linear
)

// LossKind is the training objective. Auto picks MSE for regression and
// cross-entropy for classification.
type LossKind int

const (
	Auto LossKind = iota
	MSE
	MAE
	Huber // delta 1
	BCE   // binary cross-entropy, fused with the sigmoid output
	CCE   // categorical cross-entropy, fused with the softmax output
)

// OptimizerKind is the update rule.
type OptimizerKind int

const (
	SGD      OptimizerKind = iota // plain gradient descent on each batch (BatchSize 0 = full batch)
	Momentum                      // heavy ball, Nesterov when Config.Nesterov
	RMSProp
	Adam
)

// InitKind is the weight initialisation. InitAuto picks He for ReLU and
// leaky ReLU, Glorot otherwise.
type InitKind int

const (
	InitAuto InitKind = iota
	Glorot
	He
)

// Config is everything about a network and its training except the data.
// The zero value of a field means its default (see Defaults).
type Config struct {
	Hidden       []int         `json:"hidden"`     // widths of the hidden layers, e.g. [8 8]; empty = linear model
	Activation   Activation    `json:"activation"` // hidden activation
	Loss         LossKind      `json:"loss"`       // Auto by task
	Init         InitKind      `json:"init"`       // InitAuto
	Optimizer    OptimizerKind `json:"optimizer"`  // SGD
	LearningRate float64       `json:"lr"`         // default 0.03
	Momentum     float64       `json:"momentum"`   // default 0.9 (Momentum optimizer)
	Nesterov     bool          `json:"nesterov"`   // Nesterov momentum
	Beta1        float64       `json:"beta1"`      // Adam, default 0.9
	Beta2        float64       `json:"beta2"`      // Adam and RMSProp, default 0.999 (RMSProp: 0.9)
	Epsilon      float64       `json:"eps"`        // default 1e-8
	BatchSize    int           `json:"batch"`      // 0 = full batch
	L1           float64       `json:"l1"`         // L1 penalty rate
	L2           float64       `json:"l2"`         // L2 penalty rate
	ClipNorm     float64       `json:"clip"`       // clip the global gradient norm to this; 0 = off
	Decay        float64       `json:"decay"`      // learning rate at epoch e is lr / (1 + Decay·e)
	Seed         uint64        `json:"seed"`       // seeds initialisation and batch shuffling
}

var activationNames = [...]string{Tanh: "tanh", ReLU: "relu", LeakyReLU: "leaky-relu", Sigmoid: "sigmoid", Linear: "linear"}
var lossNames = [...]string{Auto: "auto", MSE: "mse", MAE: "mae", Huber: "huber", BCE: "bce", CCE: "cce"}
var optimizerNames = [...]string{SGD: "sgd", Momentum: "momentum", RMSProp: "rmsprop", Adam: "adam"}
var initNames = [...]string{InitAuto: "auto", Glorot: "glorot", He: "he"}

func (a Activation) String() string    { return name(activationNames[:], int(a)) }
func (l LossKind) String() string      { return name(lossNames[:], int(l)) }
func (o OptimizerKind) String() string { return name(optimizerNames[:], int(o)) }
func (k InitKind) String() string      { return name(initNames[:], int(k)) }

// ActivationNames returns the activations' names in order, as
// ParseActivation reads them (the page's select, nnplay's usage).
func ActivationNames() []string { return slices.Clone(activationNames[:]) }

// LossNames returns the losses' names in order, as ParseLoss reads them.
func LossNames() []string { return slices.Clone(lossNames[:]) }

// OptimizerNames returns the optimizers' names in order, as ParseOptimizer
// reads them.
func OptimizerNames() []string { return slices.Clone(optimizerNames[:]) }

// InitNames returns the initialisations' names in order, as ParseInit
// reads them.
func InitNames() []string { return slices.Clone(initNames[:]) }

func name(names []string, i int) string { return enum.Name(names, i) }

func parse(names []string, what, s string) (int, error) { return enum.Index(names, "nn", what, s) }

// ParseActivation returns the activation named s ("tanh", "relu", "leaky-relu", "sigmoid", "linear").
func ParseActivation(s string) (Activation, error) {
	i, err := parse(activationNames[:], "activation", s)
	return Activation(i), err
}

// ParseLoss returns the loss named s ("auto", "mse", "mae", "huber", "bce", "cce").
func ParseLoss(s string) (LossKind, error) {
	i, err := parse(lossNames[:], "loss", s)
	return LossKind(i), err
}

// ParseOptimizer returns the optimizer named s ("sgd", "momentum", "rmsprop", "adam").
func ParseOptimizer(s string) (OptimizerKind, error) {
	i, err := parse(optimizerNames[:], "optimizer", s)
	return OptimizerKind(i), err
}

// ParseInit returns the initialisation named s ("auto", "glorot", "he").
func ParseInit(s string) (InitKind, error) {
	i, err := parse(initNames[:], "init", s)
	return InitKind(i), err
}

// The enums marshal as their names, so that settings and models read as
// text ("tanh", "adam") in JSON, links and files.

func (a Activation) MarshalText() ([]byte, error) { return marshal(activationNames[:], int(a)) }
func (l LossKind) MarshalText() ([]byte, error)   { return marshal(lossNames[:], int(l)) }
func (o OptimizerKind) MarshalText() ([]byte, error) {
	return marshal(optimizerNames[:], int(o))
}
func (k InitKind) MarshalText() ([]byte, error) { return marshal(initNames[:], int(k)) }
func (o Output) MarshalText() ([]byte, error)   { return marshal(outputNames[:], int(o)) }

func (a *Activation) UnmarshalText(b []byte) error {
	return unmarshal(activationNames[:], "activation", b, (*int)(a))
}
func (l *LossKind) UnmarshalText(b []byte) error {
	return unmarshal(lossNames[:], "loss", b, (*int)(l))
}
func (o *OptimizerKind) UnmarshalText(b []byte) error {
	return unmarshal(optimizerNames[:], "optimizer", b, (*int)(o))
}
func (k *InitKind) UnmarshalText(b []byte) error {
	return unmarshal(initNames[:], "init", b, (*int)(k))
}
func (o *Output) UnmarshalText(b []byte) error {
	return unmarshal(outputNames[:], "output", b, (*int)(o))
}

func marshal(names []string, i int) ([]byte, error) {
	if i < 0 || i >= len(names) {
		return nil, fmt.Errorf("nn: cannot marshal unknown value %d", i)
	}
	return []byte(names[i]), nil
}

func unmarshal(names []string, what string, b []byte, dst *int) error {
	i, err := parse(names, what, string(b))
	if err != nil {
		return err
	}
	*dst = i
	return nil
}
