//go:build !wasm

package web

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// TestPanelsBuiltLazily: a closed panel's contents are not in the page,
// only its summary; an open panel below the first screen (the charts) is
// built once the first screen is up; a panel opened by hand is built and
// stays built when closed again; the paste area is always there.
func TestPanelsBuiltLazily(t *testing.T) {
	st := state.NewStore()
	html := func() string {
		t.Helper()
		var b strings.Builder
		if err := app.Prerender(&b, &playground{st: st}, &url.URL{Path: "/"}, func(s string) string { return s }); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	type want struct {
		id string // an element inside the panel's contents
		in bool
	}
	for _, step := range []struct {
		what string
		do   func()
		want []want
	}{
		{"at first", func() {}, []want{
			{`id="data-input"`, true}, {`id="training-panel-title"`, true},
			{`id="layers"`, false}, {`id="metric-chart"`, false}, {`id="checker-input"`, false},
			{`id="exercise-title"`, false}, {`class="pg-lessons"`, false},
		}},
		{"first screen up", st.FirstScreenUp, []want{
			{`id="metric-chart"`, true}, {`id="layers"`, false}, {`id="checker-input"`, false},
		}},
		{"model panel opened", func() { st.SetOpen("training-panel", true) }, []want{
			{`id="layers"`, true}, {`id="checker-input"`, false},
		}},
		{"model panel closed", func() { st.SetOpen("training-panel", false) }, []want{
			{`id="layers"`, true},
		}},
	} {
		step.do()
		h := html()
		for _, w := range step.want {
			if strings.Contains(h, w.id) != w.in {
				t.Errorf("%s: %s in the page: %v, want %v", step.what, w.id, !w.in, w.in)
			}
		}
	}
}
