package state

import (
	"encoding/json"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// nameKey is the localStorage key of the student's name in exercises,
// which seeds their training. The session's keys are storage.go's.
const nameKey = "nnplay-name"

// route opens the link in the URL fragment frag: a session link loads its
// settings (and weights), a lesson link its lesson, an exercise link the
// student view. The tools worker decodes it; until it answers nothing is
// loaded. A bad link loads the default session and says why in
// #link-error. It reports whether there was a link at all. Call it inside
// ctx.Dispatch.
func (s *Store) Route(frag string) bool {
	if frag == "" || frag == "#" {
		return false
	}
	if frag == s.lastFrag {
		return true
	}
	s.lastFrag = frag
	s.Ask(&tools.DecodeLink{Link: frag}, func(a wire.Message, errMsg string, class tools.FailClass) {
		if s.lastFrag != frag {
			return // a newer link came meanwhile
		}
		o, _ := a.(*tools.Opened)
		s.Open(frag, o, errMsg, class)
	})
	return true
}

// open loads what the link frag opens (the tools worker's answer o), or
// the default session with the error's message.
func (s *Store) Open(frag string, o *tools.Opened, errMsg string, class tools.FailClass) {
	s.Notes.linkErr, s.Lessons.lesson, s.Exercise.ex, s.Exercise.exLink = "", nil, nil, ""
	s.Check = classCheck{id: s.Check.id}
	s.Lessons.guide = nil
	if o == nil {
		o = &tools.Opened{}
	}
	switch {
	case errMsg != "":
	case o.Session != nil:
		ls := o.Session
		s.SetLang(ls.Settings.Lang)
		var p []float64
		if ls.Weights != nil {
			p = ls.Weights.Params
		}
		s.Load(ls.Settings, p, true)
		SetDataInput(ls.Settings.Text)
	case o.Lesson != nil:
		s.Lessons.lesson = o.Lesson
		s.Load(o.Lesson.Settings, nil, true)
		SetDataInput(o.Lesson.Settings.Text)
		s.openLesson("#" + strings.TrimPrefix(frag, "#"))
	case o.Exercise != nil:
		ex := &ExerciseInfo{Exercise: *o.Exercise}
		ex.Name = storageGet(nameKey)
		s.Exercise.ex, s.Exercise.exLink, s.Exercise.exMeta = ex, "#"+strings.TrimPrefix(frag, "#"), nil
		s.SetLang(ex.Settings.Lang)
		var p []float64
		if ex.Weights != nil {
			p = ex.Weights.Params
		}
		s.Load(ex.Merge(ex.Settings), p, true)
		s.askExerciseInfo(s.Exercise.exLink, func(info *rules.ExerciseInfo) { s.Exercise.exMeta = info })
		SetDataInput(ex.Settings.Text)
	default:
		errMsg, class = "link: wrong kind of link: "+strconv.Quote(o.Kind), tools.FailKind
	}
	if errMsg != "" {
		s.Notes.linkErr = linkMessage(s.lang, errMsg, class)
		s.Load(session.Default(), nil, true)
	}
	s.Notify(TopicAll)
}

// linkMessage explains in language l why a link did not open: msg is the
// error's text, class its class from the tools worker.
func linkMessage(l, msg string, class tools.FailClass) string {
	key := "link-bad"
	switch class {
	case tools.FailNewer:
		key = "link-newer"
	case tools.FailLarge:
		key = "link-large"
	case tools.FailKind:
		key = "link-kind"
	}
	return t(l, key) + " (" + msg + ")"
}

// setLang switches the page to a link's language ("" keeps the current one).
func (s *Store) SetLang(l string) {
	if (l != "en" && l != "zh") || l == s.lang {
		return
	}
	s.lang = l
	setDocumentLang(l)
	s.Paint.dirty = DirtyAll
}

// fragment is the URL's fragment with its "#", or "".
func Fragment() string {
	h := app.Window().Get("location").Get("hash")
	if !h.Truthy() {
		return ""
	}
	return h.String()
}

// PageURL is the page's address without its fragment.
func PageURL() string {
	loc := app.Window().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String()
}

// SetFragment puts frag in the address bar without a navigation (no
// hashchange, no history entry).
func SetFragment(s *Store, frag string) {
	defer func() { recover() }() // a browser refusing replaceState
	app.Window().Get("history").Call("replaceState", nil, "", PageURL()+frag)
	s.lastFrag = frag
}

// clearFragment removes a stale link from the address bar once the
// settings change, so that a reload restores the saved session instead.
func clearFragment(s *Store) {
	if Fragment() != "" {
		SetFragment(s, "")
	}
}

// SetDataInput shows text in the paste area once the page is drawn.
func SetDataInput(text string) {
	if text == "" {
		return
	}
	Later(func() {
		if el := app.Window().GetElementByID("data-input"); el.Truthy() {
			el.Set("value", text)
		}
	})
}

// later runs fn on a fresh turn of the event loop.
func Later(fn func()) {
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		fn()
		return nil
	})
	app.Window().Call("setTimeout", f, 0)
}

// flatParams copies a network's weights and biases in nn.Network.Params
// order (layer by layer, weights then biases): no arithmetic, only order.
func flatParams(n *nn.Network) []float64 {
	var p []float64
	for l := range n.W {
		p = append(p, n.W[l]...)
		if l < len(n.B) {
			p = append(p, n.B[l]...)
		}
	}
	return p
}

// weightsOf is the "start from here" weights of the newest network.
func (s *Store) WeightsOf() *session.Weights {
	if s.Run.net == nil {
		return nil
	}
	return &session.Weights{Epoch: s.Epoch(), Sizes: append([]int(nil), s.Run.net.Sizes...), Params: flatParams(s.Run.net)}
}

// applyExtra folds the answer to GetModel, GetPredictions or a check
// (applyChecked).
func (s *Store) applyExtra(m wire.Message) {
	switch r := m.(type) {
	case *wire.ModelFile:
		delete(s.awaiting, awaitModel)
		b, err := json.Marshal(&r.Model) // the model file's format (modelfile.Read)
		if err != nil {
			s.Notes.exportErr = err.Error()
			break
		}
		s.Notes.exportErr = ""
		Download("model.json", "application/json", string(b))
	case *wire.Predictions:
		delete(s.awaiting, awaitPredictions)
		s.Notes.exportErr = ""
		Download("predictions.csv", "text/csv", r.CSV)
	case *tools.Checked:
		s.ApplyChecked(r)
		return
	default:
		return
	}
	s.Notify(TopicRun)
}

// extraError gives a worker error to the request awaiting an answer, if any.
func (s *Store) extraError(msg string) bool {
	if len(s.awaiting) == 0 || s.Data.pending != nil {
		return false
	}
	if s.awaiting[awaitCheck] {
		s.Check.err = msg
	} else {
		s.Notes.exportErr = msg
	}
	clear(s.awaiting)
	return true
}

// download offers text as a file.
func Download(name, mime, text string) {
	app.Window().Call("nnDownload", name, mime, text)
}
