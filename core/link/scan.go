package link

import (
	"fmt"

	"github.com/nnplayground/playground/core/internal/jsonscan"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// limits are what the JSON of a link or session file may hold, checked
// before it is decoded (jsonscan): no text past MaxInflated (the largest
// text is the table), no list past nn.MaxParams values (the largest is the
// weights' parameters), and no more than session.MaxDerived derived
// inputs. Decoding first cost 731 MB to refuse a 64 MB file of 13 M
// parameters, and 49 MB a 9 KB link of 100,000 derived inputs.
var limits = jsonscan.Limits{
	Text:  MaxInflated,
	List:  nn.MaxParams,
	Lists: map[string]int{"derived": session.MaxDerived},
}

// scan refuses JSON past limits with an error wrapping ErrTooLarge.
func scan(js []byte, what string) error {
	if err := jsonscan.Scan(js, limits); err != nil {
		return fmt.Errorf("%w: the %s has %v", ErrTooLarge, what, err)
	}
	return nil
}
