package wire_test

import (
	"encoding/binary"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session/view"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// messages returns one of every message type, zero.
func messages() []wire.Message {
	return []wire.Message{
		new(wire.Paste), new(wire.Load), new(wire.Train), new(wire.Pause), new(wire.Step), new(wire.Reset), new(wire.SetWeight),
		new(wire.SetBias), new(wire.SetSpeed), new(wire.Rollback), new(wire.Explain), new(wire.Tune), new(wire.ShowTest), new(wire.GetModel),
		new(wire.GetPredictions), new(wire.Bench), new(wire.Snapshot), new(wire.Loaded), new(wire.Tuned),
		new(wire.Failed), new(wire.Explained), new(wire.ModelFile), new(wire.Predictions), new(wire.BenchResults),
		new(wire.Inspect), new(wire.Inspected), new(wire.Reference),
		new(tools.EncodeLink), new(tools.EncodeFile), new(tools.DecodeFile), new(tools.DecodeLink),
		new(tools.MakeExercise), new(tools.ExerciseCode), new(tools.GetLessons), new(tools.MakeLesson), new(tools.GetExerciseInfo), new(tools.Check),
		new(tools.LinkText), new(tools.SessionRead), new(tools.Opened), new(tools.CodeAnswer),
		new(tools.ExerciseInfo), new(tools.Lessons), new(tools.Checked), new(tools.ToolFailed), new(tools.TryNames), new(tools.NamesTried), new(tools.StopCheck), new(tools.ReadModel), new(tools.ModelRead),
	}
}

// fill sets every exported field reachable from v to a value that is not
// zero (n counts up, so that fields differ), slices to two elements and
// pointers to new values.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.Int:
		v.SetInt(int64(*n) * -7)
	case reflect.Uint64, reflect.Uint8:
		v.SetUint(uint64(*n) + 200)
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.1)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.String:
		v.SetString("s" + strings.Repeat("é", *n%3) + string(rune('a'+*n%26)))
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(k, n)
			fill(e, n)
			v.SetMapIndex(k, e)
		}
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), n)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	}
}

// TestRoundTrip encodes every message with every field set, and with every
// field zero, and decodes it back to the same value.
func TestRoundTrip(t *testing.T) {
	n := 0
	for tag := range 256 {
		for _, p := range []wire.Protocol{wire.Trainer, tools.Protocol} {
			if p.New(byte(tag)) != nil {
				n++
			}
		}
	}
	if n != len(messages()) {
		t.Errorf("the protocols have %d messages, the test lists %d", n, len(messages()))
	}
	tags := map[byte]string{}
	for _, m := range messages() {
		name := reflect.TypeOf(m).Elem().String()
		if other, ok := tags[m.Tag()]; ok {
			t.Errorf("%s and %s have tag %d", name, other, m.Tag())
		}
		tags[m.Tag()] = name
		for _, filled := range []bool{false, true} {
			if filled {
				n := 0
				fill(reflect.ValueOf(m).Elem(), &n)
			}
			b := wire.Marshal(m)
			proto := wire.Trainer
			if strings.HasSuffix(reflect.TypeOf(m).Elem().PkgPath(), "/tools") {
				proto = tools.Protocol
			}
			if got := binary.LittleEndian.Uint32(b); got != proto.Schema {
				t.Errorf("%s: schema %#08x, its protocol's %#08x", name, got, proto.Schema)
			}
			got, err := wire.Unmarshal(b, proto)
			if err != nil {
				t.Errorf("%s (filled %v): %v", name, filled, err)
				continue
			}
			if !reflect.DeepEqual(got, m) {
				t.Errorf("%s (filled %v): got %+v, want %+v", name, filled, got, m)
			}
			// Every shorter prefix is an error, never a panic.
			for i := range len(b) {
				if _, err := wire.Unmarshal(b[:i], proto); err == nil {
					t.Errorf("%s: the first %d of %d bytes decode without an error", name, i, len(b))
					break
				}
			}
		}
	}
}

// TestFloatsExact checks that numbers keep every bit, NaN and ±Inf included
// (a divergence reports them), and that nil and empty slices stay apart.
func TestFloatsExact(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1e-310, math.MaxFloat64, math.Inf(1), math.Inf(-1), 0.1 + 0.2}
	in := &wire.Snapshot{
		History:  []nn.Stats{{Epoch: 3, TrainLoss: 0.1 + 0.2, GradNorms: vals}},
		Heatmap:  &view.Heatmap{Out: []byte{}, Train: [][3]float64{{1, 2, 3}}},
		Diverged: &nn.DivergedError{Epoch: 9, What: "loss", Value: math.NaN(), LearningRate: 10},
	}
	m, err := wire.Unmarshal(wire.Marshal(in), wire.Trainer)
	if err != nil {
		t.Fatal(err)
	}
	out := m.(*wire.Snapshot)
	for i, v := range out.History[0].GradNorms {
		if math.Float64bits(v) != math.Float64bits(vals[i]) {
			t.Errorf("float %d: got %v, want %v", i, v, vals[i])
		}
	}
	if !math.IsNaN(out.Diverged.Value) || out.Heatmap.Out == nil || out.Heatmap.Units != nil || out.Heatmap.Test != nil {
		t.Errorf("got %+v, %+v", out.Diverged, out.Heatmap)
	}
}

// stale is message m as a worker built from other message types would
// send it: the same tag and fields under another schema hash.
type stale struct{ m wire.Message }

func (s *stale) Tag() byte { return s.m.Tag() }
func (s *stale) Code(c *wire.Codec) {
	c.Schema(0x5a5a5a5a)
	s.m.Code(c)
}

// TestUnmarshalErrors: what cannot be decoded is refused with the error
// that says why; a message from a build whose message types differ
// (another schema hash: genwire's, schema.go) is ErrVersion, whatever its
// tag.
func TestUnmarshalErrors(t *testing.T) {
	for _, tt := range []struct {
		Name  string
		Input []byte
		Error error
	}{
		{"empty", nil, wire.ErrShort},
		{"header cut short", wire.Marshal(&wire.Train{})[:wire.HeaderLen-1], wire.ErrShort},
		{"other schema", wire.Marshal(&stale{&wire.Train{}}), wire.ErrVersion},
		{"other schema, unknown tag", wire.Marshal(&stale{&tools.GetLessons{}}), wire.ErrVersion},
		{"unknown tag", append(wire.Marshal(&wire.Train{})[:wire.HeaderLen-1], 250), wire.ErrTag},
		{"another protocol's (another schema)", wire.Marshal(&tools.GetLessons{}), wire.ErrVersion},
		{"trailing bytes", append(wire.Marshal(&wire.Train{}), 0), wire.ErrShort},
		{"huge length", append(wire.Marshal(&wire.Predictions{})[:wire.HeaderLen], 0xff, 0xff, 0xff, 0xff, 0x0f), wire.ErrShort},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			if _, err := wire.Unmarshal(tt.Input, wire.Trainer); !errors.Is(err, tt.Error) {
				t.Errorf("got %v, want %v", err, tt.Error)
			}
		})
	}
}

// TestEnumNames: the enums the wire carries name their values as the
// strings they replaced did.
func TestEnumNames(t *testing.T) {
	for _, tt := range []struct {
		Input  interface{ String() string }
		Output string
	}{
		{wire.RollbackBack, "back"}, {wire.RollbackLower, "lower"}, {wire.RollbackClip, "clip"}, {wire.RollbackHow(7), "unknown(7)"},
		{tools.FailBad, "bad"}, {tools.FailNewer, "newer"}, {tools.FailLarge, "large"}, {tools.FailTooLong, "too-long"}, {tools.FailKind, "kind"},
	} {
		if got := tt.Input.String(); got != tt.Output {
			t.Errorf("%#v: got %q, want %q", tt.Input, got, tt.Output)
		}
	}
}
