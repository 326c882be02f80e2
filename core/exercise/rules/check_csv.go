package rules

import (
	"math"
	"strconv"

	"github.com/nnplayground/playground/core/data"
)

// AppendCheckCSV appends the class table for a gradebook, the file that
// the page's checker and nnplay check write: CheckColumns, then one record
// per row with the name, the verdict (CheckResult.Verdict), the metric the
// checker computed as the readouts round it (MetricText; empty when it did
// not train), the epoch (empty for a missing name), the flag, the reason
// and the technical cause. words gives a row's flag and reason as the file
// says them (the page's language); nil keeps the engine's English. Every
// cell is safe from being read as a formula (data.AppendSafeRecord).
func AppendCheckCSV(dst []byte, rows []CheckResult, words func(r *CheckResult) (flag, reason string)) []byte {
	dst = data.AppendSafeRecord(dst, CheckColumns)
	for i := range rows {
		r := &rows[i]
		metric, epoch := "", ""
		if !math.IsNaN(r.Metric) && !math.IsInf(r.Metric, 0) {
			metric = MetricText(r.Metric)
		}
		if !r.Missing {
			epoch = strconv.Itoa(r.Epoch)
		}
		flag, reason := r.Flag, r.Reason
		if words != nil {
			flag, reason = words(r)
		}
		dst = data.AppendSafeRecord(dst, []string{r.Name, r.Verdict(), metric, epoch, flag, reason, r.Cause})
	}
	return dst
}
