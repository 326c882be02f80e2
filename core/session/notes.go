package session

import (
	"fmt"

	"github.com/nnplayground/playground/core/data"
)

// autoEnglish words the notes of version 3's table rules (data.Note) and
// the did-you-mean note in English; the note's kind when it knows none.
func autoEnglish(n Note) string {
	switch n.Kind {
	case "did-you-mean":
		return fmt.Sprintf("did you mean to predict %q?", n.Name)
	case "left-out-empty":
		return fmt.Sprintf("column %q is empty in %d of %d rows: left out", n.Name, n.N, n.Of)
	case "left-out-id":
		return fmt.Sprintf("column %q identifies the rows (%d different values in %d rows): left out", n.Name, n.N, n.Of)
	case "left-out-name":
		return fmt.Sprintf("column %q holds names (%d different values in %d rows): left out", n.Name, n.N, n.Of)
	case "left-out-time":
		return fmt.Sprintf("column %q holds dates and times, but also %q: left out", n.Name, n.Value)
	case "timestamp":
		return fmt.Sprintf("column %q holds dates and times: %d inputs (%s)", n.Name, n.N, n.Value)
	case "clock":
		return fmt.Sprintf("column %q holds times of day: 1 input, the time in days", n.Name)
	case "imputed":
		if n.Value == data.MissingCategory {
			return fmt.Sprintf("column %q: %d of %d rows have no value, given the category %q", n.Name, n.N, n.Of, n.Value)
		}
		return fmt.Sprintf("column %q: %d of %d rows have no value, filled with the training median %s", n.Name, n.N, n.Of, n.Value)
	case "indicator":
		return fmt.Sprintf("column %q: the input %q is 1 in the %d rows without a value", n.Name, n.Name+" (missing)", n.N)
	case "top-k":
		return fmt.Sprintf("column %q has %d different values: the %d most frequent are kept, the others become %q", n.Name, n.Of, n.N, data.OtherCategory)
	case "leak":
		return fmt.Sprintf("column %q alone gives the target on the training rows: is it the answer written again?", n.Name)
	case "as-classes":
		return fmt.Sprintf("target %q holds %d different whole numbers: predicted as classes", n.Name, n.N)
	}
	return n.Kind
}
