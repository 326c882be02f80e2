package export

import (
	"io"
	"text/template"
)

// PyTorch writes a Python script that trains p's network with PyTorch in
// float64: an nn.Sequential with the same layers, the same initial
// weights, the same loss, optimizer (torch.optim, whose formulas core/nn
// follows) and hyper-parameters, and the same split. Its command line and
// --check output are those of the NumPy script.
func PyTorch(w io.Writer, p *Problem, opt Options) error {
	return run(w, pytorchTemplate, p, opt)
}

var pytorchTemplate = template.Must(template.Must(template.New("pytorch").Funcs(funcs).Parse(dataTemplate)).Parse(pytorchSource))

const pytorchSource = `#!/usr/bin/env python3
"""{{.Title}}

The playground's network in PyTorch (float64), exported from the neural
network playground, ready to continue training. Run:

    python3 script.py [EPOCHS]   train, printing the losses of every epoch
    python3 script.py --check    print the initial outputs and the losses as JSON
"""
import json
import os
import sys

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
{{template "data" .}}
x_train = torch.from_numpy(X_TRAIN)
y_train = torch.from_numpy(Y_TRAIN)
x_test = torch.from_numpy(X_TEST)
y_test = torch.from_numpy(Y_TEST)

# ---------------------------------------------------------------- the network
model = torch.nn.Sequential({{range .Layers}}
    torch.nn.Linear({{.In}}, {{.Out}}),
{{- if not .Last}}
{{- if eq $.Activation "tanh"}}
    torch.nn.Tanh(),
{{- else if eq $.Activation "relu"}}
    torch.nn.ReLU(),
{{- else if eq $.Activation "leaky-relu"}}
    torch.nn.LeakyReLU(0.01),
{{- else if eq $.Activation "sigmoid"}}
    torch.nn.Sigmoid(),
{{- end}}
{{- end}}
{{- end}}
)  # outputs the last layer's pre-activations; see output_activation
linears = [m for m in model if isinstance(m, torch.nn.Linear)]
with torch.no_grad():
    for layer, w, b in zip(linears, W_INIT, B_INIT):
        layer.weight.copy_(torch.from_numpy(w))
        layer.bias.copy_(torch.from_numpy(b))


def output_activation(z):
{{- if eq .Output "sigmoid"}}
    return torch.sigmoid(z)
{{- else if eq .Output "softmax"}}
    return torch.softmax(z, dim=1)
{{- else}}
    return z
{{- end}}


def predict(x):
    """Probabilities, or normalized values for regression."""
    with torch.no_grad():
        return output_activation(model(x))


{{if eq .LossName "bce" -}}
_loss = torch.nn.BCEWithLogitsLoss()  # sigmoid and cross-entropy fused


def loss_fn(z, t):
    return _loss(z, t)
{{- else if eq .LossName "cce" -}}
_loss = torch.nn.CrossEntropyLoss()  # softmax and cross-entropy fused; t holds class probabilities (one-hot)


def loss_fn(z, t):
    return _loss(z, t)
{{- else -}}
{{if eq .LossName "mse"}}_loss = torch.nn.MSELoss(){{else if eq .LossName "mae"}}_loss = torch.nn.L1Loss(){{else}}_loss = torch.nn.HuberLoss(delta=1.0){{end}}


def loss_fn(z, t):
    return _loss(output_activation(z), t)
{{- end}}


def penalty():
    """L1 * sum|w| + L2/2 * sum(w^2) over the weights (not the biases)."""
    return sum(L1 * l.weight.abs().sum() + L2 / 2 * (l.weight ** 2).sum() for l in linears)


{{if eq .Optimizer "sgd" -}}
optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
{{- else if eq .Optimizer "momentum" -}}
optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM, nesterov=NESTEROV)
{{- else if eq .Optimizer "rmsprop" -}}
optimizer = torch.optim.RMSprop(model.parameters(), lr=LEARNING_RATE, alpha=BETA2, eps=EPS)
{{- else -}}
optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPS)
{{- end}}
# learning rate at epoch e: LEARNING_RATE / (1 + DECAY*e)
scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda e: 1 / (1 + DECAY * (START_EPOCH + e)))


def train_epoch(epoch, generator):
    model.train()
    n = len(x_train)
    bs = BATCH_SIZE if 0 < BATCH_SIZE < n else n
    if bs == n:
        order = torch.arange(n)  # full batch: no shuffle
    elif epoch < len(BATCH_ORDER):
        order = torch.as_tensor(np.asarray(BATCH_ORDER[epoch]))  # the Go trainer's order
    else:
        order = torch.randperm(n, generator=generator)
    for start in range(0, n, bs):
        rows = order[start:start + bs]
        optimizer.zero_grad()
        loss = loss_fn(model(x_train[rows]), y_train[rows])
        if L1 or L2:
            loss = loss + penalty()
        loss.backward()
        if CLIP > 0:
            # Scale exactly when the global norm exceeds CLIP, as the
            # playground does (clip_grad_norm_ always rescales slightly).
            norm = torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters()))
            if norm > CLIP:
                for p in model.parameters():
                    p.grad.mul_(CLIP / norm)
        optimizer.step()
    scheduler.step()


def evaluate(x, t):
    """Mean loss (without the penalties) and metric: accuracy, or R^2."""
    if len(x) == 0:
        return 0.0, 0.0
    with torch.no_grad():
        z = model(x)
        loss = loss_fn(z, t).item()
        y = output_activation(z)
{{- if eq .TaskName "binary"}}
        metric = ((y[:, 0] >= 0.5) == (t[:, 0] >= 0.5)).double().mean().item()
{{- else if eq .TaskName "multiclass"}}
        metric = (y.argmax(dim=1) == t.argmax(dim=1)).double().mean().item()
{{- else}}
        sst = ((t - t.mean()) ** 2).sum().item()
        metric = 1 - ((y - t) ** 2).sum().item() / sst if sst > 0 else 0.0
{{- end}}
    return loss, metric


def main():
    check = "--check" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    epochs = int(args[0]) if args else EPOCHS
    generator = torch.Generator().manual_seed(SEED)
    forward0 = torch.cat([predict(x_train), predict(x_test)])
    losses = []
    for e in range(epochs):
        train_epoch(e, generator)
        train_loss, train_metric = evaluate(x_train, y_train)
        test_loss, test_metric = evaluate(x_test, y_test)
        losses.append(train_loss)
        if not check:
            print(f"epoch {START_EPOCH + e + 1}: train loss {train_loss:.6f}, test loss {test_loss:.6f}, "
                  f"train metric {train_metric:.4f}, test metric {test_metric:.4f}")
    if check:
        print(json.dumps({"forward": forward0.tolist(), "losses": losses}))


if __name__ == "__main__":
    main()
`
