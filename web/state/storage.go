package state

import (
	"encoding/json"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
)

// The session kept in this browser (localStorage), so that a reload shows
// the table and settings last shown. A pasted table is kept once:
//
//   - sessionKey holds the accepted settings without their table;
//   - tableKey holds the table they were built from (written only when it
//     changes);
//   - draftKey holds the paste area's text only when it is not that table
//     (typed but not loaded); empty, the paste area shows the table.
//
// When the browser refuses to keep the table (localStorage holds about
// 5 MB per site), nothing older is left in its place: the settings and the
// table are removed, lostKey says why, the page says it at once with the
// session file offered (#save-lost), and the next visit says it again.
// Settings saved by earlier versions, with their table inside, still load.
const (
	sessionKey = "nnplay-session"
	tableKey   = "nnplay-table"
	draftKey   = "nnplay-draft"
	lostKey    = "nnplay-lost" // the size in bytes of the table the browser could not keep
)

// storageSet writes localStorage and reports whether the browser kept it
// (a full or disabled storage throws).
func storageSet(key, value string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	app.Window().Get("localStorage").Call("setItem", key, value)
	return true
}

func storageGet(key string) string {
	defer func() { recover() }()
	v := app.Window().Get("localStorage").Call("getItem", key)
	if v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

func storageRemove(key string) {
	defer func() { recover() }()
	app.Window().Get("localStorage").Call("removeItem", key)
}

// saveSession keeps the accepted settings in localStorage, and their table
// once (see the keys above). A table the browser refuses is reported in
// st.lostTable.
func saveSession(s *Store) {
	if !app.IsClient {
		return
	}
	st := s.Data.settings
	text := st.Text
	st.Text = ""
	b, err := json.Marshal(st)
	if err != nil {
		return
	}
	k := s.keptTexts()
	if text != "" && k.draft == text {
		storageRemove(draftKey) // before the table: both would not fit
		k.draft = ""
	}
	if text != k.table {
		storageRemove(tableKey) // never an older table under newer settings
		k.table = ""
		if text != "" && !storageSet(tableKey, text) {
			storageRemove(sessionKey)
			storageSet(lostKey, strconv.Itoa(len(text)))
			s.Notes.lostTable, s.Notes.lostAtStart = len(text), false
			s.Notify(TopicRun)
			return
		}
		k.table = text
	}
	storageRemove(lostKey)
	if s.Notes.lostTable != 0 && !s.Notes.lostAtStart { // the last visit's loss stays said until dismissed
		s.Notes.lostTable = 0
		s.Notify(TopicRun)
	}
	if !storageSet(sessionKey, string(b)) {
		storageRemove(tableKey)
		k.table = ""
	}
}

// kept is what this page last wrote under tableKey and draftKey (read
// from localStorage once), so that a save compares texts of megabytes in
// Go instead of copying them out of the browser each time.
type kept struct {
	table, draft string
	known        bool
}

// keptTexts returns the store's kept texts, read from localStorage on
// first use.
func (s *Store) keptTexts() *kept {
	if !s.kept.known {
		s.kept = kept{table: storageGet(tableKey), draft: storageGet(draftKey), known: true}
	}
	return &s.kept
}

// savedSession returns the settings saved by the last visit, with their
// table, if valid.
func savedSession() (session.Settings, bool) {
	var st session.Settings
	raw := storageGet(sessionKey)
	// The worker checks the rest: settings that do not build load the
	// defaults instead (store.fromSaved).
	if raw == "" || json.Unmarshal([]byte(raw), &st) != nil || st.Version > session.Version || st.Version < 0 {
		return st, false
	}
	if st.Text == "" && st.Dataset == "" { // saved by this version: the table is kept apart
		st.Text = storageGet(tableKey)
	}
	return st, true
}

// lostBytes returns the size of the table the last visit could not keep,
// or 0, and forgets it: it is said once, on this visit.
func lostBytes() int {
	n, _ := strconv.Atoi(storageGet(lostKey))
	storageRemove(lostKey)
	return n
}

// SaveDraftSoon saves the paste area's text 400 ms after the last
// keystroke (and at once when now is set: on blur and when the tab hides),
// unless it is the loaded table, which is kept already.
func SaveDraftSoon(s *Store, now bool) {
	if s.saveTimer != nil {
		app.Window().Call("clearTimeout", s.saveTimer)
		s.saveTimer = nil
	}
	save := func() {
		el := app.Window().GetElementByID("data-input")
		if !el.Truthy() {
			return
		}
		k := s.keptTexts()
		switch v := el.Get("value").String(); {
		case v == k.draft:
		case v == k.table:
			storageRemove(draftKey)
			k.draft = ""
		case !storageSet(draftKey, v):
			storageRemove(draftKey) // an older draft must not come back
			k.draft = ""
		default:
			k.draft = v
		}
	}
	if now {
		save()
		return
	}
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		save()
		return nil
	})
	s.saveTimer = app.Window().Call("setTimeout", f, 400)
}
