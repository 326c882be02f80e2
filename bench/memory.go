package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// memoryTables are the generated tables of the memory run, with their
// targets: the diamonds layout (numbers and categories) is about 50 bytes
// a row, so 1,000,000 rows fit in core/data's MaxBytes (64 MB); the messy
// table's 80 bytes a row do not, and the run says so.
var memoryTables = []struct{ Gen, Target string }{{"diamonds-like", "price"}, {"messy", "plan"}}

// memoryResult is `nnplay train` on a large generated table under
// /usr/bin/time -v.
type memoryResult struct {
	Table        string
	Rows, Epochs int
	FileBytes    int64
	MaxRSSKB     int64
	Wall         time.Duration
	Output       string // nnplay's output but its notices and warnings
	Command      string
	Failed       string // nnplay's message when it failed
}

// measureMemory writes each of memoryTables with rows rows and trains
// epochs epochs on it under /usr/bin/time -v, for the peak resident memory.
func measureMemory(r *runner, rows, epochs int) ([]*memoryResult, error) {
	var out []*memoryResult
	for _, t := range memoryTables {
		m, err := measureTable(r, t.Gen, t.Target, rows, epochs)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

func measureTable(r *runner, gen, target string, rows, epochs int) (*memoryResult, error) {
	name := fmt.Sprintf("%s-%d.csv", gen, rows)
	p := filepath.Join(r.work, "tables", name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, err
	}
	if err := generate(p, gen, rows, 1); err != nil {
		return nil, err
	}
	defer os.Remove(p)
	fi, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	m := &memoryResult{Table: gen, Rows: rows, Epochs: epochs, FileBytes: fi.Size(),
		Command: fmt.Sprintf("/usr/bin/time -v nnplay train -quiet -epochs %d -target %s %s", epochs, target, name)}
	cmd := exec.Command("/usr/bin/time", "-v", r.nnplay, "train", "-quiet", "-epochs", strconv.Itoa(epochs), "-target", target, p)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err = cmd.Run()
	m.Wall = time.Since(start)
	if err != nil {
		m.Failed = firstLine(errOut.String())
	}
	if k := regexp.MustCompile(`Maximum resident set size \(kbytes\): (\d+)`).FindStringSubmatch(errOut.String()); k != nil {
		m.MaxRSSKB, _ = strconv.ParseInt(k[1], 10, 64)
	} else if m.Failed == "" {
		return nil, fmt.Errorf("/usr/bin/time printed no maximum resident set size:\n%s", errOut.String())
	}
	var keep []string // the rows and splits, then the result: not the notices and warnings
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if !strings.HasPrefix(l, "notice:") && !strings.HasPrefix(l, "warning:") {
			keep = append(keep, l)
		}
	}
	m.Output = strings.Join(keep, "\n")
	return m, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}
