package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// linearReadout shows #linear-ref beside the network's test metric: the
// linear model's test metric ("linear model 0.83"), its kind in the
// title; nothing without a reference.
func linearReadout(l string, st *state.Store) app.UI {
	lin := st.Linear()
	if lin == nil {
		return nil
	}
	id := "linear-ref"
	return noted(app.Div().Class("pg-readout pg-linear pg-noted"), id, true).Body(
		app.Dt().ID("linear-ref-label").Text(t(l, "linear-model")),
		app.Dd().ID(id).DataSet("value", full(lin.Test)).DataSet("model", lin.Model).
			Aria("labelledby", "linear-ref-label").Aria("describedby", noteID(id)).TabIndex(0).Text(plain(lin.Test, 3)),
		noteBubble(id, t(l, "linear-"+lin.Model)),
	)
}
