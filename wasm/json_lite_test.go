package main

import (
	"encoding/json"
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

// TestMarshalJSON checks that reports encode to what encoding/json
// decodes as it decodes its own encoding.
func TestMarshalJSON(t *testing.T) {
	var full session.Report
	fill(reflect.ValueOf(&full).Elem(), 0)
	ss, err := session.Build(session.Default())
	if err != nil {
		t.Fatal(err)
	}
	ss.Trainer.Step()
	tests := []struct {
		Name  string
		Input any
	}{
		{"every field", full},
		{"zero report", session.Report{}},
		{"real snapshot", session.Report{Kind: "snapshot", Running: true, History: []nn.Stats{ss.Trainer.Stats()}, Net: ss.Trainer.Net(),
			Heatmap: ss.Heatmap(20, 8, true), Confusion: ss.Trainer.Confusion(), Summary: ss.Summary()}},
		{"bench report", BenchReport{Kind: KindBench, Results: []BenchResult{{Name: "a", PauseMs: []float64{1, 2.5}}}}},
		{"command", session.Command{Op: "load", Settings: &session.Settings{Text: "a,b\n1,2\n"}, Params: []float64{1e300, -0.0}}},
		{"strings", []string{"", "\x00\x1f\t\n\r\"\\/<>&", "\xff\xfe invalid", "日本語 \U0001F600"}},
		{"bytes", [][]byte{nil, {}, {0, 255, 1}}},
		{"floats", []float64{0, 1, -1, 1e21, 1e-7, 123456789.123, math.MaxFloat64, math.SmallestNonzeroFloat64}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := marshalJSON(tt.Input)
			if err != nil {
				t.Fatal(err)
			}
			want, err := json.Marshal(tt.Input)
			if err != nil {
				t.Fatal(err)
			}
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatalf("invalid JSON: %v\n%q", err, clip(string(got), 400))
			}
			json.Unmarshal(want, &w)
			if !reflect.DeepEqual(g, w) {
				t.Errorf("got  %q\nwant %q", clip(string(got), 600), clip(string(want), 600))
			}
		})
	}
	for _, bad := range []any{math.NaN(), []float64{math.Inf(1)}, map[string]int{"a": 1}} {
		if _, err := marshalJSON(bad); err == nil {
			t.Errorf("marshalJSON(%v): no error", bad)
		}
	}
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
			if err := unmarshalJSON([]byte(tt.Input), &got); err != nil {
				t.Fatalf("unmarshalJSON: %v", err)
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
		if err := unmarshalJSON([]byte(bad), &c); err == nil {
			t.Errorf("unmarshalJSON(%q): no error", bad)
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
		errGot := unmarshalJSON([]byte(s), &got)
		if (errGot == nil) != (errWant == nil) {
			t.Fatalf("%q: unmarshalJSON error %v, encoding/json error %v", s, errGot, errWant)
		}
		if errGot == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %+v, want %+v", s, got, want)
		}
	})
}
