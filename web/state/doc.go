// Package state is the page's state and its protocol with the workers:
// the store (Store), which holds what the page knows in parts by domain
// (Data: the settings and the data; Run: the trainer's reports; Exercise;
// Lessons; Opts: what the page shows; Paint: what the frame loop must
// redraw; Row and Explain: the row inspector's and the explain view's;
// Notes; Check: the class check; Health: the trainer's watchdog), folds
// the trainer's reports (Store.Apply) and the tools worker's answers into
// them and sends both workers their commands (trainer_link.go,
// tools_link.go); links and session files, localStorage, live changes
// (Store.Tune) and what the page takes over from boot.js (boot.go).
//
// Package web's components read the store through the parts' getters
// (st.Run.History(), st.Data.Summary()) and change it through its named
// changes (st.Change, ToggleTrain, st.SetSpeed, st.PinRun), called inside
// ctx.Dispatch; they subscribe to the topics they show (Store.Subscribe,
// Redraw). No component can read or set a field: the parts' fields are
// unexported, so the rules of each change live here.
//
// The store needs nothing of the components: it imports core, web/draw
// and web/i18n, never package web.
package state
