package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/nnplayground/playground/core/nn"
)

// progress shows training progress: a bar redrawn in place on a terminal,
// plain lines (about one per 5 % of the epochs) otherwise.
type progress struct {
	w      io.Writer
	total  int
	metric string
	tty    bool
	quiet  bool
	last   time.Duration // time of the last redraw
	every  int           // plain lines: print every this many epochs
	drawn  bool
}

func newProgress(w io.Writer, total int, metric string, quiet bool) *progress {
	return &progress{w: w, total: total, metric: metric, tty: isTerminal(w), quiet: quiet, every: max(1, total/20)}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) update(s nn.Stats, elapsed time.Duration) {
	if p.quiet {
		return
	}
	rate := float64(s.Epoch) / elapsed.Seconds()
	left := time.Duration(float64(p.total-s.Epoch) / rate * float64(time.Second)).Round(time.Second)
	metric := fmt.Sprintf("%.4f", s.TrainMetric)
	if p.metric == "accuracy" {
		metric = fmt.Sprintf("%.1f%%", 100*s.TrainMetric)
	}
	if !p.tty {
		if s.Epoch%p.every == 0 || s.Epoch == p.total {
			fmt.Fprintf(p.w, "epoch %d/%d loss %.6g test %.6g %s %s %.0f epochs/s left %s\n",
				s.Epoch, p.total, s.TrainLoss, s.TestLoss, p.metric, metric, rate, left)
		}
		return
	}
	if s.Epoch != p.total && elapsed-p.last < 100*time.Millisecond {
		return
	}
	p.last = elapsed
	const width = 24
	n := width * s.Epoch / max(p.total, 1)
	bar := strings.Repeat("█", n) + strings.Repeat("░", width-n)
	fmt.Fprintf(p.w, "\r%s epoch %d/%d  loss %.5f  %s %s  %.0f epochs/s  left %s \x1b[K",
		bar, s.Epoch, p.total, s.TrainLoss, p.metric, metric, rate, left)
	p.drawn = true
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

// note prints a line of its own (a coach's notice), clearing the bar
// first on a terminal; the bar is redrawn by the next update.
func (p *progress) note(s string) {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
	fmt.Fprintln(p.w, s)
}
