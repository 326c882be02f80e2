//go:build !wasm

package main

import (
	"encoding/json"
	"github.com/nnplayground/playground/core/exercise/rules"
	"os"
	"path/filepath"

	"github.com/nnplayground/playground/core/exercise"
)

// writeLessons writes <web>/lessons.json, the gallery of lessons with their
// texts and links (the tools worker's answer to tools.GetLessons is the same), so that
// the page lists them at once without linking core/exercise.
func writeLessons(web string) error {
	var out []rules.LessonItem
	for _, ls := range exercise.Lessons() {
		l, err := ls.Link()
		if err != nil {
			return err
		}
		out = append(out, rules.LessonItem{ID: ls.ID, Title: ls.Title, About: ls.About, Link: l})
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(web, "lessons.json"), b, 0o644)
}
