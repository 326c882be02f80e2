//go:build browserprofile

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// TestProfileStartup samples the page's main thread from a cold navigation
// until the page is usable and prints the functions with the most total
// time (a sample counts once for every function on its stack) and the most
// self time: where the start-up's main-thread time goes (docs/startup.md).
// It prints and asserts nothing. For readable names, build app.wasm without
// -ldflags='-s -w' into a site that E2E_SITE names.
func TestProfileStartup(t *testing.T) {
	url := siteURL(t)
	ctx := newBrowser(t)
	// A page of the same site first, so that the navigation stays in the
	// renderer whose main thread is profiled.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), addInitScript(startupJS), chromedp.Navigate(url+"manifest.webmanifest")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, startProfiler(100), chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__e2e && window.__e2e.usable !== undefined`, 30*time.Second, "the page to be usable")
	ts := eval[startupTimes](t, ctx, startupStepsJS)
	prof := stopProfiler(t, ctx)
	fmt.Printf("steps (ms): %+v\n", ts)
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range prof.Nodes {
		byID[n.ID] = n
	}
	self, total := map[string]int64{}, map[string]int64{}
	var all int64
	var walk func(n *profiler.ProfileNode, on map[string]int)
	walk = func(n *profiler.ProfileNode, on map[string]int) {
		k := nodeName(n)
		on[k]++
		// Every sample of this node's subtree counts once for every
		// function on its stack: add the node's own samples here.
		for f := range on {
			total[f] += n.HitCount
		}
		self[k] += n.HitCount
		all += n.HitCount
		for _, c := range n.Children {
			walk(byID[c], on)
		}
		if on[k]--; on[k] == 0 {
			delete(on, k)
		}
	}
	walk(prof.Nodes[0], map[string]int{})
	ms := float64(prof.EndTime-prof.StartTime) / 1000 / float64(all)
	top := func(what string, m map[string]int64, n int) {
		fmt.Printf("--- %s (ms of %.0f sampled)\n", what, float64(all)*ms)
		for i, k := range byValue(m) {
			if i == n {
				break
			}
			fmt.Printf("%7.1f %s\n", float64(m[k])*ms, k)
		}
	}
	top("total", total, 80)
	top("self", self, 40)
	timeline(prof, byID)
}

// timeline prints, for every 50 ms of the profile, how its samples split
// between the start-up's parts, each sample labelled by the first of
// timelineParts on its stack (from the root), or by its own function.
func timeline(prof *profiler.Profile, byID map[int64]*profiler.ProfileNode) {
	parent := map[int64]int64{}
	for _, n := range prof.Nodes {
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	label := func(id int64) string {
		var stack []string
		for ; id != 0; id = parent[id] {
			stack = append(stack, nodeName(byID[id]))
		}
		for _, p := range timelineParts {
			for _, f := range stack {
				if strings.Contains(f, p) {
					return p
				}
			}
		}
		return stack[0]
	}
	buckets := map[int64]map[string]int{}
	var at int64
	for i, id := range prof.Samples {
		at += prof.TimeDeltas[i]
		b := at / 50000
		if buckets[b] == nil {
			buckets[b] = map[string]int{}
		}
		buckets[b][label(id)]++
	}
	for b := int64(0); b <= at/50000; b++ {
		n := 0
		for _, v := range buckets[b] {
			n += v
		}
		fmt.Printf("%5d ms:", b*50)
		for i, k := range byValue(buckets[b]) {
			if i == 4 {
				break
			}
			fmt.Printf("  %s %d%%", k, 100*buckets[b][k]/max(n, 1))
		}
		fmt.Println()
	}
}

var timelineParts = []string{
	"doInit", "playground_.github.com_maxence_charriere_go_app_v9_pkg_app.mount", "frameLoop_.frame",
	"web.__store_.apply", "handleComponentUpdates", "handleDispatch", "pkg_app.RunWhenOnBrowser", "runtime.main",
	"instantiate", "boot.", "(garbage collector)", "wasm_exec", "(program)", "(idle)",
}
