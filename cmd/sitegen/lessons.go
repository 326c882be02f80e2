package main

import (
	"encoding/json"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/exercise/rules"
)

// lessonsJSON is web/lessons.json, the gallery of lessons with their texts
// and links (the tools worker's answer to tools.GetLessons is the same), so
// that the page lists them at once without linking core/exercise.
func lessonsJSON() ([]byte, error) {
	var out []rules.LessonItem
	for _, ls := range exercise.Lessons() {
		l, err := ls.Link()
		if err != nil {
			return nil, err
		}
		out = append(out, rules.LessonItem{ID: ls.ID, Title: ls.Title, About: ls.About, Link: l})
	}
	return json.Marshal(out)
}
