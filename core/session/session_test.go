package session_test

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/datasets"
	"github.com/nnplayground/playground/core/session"
)

func TestDefaultBuilds(t *testing.T) {
	s, err := session.Build(session.Default())
	if err != nil {
		t.Fatal(err)
	}
	sum := s.Summary()
	if sum.Rows != 300 || sum.Task != "binary" || len(sum.Preview) == 0 || len(sum.Kinds) != 3 {
		t.Errorf("summary %+v", sum)
	}
}

// Settings survive JSON and build the same session: same summary, same
// losses.
func TestSettingsJSON(t *testing.T) {
	in := session.Default()
	in.Dataset, in.Model.Hidden, in.Derived = "spiral", []int{6, 3}, []data.Derived{{Kind: data.Square, A: "x"}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out session.Settings
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("settings changed in JSON:\n%+v\n%+v", in, out)
	}
	a, _ := session.Build(in)
	c, _ := session.Build(out)
	for range 5 {
		a.Trainer.Step()
		c.Trainer.Step()
	}
	if x, y := a.Trainer.Stats().TrainLoss, c.Trainer.Stats().TrainLoss; math.Float64bits(x) != math.Float64bits(y) {
		t.Errorf("losses %v and %v", x, y)
	}
}

func TestBuildErrors(t *testing.T) {
	s := session.Default()
	s.Dataset, s.Text = "", "a,b\n1,2\n3,x\n4,5\n"
	_, err := session.Build(s)
	if line, col := session.ErrorPosition(err); line != 3 || col != 2 {
		t.Errorf("error %v at %d:%d, want line 3 column 2", err, line, col)
	}
	s = session.Default()
	s.Version = session.Version + 1
	if _, err := session.Build(s); err == nil {
		t.Errorf("settings from a newer version built")
	}
}

// The tutorial dataset uses its fixed split and its named target.
func TestTutorialSession(t *testing.T) {
	s := session.Default()
	s.Dataset = "tutorial"
	ss, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if ss.Data.Train.N != 4 || ss.Data.Test.N != 3 || ss.Data.Target != "y" {
		t.Errorf("tutorial: %d/%d rows, target %q", ss.Data.Train.N, ss.Data.Test.N, ss.Data.Target)
	}
}

// The summary warns about inputs that rarely help: a row counter, text
// with a different value in almost every row (version 2; version 3 leaves
// them out and says so), and says which columns' numbers were read from
// formatted text.
func TestSummaryWarnings(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,name,price,size,label\n")
	for i := range 30 {
		fmt.Fprintf(&b, "%d,person%d,$%d.50,%d,%c\n", i+1, i, i%7, i%5, "ab"[i%2])
	}
	for _, tt := range []struct {
		version int
		want    []string
	}{
		{2, []string{`column "id" counts the rows`, `column "name" has 30 different values in 30 rows`, `column "price": numbers written with separators`}},
		{3, []string{`column "id" identifies the rows (30 different values in 30 rows): left out`,
			`column "name" holds names (30 different values in 30 rows): left out`, `column "price": numbers written with separators`}},
	} {
		s := session.Default()
		s.Dataset, s.Text, s.Version = "", b.String(), tt.version
		ses, err := session.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, n := range ses.Summary().Notes {
			texts = append(texts, n.English())
		}
		w := strings.Join(texts, "\n")
		for _, want := range tt.want {
			if !strings.Contains(w, want) {
				t.Errorf("version %d: warnings lack %q:\n%s", tt.version, want, w)
			}
		}
		if strings.Contains(w, `"size"`) || strings.Contains(w, `"label"`) {
			t.Errorf("version %d: warnings name an ordinary column:\n%s", tt.version, w)
		}
	}
	for _, name := range []string{"iris", "penguins", "diabetes", "spiral", "gauss"} { // gauss: clean clusters are no leak
		s := session.Default()
		s.Dataset = name
		ses, err := session.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range ses.Summary().Notes {
			if n.Kind != "imputed" { // penguins misses a few values, which version 3 fills
				t.Errorf("%s: warning %+v", name, n)
			}
		}
	}
}

// A cell that is not a number in an ignored column travels as a note in
// parts; its English words are the data error's own.
func TestNoteWordsCellError(t *testing.T) {
	var b strings.Builder
	b.WriteString("x,y,w,label\n")
	for i := range 40 {
		w := strconv.Itoa(i % 9)
		switch i {
		case 7:
			w = "seven"
		case 9:
			w = "heavy"
		}
		fmt.Fprintf(&b, "%d,%d,%s,%c\n", i%7, i%4, w, "ab"[i%2])
	}
	s := session.Default()
	s.Dataset, s.Text, s.Ignore = "", b.String(), []string{"w"}
	ses, err := session.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(ses.Table.Errors) != 2 {
		t.Fatalf("%d cell errors, want 2: %v", len(ses.Table.Errors), ses.Table.Errors)
	}
	notes := ses.Summary().Notes
	if len(notes) < 2 {
		t.Fatalf("notes %+v", notes)
	}
	for i, e := range ses.Table.Errors {
		n := notes[i]
		if n.Kind != "cell" || n.Line != e.Line || n.Column != 3 || n.Name != e.Text || n.Code == "" {
			t.Errorf("note %d = %+v for %v", i, n, e)
		}
		if n.English() != e.Error() {
			t.Errorf("note %d reads %q, want the error's %q", i, n.English(), e.Error())
		}
	}
}

// A pasted penguins.csv predicts species in settings of version 2; the
// settings of version 1 keep their last column (year).
func TestDefaultTargetByVersion(t *testing.T) {
	text, err := datasets.Text("penguins", 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		Version int
		Want    string
	}{{session.Version, "species"}, {1, "year"}} {
		s := session.Default()
		s.Dataset, s.Text, s.Version = "", text, tt.Version
		ss, err := session.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		if ss.Data.Target != tt.Want {
			t.Errorf("version %d: target %q, want %q", tt.Version, ss.Data.Target, tt.Want)
		}
	}
}

// The validation share (iris: 105 training rows, 21 of them for
// validation) and the stop rules are left out of JSON when off
// (links and files made before them read and write the same), and
// round-trip when on.
func TestSettingsJSONStop(t *testing.T) {
	b, _ := json.Marshal(session.Default())
	for _, key := range []string{"validRatio", "stop"} {
		if strings.Contains(string(b), key) {
			t.Errorf("default settings write %q: %s", key, b)
		}
	}
	in := session.Default()
	in.Dataset, in.ValidRatio = "iris", 0.2
	in.Stop.Patience, in.Stop.RestoreBest, in.Stop.TargetMetric = 30, true, 0.95
	b, _ = json.Marshal(in)
	var out session.Settings
	if err := json.Unmarshal(b, &out); err != nil || !reflect.DeepEqual(in, out) {
		t.Fatalf("settings changed in JSON (%v):\n%+v\n%+v", err, in, out)
	}
	ss, err := session.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	if sum := ss.Summary(); sum.Valid != 21 || sum.Train != 84 || !strings.Contains(sum.Text, "21 validation") {
		t.Errorf("summary %d train, %d validation: %q", sum.Train, sum.Valid, sum.Text)
	}
	in.Stop.Patience = -1
	if _, err := session.Build(in); err == nil {
		t.Errorf("negative patience built")
	}
}
