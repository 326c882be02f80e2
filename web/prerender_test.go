package web

import (
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// TestPrerenderedPage: the first screen that cmd/sitegen writes holds the
// trainer's first report (summary and readouts) and a picture of each
// canvas drawn by the page's own code: the network's lines and neurons,
// the output's map and points, each hidden neuron's map in its node.
func TestPrerenderedPage(t *testing.T) {
	ses := built(t, session.Default())
	sizes := map[string][2]float64{"network": {700, 400}, "boundary": {158, 158}, "loss-chart": {314, 220}}
	p := NewPrerenderedPage(sizes, loaded(ses), &wire.Reference{Linear: ses.Linear()}).(*playground)
	if p.st.Data.Summary() == nil || len(p.st.Run.History()) != 1 {
		t.Fatalf("summary %v, history %d", p.st.Data.Summary(), len(p.st.Run.History()))
	}
	for id, want := range map[string][]string{
		"network":  {"<line", "<circle", "<image"},
		"boundary": {"<image", "<circle", "data:image/bmp;base64,"},
	} {
		u := p.st.Paint.Picture(id)
		if !strings.HasPrefix(u, "data:image/svg+xml,%3Csvg") {
			t.Errorf("%s: picture %.60q", id, u)
			continue
		}
		for _, w := range want {
			w = strings.NewReplacer("<", "%3C", `"`, "'").Replace(w)
			if !strings.Contains(u, w) {
				t.Errorf("%s: picture without %s", id, w)
			}
		}
		if strings.ContainsAny(u, "\"<>#\n") {
			t.Errorf("%s: a character a CSS url(\"…\") cannot hold", id)
		}
	}
	if !p.st.Paint.Prerendered() || !p.st.Data.FirstHint() {
		t.Error("not marked prerendered with the first visit's hint")
	}
}
