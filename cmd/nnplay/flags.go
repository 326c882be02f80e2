package main

import (
	"flag"
	"strings"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// settingFlags are the flags of the settings: one for each setting of
// session.Table that has a Flag, named like the page's controls, with its
// bounds; and -regularization and -reg-rate, which set L1 or L2 as the
// page's pair of controls does, and -stop-defaults. Their defaults are the
// page's (session.Default); with a session file or a link only the flags
// given on the command line change its settings.
type settingFlags struct {
	fs *flag.FlagSet

	table map[string]*tableFlag // by flag name

	regularization string
	regRate        float64
	stopDefaults   bool
}

// tableFlag is the flag of a setting of session.Table. Set checks the
// value (its kind and bounds) and keeps its text; apply writes it.
type tableFlag struct {
	e    *session.Setting
	text string
}

func (f *tableFlag) String() string {
	if f == nil {
		return ""
	}
	return f.text
}

func (f *tableFlag) Set(text string) error {
	var scratch session.Settings
	if err := f.e.SetText(&scratch, text); err != nil {
		return err
	}
	f.text = text
	return nil
}

// IsBoolFlag lets a true/false setting's flag stand alone (-nesterov).
func (f *tableFlag) IsBoolFlag() bool { return f.e.Kind() == session.Bool }

func newSettingFlags(fs *flag.FlagSet) *settingFlags {
	d := session.Default()
	f := &settingFlags{fs: fs, table: map[string]*tableFlag{}}
	for i := range session.Table {
		e := &session.Table[i]
		if e.Flag == "" {
			continue
		}
		tf := &tableFlag{e: e, text: e.Text(&d)}
		if e.Name == "dataset" {
			tf.text = "" // no source and no -dataset is an error (loadSource)
		}
		usage := e.Doc
		if e.Bounded() {
			usage += ": " + e.RangeText()
		}
		fs.Var(tf, e.Flag, usage)
		f.table[e.Flag] = tf
	}
	fs.StringVar(&f.regularization, "regularization", "none", "penalty on the weights: "+strings.Join(session.Regularizations(), ", "))
	fs.Float64Var(&f.regRate, "reg-rate", 0, "regularization rate")
	fs.BoolVar(&f.stopDefaults, "stop-defaults", true, "a CSV table trains as the page trains a pasted one, with a validation share and early stopping "+
		"(session.WithStopDefaults); false: neither, unless -valid-ratio or a stop rule is given")
	return f
}

// dataset is the value of -dataset.
func (f *settingFlags) dataset() string { return f.table["dataset"].text }

// apply changes s by the flags given on the command line.
func (f *settingFlags) apply(s *session.Settings) error {
	set := map[string]bool{}
	var err error
	f.fs.Visit(func(fl *flag.Flag) {
		set[fl.Name] = true
		if tf, ok := f.table[fl.Name]; ok && err == nil {
			if e := tf.e.SetText(s, tf.text); e != nil {
				err = usageError("-%s: %v", fl.Name, e)
			}
		}
	})
	if err != nil {
		return err
	}
	if set["dataset"] {
		s.Text = ""
	}
	if set["patience"] {
		// A patience of so many epochs, as the flag says: not the
		// table defaults' growing wait and least run.
		s.Stop.PatienceShare, s.Stop.MinUpdates, s.Stop.MinDelta = 0, 0, 0
	}
	if set["regularization"] || set["reg-rate"] {
		if err := f.applyRegularization(&s.Model, set["regularization"], set["reg-rate"]); err != nil {
			return err
		}
	}
	if err := s.Model.Defaults().Validate(); err != nil {
		return usageError("%v", err)
	}
	if err := s.Stop.Validate(); err != nil {
		return usageError("%v", err)
	}
	return nil
}

// applyRegularization sets m's L1 or L2 rate from -regularization and
// -reg-rate; the one not given keeps what m had (its rate, or its kind:
// l1 when only L1 is set, else l2).
func (f *settingFlags) applyRegularization(m *nn.Config, kindSet, rateSet bool) error {
	rate := f.regRate
	if !rateSet {
		rate = max(m.L1, m.L2)
	}
	kind := f.regularization
	if !kindSet {
		kind = "l2"
		if m.L1 != 0 && m.L2 == 0 {
			kind = "l1"
		}
	}
	switch kind {
	case "none":
		m.L1, m.L2 = 0, 0
	case "l1":
		m.L1, m.L2 = rate, 0
	case "l2":
		m.L1, m.L2 = 0, rate
	default:
		return usageError("-regularization %q: use %s", kind, strings.Join(session.Regularizations(), ", "))
	}
	return nil
}
