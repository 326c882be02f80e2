// The store's start, as the page mounts: its workers, and the first
// session.

package state

import (
	"github.com/nnplayground/playground/core/wire"
)
import "github.com/maxence-charriere/go-app/v9/pkg/app"

// start connects the store as the page mounts (playground.OnMount): the
// language kept in this browser, the trainer worker (started now, and again
// when it dies; boot.js may have started it), the tools worker (started on
// first use), the gallery of lessons and the runs pinned in this browser.
// The workers' reports are applied inside ctx.Dispatch.
func (s *Store) Start(ctx app.Context) {
	var lang string
	ctx.LocalStorage().Get(LangKey, &lang)
	if lang == "zh" || lang == "en" {
		s.lang = lang
	}
	setDocumentLang(s.lang)
	s.startTrainer = func() *trainerLink {
		return startTrainer(func(m wire.Message) {
			ctx.Dispatch(func(ctx app.Context) { s.Apply(m) })
		}, func(msg string) {
			ctx.Dispatch(func(ctx app.Context) { s.trainerDied(msg) })
		})
	}
	s.link = s.startTrainer()
	s.trainAsked(bootTrain()) // Train clicked before app.wasm ran
	s.send(&wire.SetSpeed{EpochsPerSec: s.Run.Speed()})
	s.startTools = func() *trainerLink {
		t := startToolsWorker(func(m wire.Message) {
			ctx.Dispatch(func(app.Context) { s.applyTool(m) })
		})
		t.dead = func(msg string) {
			ctx.Dispatch(func(app.Context) { s.toolsDied(msg) })
		}
		return t
	}
	s.fetchLessons(ctx)
	s.loadPins()
}

// openFirst opens the first session: the URL's link, else the last session
// saved in this browser, else the default settings (firstVisit). The paste
// area gets back whatever was typed into it.
func (s *Store) OpenFirst() {
	if draft := storageGet(draftKey); draft != "" {
		SetDataInput(draft)
	}
	if n := lostBytes(); n > 0 {
		s.Notes.lostTable, s.Notes.lostAtStart = n, true
	}
	if !s.Route(Fragment()) {
		if saved, ok := savedSession(); ok {
			// The language stays the one remembered under nnplay-lang.
			s.Load(saved, nil, true)
			s.fromSaved = true
			if storageGet(draftKey) == "" { // an unloaded draft wins over the loaded text
				SetDataInput(saved.Text)
			}
		} else {
			s.firstVisit()
		}
	}
}

// LangKey is the localStorage key that remembers the chosen language.
const LangKey = "nnplay-lang"

// HtmlLang is the BCP 47 tag of a catalog language.
func HtmlLang(l string) string {
	if l == "zh" {
		return "zh-Hans"
	}
	return "en"
}

// setDocumentLang says the page's language on <html lang>.
func setDocumentLang(l string) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "lang", HtmlLang(l))
}
