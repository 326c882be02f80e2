package web

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// confusionView is the confusion matrix of a classifier as a table
// (#confusion): rows are actual classes, columns predicted ones, from the
// test split (the train split when there is no test split).
type confusionView struct {
	app.Compo

	St   *state.Store
	Lang string

	unsub func()
}

func (c *confusionView) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicSnapshot|state.TopicData, func() {
		ctx.Dispatch(func(app.Context) {})
	})
}

func (c *confusionView) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *confusionView) Render() app.UI {
	l, st := c.Lang, c.St
	m := st.Run.Confusion()
	if st.Data.Summary() == nil || len(st.Data.Summary().Classes) == 0 || len(m) == 0 {
		return app.Div().Hidden(true)
	}
	cls := st.Data.Summary().Classes
	maxN := 1
	for _, r := range m {
		for _, v := range r {
			maxN = max(maxN, v)
		}
	}
	return app.Figure().Class("pg-card pg-confusion").Body(
		app.FigCaption().Text(t(l, "confusion")),
		app.Div().Class("pg-scroll").Body(
			app.Table().ID("confusion").Class("pg-table pg-cm").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(t(l, "actual-predicted")),
					app.Range(cls).Slice(func(j int) app.UI { return app.Th().Scope("col").Text(st.Word(l, cls[j])) }),
				)),
				app.TBody().Body(app.Range(m).Slice(func(i int) app.UI {
					name := strconv.Itoa(i)
					if i < len(cls) {
						name = st.Word(l, cls[i])
					}
					return app.Tr().Body(
						app.Th().Scope("row").Text(name),
						app.Range(m[i]).Slice(func(j int) app.UI {
							v := m[i][j]
							a := 0.08 + 0.6*float64(v)/float64(maxN)
							bg := "rgba(0,114,178," + strconv.FormatFloat(a, 'f', 2, 64) + ")"
							if i != j {
								bg = "rgba(230,159,0," + strconv.FormatFloat(a, 'f', 2, 64) + ")"
							}
							return app.Td().Style("background", bg).Text(strconv.Itoa(v))
						}),
					)
				})),
			),
		),
	)
}
