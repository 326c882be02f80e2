package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// quickSettings are the training settings used most, beside the run bar as
// in TensorFlow Playground: the learning rate, the activation, the
// regularization and its rate. The learning rate and the regularization
// change live, while the network trains; the activation needs a new
// network. The rest is in the training panel (modelPanel).
type quickSettings struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *quickSettings) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *quickSettings) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *quickSettings) Render() app.UI {
	l, st := c.Lang, c.St
	kind, _ := st.Data.Reg()
	return app.Section().ID("quick-settings").Class("pg-quick").Aria("label", t(l, "quick-settings")).Body(
		numField(st, l, lrSpec(st, l)),
		settingSelect(st, l, "activation"),
		enumSelect(st, l, "regularization", t(l, "regularization"), session.Regularizations(), kind, true, func(s *session.Settings, x string) {
			st.SetRegKind(x)
			_, rate := st.Data.Reg()
			applyReg(s, x, rate)
		}),
		numField(st, l, regRateSpec(st, l)),
	)
}

// lrSpec is the learning-rate field: any positive number, the arrow keys
// stepping along the standard values.
func lrSpec(st *state.Store, l string) numSpec { return settingSpec(st, l, "lr", 0, rateLadder) }

// regRateSpec is the regularization rate's field: the bounds of L2 (those
// of L1 are the same), the rate of the kind chosen beside it.
func regRateSpec(st *state.Store, l string) numSpec {
	f := settingSpec(st, l, "l2", 0, penaltyLadder)
	f.ID, f.Off = "reg-rate", st.LockedCtl("reg-rate")
	f.Get = func(st *state.Store) float64 { _, rate := st.Data.Reg(); return rate }
	f.Set = func(s *session.Settings, v float64) {
		st.SetRegRate(v)
		kind, _ := st.Data.Reg()
		applyReg(s, kind, v)
	}
	return f
}

// enumSelect is a labelled select of names (option texts from the catalog's
// "opt-<name>" entries when there are some); live selects tune the running
// network, the others build a new one.
func enumSelect(st *state.Store, l, id, label string, names []string, cur string, live bool, set func(*session.Settings, string)) app.UI {
	return app.Div().Class("pg-field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).Disabled(st.LockedCtl(id)).OnChange(func(ctx app.Context, e app.Event) {
			x := ctx.JSSrc().Get("value").String()
			ctx.Dispatch(func(app.Context) {
				if live {
					st.Tune(id, func(s *session.Settings) { set(s, x) })
				} else {
					st.Change(false, id, func(s *session.Settings) { set(s, x) })
				}
			})
		}, id).Body(
			app.Range(names).Slice(func(i int) app.UI {
				return app.Option().Value(names[i]).Selected(names[i] == cur).Text(optText(l, names[i]))
			}),
		),
	)
}
