package view

import (
	"math"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Heatmap is the model's output over the plane of the two raw input
// features, and every hidden unit's own output over it. Values are scaled to
// 0..255 (probability of the positive class for binary, predicted class
// index scaled for multiclass, the output range for regression).
type Heatmap struct {
	Res     int          `json:"res"` // Res×Res cells, row 0 at the top (largest y)
	X0      float64      `json:"x0"`  // raw-unit bounds of the plane
	X1      float64      `json:"x1"`
	Y0      float64      `json:"y0"`
	Y1      float64      `json:"y1"`
	Out     []byte       `json:"out"`   // Res*Res values
	Units   [][]byte     `json:"units"` // per hidden unit, layer by layer, UnitRes*UnitRes values each
	UnitRes int          `json:"unitRes"`
	Train   [][3]float64 `json:"train"` // x, y, label (class index, or target scaled to 0..1)
	Test    [][3]float64 `json:"test,omitempty"`
	// MapX and MapY name the columns on the axes of a decision map of a
	// table with more than two inputs (NewDecisionMap), empty for
	// two-input data.
	MapX string `json:"mapX,omitempty"`
	MapY string `json:"mapY,omitempty"`
	// The points never change within a session: the trainer sends Train
	// (and Test) in loaded, final, step and edit reports and after a
	// show-test change, and nil in running snapshots; the page keeps the
	// last ones it got.
}

// Planar reports whether the data has exactly two numeric raw features
// (without missing indicators), so
// that the model's output can be drawn over their plane.
func Planar(s *session.Session) bool {
	p := s.Data.Prep
	return p.Numeric() && len(p.Features()) == 2 && !p.Columns[0].Indicator && !p.Columns[1].Indicator
}

// NewHeatmap returns the model's output over the plane of the two raw
// features, res×res cells, and every hidden unit's output at unitRes×unitRes,
// with the training points (and the test points when withTest). It returns
// nil unless Planar.
func NewHeatmap(s *session.Session, res, unitRes int, withTest bool) *Heatmap {
	if !Planar(s) || res < 2 || unitRes < 2 {
		return nil
	}
	ds, t, net := s.Data, s.Table, s.Trainer.Net()
	feats := ds.Prep.Features()
	cols := [2]int{t.Column(feats[0]), t.Column(feats[1])}
	lo, hi := planeBounds(t, cols)
	h := &Heatmap{Res: res, UnitRes: unitRes, X0: lo[0], X1: hi[0], Y0: lo[1], Y1: hi[1]}

	level := outputLevel(ds)

	raw := make([]float64, 2)
	drawPlane(h, net, ds, lo, hi, level, func(dst []float64, vx, vy float64) {
		raw[0], raw[1] = vx, vy
		ds.Prep.TransformRow(dst, raw)
	})

	points := func(sp *data.Split) [][3]float64 {
		pts := make([][3]float64, sp.N)
		for r := range pts {
			xs := sp.X[r*ds.Dim : r*ds.Dim+2]
			p := &pts[r]
			p[0] = xs[0]*ds.Prep.Scale[0] + ds.Prep.Shift[0]
			p[1] = xs[1]*ds.Prep.Scale[1] + ds.Prep.Shift[1]
			p[2] = level(sp.Y[r*ds.Out : r*ds.Out+ds.Out])
		}
		return pts
	}
	h.Train = points(&ds.Train)
	if withTest {
		h.Test = points(&ds.Test)
	}
	return h
}

// planeBounds returns the range of the raw values of columns cols over all
// rows of t, padded by 10 % (a column without spread gets ±1 first).
func planeBounds(t *data.Table, cols [2]int) (lo, hi [2]float64) {
	lo, hi = [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for r := range t.Rows() {
		for k, c := range cols {
			if v, ok := t.Value(r, c); ok {
				lo[k], hi[k] = math.Min(lo[k], v), math.Max(hi[k], v)
			}
		}
	}
	for k := range lo {
		if !(hi[k] > lo[k]) {
			lo[k], hi[k] = lo[k]-1, hi[k]+1
		}
		pad := (hi[k] - lo[k]) * 0.1
		lo[k], hi[k] = lo[k]-pad, hi[k]+pad
	}
	return lo, hi
}

// drawPlane fills h.Out (h.Res² cells) with the network's output over the
// plane lo..hi, row 0 at the top, and h.Units (h.UnitRes² cells each) with
// every hidden unit's. encode writes the prepared inputs of the point
// (vx, vy) into dst.
func drawPlane(h *Heatmap, net *nn.Network, ds *data.Dataset, lo, hi [2]float64, level func([]float64) float64, encode func(dst []float64, vx, vy float64)) {
	res, unitRes := h.Res, h.UnitRes
	// The plane is computed in blocks of rows: one network call per block.
	d := ds.Dim
	x := make([]float64, nn.MaxRows*d)
	row := func(u []float64, k, w int) []float64 { return u[k*w : k*w+w] }
	grid := func(n int, cell func(i int, units [][]float64, k int)) {
		for i0 := 0; i0 < n*n; i0 += nn.MaxRows {
			m := min(nn.MaxRows, n*n-i0)
			for k := range m {
				r, c := (i0+k)/n, (i0+k)%n
				vy := hi[1] - (float64(r)+0.5)/float64(n)*(hi[1]-lo[1])
				vx := lo[0] + (float64(c)+0.5)/float64(n)*(hi[0]-lo[0])
				encode(x[k*d:k*d+d], vx, vy)
			}
			u := net.UnitsRows(x[:m*d])
			for k := range m {
				cell(i0+k, u, k)
			}
		}
	}
	h.Out = make([]byte, res*res)
	L := net.Layers()
	grid(res, func(i int, u [][]float64, k int) { h.Out[i] = toByte(level(row(u[L], k, ds.Out))) })

	// Hidden units: tanh and sigmoid have fixed ranges; others are scaled
	// by their own range over the plane.
	var vals [][]float64
	for l := 1; l < L; l++ {
		for range net.Sizes[l] {
			vals = append(vals, make([]float64, unitRes*unitRes))
		}
	}
	grid(unitRes, func(i int, u [][]float64, k int) {
		j := 0
		for l := 1; l < L; l++ {
			for _, v := range row(u[l], k, net.Sizes[l]) {
				vals[j][i] = v
				j++
			}
		}
	})
	for _, v := range vals {
		a, b := -1.0, 1.0
		switch net.Act {
		case nn.Sigmoid:
			a = 0
		case nn.ReLU, nn.LeakyReLU, nn.Linear:
			a, b = math.Inf(1), math.Inf(-1)
			for _, x := range v {
				a, b = math.Min(a, x), math.Max(b, x)
			}
			if !(b > a) {
				b = a + 1
			}
		}
		u := make([]byte, len(v))
		for i, x := range v {
			u[i] = toByte((x - a) / (b - a))
		}
		h.Units = append(h.Units, u)
	}

}

// outputLevel returns the map from a network output (or a target row) to
// the 0..1 that the maps draw: the probability of the positive class
// (binary), the predicted class index over the classes minus one
// (multiclass), or for regression the value within the training targets'
// range.
func outputLevel(ds *data.Dataset) func(out []float64) float64 {
	ylo, yhi := 0.0, 1.0
	if ds.Task == data.Regression {
		ylo, yhi = math.Inf(1), math.Inf(-1)
		for _, y := range ds.Train.Y {
			ylo, yhi = math.Min(ylo, y), math.Max(yhi, y)
		}
		if !(yhi > ylo) {
			ylo, yhi = ylo-1, yhi+1
		}
	}
	return func(out []float64) float64 {
		switch ds.Task {
		case data.Binary:
			return out[0]
		case data.Multiclass:
			return float64(nn.Class(out)) / float64(len(out)-1)
		}
		return (out[0] - ylo) / (yhi - ylo)
	}
}

func toByte(v float64) byte {
	switch {
	case !(v > 0):
		return 0
	case v >= 1:
		return 255
	}
	return byte(v*255 + 0.5)
}
