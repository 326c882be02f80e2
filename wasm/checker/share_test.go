package main

import (
	"testing"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// TestTryNames: the tools worker answers TryNames with the counts after
// each name, the last one Done and equal to exercise.Share; a bad link
// with one ToolFailed.
func TestTryNames(t *testing.T) {
	ex := xorExercise()
	ex.Settings.Model.Hidden = []int{4}
	ex.Goal.Threshold = 0.8
	l, err := ex.Link()
	if err != nil {
		t.Fatal(err)
	}
	want := ex.Share(5, exercise.MaxShareWork, nil)
	var got []*tools.NamesTried
	handle(wire.Marshal(&tools.TryNames{ID: 4, Link: "https://x.org/" + l, Names: 5}), func(b []byte) {
		m, err := wire.Unmarshal(b, tools.Protocol)
		if err != nil {
			t.Fatal(err)
		}
		nt, ok := m.(*tools.NamesTried)
		if !ok || nt.ID != 4 {
			t.Fatalf("answer %#v", m)
		}
		got = append(got, nt)
	})
	if len(got) != 5 {
		t.Fatalf("%d answers, want one per name", len(got))
	}
	for i, nt := range got {
		if nt.Share.Tried != i+1 || nt.Share.Done != (i == 4) {
			t.Errorf("answer %d: %+v", i, nt.Share)
		}
	}
	if last := got[4].Share; last != want {
		t.Errorf("last answer %+v, exercise.Share gives %+v", last, want)
	}
	var failed *tools.ToolFailed
	handle(wire.Marshal(&tools.TryNames{ID: 5, Link: "#v1.garbage", Names: 5}), func(b []byte) {
		m, _ := wire.Unmarshal(b, tools.Protocol)
		failed, _ = m.(*tools.ToolFailed)
	})
	if failed == nil || failed.ID != 5 || failed.Class != tools.FailBad {
		t.Errorf("bad link: %+v", failed)
	}
}
