//go:build browserbench

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestStartupBench runs only the start-up part of TestBrowserBench (three
// cold loads, each followed by a warm reload) and prints its lines without
// writing docs/bench-browser.txt: for measuring one change to the start-up
// at a time (`go test -tags browserbench -run '^TestStartupBench$' ./e2e/`,
// E2E_SITE names another built site to compare).
func TestStartupBench(t *testing.T) {
	r := benchReport{lines: []string{
		fmt.Sprintf("# %s, load average before: %s", time.Now().UTC().Format("2006-01-02 15:04 MST"), loadAvg()),
	}}
	benchStartup(t, &r)
	r.lines = append(r.lines, "# load average after: "+loadAvg())
	fmt.Printf("\n==== start-up ====\n%s\n==================\n", strings.Join(r.lines, "\n"))
}
