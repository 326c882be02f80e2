package session_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/nnplayground/playground/core/datasets"
)

// stopTable is one of the real tables that the stop rules' measurements
// (stop_tables_test.go) and TestPastedVsLinear train: its text, target
// and columns to leave out.
type stopTable struct {
	Name, Text, Target string
	Ignore             []string
}

func stopTables(t testing.TB) []stopTable {
	read := func(name string) string {
		b, err := os.ReadFile("../../bench/tables/" + name) // the tables of shared/data, copied into the repository
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	builtin := func(name string) string {
		s, err := datasets.Text(name, 0, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	ts := []stopTable{
		{Name: "iris", Text: builtin("iris"), Target: "species"},
		{Name: "penguins", Text: builtin("penguins"), Target: "species"},
		{Name: "diabetes", Text: builtin("diabetes"), Target: "progression"},
		{Name: "geyser", Text: read("geyser.csv"), Target: "kind"},
		{Name: "healthexp", Text: read("healthexp.csv"), Target: "Life_Expectancy"},
		{Name: "car_crashes", Text: read("car_crashes.csv"), Target: "total", Ignore: []string{"abbrev"}},
	}
	for s := uint64(1); s <= 3; s++ {
		ts = append(ts, stopTable{Name: fmt.Sprintf("pima-like %d", s), Text: datasets.PimaLike(s), Target: "outcome"})
		ts = append(ts, stopTable{Name: fmt.Sprintf("mileage-like %d", s), Text: datasets.MileageLike(s), Target: "mpg"})
	}
	return ts
}
