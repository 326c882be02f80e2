package state

import (
	"math"
	"strings"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire/tools"
)

// classCheck is the class check's state: the rows checked so far, its
// progress and its error. The store's methods change it (askCheck,
// applyChecked, stopCheck, startCheck); the checker reads it through its
// methods (Rows, Progress, Err) and Store.Checking.
type classCheck struct {
	id      int                 // the ID of the last check sent (0: stopped)
	rows    []rules.CheckResult // one per code checked, then one per name with no code
	done    int                 // codes checked
	total   int                 // codes found
	stopped bool                // the teacher stopped it
	err     string
}

// Rows are the class table's rows so far.
func (c *classCheck) Rows() []rules.CheckResult { return c.rows }

// Progress is how many codes of how many are checked, and whether the
// teacher stopped the check; total is 0 before any check.
func (c *classCheck) Progress() (done, total int, stopped bool) { return c.done, c.total, c.stopped }

// Err is why the last check could not run or ended ("" when none).
func (c *classCheck) Err() string { return c.err }

// checking is whether a class check runs (its answers are awaited).
func (s *Store) Checking() bool { return s.awaiting[awaitCheck] }

// startCheck checks the completion codes found in text against the
// exercise link, with the class list (one name per line), and returns how
// many words of text are not codes; with no link or no code it says so in
// language l (Err) instead. Call it inside ctx.Dispatch.
func (s *Store) StartCheck(l, link, text, class string) (ignored int) {
	codes, ignored := rules.FindCodes(text)
	s.Check.rows, s.Check.total = nil, 0
	switch {
	case link == "":
		s.Check.err = t(l, "checker-no-exercise")
		return ignored
	case len(codes) == 0:
		s.Check.err = t(l, "checker-no-codes")
		return ignored
	}
	s.Check.err = ""
	s.askCheck(link, codes, strings.Split(class, "\n"))
	return ignored
}

// applyChecked folds one answer of a class check: its new rows, the flags
// they set on earlier rows, the progress, and the end of the check. An
// answer to a check stopped or replaced since is dropped by applyTool.
func (s *Store) ApplyChecked(r *tools.Checked) {
	c := &s.Check
	c.rows = append(c.rows, r.Rows...)
	for _, f := range r.Reflags {
		if f.Row >= 0 && f.Row < len(c.rows) {
			c.rows[f.Row].Flag = f.Flag
		}
	}
	c.total, c.done = r.Total, min(r.Total, r.First+len(r.Rows))
	if r.Done {
		c.done = r.First
		delete(s.awaiting, awaitCheck)
	}
	c.err = ""
	s.Notify(TopicRun)
}

// askCheck sends a class check (tools.Check) of codes against the
// exercise link, with the class list: checks re-train in the tools worker,
// on their own thread, and each answer (tools.Checked, or an error with its
// class for a bad link) comes back through applyTool to applyChecked.
func (s *Store) askCheck(link string, codes, class []string) {
	s.awaiting[awaitCheck] = true
	s.Check.id = s.nextAskID()
	s.Check.done, s.Check.total, s.Check.stopped = 0, len(codes), false
	s.sendTools(&tools.Check{ID: s.Check.id, Link: link, Codes: codes, Class: class})
}

// stopCheck asks the tools worker to stop the running check before its
// next code and shows it stopped at once: later answers to it are dropped.
func (s *Store) StopCheck() {
	if !s.awaiting[awaitCheck] {
		return
	}
	s.sendTools(&tools.StopCheck{ID: s.Check.id})
	s.Check.id = 0
	s.Check.stopped = true
	delete(s.awaiting, awaitCheck)
	s.Notify(TopicRun)
}

// reasonKeys are the catalog keys of the fixed refusals (rules.Refused*);
// a reason that names a setting, a limit or the goal stays as it came.
var reasonKeys = map[string]string{
	rules.RefusedChanged: "refused-changed", rules.RefusedDamaged: "refused-damaged", rules.RefusedOld: "refused-old",
	rules.RefusedNewer: "refused-newer", rules.RefusedOther: "refused-other", rules.RefusedNoName: "refused-no-name",
	rules.RefusedNotCode: "refused-not-code", rules.RefusedExercise: "refused-exercise", rules.RefusedInternal: "refused-internal",
	rules.RefusedMissing: "refused-missing",
}

// ReasonText words a row's reason in the page's language.
func ReasonText(l, reason string) string {
	if k, ok := reasonKeys[reason]; ok {
		return t(l, k)
	}
	return reason
}

// CheckMetricText is a checked metric as the readouts round it
// (rules.MetricText), "—" when the checker did not train.
func CheckMetricText(r *rules.CheckResult) string {
	if math.IsNaN(r.Metric) || math.IsInf(r.Metric, 0) {
		return "—"
	}
	return rules.MetricText(r.Metric)
}

// ChecksCSV is the class table for a gradebook, nnplay check's file
// (rules.AppendCheckCSV) with the flags and reasons in the page's language.
func ChecksCSV(l string, rows []rules.CheckResult) string {
	return string(rules.AppendCheckCSV(nil, rows, func(r *rules.CheckResult) (flag, reason string) {
		return FlagText(l, r.Flag), ReasonText(l, r.Reason)
	}))
}

// FlagText words a row's flag (rules.Flag*, joined by "; ") in the page's
// language; a part it does not know stays as it came.
func FlagText(l, flag string) string {
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
