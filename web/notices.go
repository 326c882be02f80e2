package web

import (
	"strconv"
	"strings"

	"github.com/nnplayground/playground/core/nn"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// notices explain what the page did or saw: a setting that needed a new
// network, training that diverged (with the engine's message), overfitting,
// and any other error from the worker.
type notices struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *notices) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicRun|state.TopicData, state.Redraw(ctx, c.St))
}

func (c *notices) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *notices) Render() app.UI {
	l, st := c.Lang, c.St
	reset, undo := st.Run.ResetNotice()
	diverged, _ := st.Run.Diverged()
	return app.Div().ID("notices").Class("pg-notices").Aria("live", "polite").Body(
		app.If(st.Notes.LinkErr() != "",
			app.P().ID("link-error").Class("pg-alert").Role("alert").Body(
				app.Text(st.Notes.LinkErr()+" "),
				app.Button().Class("pg-link").Aria("label", t(l, "dismiss")).Text("×").
					OnClick(func(ctx app.Context, e app.Event) { st.DismissLinkErr() }),
			),
		),
		lessonNote(l, st),
		lostTableNote(l, st),
		slowNote(l, st),
		app.If(st.Health.RestartMsg() != "",
			app.P().ID("trainer-restarted").Class("pg-alert").Role("alert").Body(
				app.Text(st.Health.RestartMsg()+" "),
				app.Button().Class("pg-link").Aria("label", t(l, "dismiss")).Text("×").
					OnClick(func(ctx app.Context, e app.Event) { st.DismissRestart() }),
			),
		),
		app.If(st.Run.TunedAt() > 0,
			app.P().ID("tune-note").Class("pg-note").DataSet("epoch", st.Run.TunedAt()).Text(tf(l, "tuned-at", st.Run.TunedAt())),
		),
		app.If(reset != "",
			app.P().ID("reset-notice").Class("pg-note").Body(
				app.Text(tf(l, "reset-by", settingName(l, reset))+" "),
				app.If(undo != nil,
					app.Button().ID("reset-undo").Class("pg-undo").
						OnClick(func(ctx app.Context, e app.Event) { st.UndoChange() }).Text(t(l, "undo")),
				),
				app.Button().Class("pg-link").Aria("label", t(l, "dismiss")).Text("×").
					OnClick(func(ctx app.Context, e app.Event) { st.DismissReset() }),
			),
		),
		app.If(diverged,
			app.P().ID("diverged").Class("pg-alert").Role("alert").Body(
				app.Strong().Text(t(l, "diverged")+" "),
				app.Text(state.DivergedText(l, st)),
			),
		).ElseIf(st.Run.OtherErr() != "",
			app.P().ID("worker-error").Class("pg-alert").Role("alert").Text(st.Run.OtherErr()),
		),
		coachView(l, st),
		app.If((st.Run.Overfitting() || hasNotice(st, nn.Overfitting)) && !diverged,
			app.P().ID("overfitting").Class("pg-note").Text(t(l, "overfitting")),
		),
	)
}

// settingName names the setting a change was made to (a control's id, or
// "data" or "layers"), in the words of its label.
func settingName(l, reason string) string {
	key := map[string]string{"data": "setting-data", "layers": "setting-layers", "name": "setting-name", "restore-best": "setting-restore-best", "map": "setting-map", "clip-norm": "clip", "lr-decay": "decay", "": "setting-data"}[reason]
	if key == "" {
		key = reason
	}
	name := t(l, key)
	if l == "en" && name != "" {
		r := []rune(name)
		if len(r) > 1 && r[1] >= 'a' && r[1] <= 'z' { // "Activation", not "L2"
			r[0] = []rune(strings.ToLower(string(r[0])))[0]
		}
		name = string(r)
	}
	return "“" + name + "”"
}

// lessonNote shows the title and explanation of the lesson opened by link.
func lessonNote(l string, st *state.Store) app.UI {
	ls := st.Lessons.Lesson()
	if ls == nil || st.Lessons.Guided() != nil { // a guided lesson shows beside the page (lessonPlayer)
		return nil
	}
	return app.Div().ID("lesson-note").Class("pg-note").Body(
		app.Strong().Text(ls.Title.In(l)),
		app.P().Class("pg-plain").Text(ls.About.In(l)),
	)
}

// hasNotice reports whether the coach raised a notice of kind k.
func hasNotice(st *state.Store, k nn.NoticeKind) bool {
	for _, n := range st.Run.Notices() {
		if n.Kind == k {
			return true
		}
	}
	return false
}

// lostTableNote says that the browser could not keep the loaded table (a
// reload would not bring it back), with the session file offered, or that
// the last visit's table was lost that way.
func lostTableNote(l string, st *state.Store) app.UI {
	lost, atStart := st.Notes.LostTable()
	if lost == 0 {
		return nil
	}
	mb := strconv.FormatFloat(float64(lost)/(1<<20), 'f', 1, 64)
	if atStart {
		return app.P().ID("table-lost").Class("pg-alert").Role("alert").Body(
			app.Text(tf(l, "table-was-lost", mb)+" "),
			app.Button().Class("pg-link").Aria("label", t(l, "dismiss")).Text("×").
				OnClick(func(ctx app.Context, e app.Event) { st.DismissLostTable() }),
		)
	}
	return app.P().ID("table-lost").Class("pg-alert").Role("alert").Body(
		app.Text(tf(l, "table-not-kept", mb)+" "),
		app.Button().ID("save-lost").Class("pg-undo").Text(t(l, "save-as-file")).
			OnClick(func(ctx app.Context, e app.Event) { saveSessionFile(st, false) }),
	)
}

// slowNote says that training has not reported for a while (a large table
// or network: one epoch takes seconds), with a button that stops it.
func slowNote(l string, st *state.Store) app.UI {
	if !st.Health.Slow() || !st.Run.Running() {
		return nil
	}
	return app.P().ID("slow-note").Class("pg-alert").Role("alert").Body(
		app.Text(t(l, "training-slow")+" "),
		app.Button().ID("slow-stop").Class("pg-undo").Text(t(l, "stop-training")).
			OnClick(func(ctx app.Context, e app.Event) { state.ToggleTrain(st) }),
	)
}
