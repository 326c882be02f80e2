package exercise

import (
	"fmt"
	"reflect"

	"github.com/nnplayground/playground/core/exercise/guide"
	"github.com/nnplayground/playground/core/exercise/lessons"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// LessonKind is the link kind of a lesson.
const LessonKind = "lesson"

// LessonVersion is the version of a lesson link's body this package
// writes. Version 1 links ({"id", "settings"}, a gallery lesson with its
// settings) still open; see DecodeLesson.
const LessonVersion = 2

// MaxLessonLink bounds the length of a lesson link, checked before it is
// decoded (a lesson of 8 steps of the longest texts in both languages
// makes a link of about 40,000 characters).
const MaxLessonLink = 64 << 10

// Text is a text in English and Simplified Chinese.
type Text = rules.Text

// Lesson is a guided lesson (guide.Lesson): a gallery lesson or a
// teacher's. Its JSON is guide.Lesson's.
type Lesson struct {
	guide.Lesson
}

// lessonLink is a lesson link's body. Version 2 carries either the ID of a
// gallery lesson (by reference: the link stays short and opens this
// version's texts) or a whole lesson; version 1 (V 0) carried the ID of a
// gallery lesson and its settings.
type lessonLink struct {
	V        int               `json:"v,omitempty"`
	ID       string            `json:"id,omitempty"`
	Settings *session.Settings `json:"settings,omitempty"` // version 1 only
	Lesson   *guide.Lesson     `json:"lesson,omitempty"`
}

// Validate checks the lesson's limits, texts, settings
// (link.ValidateSettings), actions and checks (guide.Lesson.Validate).
func (l *Lesson) Validate() error {
	if err := l.Lesson.Validate(link.ValidateSettings); err != nil {
		return fmt.Errorf("%w: %v", link.ErrCorrupt, err)
	}
	return nil
}

// Link returns the lesson as a link ("#v1.…"): a gallery lesson by its ID,
// any other lesson (a teacher's, or a gallery lesson changed) whole. The
// lesson is validated first.
func (l *Lesson) Link() (string, error) {
	if err := l.Validate(); err != nil {
		return "", err
	}
	body := lessonLink{V: LessonVersion}
	if g, ok := LessonByID(l.ID); ok && reflect.DeepEqual(g, *l) {
		body.ID = l.ID
	} else {
		body.Lesson = &l.Lesson
	}
	return link.EncodeAs(LessonKind, &body)
}

// DecodeLesson reads a lesson link. A version 2 link opens the gallery
// lesson it names or the lesson it carries, validated; a version 1 link
// opens the gallery lesson of its ID with the link's settings as the
// lesson's (every ID of version 1's gallery is still in the gallery). Links longer than MaxLessonLink
// are refused before they are decoded. Errors wrap link.ErrCorrupt,
// link.ErrNewerVersion, link.ErrTooLarge or link.ErrKind.
func DecodeLesson(s string) (*Lesson, error) {
	if len(s) > MaxLessonLink {
		return nil, fmt.Errorf("%w: a lesson link of %d characters; at most %d", link.ErrTooLarge, len(s), MaxLessonLink)
	}
	var ll lessonLink
	if err := link.DecodeAs(s, LessonKind, &ll); err != nil {
		return nil, err
	}
	switch {
	case ll.V > LessonVersion:
		return nil, fmt.Errorf("%w (the lesson is version %d, this playground reads up to version %d)", link.ErrNewerVersion, ll.V, LessonVersion)
	case ll.V == 0:
		return decodeV1(&ll)
	case ll.V != LessonVersion || ll.Settings != nil || (ll.ID == "") == (ll.Lesson == nil):
		return nil, fmt.Errorf("%w: a lesson link carries either a gallery lesson's ID or a lesson", link.ErrCorrupt)
	case ll.Lesson != nil:
		l := &Lesson{*ll.Lesson}
		if err := l.Validate(); err != nil {
			return nil, err
		}
		return l, nil
	}
	l, ok := LessonByID(ll.ID)
	if !ok {
		return nil, fmt.Errorf("%w: no lesson is called %q", link.ErrCorrupt, ll.ID)
	}
	return &l, nil
}

// decodeV1 opens a version 1 lesson link: the gallery lesson of its ID
// with its settings.
func decodeV1(ll *lessonLink) (*Lesson, error) {
	if ll.Settings == nil || ll.Lesson != nil {
		return nil, fmt.Errorf("%w: a version 1 lesson link carries an ID and settings", link.ErrCorrupt)
	}
	if n := len(ll.Settings.Text); n > guide.MaxTextBytes {
		return nil, fmt.Errorf("%w: a lesson's table of %d bytes; a lesson's tables have at most %d", link.ErrTooLarge, n, guide.MaxTextBytes)
	}
	if err := link.ValidateSettings(ll.Settings); err != nil {
		return nil, err
	}
	l, ok := LessonByID(ll.ID)
	if !ok {
		return nil, fmt.Errorf("%w: this lesson link names the lesson %q, which this version of the playground no longer has", link.ErrCorrupt, ll.ID)
	}
	l.Settings = *ll.Settings
	return &l, nil
}

// LessonByID returns the lesson of the gallery called id.
func LessonByID(id string) (Lesson, bool) {
	for _, l := range Lessons() {
		if l.ID == id {
			return l, true
		}
	}
	return Lesson{}, false
}

// Lessons returns the gallery (lessons.Gallery) as lessons with links, in
// the order to take it. Each call returns fresh values that the caller may
// change.
func Lessons() []Lesson {
	var out []Lesson
	for _, g := range lessons.Gallery() {
		out = append(out, Lesson{g})
	}
	return out
}
