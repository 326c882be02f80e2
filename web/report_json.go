package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strconv"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// decodeSnapshot decodes the worker's running snapshots without
// encoding/json, whose reflection costs milliseconds per report in
// WebAssembly (about a tenth of the page's thread while training). It knows
// only the keys a snapshot carries (kind, error, line, column, running,
// history, net, heatmap, confusion, scatter, diverged, overfitting) and
// reports errUnknownKey for any other, so that the caller falls back to
// encoding/json for loaded data, models and the rest. A null leaves the
// zero value, as encoding/json does.
//
// The heatmap's training and test points never change within a session and
// the worker sends the same bytes each time: they are parsed once and
// reused while their bytes stay equal.
func decodeSnapshot(dst *session.Report, b []byte) error {
	d := jdec{b: b}
	*dst = session.Report{}
	d.object(func(key string) {
		switch key {
		case "kind":
			dst.Kind = d.str()
		case "error":
			dst.Error = d.str()
		case "line":
			dst.Line = d.int()
		case "column":
			dst.Column = d.int()
		case "code":
			dst.Code = d.str()
		case "cell":
			dst.Cell = d.str()
		case "running":
			dst.Running = d.bool()
		case "epoch":
			dst.Epoch = d.int()
		case "notices":
			d.array(func() {
				var n nn.Notice
				d.notice(&n)
				dst.Notices = append(dst.Notices, n)
			})
		case "exploded":
			if !d.null() {
				e := new(session.Explosion)
				d.object(func(key string) {
					switch key {
					case "epoch":
						e.Epoch = d.int()
					case "why":
						e.Why = d.str()
					case "value":
						e.Value = d.num()
					case "limit":
						e.Limit = d.num()
					case "lastGood":
						e.LastGood = d.int()
					case "lr":
						e.LearningRate = d.num()
					case "clipped":
						e.Clipped = d.bool()
					case "inputMax":
						e.InputMax = d.num()
					default:
						d.skip()
					}
				})
				dst.Exploded = e
			}
		case "explain":
			if !d.null() {
				n := new(nn.Neuron)
				d.object(func(key string) {
					switch key {
					case "layer":
						n.Layer = d.int()
					case "unit":
						n.Unit = d.int()
					case "act":
						n.Act = d.str()
					case "inputs":
						n.Inputs = d.floats()
					case "weights":
						n.Weights = d.floats()
					case "bias":
						n.Bias = d.num()
					case "z":
						n.Z = d.num()
					case "a":
						n.A = d.num()
					case "loss":
						n.Loss = d.num()
					case "delta":
						n.Delta = d.num()
					case "gradW":
						n.GradW = d.floats()
					case "gradB":
						n.GradB = d.num()
					default:
						d.skip()
					}
				})
				dst.Explain = n
			}
		case "stopped":
			if !d.null() {
				s := new(nn.Stop)
				d.object(func(key string) {
					switch key {
					case "reason":
						if err := s.Reason.UnmarshalText([]byte(d.str())); err != nil {
							d.fail()
						}
					case "epoch":
						s.Epoch = d.int()
					case "best":
						s.Best = d.int()
					case "bestLoss":
						s.BestLoss = d.num()
					case "monitored":
						s.Monitored = d.str()
					case "restored":
						s.Restored = d.bool()
					default:
						d.skip()
					}
				})
				dst.Stopped = s
			}
		case "diverged":
			dst.Diverged = d.bool()
		case "overfitting":
			dst.Overfitting = d.bool()
		case "history":
			d.array(func() {
				var s nn.Stats
				d.stats(&s)
				dst.History = append(dst.History, s)
			})
		case "net":
			if !d.null() {
				dst.Net = new(nn.Network)
				d.net(dst.Net)
			}
		case "heatmap":
			if !d.null() {
				dst.Heatmap = new(session.Heatmap)
				d.heatmap(dst.Heatmap)
			}
		case "confusion":
			if !d.null() {
				dst.Confusion = [][]int{}
				d.array(func() {
					row := []int{}
					d.array(func() { row = append(row, d.int()) })
					dst.Confusion = append(dst.Confusion, row)
				})
			}
		case "scatter":
			if !d.null() {
				dst.Scatter = [][2]float64{}
				d.array(func() {
					var p [2]float64
					k := 0
					d.array(func() {
						if k < 2 {
							p[k] = d.num()
						} else {
							d.fail()
						}
						k++
					})
					dst.Scatter = append(dst.Scatter, p)
				})
			}
		default:
			d.err = errUnknownKey
		}
	})
	d.ws()
	if d.err == nil && d.i != len(d.b) {
		d.fail()
	}
	return d.err
}

var (
	errUnknownKey = errors.New("report: a key the fast decoder does not know")
	errSyntax     = errors.New("report: bad JSON")
)

// pointCache keeps the last parsed heatmap points and their bytes.
var pointCache struct {
	train, test       []byte
	trainPts, testPts [][3]float64
}

func (d *jdec) stats(s *nn.Stats) {
	d.object(func(key string) {
		switch key {
		case "epoch":
			s.Epoch = d.int()
		case "trainLoss":
			s.TrainLoss = d.num()
		case "testLoss":
			s.TestLoss = d.num()
		case "trainMetric":
			s.TrainMetric = d.num()
		case "testMetric":
			s.TestMetric = d.num()
		case "trainRMSE":
			s.TrainRMSE = d.num()
		case "testRMSE":
			s.TestRMSE = d.num()
		case "gradNorms":
			if !d.null() {
				s.GradNorms = d.floats()
			}
		default:
			d.err = errUnknownKey
		}
	})
}

func (d *jdec) net(n *nn.Network) {
	d.object(func(key string) {
		switch key {
		case "sizes":
			if !d.null() {
				n.Sizes = []int{}
				d.array(func() { n.Sizes = append(n.Sizes, d.int()) })
			}
		case "activation":
			if !d.null() && n.Act.UnmarshalText([]byte(d.str())) != nil {
				d.fail()
			}
		case "output":
			if !d.null() && n.Out.UnmarshalText([]byte(d.str())) != nil {
				d.fail()
			}
		case "w":
			n.W = d.matrix()
		case "b":
			n.B = d.matrix()
		default:
			d.err = errUnknownKey
		}
	})
}

func (d *jdec) matrix() [][]float64 {
	if d.null() {
		return nil
	}
	m := [][]float64{}
	d.array(func() {
		var row []float64
		if !d.null() {
			row = d.floats()
		}
		m = append(m, row)
	})
	return m
}

func (d *jdec) heatmap(h *session.Heatmap) {
	d.object(func(key string) {
		switch key {
		case "res":
			h.Res = d.int()
		case "unitRes":
			h.UnitRes = d.int()
		case "x0":
			h.X0 = d.num()
		case "x1":
			h.X1 = d.num()
		case "y0":
			h.Y0 = d.num()
		case "y1":
			h.Y1 = d.num()
		case "out":
			h.Out = d.bytes()
		case "units":
			if !d.null() {
				h.Units = [][]byte{}
				d.array(func() { h.Units = append(h.Units, d.bytes()) })
			}
		case "train":
			h.Train = d.points(&pointCache.train, &pointCache.trainPts)
		case "test":
			h.Test = d.points(&pointCache.test, &pointCache.testPts)
		case "mapX":
			h.MapX = d.str()
		case "mapY":
			h.MapY = d.str()
		default:
			d.err = errUnknownKey
		}
	})
}

// points parses an array of [x, y, label] triples, or returns the cached
// ones when the bytes are those parsed last time.
func (d *jdec) points(raw *[]byte, cached *[][3]float64) [][3]float64 {
	if d.null() {
		return nil
	}
	start := d.i
	end := d.skip()
	if d.err != nil {
		return nil
	}
	span := d.b[start:end]
	if *raw != nil && bytes.Equal(span, *raw) {
		return *cached
	}
	sub := jdec{b: span}
	pts := [][3]float64{}
	sub.array(func() {
		var p [3]float64
		k := 0
		sub.array(func() {
			if k < 3 {
				p[k] = sub.num()
			} else {
				sub.fail()
			}
			k++
		})
		pts = append(pts, p)
	})
	if sub.err != nil {
		d.err = sub.err
		return nil
	}
	*raw = append((*raw)[:0], span...)
	*cached = pts
	return pts
}

// jdec is a small JSON reader over b; the first error sticks in err and
// makes every later call a no-op.
type jdec struct {
	b   []byte
	i   int
	err error
}

func (d *jdec) fail() {
	if d.err == nil {
		d.err = errSyntax
	}
}

func (d *jdec) ws() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// peek returns the next non-space byte, or 0 at the end or after an error.
func (d *jdec) peek() byte {
	d.ws()
	if d.err != nil || d.i >= len(d.b) {
		return 0
	}
	return d.b[d.i]
}

func (d *jdec) lit(s string) bool {
	if d.err == nil && bytes.HasPrefix(d.b[d.i:], []byte(s)) {
		d.i += len(s)
		return true
	}
	return false
}

// null consumes a null and says whether there was one.
func (d *jdec) null() bool {
	return d.peek() == 'n' && d.lit("null")
}

func (d *jdec) bool() bool {
	switch d.peek() {
	case 't':
		if d.lit("true") {
			return true
		}
	case 'f':
		if d.lit("false") {
			return false
		}
	case 'n':
		if d.lit("null") {
			return false
		}
	}
	d.fail()
	return false
}

// object calls fn with each key, positioned at its value; fn must consume it.
func (d *jdec) object(fn func(key string)) {
	if d.null() {
		return
	}
	if d.peek() != '{' {
		d.fail()
		return
	}
	d.i++
	if d.peek() == '}' {
		d.i++
		return
	}
	for d.err == nil {
		key := d.str()
		if d.peek() != ':' {
			d.fail()
			return
		}
		d.i++
		fn(key)
		switch d.peek() {
		case ',':
			d.i++
		case '}':
			d.i++
			return
		default:
			d.fail()
		}
	}
}

// array calls fn for each element, positioned at it; fn must consume it.
func (d *jdec) array(fn func()) {
	if d.null() {
		return
	}
	if d.peek() != '[' {
		d.fail()
		return
	}
	d.i++
	if d.peek() == ']' {
		d.i++
		return
	}
	for d.err == nil {
		fn()
		switch d.peek() {
		case ',':
			d.i++
		case ']':
			d.i++
			return
		default:
			d.fail()
		}
	}
}

func (d *jdec) str() string {
	if d.null() {
		return ""
	}
	if d.peek() != '"' {
		d.fail()
		return ""
	}
	start := d.i
	d.i++
	esc := false
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '\\':
			esc = true
			d.i += 2
			continue
		case c == '"':
			d.i++
			if !esc {
				return string(d.b[start+1 : d.i-1])
			}
			s, err := strconv.Unquote(string(d.b[start:d.i]))
			if err != nil {
				d.fail()
			}
			return s
		case c < 0x20:
			d.fail()
			return ""
		}
		d.i++
	}
	d.fail()
	return ""
}

// numSpan consumes a JSON number and returns its bytes.
func (d *jdec) numSpan() []byte {
	d.ws()
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		if (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			d.i++
			continue
		}
		break
	}
	if d.i == start {
		d.fail()
	}
	return d.b[start:d.i]
}

func (d *jdec) num() float64 {
	if d.null() || d.err != nil {
		return 0
	}
	s := d.numSpan()
	if d.err != nil {
		return 0
	}
	v, err := strconv.ParseFloat(string(s), 64)
	if err != nil {
		d.fail()
	}
	return v
}

func (d *jdec) int() int {
	if d.null() || d.err != nil {
		return 0
	}
	s := d.numSpan()
	if d.err != nil {
		return 0
	}
	v, err := strconv.Atoi(string(s))
	if err != nil {
		d.fail()
	}
	return v
}

func (d *jdec) floats() []float64 {
	dst := make([]float64, 0, 8)
	d.array(func() { dst = append(dst, d.num()) })
	return dst
}

// bytes decodes a base64 string, as encoding/json does for []byte.
func (d *jdec) bytes() []byte {
	if d.null() {
		return nil
	}
	if d.peek() != '"' {
		d.fail()
		return nil
	}
	end := bytes.IndexByte(d.b[d.i+1:], '"')
	if end < 0 {
		d.fail()
		return nil
	}
	src := d.b[d.i+1 : d.i+1+end]
	d.i += end + 2
	out := make([]byte, base64.StdEncoding.DecodedLen(len(src)))
	n, err := base64.StdEncoding.Decode(out, src)
	if err != nil {
		d.fail()
	}
	return out[:n]
}

// skip consumes any value and returns the index just after it.
func (d *jdec) skip() int {
	switch d.peek() {
	case '{':
		d.object(func(string) { d.skip() })
	case '[':
		d.array(func() { d.skip() })
	case '"':
		d.str()
	case 't', 'f':
		d.bool()
	case 'n':
		d.null()
	case 0:
		d.fail()
	default:
		d.numSpan()
	}
	return d.i
}

// notice reads a coach's notice.
func (d *jdec) notice(n *nn.Notice) {
	d.object(func(key string) {
		switch key {
		case "kind":
			if err := n.Kind.UnmarshalText([]byte(d.str())); err != nil {
				d.fail()
			}
		case "epoch":
			n.Epoch = d.int()
		case "layer":
			n.Layer = d.int()
		case "units":
			d.array(func() { n.Units = append(n.Units, d.int()) })
		case "value":
			n.Value = d.num()
		case "ref":
			n.Ref = d.num()
		case "at":
			n.At = d.int()
		case "held":
			n.Held = d.str()
		case "act":
			if err := n.Act.UnmarshalText([]byte(d.str())); err != nil {
				d.fail()
			}
		case "inputMax":
			n.InputMax = d.num()
		default:
			d.skip()
		}
	})
}
