package web

import (
	"math"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire/tools"
)

// checkRow is one row of the checker's table: a code, or a name of the
// class list that handed in none (Missing).
type checkRow struct {
	Name     string   `json:"name"`
	Accepted bool     `json:"accepted"`
	Epoch    int      `json:"epoch"`
	Claimed  float64  `json:"claimed"`
	Metric   *float64 `json:"metric"` // nil when the checker did not train
	Reason   string   `json:"reason"` // in a teacher's words (rules.Refused*, or the error's own)
	Cause    string   `json:"cause"`  // the technical cause, for the CSV only
	Flag     string   `json:"flag,omitempty"`
	Missing  bool     `json:"missing,omitempty"`
}

// verdict is the row's verdict as the CSV says it (rules.CheckVerdict).
func (r *checkRow) verdict() string { return rules.CheckVerdict(r.Accepted, r.Missing, r.Flag) }

// applyChecked folds one answer of a class check: its new rows, the flags
// they set on earlier rows, the progress, and the end of the check. An
// answer to a check stopped or replaced since is dropped by applyTool.
func (s *store) applyChecked(r *tools.Checked) {
	for _, c := range r.Rows {
		row := checkRow{Name: c.Name, Accepted: c.Accepted, Epoch: c.Epoch, Reason: c.Reason, Cause: c.Cause, Flag: c.Flag, Missing: c.Missing}
		if x := c.Claimed; !math.IsNaN(x) && !math.IsInf(x, 0) {
			row.Claimed = x
		}
		if m := c.Metric; !math.IsNaN(m) && !math.IsInf(m, 0) {
			row.Metric = &m
		}
		s.checks = append(s.checks, row)
	}
	for _, f := range r.Reflags {
		if f.Row >= 0 && f.Row < len(s.checks) {
			s.checks[f.Row].Flag = f.Flag
		}
	}
	s.checkTotal, s.checkDone = r.Total, min(r.Total, r.First+len(r.Rows))
	if r.Done {
		s.checkDone = r.First
		delete(s.awaiting, awaitCheck)
	}
	s.checkErr = ""
	s.notify(topicRun)
}

// stopCheck asks the tools worker to stop the running check before its
// next code and shows it stopped at once: later answers to it are dropped.
func (s *store) stopCheck() {
	if !s.awaiting[awaitCheck] {
		return
	}
	s.sendTools(&tools.StopCheck{ID: s.checkID})
	s.checkID = 0
	s.checkStopped = true
	delete(s.awaiting, awaitCheck)
	s.notify(topicRun)
}

// reasonKeys are the catalog keys of the fixed refusals (rules.Refused*);
// a reason that names a setting, a limit or the goal stays as it came.
var reasonKeys = map[string]string{
	rules.RefusedChanged: "refused-changed", rules.RefusedDamaged: "refused-damaged", rules.RefusedOld: "refused-old",
	rules.RefusedNewer: "refused-newer", rules.RefusedOther: "refused-other", rules.RefusedNoName: "refused-no-name",
	rules.RefusedNotCode: "refused-not-code", rules.RefusedExercise: "refused-exercise", rules.RefusedInternal: "refused-internal",
	rules.RefusedMissing: "refused-missing",
}

// reasonText words a row's reason in the page's language.
func reasonText(l, reason string) string {
	if k, ok := reasonKeys[reason]; ok {
		return t(l, k)
	}
	return reason
}

// metricText is a checked metric as the readouts round it
// (rules.MetricText), "—" when the checker did not train.
func (r *checkRow) metricText() string {
	if r.Metric == nil {
		return "—"
	}
	return rules.MetricText(*r.Metric)
}

// checksCSV is the class table for a gradebook, with nnplay check's
// columns (rules.CheckColumns): name, verdict, metric (as the readouts
// round it), epoch, flag, the reason in the page's language and the
// technical cause; every cell safe from being read as a formula
// (data.SafeCell).
func checksCSV(l string, rows []checkRow) string {
	var b strings.Builder
	write := func(rec []string) {
		for i, s := range rec {
			s = data.SafeCell(s)
			if strings.ContainsAny(s, ",\"\r\n") {
				s = `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
			}
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(s)
		}
		b.WriteString("\r\n")
	}
	write(rules.CheckColumns)
	for _, r := range rows {
		metric, epoch := "", ""
		if r.Metric != nil {
			metric = rules.MetricText(*r.Metric)
		}
		if !r.Missing {
			epoch = strconv.Itoa(r.Epoch)
		}
		write([]string{r.Name, r.verdict(), metric, epoch, flagText(l, r.Flag), reasonText(l, r.Reason), r.Cause})
	}
	return b.String()
}

// flagText words a row's flag (rules.Flag*, joined by "; ") in the page's
// language; a part it does not know stays as it came.
func flagText(l, flag string) string {
	if flag == "" {
		return ""
	}
	sameCode, _, _ := strings.Cut(rules.FlagSameCode, "%d")
	sameTraining, _, _ := strings.Cut(rules.FlagSameTraining, "%d")
	_, trainingEnd, _ := strings.Cut(rules.FlagSameTraining, "%s")
	parts := strings.Split(flag, "; ")
	for i, p := range parts {
		if p == rules.FlagNotListed {
			parts[i] = t(l, "flag-not-listed")
		} else if n, ok := strings.CutPrefix(p, sameCode); ok {
			parts[i] = tf(l, "flag-same-code", n)
		} else if rest, ok := strings.CutPrefix(p, sameTraining); ok && strings.HasSuffix(rest, trainingEnd) {
			if n, name, ok := strings.Cut(strings.TrimSuffix(rest, trainingEnd), " ("); ok {
				parts[i] = tf(l, "flag-same-training", n, name)
			}
		}
	}
	return strings.Join(parts, "; ")
}
