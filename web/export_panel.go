package web

import (
	"encoding/json"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"

	"github.com/nnplayground/playground/web/state"
)

// chartIDs are the canvases #export-chart can save as PNG.
var chartIDs = []string{"loss-chart", "network", "boundary", "grad-chart"}

// exportPanel downloads the trained model (#export-model, nn.Model JSON
// from the worker), the test set's predictions (#export-predictions, CSV
// from the worker), the history (#export-history, CSV of what the page
// was told), a chart as PNG (#export-chart) and the session as a file
// (#export-session); #import-file reads a model JSON or a session file.
// Errors go to #export-error and #import-error.
type exportPanel struct {
	app.Compo

	St   *state.Store
	Lang string

	chart     string
	importErr string
	imports   int // files imported so far: an answer from the tools worker counts only for the newest
	unsub     func()
}

func (c *exportPanel) OnMount(ctx app.Context) {
	c.unsub = c.St.Subscribe(state.TopicRun|state.TopicData, state.Redraw(ctx, c.St))
}

func (c *exportPanel) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *exportPanel) Render() app.UI {
	l, st := c.Lang, c.St
	none := st.Data.Summary() == nil
	if c.chart == "" {
		c.chart = chartIDs[0]
	}
	return panel(st, "export-panel", t(l, "export-title"),
		app.Div().Class("pg-row").Body(
			app.Button().ID("export-model").Disabled(none).OnClick(func(ctx app.Context, e app.Event) {
				ctx.Dispatch(func(app.Context) { st.SendExtra(&wire.GetModel{}) })
			}).Text(t(l, "export-model")),
			app.Button().ID("export-predictions").Disabled(none).OnClick(func(ctx app.Context, e app.Event) {
				ctx.Dispatch(func(app.Context) { st.SendExtra(&wire.GetPredictions{}) })
			}).Text(t(l, "export-predictions")),
			app.Button().ID("export-history").Disabled(len(st.Run.History()) == 0).OnClick(func(ctx app.Context, e app.Event) {
				state.Download("history.csv", "text/csv", historyCSV(st.Run.History(), st.Data.Summary() != nil && st.Data.Summary().Valid > 0))
			}).Text(t(l, "export-history")),
			app.Button().ID("export-session").Disabled(none).OnClick(func(ctx app.Context, e app.Event) {
				ctx.Dispatch(func(app.Context) { saveSessionFile(st, false) })
			}).Text(t(l, "export-session")),
		),
		app.Div().Class("pg-row").Body(
			app.Label().For("export-chart-which").Class("pg-hint").Text(t(l, "export-chart-which")),
			app.Select().ID("export-chart-which").Style("width", "auto").OnChange(func(ctx app.Context, e app.Event) {
				c.chart = ctx.JSSrc().Get("value").String()
			}).Body(
				app.Range(chartIDs).Slice(func(i int) app.UI {
					return app.Option().Value(chartIDs[i]).Selected(chartIDs[i] == c.chart).Text(t(l, "chart-"+chartIDs[i]))
				}),
			),
			app.Button().ID("export-chart").OnClick(c.onChart).Text(t(l, "export-chart")),
		),
		app.P().ID("export-error").Class("pg-error").Role("alert").Text(st.Notes.ExportErr()),
		app.Div().Class("pg-row").Body(
			app.Label().For("import-file").Class("pg-file").Body(
				app.Text(t(l, "import-file")),
				app.Input().ID("import-file").Type("file").Accept(".json,application/json").OnChange(c.onImport),
			),
		),
		app.P().ID("import-error").Class("pg-error").Role("alert").Text(c.importErr),
	)
}

func (c *exportPanel) onChart(ctx app.Context, e app.Event) {
	id := c.chart
	url := app.Window().Call("nnPNG", id).String()
	if url == "" {
		c.St.SetExportErr(t(c.Lang, "export-no-chart"))
		return
	}
	c.St.SetExportErr("")
	app.Window().Call("nnDownload", id+".png", "", url)
}

// historyCSV is the loss and metric at every epoch, as the worker reported,
// in the columns of nnplay train -history (nn.AppendHistoryCSV): the
// validation split's too when valid.
func historyCSV(h []nn.Stats, valid bool) string {
	return string(nn.AppendHistoryCSV(nil, h, valid))
}

func (c *exportPanel) onImport(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done.Release()
		text, msg := args[0].String(), args[1].String()
		ctx.Dispatch(func(app.Context) {
			if msg != "" {
				c.importErr = msg
				return
			}
			c.importErr = c.importText(text)
		})
		return nil
	})
	app.Window().Call("nnReadFile", files.Index(0), done)
	ctx.JSSrc().Set("value", "")
}

// importText opens a session file or a model JSON; it returns the error
// to show, "" on success.
func (c *exportPanel) importText(text string) string {
	l, st := c.Lang, c.St
	c.imports++
	n := c.imports
	var head struct{ Format string }
	head.Format = fileFormat(text)
	switch head.Format {
	case session.FileFormat:
		st.Ask(&tools.DecodeFile{File: text}, func(a wire.Message, errMsg string, class tools.FailClass) {
			if n != c.imports {
				return // a newer file was imported meanwhile
			}
			var s session.Saved
			if r, ok := a.(*tools.SessionRead); ok {
				s = r.Session
			}
			if errMsg != "" {
				c.importErr = t(l, "import-bad-session") + " " + errMsg
				st.Notify(state.TopicRun)
				return
			}
			c.importErr = ""
			st.LeaveLinks()
			var p []float64
			if s.Weights != nil {
				p = s.Weights.Params
			}
			st.SetLang(s.Settings.Lang)
			st.Load(s.Settings, p, true)
			state.SetDataInput(s.Settings.Text)
			st.Notify(state.TopicAll)
		})
		return ""
	case nn.ModelFormat:
		// Read in the tools worker: a model file of tens of megabytes
		// must not hold the page's thread.
		st.Ask(&tools.ReadModel{File: text}, func(a wire.Message, errMsg string, class tools.FailClass) {
			if n != c.imports {
				return // a newer file was imported meanwhile
			}
			m, ok := a.(*tools.ModelRead)
			switch {
			case errMsg != "" || !ok:
				c.importErr = t(l, "import-bad-model") + " " + errMsg
			case st.Run.Net() != nil && (m.Sizes[0] != st.Run.Net().Sizes[0] || m.Sizes[len(m.Sizes)-1] != st.Run.Net().Sizes[len(st.Run.Net().Sizes)-1]):
				in, out := st.Run.Net().Sizes[0], st.Run.Net().Sizes[len(st.Run.Net().Sizes)-1]
				c.importErr = tf(l, "import-model-shape", m.Sizes[0], m.Sizes[len(m.Sizes)-1], in, out)
			default:
				c.importErr = ""
				next := st.Data.Settings()
				next.Model = m.Config
				next.Model.Hidden = append([]int(nil), m.Sizes[1:len(m.Sizes)-1]...)
				st.Load(next, m.Params, false)
			}
			st.Notify(state.TopicRun)
		})
		return ""
	}
	if frag, ok := linkInText(text); ok && head.Format == "" {
		// A link saved as a file (an exercise too long to share as a
		// link: exerciseFileNote): open it as the address bar would.
		st.Route(frag)
		return ""
	}
	return t(l, "import-unknown")
}

// fileFormat returns the "format" of a JSON file. Session and model files
// write it first, and then nothing further is read: the whole file is
// decoded in the tools worker, not on the page's thread. A small file
// with the key elsewhere (edited by hand) is read whole.
func fileFormat(text string) string {
	dec := json.NewDecoder(strings.NewReader(text))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	if key, err := dec.Token(); err != nil || key != "format" {
		var head struct {
			Format string `json:"format"`
		}
		if len(text) < 1<<20 {
			_ = json.Unmarshal([]byte(text), &head)
		}
		return head.Format
	}
	if v, err := dec.Token(); err == nil {
		if f, ok := v.(string); ok {
			return f
		}
	}
	return ""
}
