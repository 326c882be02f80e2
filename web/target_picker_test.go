package web

import (
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
)

// TestWithRole checks the settings that a role picker, #target-select or a
// note's button leaves: the target, the ignored columns and the columns
// brought back (Use), on a table whose column "id" the automatic rules
// leave out (a note with Action "use" names it).
func TestWithRole(t *testing.T) {
	sum := &session.Summary{Target: "y", Columns: []string{"id", "a", "b", "y"},
		Notes: []session.Note{{Kind: "left-out-id", Name: "id", Action: "use"}}}
	sq := data.Derived{Kind: data.Square, A: "a"}
	base := session.Settings{Target: "y", Ignore: []string{"b"}, Derived: []data.Derived{sq}}
	for _, c := range []struct {
		Name      string
		Col, Role string
		Target    string
		Ignore    []string
		Use       []string
		Derived   int
	}{
		{Name: "target", Col: "a", Role: "target", Target: "a", Ignore: []string{"b"}, Derived: 0},
		{Name: "ignored column as target", Col: "b", Role: "target", Target: "b", Derived: 1},
		{Name: "ignore", Col: "a", Role: "ignore", Target: "y", Ignore: []string{"b", "a"}, Derived: 0},
		{Name: "ignore the target", Col: "y", Role: "ignore", Target: "", Ignore: []string{"b", "y"}, Derived: 1},
		{Name: "feature again", Col: "b", Role: "feature", Target: "y", Derived: 1},
		{Name: "left-out column used", Col: "id", Role: "feature", Target: "y", Ignore: []string{"b"}, Use: []string{"id"}, Derived: 1},
		{Name: "target as feature", Col: "y", Role: "feature", Target: "", Ignore: []string{"b"}, Derived: 1},
	} {
		t.Run(c.Name, func(t *testing.T) {
			got := withRole(base, sum, c.Col, c.Role)
			if got.Target != c.Target {
				t.Errorf("Target = %q, want %q", got.Target, c.Target)
			}
			if !slices.Equal(got.Ignore, c.Ignore) {
				t.Errorf("Ignore = %q, want %q", got.Ignore, c.Ignore)
			}
			if !slices.Equal(got.Use, c.Use) {
				t.Errorf("Use = %q, want %q", got.Use, c.Use)
			}
			if len(got.Derived) != c.Derived {
				t.Errorf("%d derived inputs, want %d", len(got.Derived), c.Derived)
			}
			if !slices.Equal(base.Ignore, []string{"b"}) || len(base.Derived) != 1 {
				t.Errorf("the settings given were changed: %+v", base)
			}
		})
	}
	// Ignoring a column brought back takes it out of Use.
	got := withRole(session.Settings{Use: []string{"id"}}, sum, "id", "ignore")
	if len(got.Use) != 0 || !slices.Equal(got.Ignore, []string{"id"}) {
		t.Errorf("ignoring a used column: Use %q, Ignore %q; want none, [id]", got.Use, got.Ignore)
	}
}

// TestNoteOrder checks that a did-you-mean and a leak are shown before the
// other notes, which keep their order.
func TestNoteOrder(t *testing.T) {
	ns := []session.Note{{Kind: "left-out-id", Action: "use"}, {Kind: "timestamp"}, {Kind: "leak", Action: "ignore"},
		{Kind: "imputed"}, {Kind: "did-you-mean", Action: "target"}}
	if got, want := noteOrder(ns), []int{4, 2, 0, 1, 3}; !slices.Equal(got, want) {
		t.Errorf("noteOrder = %v, want %v", got, want)
	}
}
