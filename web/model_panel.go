package web

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// modelPanel is the training panel (#training-panel, opened on demand):
// the hidden layers as text (#layers, such as "8,8"; the network view has
// + and − for them), optimizer, momentum, batch size, clipping, decay,
// loss, initialisation, test ratio, normalization and seed. The learning
// rate, activation and regularization are beside the run bar
// (quickSettings). Optimizer settings change live (Store.Tune); the
// others build a new network, and the page says which and offers to undo.
type modelPanel struct {
	app.Compo

	St   *state.Store
	Lang string

	layersErr string
	unsub     func()
}

func (c *modelPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *modelPanel) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func layersText(h []int) string {
	s := make([]string, len(h))
	for i, n := range h {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ",")
}

// parseLayers reads "8,8" (commas or spaces), each width within
// session.Table's bounds (hiddenSetting); "" is no hidden layer.
func parseLayers(s string) ([]int, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	h := make([]int, 0, len(f))
	for _, x := range f {
		n, err := strconv.Atoi(x)
		if err != nil || float64(n) < hiddenSetting.Min || float64(n) > hiddenSetting.Max {
			return nil, false
		}
		h = append(h, n)
	}
	return h, true
}

func (c *modelPanel) Render() app.UI {
	l, st := c.Lang, c.St
	v := st.View()
	m := v.Model
	return panel(st, "training-panel", t(l, "model"),
		app.Div().Class("pg-field").Body(
			app.Label().For("layers").Text(t(l, "layers")),
			app.Input().ID("layers").Type("text").Value(layersText(m.Hidden)).Disabled(st.LockedCtl("layers")).
				Placeholder("8,8").Aria("describedby", "layers-error").
				Attr("inputmode", "numeric").OnChange(c.onLayers),
			app.Span().ID("layers-error").Class("pg-field-error").Role("alert").Text(c.layersErr),
		),
		app.P().Class("pg-hint").Text(t(l, "live-hint")),
		c.trainingFields(),
		app.H3().Class("pg-h3").Text(t(l, "stop-rules")),
		app.P().Class("pg-hint").Text(t(l, "stop-hint")),
		c.stopFields(),
	)
}

// trainingFields are the optimizer, its settings, the loss, the
// initialisation, the split, normalization and seed.
func (c *modelPanel) trainingFields() app.UI {
	l, st := c.Lang, c.St
	v := st.View()
	m := v.Model
	return app.Div().Class("pg-form").Body(
		settingSelect(st, l, "optimizer"),
		// Always present (go-app keeps the event handlers of elements
		// at the same position, so controls must not shift): disabled
		// unless the optimizer is momentum.
		numField(st, l, momentumSpec(st, l, m.Optimizer)),
		app.Div().Class("pg-field pg-check").Body(
			app.Input().Type("checkbox").ID("nesterov").Checked(m.Nesterov).
				Disabled(st.LockedCtl("nesterov") || m.Optimizer != nn.Momentum).
				OnChange(func(ctx app.Context, e app.Event) {
					on := ctx.JSSrc().Get("checked").Bool()
					ctx.Dispatch(func(app.Context) {
						st.Tune("nesterov", func(s *session.Settings) { s.Model.Nesterov = on })
					})
				}),
			app.Label().For("nesterov").Text(t(l, "nesterov")),
		),
		numField(st, l, settingSpec(st, l, "batch", 1, nil)),
		numField(st, l, settingSpec(st, l, "clip", 0, []float64{0, 0.1, 0.3, 1, 3, 10, 30})),
		numField(st, l, settingSpec(st, l, "decay", 0, []float64{0, 0.0001, 0.001, 0.01, 0.1, 1})),
		settingSelect(st, l, "loss"),
		settingSelect(st, l, "init"),
		numField(st, l, settingSpec(st, l, "testRatio", 0.05, nil)),
		settingSelect(st, l, "norm"),
		numField(st, l, settingSpec(st, l, "seed", 1, nil)),
	)
}

// stopFields are the validation share and the stop rules (nn.Stopper).
func (c *modelPanel) stopFields() app.UI {
	l, st := c.Lang, c.St
	v := st.View()
	return app.Div().Class("pg-form").Body(
		numField(st, l, validRatioSpec(st, l)),
		numField(st, l, settingSpec(st, l, "patience", 5, nil)),
		app.Div().Class("pg-field pg-check").Body(
			app.Input().Type("checkbox").ID("restore-best").Checked(v.Stop.RestoreBest).
				OnChange(func(ctx app.Context, e app.Event) {
					on := ctx.JSSrc().Get("checked").Bool()
					ctx.Dispatch(func(app.Context) {
						st.Change(false, "restore-best", func(s *session.Settings) { s.Stop.RestoreBest = on })
					})
				}),
			app.Label().For("restore-best").Text(t(l, "restore-best")),
		),
		numField(st, l, settingSpec(st, l, "targetMetric", 0.01, nil)),
		numField(st, l, settingSpec(st, l, "maxEpochs", 100, nil)),
	)
}

// momentumSpec is the momentum's field: always present (go-app keeps the
// event handlers of elements at the same position, so controls must not
// shift), disabled unless the optimizer is momentum.
func momentumSpec(st *state.Store, l string, opt nn.OptimizerKind) numSpec {
	f := settingSpec(st, l, "momentum", 0.05, nil)
	f.Off = f.Off || opt != nn.Momentum
	return f
}

// validRatioSpec is the validation share's field, disabled in an
// exercise.
func validRatioSpec(st *state.Store, l string) numSpec {
	f := settingSpec(st, l, "validRatio", 0.05, nil)
	f.Off = st.Exercise.Info() != nil
	return f
}

func applyReg(s *session.Settings, kind string, rate float64) {
	s.Model.L1, s.Model.L2 = 0, 0
	switch kind {
	case "l1":
		s.Model.L1 = rate
	case "l2":
		s.Model.L2 = rate
	}
}

func (c *modelPanel) onLayers(ctx app.Context, e app.Event) {
	h, ok := parseLayers(ctx.JSSrc().Get("value").String())
	ctx.Dispatch(func(app.Context) {
		if !ok {
			c.layersErr = tf(c.Lang, "bad-layers", int(hiddenSetting.Max))
			return
		}
		c.layersErr = ""
		c.St.Change(false, "layers", func(s *session.Settings) { s.Model.Hidden = h })
	})
}

// changeWidth adds d neurons to hidden layer i.
func changeWidth(st *state.Store, ctx app.Context, i, d int) {
	ctx.Dispatch(func(app.Context) {
		st.Change(false, "layers", func(s *session.Settings) {
			if i < len(s.Model.Hidden) {
				n := s.Model.Hidden[i] + d
				s.Model.Hidden[i] = max(int(hiddenSetting.Min), min(int(hiddenSetting.Max), n))
			}
		})
	})
}

// addLayer adds a hidden layer as wide as the last one (4 for the first).
func addLayer(st *state.Store, ctx app.Context) {
	ctx.Dispatch(func(app.Context) {
		st.Change(false, "layers", func(s *session.Settings) {
			n := 4
			if k := len(s.Model.Hidden); k > 0 {
				n = s.Model.Hidden[k-1]
			}
			s.Model.Hidden = append(s.Model.Hidden, n)
		})
	})
}

// removeLayer removes the last hidden layer.
func removeLayer(st *state.Store, ctx app.Context) {
	ctx.Dispatch(func(app.Context) {
		st.Change(false, "layers", func(s *session.Settings) {
			if k := len(s.Model.Hidden); k > 0 {
				s.Model.Hidden = s.Model.Hidden[:k-1]
			}
		})
	})
}
