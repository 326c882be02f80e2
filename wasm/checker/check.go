package main

import (
	"encoding/json"
	"errors"
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
}

func newResult(r exercise.Result) result {
	num := func(x float64) *float64 {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
		return &x
	}
	return result{Name: r.Name, Accepted: r.Accepted, Epoch: r.Epoch, Claimed: num(r.Claimed), Metric: num(r.Metric), Reason: r.Reason}
}

// handle answers one command (a JSON session.Command with op "check"),
// calling post with each report as JSON: one of kind "check" after every
// code, with the results so far, or one of kind "error".
func handle(text string, post func(string)) {
	var c session.Command
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
	results := []result{}
	report := func() {
		b, err := json.Marshal(results)
		if err != nil {
			postError(post, err)
			return
		}
		r, _ := json.Marshal(session.Report{Kind: session.KindCheck, Data: string(b), ID: c.ID})
		post(string(r))
	}
	for _, code := range c.Codes {
		for _, r := range exercise.CheckMany(ex, []string{code}) {
			results = append(results, newResult(r))
			report()
		}
	}
	if len(results) == 0 {
		report()
	}
}

func postError(post func(string), err error) {
	b, _ := json.Marshal(session.Report{Kind: session.KindError, Error: err.Error(), Line: 0})
	post(string(b))
}

func quote(s string) string { b, _ := json.Marshal(s); return string(b) }
