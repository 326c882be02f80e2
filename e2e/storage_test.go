package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// bigTable returns a CSV of about size bytes (x, y, label) and its row
// count.
func bigTable(size int) (string, int) {
	var b strings.Builder
	b.Grow(size + 64)
	b.WriteString("x,y,label\n")
	rows := 0
	for b.Len() < size {
		fmt.Fprintf(&b, "%d.%03d,%d.%02d,%c\n", rows%97, rows%1000, rows%89, rows%100, "ab"[rows%2])
		rows++
	}
	return b.String(), rows
}

// TestBigTablesKeptOrSaid pastes tables of 0.5, 2.5 and 5 MB in turn,
// loading each, then reloads: the page shows the last table, or says that
// it could not keep it and offers it as a file. Never an older table
// without a word (before, a reload trained on an older 1.28 MB table while
// the paste box showed another).
func TestBigTablesKeptOrSaid(t *testing.T) {
	ctx := openPage(t)
	var lastRows int
	kept := false
	for _, size := range []int{512 << 10, 2560 << 10, 5 << 20} {
		text, rows := bigTable(size)
		lastRows = rows
		eval[chromedp.Void](t, ctx, `window.__big = `+js(text)+`; true`)
		eval[chromedp.Void](t, ctx, `(() => {
			const e = `+elem("data-input")+`;
			e.focus(); e.value = window.__big;
			e.dispatchEvent(new Event("input", {bubbles: true}));
			e.blur();
		})()`)
		click(t, ctx, "data-load")
		n := strconv.Itoa(rows)
		waitFor(t, ctx, `(`+textJS("data-summary")+`).replace(/[,\s]/g, "").includes("`+n+`rows")`, 60*time.Second,
			fmt.Sprintf("the summary of the %d-byte table (%d rows)", len(text), rows))
		// Saved once, or said.
		waitFor(t, ctx, `localStorage.getItem("nnplay-table") === window.__big || document.getElementById("table-lost") !== null`,
			10*time.Second, "the table kept in localStorage, or #table-lost")
		kept = eval[bool](t, ctx, `localStorage.getItem("nnplay-table") === window.__big`)
		if !kept {
			if !eval[bool](t, ctx, `document.getElementById("save-lost") !== null`) {
				t.Fatalf("%d bytes: not kept, and no #save-lost offering the file", len(text))
			}
		}
		if d := eval[string](t, ctx, `localStorage.getItem("nnplay-draft") ?? ""`); d != "" {
			t.Errorf("%d bytes: the loaded table is kept twice (nnplay-draft holds %d bytes)", len(text), len(d))
		}
		t.Logf("%.1f MB, %d rows: kept in this browser: %v", float64(len(text))/(1<<20), rows, kept)
		if size == 2560<<10 && !kept {
			t.Errorf("a 2.5 MB table was not kept: stored once, it fits localStorage's 5 MB")
		}
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, readyJS, 30*time.Second, "the UI to be ready after the reload")
	waitFor(t, ctx, loadedJS, 60*time.Second, "a data set after the reload")
	summary := strings.NewReplacer(",", "", " ", "").Replace(text(t, ctx, "data-summary"))
	if kept {
		if !strings.Contains(summary, strconv.Itoa(lastRows)+"rows") {
			t.Fatalf("after the reload the summary is %q; want the last table's %d rows", summary, lastRows)
		}
		return
	}
	waitFor(t, ctx, `document.getElementById("table-lost") !== null`, 10*time.Second, "#table-lost saying the last table was not kept")
	if strings.Contains(summary, "rows") && !strings.Contains(summary, "300rows") {
		t.Errorf("after the reload the summary is %q: an older table, not the default data set", summary)
	}
	t.Logf("after the reload: %s", text(t, ctx, "table-lost"))
}
