package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// TestEncode checks that spliced reports decode exactly as json.Marshal's,
// also when the points come from the cache.
func TestEncode(t *testing.T) {
	s := session.Default()
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	ss.Trainer.Step()
	tests := []struct {
		Name   string
		Report session.Report
	}{
		{"no heatmap", session.Report{Kind: session.KindSnapshot, Running: true, History: []nn.Stats{ss.Trainer.Stats()}}},
		{"heatmap", session.Report{Kind: session.KindSnapshot, Net: ss.Trainer.Net(), Heatmap: ss.Heatmap(50, 20, false)}},
		{"heatmap with test points", session.Report{Kind: session.KindLoaded, Summary: ss.Summary(), Heatmap: ss.Heatmap(50, 20, true)}},
		{"cached, without test points", session.Report{Kind: session.KindSnapshot, Confusion: ss.Trainer.Confusion(), Heatmap: ss.Heatmap(30, 10, false)}},
	}
	var e encoder
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := e.encode(tt.Report)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := json.Marshal(tt.Report)
			var g, w map[string]any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatalf("encode gave invalid JSON: %v\n%q", err, clip(string(got), 300))
			}
			json.Unmarshal(want, &w)
			if !reflect.DeepEqual(g, w) {
				t.Errorf("encode: got %q,\nwant %q", clip(string(got), 300), clip(string(want), 300))
			}
		})
	}
}

// writeCSVRow writes what encoding/csv's Writer writes.
func TestWriteCSVRow(t *testing.T) {
	rows := [][]string{{"a", "", "b c", " lead", "\tTab", "x,y", `say "hi"`, "two\nlines", "cr\r", `\.`, "ünï", "1.5e-3"}, {""}, {"", ""}}
	var want bytes.Buffer
	w := csv.NewWriter(&want)
	var got strings.Builder
	for _, r := range rows {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
		writeCSVRow(&got, r)
	}
	w.Flush()
	if got.String() != want.String() {
		t.Errorf("writeCSVRow wrote\n%q\nencoding/csv writes\n%q", got.String(), want.String())
	}
}
