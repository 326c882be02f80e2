//go:build !unix

package exercise_test

import "time"

// cpuTime is 0 where the processor time is not known (WebAssembly): the
// benchmarks' cpu metrics then read 0.
func cpuTime() time.Duration { return 0 }
