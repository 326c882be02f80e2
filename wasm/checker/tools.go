package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/nnplayground/playground/core/exercise/rules"
	"strings"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/session"
)

// opened is the answer to op decode-link: what the link opens.
type opened struct {
	Kind     string             `json:"kind"` // link.KindSession, exercise.LessonKind or exercise.Kind
	Session  *link.Session      `json:"session,omitempty"`
	Lesson   *exercise.Lesson   `json:"lesson,omitempty"`
	Exercise *exercise.Exercise `json:"exercise,omitempty"`
}

// isTool reports whether op is one of the tool ops.
func isTool(op string) bool {
	switch op {
	case session.OpEncodeLink, session.OpDecodeLink, session.OpEncodeFile, session.OpDecodeFile,
		session.OpMakeExercise, session.OpExerciseCode, session.OpExerciseInfo, session.OpLessons:
		return true
	}
	return false
}

// lastEx caches the exercise of the last exercise-code request: the live
// check asks again with every new best epoch.
var lastEx struct {
	link string
	ex   *exercise.Exercise
}

// tool answers one tool op with the answer's text.
func tool(c *session.Command) (string, error) {
	switch c.Op {
	case session.OpEncodeLink, session.OpEncodeFile:
		var s link.Session
		if err := json.Unmarshal([]byte(c.Text), &s); err != nil {
			return "", err
		}
		if c.Op == session.OpEncodeFile {
			b, err := link.EncodeFile(&s)
			return string(b), err
		}
		return link.Encode(&s)
	case session.OpDecodeFile:
		s, err := link.DecodeFile([]byte(c.Text))
		if err != nil {
			return "", err
		}
		return marshal(s)
	case session.OpDecodeLink:
		return decodeLink(c.Text)
	case session.OpMakeExercise:
		var ex exercise.Exercise
		if err := json.Unmarshal([]byte(c.Text), &ex); err != nil {
			return "", err
		}
		return ex.Link()
	case session.OpExerciseCode:
		var q rules.CodeRequest
		if err := json.Unmarshal([]byte(c.Text), &q); err != nil {
			return "", err
		}
		ex := lastEx.ex
		if q.Exercise != lastEx.link || ex == nil {
			var err error
			if ex, err = exercise.Decode(q.Exercise); err != nil {
				return "", err
			}
			lastEx.link, lastEx.ex = q.Exercise, ex
		}
		var a rules.CodeAnswer
		if err := ex.Allowed(q.Settings); err != nil {
			a.Allowed = err.Error()
		} else if q.Stats != nil {
			code, err := ex.Code(q.Name, q.Settings, q.FromStart, *q.Stats)
			if err != nil {
				a.Error = err.Error()
			}
			a.Code = code
		}
		return marshal(a)
	case session.OpExerciseInfo:
		l := strings.TrimSpace(c.Text)
		if i := strings.IndexByte(l, '#'); i > 0 {
			l = l[i:]
		}
		ex, err := exercise.Decode(l)
		if err != nil {
			return "", err
		}
		return marshal(ex.Info())
	case session.OpLessons:
		if c.Text != "" {
			return lessonLink(c.Text)
		}
		var out []rules.LessonItem
		for _, ls := range exercise.Lessons() {
			l, err := ls.Link()
			if err != nil {
				return "", err
			}
			out = append(out, rules.LessonItem{ID: ls.ID, Title: ls.Title, About: ls.About, Link: l})
		}
		return marshal(out)
	}
	return "", errors.New("checker: unknown op " + quote(c.Op))
}

// lessonLink answers op lessons with a lesson (guide.Lesson JSON, a
// teacher's): its link, after exercise.Lesson.Validate.
func lessonLink(text string) (string, error) {
	var l exercise.Lesson
	if err := json.Unmarshal([]byte(text), &l); err != nil {
		return "", err
	}
	return l.Link()
}

// decodeLink opens a session, lesson or exercise link (a whole URL is
// cut at its "#").
func decodeLink(l string) (string, error) {
	l = strings.TrimSpace(l)
	if i := strings.IndexByte(l, '#'); i > 0 {
		l = l[i:]
	}
	kind, err := link.KindOf(l)
	if err != nil {
		return "", err
	}
	o := opened{Kind: kind}
	switch kind {
	case link.KindSession:
		o.Session, err = link.Decode(l)
	case exercise.LessonKind:
		o.Lesson, err = exercise.DecodeLesson(l)
	case exercise.Kind:
		o.Exercise, err = exercise.Decode(l)
	default:
		err = fmt.Errorf("%w: %q", link.ErrKind, kind)
	}
	if err != nil {
		return "", err
	}
	return marshal(o)
}

// errorClass names the kind of a link error for the page's message.
func errorClass(err error) string {
	switch {
	case errors.Is(err, link.ErrNewerVersion):
		return "newer"
	case errors.Is(err, link.ErrTooLarge):
		return "large"
	case errors.Is(err, link.ErrTooLong):
		return "too-long"
	case errors.Is(err, link.ErrKind):
		return "kind"
	}
	return "bad"
}

func marshal(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
