package nn_test

import (
	"flag"
	"fmt"
	"math"
	"strings"
)

var update = flag.Bool("update", false, "rewrite golden files")

// formatBits writes each value's exact bits and, for reading, its value.
func formatBits(v []float64) string {
	var b strings.Builder
	for _, x := range v {
		fmt.Fprintf(&b, "%016x %.17g\n", math.Float64bits(x), x)
	}
	return b.String()
}
