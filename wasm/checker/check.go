package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/session"
)

// result is exercise.Result as JSON, with null for a number that is not
// finite.
type result struct {
	Name     string   `json:"name"`
	Accepted bool     `json:"accepted"`
	Epoch    int      `json:"epoch"`
	Claimed  *float64 `json:"claimed"`
	Metric   *float64 `json:"metric"`
	Reason   string   `json:"reason"`
	// NameBound and Flag: see exercise.Result.
	NameBound bool   `json:"nameBound"`
	Flag      string `json:"flag,omitempty"`
}

func newResult(r exercise.Result) result {
	num := func(x float64) *float64 {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
		return &x
	}
	return result{Name: r.Name, Accepted: r.Accepted, Epoch: r.Epoch, Claimed: num(r.Claimed), Metric: num(r.Metric), Reason: r.Reason,
		NameBound: r.NameBound, Flag: r.Flag}
}

// handle answers one command (a JSON session.Command with op "check"),
// calling post with each report as JSON: one of kind "check" after every
// code found among the words of Codes (exercise.FindCodes), with the results so far (the last one with the class check's
// flags, exercise.Flag), or one of kind "error". A panic while answering
// is reported as an error of the command, and the worker lives on.
func handle(text string, post func(string)) {
	var c session.Command
	defer func() {
		if v := recover(); v != nil {
			b, _ := json.Marshal(session.Report{Kind: session.KindError, Error: fmt.Sprintf("checker: internal error: %v", v), Data: "bad", ID: c.ID})
			post(string(b))
		}
	}()
	if err := json.Unmarshal([]byte(text), &c); err != nil {
		postError(post, errors.New("checker: bad command: "+err.Error()))
		return
	}
	if isTool(c.Op) {
		data, err := tool(&c)
		if err != nil {
			b, _ := json.Marshal(session.Report{Kind: session.KindError, Error: err.Error(), Data: errorClass(err), ID: c.ID})
			post(string(b))
			return
		}
		b, _ := json.Marshal(session.Report{Kind: session.KindTool, Data: data, ID: c.ID})
		post(string(b))
		return
	}
	if c.Op != session.OpCheck {
		postError(post, errors.New("checker: unknown op "+quote(c.Op)))
		return
	}
	l := strings.TrimSpace(c.Text)
	if i := strings.IndexByte(l, '#'); i > 0 {
		l = l[i:] // a whole URL: the link is its fragment
	}
	ex, err := exercise.Decode(l)
	if err != nil {
		b, _ := json.Marshal(session.Report{Kind: session.KindError, Error: err.Error(), Data: errorClass(err), ID: c.ID})
		post(string(b))
		return
	}
	var rows []exercise.Result
	report := func() {
		results := []result{}
		for _, r := range rows {
			results = append(results, newResult(r))
		}
		b, err := json.Marshal(results)
		if err != nil {
			postError(post, err)
			return
		}
		r, _ := json.Marshal(session.Report{Kind: session.KindCheck, Data: string(b), ID: c.ID})
		post(string(r))
	}
	// Codes among other words (chat text, split by the page or not): only
	// the words that read as codes are checked (rules.FindCodes, which the
	// page can call to count the others for its note).
	codes, _ := exercise.FindCodes(strings.Join(c.Codes, "\n"))
	for i, code := range codes {
		r, _ := checkCode(ex, code)
		rows = append(rows, r)
		if i < len(codes)-1 {
			report() // the last report comes with the flags
		}
	}
	exercise.Flag(rows, nil)
	report()
}

// checkCode is exercise.Check; tests replace it.
var checkCode = exercise.Check

func postError(post func(string), err error) {
	b, _ := json.Marshal(session.Report{Kind: session.KindError, Error: err.Error(), Line: 0})
	post(string(b))
}

func quote(s string) string { b, _ := json.Marshal(s); return string(b) }
