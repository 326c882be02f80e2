#!/usr/bin/python3
"""Export the tables that scikit-learn bundles as CSV, the way a user would:
load_X(as_frame=True).frame.to_csv(index=False), the target last, named
"target" (integer class labels for classification).

Run with Debian's python3-sklearn: /usr/bin/python3 bench/export_sklearn.py bench/tables
"""
import csv
import os
import sys

from sklearn import datasets


def export(name, bunch, out):
    """Write bunch's features and target to out/name.csv without pandas."""
    cols = list(bunch.feature_names) + ["target"]
    path = os.path.join(out, name + ".csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for x, y in zip(bunch.data, bunch.target):
            w.writerow([repr(float(v)) if not float(v).is_integer() else str(int(v)) for v in x] + [fmt(y)])
    print(path, len(bunch.target), "rows")


def fmt(y):
    y = float(y)
    return str(int(y)) if y.is_integer() else repr(y)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/tables"
    export("sklearn_wine", datasets.load_wine(), out)
    export("sklearn_breast_cancer", datasets.load_breast_cancer(), out)
    export("sklearn_digits", datasets.load_digits(), out)
    export("sklearn_iris", datasets.load_iris(), out)
    export("sklearn_diabetes", datasets.load_diabetes(scaled=False), out)


if __name__ == "__main__":
    main()
