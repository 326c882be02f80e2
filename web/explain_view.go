package web

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"

	"github.com/nnplayground/playground/web/state"
)

// explainView (#explain) writes out one neuron's computation for one row
// with its numbers, as the engine computes it (nn.Trainer.Explain): its
// inputs and weights, z = Σ wᵢxᵢ + b, a = f(z), and the backward pass for
// the row's loss: δ = ∂L/∂z, ∂L/∂wᵢ = δ·xᵢ, ∂L/∂b = δ. A neuron is picked
// by clicking it on the network or in #explain-neuron, the row in
// #explain-row (the first test row by default).
func explainView(l string, st *state.Store, name func(layer, unit int) string) app.UI {
	q, asked := st.Explain.Asked()
	n, _, _ := st.Explain.Answer()
	if !asked || st.Run.Net() == nil {
		return app.Div().ID("explain").Hidden(true)
	}
	var opts []app.UI
	for layer := 1; layer < len(st.Run.Net().Sizes); layer++ {
		for u := range st.Run.Net().Sizes[layer] {
			v := strconv.Itoa(layer) + "." + strconv.Itoa(u)
			opts = append(opts, app.Option().Value(v).Selected(layer == q.Layer && u == q.Unit).Text(name(layer, u)))
		}
	}
	body := []app.UI{
		app.Div().Class("pg-row").Body(
			app.H3().ID("explain-title").Class("pg-h3").Text(t(l, "explain-title")),
			app.Button().ID("explain-close").Class("pg-link").Aria("label", t(l, "explain-close")).
				OnClick(func(ctx app.Context, e app.Event) { st.CloseExplain() }).Text("×"),
		),
		app.Div().Class("pg-row").Body(
			app.Div().Class("pg-field").Body(
				app.Label().For("explain-neuron").Text(t(l, "explain-neuron")),
				app.Select().ID("explain-neuron").OnChange(func(ctx app.Context, e app.Event) {
					v := ctx.JSSrc().Get("value").String()
					ctx.Dispatch(func(app.Context) {
						a, b, _ := strings.Cut(v, ".")
						layer, _ := strconv.Atoi(a)
						unit, _ := strconv.Atoi(b)
						st.OpenExplain(layer, unit)
					})
				}).Body(opts...),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("explain-row").Text(t(l, "explain-row")),
				app.Input().ID("explain-row").Type("number").Attr("min", 1).Attr("step", 1).Value(strconv.Itoa(q.Row+1)).
					OnChange(func(ctx app.Context, e app.Event) {
						v, err := strconv.Atoi(strings.TrimSpace(ctx.JSSrc().Get("value").String()))
						ctx.Dispatch(func(app.Context) {
							if err == nil && v >= 1 {
								st.ExplainRow(v - 1)
							}
						})
					}),
			),
		),
	}
	if n != nil && n.Layer == q.Layer && n.Unit == q.Unit {
		body = append(body, explainMath(l, st, n, name))
	}
	return app.Section().ID("explain").Class("pg-explain").Aria("labelledby", "explain-title").Body(body...)
}

// explainMath writes out the forward and backward pass with the numbers.
func explainMath(l string, st *state.Store, n *nn.Neuron, name func(layer, unit int) string) app.UI {
	_, line, split := st.Explain.Answer()
	terms := make([]string, len(n.Inputs))
	rows := make([]app.UI, len(n.Inputs))
	for i, x := range n.Inputs {
		terms[i] = fmt.Sprintf("(%s × %s)", short(n.Weights[i]), short(x))
		rows[i] = app.Tr().Body(
			app.Td().Text(name(n.Layer-1, i)),
			app.Td().Class("pg-num").DataSet("value", full(x)).Text(short(x)),
			app.Td().Class("pg-num").DataSet("value", full(n.Weights[i])).Text(short(n.Weights[i])),
			app.Td().Class("pg-num").DataSet("value", full(n.GradW[i])).Text(short(n.GradW[i])),
		)
	}
	return app.Div().ID("explain-math").Body(
		app.P().ID("explain-row-of").Class("pg-hint").Text(tf(l, "explain-of", name(n.Layer, n.Unit), line, t(l, "held-"+split), st.Epoch())),
		app.Div().Class("pg-scroll").Body(app.Table().ID("explain-terms").Class("pg-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t(l, "explain-input")),
				app.Th().Scope("col").Text("xᵢ"),
				app.Th().Scope("col").Text("wᵢ"),
				app.Th().Scope("col").Text("∂L/∂wᵢ = δ·xᵢ"),
			)),
			app.TBody().Body(rows...),
		)),
		app.P().ID("explain-z").Class("pg-math").DataSet("value", full(n.Z)).
			Text("z = Σ wᵢxᵢ + b = "+strings.Join(terms, " + ")+" + "+short(n.Bias)+" = "+short(n.Z)),
		app.P().ID("explain-a").Class("pg-math").DataSet("value", full(n.A)).Text("a = "+n.Act+"(z) = "+short(n.A)),
		app.P().ID("explain-loss").Class("pg-math").DataSet("value", full(n.Loss)).Text(tf(l, "explain-loss", short(n.Loss))),
		app.P().ID("explain-delta").Class("pg-math").DataSet("value", full(n.Delta)).Text("δ = ∂L/∂z = "+short(n.Delta)),
		app.P().ID("explain-gradb").Class("pg-math").DataSet("value", full(n.GradB)).Text("∂L/∂b = δ = "+short(n.GradB)),
		app.P().Class("pg-hint").Body(
			app.Text(t(l, "explain-more")+" "),
			app.A().Href("#lesson-explain").OnClick(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				ctx.Dispatch(func(app.Context) { st.OpenLessonByID("explain") })
			}).Text(t(l, "explain-lesson")),
		),
	)
}
