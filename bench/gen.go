package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
)

// A generator writes a table of n rows: emit is called with the header
// first, then with each row. Its randomness comes from r alone.
type generator struct {
	Name string
	Rows int // the default number of rows
	Fn   func(r *rand.Rand, n int, emit func(...string))
}

// generators are the generated tables, by the name a manifest's Generate
// field gives.
var generators = []generator{
	{"messy", 50000, genMessy},
	{"titanic-like", 891, genTitanic},
	{"tips-like", 244, genTips},
	{"mpg-like", 398, genMPG},
	{"diamonds-like", 53940, genDiamonds},
	{"taxis-like", 6433, genTaxis},
	{"planets-like", 1035, genPlanets},
}

func lookupGenerator(name string) (generator, bool) {
	for _, g := range generators {
		if g.Name == name {
			return g, true
		}
	}
	return generator{}, false
}

// generate writes the generated table name with n rows (0: its default)
// and seed to the file path.
func generate(path, name string, n int, seed uint64) error {
	g, ok := lookupGenerator(name)
	if !ok {
		return fmt.Errorf("no generator %q", name)
	}
	if n == 0 {
		n = g.Rows
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	w := csv.NewWriter(bw)
	g.Fn(rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)), n, func(rec ...string) { w.Write(rec) })
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// pick returns an index drawn with the weights w (not necessarily
// summing to 1).
func pick(r *rand.Rand, w ...float64) int {
	var sum float64
	for _, v := range w {
		sum += v
	}
	u := r.Float64() * sum
	for i, v := range w {
		if u < v {
			return i
		}
		u -= v
	}
	return len(w) - 1
}

// fmtF writes v with d decimals.
func fmtF(v float64, d int) string { return strconv.FormatFloat(v, 'f', d, 64) }

func fmtI(v int) string { return strconv.Itoa(v) }

// lognormal draws exp(N(log(median), sigma²)).
func lognormal(r *rand.Rand, median, sigma float64) float64 {
	return median * math.Exp(sigma*r.NormFloat64())
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// maybe returns s, or "" (a missing cell) with probability p.
func maybe(r *rand.Rand, p float64, s string) string {
	if r.Float64() < p {
		return ""
	}
	return s
}
