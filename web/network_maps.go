package web

import (
	"github.com/nnplayground/playground/web/draw"

	"fmt"
	"math"

	"github.com/nnplayground/playground/web/state"
)

// Each hidden neuron's output map is drawn inside its node on #network, as
// TensorFlow Playground draws it: what the neuron computes over the plane
// of the two inputs (or of the two columns the output map is drawn over),
// blue where it is high and orange where it is low. The worker computes
// the maps (view.Heatmap.Units, layer by layer); the page only colours
// their bytes and hands each to canvas.image, one ImageData a neuron
// copied with CopyBytesToJS, never cell by cell through syscall/js.

// maxNodeMaps bounds the hidden neurons drawn as maps; a larger network's
// nodes are too small to read one, and are drawn as dots.
const maxNodeMaps = 64

// nodeMaps reports whether the hidden nodes of the network drawn are maps:
// the heatmap holds one map for each of its hidden neurons.
func nodeMaps(st *state.Store) bool {
	h, net := st.Run.Heat(), st.Run.Net()
	if h == nil || net == nil || h.UnitRes == 0 || len(net.Sizes) < 3 {
		return false
	}
	n := 0
	for _, s := range net.Sizes[1 : len(net.Sizes)-1] {
		n += s
	}
	return n <= maxNodeMaps && len(h.Units) == n
}

// mapHalf is half the side of a node's map: as large as the rows and the
// columns of the diagram leave room for, at most 20 px, never smaller than
// the dot it replaces.
func mapHalf(step, colGap, r float64) float64 {
	return math.Max(r, math.Min(20, math.Min(step*0.42, colGap*0.3)))
}

var nodeRGBA []byte

// drawNodeMaps draws the hidden neurons' maps in squares of side 2·half
// centred on the units (layout's netGeom), framed in ink (three pixels in
// the alert colour when a coach's notice names the neuron), with the
// bias's colour in a small square at the bottom left corner.
func drawNodeMaps(st *state.Store, c *draw.Canvas, half, maxB float64) {
	h, net := st.Run.Heat(), st.Run.Net()
	k, n := 0, h.UnitRes*h.UnitRes
layers:
	for l := 1; l+1 < len(net.Sizes); l++ {
		for j := range net.Sizes[l] {
			if k >= len(h.Units) || len(h.Units[k]) < n {
				break layers
			}
			x, y := netGeom.xs[l][j]-half, netGeom.ys[l][j]-half
			nodeRGBA = draw.FillRGBA(nodeRGBA, h.Units[k][:n], 0)
			c.Image(nodeRGBA, h.UnitRes, h.UnitRes, x, y, 2*half, 2*half)
			b := math.Max(3, math.Round(half/3))
			c.Fill(x, y+2*half-b, b, b, draw.DivergingRGB(net.B[l-1][j]/maxB))
			if ringed(st, l, j) {
				for d := 0.0; d < 3; d++ {
					c.Rect(x-d, y-d, 2*(half+d), 2*(half+d), draw.ColAlert)
				}
			} else {
				c.Rect(x, y, 2*half, 2*half, draw.ColInk)
			}
			k++
		}
	}
	// For tests and tools: the maps drawn, and where the first one is.
	c.Attr("data-maps", k)
	if k > 0 {
		c.Attr("data-map0", fmt.Sprintf("%.1f,%.1f,%.1f", netGeom.xs[1][0], netGeom.ys[1][0], half))
	}
}
