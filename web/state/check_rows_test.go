package state

import (
	"slices"
	"testing"

	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// TestStartCheck: the checker's Run goes through the store. Without an
// exercise or a code it says so and sends nothing; otherwise it sends one
// tools.Check with the codes found, counts the other words, and the
// progress, Stop and a later answer go by the check's ID.
func TestStartCheck(t *testing.T) {
	code := "v1.abcdefghijklmnopqrstuvwxyz"
	for _, c := range []struct {
		Name, Link, Text string
		Err              string
		Ignored          int
	}{
		{"no exercise", "", code, t0("checker-no-exercise"), 0},
		{"no code", "#v1.ex", "hello there", t0("checker-no-codes"), 2},
		{"a code among words", "#v1.ex", "my code " + code + " thanks", "", 3},
	} {
		t.Run(c.Name, func(t *testing.T) {
			s := NewStore()
			var sent []wire.Message
			s.Record(nil, func(m wire.Message) { sent = append(sent, m) })
			s.Check.rows = []rules.CheckResult{{Name: "from before"}}
			ignored := s.StartCheck("en", c.Link, c.Text, "Ada\nGrace")
			if ignored != c.Ignored || s.Check.Err() != c.Err || len(s.Check.Rows()) != 0 {
				t.Fatalf("ignored %d, error %q, %d rows; want %d, %q, none", ignored, s.Check.Err(), len(s.Check.Rows()), c.Ignored, c.Err)
			}
			if c.Err != "" {
				if len(sent) != 0 || s.Checking() {
					t.Errorf("sent %d messages, checking %v; want none", len(sent), s.Checking())
				}
				return
			}
			q, ok := sent[0].(*tools.Check)
			if len(sent) != 1 || !ok || !slices.Equal(q.Codes, []string{code}) || q.Link != c.Link || !slices.Equal(q.Class, []string{"Ada", "Grace"}) {
				t.Fatalf("sent %+v; want one tools.Check of the code", sent)
			}
			if done, total, stopped := s.Check.Progress(); done != 0 || total != 1 || stopped || !s.Checking() {
				t.Errorf("progress %d of %d, stopped %v, checking %v; want 0 of 1 running", done, total, stopped, s.Checking())
			}
			s.applyTool(&tools.Checked{ID: q.ID, Total: 1, Rows: []rules.CheckResult{{Name: "Ada", Accepted: true}}})
			if done, _, _ := s.Check.Progress(); done != 1 || len(s.Check.Rows()) != 1 || !s.Checking() {
				t.Errorf("after the code's row: done %d, %d rows, checking %v; want 1, 1, true", done, len(s.Check.Rows()), s.Checking())
			}
			s.applyTool(&tools.Checked{ID: q.ID, Total: 1, First: 1, Rows: []rules.CheckResult{{Name: "Grace", Missing: true}}, Done: true})
			if done, _, _ := s.Check.Progress(); done != 1 || len(s.Check.Rows()) != 2 || s.Checking() {
				t.Errorf("at the end: done %d, %d rows, checking %v; want 1, 2 (the name with no code), false", done, len(s.Check.Rows()), s.Checking())
			}
			s.applyTool(&tools.Checked{ID: q.ID + 1, Total: 9, Rows: []rules.CheckResult{{Name: "other"}}})
			if len(s.Check.Rows()) != 2 {
				t.Errorf("an answer to another check was taken: %d rows", len(s.Check.Rows()))
			}
		})
	}
}

func t0(key string) string { return t("en", key) }
