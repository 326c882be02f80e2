package export

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"strconv"
	"testing"
)

// Python reads a decimal literal to the nearest float64, as strconv does,
// so a literal that reads back in Go reads back in Python.
func TestPyFloat(t *testing.T) {
	tests := []struct {
		Input  float64
		Output string
	}{
		{0, "0.0"},
		{3, "3.0"},
		{-2, "-2.0"},
		{0.1, "0.1"},
		{1e-8, "1e-08"},
		{1e21, "1e+21"},
		{math.Nextafter(1, 2), "1.0000000000000002"},
		{5e-324, "5e-324"},
	}
	for _, tc := range tests {
		got := pyFloat(tc.Input)
		if got != tc.Output {
			t.Errorf("pyFloat(%v) = %q, want %q", tc.Input, got, tc.Output)
		}
		back, err := strconv.ParseFloat(got, 64)
		if err != nil || back != tc.Input {
			t.Errorf("%q reads back as %v, %v", got, back, err)
		}
	}
}

func tiny() *Problem {
	return &Problem{
		Sizes: []int{2, 1}, W: [][]float64{{0.5, -0.25}}, B: [][]float64{{0}},
		Loss: 1, OneHot: []bool{false, false}, Shift: []float64{0, 0}, Scale: []float64{1, 1},
		NTrain: 2, TrainX: []float64{1, 2, 3, 4}, TrainY: []float64{1, 0},
	}
}

// Shapes that do not fit are errors, never a broken script.
func TestBadProblem(t *testing.T) {
	p := tiny()
	p.TrainY = p.TrainY[:1]
	if err := NumPy(io.Discard, p, Options{}); err == nil {
		t.Error("NumPy accepted 2 rows with 1 target")
	}
	p = tiny()
	p.W[0] = p.W[0][:1]
	if err := PyTorch(io.Discard, p, Options{}); err == nil {
		t.Error("PyTorch accepted a layer with too few weights")
	}
	if err := NumPy(io.Discard, tiny(), Options{}); err != nil {
		t.Errorf("NumPy: %v", err)
	}
}

// Each .npy member has the version 1.0 header, padded to 64 bytes, and
// the little-endian values.
func TestWriteNPZ(t *testing.T) {
	var b bytes.Buffer
	if err := WriteNPZ(&b, tiny()); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		r, _ := f.Open()
		raw, _ := io.ReadAll(r)
		hl := int(raw[8]) | int(raw[9])<<8
		if string(raw[:8]) != "\x93NUMPY\x01\x00" || (10+hl)%64 != 0 || raw[10+hl-1] != '\n' {
			t.Errorf("%s: bad header %q", f.Name, raw[:10+hl])
		}
		if f.Name == "x_train.npy" {
			if got := raw[10+hl:]; len(got) != 32 || math.Float64frombits(leUint64(got[24:])) != 4 {
				t.Errorf("x_train data % x", got)
			}
		}
	}
	want := "[x_train.npy y_train.npy x_test.npy y_test.npy w0.npy b0.npy]"
	if got := "[" + join(names) + "]"; got != want {
		t.Errorf("members %s, want %s", got, want)
	}
}

func leUint64(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func join(s []string) string {
	var b bytes.Buffer
	for i, x := range s {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x)
	}
	return b.String()
}
