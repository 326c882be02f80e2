package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/nnplayground/playground/core/data"
	"github.com/nnplayground/playground/core/link"
	"github.com/nnplayground/playground/core/nn"
	"github.com/nnplayground/playground/core/session"
)

// source is what train and export start from: settings, and weights when a
// link or session file carries them.
type source struct {
	Name     string // for messages: the file name, "link" or the dataset
	Settings session.Settings
	Weights  *link.Weights
	Table    bool // a CSV or TSV table, with the settings the page gives a pasted table (session.Pasted)
}

// buildSource loads the source named by the positional arguments pos (at
// most one; none means -dataset), applies the setting flags to it and
// builds its session.
func buildSource(pos []string, sf *settingFlags) (*source, *session.Session, error) {
	arg := ""
	if len(pos) == 1 {
		arg = pos[0]
	}
	src, err := loadSource(arg, sf.dataset())
	if err != nil {
		return nil, nil, err
	}
	if src.Table && !sf.stopDefaults {
		// Before the flags: -valid-ratio or -patience may set their own.
		src.Settings.ValidRatio, src.Settings.Stop = 0, nn.StopRules{}
	}
	if err := sf.apply(&src.Settings); err != nil {
		return nil, nil, err
	}
	s, err := src.build()
	if err != nil {
		return nil, nil, err
	}
	return src, s, nil
}

// loadSource reads the argument of train or export: a playground link
// (a URL or its "#v1." or "#v2." fragment), a session file, a settings JSON file
// (session.Settings) or a CSV/TSV table. With no argument, dataset names a
// built-in dataset.
func loadSource(arg, dataset string) (*source, error) {
	if arg == "" {
		if dataset == "" {
			return nil, usageError("give a CSV file, a session file, a link, or -dataset NAME")
		}
		s := session.Default()
		s.Dataset, s.Points = dataset, 0
		return &source{Name: dataset, Settings: s}, nil
	}
	if isLink(arg) {
		ls, err := link.Decode(arg)
		if err != nil {
			return nil, fmt.Errorf("link: %w", err)
		}
		return &source{Name: "link", Settings: ls.Settings, Weights: ls.Weights}, nil
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		return nil, err
	}
	if trimmed := bytes.TrimSpace(b); len(trimmed) > 0 && trimmed[0] == '{' {
		var head struct {
			Format string          `json:"format"`
			Model  json.RawMessage `json:"model"`
		}
		if err := json.Unmarshal(b, &head); err != nil {
			return nil, fmt.Errorf("%s: not a session or settings file: %v", arg, err)
		}
		switch head.Format {
		case link.FileFormat:
			ls, err := link.DecodeFile(b)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", arg, err)
			}
			return &source{Name: arg, Settings: ls.Settings, Weights: ls.Weights}, nil
		case nn.ModelFormat:
			return nil, fmt.Errorf("%s is a trained model; use it with `nnplay predict -model` or `nnplay export -model`", arg)
		case "":
			s := session.Default()
			s.Dataset, s.Points = "", 0
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&s); err != nil {
				return nil, fmt.Errorf("%s: not a settings file: %v", arg, err)
			}
			if err := link.ValidateSettings(&s); err != nil {
				return nil, fmt.Errorf("%s: %w", arg, err)
			}
			return &source{Name: arg, Settings: s}, nil
		default:
			return nil, fmt.Errorf("%s: unknown file format %q", arg, head.Format)
		}
	}
	if dataset != "" {
		return nil, usageError("give either a file or -dataset, not both")
	}
	// A table gets the settings the page gives a pasted table.
	return &source{Name: arg, Settings: session.Pasted(session.Default(), data.DecodeText(b)), Table: true}, nil
}

// isLink reports whether arg looks like a playground link rather than a
// file name.
func isLink(arg string) bool {
	if strings.HasPrefix(arg, "#") || strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		return true
	}
	if _, err := os.Stat(arg); err == nil {
		return false
	}
	ver, _, ok := strings.Cut(arg, ".")
	return ok && len(ver) >= 2 && ver[0] == 'v' && strings.Trim(ver[1:], "0123456789") == ""
}

// build builds the session the source describes and loads its weights.
func (src *source) build() (*session.Session, error) {
	s, err := link.Restore(&link.Session{Settings: src.Settings, Weights: src.Weights})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.Name, err)
	}
	return s, nil
}
