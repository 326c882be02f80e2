// The store's part about what the page shows (viewOptions): the panels
// open, the runs pinned, the test points and the loss chart's scale, and
// the verbs that change them.

package web

import (
	"encoding/json"
	"github.com/nnplayground/playground/web/draw"
	"slices"
)
import "github.com/nnplayground/playground/core/wire"

// viewOptions is the store's part about what the page shows. The store
// changes it (setOpen, setShowTest, setLogScale, pinRun, unpin, loadPins);
// the components read it through its methods and store.isOpen.
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
func (s *store) setShowTest(on bool) {
	s.opts.showTest = on
	s.paint.dirty = dirtyAll
	s.send(&wire.ShowTest{Show: on})
}

// setLogScale sets the loss chart's scale.
func (s *store) setLogScale(on bool) {
	s.opts.logScale = on
	s.paint.dirty = dirtyAll
}

// unpin removes the pinned run name.
func (s *store) unpin(name string) {
	s.opts.pins = slices.DeleteFunc(s.opts.pins, func(q pinnedRun) bool { return q.Name == name })
	s.savePins()
	s.paint.dirty |= dirtyHist
}

// isOpen reports whether the panel id is open.
func (s *store) isOpen(id string) bool {
	if s.opts.panels.open == nil {
		s.opts.panels.open, s.opts.panels.built = loadPanels(), map[string]bool{}
	}
	if o, ok := s.opts.panels.open[id]; ok {
		return o
	}
	return panelDefaults[id]
}

// setOpen records that the panel id was opened or closed, and keeps it.
func (s *store) setOpen(id string, open bool) {
	if s.isOpen(id) == open {
		return
	}
	s.opts.panels.open[id] = open
	storageSet(panelsKey, panelsText(s.opts.panels.open))
	if open { // built now (panel.go); its canvases have a size once drawn
		s.opts.panels.built[id] = true
		draw.MeasureCanvases()
		s.paint.dirty = dirtyAll
	}
}

// panelBuilt reports whether the contents of the panel id are built: an
// eager one always; one that is open (or forced open) once the first
// screen is up (or when it was opened by hand, setOpen); one that was
// built, from then on.
func (s *store) panelBuilt(id string, force bool) bool {
	switch {
	case s.opts.panels.built[id] || eagerPanels[id]:
		return true
	case (force || s.isOpen(id)) && s.opts.panels.below:
		s.opts.panels.built[id] = true
		return true
	}
	return false
}

// firstScreenUp builds the open panels below the first screen: the page
// calls it once the first screen shows the trainer's first report. Every
// component is told (topicAll), so that those that lay out a panel render
// it again.
func (s *store) firstScreenUp() {
	s.opts.panels.below = true
	s.notify(topicAll)
}

// pinRun keeps the current run's loss curves and settings. Call it inside
// ctx.Dispatch.
func (s *store) pinRun() {
	c := &s.paint.cols
	if len(c.Xs) < 2 {
		return
	}
	step := max(1, len(c.Xs)/maxPinPoints)
	p := pinnedRun{Settings: s.data.Settings()}
	p.Settings.Text = ""
	for i := 0; i < len(c.Xs); i += step {
		p.Epochs, p.Train, p.Test = append(p.Epochs, c.Xs[i]), append(p.Train, c.Train[i]), append(p.Test, c.Test[i])
	}
	if len(s.opts.pins) >= maxPins {
		s.opts.pins = s.opts.pins[1:]
	}
	used := map[string]bool{}
	for _, q := range s.opts.pins {
		used[q.Name] = true
	}
	for _, n := range []string{"A", "B", "C", "D"} {
		if !used[n] {
			p.Name = n
			break
		}
	}
	s.opts.pins = append(s.opts.pins, p)
	s.savePins()
	s.paint.dirty |= dirtyHist
	s.notify(topicRun)
}

func (s *store) savePins() {
	b, err := json.Marshal(s.opts.pins)
	if err == nil {
		storageSet(pinsKey, string(b))
	}
}

// loadPins reads the runs pinned in this browser.
func (s *store) loadPins() {
	var p []pinnedRun
	if json.Unmarshal([]byte(storageGet(pinsKey)), &p) == nil && len(p) <= maxPins {
		s.opts.pins = p
	}
}
