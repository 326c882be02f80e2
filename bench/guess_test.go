package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nnplayground/playground/core/data"
)

// The target guess of the current settings version (data.GuessTarget)
// names the documented target of the suite's tables at least as often as
// version 3's (data.GuessTargetV3), table by table: a table version 3
// guessed right stays right. Generated tables are written with 2,000 rows.
func TestGuessSuite(t *testing.T) {
	m, err := readManifest("manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	var now, before int
	for _, e := range m.Tables {
		if e.Generate != "" {
			e.Rows = 2000
		}
		if err := m.materialize(e, work); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(m.path(e, work))
		if err != nil {
			t.Fatal(err)
		}
		tb, err := data.Parse(data.DecodeText(b))
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(m.path(e, work)), err)
		}
		g, g3 := data.GuessTarget(tb), data.GuessTargetV3(tb)
		if g.Name == e.Target {
			now++
		}
		if g3.Name == e.Target {
			before++
			if g.Name != e.Target {
				t.Errorf("%s: GuessTarget = %q (runner-up %q); version 3 guessed the documented %q", e.Name, g.Name, g.Alt, e.Target)
			}
		}
		if g.Name != e.Target {
			t.Logf("%s: guess %q (runner-up %q), documented %q", e.Name, g.Name, g.Alt, e.Target)
		}
	}
	t.Logf("the documented target: %d of %d tables (version 3: %d)", now, len(m.Tables), before)
}
