package web

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// weightEditor is the keyboard way to edit the network (#wedit): choose a
// layer (#wedit-layer), a neuron it feeds (#wedit-to) and a source neuron
// or the bias (#wedit-from), type a value (#wedit-value) and press Enter or
// #wedit-apply. Like a click on the drawing, it goes to the worker as
// wire.SetWeight or wire.SetBias.
type weightEditor struct {
	app.Compo

	St   *state.Store
	Lang string

	layer, to, from int // from == -1: the bias
	value           string
	unsub, unsub2   func()
}

func (c *weightEditor) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicShape|state.TopicData, state.Redraw(ctx, c.St))
	// New values while paused (after an edit or a step); not 60 times a
	// second while training.
	re := state.Redraw(ctx, c.St)
	c.unsub2 = c.St.Subscribe(state.TopicSnapshot, func() {
		if !c.St.Run.Running() {
			re()
		}
	})
}

func (c *weightEditor) OnDismount() {
	if c.unsub != nil {
		c.unsub()
		c.unsub2()
	}
}

func (c *weightEditor) Render() app.UI {
	l, net := c.Lang, c.St.Run.Net()
	d := app.Details().ID("wedit").Class("pg-wedit")
	if net == nil || len(net.Sizes) < 2 {
		return d.Body(app.Summary().Text(t(l, "wedit")))
	}
	nv := &networkView{St: c.St, Lang: l}
	L := len(net.Sizes) - 1
	c.layer = min(max(c.layer, 0), L-1)
	c.to = min(max(c.to, 0), net.Sizes[c.layer+1]-1)
	c.from = min(max(c.from, -1), net.Sizes[c.layer]-1)
	cur := net.B[c.layer][c.to]
	if c.from >= 0 {
		cur = net.W[c.layer][c.to*net.Sizes[c.layer]+c.from]
	}
	layers := make([]int, L)
	tos := make([]int, net.Sizes[c.layer+1])
	froms := make([]int, net.Sizes[c.layer]+1)
	return d.Body(
		app.Summary().Text(t(l, "wedit")),
		app.Form().Class("pg-row").OnSubmit(c.onSubmit).Body(
			app.Div().Class("pg-field").Body(
				app.Label().For("wedit-layer").Text(t(l, "wedit-layer")),
				app.Select().ID("wedit-layer").OnChange(c.pick(&c.layer, 0)).Body(
					app.Range(layers).Slice(func(i int) app.UI {
						return app.Option().Value(strconv.Itoa(i)).Selected(i == c.layer).
							Text(strconv.Itoa(i+1) + ": " + nv.layerName(i) + " → " + nv.layerName(i+1))
					}),
				),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("wedit-to").Text(t(l, "wedit-to")),
				app.Select().ID("wedit-to").OnChange(c.pick(&c.to, 0)).Body(
					app.Range(tos).Slice(func(j int) app.UI {
						return app.Option().Value(strconv.Itoa(j)).Selected(j == c.to).Text(nv.unitName(c.layer+1, j))
					}),
				),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("wedit-from").Text(t(l, "wedit-from")),
				app.Select().ID("wedit-from").OnChange(c.pick(&c.from, -1)).Body(
					app.Range(froms).Slice(func(k int) app.UI {
						i := k - 1
						text := t(l, "wedit-bias")
						if i >= 0 {
							text = nv.unitName(c.layer, i)
						}
						return app.Option().Value(strconv.Itoa(i)).Selected(i == c.from).Text(text)
					}),
				),
			),
			app.Div().Class("pg-field").Body(
				app.Label().For("wedit-value").Text(t(l, "wedit-value")),
				app.Input().ID("wedit-value").Type("number").Attr("step", "any").Value(c.value).Placeholder(full(cur)).
					OnInput(func(ctx app.Context, e app.Event) { c.value = ctx.JSSrc().Get("value").String() }),
			),
			app.Button().ID("wedit-apply").Type("submit").Text(t(l, "apply")),
		),
	)
}

// pick returns a select's change handler storing its value in dst (and
// resetting the choices below it).
func (c *weightEditor) pick(dst *int, def int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
		if err != nil {
			v = def
		}
		*dst = v
		if dst == &c.layer {
			c.to, c.from = 0, -1
		}
		c.value = ""
	}
}

func (c *weightEditor) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	v, ok := parseFloat(c.value)
	if !ok || c.St.Run.Net() == nil {
		return
	}
	layer, to, from := c.layer, c.to, c.from
	ctx.Dispatch(func(app.Context) { state.SetParam(c.St, layer, to, from, v) })
	c.value = ""
}

// layerName is "inputs", "hidden 1", …, "output" for layer l of the drawing.
func (c *networkView) layerName(l int) string {
	net := c.St.Run.Net()
	switch {
	case l == 0:
		return "x"
	case net != nil && l == len(net.Sizes)-1:
		return t(c.Lang, "out")
	}
	return "h" + strconv.Itoa(l)
}
