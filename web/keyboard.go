package web

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/nnplayground/playground/web/state"
)

// listenKeys installs the page's shortcuts: space trains or pauses, the
// right arrow steps one epoch. Keys typed into a field or a select are left
// alone, and so are keys on a button, link or summary reached with the
// keyboard, where space means "press it" (glue.js's nnMouseFocused tells
// the two apart, as :focus-visible does for the focus ring). A button that
// merely kept the focus after a mouse click (+ over a layer, say) does not
// take the key: space trains, as the page's hint promises.
func listenKeys(ctx app.Context, st *state.Store) app.Func {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
			return nil
		}
		target := e.Get("target")
		if target.Truthy() {
			tag := strings.ToUpper(target.Get("tagName").String())
			switch tag {
			case "INPUT", "TEXTAREA", "SELECT", "OPTION":
				return nil
			case "BUTTON", "SUMMARY", "A":
				if !app.Window().Call("nnMouseFocused", target).Bool() {
					return nil
				}
				target.Call("blur") // the click's focus must not make the next key press it
			}
			if target.Get("isContentEditable").Truthy() {
				return nil
			}
		}
		switch e.Get("key").String() {
		case " ", "Spacebar":
			e.Call("preventDefault")
			ctx.Dispatch(func(app.Context) { state.ToggleTrain(st) })
		case "ArrowRight":
			e.Call("preventDefault")
			ctx.Dispatch(func(app.Context) { state.StepOnce(st) })
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	return fn
}
