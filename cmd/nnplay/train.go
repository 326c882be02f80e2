package main

import (
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
	coach        bool
	split        string        // -write-split: a folder for the prepared split
	report       string        // -report: a JSON file for the summary and the result
	load         time.Duration // how long building the session took
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
	fs.StringVar(&o.split, "write-split", "", "write the prepared rows (the network's inputs and target) to train.csv, valid.csv and test.csv in this folder")
	fs.StringVar(&o.report, "report", "", "write the data summary and the result (final stats, stop, times) as JSON to this file")
	fs.BoolVar(&o.coach, "coach", true, "explain what goes wrong: stop when the loss, weights or gradient explode; "+
		"notices of dead or saturated units, vanishing gradients and overfitting")
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
	start := time.Now()
	src, s, err := buildSource(pos, sf)
	if err != nil {
		return err
	}
	o.load = time.Since(start)
	if o.split != "" {
		if err := writeSplit(o.split, s.Data); err != nil {
			return err
		}
	}
	return runTraining(s, src, o, stdout)
}

// history is the stats of every epoch, epoch 0 (before training) first.
type history []nn.Stats

func runTraining(s *session.Session, src *source, o trainOptions, stdout io.Writer) error {
	tr := s.Trainer
	sum := s.Summary()
	ds := s.Data
	rows := fmt.Sprintf("%d train, %d test", sum.Train, sum.Test)
	if sum.Valid > 0 {
		rows = fmt.Sprintf("%d train, %d validation, %d test", sum.Train, sum.Valid, sum.Test)
	}
	fmt.Fprintf(stdout, "%s: %d rows (%s), %s, inputs %v, network %v, %s, %s, loss %s\n",
		src.Name, sum.Rows, rows, sum.Task, ds.Inputs, tr.Net().Sizes,
		tr.Config().Activation, tr.Config().Optimizer, tr.Loss())
	for _, n := range sum.Notes {
		fmt.Fprintf(stdout, "warning: %s\n", n.English())
	}
	metric := "accuracy"
	if ds.Task == data.Regression {
		metric = "R²"
	}
	bar := newProgress(stdout, o.epochs, metric, o.quiet)
	start := time.Now()
	h, stop, trainErr := trainEpochs(s, o, bar, start)
	elapsed := time.Since(start)
	bar.done()
	last := h[len(h)-1]
	if stop != nil {
		fmt.Fprintf(stdout, "%s\n", stop)
		if stop.Restored {
			last = tr.Stats()
		}
	}
	rate := float64(len(h)-1) / elapsed.Seconds()
	fmt.Fprintf(stdout, "epoch %d: train loss %.6g, test loss %.6g, train %s %s, test %s %s (%.0f epochs/s, %s)\n",
		last.Epoch, last.TrainLoss, last.TestLoss, metric, fmtMetric(ds.Task, last.TrainMetric),
		metric, fmtMetric(ds.Task, last.TestMetric), rate, elapsed.Round(time.Millisecond))
	if ds.Valid.N > 0 {
		fmt.Fprintf(stdout, "validation loss %.6g, validation %s %s\n", last.ValidLoss, metric, fmtMetric(ds.Task, last.ValidMetric))
	}
	if lin := s.Linear(); lin != nil {
		// The reference the page shows beside the network's test metric.
		kind := map[string]string{"ridge": "ridge regression", "logistic": "logistic regression", "logistic-ovr": "one-vs-rest logistic regression"}[lin.Model]
		fmt.Fprintf(stdout, "linear model (%s on the same training rows): test %s %s\n", kind, metric, fmtMetric(ds.Task, lin.Test))
	}
	if o.history != "" {
		if err := writeFile(o.history, func(w io.Writer) error { return writeHistory(w, h, ds.Valid.N > 0) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "history: %s\n", o.history)
	}
	if o.report != "" {
		r := &runReport{Source: src.Name, Summary: sum, Metric: metric, Epoch: last.Epoch, Epochs: len(h) - 1, Stop: stop, Final: last,
			LoadSeconds: o.load.Seconds(), TrainSeconds: elapsed.Seconds(), Linear: fitLinear(ds)}
		for _, n := range sum.Notes {
			r.Notes = append(r.Notes, n.English())
		}
		if trainErr != nil {
			r.Error = trainErr.Error()
		}
		if err := writeReport(o.report, r); err != nil {
			return err
		}
	}
	if trainErr != nil {
		return trainErr
	}
	return writeResults(s, o, stdout)
}

// trainEpochs trains up to o.epochs epochs, with the coach (o.coach)
// printing its notices and stopping on an explosion, and the settings'
// stop rules. It returns the stats of every epoch (epoch 0 first), the stop
// rules' verdict if they stopped training, and the error that stopped it.
func trainEpochs(s *session.Session, o trainOptions, bar *progress, start time.Time) (history, *nn.Stop, error) {
	tr := s.Trainer
	h := history{tr.Stats()}
	var coach *nn.Coach
	if o.coach {
		coach = nn.NewCoach(tr, nn.CoachConfig{})
	}
	var stopper *nn.Stopper
	if s.Settings.Stop != (nn.StopRules{}) {
		stopper = nn.NewStopper(tr, s.Settings.Stop)
	}
	for e := 0; e < o.epochs; e++ {
		if err := tr.Step(); err != nil {
			return h, nil, err
		}
		st := tr.Stats()
		h = append(h, st)
		bar.update(st, time.Since(start))
		if coach != nil {
			notices, err := coach.Check(st)
			for _, n := range notices {
				bar.note("notice: " + n.String())
			}
			if err != nil {
				return h, nil, err
			}
		}
		if stopper != nil {
			if stop := stopper.Check(st); stop != nil {
				return h, stop, nil
			}
		}
	}
	return h, nil, nil
}

// writeResults writes the trained model (-out) and prints its link (-link).
func writeResults(s *session.Session, o trainOptions, stdout io.Writer) error {
	tr := s.Trainer
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

// writeHistory writes the history file (nn.AppendHistoryCSV, the page's
// too), with the validation split's columns when valid.
func writeHistory(w io.Writer, h history, valid bool) error {
	_, err := w.Write(nn.AppendHistoryCSV(nil, h, valid))
	return err
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
