// Package alloctest measures what a function allocates, for the tests
// that bound the memory a refusal or a parse may take.
//
// The counts are runtime.MemStats.TotalAlloc differences: every byte
// allocated while f ran, whether or not it was collected since, so no
// collection is needed between the two readings. Other goroutines'
// allocations count too; tests that use it run nothing else meanwhile.
package alloctest

import (
	"runtime"
	"time"
)

// Bytes returns the bytes f allocates. It does not collect garbage first,
// so that fuzz targets calling it on every input stay fast.
func Bytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Measure collects garbage, then returns the bytes f allocates and the
// time it takes, for a test's log beside its bound on the bytes.
func Measure(f func()) (bytes uint64, d time.Duration) {
	runtime.GC()
	bytes = Bytes(func() {
		start := time.Now()
		f()
		d = time.Since(start)
	})
	return bytes, d
}
