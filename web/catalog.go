package main

import "fmt"

// catalog holds every string of the page, one map per language. Keys are
// stable identifiers; values with verbs are used through tf.
var catalog = map[string]map[string]string{
	"en": {
		"title":    "Neural network playground",
		"subtitle": "Paste a table, pick a network, and watch it learn — epoch by epoch, in your browser.",
		"loading":  "Loading the playground…",
		"footer":   "Everything runs in your browser: the trainer is Go compiled to WebAssembly in a Web Worker. Keys: space = train/pause, → = one epoch.",
		"language": "Language",

		"data": "Data", "dataset": "Dataset", "pasted": "Pasted data",
		"ds-circle": "Circle", "ds-xor": "XOR", "ds-gauss": "Gaussian clusters", "ds-spiral": "Spiral",
		"ds-reg-plane": "Regression: plane", "ds-reg-gauss": "Regression: Gaussians",
		"ds-tutorial": "Tutorial example (4 points)", "ds-iris": "Iris", "ds-penguins": "Penguins", "ds-diabetes": "Diabetes",
		"points": "Points", "noise": "Noise (0–1)",
		"paste": "Paste CSV or TSV (first row may be a header)", "load": "Use this data",
		"file": "Open a .csv file", "drop": "or drop a .csv file here",
		"empty-data": "There is no data to load: paste a table first.",

		"sum-rows": "%d rows", "sum-dropped": "%d dropped (missing values)", "sum-split": "%d train / %d test",
		"sum-inputs": "%d inputs", "sum-regression": "regression of %s", "sum-classes": "%d classes of %s",

		"columns": "Columns", "target": "Target column", "preview": "First rows",
		"missing": "Missing values", "missing-drop": "Drop the row", "missing-mean": "Fill with the mean / mode",
		"as-classes":   "Treat a numeric target as class labels",
		"kind-numeric": "number", "kind-categorical": "category", "kind-": "",
		"role-of": "Role of", "role-feature": "feature", "role-target": "target", "role-ignore": "ignore",

		"features":      "Derived inputs",
		"features-hint": "Extra inputs computed from numeric columns (e.g. x² or x·y help a small network with circles and spirals).",

		"model": "Model", "layers": "Hidden layers (neurons per layer, e.g. 8,8)",
		"bad-layers": "Write whole numbers from 1 to %d separated by commas, e.g. 8,8 (empty: no hidden layer).",
		"layer-n":    "Layer %d", "fewer": "Fewer neurons in", "more": "More neurons in",
		"add-layer": "Add layer", "remove-layer": "Remove layer",
		"activation": "Activation", "loss": "Loss", "optimizer": "Optimizer",
		"learning-rate": "Learning rate", "batch-size": "Batch size (0 = all rows)",
		"regularization": "Regularization", "reg-rate": "Regularization rate",
		"clip": "Gradient clipping (max norm, 0 = off)", "decay": "Learning-rate decay",
		"test-ratio": "Test ratio (0–0.9)", "norm": "Normalization", "seed": "Seed",
		"bad-value": "%s: this value is out of range.",
		"opt-tanh":  "tanh", "opt-relu": "ReLU", "opt-leaky-relu": "leaky ReLU", "opt-sigmoid": "sigmoid", "opt-linear": "linear",
		"opt-auto": "automatic", "opt-mse": "mean squared error", "opt-mae": "mean absolute error", "opt-huber": "Huber",
		"opt-bce": "binary cross-entropy", "opt-cce": "categorical cross-entropy",
		"opt-sgd": "SGD", "opt-momentum": "momentum", "opt-rmsprop": "RMSProp", "opt-adam": "Adam",
		"opt-none": "none", "opt-l1": "L1", "opt-l2": "L2",
		"opt-zscore": "z-score", "opt-minmax": "min–max", "opt-glorot": "Glorot", "opt-he": "He",

		"controls": "Training controls", "train": "Train", "pause": "Pause", "step": "Step", "reset": "Reset",
		"train-key": "Train or pause (space)", "step-key": "Train one epoch (→)",
		"speed": "Speed", "speed-max": "as fast as possible", "per-second": "epochs/s",
		"keys-hint": "space: train/pause · →: one epoch",

		"readouts": "Progress", "epoch": "Epoch", "train-loss": "Train loss", "test-loss": "Test loss",
		"test": "Test", "accuracy": "accuracy (0–1)", "r2": "R²",

		"reset-notice": "That setting needs a new network: training was reset to epoch 0.",
		"dismiss":      "Dismiss",
		"diverged":     "Training diverged.",
		"overfitting":  "Overfitting: the test loss is rising while the train loss falls. Try L2 regularization, a smaller network, or more data.",

		"loss-chart": "Loss per epoch", "loss-chart-desc": "Chart of the train and test loss at every epoch",
		"log-scale": "log scale", "epochs": "epoch",
		"grad-chart": "Gradient norm per layer", "grad-chart-desc": "Chart of each layer's gradient norm at every epoch (log scale)",
		"weights-n":   "weights %d",
		"weight-maps": "Weights per layer (rows: to, columns: from)",
		"network":     "Network", "network-desc": "The network: lines are weights, circles are neurons coloured by their bias",
		"network-hint": "Hover for a value, click to change it.",
		"positive":     "positive", "negative": "negative", "out": "out",
		"weight": "Weight", "bias": "Bias", "apply": "Apply", "cancel": "Cancel",
		"boundary": "Output over the input plane", "boundary-desc": "Heatmap of the model's output over the two inputs, with the data points",
		"boundary-none": "The output map is shown for data with two numeric inputs.",
		"show-test":     "show test points", "units": "Hidden neurons", "unit-n": "neuron %d",
		"scatter": "Predicted against actual (test)", "scatter-desc": "Scatter plot of predicted against actual values", "actual": "actual",
		"confusion": "Confusion matrix (rows: actual, columns: predicted)", "actual-predicted": "actual \\ predicted",
		// issue 4: links, sharing, lessons, exercises, export and import
		"params-ignored": "The trainer did not apply the starting weights of this link (it started from the seed's weights instead).",
		"params-dropped": "The starting weights do not fit these settings: the network starts from the seed's weights.",
		"link-bad":       "This link is damaged (cut short, mistyped or edited), so the default session opened instead.",
		"link-newer":     "This link was made by a newer version of the playground; open it there. The default session opened instead.",
		"link-large":     "This link is too large to open; the default session opened instead.",
		"link-kind":      "This is not a link to a session, a lesson or an exercise; the default session opened instead.",
		"share-title":    "Share", "share": "Share", "start-here": "start from here (include the current weights)",
		"share-url": "Link to this session (copied to the clipboard)", "share-length": "%d characters",
		"share-long":     "This link is longer than %d characters: some chat tools and mail clients cut long links. A session file is safer.",
		"share-too-long": "This session is too large for a link. Save it as a file instead:",
		"export-title":   "Export and import", "export-model": "Model (JSON)", "export-predictions": "Test predictions (CSV)",
		"export-history": "Loss history (CSV)", "export-session": "Session file", "export-chart": "Chart as PNG",
		"export-chart-which": "Chart", "chart-loss-chart": "loss", "chart-network": "network", "chart-boundary": "output plane", "chart-grad-chart": "gradient norms",
		"export-no-chart":    "That chart is not shown for this data.",
		"import-file":        "Open a model (.json) or a session file",
		"import-bad-session": "This session file cannot be opened:", "import-bad-model": "This model file cannot be opened:",
		"import-model-shape": "This model has %d inputs and %d outputs; the data has %d inputs and %d outputs.",
		"import-unknown":     "This file is neither a playground model nor a session file.",
		"lessons":            "Lessons",
		"ex-editor":          "Make an exercise",
		"ex-editor-hint":     "The current data and network are the exercise's start. Lock what students may not change, write the instructions, set a goal, and send the link.",
		"ex-title":           "Title (optional)", "ex-instructions": "Instructions (plain text)", "ex-metric": "Goal",
		"metric-accuracy": "test accuracy", "metric-r2": "test R²", "metric-loss": "test loss",
		"ex-threshold": "Threshold (accuracy 0–1)", "ex-max-hidden": "At most N hidden neurons (0 = no limit)", "ex-max-epochs": "At most E epochs (0 = no limit)",
		"ex-weights": "start from the current weights", "ex-locks": "Locked settings",
		"ex-make": "Make the exercise link", "ex-url": "Exercise link", "ex-bad-number": "The threshold and the limits must be numbers (limits: whole numbers ≥ 0).",
		"ex-student": "Exercise", "ex-name": "Your name (optional, goes into the code)", "ex-code": "Completion code: send it to your teacher", "copy": "Copy",
		"ex-not-allowed": "This network breaks a rule of the exercise:", "ex-now": "Epoch %d: %s.",
		"ex-edited": "A weight was typed in by hand: reset to get a completion code.", "ex-met": "Goal met at epoch %d.",
		"ex-goal": "Goal: %s %s %s.", "ex-limit-hidden": "At most %d hidden neurons.", "ex-limit-epochs": "Within %d epochs.", "ex-locked": "Locked: %s.",
		"checker": "Check completion codes", "checker-exercise": "Exercise link", "checker-input": "Completion codes (one per line)",
		"checker-run": "Check", "checker-busy": "re-running each training…",
		"col-name": "Name", "col-verdict": "Verdict", "col-metric": "Metric", "col-epoch": "Epoch", "col-reason": "Reason",
		"accepted": "accepted", "rejected": "rejected",
		"checker-no-exercise": "Open or make an exercise first (or paste its link).", "checker-no-codes": "Paste at least one completion code.",
		"lock-ignore": "ignored columns", "lock-missing": "missing values", "lock-derived": "derived inputs", "lock-norm": "normalization",
		"lock-hidden": "hidden layers", "lock-activation": "activation", "lock-loss": "loss", "lock-init": "initialisation",
		"lock-optimizer": "optimizer", "lock-lr": "learning rate", "lock-momentum": "momentum", "lock-nesterov": "Nesterov",
		"lock-beta1": "Adam β1", "lock-beta2": "β2", "lock-eps": "ε", "lock-batch": "batch size", "lock-l1": "L1 rate", "lock-l2": "L2 rate",
		"lock-clip": "gradient clipping", "lock-decay": "learning-rate decay",
		"init": "Initialisation", "momentum": "Momentum (0–1, 0 = 0.9)", "nesterov": "Nesterov momentum",
		"wedit": "Edit a weight by keyboard", "wedit-layer": "Layer", "wedit-to": "To neuron", "wedit-from": "From", "wedit-value": "Value",
		"wedit-bias": "bias", "locked-hint": "locked by the exercise",
	},
	"zh": {
		"title":    "神经网络游乐场",
		"subtitle": "粘贴一张表，选一个网络，在浏览器里逐轮看它学习。",
		"loading":  "正在加载……",
		"footer":   "一切都在你的浏览器里运行：训练器是编译成 WebAssembly 的 Go 程序，运行在 Web Worker 中。快捷键：空格 = 训练/暂停，→ = 训练一轮。",
		"language": "语言",

		"data": "数据", "dataset": "数据集", "pasted": "粘贴的数据",
		"ds-circle": "圆形", "ds-xor": "异或", "ds-gauss": "高斯簇", "ds-spiral": "螺旋",
		"ds-reg-plane": "回归：平面", "ds-reg-gauss": "回归：高斯",
		"ds-tutorial": "教程示例（4 个点）", "ds-iris": "鸢尾花", "ds-penguins": "企鹅", "ds-diabetes": "糖尿病",
		"points": "点数", "noise": "噪声（0–1）",
		"paste": "粘贴 CSV 或 TSV（第一行可以是表头）", "load": "使用这些数据",
		"file": "打开 .csv 文件", "drop": "或把 .csv 文件拖到这里",
		"empty-data": "没有可加载的数据：请先粘贴一张表。",

		"sum-rows": "%d 行", "sum-dropped": "丢弃 %d 行（有缺失值）", "sum-split": "训练 %d / 测试 %d",
		"sum-inputs": "%d 个输入", "sum-regression": "回归目标 %s", "sum-classes": "%d 个类别（%s）",

		"columns": "列", "target": "目标列", "preview": "前几行",
		"missing": "缺失值", "missing-drop": "丢弃该行", "missing-mean": "用均值 / 众数填充",
		"as-classes":   "把数值目标当作类别标签",
		"kind-numeric": "数值", "kind-categorical": "类别", "kind-": "",
		"role-of": "角色：", "role-feature": "特征", "role-target": "目标", "role-ignore": "忽略",

		"features":      "派生输入",
		"features-hint": "由数值列计算出的额外输入（例如 x² 或 x·y 能帮助小网络学会圆形和螺旋）。",

		"model": "模型", "layers": "隐藏层（每层神经元数，例如 8,8）",
		"bad-layers": "请写 1 到 %d 的整数，用逗号分隔，例如 8,8（留空：没有隐藏层）。",
		"layer-n":    "第 %d 层", "fewer": "减少神经元：", "more": "增加神经元：",
		"add-layer": "添加一层", "remove-layer": "删除一层",
		"activation": "激活函数", "loss": "损失函数", "optimizer": "优化器",
		"learning-rate": "学习率", "batch-size": "批大小（0 = 全部行）",
		"regularization": "正则化", "reg-rate": "正则化率",
		"clip": "梯度裁剪（最大范数，0 = 关闭）", "decay": "学习率衰减",
		"test-ratio": "测试比例（0–0.9）", "norm": "归一化", "seed": "随机种子",
		"bad-value": "%s：数值超出范围。",
		"opt-tanh":  "tanh", "opt-relu": "ReLU", "opt-leaky-relu": "Leaky ReLU", "opt-sigmoid": "sigmoid", "opt-linear": "线性",
		"opt-auto": "自动", "opt-mse": "均方误差", "opt-mae": "平均绝对误差", "opt-huber": "Huber",
		"opt-bce": "二元交叉熵", "opt-cce": "多类交叉熵",
		"opt-sgd": "SGD", "opt-momentum": "动量", "opt-rmsprop": "RMSProp", "opt-adam": "Adam",
		"opt-none": "无", "opt-l1": "L1", "opt-l2": "L2",
		"opt-zscore": "z 分数", "opt-minmax": "最小–最大", "opt-glorot": "Glorot", "opt-he": "He",

		"controls": "训练控制", "train": "训练", "pause": "暂停", "step": "单步", "reset": "重置",
		"train-key": "训练或暂停（空格）", "step-key": "训练一轮（→）",
		"speed": "速度", "speed-max": "尽可能快", "per-second": "轮/秒",
		"keys-hint": "空格：训练/暂停 · →：一轮",

		"readouts": "进度", "epoch": "轮次", "train-loss": "训练损失", "test-loss": "测试损失",
		"test": "测试", "accuracy": "准确率（0–1）", "r2": "R²",

		"reset-notice": "这个设置需要新的网络：训练已重置到第 0 轮。",
		"dismiss":      "关闭",
		"diverged":     "训练发散了。",
		"overfitting":  "过拟合：训练损失在下降，测试损失却在上升。试试 L2 正则化、更小的网络或更多数据。",

		"loss-chart": "每轮损失", "loss-chart-desc": "每一轮的训练损失和测试损失图",
		"log-scale": "对数刻度", "epochs": "轮次",
		"grad-chart": "各层梯度范数", "grad-chart-desc": "每一轮各层梯度范数图（对数刻度）",
		"weights-n":   "权重 %d",
		"weight-maps": "各层权重（行：去向，列：来源）",
		"network":     "网络", "network-desc": "网络：线是权重，圆是神经元，颜色表示偏置",
		"network-hint": "悬停查看数值，点击修改。",
		"positive":     "正", "negative": "负", "out": "输出",
		"weight": "权重", "bias": "偏置", "apply": "应用", "cancel": "取消",
		"boundary": "输入平面上的输出", "boundary-desc": "模型在两个输入上的输出热图，以及数据点",
		"boundary-none": "有两个数值输入的数据才显示输出图。",
		"show-test":     "显示测试点", "units": "隐藏神经元", "unit-n": "神经元 %d",
		"scatter": "预测值与实际值（测试集）", "scatter-desc": "预测值对实际值的散点图", "actual": "实际值",
		"confusion": "混淆矩阵（行：实际，列：预测）", "actual-predicted": "实际 \\ 预测",
		"params-ignored": "训练器没有使用这个链接里的起始权重（改为从随机种子的权重开始）。",
		"params-dropped": "起始权重与这些设置不匹配：网络从随机种子的权重开始。",
		"link-bad":       "这个链接已损坏（被截断、打错或被修改），因此打开了默认会话。",
		"link-newer":     "这个链接来自更新版本的游乐场，请在那里打开。已打开默认会话。",
		"link-large":     "这个链接太大，无法打开；已打开默认会话。",
		"link-kind":      "这不是会话、课程或练习的链接；已打开默认会话。",
		"share-title":    "分享", "share": "分享", "start-here": "从这里开始（包含当前权重）",
		"share-url": "本会话的链接（已复制到剪贴板）", "share-length": "%d 个字符",
		"share-long":     "链接超过 %d 个字符：有些聊天工具和邮件客户端会截断长链接。会话文件更可靠。",
		"share-too-long": "这个会话太大，无法放进链接。请改为保存为文件：",
		"export-title":   "导出和导入", "export-model": "模型（JSON）", "export-predictions": "测试集预测（CSV）",
		"export-history": "损失历史（CSV）", "export-session": "会话文件", "export-chart": "图表存为 PNG",
		"export-chart-which": "图表", "chart-loss-chart": "损失", "chart-network": "网络", "chart-boundary": "输出平面", "chart-grad-chart": "梯度范数",
		"export-no-chart":    "这份数据不显示该图表。",
		"import-file":        "打开模型（.json）或会话文件",
		"import-bad-session": "无法打开这个会话文件：", "import-bad-model": "无法打开这个模型文件：",
		"import-model-shape": "这个模型有 %d 个输入和 %d 个输出；数据有 %d 个输入和 %d 个输出。",
		"import-unknown":     "这个文件既不是游乐场模型，也不是会话文件。",
		"lessons":            "课程",
		"ex-editor":          "制作练习",
		"ex-editor-hint":     "当前的数据和网络就是练习的起点。锁定学生不能修改的设置，写好说明，设定目标，然后发送链接。",
		"ex-title":           "标题（可选）", "ex-instructions": "说明（纯文本）", "ex-metric": "目标",
		"metric-accuracy": "测试准确率", "metric-r2": "测试 R²", "metric-loss": "测试损失",
		"ex-threshold": "阈值（准确率 0–1）", "ex-max-hidden": "最多 N 个隐藏神经元（0 = 不限）", "ex-max-epochs": "最多 E 轮（0 = 不限）",
		"ex-weights": "从当前权重开始", "ex-locks": "锁定的设置",
		"ex-make": "生成练习链接", "ex-url": "练习链接", "ex-bad-number": "阈值和限制必须是数字（限制：≥ 0 的整数）。",
		"ex-student": "练习", "ex-name": "你的名字（可选，会写进完成码）", "ex-code": "完成码：发给你的老师", "copy": "复制",
		"ex-not-allowed": "这个网络违反了练习的规则：", "ex-now": "第 %d 轮：%s。",
		"ex-edited": "有权重是手动输入的：请重置后再获取完成码。", "ex-met": "在第 %d 轮达到目标。",
		"ex-goal": "目标：%s %s %s。", "ex-limit-hidden": "最多 %d 个隐藏神经元。", "ex-limit-epochs": "在 %d 轮之内。", "ex-locked": "已锁定：%s。",
		"checker": "检查完成码", "checker-exercise": "练习链接", "checker-input": "完成码（每行一个）",
		"checker-run": "检查", "checker-busy": "正在逐个重新训练……",
		"col-name": "名字", "col-verdict": "结果", "col-metric": "指标", "col-epoch": "轮次", "col-reason": "原因",
		"accepted": "通过", "rejected": "未通过",
		"checker-no-exercise": "请先打开或制作一个练习（或粘贴它的链接）。", "checker-no-codes": "请至少粘贴一个完成码。",
		"lock-ignore": "忽略的列", "lock-missing": "缺失值", "lock-derived": "派生输入", "lock-norm": "归一化",
		"lock-hidden": "隐藏层", "lock-activation": "激活函数", "lock-loss": "损失函数", "lock-init": "初始化",
		"lock-optimizer": "优化器", "lock-lr": "学习率", "lock-momentum": "动量", "lock-nesterov": "Nesterov",
		"lock-beta1": "Adam β1", "lock-beta2": "β2", "lock-eps": "ε", "lock-batch": "批大小", "lock-l1": "L1 率", "lock-l2": "L2 率",
		"lock-clip": "梯度裁剪", "lock-decay": "学习率衰减",
		"init": "初始化", "momentum": "动量（0–1，0 = 0.9）", "nesterov": "Nesterov 动量",
		"wedit": "用键盘修改权重", "wedit-layer": "层", "wedit-to": "到神经元", "wedit-from": "来自", "wedit-value": "数值",
		"wedit-bias": "偏置", "locked-hint": "已被练习锁定",
	},
}

// t returns the string key in language l, falling back to English and then
// to the key itself.
func t(l, key string) string {
	if s, ok := catalog[l][key]; ok {
		return s
	}
	if s, ok := catalog["en"][key]; ok {
		return s
	}
	return key
}

// tf formats the string key in language l with args.
func tf(l, key string, args ...any) string { return fmt.Sprintf(t(l, key), args...) }

// optText is the display name of an option value (such as "relu").
func optText(l, name string) string {
	if s, ok := catalog[l]["opt-"+name]; ok {
		return s
	}
	return name
}
