package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A CSV saved by a spreadsheet on Windows (Windows-1252, "température")
// trains and then predicts with the column names the page would read: the
// model keeps "température", not "temp\ufffdrature".
func TestWindows1252Table(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("temp\xe9rature,humidit\xe9,pluie\n")
	for i := range 60 {
		b.WriteString(strings.Join([]string{itoa(10 + i%17), itoa(40 + (i*7)%31), []string{"oui", "non"}[i%2]}, ",") + "\n")
	}
	csvFile, model := filepath.Join(dir, "m\xe9t\xe9o.csv"), filepath.Join(dir, "m.json")
	os.WriteFile(csvFile, []byte(b.String()), 0o644)
	if code, out, errs := nnplay(t, "train", csvFile, "-epochs", "5", "-quiet", "-out", model); code != 0 {
		t.Fatalf("train: exit %d\n%s%s", code, out, errs)
	}
	m, _ := os.ReadFile(model)
	if !strings.Contains(string(m), "température") || strings.Contains(string(m), "\ufffd") {
		t.Errorf("model file does not name the column température:\n%.300s", m)
	}
	if code, out, errs := nnplay(t, "predict", "-model", model, csvFile); code != 0 {
		t.Fatalf("predict on the same file: exit %d\n%s%s", code, out, errs)
	}
}

func itoa(i int) string { return string(rune('0'+i/10)) + string(rune('0'+i%10)) }
