package web

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// settingsDiff names the settings in which run differs from now, as
// "learning rate 0.3 (now 0.03)".
func settingsDiff(l string, run, now session.Settings) string {
	var out []string
	add := func(key, a, b string) {
		if a != b {
			out = append(out, fmt.Sprintf("%s %s (%s %s)", t(l, key), a, t(l, "pin-now"), b))
		}
	}
	add("dataset", run.Dataset, now.Dataset)
	add("layers-short", layersText(run.Model.Hidden), layersText(now.Model.Hidden))
	add("activation", run.Model.Activation.String(), now.Model.Activation.String())
	add("optimizer", run.Model.Optimizer.String(), now.Model.Optimizer.String())
	add("learning-rate", full(run.Model.Defaults().LearningRate), full(now.Model.Defaults().LearningRate))
	add("batch-size", fmt.Sprint(run.Model.BatchSize), fmt.Sprint(now.Model.BatchSize))
	add("reg-l1", full(run.Model.L1), full(now.Model.L1))
	add("reg-l2", full(run.Model.L2), full(now.Model.L2))
	add("norm", run.Norm.String(), now.Norm.String())
	add("valid-ratio", full(run.ValidRatio), full(now.ValidRatio))
	add("seed", fmt.Sprint(run.Model.Seed), fmt.Sprint(now.Model.Seed))
	if len(out) == 0 {
		return t(l, "pin-same")
	}
	return strings.Join(out, "; ")
}

// pinsUI is the loss chart's pin button (#pin-run) and the list of pinned
// runs (#pinned-runs), each with what differs from the current settings
// and a button to unpin it. The chart draws them dashed in grey.
func pinsUI(l string, st *state.Store) app.UI {
	items := make([]app.UI, len(st.Opts.Pins()))
	for i, p := range st.Opts.Pins() {
		name := p.Name
		items[i] = app.Li().DataSet("pin", name).Body(
			app.Strong().Text(tf(l, "pin-run-n", name)+" "),
			app.Text(settingsDiff(l, p.Settings, st.View())+" "),
			app.Button().Class("pg-link").Aria("label", tf(l, "pin-remove", name)).OnClick(func(ctx app.Context, e app.Event) {
				st.Unpin(name)
			}, name).Text("×"),
		)
	}
	return app.Div().Class("pg-pins").Body(
		app.Button().ID("pin-run").Disabled(len(st.Run.History()) < 2).Title(t(l, "pin-hint")).
			OnClick(func(ctx app.Context, e app.Event) { st.PinRun() }).Text(t(l, "pin")),
		app.If(len(items) > 0, app.Ul().ID("pinned-runs").Class("pg-pinned").Body(items...)),
	)
}
