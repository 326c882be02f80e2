// The store's part about what the page shows (viewOptions): the panels
// open, the runs pinned, the test points and the loss chart's scale, and
// the verbs that change them.

package state

import (
	"encoding/json"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/web/draw"
	"slices"
	"strings"
)
import "github.com/nnplayground/playground/core/wire"

// viewOptions is the store's part about what the page shows. The store
// changes it (setOpen, setShowTest, setLogScale, pinRun, unpin, loadPins);
// the components read it through its methods and Store.IsOpen.
type viewOptions struct {
	panels   panelState  // which panels (panel.go) are open and which built
	pins     []pinnedRun // runs pinned to compare with (pinned_runs.go)
	showTest bool        // the output plane shows the test points
	logScale bool        // the loss chart's scale is logarithmic
}

// Pins are the runs pinned to compare with.
func (v *viewOptions) Pins() []pinnedRun { return v.pins }

// ShowTest is whether the output plane shows the test points.
func (v *viewOptions) ShowTest() bool { return v.showTest }

// LogScale is whether the loss chart's scale is logarithmic.
func (v *viewOptions) LogScale() bool { return v.logScale }

// setShowTest shows or hides the test points on the output plane (the
// trainer sends them or not).
func (s *Store) SetShowTest(on bool) {
	s.Opts.showTest = on
	s.Paint.dirty = DirtyAll
	s.send(&wire.ShowTest{Show: on})
}

// setLogScale sets the loss chart's scale.
func (s *Store) SetLogScale(on bool) {
	s.Opts.logScale = on
	s.Paint.dirty = DirtyAll
}

// unpin removes the pinned run name.
func (s *Store) Unpin(name string) {
	s.Opts.pins = slices.DeleteFunc(s.Opts.pins, func(q pinnedRun) bool { return q.Name == name })
	s.savePins()
	s.Paint.dirty |= DirtyHist
}

// isOpen reports whether the panel id is open.
func (s *Store) IsOpen(id string) bool {
	if s.Opts.panels.open == nil {
		s.Opts.panels.open, s.Opts.panels.built = loadPanels(), map[string]bool{}
	}
	if o, ok := s.Opts.panels.open[id]; ok {
		return o
	}
	return panelDefaults[id]
}

// setOpen records that the panel id was opened or closed, and keeps it.
func (s *Store) SetOpen(id string, open bool) {
	if s.IsOpen(id) == open {
		return
	}
	s.Opts.panels.open[id] = open
	storageSet(panelsKey, panelsText(s.Opts.panels.open))
	if open { // built now (panel.go); its canvases have a size once drawn
		s.Opts.panels.built[id] = true
		draw.MeasureCanvases()
		s.Paint.dirty = DirtyAll
	}
}

// panelBuilt reports whether the contents of the panel id are built: an
// eager one always; one that is open (or forced open) once the first
// screen is up (or when it was opened by hand, setOpen); one that was
// built, from then on.
func (s *Store) PanelBuilt(id string, force bool) bool {
	switch {
	case s.Opts.panels.built[id] || eagerPanels[id]:
		return true
	case (force || s.IsOpen(id)) && s.Opts.panels.below:
		s.Opts.panels.built[id] = true
		return true
	}
	return false
}

// firstScreenUp builds the open panels below the first screen: the page
// calls it once the first screen shows the trainer's first report. Every
// component is told (TopicAll), so that those that lay out a panel render
// it again.
func (s *Store) FirstScreenUp() {
	s.Opts.panels.below = true
	s.Notify(TopicAll)
}

// pinRun keeps the current run's loss curves and settings. Call it inside
// ctx.Dispatch.
func (s *Store) PinRun() {
	c := &s.Paint.cols
	if len(c.Xs) < 2 {
		return
	}
	step := max(1, len(c.Xs)/maxPinPoints)
	p := pinnedRun{Settings: s.Data.Settings()}
	p.Settings.Text = ""
	for i := 0; i < len(c.Xs); i += step {
		p.Epochs, p.Train, p.Test = append(p.Epochs, c.Xs[i]), append(p.Train, c.Train[i]), append(p.Test, c.Test[i])
	}
	if len(s.Opts.pins) >= maxPins {
		s.Opts.pins = s.Opts.pins[1:]
	}
	used := map[string]bool{}
	for _, q := range s.Opts.pins {
		used[q.Name] = true
	}
	for _, n := range []string{"A", "B", "C", "D"} {
		if !used[n] {
			p.Name = n
			break
		}
	}
	s.Opts.pins = append(s.Opts.pins, p)
	s.savePins()
	s.Paint.dirty |= DirtyHist
	s.Notify(TopicRun)
}

func (s *Store) savePins() {
	b, err := json.Marshal(s.Opts.pins)
	if err == nil {
		storageSet(pinsKey, string(b))
	}
}

// loadPins reads the runs pinned in this browser.
func (s *Store) loadPins() {
	var p []pinnedRun
	if json.Unmarshal([]byte(storageGet(pinsKey)), &p) == nil && len(p) <= maxPins {
		s.Opts.pins = p
	}
}

// pinsKey keeps the pinned runs in this browser.
const pinsKey = "nnplay-pins"

// maxPins bounds the pinned runs; pinning one more drops the oldest.
const maxPins = 3

// maxPinPoints bounds the points kept of a pinned run's losses.
const maxPinPoints = 1000

// pinnedRun is a run kept to compare later runs with: its settings (the
// pasted table left out) and its loss curves.
type pinnedRun struct {
	Name     string           `json:"name"` // A, B, C
	Settings session.Settings `json:"settings"`
	Epochs   []float64        `json:"epochs"`
	Train    []float64        `json:"train"`
	Test     []float64        `json:"test"`
}

// eagerPanels are built from the start, closed or not: the paste area
// keeps its text in the DOM (SetDataInput writes a draft into it).
var eagerPanels = map[string]bool{"paste-panel": true}

// panelState is which panels are open, as the person left them (kept in
// localStorage, so that a reload opens the same ones), and which are built.
// A closed panel's contents are not built (go-app's first render is most of
// the start-up's main-thread time); an open one below the first screen is
// built once the first screen shows the trainer's first report (below), and
// a panel once built stays built when closed (its fields keep what was typed).
type panelState struct {
	open  map[string]bool // nil until read from localStorage
	built map[string]bool
	below bool // the first screen is up: the open panels below it are built
}

// panelsKey is the localStorage key that keeps which panels are open.
const panelsKey = "nnplay-panels"

// panelDefaults says which panels are open on a first visit: only the
// charts below the playground; everything else opens on demand.
var panelDefaults = map[string]bool{"charts": true}

// panelsText writes the open state as "id=1,id=0" (sorted by nothing: the
// order does not matter).
func panelsText(m map[string]bool) string {
	var b strings.Builder
	for id, o := range m {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(id)
		if o {
			b.WriteString("=1")
		} else {
			b.WriteString("=0")
		}
	}
	return b.String()
}

// parsePanels reads panelsText's format; anything else is ignored.
func parsePanels(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		id, v, ok := strings.Cut(f, "=")
		if ok && id != "" && (v == "0" || v == "1") {
			m[id] = v == "1"
		}
	}
	return m
}

func loadPanels() map[string]bool {
	if !app.IsClient {
		return map[string]bool{}
	}
	return parsePanels(storageGet(panelsKey))
}
