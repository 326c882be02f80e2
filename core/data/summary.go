package data

import (
	"fmt"
	"strings"
)

// Summary describes the dataset in one line, for example
// "dropped 11 of 344 rows with missing values; 10 inputs; 3 classes: Adelie,
// Chinstrap, Gentoo; 267 train, 66 test".
func (d *Dataset) Summary() string {
	var b strings.Builder
	if d.Dropped > 0 && d.Prep != nil && d.Prep.Missing == Impute {
		fmt.Fprintf(&b, "dropped %d of %d rows without a target", d.Dropped, d.Rows)
	} else if d.Dropped > 0 {
		fmt.Fprintf(&b, "dropped %d of %d rows with missing values", d.Dropped, d.Rows)
	} else {
		fmt.Fprintf(&b, "%d rows", d.Rows)
	}
	fmt.Fprintf(&b, "; %d inputs; ", d.Dim)
	if d.Task == Regression {
		fmt.Fprintf(&b, "regression of %s", d.Target)
	} else {
		fmt.Fprintf(&b, "%d classes: %s", len(d.Classes), strings.Join(d.Classes, ", "))
	}
	if d.Valid.N > 0 {
		fmt.Fprintf(&b, "; %d train, %d validation, %d test", d.Train.N, d.Valid.N, d.Test.N)
	} else {
		fmt.Fprintf(&b, "; %d train, %d test", d.Train.N, d.Test.N)
	}
	return b.String()
}
