package main

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/wire"
)

// lessonKey keeps the open lesson's progress in this browser: which
// lesson (its link), the step and the steps whose check was met.
const lessonKey = "nnplay-lesson"

// lessonProgress is a guided lesson's progress, kept with the session.
type lessonProgress struct {
	Link string `json:"link"` // the lesson's link: a teacher's lesson may share a built-in's ID
	Step int    `json:"step"`
	Met  []bool `json:"met"`
}

// guided is the state of the guided lesson being taken: the step, what
// happened since it opened (the guide's LiveState parts), and which steps'
// checks were met (a met check stays ticked).
type guided struct {
	step   int
	met    []bool
	events []guide.Event
	edits  []guide.Edit
	best   *guide.Stats
	from   int // the epoch the step opened at: only later epochs count for Best
}

// openLesson starts the lesson just opened by link at its first step, or
// at the step this browser reached in it before.
func (s *store) openLesson(link string) {
	ls := s.lesson
	if ls == nil {
		return
	}
	g := &guided{met: make([]bool, len(ls.Steps))}
	var p lessonProgress
	if json.Unmarshal([]byte(storageGet(lessonKey)), &p) == nil && p.Link == link && p.Step >= 0 && p.Step < len(ls.Steps) {
		g.step = p.Step
		copy(g.met, p.Met)
	}
	s.guide, s.lessonLink = g, link
	if g.step > 0 {
		s.load(ls.SettingsAt(g.step), nil, true)
	}
	s.saveLesson()
}

// saveLesson keeps the guided lesson's progress.
func (s *store) saveLesson() {
	if s.guide == nil {
		return
	}
	b, _ := json.Marshal(lessonProgress{Link: s.lessonLink, Step: s.guide.step, Met: s.guide.met})
	storageSet(lessonKey, string(b))
}

// lessonEvent records an event for the open step's check.
func (s *store) lessonEvent(e guide.Event) {
	if s.guide != nil && !slices.Contains(s.guide.events, e) {
		s.guide.events = append(s.guide.events, e)
		s.notify(topicRun)
	}
}

// goStep opens step i of the guided lesson: its setup, or (going back)
// the settings a student has there, and a fresh record of what happens.
func (s *store) goStep(i int) {
	g, ls := s.guide, s.lesson
	if g == nil || ls == nil || i < 0 || i >= len(ls.Steps) {
		return
	}
	back := i < g.step
	g.step, g.events, g.edits, g.best = i, nil, nil, nil
	g.from = s.epoch()
	if st := ls.Steps[i]; st.Setup != nil || back {
		s.load(ls.SettingsAt(i), nil, true)
		g.from = 0
	}
	s.saveLesson()
	s.notify(topicRun | topicData)
}

// liveState is what the guide checks a step against.
func (s *store) liveState() *guide.LiveState {
	g := s.guide
	st := &guide.LiveState{Settings: s.view(), Events: g.events, Edited: g.edits, Best: g.best}
	if len(s.history) > 0 {
		n := guide.FromNN(s.history[len(s.history)-1], s.view().ValidRatio > 0)
		st.Newest = &n
		st.Epochs = n.Epoch
	}
	return st
}

// stepMet evaluates the open step and ticks it for good once met.
func (s *store) stepMet() (bool, guide.Text) {
	g, ls := s.guide, s.lesson
	step := &ls.Steps[g.step]
	met, why := step.Evaluate(s.liveState())
	if met && !g.met[g.step] {
		g.met[g.step] = true
		s.saveLesson()
	}
	return g.met[g.step], why
}

// guideHistory folds new epochs into the open step's best statistics.
func (s *store) guideHistory(h []nn.Stats) {
	g := s.guide
	if g == nil {
		return
	}
	valid := s.view().ValidRatio > 0
	for _, st := range h {
		if st.Epoch > g.from {
			g.best = guide.Improve(g.best, guide.FromNN(st, valid))
		}
	}
}

// guideEvents records, for the open step's check, what a report tells:
// an explosion, a stop rule's verdict, the coach's notices. Call it before
// the store takes the report's coach fields.
func (s *store) guideEvents(r *wire.Snapshot) {
	if s.guide == nil {
		return
	}
	if r.Exploded != nil && s.exploded == nil {
		s.lessonEvent(guide.Exploded)
	}
	if r.Stopped != nil {
		if e, ok := guide.EventOfStop(r.Stopped); ok {
			s.lessonEvent(e)
		}
	}
	for _, n := range r.Notices {
		s.lessonEvent(guide.EventOfNotice(n.Kind))
	}
}

// lessonPlayer is the guided lesson beside the playground (#lesson):
// the lesson's title, the current step's text (#lesson-step), what to try
// (a "show me" hint), the step's check (#lesson-check, aria-checked when
// met, with the live reason), "step i of n" (#lesson-progress), and
// #lesson-back and #lesson-next. On a narrow screen it is a drawer at the
// bottom of the window.
type lessonPlayer struct {
	app.Compo

	St   *store
	Lang string

	hint  bool
	unsub func()
}

func (c *lessonPlayer) OnMount(ctx app.Context) {
	c.unsub = c.St.subscribe(topicRun|topicStats|topicData|topicShape|topicSnapshot, redraw(ctx, c.St))
}

func (c *lessonPlayer) OnDismount() {
	if c.unsub != nil {
		c.unsub()
	}
}

func (c *lessonPlayer) Render() app.UI {
	l, st := c.Lang, c.St
	ls, g := st.lesson, st.guide
	if ls == nil || g == nil || len(ls.Steps) == 0 {
		return app.Aside().ID("lesson").Hidden(true)
	}
	step := &ls.Steps[g.step]
	met, why := st.stepMet()
	n := len(ls.Steps)
	check := app.P().ID("lesson-check").Class("pg-lesson-check").Role("checkbox").Aria("checked", strconv.FormatBool(met)).
		Aria("readonly", "true").Aria("live", "polite")
	if step.Check == nil {
		check = check.Text(t(l, "lesson-read"))
	} else if met {
		check = check.Text("✓ " + t(l, "lesson-done"))
	} else {
		check = check.Text("○ " + why.In(l))
	}
	return app.Aside().ID("lesson").Class("pg-lesson-side").Aria("labelledby", "lesson-title").Body(
		app.H2().ID("lesson-title").Text(ls.Title.In(l)),
		app.If(g.step == 0, app.P().Class("pg-plain pg-hint").Text(ls.About.In(l))),
		app.P().ID("lesson-progress").Class("pg-lesson-progress").Text(tf(l, "lesson-progress", g.step+1, n)),
		app.P().ID("lesson-step").Class("pg-plain").Text(step.Text.In(l)),
		app.If(len(step.Actions) > 0,
			app.Details().Class("pg-lesson-hint").Body(
				app.Summary().Text(t(l, "lesson-show")),
				app.P().ID("lesson-hint").Class("pg-plain").Text(step.Hint().In(l)),
			),
		),
		check,
		app.Div().Class("pg-row").Body(
			app.Button().ID("lesson-back").Disabled(g.step == 0).
				OnClick(func(ctx app.Context, e app.Event) { st.goStep(st.guide.step - 1) }).Text("← "+t(l, "lesson-back")),
			app.Button().ID("lesson-next").Class("pg-primary").Disabled(g.step+1 >= n || !met).
				OnClick(func(ctx app.Context, e app.Event) { st.goStep(st.guide.step + 1) }).Text(t(l, "lesson-next")+" →"),
			app.Button().ID("lesson-close").Class("pg-link").Aria("label", t(l, "lesson-close")).
				OnClick(func(ctx app.Context, e app.Event) {
					st.lesson, st.guide = nil, nil
					storageSet(lessonKey, "")
					clearFragment(st)
					st.notify(topicAll)
				}).Text("×"),
		),
	)
}
