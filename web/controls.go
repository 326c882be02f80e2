package web

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// speeds are the choices of the speed control, in epochs per second; 0 is
// as fast as the worker can.
var speeds = []float64{0, 1000, 300, 100, 30, 10, 3, 1}

// controls are #train (train/pause), #step, #reset and the speed control.
type controls struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *controls) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicRun|state.TopicData, state.Redraw(ctx, c.St))
}

func (c *controls) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *controls) Render() app.UI {
	l := c.Lang
	label := t(l, "train")
	if c.St.TrainPressed() {
		label = t(l, "pause")
	}
	// Step and Reset wait for the page (Train's click is kept, boot.js).
	busy := c.St.Data.Summary() == nil || c.St.Paint.Prerendered()
	// Train answers while the data loads (the click is kept, state.ToggleTrain),
	// unless the trainer is gone.
	return app.Section().Class("pg-controls").Aria("label", t(l, "controls")).Body(
		app.Button().ID("train").Class("pg-primary").
			Aria("pressed", strconv.FormatBool(c.St.TrainPressed())).
			Title(t(l, "train-key")).
			Disabled(c.St.Data.Summary() == nil && c.St.Health.RestartMsg() != "").
			OnClick(func(ctx app.Context, e app.Event) { state.ToggleTrain(c.St) }).
			Text(label),
		app.Button().ID("step").Title(t(l, "step-key")).Disabled(busy).
			OnClick(func(ctx app.Context, e app.Event) { state.StepN(c.St, c.St.Run.StepEpochs()) }).
			Text(t(l, "step")),
		app.Input().ID("step-epochs").Type("number").Attr("min", 1).Attr("max", 100000).Attr("step", 1).
			Class("pg-step-n").Aria("label", t(l, "step-epochs")).Title(t(l, "step-epochs")).
			Value(strconv.Itoa(max(1, c.St.Run.StepEpochs()))).
			OnChange(func(ctx app.Context, e app.Event) {
				v, ok := parseNumber(ctx.JSSrc().Get("value").String())
				ctx.Dispatch(func(app.Context) {
					if ok && v >= 1 && v <= 100000 && v == float64(int(v)) {
						c.St.SetStepEpochs(int(v))
					}
				})
			}),
		app.Button().ID("reset").Disabled(busy).
			OnClick(func(ctx app.Context, e app.Event) { state.ResetNet(c.St) }).
			Text(t(l, "reset")),
		app.Label().For("speed").Text(t(l, "speed")),
		app.Select().ID("speed").OnChange(c.onSpeed).Body(
			app.Range(speeds).Slice(func(i int) app.UI {
				v := speeds[i]
				text := t(l, "speed-max")
				if v > 0 {
					text = strconv.FormatFloat(v, 'f', -1, 64) + " " + t(l, "per-second")
				}
				return app.Option().Value(strconv.FormatFloat(v, 'f', -1, 64)).
					Selected(v == c.St.Run.Speed()).Text(text)
			}),
		),
	)
}

func (c *controls) onSpeed(ctx app.Context, e app.Event) {
	v, ok := parseFloat(ctx.JSSrc().Get("value").String())
	if !ok || v < 0 {
		return
	}
	ctx.Dispatch(func(app.Context) {
		c.St.SetSpeed(v)
	})
}
