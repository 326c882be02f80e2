package web

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// builtins are the datasets of #dataset-select (the names core/datasets
// knows); generated ones take a point count and a noise level.
var builtins = []struct {
	Name      string
	Generated bool
}{
	{"circle", true}, {"xor", true}, {"gauss", true}, {"spiral", true},
	{"reg-plane", true}, {"reg-gauss", true},
	{"tutorial", false}, {"iris", false}, {"penguins", false}, {"diabetes", false},
}

func isGenerated(name string) bool {
	for _, b := range builtins {
		if b.Name == name {
			return b.Generated
		}
	}
	return false
}

// dataPanel chooses the data: a built-in dataset (with noise and points for
// the generated ones), or pasted, picked or dropped CSV/TSV text. It shows
// the worker's parse error in #data-error (empty when there is none) while
// the last good data stays loaded, and the summary in #data-summary.
type dataPanel struct {
	app.Compo

	St   *state.Store
	Lang string

	dragging bool
	unsub    func()
}

func (c *dataPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicData, state.Redraw(ctx, c.St))
}

func (c *dataPanel) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *dataPanel) Render() app.UI {
	l, v := c.Lang, c.St.View()
	loads, _ := c.St.Run.Counts()
	fixed := c.St.Exercise.Info() != nil // an exercise's data is the same for every student
	cls := "pg-panel pg-data"
	if c.dragging {
		cls += " pg-drag"
	}
	return app.Section().Class(cls).Aria("labelledby", "data-title").
		OnDragOver(c.onDragOver).OnDragLeave(c.onDragLeave).OnDrop(c.onDrop).
		Body(
			app.H2().ID("data-title").Text(t(l, "data")),
			app.Div().Class("pg-field").Body(
				app.Label().For("dataset-select").Text(t(l, "dataset")),
				app.Select().ID("dataset-select").Disabled(fixed).OnChange(c.onDataset).Body(
					app.Option().Value("").Selected(v.Dataset == "").Text(t(l, "pasted")),
					app.Range(builtins).Slice(func(i int) app.UI {
						n := builtins[i].Name
						return app.Option().Value(n).Selected(v.Dataset == n).Text(t(l, "ds-"+n))
					}),
				),
			),
			dataThumbs(l, c.St, fixed),
			// The wrapper is always there, so that go-app keeps the
			// following fields (and the paste area's text) in place when
			// #points and #noise come and go.
			app.Div().Body(app.If(isGenerated(v.Dataset),
				app.Div().Class("pg-row").Body(
					numField(c.St, l, pointsSpec(c.St, l, fixed)),
					app.Div().Class("pg-field").Body(
						app.Label().For("noise").Text(t(l, "noise")),
						app.Input().ID("noise").Type("number").Min(noiseSetting.Min).Max(noiseSetting.Max).Step(0.05).
							Value(full(v.Noise)).Disabled(fixed).OnChange(c.onNoise),
					),
				),
			)),
			app.P().ID("data-error").Class("pg-error").Role("alert").Text(state.DataErrorText(l, c.St)),
			app.P().ID("data-summary").Class("pg-summary").Aria("live", "polite").DataSet("loads", loads).Text(summaryText(l, c.St.BuiltinSummary(l))),
			targetPicker(c.St, l),
			noteList(c.St, l),
			// Hidden rather than left out: the elements after it keep their
			// places, so go-app does not reuse them for one another (the
			// paste area would lose its text).
			app.P().ID("first-hint").Class("pg-note pg-small").Hidden(!(c.St.Data.FirstHint() && c.St.Lessons.Lesson() == nil && c.St.Exercise.Info() == nil)).Body(
				app.Text(t(l, "first-hint")+" "),
				app.Button().Class("pg-link").Aria("label", t(l, "dismiss")).Text("×").
					OnClick(func(ctx app.Context, e app.Event) { c.St.DismissFirstHint() }),
			),
			panel(c.St, "paste-panel", t(l, "own-data"),
				app.Div().Class("pg-field").Body(
					app.Label().For("data-input").Text(t(l, "paste")),
					app.Textarea().ID("data-input").Rows(6).Spellcheck(false).
						Placeholder(t(l, "paste-example")).
						Aria("describedby", "data-error").ReadOnly(fixed).
						OnInput(func(ctx app.Context, e app.Event) { state.SaveDraftSoon(c.St, false) }).
						OnBlur(func(ctx app.Context, e app.Event) { state.SaveDraftSoon(c.St, true) }),
				),
				app.Div().Class("pg-row").Body(
					app.Button().ID("data-load").Disabled(fixed).OnClick(c.onLoad).Text(t(l, "load")),
					app.Label().For("data-file").Class("pg-file").Body(
						app.Text(t(l, "file")),
						app.Input().ID("data-file").Type("file").Accept(".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain").
							Disabled(fixed).OnChange(c.onFile),
					),
					app.Span().Class("pg-hint").Text(t(l, "drop")),
				),
			),
		)
}

func notes(s *session.Summary) []session.Note {
	if s == nil {
		return nil
	}
	return s.Notes
}

// summaryText says what the loaded data is, in the page's language.
func summaryText(l string, s *session.Summary) string {
	if s == nil {
		return ""
	}
	parts := []string{
		tf(l, "sum-rows", s.Rows),
	}
	if s.Dropped > 0 {
		parts = append(parts, tf(l, "sum-dropped", s.Dropped))
	}
	inputs := "sum-inputs"
	if len(s.Inputs) == 1 {
		inputs = "sum-input"
	}
	split := tf(l, "sum-split", s.Train, s.Test)
	if s.Valid > 0 {
		split = tf(l, "sum-split-valid", s.Train, s.Valid, s.Test)
	}
	parts = append(parts, split, tf(l, inputs, len(s.Inputs)))
	switch s.Task {
	case "regression":
		parts = append(parts, tf(l, "sum-regression", s.Target))
	default:
		parts = append(parts, tf(l, "sum-classes", len(s.Classes), s.Target))
	}
	return strings.Join(parts, " · ")
}

func (c *dataPanel) onDataset(ctx app.Context, e app.Event) {
	name := ctx.JSSrc().Get("value").String()
	if name == "" {
		c.loadText(ctx, app.Window().GetElementByID("data-input").Get("value").String())
		return
	}
	chooseDataset(ctx, c.St, name)
}

// noiseSetting is the noise's declaration (bounds) in session.Table.
var noiseSetting = session.Find("noise")

func (c *dataPanel) onNoise(ctx app.Context, e app.Event) {
	v, ok := parseFloat(ctx.JSSrc().Get("value").String())
	if !ok || v < noiseSetting.Min { // above Max: the worker's error says the range
		return
	}
	ctx.Dispatch(func(app.Context) {
		c.St.Change(true, "data", func(s *session.Settings) { s.Noise = v })
	})
}

func (c *dataPanel) onLoad(ctx app.Context, e app.Event) {
	c.loadText(ctx, app.Window().GetElementByID("data-input").Get("value").String())
}

// loadText asks the worker to use text as the data.
func (c *dataPanel) loadText(ctx app.Context, text string) {
	ctx.Dispatch(func(app.Context) {
		if strings.TrimSpace(text) == "" {
			c.St.SetDataErr(t(c.Lang, "empty-data"))
			return
		}
		// A table of one's own gets the table defaults (session.Pasted,
		// which `nnplay train` on a CSV file uses too): its columns' roles
		// afresh, a validation share and early stopping.
		c.St.Change(true, "data", func(s *session.Settings) { *s = session.Pasted(*s, text) })
	})
}

func (c *dataPanel) onFile(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	c.readFile(ctx, files.Index(0))
	ctx.JSSrc().Set("value", "")
}

func (c *dataPanel) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if !c.dragging {
		c.dragging = true
	}
}

func (c *dataPanel) onDragLeave(ctx app.Context, e app.Event) {
	c.dragging = false
}

func (c *dataPanel) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	c.dragging = false
	dt := e.Get("dataTransfer")
	if !dt.Truthy() || dt.Get("files").Length() == 0 {
		return
	}
	c.readFile(ctx, dt.Get("files").Index(0))
}

// readFile puts the file's text into #data-input and loads it.
func (c *dataPanel) readFile(ctx app.Context, file app.Value) {
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done.Release()
		text, msg := args[0].String(), args[1].String()
		if msg != "" {
			ctx.Dispatch(func(app.Context) {
				c.St.SetDataErr(msg)
			})
			return nil
		}
		app.Window().GetElementByID("data-input").Set("value", text)
		c.loadText(ctx, text)
		return nil
	})
	app.Window().Call("nnReadFile", file, done)
}

// warningText words a warning about the data in the page's language: in
// English the engine's words (session.Note.English), in another language the
// catalog's.
func warningText(l string, n session.Note) string {
	w := n.English()
	if l == "en" {
		return w
	}
	if n.Kind == "cell" {
		return state.ErrorText(l, state.ErrParts{Code: n.Code, Cell: n.Name, Line: n.Line, Column: n.Column}, w)
	}
	f, ok := catalog[l]["note-"+n.Kind]
	if !ok {
		return w
	}
	switch n.Kind {
	case "more-cells":
		return fmt.Sprintf(f, n.N)
	case "many-values":
		return fmt.Sprintf(f, n.Name, n.N, n.Of)
	case "left-out-empty", "left-out-id", "left-out-name":
		return fmt.Sprintf(f, n.Name, n.Of, n.N)
	case "left-out-time":
		return fmt.Sprintf(f, n.Name, n.Value)
	case "timestamp":
		return fmt.Sprintf(f, n.Name, n.N, n.Value)
	case "clock":
		return fmt.Sprintf(f, n.Name)
	case "imputed":
		if n.Value == data.MissingCategory {
			f = catalog[l]["note-imputed-cat"]
		}
		return fmt.Sprintf(f, n.Name, n.N, n.Of, n.Value)
	case "indicator":
		return fmt.Sprintf(f, n.Name, n.Name, n.N)
	case "top-k":
		return fmt.Sprintf(f, n.Name, n.Of, n.N, data.OtherCategory)
	case "as-classes":
		return fmt.Sprintf(f, n.Name, n.N)
	}
	return fmt.Sprintf(f, n.Name)
}
