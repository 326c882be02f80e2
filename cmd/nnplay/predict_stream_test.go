package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/nn"
)

// livePeak runs f and returns the most memory in use (after a collection)
// at the end of any chunk predict writes, and the time f took.
func livePeak(f func()) (uint64, time.Duration) {
	defer func(g func()) { afterChunk = g }(afterChunk)
	var peak uint64
	afterChunk = func() {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		peak = max(peak, m.HeapAlloc)
	}
	start := time.Now()
	f()
	return peak, time.Since(start)
}

// nnplay predict streams the table: its output is the whole table's
// predictions (nn.AppendPredictionsCSV on the table parsed whole, byte
// for byte), and the memory in use does not grow with the rows. Stated
// bound: 400,000 rows (10 MB) hold at most 8 MB more than 50,000 do.
func TestPredictStreams(t *testing.T) {
	dir := t.TempDir()
	text, err := datasets.Text("iris", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	model := irisModel(t, 5)
	header, body, _ := strings.Cut(text, "\n")
	big := func(rows int) string {
		lines := strings.Split(strings.TrimSpace(body), "\n")
		var b strings.Builder
		b.WriteString(header + "\n")
		for i := range rows {
			b.WriteString(lines[i%len(lines)] + "\n")
		}
		return b.String()
	}
	var peaks [2]uint64
	for i, rows := range []int{50_000, 400_000} {
		name, pred := filepath.Join(dir, "t.csv"), filepath.Join(dir, "p.csv")
		table := []byte(big(rows))
		size := len(table)
		os.WriteFile(name, table, 0o644)
		table = nil // not held while predict's memory is measured
		var code int
		var errs string
		peak, d := livePeak(func() { code, _, errs = nnplay(t, "predict", "-model", model, "-o", pred, name) })
		if code != 0 {
			t.Fatalf("predict: exit %d: %s", code, errs)
		}
		peaks[i] = peak
		t.Logf("%d rows (%d MB): predicted in %v, at most %d MB in use", rows, size>>20, d.Round(time.Millisecond), peak>>20)
		if rows > 100_000 {
			continue
		}
		m, err := readModel(model)
		if err != nil {
			t.Fatal(err)
		}
		table, err = os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := data.Parse(string(table))
		if err != nil {
			t.Fatal(err)
		}
		x, _, err := m.Prep.Transform(tab)
		if err != nil {
			t.Fatal(err)
		}
		y, _ := m.Prep.Labels(tab)
		out, err := os.ReadFile(pred)
		if err != nil {
			t.Fatal(err)
		}
		if want := nn.AppendPredictionsCSV(nil, tab, nil, m.Prep, y, m.Predict(nil, x)); !bytes.Equal(out, want) {
			t.Errorf("streamed predictions differ from the whole table's: %d and %d bytes", len(out), len(want))
		}
	}
	if peaks[1] > peaks[0]+8<<20 {
		t.Errorf("8 times the rows: %d MB in use, against %d MB", peaks[1]>>20, peaks[0]>>20)
	}
}

// The output of predict on a table in another encoding, with a "sep="
// line and carriage returns, is what it is on the same table as UTF-8.
func TestPredictStreamsEncodings(t *testing.T) {
	dir := t.TempDir()
	text, err := datasets.Text("iris", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	model := irisModel(t, 2)
	predict := func(b []byte) string {
		name := filepath.Join(dir, "t.csv")
		os.WriteFile(name, b, 0o644)
		code, out, errs := nnplay(t, "predict", "-model", model, name)
		if code != 0 {
			t.Fatalf("predict: exit %d: %s", code, errs)
		}
		return out
	}
	want := predict([]byte(text))
	utf16 := []byte{0xff, 0xfe}
	for _, r := range text {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	for name, b := range map[string][]byte{
		"UTF-16":    utf16,
		"sep=":      []byte("sep=,\n" + text),
		"CR":        bytes.ReplaceAll([]byte(text), []byte("\n"), []byte("\r")),
		"CRLF":      bytes.ReplaceAll([]byte(text), []byte("\n"), []byte("\r\n")),
		"UTF-8 BOM": append([]byte("\ufeff"), text...),
	} {
		if got := predict(b); got != want {
			t.Errorf("%s: %d bytes of predictions, want %d", name, len(got), len(want))
		}
	}
}

// irisModel trains iris (irisFile) for epochs epochs and returns the
// model file nnplay train writes.
func irisModel(t *testing.T, epochs int) string {
	t.Helper()
	model := filepath.Join(t.TempDir(), "m.json")
	if code, out, errs := nnplay(t, "train", irisFile(t), "-epochs", strconv.Itoa(epochs), "-quiet", "-out", model); code != 0 {
		t.Fatalf("train: exit %d\n%s%s", code, out, errs)
	}
	return model
}
