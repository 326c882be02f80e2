package export

// dataTemplate is the part common to both scripts: the settings, the data
// and the initial weights, then the normalization fitted on the training
// rows.
const dataTemplate = `{{define "data"}}
# ---------------------------------------------------------------- settings
TASK = {{py .TaskName}}  # regression, binary or multiclass
TARGET = {{.Py.Target}}
INPUTS = {{.Py.Inputs}}
CLASSES = {{.Py.Classes}}
SIZES = {{.Py.Sizes}}  # inputs, hidden layers, outputs
ACTIVATION = {{py .Activation}}  # hidden layers
OUTPUT = {{py .Output}}  # output layer
LOSS = {{py .LossName}}
OPTIMIZER = {{py .Optimizer}}
LEARNING_RATE = {{.Py.LR}}
MOMENTUM = {{.Py.Momentum}}  # momentum optimizer
NESTEROV = {{.Py.Nesterov}}
BETA1 = {{.Py.Beta1}}  # Adam
BETA2 = {{.Py.Beta2}}  # Adam and RMSProp
EPS = {{.Py.Eps}}
BATCH_SIZE = {{.Config.BatchSize}}  # 0 = full batch
L1 = {{.Py.L1}}  # L1 penalty rate (weights only)
L2 = {{.Py.L2}}  # L2 penalty rate (weights only): L2/2 * sum(w**2)
CLIP = {{.Py.Clip}}  # clip the global gradient norm to this; 0 = off
DECAY = {{.Py.Decay}}  # learning rate at epoch e is LEARNING_RATE / (1 + DECAY*e)
SEED = {{.Config.Seed}}
EPOCHS = {{.Epochs}}  # default number of epochs to train (python3 script.py EPOCHS)
START_EPOCH = {{.StartEpoch}}  # epochs already trained before export

# ---------------------------------------------------------------- data
# Inputs are raw: after one-hot encoding and derived features, before
# normalization. Targets are as trained on: 0/1 (binary), one-hot
# (multiclass), or (value - TARGET_SHIFT) / TARGET_SCALE (regression).
ONE_HOT = np.array({{.Py.OneHot}})  # one-hot indicators are never normalized
NORM = {{py .NormName}}  # zscore, minmax or none
REFIT = {{.Py.Refit}}  # fit the normalization on the training rows (else use GO_SHIFT, GO_SCALE)
GO_SHIFT = np.array({{.Py.Shift}})
GO_SCALE = np.array({{.Py.Scale}})
TARGET_SHIFT = {{.Py.TargetShift}}
TARGET_SCALE = {{.Py.TargetScale}}
{{if .Opt.DataFile}}
_DATA = np.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), {{py .Opt.DataFile}}))
X_TRAIN_RAW = _DATA["x_train"]
Y_TRAIN = _DATA["y_train"]
X_TEST_RAW = _DATA["x_test"]
Y_TEST = _DATA["y_test"]
W_INIT = [{{range $l, $_ := .Layers}}_DATA["w{{$l}}"], {{end}}]
B_INIT = [{{range $l, $_ := .Layers}}_DATA["b{{$l}}"], {{end}}]
# The Go trainer's row order for each of the first epochs (mini-batches);
# later epochs are shuffled by numpy.
BATCH_ORDER = list(_DATA["order"]) if "order" in _DATA else []
{{else}}
X_TRAIN_RAW = np.array({{.Py.TrainX}}, dtype=np.float64).reshape({{.NTrain}}, {{.In}})
Y_TRAIN = np.array({{.Py.TrainY}}, dtype=np.float64).reshape({{.NTrain}}, {{.OutN}})
X_TEST_RAW = np.array({{.Py.TestX}}, dtype=np.float64).reshape({{.NTest}}, {{.In}})
Y_TEST = np.array({{.Py.TestY}}, dtype=np.float64).reshape({{.NTest}}, {{.OutN}})

# Initial weights: W_INIT[l] has one row per unit of layer l+1 and one
# column per unit of layer l (PyTorch's nn.Linear layout).
W_INIT = [{{range .Layers}}
    np.array({{.W}}).reshape({{.Out}}, {{.In}}),{{end}}
]
B_INIT = [{{range .Layers}}
    np.array({{.B}}),{{end}}
]

# The Go trainer's row order for each of the first epochs (mini-batches);
# later epochs are shuffled by numpy.
BATCH_ORDER = {{.Py.Order}}
{{end}}

def fit_normalization(x):
    """Returns the shift and scale of every input column, fitted on the
    TRAINING rows x only, so that nothing about the test rows leaks into
    training: zscore uses the mean and the population standard deviation,
    minmax the minimum and the range. A constant column gets scale 1."""
    shift = np.zeros(x.shape[1])
    scale = np.ones(x.shape[1])
    if NORM == "none" or len(x) == 0:
        return shift, scale
    for k in range(x.shape[1]):
        if ONE_HOT[k]:
            continue
        col = x[:, k]
        if NORM == "minmax":
            lo, hi = col.min(), col.max()
            shift[k] = lo
            scale[k] = hi - lo if hi - lo > 0 else 1.0
        else:
            mean = col.mean()
            std = np.sqrt(np.mean((col - mean) ** 2))
            shift[k] = mean
            scale[k] = std if std > 1e-12 * abs(mean) and std != 0 else 1.0
    return shift, scale


SHIFT, SCALE = fit_normalization(X_TRAIN_RAW) if REFIT else (GO_SHIFT, GO_SCALE)
X_TRAIN = (X_TRAIN_RAW - SHIFT) / SCALE  # the same shift and scale for both splits
X_TEST = (X_TEST_RAW - SHIFT) / SCALE
{{end}}`
