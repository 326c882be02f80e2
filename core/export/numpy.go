package export

import (
	"io"
	"text/template"
)

// NumPy writes a self-contained Python script that trains p's network with
// NumPy alone: the forward pass, the loss, backpropagation and the
// optimizer written out plainly, in float64, for the chosen activation,
// loss and optimizer only. Run as `python3 script.py [EPOCHS]` it prints
// the losses of every epoch; with --check it prints, as JSON, the initial
// network's outputs on the training and test rows ("forward") and the
// training loss after every epoch ("losses"). With the batch order of
// FromSession it reproduces the Go trainer's losses up to rounding.
func NumPy(w io.Writer, p *Problem, opt Options) error {
	return run(w, numpyTemplate, p, opt)
}

var numpyTemplate = template.Must(template.Must(template.New("numpy").Funcs(funcs).Parse(dataTemplate)).Parse(numpySource))

const numpySource = `#!/usr/bin/env python3
"""{{.Title}}

A neural network written out with NumPy alone, exported from the neural
network playground: forward pass, loss, backpropagation and {{.Optimizer}}, in
float64. Run:

    python3 script.py [EPOCHS]   train, printing the losses of every epoch
    python3 script.py --check    print the initial outputs and the losses as JSON
"""
import json
import os
import sys

import numpy as np
{{template "data" .}}

# ---------------------------------------------------------------- the network
# Layer l computes z = a @ W[l].T + B[l] from the outputs a of the layer
# below; hidden layers then apply the activation, the output layer the
# output activation ({{.Output}}).
W = [w.copy() for w in W_INIT]
B = [b.copy() for b in B_INIT]


def activation(z):
{{- if eq .Activation "tanh"}}
    return np.tanh(z)
{{- else if eq .Activation "relu"}}
    return np.maximum(z, 0)
{{- else if eq .Activation "leaky-relu"}}
    return np.where(z < 0, 0.01 * z, z)
{{- else if eq .Activation "sigmoid"}}
    return sigmoid(z)
{{- else}}
    return z
{{- end}}


def activation_derivative(a):
    """The activation's derivative, computed from its OUTPUT a."""
{{- if eq .Activation "tanh"}}
    return 1 - a * a
{{- else if eq .Activation "relu"}}
    return (a > 0).astype(np.float64)
{{- else if eq .Activation "leaky-relu"}}
    return np.where(a > 0, 1.0, 0.01)
{{- else if eq .Activation "sigmoid"}}
    return a * (1 - a)
{{- else}}
    return np.ones_like(a)
{{- end}}


def sigmoid(z):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))


def output_activation(z):
{{- if eq .Output "sigmoid"}}
    return sigmoid(z)
{{- else if eq .Output "softmax"}}
    e = np.exp(z - z.max(axis=1, keepdims=True))  # minus the max: exp never overflows
    return e / e.sum(axis=1, keepdims=True)
{{- else}}
    return z
{{- end}}


def forward(x):
    """Every layer's outputs for the rows of x: a[0] = x, a[l] the outputs
    of hidden layer l, and a[-1] the output layer's pre-activations z."""
    a = [x]
    for l in range(len(W)):
        z = a[-1] @ W[l].T + B[l]
        a.append(activation(z) if l < len(W) - 1 else z)
    return a


def predict(x):
    """Outputs for the rows of normalized inputs x: probabilities, or
    normalized values for regression (times TARGET_SCALE plus TARGET_SHIFT
    gives the target's units)."""
    return output_activation(forward(x)[-1])


def loss_and_delta(z, t):
    """Per-row losses for output pre-activations z and targets t, and
    dL/dz, the gradient of each row's loss with respect to z."""
{{- if eq .LossName "bce"}}
    # Binary cross-entropy fused with the sigmoid, computed from z so that
    # it never takes the log of a rounded probability:
    # L = log(1 + e^z) - t z,  dL/dz = sigmoid(z) - t.
    loss = np.logaddexp(0, z) - t * z
    return loss[:, 0], sigmoid(z) - t
{{- else if eq .LossName "cce"}}
    # Categorical cross-entropy fused with the softmax:
    # L = log sum_k e^{z_k} - sum_k t_k z_k,  dL/dz = softmax(z) - t.
    m = z.max(axis=1, keepdims=True)
    e = np.exp(z - m)
    s = e.sum(axis=1, keepdims=True)
    loss = (m + np.log(s))[:, 0] - (t * z).sum(axis=1)
    return loss, e / s - t
{{- else}}
    y = output_activation(z)
    d = y - t
    k = z.shape[1]
{{- if eq .LossName "mse"}}
    # Mean squared error over the outputs: L = mean(d^2), dL/dy = 2d/k.
    loss = (d * d).mean(axis=1)
    g = 2 * d / k
{{- else if eq .LossName "mae"}}
    # Mean absolute error: L = mean(|d|), dL/dy = sign(d)/k.
    loss = np.abs(d).mean(axis=1)
    g = np.sign(d) / k
{{- else}}
    # Huber loss with delta 1: d^2/2 when |d| <= 1, else |d| - 1/2.
    loss = np.where(np.abs(d) <= 1, 0.5 * d * d, np.abs(d) - 0.5).mean(axis=1)
    g = np.clip(d, -1, 1) / k
{{- end}}
{{- if eq .Output "sigmoid"}}
    g = g * y * (1 - y)  # through the sigmoid
{{- else if eq .Output "softmax"}}
    g = y * (g - (g * y).sum(axis=1, keepdims=True))  # through the softmax
{{- end}}
    return loss, g
{{- end}}


def gradients(x, t):
    """Backpropagation: the mean loss over the rows of the batch and its
    gradient with respect to every W[l] and B[l]."""
    a = forward(x)
    loss, delta = loss_and_delta(a[-1], t)
    n = len(x)
    gw, gb = [None] * len(W), [None] * len(W)
    for l in reversed(range(len(W))):
        gw[l] = delta.T @ a[l] / n
        gb[l] = delta.sum(axis=0) / n
        if l > 0:
            delta = (delta @ W[l]) * activation_derivative(a[l])
    return loss.mean(), gw, gb
{{if or (ne .Py.L1 "0.0") (ne .Py.L2 "0.0")}}

def regularize(gw):
    """Adds the penalties' gradients to the weights' (not the biases'):
    L1 * sum|w| gives L1 * sign(w), L2/2 * sum(w^2) gives L2 * w."""
    for l in range(len(W)):
        gw[l] += L1 * np.sign(W[l]) + L2 * W[l]
{{end}}
{{- if ne .Py.Clip "0.0"}}

def clip(grads):
    """Scales the gradients down when their global norm exceeds CLIP."""
    norm = np.sqrt(sum((g * g).sum() for g in grads))
    if norm > CLIP:
        for g in grads:
            g *= CLIP / norm
{{end}}

# ---------------------------------------------------------------- the optimizer
{{- if eq .Optimizer "sgd"}}
def update(params, grads, lr):
    """Plain gradient descent: p -= lr * g."""
    for p, g in zip(params, grads):
        p -= lr * g
{{- else if eq .Optimizer "momentum"}}
VELOCITY = [np.zeros_like(p) for p in W + B]


def update(params, grads, lr):
    """Momentum (PyTorch's rule): v = MOMENTUM*v + g, then p -= lr*v
    (Nesterov: p -= lr*(g + MOMENTUM*v))."""
    for p, g, v in zip(params, grads, VELOCITY):
        v *= MOMENTUM
        v += g
        if NESTEROV:
            p -= lr * (g + MOMENTUM * v)
        else:
            p -= lr * v
{{- else if eq .Optimizer "rmsprop"}}
SQUARES = [np.zeros_like(p) for p in W + B]


def update(params, grads, lr):
    """RMSProp: s = BETA2*s + (1-BETA2)*g^2, then p -= lr*g/(sqrt(s) + EPS)."""
    for p, g, s in zip(params, grads, SQUARES):
        s *= BETA2
        s += (1 - BETA2) * g * g
        p -= lr * g / (np.sqrt(s) + EPS)
{{- else}}
MEAN = [np.zeros_like(p) for p in W + B]
SQUARES = [np.zeros_like(p) for p in W + B]
STEPS = [0]


def update(params, grads, lr):
    """Adam: m = BETA1*m + (1-BETA1)*g, v = BETA2*v + (1-BETA2)*g^2, then
    p -= lr * (m/(1-BETA1^t)) / (sqrt(v/(1-BETA2^t)) + EPS) at step t."""
    STEPS[0] += 1
    c1, c2 = 1 - BETA1 ** STEPS[0], 1 - BETA2 ** STEPS[0]
    for p, g, m, v in zip(params, grads, MEAN, SQUARES):
        m *= BETA1
        m += (1 - BETA1) * g
        v *= BETA2
        v += (1 - BETA2) * g * g
        p -= lr * (m / c1) / (np.sqrt(v / c2) + EPS)
{{- end}}


# ---------------------------------------------------------------- training
def train_epoch(epoch, rng):
    """One pass over the training rows, one update per batch. epoch counts
    from 0 over this run; the learning-rate decay counts from START_EPOCH."""
    n = len(X_TRAIN)
    bs = BATCH_SIZE if 0 < BATCH_SIZE < n else n
    if bs == n:
        order = np.arange(n)  # full batch: no shuffle
    elif epoch < len(BATCH_ORDER):
        order = np.asarray(BATCH_ORDER[epoch])  # the Go trainer's order
    else:
        order = rng.permutation(n)
    lr = LEARNING_RATE / (1 + DECAY * (START_EPOCH + epoch))
    for start in range(0, n, bs):
        rows = order[start:start + bs]
        _, gw, gb = gradients(X_TRAIN[rows], Y_TRAIN[rows])
{{- if or (ne .Py.L1 "0.0") (ne .Py.L2 "0.0")}}
        regularize(gw)
{{- end}}
{{- if ne .Py.Clip "0.0"}}
        clip(gw + gb)
{{- end}}
        update(W + B, gw + gb, lr)


def evaluate(x, t):
    """Mean loss (without the penalties) and metric on rows x with targets
    t: accuracy for classification, R^2 for regression."""
    if len(x) == 0:
        return 0.0, 0.0
    z = forward(x)[-1]
    loss, _ = loss_and_delta(z, t)
    y = output_activation(z)
{{- if eq .TaskName "binary"}}
    metric = np.mean((y[:, 0] >= 0.5) == (t[:, 0] >= 0.5))
{{- else if eq .TaskName "multiclass"}}
    metric = np.mean(y.argmax(axis=1) == t.argmax(axis=1))
{{- else}}
    sst = ((t - t.mean()) ** 2).sum()
    metric = 1 - ((y - t) ** 2).sum() / sst if sst > 0 else 0.0
{{- end}}
    return float(loss.mean()), float(metric)


def main():
    check = "--check" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    epochs = int(args[0]) if args else EPOCHS
    rng = np.random.default_rng(SEED)
    forward0 = np.vstack([predict(X_TRAIN), predict(X_TEST)])
    losses = []
    for e in range(epochs):
        train_epoch(e, rng)
        train_loss, train_metric = evaluate(X_TRAIN, Y_TRAIN)
        test_loss, test_metric = evaluate(X_TEST, Y_TEST)
        losses.append(train_loss)
        if not check:
            print(f"epoch {START_EPOCH + e + 1}: train loss {train_loss:.6f}, test loss {test_loss:.6f}, "
                  f"train metric {train_metric:.4f}, test metric {test_metric:.4f}")
    if check:
        print(json.dumps({"forward": forward0.tolist(), "losses": losses}))


if __name__ == "__main__":
    main()
`
