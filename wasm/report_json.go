package main

import (
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// Hand-written encoders of the worker's outgoing messages, field by field
// in the order and with the omitempty rules of the types' json tags; see
// json_write.go. A field added to one of these types must be added here:
// TestMarshalJSON fills every field and compares with json.Marshal.

// writeReport writes r; when points is not nil it is written as the
// heatmap's training and test points instead of encoding them (the
// encoder's cache, see encode.go).
func writeReport(w *jsonWriter, r *session.Report, points *pointCache) {
	w.begin('{')
	w.key("kind")
	w.str(r.Kind)
	if r.Error != "" {
		w.key("error")
		w.str(r.Error)
	}
	if r.Line != 0 {
		w.key("line")
		w.int(r.Line)
	}
	if r.Column != 0 {
		w.key("column")
		w.int(r.Column)
	}
	if r.Code != "" {
		w.key("code")
		w.str(r.Code)
	}
	if r.Cell != "" {
		w.key("cell")
		w.str(r.Cell)
	}
	w.key("running")
	w.bool(r.Running)
	if r.Epoch != 0 {
		w.key("epoch")
		w.int(r.Epoch)
	}
	if r.Summary != nil {
		w.key("summary")
		writeSummary(w, r.Summary)
	}
	if len(r.History) > 0 {
		w.key("history")
		w.begin('[')
		for i := range r.History {
			writeStats(w, &r.History[i])
		}
		w.end(']')
	}
	if r.Net != nil {
		w.key("net")
		writeNetwork(w, r.Net)
	}
	if r.Heatmap != nil {
		w.key("heatmap")
		writeHeatmap(w, r.Heatmap, points)
	}
	if len(r.Confusion) > 0 {
		w.key("confusion")
		w.begin('[')
		for _, row := range r.Confusion {
			w.ints(row)
		}
		w.end(']')
	}
	if len(r.Scatter) > 0 {
		w.key("scatter")
		w.begin('[')
		for _, p := range r.Scatter {
			w.floats(p[:])
		}
		w.end(']')
	}
	if r.Diverged {
		w.key("diverged")
		w.bool(true)
	}
	if r.Overfitting {
		w.key("overfitting")
		w.bool(true)
	}
	if len(r.Notices) > 0 {
		w.key("notices")
		w.begin('[')
		for i := range r.Notices {
			writeNotice(w, &r.Notices[i])
		}
		w.end(']')
	}
	if e := r.Exploded; e != nil {
		w.key("exploded")
		w.begin('{')
		w.key("epoch")
		w.int(e.Epoch)
		w.key("why")
		w.str(e.Why)
		w.key("value")
		w.float(e.Value)
		w.key("limit")
		w.float(e.Limit)
		w.key("lastGood")
		w.int(e.LastGood)
		w.key("lr")
		w.float(e.LearningRate)
		if e.Clipped {
			w.key("clipped")
			w.bool(true)
		}
		if e.InputMax != 0 {
			w.key("inputMax")
			w.float(e.InputMax)
		}
		w.end('}')
	}
	if n := r.Explain; n != nil {
		w.key("explain")
		w.begin('{')
		w.key("layer")
		w.int(n.Layer)
		w.key("unit")
		w.int(n.Unit)
		w.key("act")
		w.str(n.Act)
		w.key("inputs")
		w.floats(n.Inputs)
		w.key("weights")
		w.floats(n.Weights)
		w.key("bias")
		w.float(n.Bias)
		w.key("z")
		w.float(n.Z)
		w.key("a")
		w.float(n.A)
		w.key("loss")
		w.float(n.Loss)
		w.key("delta")
		w.float(n.Delta)
		w.key("gradW")
		w.floats(n.GradW)
		w.key("gradB")
		w.float(n.GradB)
		w.end('}')
	}
	if s := r.Stopped; s != nil {
		w.key("stopped")
		w.begin('{')
		w.key("reason")
		w.text(s.Reason.MarshalText)
		w.key("epoch")
		w.int(s.Epoch)
		w.key("best")
		w.int(s.Best)
		w.key("bestLoss")
		w.float(s.BestLoss)
		w.key("monitored")
		w.str(s.Monitored)
		w.key("restored")
		w.bool(s.Restored)
		w.end('}')
	}
	if r.Data != "" {
		w.key("data")
		w.str(r.Data)
	}
	if r.ID != 0 {
		w.key("id")
		w.int(r.ID)
	}
	w.end('}')
}

// writeNote writes n as encoding/json would (omitempty fields left out).
func writeNote(w *jsonWriter, n *session.Note) {
	w.begin('{')
	w.key("kind")
	w.str(n.Kind)
	if n.Code != "" {
		w.key("code")
		w.str(n.Code)
	}
	if n.Line != 0 {
		w.key("line")
		w.int(n.Line)
	}
	if n.Column != 0 {
		w.key("column")
		w.int(n.Column)
	}
	if n.Name != "" {
		w.key("name")
		w.str(n.Name)
	}
	if n.N != 0 {
		w.key("n")
		w.int(n.N)
	}
	if n.Of != 0 {
		w.key("of")
		w.int(n.Of)
	}
	w.end('}')
}

func writeSummary(w *jsonWriter, s *session.Summary) {
	w.begin('{')
	w.key("text")
	w.str(s.Text)
	w.key("rows")
	w.int(s.Rows)
	w.key("dropped")
	w.int(s.Dropped)
	w.key("train")
	w.int(s.Train)
	w.key("test")
	w.int(s.Test)
	if s.Valid != 0 {
		w.key("valid")
		w.int(s.Valid)
	}
	w.key("task")
	w.str(s.Task)
	w.key("columns")
	w.strs(s.Columns)
	w.key("kinds")
	w.strs(s.Kinds)
	w.key("target")
	w.str(s.Target)
	w.key("inputs")
	w.strs(s.Inputs)
	if len(s.Classes) > 0 {
		w.key("classes")
		w.strs(s.Classes)
	}
	w.key("preview")
	if s.Preview == nil {
		w.null()
	} else {
		w.begin('[')
		for _, row := range s.Preview {
			w.strs(row)
		}
		w.end(']')
	}
	if len(s.Warnings) > 0 {
		w.key("warnings")
		w.strs(s.Warnings)
	}
	if len(s.Notes) > 0 {
		w.key("notes")
		w.begin('[')
		for _, n := range s.Notes {
			writeNote(w, &n)
		}
		w.end(']')
	}
	w.end('}')
}

func writeStats(w *jsonWriter, s *nn.Stats) {
	w.begin('{')
	w.key("epoch")
	w.int(s.Epoch)
	w.key("trainLoss")
	w.float(s.TrainLoss)
	w.key("testLoss")
	w.float(s.TestLoss)
	w.key("trainMetric")
	w.float(s.TrainMetric)
	w.key("testMetric")
	w.float(s.TestMetric)
	if s.TrainRMSE != 0 {
		w.key("trainRMSE")
		w.float(s.TrainRMSE)
	}
	if s.TestRMSE != 0 {
		w.key("testRMSE")
		w.float(s.TestRMSE)
	}
	w.key("gradNorms")
	w.floats(s.GradNorms)
	if s.ValidLoss != 0 {
		w.key("validLoss")
		w.float(s.ValidLoss)
	}
	if s.ValidMetric != 0 {
		w.key("validMetric")
		w.float(s.ValidMetric)
	}
	if s.ValidRMSE != 0 {
		w.key("validRMSE")
		w.float(s.ValidRMSE)
	}
	w.end('}')
}

func writeNetwork(w *jsonWriter, n *nn.Network) {
	w.begin('{')
	w.key("sizes")
	w.ints(n.Sizes)
	w.key("activation")
	w.text(n.Act.MarshalText)
	w.key("output")
	w.text(n.Out.MarshalText)
	w.key("w")
	writeMatrix(w, n.W)
	w.key("b")
	writeMatrix(w, n.B)
	w.end('}')
}

func writeMatrix(w *jsonWriter, m [][]float64) {
	if m == nil {
		w.null()
		return
	}
	w.begin('[')
	for _, row := range m {
		w.floats(row)
	}
	w.end(']')
}

// pointCache holds the JSON of a heatmap's points, which never change
// within a session.
type pointCache struct {
	train, test []byte // nil until written
}

func writeHeatmap(w *jsonWriter, h *session.Heatmap, points *pointCache) {
	w.begin('{')
	w.key("res")
	w.int(h.Res)
	w.key("x0")
	w.float(h.X0)
	w.key("x1")
	w.float(h.X1)
	w.key("y0")
	w.float(h.Y0)
	w.key("y1")
	w.float(h.Y1)
	w.key("out")
	w.bytes(h.Out)
	w.key("units")
	if h.Units == nil {
		w.null()
	} else {
		w.begin('[')
		for _, u := range h.Units {
			w.bytes(u)
		}
		w.end(']')
	}
	w.key("unitRes")
	w.int(h.UnitRes)
	w.key("train")
	writeCachedPoints(w, h.Train, points, false)
	if len(h.Test) > 0 {
		w.key("test")
		writeCachedPoints(w, h.Test, points, true)
	}
	if h.MapX != "" {
		w.key("mapX")
		w.str(h.MapX)
		w.key("mapY")
		w.str(h.MapY)
	}
	w.end('}')
}

// writeCachedPoints writes p, from the cache when there is one.
func writeCachedPoints(w *jsonWriter, p [][3]float64, cache *pointCache, test bool) {
	if cache == nil || p == nil {
		writePoints(w, p)
		return
	}
	c := &cache.train
	if test {
		c = &cache.test
	}
	if *c == nil {
		pw := jsonWriter{}
		writePoints(&pw, p)
		if pw.err != nil {
			w.err = pw.err
			return
		}
		*c = pw.b
	}
	w.pre()
	w.b = append(w.b, *c...)
}

func writePoints(w *jsonWriter, p [][3]float64) {
	if p == nil {
		w.null()
		return
	}
	w.begin('[')
	for i := range p {
		w.floats(p[i][:])
	}
	w.end(']')
}

func writeBench(w *jsonWriter, r *BenchReport) {
	w.begin('{')
	w.key("kind")
	w.str(r.Kind)
	w.key("results")
	if r.Results == nil {
		w.null()
	} else {
		w.begin('[')
		for i := range r.Results {
			b := &r.Results[i]
			w.begin('{')
			w.key("name")
			w.str(b.Name)
			w.key("samples")
			w.int(b.Samples)
			w.key("epochs")
			w.int(b.Epochs)
			w.key("seconds")
			w.float(b.Seconds)
			w.key("epochsPerSec")
			w.float(b.EpochsPerSec)
			w.key("samplesPerSec")
			w.float(b.SamplesPerSec)
			w.key("snapshots")
			w.int(b.Snapshots)
			w.key("snapshotMs")
			w.float(b.SnapshotMs)
			w.key("extrasMs")
			w.float(b.ExtrasMs)
			w.key("yields")
			w.int(b.Yields)
			w.key("yieldMs")
			w.float(b.YieldMs)
			w.key("rawEpochs")
			w.int(b.RawEpochs)
			w.key("rawSeconds")
			w.float(b.RawSeconds)
			w.key("rawEpochsPerSec")
			w.float(b.RawEpochsPerSec)
			w.key("statsEpochsPerSec")
			w.float(b.StatsEpochsPerSec)
			w.key("pauseMs")
			w.floats(b.PauseMs)
			w.key("pauseMaxMs")
			w.float(b.PauseMaxMs)
			w.end('}')
		}
		w.end(']')
	}
	w.end('}')
}

// writeModel writes the trained model in nn.Model's JSON form.
func writeModel(w *jsonWriter, m *nn.Model) {
	w.begin('{')
	w.key("format")
	w.str(m.Format)
	w.key("version")
	w.int(m.Version)
	w.key("epoch")
	w.int(m.Epoch)
	w.key("loss")
	w.text(m.Loss.MarshalText)
	w.key("config")
	writeConfig(w, &m.Config)
	w.key("network")
	if m.Network == nil {
		w.null()
	} else {
		writeNetwork(w, m.Network)
	}
	w.key("preprocessing")
	if m.Prep == nil {
		w.null()
	} else {
		writePrep(w, m.Prep)
	}
	if len(m.Classes) > 0 {
		w.key("classes")
		w.strs(m.Classes)
	}
	w.end('}')
}

func writeConfig(w *jsonWriter, c *nn.Config) {
	w.begin('{')
	w.key("hidden")
	w.ints(c.Hidden)
	w.key("activation")
	w.text(c.Activation.MarshalText)
	w.key("loss")
	w.text(c.Loss.MarshalText)
	w.key("init")
	w.text(c.Init.MarshalText)
	w.key("optimizer")
	w.text(c.Optimizer.MarshalText)
	for _, f := range [...]struct {
		k string
		v float64
	}{{"lr", c.LearningRate}, {"momentum", c.Momentum}} {
		w.key(f.k)
		w.float(f.v)
	}
	w.key("nesterov")
	w.bool(c.Nesterov)
	for _, f := range [...]struct {
		k string
		v float64
	}{{"beta1", c.Beta1}, {"beta2", c.Beta2}, {"eps", c.Epsilon}} {
		w.key(f.k)
		w.float(f.v)
	}
	w.key("batch")
	w.int(c.BatchSize)
	for _, f := range [...]struct {
		k string
		v float64
	}{{"l1", c.L1}, {"l2", c.L2}, {"clip", c.ClipNorm}, {"decay", c.Decay}} {
		w.key(f.k)
		w.float(f.v)
	}
	w.key("seed")
	w.uint(c.Seed)
	w.end('}')
}

func writePrep(w *jsonWriter, p *data.Preprocessor) {
	w.begin('{')
	w.key("version")
	w.int(p.Version)
	w.key("columns")
	if p.Columns == nil {
		w.null()
	} else {
		w.begin('[')
		for _, c := range p.Columns {
			w.begin('{')
			w.key("name")
			w.str(c.Name)
			w.key("kind")
			w.int(int(c.Kind))
			if len(c.Categories) > 0 {
				w.key("categories")
				w.strs(c.Categories)
			}
			w.key("fill")
			w.float(c.Fill)
			w.key("fillIndex")
			w.int(c.FillIndex)
			w.end('}')
		}
		w.end(']')
	}
	if len(p.Derived) > 0 {
		w.key("derived")
		w.begin('[')
		for _, d := range p.Derived {
			w.begin('{')
			w.key("kind")
			w.int(int(d.Kind))
			w.key("a")
			w.int(d.A)
			w.key("b")
			w.int(d.B)
			w.end('}')
		}
		w.end(']')
	}
	w.key("inputs")
	w.strs(p.Inputs)
	w.key("norm")
	w.int(int(p.Norm))
	w.key("shift")
	w.floats(p.Shift)
	w.key("scale")
	w.floats(p.Scale)
	w.key("missing")
	w.int(int(p.Missing))
	w.key("task")
	w.int(int(p.Task))
	w.key("target")
	w.str(p.Target)
	w.key("targetKind")
	w.int(int(p.TargetKind))
	if len(p.Classes) > 0 {
		w.key("classes")
		w.strs(p.Classes)
	}
	w.key("targetShift")
	w.float(p.TargetShift)
	w.key("targetScale")
	w.float(p.TargetScale)
	w.end('}')
}

// writeNotice writes a coach's notice as encoding/json would.
func writeNotice(w *jsonWriter, n *nn.Notice) {
	w.begin('{')
	w.key("kind")
	w.text(n.Kind.MarshalText)
	w.key("epoch")
	w.int(n.Epoch)
	if n.Layer != 0 {
		w.key("layer")
		w.int(n.Layer)
	}
	if len(n.Units) > 0 {
		w.key("units")
		w.ints(n.Units)
	}
	w.key("value")
	w.float(n.Value)
	if n.Ref != 0 {
		w.key("ref")
		w.float(n.Ref)
	}
	if n.At != 0 {
		w.key("at")
		w.int(n.At)
	}
	if n.Held != "" {
		w.key("held")
		w.str(n.Held)
	}
	w.key("act")
	w.text(n.Act.MarshalText)
	if n.InputMax != 0 {
		w.key("inputMax")
		w.float(n.InputMax)
	}
	w.end('}')
}
