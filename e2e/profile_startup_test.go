//go:build browserprofile

package e2e

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
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
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 100}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, profiler.Start, cdp.Empty{})
		return err
	}), chromedp.Navigate(url))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.__e2e && window.__e2e.usable !== undefined`, 30*time.Second, "the page to be usable")
	ts := eval[startupTimes](t, ctx, startupStepsJS)
	var prof *profiler.Profile
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		r, err := cdp.Call(ctx, tg, profiler.Stop, cdp.Empty{})
		prof = r.Profile
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("steps (ms): %+v\n", ts)
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range prof.Nodes {
		byID[n.ID] = n
	}
	name := func(n *profiler.ProfileNode) string {
		if n.CallFrame.FunctionName != "" {
			return n.CallFrame.FunctionName
		}
		return "(anonymous " + n.CallFrame.URL + ")"
	}
	self, total := map[string]int64{}, map[string]int64{}
	var all int64
	var walk func(n *profiler.ProfileNode, on map[string]int)
	walk = func(n *profiler.ProfileNode, on map[string]int) {
		k := name(n)
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
		type kv struct {
			k string
			v int64
		}
		var l []kv
		for k, v := range m {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		fmt.Printf("--- %s (ms of %.0f sampled)\n", what, float64(all)*ms)
		for i, x := range l {
			if i == n {
				break
			}
			fmt.Printf("%7.1f %s\n", float64(x.v)*ms, x.k)
		}
	}
	top("total", total, 80)
	top("self", self, 40)
	timeline(prof, byID, name)
}

// timeline prints, for every 50 ms of the profile, how its samples split
// between the start-up's parts, each sample labelled by the first of
// timelineParts on its stack (from the root), or by its own function.
func timeline(prof *profiler.Profile, byID map[int64]*profiler.ProfileNode, name func(*profiler.ProfileNode) string) {
	parent := map[int64]int64{}
	for _, n := range prof.Nodes {
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	label := func(id int64) string {
		var stack []string
		for ; id != 0; id = parent[id] {
			stack = append(stack, name(byID[id]))
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
		type kv struct {
			k string
			v int
		}
		var l []kv
		n := 0
		for k, v := range buckets[b] {
			l = append(l, kv{k, v})
			n += v
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		fmt.Printf("%5d ms:", b*50)
		for i, x := range l {
			if i == 4 {
				break
			}
			fmt.Printf("  %s %d%%", x.k, 100*x.v/max(n, 1))
		}
		fmt.Println()
	}
}

var timelineParts = []string{
	"doInit", "playground_.github.com_maxence_charriere_go_app_v9_pkg_app.mount", "frameLoop_.frame",
	"web.__store_.apply", "handleComponentUpdates", "handleDispatch", "pkg_app.RunWhenOnBrowser", "runtime.main",
	"instantiate", "boot.", "(garbage collector)", "wasm_exec", "(program)", "(idle)",
}
