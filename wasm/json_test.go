package main

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// fill sets every field reachable from v to a value that is not the zero
// value (numbers 1 or 1.5, strings "x", slices of two elements), so that a
// field added to the protocol later is covered without editing the tests.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1) // 1 is a valid value of every enum
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(7)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(-1.5e-7)
	case reflect.String:
		v.SetString("x \"é\" \u2028 \x01")
	case reflect.Pointer:
		if depth < 6 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem(), depth+1)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fallthrough
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	}
}

// TestMarshalJSON checks that the worker's messages encode byte for byte as
// json.Marshal encodes them.
func TestMarshalJSON(t *testing.T) {
	var full session.Report
	fill(reflect.ValueOf(&full).Elem(), 0)
	ss, err := session.Build(session.Default())
	if err != nil {
		t.Fatal(err)
	}
	ss.Trainer.Step()
	var fullModel nn.Model
	fill(reflect.ValueOf(&fullModel).Elem(), 0)
	tests := []struct {
		Name  string
		Input any
	}{
		{"every field", full},
		{"zero report", session.Report{}},
		{"real snapshot", session.Report{Kind: "snapshot", Running: true, History: []nn.Stats{ss.Trainer.Stats()}, Net: ss.Trainer.Net(),
			Heatmap: ss.Heatmap(20, 8, true), Confusion: ss.Trainer.Confusion(), Summary: ss.Summary()}},
		{"bench report", BenchReport{Kind: KindBench, Results: []BenchResult{{Name: "a", PauseMs: []float64{1, 2.5}}}}},
		{"strings", session.Report{Kind: "\x00\x1f\t\n\r\"\\/<>&", Error: "\xff\xfe invalid", Data: "日本語 \U0001F600 \u2028\u2029",
			Summary: &session.Summary{Columns: []string{"", "a<b>&c"}, Preview: [][]string{nil, {"x"}}}}},
		{"bytes", session.Report{Heatmap: &session.Heatmap{Units: [][]byte{nil, {}, {0, 255, 1}}, Out: []byte{}}}},
		{"floats", session.Report{History: []nn.Stats{{GradNorms: []float64{0, 1, -1, 1e21, 1e20, 1e-6, 9.99e-7, 1e-7, -1e-300, 123456789.123, math.MaxFloat64, math.SmallestNonzeroFloat64, -0.0}}}}},
		{"real model", ss.Trainer.Model()},
		{"every field of a model", fullModel},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := marshalAny(tt.Input)
			if err != nil {
				t.Fatal(err)
			}
			want, err := json.Marshal(tt.Input)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("got  %q\nwant %q", clip(string(got), 600), clip(string(want), 600))
			}
		})
	}
	for _, bad := range []any{
		session.Report{History: []nn.Stats{{TrainLoss: math.NaN()}}},
		session.Report{Net: &nn.Network{W: [][]float64{{math.Inf(1)}}}},
		session.Report{Net: &nn.Network{Act: 99}},
		&nn.Model{Network: &nn.Network{B: [][]float64{{math.Inf(-1)}}}},
	} {
		if _, err := marshalAny(bad); err == nil {
			t.Errorf("marshalAny(%v): no error", bad)
		}
	}
}

// marshalAny encodes the messages the worker writes, by their types.
func marshalAny(v any) ([]byte, error) {
	switch v := v.(type) {
	case session.Report:
		return encodeReport(v)
	case BenchReport:
		return encodeBench(v)
	case *nn.Model:
		return marshalModel(v)
	case nn.Model:
		return marshalModel(&v)
	}
	panic(fmt.Sprintf("marshalAny: %T", v))
}

// TestUnmarshalJSON checks that commands decode as encoding/json decodes
// them, and that what encoding/json rejects is rejected.
func TestUnmarshalJSON(t *testing.T) {
	var full session.Command
	fill(reflect.ValueOf(&full).Elem(), 0)
	fullText, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		Name, Input string
	}{
		{"every field", string(fullText)},
		{"load", `{"op":"load","settings":{"v":1,"dataset":"spiral","points":500,"testRatio":0.3,"model":{"hidden":[8,8],"activation":"tanh","optimizer":"adam","lr":1e-2,"batch":10,"seed":7}}}`},
		{"whitespace and unknown fields", " \t\n{ \"op\" : \"step\" , \"steps\" : 12, \"extra\": {\"a\": [1, {\"b\": null}, \"c\", true, false, -2.5E+3]}, \"z\": null }\r\n"},
		{"case-insensitive keys", `{"OP":"speed","Speed":2.5}`},
		{"escapes", `{"op":"load","settings":{"text":"a\tb\n\"q\" \\ \/ \u00e9 \ud83d\ude00 \ud800 x \u2028 \b\f"}}`},
		{"null settings", `{"op":"load","settings":null,"params":null}`},
		{"null into numbers", `{"op":"step","steps":null}`},
		{"params", `{"op":"load","params":[0,-0,1.5,-2e-308,1e308,123456789012345678]}`},
		{"raw utf-8", "{\"op\":\"日本\xff\"}"},
		{"empty object", `{}`},
		{"derived", `{"op":"load","settings":{"derived":[{"kind":1,"a":"x","b":"y"},{"kind":0,"a":"z"}],"ignore":[]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got, want session.Command
			if err := json.Unmarshal([]byte(tt.Input), &want); err != nil {
				t.Fatalf("encoding/json: %v", err)
			}
			if err := decodeCommand([]byte(tt.Input), &got); err != nil {
				t.Fatalf("decodeCommand: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
	for _, bad := range []string{
		``, ` `, `{`, `{"op"`, `{"op":}`, `{"op":"x",}`, `{"op":"x"} x`, `{'op':1}`, `{"op":"x" "steps":1}`,
		`{"steps":"1"}`, `{"steps":1.5}`, `{"steps":1e400}`, `{"value":01}`, `{"value":-}`, `{"value":1.}`, `{"value":.5}`,
		`{"flag":tru}`, `{"op":"a\qb"}`, "{\"op\":\"a\x01b\"}", `{"op":"\u12"}`, `{"params":[1,]}`, `{"params":[1 2]}`,
		`{"settings":{"model":{"activation":"swish"}}}`, `{"settings":[]}`, `[]`, `"load"`, strings.Repeat("[", 2000),
	} {
		var c session.Command
		if err := json.Unmarshal([]byte(bad), &c); err == nil {
			t.Errorf("encoding/json accepts %q; fix the test", bad)
		}
		if err := decodeCommand([]byte(bad), &c); err == nil {
			t.Errorf("decodeCommand(%q): no error", bad)
		}
	}
}

// FuzzUnmarshalJSON checks that unmarshalJSON never panics and agrees with
// encoding/json on what it accepts and what it decodes.
func FuzzUnmarshalJSON(f *testing.F) {
	f.Add(`{"op":"load","settings":{"v":1,"dataset":"spiral","model":{"hidden":[8,8],"activation":"tanh"}}}`)
	f.Add(`{"op":"step","steps":3,"params":[1,2.5e-3]}`)
	f.Add(`{"op":"load","settings":{"text":"a\u00e9\ud83d\ude00"}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var got, want session.Command
		errWant := json.Unmarshal([]byte(s), &want)
		errGot := decodeCommand([]byte(s), &got)
		if (errGot == nil) != (errWant == nil) {
			t.Fatalf("%q: unmarshalJSON error %v, encoding/json error %v", s, errGot, errWant)
		}
		if errGot == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %+v, want %+v", s, got, want)
		}
	})
}
