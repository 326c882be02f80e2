// Package datasets provides the playground's built-in data as CSV text: the
// two-dimensional sets that TensorFlow Playground made familiar (generated
// from a seed, with a number of points and a noise level), the tutorial's
// own four-point example, and real tables (iris, penguins, diabetes; see
// SOURCES.md for their origins and licences).
//
// Every dataset is text, so that built-in and pasted data go through the
// same parser, and a generated set is fully described by its name, point
// count, noise and seed.
package datasets

import (
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/internal/fmath"
)

//go:embed iris.csv
var iris string

//go:embed penguins.csv
var penguins string

//go:embed diabetes.csv
var diabetes string

// tutorial is the tutorial's example: four training points and its three
// test points, marked by the "set" column.
const tutorial = `x1,x2,y,set
1,2,1,train
2,3,2,train
3,4,3,train
4,5,4,train
5,6,5,test
6,7,6,test
7,8,7,test
`

// Info describes a built-in dataset.
type Info struct {
	Name        string // as passed to Text
	Generated   bool   // made from a seed, a point count and a noise level
	Regression  bool   // the target is a number to predict
	Target      string // target column when it is not the last
	SplitColumn string // column fixing the train/test split, if any
	Points      int    // default point count of a generated set
}

var infos = []Info{
	{Name: "circle", Generated: true, Points: 300},
	{Name: "xor", Generated: true, Points: 300},
	{Name: "gauss", Generated: true, Points: 300},
	{Name: "spiral", Generated: true, Points: 500},
	{Name: "reg-plane", Generated: true, Regression: true, Points: 300},
	{Name: "reg-gauss", Generated: true, Regression: true, Points: 300},
	{Name: "tutorial", Regression: true, Target: "y", SplitColumn: "set"},
	{Name: "iris"},
	{Name: "penguins", Target: "species"},
	{Name: "diabetes", Regression: true},
}

// Names returns the names of the built-in datasets, generated ones first.
func Names() []string {
	names := make([]string, len(infos))
	for i, in := range infos {
		names[i] = in.Name
	}
	return names
}

// Lookup returns the description of the dataset called name.
func Lookup(name string) (Info, bool) {
	for _, in := range infos {
		if in.Name == name {
			return in, true
		}
	}
	return Info{}, false
}

// MaxPoints is the largest point count a generated set accepts.
const MaxPoints = 100000

// Text returns the dataset called name as CSV text. Generated sets use
// points (the default when 0), noise in [0, 1] (as TensorFlow Playground, 0.5 is already very noisy) and seed; tables ignore
// them.
func Text(name string, points int, noise float64, seed uint64) (string, error) {
	in, ok := Lookup(name)
	if !ok {
		return "", fmt.Errorf("datasets: no dataset named %q", name)
	}
	switch name {
	case "tutorial":
		return tutorial, nil
	case "iris":
		return iris, nil
	case "penguins":
		return penguins, nil
	case "diabetes":
		return diabetes, nil
	}
	if points == 0 {
		points = in.Points
	}
	if points < 4 || points > MaxPoints {
		return "", fmt.Errorf("datasets: %d points; use 4 to %d", points, MaxPoints)
	}
	if !(noise >= 0 && noise <= 1) {
		return "", fmt.Errorf("datasets: noise %v; use 0 to 1", noise)
	}
	g := &gen{rng: rand.New(rand.NewPCG(seed, 0x64617461)), noise: noise}
	g.buf = append(g.buf, "x,y,label\n"...)
	switch name {
	case "circle":
		g.circle(points)
	case "xor":
		g.xor(points)
	case "gauss":
		g.gauss(points)
	case "spiral":
		g.spiral(points)
	case "reg-plane":
		g.regPlane(points)
	case "reg-gauss":
		g.regGauss(points)
	}
	return string(g.buf), nil
}

// gen writes points as CSV. The shapes follow TensorFlow Playground's
// dataset.ts; the class labels are "positive" (drawn blue, as there) and
// "negative" (orange), so that sorted class names put positive second, as the
// sigmoid output's class 1.
type gen struct {
	rng   *rand.Rand
	noise float64
	buf   []byte
}

func (g *gen) uniform(a, b float64) float64 { return a + (b-a)*g.rng.Float64() }

// normal draws from N(mean, variance).
func (g *gen) normal(mean, variance float64) float64 {
	return mean + math.Sqrt(variance)*normal(g.rng)
}

// normal draws from N(0, 1) by the polar Box–Muller method, with the
// portable logarithm (math/rand's NormFloat64 uses math.Exp, whose last bit
// differs between amd64 and WebAssembly).
func normal(rng *rand.Rand) float64 {
	for {
		v1, v2 := 2*rng.Float64()-1, 2*rng.Float64()-1
		s := v1*v1 + v2*v2
		if s > 0 && s < 1 {
			return math.Sqrt(-2*fmath.Log(s)/s) * v1
		}
	}
}

func (g *gen) point(x, y float64, label string) {
	g.buf = strconv.AppendFloat(g.buf, x, 'f', 4, 64)
	g.buf = append(g.buf, ',')
	g.buf = strconv.AppendFloat(g.buf, y, 'f', 4, 64)
	g.buf = append(g.buf, ',')
	g.buf = append(g.buf, label...)
	g.buf = append(g.buf, '\n')
}

func (g *gen) value(x, y, v float64) {
	g.point(x, y, strconv.FormatFloat(v, 'f', 4, 64))
}

func class(positive bool) string {
	if positive {
		return "positive"
	}
	return "negative"
}

func (g *gen) circle(n int) {
	const radius = 5
	label := func(x, y float64) string { return class(math.Sqrt(x*x+y*y) < radius*0.5) }
	for i := range n {
		lo, hi := 0.0, radius*0.5
		if i >= n/2 {
			lo, hi = radius*0.7, radius
		}
		r, a := g.uniform(lo, hi), g.uniform(0, 2*math.Pi)
		x, y := r*math.Sin(a), r*math.Cos(a)
		nx, ny := g.uniform(-radius, radius)*g.noise, g.uniform(-radius, radius)*g.noise
		g.point(x, y, label(x+nx, y+ny))
	}
}

func (g *gen) xor(n int) {
	const padding = 0.3
	for range n {
		x, y := g.uniform(-5, 5), g.uniform(-5, 5)
		x += math.Copysign(padding, x)
		y += math.Copysign(padding, y)
		nx, ny := g.uniform(-5, 5)*g.noise, g.uniform(-5, 5)*g.noise
		g.point(x, y, class((x+nx)*(y+ny) >= 0))
	}
}

func (g *gen) gauss(n int) {
	variance := 0.5 + 3.5*g.noise/0.5
	for i := range n {
		c, positive := 2.0, true
		if i >= n/2 {
			c, positive = -2, false
		}
		g.point(g.normal(c, variance), g.normal(c, variance), class(positive))
	}
}

func (g *gen) spiral(n int) {
	half := n / 2
	for k, delta := range []float64{0, math.Pi} {
		m := half
		if k == 1 {
			m = n - half
		}
		for i := range m {
			r := float64(i) / float64(m) * 5
			t := 1.75*float64(i)/float64(m)*2*math.Pi + delta
			x := r*math.Sin(t) + g.uniform(-1, 1)*g.noise
			y := r*math.Cos(t) + g.uniform(-1, 1)*g.noise
			g.point(x, y, class(k == 0))
		}
	}
}

func (g *gen) regPlane(n int) {
	const radius = 6
	for range n {
		x, y := g.uniform(-radius, radius), g.uniform(-radius, radius)
		nx, ny := g.uniform(-radius, radius)*g.noise, g.uniform(-radius, radius)*g.noise
		g.value(x, y, (x+nx+y+ny)/10)
	}
}

func (g *gen) regGauss(n int) {
	const radius = 6
	centres := [...][3]float64{{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}}
	label := func(x, y float64) float64 {
		var v float64
		for _, c := range centres {
			dx, dy := x-c[0], y-c[1]
			s := c[2] * math.Max(0, 1-math.Sqrt(dx*dx+dy*dy)/2)
			if math.Abs(s) > math.Abs(v) {
				v = s
			}
		}
		return v
	}
	for range n {
		x, y := g.uniform(-radius, radius), g.uniform(-radius, radius)
		nx, ny := g.uniform(-radius, radius)*g.noise, g.uniform(-radius, radius)*g.noise
		g.value(x, y, label(x+nx, y+ny))
	}
}

// DigitsLike returns a table shaped like the handwritten-digits data (1,797
// rows of 64 pixel values 0–16 and a class column "digit" with ten classes,
// each with its own mean image), drawn from a fixed seed. It is the wide
// benchmark workload, the same natively, on the command line and in the
// browser.
func DigitsLike() string {
	rng := rand.New(rand.NewPCG(64, 10))
	var means [10][64]float64
	for k := range means {
		for j := range means[k] {
			means[k][j] = 16 * rng.Float64()
		}
	}
	var b strings.Builder
	for j := range 64 {
		b.WriteString("p" + strconv.Itoa(j) + ",")
	}
	b.WriteString("digit\n")
	for r := range 1797 {
		k := r % 10
		for j := range 64 {
			v := min(16, max(0, means[k][j]+4*normal(rng)))
			b.WriteString(strconv.Itoa(int(v)) + ",")
		}
		b.WriteString("d" + strconv.Itoa(k) + "\n")
	}
	return b.String()
}
