package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// classCodes makes an XOR exercise and a student's code for it.
func classCodes(t *testing.T) (exLink, code string) {
	t.Helper()
	s := session.Default()
	s.Dataset, s.Points, s.Noise = "xor", 200, 0.05
	ex := &exercise.Exercise{Title: "XOR", Settings: s, Goal: exercise.Goal{Metric: exercise.Accuracy, Threshold: 0.9, MaxEpochs: 100}}
	exLink, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	st := ex.StudentSettings("Ana", s)
	st.Model.Hidden, st.Model.Optimizer = []int{6}, nn.Adam
	ss, err := session.Build(st)
	if err != nil {
		t.Fatal(err)
	}
	for !ex.Met(ss.Trainer.Stats()) {
		if err := ss.Trainer.Step(); err != nil || ss.Trainer.Epoch() > 100 {
			t.Fatalf("not solved: %v", err)
		}
	}
	code, err = ex.Code("Ana", st, false, ss.Trainer.Stats())
	if err != nil {
		t.Fatal(err)
	}
	return exLink, code
}

func TestCheckCommand(t *testing.T) {
	exLink, code := classCodes(t)
	c, err := exercise.ReadCode(code)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "=Bo" // a renamed copy, with a formula for a name
	renamed, err := link.EncodeAs(exercise.CodeKind, c)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	codes := filepath.Join(dir, "codes.txt")
	text := "hello here is my code " + code + " thanks\n" + strings.TrimPrefix(renamed, "#") + "\n" + code + "\n"
	if err := os.WriteFile(codes, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	class := filepath.Join(dir, "class.txt")
	os.WriteFile(class, []byte("Ana\nCy\n"), 0o644)
	exFile := filepath.Join(dir, "exercise.txt")
	os.WriteFile(exFile, []byte("https://example.org/"+exLink+"\n"), 0o644)

	status, out, errs := nnplay(t, "check", "-class", class, exLink, codes)
	if status != 0 {
		t.Fatalf("exit %d: %s", status, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	verdicts := []string{}
	for _, r := range recs {
		verdicts = append(verdicts, r[0]+" "+r[1])
	}
	// The page's columns (exercise.CSVHeader); Cy, on the class list,
	// handed in nothing.
	want := []string{"name verdict", "Ana accepted", "'=Bo refused", "Ana flagged", "Cy missing"}
	if !slices.Equal(verdicts, want) || !strings.Contains(recs[3][4], "the same code as row 1") || !slices.Equal(recs[0], exercise.CSVHeader) {
		t.Errorf("table %q; want %q and a flag", recs, want)
	}
	if r := recs[2]; r[5] != exercise.ReasonChanged || !strings.Contains(r[6], "digest") {
		t.Errorf("the renamed code's reason %q and cause %q", r[5], r[6])
	}
	if !strings.Contains(errs, "6 words that are not codes were ignored") || !strings.Contains(errs, "3 codes: 1 accepted, 1 flagged, 1 refused; 1 names of the class list without a code") {
		t.Errorf("notes %q", errs)
	}

	// -o, a file holding the exercise's URL, and errors.
	csvFile := filepath.Join(dir, "class.csv")
	if status, _, errs := nnplay(t, "check", "-o", csvFile, exFile, codes); status != 0 {
		t.Fatalf("exit %d: %s", status, errs)
	}
	if b, _ := os.ReadFile(csvFile); !bytes.HasPrefix(b, []byte("name,verdict,metric,epoch,flag,reason,cause\n")) || bytes.Count(b, []byte("\n")) != 4 {
		t.Errorf("-o wrote %q", b)
	}
	for _, tt := range []struct {
		Args   []string
		Status int
		Errors string
	}{
		{[]string{"check", exLink}, 2, "give the exercise link"},
		{[]string{"check", "#v1.AAAA", codes}, 1, "exercise link"},
		{[]string{"check", exLink, filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
	} {
		if status, _, errs := nnplay(t, tt.Args...); status != tt.Status || !strings.Contains(errs, tt.Errors) {
			t.Errorf("%q: exit %d, %q; want %d and %q", tt.Args, status, errs, tt.Status, tt.Errors)
		}
	}
}
