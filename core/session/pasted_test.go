package session_test

import (
	"reflect"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// Pasted gives a table the page's defaults whatever the settings held
// before: the text as the data, the roles of its columns afresh, the
// current settings version, the stop defaults and the network and training
// of TableModel for its rows (the seed stays).
func TestPasted(t *testing.T) {
	const text = "a,b,y\n1,2,3\n4,5,6\n"
	before := session.Default()
	before.Version = 1
	before.Points, before.Noise = 500, 0.2
	before.Target, before.Ignore, before.SplitColumn, before.AsClasses = "b", []string{"a"}, "a", true
	before.Use, before.AsNumbers = []string{"y"}, true
	before.Derived = []data.Derived{{Kind: data.Square, A: "a"}}
	before.Model.Hidden, before.Model.Seed = []int{7}, 3
	got := session.Pasted(before, text)

	want := session.WithStopDefaults(session.Default())
	want.Dataset, want.Points, want.Text = "", 0, text
	want.Model = session.TableModel(2, want.TestRatio, 3)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Pasted:\n got %+v\nwant %+v", got, want)
	}
	if before.Text != "" || before.Target != "b" {
		t.Errorf("Pasted changed its argument: %+v", before)
	}
}
