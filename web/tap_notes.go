package web

import (
	"math"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// One-line notes in place. A control with a note (the output plane, each
// readout) shows it in a small bubble (#<id>-note, role=tooltip, which
// the control names in aria-describedby) when it is tapped or clicked,
// when it takes the keyboard's focus, and while a mouse hovers it: `title`
// alone never shows on a touch screen. A tap elsewhere, Escape, or the
// focus leaving hides it. The network's neurons show theirs in the
// network's own tip (network_view.go), which a tap elsewhere and Escape
// hide too (onNoteDismiss).
//
// The bubble is shown and hidden in the DOM, not by re-rendering: the
// component that renders it (the readouts, say) re-renders its text when
// the language changes and leaves its hidden attribute alone (it always
// renders it hidden). Only one bubble shows at a time.

// tapNotes is the page's one bubble shown (a page singleton, like
// drawers): the control whose note shows, and what else hides notes.
var tapNotes struct {
	shown   string   // the control's id; "" when none
	dismiss []func() // called when the notes are dismissed (Escape, a tap elsewhere)
}

// noteID is the id of the bubble of the control id.
func noteID(id string) string { return id + "-note" }

// noteBubble is the bubble of the control id, holding text: rendered
// hidden, shown by showNote.
func noteBubble(id, text string) app.UI {
	return app.Span().ID(noteID(id)).Class("pg-bubble").Role("tooltip").Hidden(true).Text(text)
}

// noted wires e, a control or the element around one, to the bubble of
// note id: a mouse's hover and the focus (in e or in what it holds) show
// it, and their leaving hides it; with tap, a tap or a click shows it too
// (a control whose own click does something shows it there).
func noted[E interface {
	On(event string, h app.EventHandler, scope ...any) E
}](e E, id string, tap bool) E {
	if tap {
		e = e.On("click", noteShow(id))
	}
	return e.On("pointerenter", noteShow(id)).On("pointerleave", noteHide(id)).
		On("focusin", noteShow(id)).On("focusout", noteHide(id))
}

// noteShow shows the note of the control id, on a click, a tap, the focus
// or a mouse's hover.
func noteShow(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if t := e.Get("pointerType"); t.Truthy() && t.String() != "mouse" && e.Get("type").String() == "pointerenter" {
			return // a touch: its click shows the note
		}
		showNote(id)
	}
}

// noteHide hides the note of the control id when the focus or a mouse
// leaves it.
func noteHide(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if t := e.Get("pointerType"); t.Truthy() && t.String() != "mouse" {
			return // a finger lifted: the note stays until a tap elsewhere
		}
		if tapNotes.shown == id {
			hideNotes(false)
		}
	}
}

// showNote shows the bubble of the control id under it (above it when
// there is no room below), within the window, and hides any other.
func showNote(id string) {
	if tapNotes.shown == id {
		return
	}
	hideNotes(false)
	doc := app.Window().Get("document")
	el, b := doc.Call("getElementById", id), doc.Call("getElementById", noteID(id))
	if !el.Truthy() || !b.Truthy() {
		return
	}
	tapNotes.shown = id
	b.Set("hidden", false)
	// The bubble is positioned against the same box as the control (its
	// offsetParent; both are in the same container).
	left, top := el.Get("offsetLeft").Float(), el.Get("offsetTop").Float()+el.Get("offsetHeight").Float()+4
	st := b.Get("style")
	st.Set("left", px(left))
	st.Set("top", px(top))
	r, w := b.Call("getBoundingClientRect"), app.Window().Get("innerWidth").Float()
	if over := r.Get("right").Float() - (w - 8); over > 0 {
		st.Set("left", px(math.Max(left-over, left-r.Get("left").Float()+8)))
	}
	if r.Get("bottom").Float() > app.Window().Get("innerHeight").Float() {
		st.Set("top", px(el.Get("offsetTop").Float()-b.Get("offsetHeight").Float()-4))
	}
}

// hideNotes hides the bubble shown, and, when all is set (Escape, a tap
// elsewhere), the notes shown in other ways (the network's tip).
func hideNotes(all bool) {
	if id := tapNotes.shown; id != "" {
		tapNotes.shown = ""
		if b := app.Window().GetElementByID(noteID(id)); b.Truthy() {
			b.Set("hidden", true)
		}
	}
	if all {
		for _, f := range tapNotes.dismiss {
			f()
		}
	}
}

// onNoteDismiss adds fn to what Escape and a tap elsewhere call; it
// returns the function that removes it.
func onNoteDismiss(fn func()) func() {
	tapNotes.dismiss = append(tapNotes.dismiss, fn)
	i := len(tapNotes.dismiss) - 1
	return func() { tapNotes.dismiss[i] = func() {} }
}

// listenNotes hides the notes on Escape and on a tap or click outside the
// control whose note shows (the playground calls it once, on mount); it
// returns the listener, to be removed on dismount.
func listenNotes() app.Func {
	f := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		switch e.Get("type").String() {
		case "keydown":
			if e.Get("key").String() == "Escape" {
				hideNotes(true)
			}
		case "pointerdown":
			id := tapNotes.shown
			if id == "" {
				hideNotes(true) // the network's tip, say: its own click shows it again
				return nil
			}
			if el := app.Window().GetElementByID(id); el.Truthy() && el.Call("contains", e.Get("target")).Bool() {
				return nil
			}
			hideNotes(true)
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", f)
	app.Window().Call("addEventListener", "pointerdown", f, true)
	return f
}

func px(v float64) string { return itoa(int(math.Round(v))) + "px" }
