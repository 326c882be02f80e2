//go:build js && platformpair

package baseline_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestDigestsWasm is the WebAssembly side of TestSameBitsInWebAssembly.
func TestDigestsWasm(t *testing.T) {
	fmt.Printf("digests: %s\n", strings.Join(fitDigests(t), " "))
}
