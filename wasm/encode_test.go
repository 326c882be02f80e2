package main

import (
	"encoding/json"
	"reflect"
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
