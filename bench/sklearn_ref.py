#!/usr/bin/python3
"""Fit scikit-learn's reference models on the split that `nnplay train
-write-split DIR` wrote, and print their test metrics as JSON.

    /usr/bin/python3 bench/sklearn_ref.py DIR TASK

TASK is regression, binary or multiclass. The models are fitted on the
network's training rows, validation rows included (train.csv and
valid.csv: every row the network saw or stopped on), with their default
settings (random_state=1), and scored on test.csv: accuracy for classes,
R² for regression. The inputs are the network's (normalized, one-hot,
imputed); y is the prepared target or the class index.
"""
import json
import os
import sys
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, r2_score
from sklearn.neural_network import MLPClassifier, MLPRegressor


def load(path):
    a = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return a[:, :-1], a[:, -1]


def main():
    folder, task = sys.argv[1], sys.argv[2]
    parts = [load(os.path.join(folder, "train.csv"))]
    if os.path.exists(os.path.join(folder, "valid.csv")):
        parts.append(load(os.path.join(folder, "valid.csv")))
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    xt, yt = load(os.path.join(folder, "test.csv"))
    if task == "regression":
        models = [("linear", "Ridge", Ridge()), ("mlp", "MLPRegressor", MLPRegressor(random_state=1))]
        score = r2_score
    else:
        y, yt = y.astype(int), yt.astype(int)
        models = [("linear", "LogisticRegression", LogisticRegression()), ("mlp", "MLPClassifier", MLPClassifier(random_state=1))]
        score = accuracy_score
    out = {}
    for key, name, model in models:
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(x, y)
        fit = time.perf_counter() - start
        out[key] = {"model": name, "metric": float(score(yt, model.predict(xt))), "seconds": fit}
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
