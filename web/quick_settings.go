package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// quickSettings are the training settings used most, beside the run bar as
// in TensorFlow Playground: the learning rate, the activation, the
// regularization and its rate. The learning rate and the regularization
// change live, while the network trains; the activation needs a new
// network. The rest is in the training panel (modelPanel).
type quickSettings struct {
	app.Compo

	St   *store
	Lang string

	unsub func()
}

func (c *quickSettings) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicData, redraw(ctx, c.St))
}

func (c *quickSettings) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *quickSettings) Render() app.UI {
	l, st := c.Lang, c.St
	m := st.view().Model
	return app.Section().ID("quick-settings").Class("pg-quick").Aria("label", t(l, "quick-settings")).Body(
		numField(st, l, lrSpec(st, l)),
		enumSelect(st, l, "activation", t(l, "activation"), activationNames(), m.Activation.String(), false, func(s *session.Settings, x string) {
			s.Model.Activation, _ = nn.ParseActivation(x)
		}),
		enumSelect(st, l, "regularization", t(l, "regularization"), []string{"none", "l1", "l2"}, st.regKind, true, func(s *session.Settings, x string) {
			st.regKind = x
			applyReg(s, x, st.regRate)
		}),
		numField(st, l, numSpec{ID: "reg-rate", Label: t(l, "reg-rate"), Ladder: penaltyLadder, Min: 0, Live: true,
			Off: st.lockedCtl("reg-rate"),
			Get: func(st *store) float64 { return st.regRate },
			Set: func(s *session.Settings, v float64) {
				st.regRate = v
				applyReg(s, st.regKind, v)
			}}),
	)
}

// lrSpec is the learning-rate field: any positive number, the arrow keys
// stepping along the standard values.
func lrSpec(st *store, l string) numSpec {
	return numSpec{ID: "learning-rate", Label: t(l, "learning-rate"), Ladder: rateLadder, Min: 0, MinOpen: true, Live: true,
		Off: st.lockedCtl("learning-rate"),
		Get: func(st *store) float64 { return st.view().Model.LearningRate },
		Set: func(s *session.Settings, v float64) { s.Model.LearningRate = v }}
}

// enumSelect is a labelled select of names (option texts from the catalog's
// "opt-<name>" entries when there are some); live selects tune the running
// network, the others build a new one.
func enumSelect(st *store, l, id, label string, names []string, cur string, live bool, set func(*session.Settings, string)) app.UI {
	return app.Div().Class("pg-field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).Disabled(st.lockedCtl(id)).OnChange(func(ctx app.Context, e app.Event) {
			x := ctx.JSSrc().Get("value").String()
			ctx.Dispatch(func(app.Context) {
				if live {
					st.tune(id, func(s *session.Settings) { set(s, x) })
				} else {
					st.change(false, id, func(s *session.Settings) { set(s, x) })
				}
			})
		}, id).Body(
			app.Range(names).Slice(func(i int) app.UI {
				return app.Option().Value(names[i]).Selected(names[i] == cur).Text(optText(l, names[i]))
			}),
		),
	)
}
