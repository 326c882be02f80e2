package state

import (
	"encoding/json"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/wire/tools"
	"strings"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/wire"
)

// lessonKey keeps the open lesson's progress in this browser: which
// lesson (its link), the step and the steps done or skipped.
const lessonKey = "nnplay-lesson"

// lessonProgress is a guided lesson's progress, kept with the session.
type lessonProgress struct {
	Link    string `json:"link"` // the lesson's link: a teacher's lesson may share a built-in's ID
	Step    int    `json:"step"`
	Met     []bool `json:"met"`               // steps done
	Skipped []bool `json:"skipped,omitempty"` // steps skipped (not done)
}

// lessonState is the store's part about lessons: the lesson opened by
// link with its progress, and the gallery. The store changes it (open in
// session_io.go, openLesson, goStep, skipStep, closeLesson, the trainer's
// reports through lessonEvent and its kin, fetchLessons, askLessons); the
// components read it through its methods and guided's.
type lessonState struct {
	lesson       *guide.Lesson      // the lesson opened by link, taken step by step beside the page
	guide        *guided            // its progress (nil: the lesson is only a note, or none is open)
	link         string             // its link, the key of its kept progress
	gallery      []rules.LessonItem // the gallery, from web/lessons.json or the tools worker
	galleryAsked bool
}

// Lesson is the lesson opened by link; nil when none is.
func (l *lessonState) Lesson() *guide.Lesson { return l.lesson }

// Guided is the progress of the lesson taken step by step beside the page;
// nil when none is.
func (l *lessonState) Guided() *guided { return l.guide }

// Link is the link of the lesson opened ("" when none is).
func (l *lessonState) Link() string { return l.link }

// Gallery is the gallery of lessons (nil until it is read).
func (l *lessonState) Gallery() []rules.LessonItem { return l.gallery }

// guided is the state of the guided lesson being taken: the step, which
// steps were done or skipped, whether the open step's check was met since
// it opened (a met check stays ticked), and what happened since it opened
// (a guide.Tracker, which the trainer's reports feed).
type guided struct {
	step    int
	done    []bool
	skipped []bool
	met     bool
	track   *guide.Tracker
	focus   bool // move the focus to the step's text once it is drawn
	top     bool // and scroll to the top, where Train, the network and the readouts are
	reports int  // the trainer's reports applied since the step opened (#lesson-check's data-reports)
}

// Step is the open step, from 0.
func (g *guided) Step() int { return g.step }

// Done is whether step i was done, and whether it was skipped.
func (g *guided) Done(i int) (done, skipped bool) { return g.done[i], g.skipped[i] }

// Focus is whether the open step's text is to take the focus once it is
// drawn, and whether the page is then to scroll to its top.
func (g *guided) Focus() (focus, top bool) { return g.focus, g.top }

// focusTaken notes that the step's text took the focus.
func (g *guided) FocusTaken() { g.focus = false }

// scrolledTop notes that the page scrolled to its top.
func (g *guided) ScrolledTop() { g.top = false }

// openLesson starts the lesson just opened by link at its first step, or
// at the step this browser reached in it before, with the settings a
// student has there; a step's check starts afresh either way.
func (s *Store) openLesson(link string) {
	ls := s.Lessons.lesson
	if ls == nil {
		return
	}
	n := len(ls.Steps)
	g := &guided{done: make([]bool, n), skipped: make([]bool, n)}
	var p lessonProgress
	if json.Unmarshal([]byte(storageGet(lessonKey)), &p) == nil && p.Link == link && p.Step >= 0 && p.Step < n {
		g.step = p.Step
		copy(g.done, p.Met)
		copy(g.skipped, p.Skipped)
	}
	s.Lessons.guide, s.Lessons.link = g, link
	if g.step > 0 {
		s.Load(ls.SettingsAt(g.step), nil, true)
	}
	g.track = guide.NewTracker(s.View(), s.Epoch())
	g.focus, g.top, g.reports = true, true, 0
	s.saveLesson()
}

// reopenLesson opens the open lesson again (its link clicked while it is
// open): its step, with the settings a student has there and a fresh
// check.
func (s *Store) ReopenLesson() {
	g := s.Lessons.guide
	if g == nil {
		return
	}
	s.Load(s.Lessons.lesson.SettingsAt(g.step), nil, true)
	g.met, g.focus, g.top, g.reports = false, true, true, 0
	g.track.Enter(s.View(), s.Epoch())
	s.Notify(TopicRun | TopicData)
}

// saveLesson keeps the guided lesson's progress.
func (s *Store) saveLesson() {
	if s.Lessons.guide == nil {
		return
	}
	g := s.Lessons.guide
	b, _ := json.Marshal(lessonProgress{Link: s.Lessons.link, Step: g.step, Met: g.done, Skipped: g.skipped})
	storageSet(lessonKey, string(b))
}

// goStep opens step i of the guided lesson: after Next (keep, the step
// before was done) with the network as the student left it; going back,
// skipping or jumping with the settings a student has there (SettingsAt);
// a step with a setup with its setup. Its check starts afresh, and the
// focus moves to its text.
func (s *Store) GoStep(i int, keep bool) {
	g, ls := s.Lessons.guide, s.Lessons.lesson
	if g == nil || ls == nil || i < 0 || i >= len(ls.Steps) {
		return
	}
	g.step, g.met, g.focus, g.reports = i, false, true, 0
	if ls.Steps[i].Setup != nil || !keep {
		s.Load(ls.SettingsAt(i), nil, true)
	}
	g.track.Enter(s.View(), s.Epoch())
	s.saveLesson()
	s.Notify(TopicRun | TopicData)
}

// skipStep records the open step as skipped (unless it was done before)
// and opens the next one.
func (s *Store) SkipStep() {
	g := s.Lessons.guide
	if g == nil || g.step+1 >= len(g.done) {
		return
	}
	if !g.done[g.step] {
		g.skipped[g.step] = true
	}
	s.GoStep(g.step+1, false)
}

// closeLesson closes the guided lesson.
func (s *Store) CloseLesson() {
	s.Lessons.lesson, s.Lessons.guide = nil, nil
	storageSet(lessonKey, "")
	clearFragment(s)
	s.Notify(TopicAll)
}

// lessonHeard counts a report of the trainer, applied, for the open step
// (#lesson-check's data-reports).
func (s *Store) lessonHeard() {
	if s.Lessons.guide != nil {
		s.Lessons.guide.reports++
	}
}

// stepReports is the number of the trainer's reports applied since the
// open step opened, and whether new settings are being built (the step's
// check does not count the old network's reports meanwhile). The lesson
// player writes them with the check it evaluates (#lesson-check's
// data-reports and data-building), so that a script can tell that the
// check has seen the answers it waits for.
func (s *Store) StepReports() (n int, building bool) {
	if s.Lessons.guide == nil {
		return 0, false
	}
	return s.Lessons.guide.reports, s.Data.pending != nil
}

// stepMet evaluates the open step (the settings its actions ask for and
// its check, on what happened since it opened) and ticks it for good once
// met.
func (s *Store) StepMet() (bool, guide.Text) {
	g, ls := s.Lessons.guide, s.Lessons.lesson
	met, why := ls.Evaluate(g.step, g.track.State())
	if met && !g.met {
		g.met, g.done[g.step], g.skipped[g.step] = true, true, false
		s.saveLesson()
	}
	return g.met, why
}

// nextLesson returns the gallery's lesson after the open one, if the open
// one is in the gallery and not its last.
func (s *Store) NextLesson() (id, link string, title guide.Text, ok bool) {
	if s.Lessons.lesson == nil {
		return "", "", guide.Text{}, false
	}
	for i, it := range s.Lessons.gallery {
		if it.ID == s.Lessons.lesson.ID && i+1 < len(s.Lessons.gallery) {
			n := s.Lessons.gallery[i+1]
			return n.ID, n.Link, n.Title, true
		}
	}
	return "", "", guide.Text{}, false
}

// lessonEvent records an event for the open step's check.
func (s *Store) LessonEvent(e guide.Event) {
	if s.Lessons.guide != nil {
		s.Lessons.guide.track.Event(e)
		s.Notify(TopicRun)
	}
}

// lessonEdit records a weight the student typed in, for the open step's
// check: the edited network's statistics, at the same epoch, count.
func (s *Store) lessonEdit(e guide.Edit) {
	if s.Lessons.guide != nil {
		s.Lessons.guide.track.Edit(e, s.Epoch())
		s.Notify(TopicRun)
	}
}

// lessonChange records settings now in use from epoch on, for the open
// step's check: a new network (rebuilt), a live change or a rollback.
func (s *Store) lessonChange(epoch int, rebuilt bool) {
	if s.Lessons.guide != nil {
		s.Lessons.guide.track.Change(s.Data.settings, epoch, rebuilt)
	}
}

// guideHistory feeds the open step's check the epochs reported, unless new
// settings are being built (the epochs are the old network's).
func (s *Store) guideHistory(h []nn.Stats) {
	g := s.Lessons.guide
	if g == nil || s.Data.pending != nil {
		return
	}
	valid := s.Data.settings.ValidRatio > 0
	for _, st := range h {
		g.track.Epoch(guide.FromNN(st, valid))
	}
}

// guideEvents records, for the open step's check, what a report tells:
// an explosion, a stop rule's verdict, the coach's notices up (each counts
// when it goes up). Call it before the store takes the report's coach
// fields.
func (s *Store) guideEvents(r *wire.Snapshot) {
	g := s.Lessons.guide
	if g == nil || s.Data.pending != nil {
		return
	}
	if r.Exploded != nil && s.Run.exploded == nil {
		g.track.Event(guide.Exploded)
	}
	if e, ok := guide.EventOfStop(r.Stopped); ok {
		g.track.Event(e)
	}
	up := make([]guide.Event, 0, len(r.Notices))
	for _, n := range r.Notices {
		up = append(up, guide.EventOfNotice(n.Kind))
	}
	g.track.Notices(up)
}

// openLessonByID opens the gallery's lesson id, as its link in #lessons does.
func (s *Store) OpenLessonByID(id string) {
	for _, it := range s.Lessons.gallery {
		if it.ID == id {
			app.Window().Get("location").Set("hash", strings.TrimPrefix(it.Link, "#"))
			return
		}
	}
}

// fetchLessons reads the gallery from web/lessons.json (written by the
// site generator, cmd/sitegen) at start; ctx dispatches the result.
func (s *Store) fetchLessons(ctx app.Context) {
	s.Lessons.galleryAsked = true
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		done.Release()
		text, msg := args[0].String(), args[1].String()
		ctx.Dispatch(func(app.Context) {
			var items []rules.LessonItem
			if msg == "" && json.Unmarshal([]byte(text), &items) == nil && len(items) > 0 {
				s.Lessons.gallery = items
				s.Notify(TopicData)
				return
			}
			s.Lessons.galleryAsked = false
			s.askLessons() // no file: the tools worker lists them
		})
		return nil
	})
	app.Window().Call("nnFetchText", assetPath("lessons.json"), done)
}

// askLessons asks the tools worker for the gallery, once, when the page
// has no web/lessons.json.
func (s *Store) askLessons() {
	if s.Lessons.galleryAsked || s.Lessons.gallery != nil {
		return
	}
	s.Lessons.galleryAsked = true
	s.Ask(&tools.GetLessons{}, func(a wire.Message, errMsg string, class tools.FailClass) {
		if r, ok := a.(*tools.Lessons); ok && r.Items != nil {
			s.Lessons.gallery = r.Items
		} else {
			s.Lessons.galleryAsked = false // ask again with the next data set
		}
		s.Notify(TopicData)
	})
}
