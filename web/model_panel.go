package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// maxWidth bounds the neurons of one hidden layer.
const maxWidth = 256

// lockOf names the exercise setting (exercise.Lockable or exercise.Fixed)
// each control changes, so that an exercise can disable it.
var lockOf = map[string]string{
	"layers": "hidden", "activation": "activation", "loss": "loss", "init": "init", "optimizer": "optimizer",
	"learning-rate": "lr", "momentum": "momentum", "nesterov": "nesterov", "batch-size": "batch",
	"regularization": "l2", "reg-rate": "l2", "clip-norm": "clip", "lr-decay": "decay",
	"test-ratio": "testRatio", "norm": "norm", "seed": "seed",
}

// lockedCtl reports whether the exercise locks the control id.
func (s *store) lockedCtl(id string) bool {
	n, ok := lockOf[id]
	if !ok {
		return false
	}
	if (id == "regularization" || id == "reg-rate") && s.locked("l1") {
		return true
	}
	return s.locked(n)
}

// modelPanel sets the network and its training: hidden layers (#layers as
// text such as "8,8", with add/remove layer and +/− neurons), activation,
// loss, optimizer, learning rate, batch size, regularization and its rate,
// gradient clipping, test ratio, normalization and seed. Every change builds
// a new network, and the page says so.
type modelPanel struct {
	app.Compo

	St   *store
	Lang string

	layersErr string
	unsub     func()
}

func (c *modelPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicData, redraw(ctx, c.St))
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

// parseLayers reads "8,8" (commas or spaces); "" is no hidden layer.
func parseLayers(s string) ([]int, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	h := make([]int, 0, len(f))
	for _, x := range f {
		n, err := strconv.Atoi(x)
		if err != nil || n < 1 || n > maxWidth {
			return nil, false
		}
		h = append(h, n)
	}
	return h, true
}

func (c *modelPanel) Render() app.UI {
	l, v := c.Lang, c.St.view()
	m := v.Model
	return app.Section().Class("pg-panel pg-model").Aria("labelledby", "model-title").Body(
		app.H2().ID("model-title").Text(t(l, "model")),
		app.Div().Class("pg-field").Body(
			app.Label().For("layers").Text(t(l, "layers")),
			app.Input().ID("layers").Type("text").Value(layersText(m.Hidden)).Disabled(c.St.lockedCtl("layers")).
				Placeholder("8,8").Aria("describedby", "layers-error").
				Attr("inputmode", "numeric").OnChange(c.onLayers),
			app.Span().ID("layers-error").Class("pg-error").Role("alert").Text(c.layersErr),
		),
		app.Div().Class("pg-layers").Body(
			app.Range(m.Hidden).Slice(func(i int) app.UI {
				name := tf(l, "layer-n", i+1)
				return app.Div().Class("pg-layer").Body(
					app.Span().Text(name),
					app.Button().Aria("label", t(l, "fewer")+" "+name).Disabled(m.Hidden[i] <= 1 || c.St.lockedCtl("layers")).
						OnClick(func(ctx app.Context, e app.Event) { c.width(ctx, i, -1) }).Text("−"),
					app.Span().Class("pg-num").Text(strconv.Itoa(m.Hidden[i])),
					app.Button().Aria("label", t(l, "more")+" "+name).Disabled(m.Hidden[i] >= maxWidth || c.St.lockedCtl("layers")).
						OnClick(func(ctx app.Context, e app.Event) { c.width(ctx, i, +1) }).Text("+"),
				)
			}),
			app.Div().Class("pg-row").Body(
				app.Button().ID("add-layer").Disabled(c.St.lockedCtl("layers")).OnClick(c.addLayer).Text(t(l, "add-layer")),
				app.Button().ID("remove-layer").Disabled(len(m.Hidden) == 0 || c.St.lockedCtl("layers")).OnClick(c.removeLayer).Text(t(l, "remove-layer")),
			),
		),
		app.Div().Class("pg-form").Body(
			c.enumSelect("activation", t(l, "activation"), activationNames(), m.Activation.String(), func(s *session.Settings, x string) {
				s.Model.Activation, _ = nn.ParseActivation(x)
			}),
			c.enumSelect("loss", t(l, "loss"), lossNames(), m.Loss.String(), func(s *session.Settings, x string) {
				s.Model.Loss, _ = nn.ParseLoss(x)
			}),
			c.enumSelect("init", t(l, "init"), initNames(), m.Init.String(), func(s *session.Settings, x string) {
				s.Model.Init, _ = nn.ParseInit(x)
			}),
			c.enumSelect("optimizer", t(l, "optimizer"), optimizerNames(), m.Optimizer.String(), func(s *session.Settings, x string) {
				s.Model.Optimizer, _ = nn.ParseOptimizer(x)
			}),
			// Always present (go-app keeps the event handlers of elements
			// at the same position, so controls must not shift): disabled
			// unless the optimizer is momentum.
			c.number("momentum", t(l, "momentum"), m.Momentum, "0.9", "any", func(s *session.Settings, x float64) bool {
				s.Model.Momentum = x
				return x >= 0 && x < 1
			}, m.Optimizer != nn.Momentum),
			app.Div().Class("pg-field pg-check").Body(
				app.Input().Type("checkbox").ID("nesterov").Checked(m.Nesterov).
					Disabled(c.St.lockedCtl("nesterov") || m.Optimizer != nn.Momentum).
					OnChange(func(ctx app.Context, e app.Event) {
						on := ctx.JSSrc().Get("checked").Bool()
						ctx.Dispatch(func(app.Context) {
							c.St.change(false, "nesterov", func(s *session.Settings) { s.Model.Nesterov = on })
						})
					}),
				app.Label().For("nesterov").Text(t(l, "nesterov")),
			),
			c.number("learning-rate", t(l, "learning-rate"), m.LearningRate, "0.03", "any", func(s *session.Settings, x float64) bool {
				s.Model.LearningRate = x
				return x > 0
			}),
			c.number("batch-size", t(l, "batch-size"), float64(m.BatchSize), "0", "1", func(s *session.Settings, x float64) bool {
				s.Model.BatchSize = int(x)
				return x >= 0 && x == float64(int(x))
			}),
			c.enumSelect("regularization", t(l, "regularization"), []string{"none", "l1", "l2"}, c.St.regKind, func(s *session.Settings, x string) {
				c.St.regKind = x
				applyReg(s, x, c.St.regRate)
			}),
			c.number("reg-rate", t(l, "reg-rate"), c.St.regRate, "0.001", "any", func(s *session.Settings, x float64) bool {
				c.St.regRate = x
				applyReg(s, c.St.regKind, x)
				return x >= 0
			}),
			c.number("clip-norm", t(l, "clip"), m.ClipNorm, "0", "any", func(s *session.Settings, x float64) bool {
				s.Model.ClipNorm = x
				return x >= 0
			}),
			c.number("lr-decay", t(l, "decay"), m.Decay, "0", "any", func(s *session.Settings, x float64) bool {
				s.Model.Decay = x
				return x >= 0
			}),
			c.number("test-ratio", t(l, "test-ratio"), v.TestRatio, "0.2", "0.05", func(s *session.Settings, x float64) bool {
				s.TestRatio = x
				return x >= 0 && x <= 0.9
			}),
			c.enumSelect("norm", t(l, "norm"), []string{"zscore", "minmax", "none"}, normName(v.Norm), func(s *session.Settings, x string) {
				s.Norm = map[string]data.Norm{"zscore": data.ZScore, "minmax": data.MinMax, "none": data.NoNorm}[x]
			}),
			c.number("seed", t(l, "seed"), float64(m.Seed), "1", "1", func(s *session.Settings, x float64) bool {
				s.Model.Seed = uint64(x)
				return x >= 0 && x == float64(uint64(x))
			}),
		),
	)
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

func normName(n data.Norm) string {
	switch n {
	case data.MinMax:
		return "minmax"
	case data.NoNorm:
		return "none"
	}
	return "zscore"
}

func activationNames() []string {
	var out []string
	for a := nn.Tanh; a <= nn.Linear; a++ {
		out = append(out, a.String())
	}
	return out
}

func lossNames() []string {
	var out []string
	for k := nn.Auto; k <= nn.CCE; k++ {
		out = append(out, k.String())
	}
	return out
}

func initNames() []string {
	var out []string
	for k := nn.InitAuto; k <= nn.He; k++ {
		out = append(out, k.String())
	}
	return out
}

func optimizerNames() []string {
	var out []string
	for o := nn.SGD; o <= nn.Adam; o++ {
		out = append(out, o.String())
	}
	return out
}

// enumSelect is a labelled select of names (option texts from the catalog's
// "opt-<name>" entries when there are some).
func (c *modelPanel) enumSelect(id, label string, names []string, cur string, set func(*session.Settings, string)) app.UI {
	l := c.Lang
	return app.Div().Class("pg-field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).Disabled(c.St.lockedCtl(id)).OnChange(func(ctx app.Context, e app.Event) {
			x := ctx.JSSrc().Get("value").String()
			ctx.Dispatch(func(app.Context) {
				c.St.change(false, id, func(s *session.Settings) { set(s, x) })
			})
		}).Body(
			app.Range(names).Slice(func(i int) app.UI {
				return app.Option().Value(names[i]).Selected(names[i] == cur).Text(optText(l, names[i]))
			}),
		),
	)
}

// number is a labelled numeric input; set reports whether the value is valid.
func (c *modelPanel) number(id, label string, cur float64, placeholder, step string, set func(*session.Settings, float64) bool, off ...bool) app.UI {
	disabled := c.St.lockedCtl(id) || (len(off) > 0 && off[0])
	return app.Div().Class("pg-field").Body(
		app.Label().For(id).Text(label),
		app.Input().ID(id).Type("number").Attr("step", step).Value(full(cur)).Placeholder(placeholder).Disabled(disabled).
			OnChange(func(ctx app.Context, e app.Event) {
				x, ok := parseFloat(ctx.JSSrc().Get("value").String())
				if !ok {
					return
				}
				ctx.Dispatch(func(app.Context) {
					var valid bool
					next := c.St.view()
					valid = set(&next, x)
					if !valid {
						c.St.otherErr = tf(c.Lang, "bad-value", label)
						c.St.notify(topicRun | topicData)
						return
					}
					c.St.otherErr = ""
					c.St.change(false, id, func(s *session.Settings) { set(s, x) })
				})
			}),
	)
}

func (c *modelPanel) onLayers(ctx app.Context, e app.Event) {
	h, ok := parseLayers(ctx.JSSrc().Get("value").String())
	ctx.Dispatch(func(app.Context) {
		if !ok {
			c.layersErr = tf(c.Lang, "bad-layers", maxWidth)
			return
		}
		c.layersErr = ""
		c.St.change(false, "layers", func(s *session.Settings) { s.Model.Hidden = h })
	})
}

func (c *modelPanel) width(ctx app.Context, i, d int) {
	ctx.Dispatch(func(app.Context) {
		c.St.change(false, "layers", func(s *session.Settings) {
			if i < len(s.Model.Hidden) {
				n := s.Model.Hidden[i] + d
				s.Model.Hidden[i] = max(1, min(maxWidth, n))
			}
		})
	})
}

func (c *modelPanel) addLayer(ctx app.Context, e app.Event) {
	ctx.Dispatch(func(app.Context) {
		c.St.change(false, "layers", func(s *session.Settings) {
			n := 4
			if k := len(s.Model.Hidden); k > 0 {
				n = s.Model.Hidden[k-1]
			}
			s.Model.Hidden = append(s.Model.Hidden, n)
		})
	})
}

func (c *modelPanel) removeLayer(ctx app.Context, e app.Event) {
	ctx.Dispatch(func(app.Context) {
		c.St.change(false, "layers", func(s *session.Settings) {
			if k := len(s.Model.Hidden); k > 0 {
				s.Model.Hidden = s.Model.Hidden[:k-1]
			}
		})
	})
}
