package export

import (
	"archive/zip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strings"
)

// WriteNPZ writes p's data and weights as a NumPy .npz archive (a zip of
// .npy files, stored uncompressed), for scripts written with
// Options.DataFile: x_train, y_train, x_test, y_test, w0…, b0… and, when
// there is a batch order, order (epochs × rows, int64).
func WriteNPZ(w io.Writer, p *Problem) error {
	if err := p.check(); err != nil {
		return err
	}
	z := zip.NewWriter(w)
	d, o := p.Sizes[0], p.Sizes[len(p.Sizes)-1]
	put := func(name string, shape []int, f64 []float64, i64 []int) error {
		h := &zip.FileHeader{Name: name + ".npy", Method: zip.Store}
		fw, err := z.CreateHeader(h)
		if err != nil {
			return err
		}
		descr := "<f8"
		if i64 != nil {
			descr = "<i8"
		}
		dims := make([]string, len(shape))
		for i, s := range shape {
			dims[i] = fmt.Sprint(s)
		}
		tuple := strings.Join(dims, ", ")
		if len(shape) == 1 {
			tuple += ","
		}
		header := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': (%s), }", descr, tuple)
		// Magic (6) + version (2) + length (2) + header + '\n', padded to 64.
		pad := 64 - (10+len(header)+1)%64
		if pad == 64 {
			pad = 0
		}
		header += strings.Repeat(" ", pad) + "\n"
		buf := make([]byte, 0, 10+len(header)+8*(len(f64)+len(i64)))
		buf = append(buf, "\x93NUMPY\x01\x00"...)
		buf = binary.LittleEndian.AppendUint16(buf, uint16(len(header)))
		buf = append(buf, header...)
		for _, v := range f64 {
			buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(v))
		}
		for _, v := range i64 {
			buf = binary.LittleEndian.AppendUint64(buf, uint64(int64(v)))
		}
		_, err = fw.Write(buf)
		return err
	}
	arrays := []struct {
		name  string
		shape []int
		v     []float64
	}{
		{"x_train", []int{p.NTrain, d}, p.TrainX},
		{"y_train", []int{p.NTrain, o}, p.TrainY},
		{"x_test", []int{p.NTest, d}, p.TestX},
		{"y_test", []int{p.NTest, o}, p.TestY},
	}
	for _, a := range arrays {
		if err := put(a.name, a.shape, a.v, nil); err != nil {
			return err
		}
	}
	for l := range p.W {
		if err := put(fmt.Sprintf("w%d", l), []int{p.Sizes[l+1], p.Sizes[l]}, p.W[l], nil); err != nil {
			return err
		}
		if err := put(fmt.Sprintf("b%d", l), []int{p.Sizes[l+1]}, p.B[l], nil); err != nil {
			return err
		}
	}
	if len(p.Order) > 0 {
		flat := make([]int, 0, len(p.Order)*p.NTrain)
		for _, o := range p.Order {
			flat = append(flat, o...)
		}
		if err := put("order", []int{len(p.Order), p.NTrain}, nil, flat); err != nil {
			return err
		}
	}
	return z.Close()
}
