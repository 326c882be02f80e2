// Package view computes what the page draws of a built session
// (core/session) but must not compute itself, since the page never
// trains: the model over the plane of two inputs (NewHeatmap, for data
// with two numeric inputs, Planar; NewDecisionMap, over two chosen numeric
// columns of any table, the other inputs held at one value), a one-input
// regression's function (NewCurve), actual against predicted (Scatter),
// how much the model leans on each input (Importances, and the map's
// starting axes, MapAxes), and a row's prepared inputs (SplitRow, a row of
// a split; PrepareRow, a row typed in).
//
//	s, err := session.Build(session.Default())
//	err = s.Trainer.StepN(50)
//	h := view.NewHeatmap(s, 64, 16, true) // 64×64 cells, 16×16 per hidden unit, with the test points
//
// The trainer worker (wasm/) and the site generator's first screen
// (cmd/sitegen) compute them; core/wire carries Heatmap and Curve to the
// page, which colours them.
package view

// The resolutions the trainer reports its pictures at, which the
// prerendered first screen draws too.
const (
	HeatRes  = 50  // the output map: HeatRes×HeatRes cells
	UnitRes  = 20  // each hidden unit's map: UnitRes×UnitRes cells
	CurveRes = 120 // a one-input regression's curve: points across the input
)
