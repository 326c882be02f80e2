package session

import (
	"math"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
)

// The parts of Session.Heatmap, in its order.

// planeBounds returns the plane that Heatmap draws: the range of the raw
// feature columns cols over all rows of t, padded by 10 % on each side (and
// by 1 first where a feature has a single value).
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

// outputLevel returns the function that maps one row of outputs (or of
// encoded targets) to 0..1 for the heatmap: the probability of the second
// class for binary, the class (nn.Class) over the number of classes less
// one for multiclass, and for regression the value within the training
// targets' range.
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

// planeGrid runs a network over the cells of a grid laid on the plane
// lo..hi of the two raw features.
type planeGrid struct {
	ds     *data.Dataset
	net    *nn.Network
	lo, hi [2]float64
	x      []float64 // one block of transformed rows
	raw    []float64 // one cell's raw features
}

func newPlaneGrid(ds *data.Dataset, net *nn.Network, lo, hi [2]float64) *planeGrid {
	return &planeGrid{ds: ds, net: net, lo: lo, hi: hi, x: make([]float64, nn.MaxRows*ds.Dim), raw: make([]float64, 2)}
}

// cells calls cell for each of the n×n cells, row 0 at the top, with the
// cell's index i and the units of every layer (nn.Network.UnitsRows) of
// which the cell is row k. The plane is computed in blocks of rows: one
// network call per block.
func (g *planeGrid) cells(n int, cell func(i int, units [][]float64, k int)) {
	d := g.ds.Dim
	lo, hi := g.lo, g.hi
	for i0 := 0; i0 < n*n; i0 += nn.MaxRows {
		m := min(nn.MaxRows, n*n-i0)
		for k := range m {
			r, c := (i0+k)/n, (i0+k)%n
			g.raw[1] = hi[1] - (float64(r)+0.5)/float64(n)*(hi[1]-lo[1])
			g.raw[0] = lo[0] + (float64(c)+0.5)/float64(n)*(hi[0]-lo[0])
			g.ds.Prep.TransformRow(g.x[k*d:k*d+d], g.raw)
		}
		u := g.net.UnitsRows(g.x[:m*d])
		for k := range m {
			cell(i0+k, u, k)
		}
	}
}

// outputMap returns the model's output over res×res cells, by level.
func (g *planeGrid) outputMap(res int, level func([]float64) float64) []byte {
	out := make([]byte, res*res)
	L, o := g.net.Layers(), g.ds.Out
	g.cells(res, func(i int, u [][]float64, k int) { out[i] = toByte(level(u[L][k*o : k*o+o])) })
	return out
}

// unitMaps returns every hidden unit's output over unitRes×unitRes cells,
// layer by layer. Tanh and sigmoid units are scaled from their fixed range
// (-1..1, 0..1); others by their own range over the plane.
func (g *planeGrid) unitMaps(unitRes int) [][]byte {
	net := g.net
	L := net.Layers()
	var vals [][]float64
	for l := 1; l < L; l++ {
		for range net.Sizes[l] {
			vals = append(vals, make([]float64, unitRes*unitRes))
		}
	}
	g.cells(unitRes, func(i int, u [][]float64, k int) {
		j := 0
		for l := 1; l < L; l++ {
			w := net.Sizes[l]
			for _, v := range u[l][k*w : k*w+w] {
				vals[j][i] = v
				j++
			}
		}
	})
	var maps [][]byte
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
		maps = append(maps, u)
	}
	return maps
}

// planePoints returns the rows of sp as heatmap points: the two raw
// features and the target's level.
func planePoints(ds *data.Dataset, sp *data.Split, level func([]float64) float64) [][3]float64 {
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
