package exercise

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/session"
)

// CheckMany checks many codes for a class overview: one result per
// non-blank code, in order, flagged as a Class flags them.
func CheckMany(e *Exercise, codes []string) []Result { return CheckClass(e, codes, nil) }

// CheckClass is CheckMany with the class list: the names of the students
// (one per item, compared as rules.NormName does). A code whose name is
// not in it is flagged, and each name with no code at all follows the
// codes' rows as a row of its own (Result.Missing). A nil or empty class
// flags no name and lists no one as missing.
func CheckClass(e *Exercise, codes, class []string) []Result {
	c := NewClass(e, class)
	for _, code := range codes {
		if strings.TrimSpace(code) != "" {
			c.Add(code)
		}
	}
	return append(c.Rows(), c.Missing()...)
}

// A Class checks a class's codes one at a time, so that a caller can show
// each row as it comes and stop between two codes. Every check that
// costs nothing comes before any training: the code's format, exercise,
// name, locks and limits (Check's order), and a code seen before, whose
// row is copied. A replay is run once per training under one name: a
// second code that claims the same one reuses it.
type Class struct {
	// Trainings counts the replays run so far.
	Trainings int

	ex     *Exercise
	names  []string        // the class list, in order, one per student
	known  map[string]bool // the class list's names, normalized
	handed map[string]bool // the normalized names of the codes
	rows   []Result
	// trainings holds each row's training identity (settings, start and
	// epoch; "" when the code was not read), which flags compare.
	trainings []string
	seen      map[string]int      // a code's text → its first row
	replays   map[string]replayed // a replay's identity → its outcome
	first     map[string]int      // an accepted training → its first row
}

// Reflag is a flag that a new row sets on an earlier one: Row counts from
// 0, Flag is the earlier row's whole new flag.
type Reflag = rules.Reflag

// NewClass starts the check of a class's codes for e; class is the class
// list (see CheckClass), nil for none.
func NewClass(e *Exercise, class []string) *Class {
	c := &Class{ex: e, known: map[string]bool{}, handed: map[string]bool{}, seen: map[string]int{},
		replays: map[string]replayed{}, first: map[string]int{}}
	for _, n := range class {
		if k := rules.NormName(n); k != "" && !c.known[k] {
			c.known[k] = true
			c.names = append(c.names, strings.Join(strings.Fields(n), " "))
		}
	}
	return c
}

// Add checks one more code and returns its row, and the flags it sets on
// earlier rows (the same training under another name flags both).
func (c *Class) Add(code string) (Result, []Reflag) {
	code = strings.TrimSpace(code)
	var r Result
	var training string
	if j, ok := c.seen[code]; ok {
		r, training = c.rows[j], c.trainings[j]
		r.Flag = ""
	} else {
		r, training, _ = c.check(code)
		c.seen[code] = len(c.rows)
	}
	if n := rules.NormName(r.Name); n != "" {
		c.handed[n] = true
	}
	re := c.flag(&r, training)
	c.rows = append(c.rows, r)
	c.trainings = append(c.trainings, training)
	return r, re
}

// Rows returns the rows so far, one per code added.
func (c *Class) Rows() []Result { return slices.Clone(c.rows) }

// Missing returns a row for each name of the class list under which no
// code was added (refused codes count as handed in), in the list's order.
func (c *Class) Missing() []Result {
	var out []Result
	for _, n := range c.names {
		if !c.handed[rules.NormName(n)] {
			out = append(out, Result{Name: n, Missing: true, Metric: math.NaN(), Reason: ReasonMissing})
		}
	}
	return out
}

// check checks one code: its row, the identity of its training and the
// error that refused it. A replay run before for the same training under
// the same name is reused.
func (c *Class) check(code string) (r Result, training string, err error) {
	r = Result{Metric: math.NaN()}
	training, err = c.checkInto(code, &r)
	if err != nil {
		r.Reason, r.Cause = reason(err), err.Error()
	}
	r.Accepted = err == nil
	return r, training, err
}

// checkInto checks one code into r and returns the identity of its
// training (settings, start and epoch), "" when it was not read.
func (c *Class) checkInto(code string, r *Result) (string, error) {
	e := c.ex
	cd, s, err := e.read(code, r)
	if err != nil {
		return "", err
	}
	key := replayKey(s, cd)
	rp, ok := c.replays[key]
	if !ok {
		c.Trainings++
		rp = e.replay(s, cd.Name, cd.FromStart, cd.Epoch)
		c.replays[key] = rp
	}
	r.NameBound = nameBound(s, cd.FromStart, rp.trainRows)
	return trainingKey(s, cd), e.verdict(rp, cd, r)
}

// replayKey identifies a replay: the settings with the name's seed, the
// normalized name (the digest holds it), the start and the epoch.
func replayKey(s session.Settings, c *Completion) string {
	s.Lang = ""
	b, _ := json.Marshal(s)
	return fmt.Sprintf("%s %q %t %d", b, rules.NormName(c.Name), c.FromStart, c.Epoch)
}

// flag sets the Flag of an accepted row that deserves a look: the same
// training under the same name as an earlier row ("the same code as row
// 2"), the same training (settings, start and epoch) under two names, or
// a name not in the class list when there is one. Rows count from 1 in
// the words. It returns the flags it sets on earlier rows.
func (c *Class) flag(r *Result, training string) []Reflag {
	if !r.Accepted {
		return nil
	}
	i := len(c.rows)
	var flags []string
	var re []Reflag
	if j, ok := c.first[training]; ok && training != "" {
		if rules.NormName(c.rows[j].Name) == rules.NormName(r.Name) {
			flags = append(flags, fmt.Sprintf(rules.FlagSameCode, j+1))
		} else {
			flags = append(flags, fmt.Sprintf(rules.FlagSameTraining, j+1, c.rows[j].Name))
			if c.rows[j].Flag == "" {
				c.rows[j].Flag = fmt.Sprintf(rules.FlagSameTraining, i+1, r.Name)
				re = append(re, Reflag{Row: j, Flag: c.rows[j].Flag})
			}
		}
	} else if training != "" {
		c.first[training] = i
	}
	if len(c.known) > 0 && !c.known[rules.NormName(r.Name)] {
		flags = append(flags, rules.FlagNotListed)
	}
	r.Flag = strings.Join(flags, "; ")
	return re
}

// FindCodes returns the codes in pasted text and the number of other
// words it ignored (rules.FindCodes).
func FindCodes(text string) (codes []string, ignored int) { return rules.FindCodes(text) }

// CSVHeader is the class table's header: the page's CSV and nnplay
// check's have these columns.
var CSVHeader = rules.CheckColumns

// WriteCSV writes the class table for a gradebook (rules.AppendCheckCSV),
// with the flags and reasons in English.
func WriteCSV(w io.Writer, rows []Result) error {
	_, err := w.Write(rules.AppendCheckCSV(nil, rows, nil))
	return err
}
