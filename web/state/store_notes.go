// The store's part about the notes on links, files and this browser's
// storage (noteState), and the verbs that dismiss them.

package state

// noteState is what went wrong with a link, an export or this browser's
// storage, said by a note until dismissed. The store sets it (open in
// session_io.go, storage.go, setExportErr, openFirst); the notices and the
// export panel read it through its methods.
type noteState struct {
	linkErr   string // why the URL's link did not open ("" when it did)
	exportErr string // why the last export or session file failed ("" when it did not)
	// lostTable is the size of a table this browser could not keep (see
	// storage.go), said by a notice: lost at the last visit (lostAtStart) or
	// not kept now, when the session file is offered.
	lostTable   int
	lostAtStart bool
}

// LinkErr is why the URL's link did not open ("" when it did).
func (n *noteState) LinkErr() string { return n.linkErr }

// ExportErr is why the last export failed ("" when it did not).
func (n *noteState) ExportErr() string { return n.exportErr }

// LostTable is the size of a table this browser could not keep (0: none),
// and whether it was lost at the last visit (else it is not kept now).
func (n *noteState) LostTable() (size int, atStart bool) { return n.lostTable, n.lostAtStart }

// dismissLinkErr hides the link's error.
func (s *Store) DismissLinkErr() { s.Notes.linkErr = "" }

// dismissLostTable hides the lost table's note.
func (s *Store) DismissLostTable() { s.Notes.lostTable = 0 }

// setExportErr sets (or with "" clears) the export's error.
func (s *Store) SetExportErr(msg string) { s.Notes.exportErr = msg }
