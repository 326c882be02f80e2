//go:build browserprofile

package e2e

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// TestProfilePage samples the page's main thread (JavaScript and
// WebAssembly) while it trains the spiral as fast as possible, and prints
// the functions with the most self time. It prints and asserts nothing:
// `make profile` runs it, `make test` does not. For readable names, build
// app.wasm without -ldflags='-s -w' into a site that E2E_SITE names.
func TestProfilePage(t *testing.T) {
	ctx := profiledPage(t)
	if err := chromedp.Do(ctx, startProfiler(200)); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, "train")
	time.Sleep(4 * time.Second)
	prof := stopProfiler(t, ctx)
	click(t, ctx, "train")
	self := map[string]int64{}
	var total int64
	for _, n := range prof.Nodes {
		self[nodeName(n)] += n.HitCount
		total += n.HitCount
	}
	for i, k := range byValue(self) {
		if i == 60 {
			break
		}
		fmt.Printf("%5.1f%% %s\n", 100*float64(self[k])/float64(total), k)
	}
}

// profiledPage opens the page with the dataset PROFILE_DATASET (the spiral
// by default) at epoch 0, to train as fast as possible.
func profiledPage(t *testing.T) context.Context {
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewW, viewH), chromedp.Navigate(siteURL(t))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready")
	waitFor(t, ctx, loadedJS, 30*time.Second, "the trainer to load the first data set")
	setValue(t, ctx, "dataset-select", cmp.Or(os.Getenv("PROFILE_DATASET"), "spiral"))
	waitFor(t, ctx, epochJS+` === 0`, 20*time.Second, "epoch 0")
	setValue(t, ctx, "speed", "0")
	return ctx
}

// startProfiler enables the page's CPU profiler, sampling every interval
// µs, and starts it.
func startProfiler(interval int64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: interval}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, profiler.Start, cdp.Empty{})
		return err
	})
}

// stopProfiler stops the page's CPU profiler and returns its profile.
func stopProfiler(t *testing.T, ctx context.Context) *profiler.Profile {
	t.Helper()
	var prof *profiler.Profile
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		r, err := cdp.Call(ctx, tg, profiler.Stop, cdp.Empty{})
		prof = r.Profile
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	return prof
}

// nodeName is a profile node's function, or its script's for an
// anonymous one.
func nodeName(n *profiler.ProfileNode) string {
	if n.CallFrame.FunctionName != "" {
		return n.CallFrame.FunctionName
	}
	return "(anonymous " + n.CallFrame.URL + ")"
}

// byValue returns the keys of m, the largest value first.
func byValue[V int | int64](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	return keys
}
