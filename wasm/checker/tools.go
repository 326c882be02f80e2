package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn/modelfile"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/wire"
	"github.com/nnplayground/playground/core/wire/tools"
)

// lastEx caches the exercise of the last tools.ExerciseCode request: the live
// check asks again with every new best epoch.
var lastEx struct {
	link string
	ex   *exercise.Exercise
}

// tool answers one tool request.
func tool(c wire.Message) (wire.Message, error) {
	switch c := c.(type) {
	case *tools.EncodeLink:
		l, err := link.Encode((*link.Session)(&c.Session))
		return &tools.LinkText{ID: c.ID, Text: l}, err
	case *tools.EncodeFile:
		b, err := link.EncodeFile((*link.Session)(&c.Session))
		return &tools.LinkText{ID: c.ID, Text: string(b)}, err
	case *tools.DecodeFile:
		s, err := link.DecodeFile([]byte(c.File))
		if err != nil {
			return nil, err
		}
		return &tools.SessionRead{ID: c.ID, Session: session.Saved(*s)}, nil
	case *tools.ReadModel:
		return readModel(c)
	case *tools.DecodeLink:
		o, err := decodeLink(c.Link)
		if err != nil {
			return nil, err
		}
		o.ID = c.ID
		return o, nil
	case *tools.MakeExercise:
		l, err := (*exercise.Exercise)(&c.Exercise).Link()
		return &tools.LinkText{ID: c.ID, Text: l}, err
	case *tools.ExerciseCode:
		q := c.Request
		ex := lastEx.ex
		if q.Exercise != lastEx.link || ex == nil {
			var err error
			if ex, err = exercise.Decode(q.Exercise); err != nil {
				return nil, err
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
		return &tools.CodeAnswer{ID: c.ID, Answer: a}, nil
	case *tools.GetExerciseInfo:
		l := strings.TrimSpace(c.Link)
		if i := strings.IndexByte(l, '#'); i > 0 {
			l = l[i:]
		}
		ex, err := exercise.Decode(l)
		if err != nil {
			return nil, err
		}
		return &tools.ExerciseInfo{ID: c.ID, Info: ex.Info()}, nil
	case *tools.MakeLesson:
		ls := exercise.Lesson{Lesson: c.Lesson}
		l, err := ls.Link()
		return &tools.LinkText{ID: c.ID, Text: l}, err
	case *tools.GetLessons:
		out := &tools.Lessons{ID: c.ID}
		for _, ls := range exercise.Lessons() {
			l, err := ls.Link()
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, rules.LessonItem{ID: ls.ID, Title: ls.Title, About: ls.About, Link: l})
		}
		return out, nil
	}
	return nil, fmt.Errorf("checker: %T is not a tool request", c)
}

// decodeLink opens a session, lesson or exercise link (a whole URL is
// cut at its "#").
func decodeLink(l string) (*tools.Opened, error) {
	l = strings.TrimSpace(l)
	if i := strings.IndexByte(l, '#'); i > 0 {
		l = l[i:]
	}
	kind, err := link.KindOf(l)
	if err != nil {
		return nil, err
	}
	o := &tools.Opened{Kind: kind}
	switch kind {
	case link.KindSession:
		var s *link.Session
		if s, err = link.Decode(l); err == nil {
			o.Session = (*session.Saved)(s)
		}
	case exercise.LessonKind:
		var ls *exercise.Lesson
		if ls, err = exercise.DecodeLesson(l); err == nil {
			o.Lesson = &ls.Lesson
		}
	case exercise.Kind:
		var ex *exercise.Exercise
		if ex, err = exercise.Decode(l); err == nil {
			o.Exercise = (*rules.Exercise)(ex)
		}
	default:
		err = fmt.Errorf("%w: %q", link.ErrKind, kind)
	}
	if err != nil {
		return nil, err
	}
	return o, nil
}

// errorClass names the kind of a link error for the page's message.
func errorClass(err error) tools.FailClass {
	switch {
	case errors.Is(err, link.ErrNewerVersion):
		return tools.FailNewer
	case errors.Is(err, link.ErrTooLarge):
		return tools.FailLarge
	case errors.Is(err, link.ErrTooLong):
		return tools.FailTooLong
	case errors.Is(err, link.ErrKind):
		return tools.FailKind
	}
	return tools.FailBad
}

// readModel reads a model file for the page: its configuration, layer sizes
// and parameters (nn.Network.Params order), checked by modelfile.Read.
func readModel(c *tools.ReadModel) (*tools.ModelRead, error) {
	m, err := modelfile.Read(strings.NewReader(c.File))
	if err != nil {
		return nil, err
	}
	n := m.Network
	return &tools.ModelRead{ID: c.ID, Config: m.Config, Sizes: append([]int(nil), n.Sizes...), Params: append([]float64(nil), n.Params()...)}, nil
}
