package nn

import (
	"strconv"

	"github.com/nnplayground/playground/core/data"
)

// historyColumns are the history file's columns; validColumns follow them
// when the data has a validation split.
var (
	historyColumns = []string{"epoch", "train_loss", "test_loss", "train_metric", "test_metric", "train_rmse", "test_rmse"}
	validColumns   = []string{"valid_loss", "valid_metric", "valid_rmse"}
)

// AppendHistoryCSV appends to dst, and returns, the training history h as
// CSV, the file that the page's "loss history" button and `nnplay train
// -history` write: a header, then one row per epoch with the epoch, the
// training and test losses, metrics and RMSEs (0 where there is no such
// number), and, when valid, the validation split's loss, metric and RMSE
// last. Numbers are written in Go's shortest form ('g', -1), which reads
// back as the same float64.
func AppendHistoryCSV(dst []byte, h []Stats, valid bool) []byte {
	head := historyColumns
	if valid {
		head = append(head[:len(head):len(head)], validColumns...)
	}
	dst = data.AppendCSVRecord(dst, head)
	for _, s := range h {
		dst = strconv.AppendInt(dst, int64(s.Epoch), 10)
		v := []float64{s.TrainLoss, s.TestLoss, s.TrainMetric, s.TestMetric, s.TrainRMSE, s.TestRMSE, s.ValidLoss, s.ValidMetric, s.ValidRMSE}
		if !valid {
			v = v[:6]
		}
		for _, x := range v {
			dst = strconv.AppendFloat(append(dst, ','), x, 'g', -1, 64)
		}
		dst = append(dst, '\n')
	}
	return dst
}
