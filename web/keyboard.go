package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// listenKeys installs the page's shortcuts: space trains or pauses, the
// right arrow steps one epoch. Keys typed into a field, a select or a button
// (where space already means "press") are left alone.
func listenKeys(ctx app.Context, st *store) app.Func {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
			return nil
		}
		target := e.Get("target")
		if target.Truthy() {
			tag := strings.ToUpper(target.Get("tagName").String())
			switch tag {
			case "INPUT", "TEXTAREA", "SELECT", "BUTTON", "OPTION", "SUMMARY", "A":
				return nil
			}
			if target.Get("isContentEditable").Truthy() {
				return nil
			}
		}
		switch e.Get("key").String() {
		case " ", "Spacebar":
			e.Call("preventDefault")
			ctx.Dispatch(func(app.Context) { toggleTrain(st) })
		case "ArrowRight":
			e.Call("preventDefault")
			ctx.Dispatch(func(app.Context) { stepOnce(st) })
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	return fn
}
