package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// parseArgs parses flags that may come before or after the positional
// arguments ("nnplay train iris.csv -epochs 10") and returns the
// positional ones.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError("%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("nnplay "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

type trainOptions struct {
	epochs       int
	out, history string
	printLink    bool
	baseURL      string
	quiet        bool
}

func train(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train", stderr)
	sf := newSettingFlags(fs)
	var o trainOptions
	fs.IntVar(&o.epochs, "epochs", 100, "epochs to train")
	fs.StringVar(&o.out, "out", "", "write the trained model's JSON to this file")
	fs.StringVar(&o.history, "history", "", "write the losses and metrics of every epoch (CSV) to this file")
	fs.BoolVar(&o.printLink, "link", false, "print a playground link of the result (settings and trained weights)")
	fs.StringVar(&o.baseURL, "url", "http://localhost:8080/", "the playground's address, for -link")
	fs.BoolVar(&o.quiet, "quiet", false, "no progress, only the summary")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: nnplay train [flags] <file.csv | session.json | settings.json | link>\n       nnplay train [flags] -dataset NAME\n\nFlags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageError("one data source, not %d", len(pos))
	}
	if o.epochs < 0 {
		return usageError("-epochs %d: must not be negative", o.epochs)
	}
	if err := sf.apply(new(session.Settings)); err != nil { // bad flags first: exit status 2
		return err
	}
	src, s, err := buildSource(pos, sf)
	if err != nil {
		return err
	}
	return runTraining(s, src, o, stdout)
}

// history is the stats of every epoch, epoch 0 (before training) first.
type history []nn.Stats

func runTraining(s *session.Session, src *source, o trainOptions, stdout io.Writer) error {
	tr := s.Trainer
	sum := s.Summary()
	ds := s.Data
	fmt.Fprintf(stdout, "%s: %d rows (%d train, %d test), %s, inputs %v, network %v, %s, %s, loss %s\n",
		src.Name, sum.Rows, sum.Train, sum.Test, sum.Task, ds.Inputs, tr.Net().Sizes,
		tr.Config().Activation, tr.Config().Optimizer, tr.Loss())
	for _, w := range sum.Warnings {
		fmt.Fprintf(stdout, "warning: %s\n", w)
	}
	metric := "accuracy"
	if ds.Task == data.Regression {
		metric = "R²"
	}
	h := history{tr.Stats()}
	bar := newProgress(stdout, o.epochs, metric, o.quiet)
	start := time.Now()
	var trainErr error
	for e := 0; e < o.epochs; e++ {
		if err := tr.Step(); err != nil {
			trainErr = err
			break
		}
		st := tr.Stats()
		h = append(h, st)
		bar.update(st, time.Since(start))
	}
	elapsed := time.Since(start)
	bar.done()
	last := h[len(h)-1]
	rate := float64(len(h)-1) / elapsed.Seconds()
	fmt.Fprintf(stdout, "epoch %d: train loss %.6g, test loss %.6g, train %s %s, test %s %s (%.0f epochs/s, %s)\n",
		last.Epoch, last.TrainLoss, last.TestLoss, metric, fmtMetric(ds.Task, last.TrainMetric),
		metric, fmtMetric(ds.Task, last.TestMetric), rate, elapsed.Round(time.Millisecond))
	if o.history != "" {
		if err := writeFile(o.history, func(w io.Writer) error { return writeHistory(w, h) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "history: %s\n", o.history)
	}
	if trainErr != nil {
		return trainErr
	}
	if o.out != "" {
		if err := writeFile(o.out, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(tr.Model())
		}); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "model: %s\n", o.out)
	}
	if o.printLink {
		ls := &link.Session{Settings: s.Settings, Weights: link.WeightsOf(tr)}
		frag, err := link.Encode(ls)
		if err != nil {
			return err
		}
		if len(frag) > link.LongLink {
			fmt.Fprintf(stdout, "warning: the link has %d characters; chat tools may cut it\n", len(frag))
		}
		fmt.Fprintf(stdout, "link: %s%s\n", o.baseURL, frag)
	}
	return nil
}

func fmtMetric(task data.Task, v float64) string {
	if task == data.Regression {
		return strconv.FormatFloat(v, 'f', 4, 64)
	}
	return strconv.FormatFloat(100*v, 'f', 1, 64) + "%"
}

// writeHistory writes one CSV row per epoch; numbers are written in the
// shortest form that reads back as the same float64.
func writeHistory(w io.Writer, h history) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"epoch", "train_loss", "test_loss", "train_metric", "test_metric", "train_rmse", "test_rmse"})
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for _, s := range h {
		cw.Write([]string{strconv.Itoa(s.Epoch), f(s.TrainLoss), f(s.TestLoss), f(s.TrainMetric), f(s.TestMetric), f(s.TrainRMSE), f(s.TestRMSE)})
	}
	cw.Flush()
	return cw.Error()
}

// writeFile creates name ("-" is standard output... not supported: a file
// name is required) and writes it with fill.
func writeFile(name string, fill func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return f.Close()
}
