package main

import (
	"flag"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
	"github.com/nnplayground/playground/core/session/settingtest"
)

// flagged checks that the flag of the number setting e takes a value
// exactly within session.Table's bounds and sets it.
func flagged(t *testing.T, e *session.Setting) {
	t.Helper()
	for _, p := range settingtest.Probes(e) {
		text := strconv.FormatFloat(p.Value, 'f', -1, 64)
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		sf := newSettingFlags(fs)
		err := fs.Parse([]string{"-" + e.Flag + "=" + text})
		if (err == nil) != p.OK {
			t.Errorf("-%s=%s: %v, want valid %v", e.Flag, text, err, p.OK)
		}
		if err != nil {
			continue
		}
		s := session.Default()
		if err := sf.apply(&s); err != nil {
			t.Errorf("-%s=%s: apply: %v", e.Flag, text, err)
			continue
		}
		if v, _ := e.Number(&s); v != p.Value && !(e.ZeroOK && p.Value == 0) {
			t.Errorf("-%s=%s set %v", e.Flag, text, v)
		}
	}
}

// TestFlagsTable: every setting of session.Table with a flag has it, with
// the table's bounds; a bound moved in the table moves the flag's.
func TestFlagsTable(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	newSettingFlags(fs)
	for i := range session.Table {
		e := &session.Table[i]
		if e.Flag == "" {
			continue
		}
		if fs.Lookup(e.Flag) == nil {
			t.Errorf("no flag -%s", e.Flag)
		}
		if e.Bounded() {
			t.Run(e.Name, func(t *testing.T) { flagged(t, e) })
		}
	}
	for _, name := range []string{"testRatio", "validRatio", "noise", "lr", "batch", "patience"} {
		t.Run("moved "+name, func(t *testing.T) {
			e, restore := settingtest.Moved(name)
			defer restore()
			flagged(t, &e)
		})
	}
}

// TestFlagsAway: every setting with a flag, given its value in
// settingtest.Away as text (Setting.Text), is set to it.
func TestFlagsAway(t *testing.T) {
	want := settingtest.Away()
	var args []string
	for i := range session.Table {
		if e := &session.Table[i]; e.Flag != "" {
			args = append(args, "-"+e.Flag+"="+e.Text(&want))
		}
	}
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	sf := newSettingFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	var got session.Settings
	if err := sf.apply(&got); err != nil {
		t.Fatal(err)
	}
	for i := range session.Table {
		if e := &session.Table[i]; e.Flag != "" && e.JSON(&got) != e.JSON(&want) {
			t.Errorf("-%s=%s set %s, want %s", e.Flag, e.Text(&want), e.JSON(&got), e.JSON(&want))
		}
	}
}

// Every regularization the page offers (session.Regularizations) is one
// that -regularization takes.
func TestRegularizationFlag(t *testing.T) {
	for _, kind := range session.Regularizations() {
		f := settingFlags{regularization: kind, regRate: 0.01}
		m := nn.Config{}
		if err := f.applyRegularization(&m, true, true); err != nil {
			t.Errorf("-regularization %s: %v", kind, err)
		}
	}
	f := settingFlags{regularization: "l3"}
	if err := f.applyRegularization(&nn.Config{}, true, false); err == nil || !strings.Contains(err.Error(), strings.Join(session.Regularizations(), ", ")) {
		t.Errorf("-regularization l3: %v; want the kinds named", err)
	}
}
