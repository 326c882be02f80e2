package web

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"

	"github.com/nnplayground/playground/web/state"
)

// rowInspector (#row-panel) asks the network about a row of one's own: a
// value for every input column (a list of its categories for a categorical
// one), filled from a row of the table to start with, and answers with the
// prediction and every neuron's value on the way, layer by layer, as the
// worker computes them (nn.Trainer.PredictRow). After training the answer
// is asked again, so it follows the network.
type rowInspector struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *rowInspector) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData|state.TopicRun, state.Redraw(ctx, c.St))
}

func (c *rowInspector) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *rowInspector) Render() app.UI {
	l, st := c.Lang, c.St
	features, values, from := st.Row.Row()
	if st.Data.Summary() == nil || len(features) == 0 {
		return panel(st, "row-panel", t(l, "row-panel"), app.P().Class("pg-hint").Text(t(l, "row-none")))
	}
	var rows []app.UI
	for i := range st.Data.Summary().Preview {
		rows = append(rows, app.Option().Value(strconv.Itoa(i)).Selected(i == from).Text(tf(l, "row-n", i+1)))
	}
	rows = append(rows, app.Option().Value("-1").Selected(from < 0).Text(t(l, "row-typed")))
	fields := make([]app.UI, len(features))
	for i, f := range features {
		id := "row-value-" + strconv.Itoa(i)
		var in app.UI
		if f.Categories != nil {
			opts := make([]app.UI, len(f.Categories))
			for k, cat := range f.Categories {
				opts[k] = app.Option().Value(cat).Selected(cat == values[i]).Text(cat)
			}
			in = app.Select().ID(id).Body(opts...).OnChange(c.onValue(i))
		} else {
			in = app.Input().ID(id).Type("text").Attr("inputmode", "decimal").Value(values[i]).OnChange(c.onValue(i))
		}
		fields[i] = app.Div().Class("pg-field").Body(app.Label().For(id).Text(f.Name), in)
	}
	return panel(st, "row-panel", t(l, "row-panel"),
		app.P().Class("pg-hint").Text(t(l, "row-hint")),
		app.Div().Class("pg-field").Body(
			app.Label().For("row-from").Text(t(l, "row-from")),
			app.Select().ID("row-from").Body(rows...).OnChange(c.onFrom),
		),
		app.Div().Class("pg-form").Body(fields...),
		app.Button().ID("row-predict").Class("pg-primary").Text(t(l, "row-predict")).
			OnClick(func(ctx app.Context, e app.Event) { ctx.Dispatch(func(app.Context) { st.AskRow() }) }),
		rowAnswer(l, st),
	)
}

func (c *rowInspector) onValue(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v := ctx.JSSrc().Get("value").String()
		ctx.Dispatch(func(app.Context) {
			c.St.SetRowValue(i, v)
		})
	}
}

func (c *rowInspector) onFrom(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
	if err != nil || i < 0 {
		return
	}
	ctx.Dispatch(func(app.Context) {
		c.St.RowFrom(i)
	})
}

// rowAnswer shows the worker's answer: the error naming the column, or the
// prediction and every layer's values.
func rowAnswer(l string, st *state.Store) app.UI {
	a := st.Row.Answer()
	features, _, _ := st.Row.Row()
	if a == nil {
		return app.Div().ID("row-result").Hidden(true)
	}
	if a.Prediction == nil {
		return app.Div().ID("row-result").Body(
			app.P().ID("row-error").Class("pg-alert").Role("alert").Text(rowErrorText(l, features, a)),
		)
	}
	p := a.Prediction
	var what app.UI
	if p.Class >= 0 && p.Class < len(p.Classes) {
		probs := make([]app.UI, len(p.Classes))
		for k, name := range p.Classes {
			probs[k] = app.Li().DataSet("p", full(p.Probs[k])).Text(st.Word(l, name) + ": " + strconv.FormatFloat(100*p.Probs[k], 'f', 1, 64) + " %")
		}
		what = app.Div().Body(
			app.P().ID("row-prediction").DataSet("class", p.Classes[p.Class]).
				Text(tf(l, "row-predicted-class", st.Word(l, p.Classes[p.Class]), strconv.FormatFloat(100*p.Value, 'f', 1, 64))),
			app.Ul().ID("row-probs").Class("pg-plain").Body(probs...),
		)
	} else {
		target := ""
		if st.Data.Summary() != nil {
			target = st.Data.Summary().Target
		}
		what = app.P().ID("row-prediction").DataSet("value", full(p.Value)).Text(tf(l, "row-predicted-value", target, plain(p.Value, 6)))
	}
	layers := make([]app.UI, len(p.Units))
	for k, u := range p.Units {
		name := tf(l, "row-layer", k)
		switch k {
		case 0:
			name = t(l, "row-inputs")
		case len(p.Units) - 1:
			name = t(l, "row-output")
		}
		vals := make([]string, len(u))
		for j, v := range u {
			vals[j] = plain(v, 3)
			if k == 0 && st.Data.Summary() != nil && len(st.Data.Summary().Inputs) == len(u) {
				vals[j] = st.Data.Summary().Inputs[j] + " " + vals[j] // the network's input names
			}
		}
		layers[k] = app.Li().DataSet("layer", k).DataSet("values", unitsData(u)).Body(
			app.Strong().Text(name+": "), app.Text(strings.Join(vals, ", ")),
		)
	}
	return app.Div().ID("row-result").Aria("live", "polite").Body(
		what,
		app.P().Class("pg-hint").Text(t(l, "row-units")),
		app.Ul().ID("row-units").Class("pg-plain").Body(layers...),
	)
}

// unitsData is a layer's values in full, space-separated (data-values).
func unitsData(u []float64) string {
	s := make([]string, len(u))
	for i, v := range u {
		s[i] = full(v)
	}
	return strings.Join(s, " ")
}

// rowErrorText says which value could not be read, in the page's language:
// the column's name, then the value and what is wrong with it as the data
// panel words a data error (state.ErrorText; the English from data.Sentinel).
func rowErrorText(l string, features []session.Feature, a *wire.Inspected) string {
	d := a.Data
	if d == nil || d.Column < 1 || d.Column > len(features) {
		return a.Error
	}
	err := data.Sentinel(d.Code)
	if err == nil {
		return a.Error
	}
	english := err.Error()
	if d.Cell != "" {
		english = strconv.Quote(d.Cell) + ": " + english
	}
	return features[d.Column-1].Name + ": " + state.ErrorText(l, state.ErrParts{Code: d.Code, Cell: d.Cell}, english)
}
