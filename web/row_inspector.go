package web

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
)

// rowInspector (#row-panel) asks the network about a row of one's own: a
// value for every input column (a list of its categories for a categorical
// one), filled from a row of the table to start with, and answers with the
// prediction and every neuron's value on the way, layer by layer, as the
// worker computes them (nn.Trainer.PredictRow). After training the answer
// is asked again, so it follows the network.
type rowInspector struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *rowInspector) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicData|topicRun, redraw(ctx, c.St))
}

func (c *rowInspector) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

// rowState is the inspector's part of the store.
type rowState struct {
	features []session.Feature // the columns the values are for
	values   []string          // the values typed, one per feature
	from     int               // the table row they were filled from (from 0; -1: typed)
	asked    bool              // a row was inspected: ask again after training
	answer   *wire.Inspected
}

// syncRow fills the values from the first table row when the input columns
// changed (new data, a column ignored).
func (s *store) syncRow() {
	r := &s.row
	var f []session.Feature
	if s.data.Summary() != nil {
		f = s.data.Summary().Features
	}
	if slices.EqualFunc(f, r.features, func(a, b session.Feature) bool {
		return a.Name == b.Name && slices.Equal(a.Categories, b.Categories)
	}) {
		return
	}
	r.features, r.answer, r.asked = f, nil, false
	r.fill(s.data.Summary(), 0)
}

// fill sets the values from row i of the summary's preview.
func (r *rowState) fill(sum *session.Summary, i int) {
	r.values = make([]string, len(r.features))
	r.from = -1
	if sum == nil || i >= len(sum.Preview) {
		return
	}
	r.from = i
	for k, f := range r.features {
		if c := slices.Index(sum.Columns, f.Name); c >= 0 && c < len(sum.Preview[i]) {
			r.values[k] = sum.Preview[i][c]
		}
	}
}

// askRow sends the values to the trainer (Inspect).
func (s *store) askRow() {
	s.row.asked = true
	s.send(&wire.Inspect{Values: slices.Clone(s.row.values)})
}

func (c *rowInspector) Render() app.UI {
	l, st := c.Lang, c.St
	r := &st.row
	if st.data.Summary() == nil || len(r.features) == 0 {
		return panel(st, "row-panel", t(l, "row-panel"), app.P().Class("pg-hint").Text(t(l, "row-none")))
	}
	var rows []app.UI
	for i := range st.data.Summary().Preview {
		rows = append(rows, app.Option().Value(strconv.Itoa(i)).Selected(i == r.from).Text(tf(l, "row-n", i+1)))
	}
	rows = append(rows, app.Option().Value("-1").Selected(r.from < 0).Text(t(l, "row-typed")))
	fields := make([]app.UI, len(r.features))
	for i, f := range r.features {
		id := "row-value-" + strconv.Itoa(i)
		var in app.UI
		if f.Categories != nil {
			opts := make([]app.UI, len(f.Categories))
			for k, cat := range f.Categories {
				opts[k] = app.Option().Value(cat).Selected(cat == r.values[i]).Text(cat)
			}
			in = app.Select().ID(id).Body(opts...).OnChange(c.onValue(i))
		} else {
			in = app.Input().ID(id).Type("text").Attr("inputmode", "decimal").Value(r.values[i]).OnChange(c.onValue(i))
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
			OnClick(func(ctx app.Context, e app.Event) { ctx.Dispatch(func(app.Context) { st.askRow() }) }),
		rowAnswer(l, st),
	)
}

func (c *rowInspector) onValue(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v := ctx.JSSrc().Get("value").String()
		ctx.Dispatch(func(app.Context) {
			r := &c.St.row
			if i < len(r.values) {
				r.values[i], r.from = v, -1
			}
		})
	}
}

func (c *rowInspector) onFrom(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
	if err != nil || i < 0 {
		return
	}
	ctx.Dispatch(func(app.Context) {
		st := c.St
		st.row.fill(st.data.Summary(), i)
		st.askRow()
	})
}

// rowAnswer shows the worker's answer: the error naming the column, or the
// prediction and every layer's values.
func rowAnswer(l string, st *store) app.UI {
	a := st.row.answer
	if a == nil {
		return app.Div().ID("row-result").Hidden(true)
	}
	if a.Prediction == nil {
		return app.Div().ID("row-result").Body(
			app.P().ID("row-error").Class("pg-alert").Role("alert").Text(rowErrorText(l, st.row.features, a)),
		)
	}
	p := a.Prediction
	var what app.UI
	if p.Class >= 0 && p.Class < len(p.Classes) {
		probs := make([]app.UI, len(p.Classes))
		for k, name := range p.Classes {
			probs[k] = app.Li().DataSet("p", full(p.Probs[k])).Text(st.word(l, name) + ": " + strconv.FormatFloat(100*p.Probs[k], 'f', 1, 64) + " %")
		}
		what = app.Div().Body(
			app.P().ID("row-prediction").DataSet("class", p.Classes[p.Class]).
				Text(tf(l, "row-predicted-class", st.word(l, p.Classes[p.Class]), strconv.FormatFloat(100*p.Value, 'f', 1, 64))),
			app.Ul().ID("row-probs").Class("pg-plain").Body(probs...),
		)
	} else {
		target := ""
		if st.data.Summary() != nil {
			target = st.data.Summary().Target
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
			if k == 0 && st.data.Summary() != nil && len(st.data.Summary().Inputs) == len(u) {
				vals[j] = st.data.Summary().Inputs[j] + " " + vals[j] // the network's input names
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
// panel words a data error (errorText; the English from data.Sentinel).
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
	return features[d.Column-1].Name + ": " + errorText(l, errParts{code: d.Code, cell: d.Cell}, english)
}
