package exercise

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/exercise/rules"
)

// CheckMany checks many codes for a class overview: one result per
// non-blank code, in order, flagged as Flag does without a class list.
func CheckMany(e *Exercise, codes []string) []Result { return CheckClass(e, codes, nil) }

// CheckClass is CheckMany with the class list: the names of the students
// (one per item, compared as rules.NormName does); a code whose name is
// not in it is flagged. A nil or empty class flags no name.
func CheckClass(e *Exercise, codes, class []string) []Result {
	var out []Result
	for _, c := range codes {
		if strings.TrimSpace(c) == "" {
			continue
		}
		r, _ := Check(e, c)
		out = append(out, r)
	}
	Flag(out, class)
	return out
}

// Flag sets the Flag of the accepted results that deserve a look: the same
// training under the same name again ("the same code as row 2"), the same
// training (settings, start and epoch) under two names, or a name not in
// the class list when class is not empty. Rows count from 1.
func Flag(rows []Result, class []string) {
	known := map[string]bool{}
	for _, n := range class {
		if n := rules.NormName(n); n != "" {
			known[n] = true
		}
	}
	first := map[string]int{} // training → first row
	for i := range rows {
		r := &rows[i]
		if !r.Accepted {
			continue
		}
		var flags []string
		if j, ok := first[r.training]; ok && r.training != "" {
			if rules.NormName(rows[j].Name) == rules.NormName(r.Name) {
				flags = append(flags, fmt.Sprintf("the same code as row %d", j+1))
			} else {
				flags = append(flags, fmt.Sprintf("the same training as row %d (%s) under another name", j+1, rows[j].Name))
				if rows[j].Flag == "" {
					rows[j].Flag = fmt.Sprintf("the same training as row %d (%s) under another name", i+1, r.Name)
				}
			}
		} else if r.training != "" {
			first[r.training] = i
		}
		if len(known) > 0 && !known[rules.NormName(r.Name)] {
			flags = append(flags, "not in the class list")
		}
		if len(flags) > 0 {
			r.Flag = strings.Join(flags, "; ")
		}
	}
}

// FindCodes returns the codes in pasted text and the number of other
// words it ignored (rules.FindCodes).
func FindCodes(text string) (codes []string, ignored int) { return rules.FindCodes(text) }

// WriteCSV writes the class table for a gradebook: a header and one row per
// result with the name, verdict (Result.Verdict), the metric the checker
// computed (empty when it did not train), the epoch and the reason (the
// refusal or the flag). Cells that a spreadsheet would read as a formula
// (starting with =, +, -, @, a tab or a carriage return, and not a number)
// get a leading apostrophe (data.SafeCell).
func WriteCSV(w io.Writer, rows []Result) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"name", "verdict", "metric", "epoch", "reason"})
	for _, r := range rows {
		metric := ""
		if !math.IsNaN(r.Metric) && !math.IsInf(r.Metric, 0) {
			metric = strconv.FormatFloat(r.Metric, 'g', 6, 64)
		}
		reason := r.Reason
		if r.Accepted {
			reason = r.Flag
		}
		rec := []string{r.Name, r.Verdict(), metric, strconv.Itoa(r.Epoch), reason}
		for i := range rec {
			rec[i] = data.SafeCell(rec[i])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
