package web

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// linearReadout shows #linear-ref beside the network's test metric: the
// linear model's test metric ("linear model 0.83"), its kind in the
// title; nothing without a reference.
func linearReadout(l string, st *store) app.UI {
	lin := st.linear()
	if lin == nil {
		return nil
	}
	return app.Div().Class("pg-readout pg-linear").Title(t(l, "linear-"+lin.Model)).Body(
		app.Dt().ID("linear-ref-label").Text(t(l, "linear-model")),
		app.Dd().ID("linear-ref").DataSet("value", full(lin.Test)).DataSet("model", lin.Model).
			Aria("labelledby", "linear-ref-label").Text(plain(lin.Test, 3)),
	)
}
