//go:build browserprofile && browserbench

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

// TestProfileMetrics prints how the main thread's time splits between
// script, style, layout and the rest (painting, compositing) while the
// page trains the spiral as fast as possible for 4 s (Chrome's
// Performance.getMetrics before and after), the frame rate, and the canvas
// calls made, by canvas and size. PROFILE_NOOP (a regular expression of
// canvas ids) makes those canvases' drawing calls do nothing, PROFILE_JS is
// run before training, PROFILE_SHOT saves a screenshot at the end: together
// they tell which drawing costs the frames.
// It prints and asserts nothing: `make profile` runs it, `make test` does
// not.
func TestProfileMetrics(t *testing.T) {
	ctx := profiledPage(t)
	metrics := func() map[string]float64 {
		m := map[string]float64{}
		err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, performance.Enable, performance.EnableParams{}); err != nil {
				return err
			}
			r, err := cdp.Call(ctx, tg, performance.GetMetrics, cdp.Empty{})
			if err != nil {
				return err
			}
			for _, x := range r.Metrics {
				m[x.Name] = x.Value
			}
			return nil
		}))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	noop, _ := json.Marshal(os.Getenv("PROFILE_NOOP"))
	eval[chromedp.Void](t, ctx, `(() => { const noop = `+string(noop)+`; window.__draws = {}; for (const m of ["putImageData","stroke","fill","fillRect","clearRect","drawImage","fillText"]) { const f = CanvasRenderingContext2D.prototype[m]; CanvasRenderingContext2D.prototype[m] = function(...a) { const k = (this.canvas.id||"?")+" "+this.canvas.width+"x"+this.canvas.height+" "+m; window.__draws[k] = (window.__draws[k]||0)+1; if (noop && new RegExp(noop).test(this.canvas.id)) return; return f.apply(this, a); }; } })()`)
	if x := os.Getenv("PROFILE_JS"); x != "" {
		eval[chromedp.Void](t, ctx, x)
	}
	click(t, ctx, "train")
	time.Sleep(1 * time.Second)
	eval[chromedp.Void](t, ctx, `window.__draws = {}`)
	a := metrics()
	fr := eval[frameResult](t, ctx, framesJS)
	time.Sleep(2 * time.Second)
	b := metrics()
	fmt.Println(eval[string](t, ctx, `JSON.stringify(window.__draws, null, 1)`))
	click(t, ctx, "train")
	if out := os.Getenv("PROFILE_SHOT"); out != "" {
		time.Sleep(500 * time.Millisecond)
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dt := b["Timestamp"] - a["Timestamp"]
	fmt.Printf("over %.2f s: fps %.1f\n", dt, float64(fr.Frames)/fr.Ms*1000)
	for _, k := range []string{"TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskOtherDuration", "RecalcStyleCount", "LayoutCount", "Nodes", "JSHeapUsedSize"} {
		fmt.Printf("%-22s %10.3f  (%.1f %% of wall / per s %.3f)\n", k, b[k]-a[k], 100*(b[k]-a[k])/dt, (b[k]-a[k])/dt)
	}
}
