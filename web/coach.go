package web

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"

	"github.com/nnplayground/playground/web/state"
)

// coachView shows what the coach (core/nn's Coach, run by the worker) says:
// an explosion that stopped training, with the two ways back it offers
// (#coach-back: the last good epoch's weights; #coach-lower: those weights
// and the learning rate divided by 10; #coach-clip: and gradient clipping
// on), the notices that do not stop training (dead or saturated units,
// vanishing gradients, overfitting), and why a stop rule ended training.
// All are worded in the page's language from their parts.
func coachView(l string, st *state.Store) app.UI {
	var body []app.UI
	if e, _ := st.Run.Exploded(); e != nil {
		var row []app.UI
		if e.InputMax > nn.LargeInput && st.View().Norm == data.NoNorm && !st.LockedCtl("norm") {
			// Inputs far from normalized: no learning rate fixes that.
			row = append(row, app.Button().ID("coach-normalize").Class("pg-primary").
				OnClick(func(ctx app.Context, ev app.Event) {
					ctx.Dispatch(func(app.Context) {
						st.Change(false, "norm", func(s *session.Settings) { s.Norm = data.ZScore })
					})
				}).Text(t(l, "coach-normalize")))
		}
		row = append(row,
			app.Button().ID("coach-back").OnClick(func(ctx app.Context, ev app.Event) { state.Rollback(st, wire.RollbackBack) }).
				Text(tf(l, "coach-back", e.LastGood)),
			app.Button().ID("coach-lower").Class("pg-primary").OnClick(func(ctx app.Context, ev app.Event) { state.Rollback(st, wire.RollbackLower) }).
				Text(tf(l, "coach-lower", short(e.LearningRate/10))),
		)
		if !e.Clipped {
			row = append(row, app.Button().ID("coach-clip").OnClick(func(ctx app.Context, ev app.Event) { state.Rollback(st, wire.RollbackClip) }).
				Text(t(l, "coach-clip")))
		}
		body = append(body, app.Div().ID("exploded").Class("pg-alert").Role("alert").Body(
			app.P().Body(app.Strong().Text(t(l, "exploded")+" "), app.Text(explosionText(l, st))),
			app.Div().Class("pg-row").Body(row...),
		))
	}
	var items []app.UI
	for _, n := range st.Run.Notices() {
		if n.Kind == nn.Overfitting {
			continue // #overfitting says it, with its fix
		}
		items = append(items, app.Li().DataSet("kind", n.Kind.String()).DataSet("layer", n.Layer).Text(noticeText(l, n)))
	}
	if len(items) > 0 {
		body = append(body, app.Ul().ID("coach-notices").Class("pg-note pg-coach").Body(items...))
	}
	if s := st.Run.Stopped(); s != nil {
		body = append(body, app.P().ID("stopped").Class("pg-note").DataSet("reason", s.Reason.String()).
			DataSet("best", s.Best).Text(stopText(l, s)))
	}
	return app.Div().ID("coach").Body(body...)
}

// explosionText words an explosion: the engine's English, or the catalog's.
func explosionText(l string, st *state.Store) string {
	e, msg := st.Run.Exploded()
	if l == "en" || catalog[l]["exploded-at"] == "" {
		return msg
	}
	what := tf(l, "exploded-"+e.Why, short(e.Value), short(e.Limit))
	return tf(l, "exploded-at", e.Epoch, what, short(e.LearningRate), e.LastGood)
}

// noticeText words a coach's notice: the engine's English (the tutorial's
// FAQ answer), or the catalog's.
func noticeText(l string, n nn.Notice) string {
	if l == "en" || catalog[l]["notice-"+n.Kind.String()] == "" {
		return n.String()
	}
	units := make([]string, len(n.Units))
	for i, u := range n.Units {
		units[i] = strconv.Itoa(u + 1)
	}
	switch n.Kind {
	case nn.DeadUnits:
		return tf(l, "notice-dead-units", n.Epoch, n.Layer, strings.Join(units, "、"))
	case nn.SaturatedUnits:
		return tf(l, "notice-saturated-units", n.Epoch, n.Layer, strings.Join(units, "、"), n.Act.String())
	case nn.VanishingGradients:
		return tf(l, "notice-vanishing-gradients", n.Epoch, fmt.Sprintf("%.2g", n.Value))
	case nn.Overfitting:
		held := t(l, "held-"+n.Held)
		return tf(l, "notice-overfitting", n.Epoch, held, n.At, short(n.Ref), short(n.Value))
	}
	return n.String()
}

// stopText says why a stop rule ended training.
func stopText(l string, s *nn.Stop) string {
	if l == "en" || catalog[l]["stop-"+s.Reason.String()] == "" {
		return "Training " + s.String() + "."
	}
	msg := tf(l, "stop-at", s.Epoch, t(l, "stop-"+s.Reason.String()), s.Best)
	if s.Since > 0 {
		msg = tf(l, "stop-since", s.Since) + msg
	}
	if s.Restored {
		msg += " " + tf(l, "stop-restored", s.Best)
	}
	return msg
}

// ringed reports, for the network drawing, whether unit j of layer l
// (Network.Sizes index) is named by a dead or saturated units notice.
func ringed(st *state.Store, l, j int) bool {
	for _, n := range st.Run.Notices() {
		if (n.Kind == nn.DeadUnits || n.Kind == nn.SaturatedUnits) && n.Layer == l && slices.Contains(n.Units, j) {
			return true
		}
	}
	return false
}
