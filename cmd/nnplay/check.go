package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nnplayground/playground/core/exercise"
	"github.com/nnplayground/playground/core/link"
)

// maxCodesFile bounds the file of codes (a class's codes take kilobytes).
const maxCodesFile = 16 << 20

// checkCmd checks a class's completion codes against an exercise and writes
// the class table as CSV (exercise.WriteCSV).
func checkCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", stderr)
	out := fs.String("o", "", "write the CSV here (default: standard output)")
	classFile := fs.String("class", "", "file of the class's names, one per line: other names are flagged, names without a code listed as missing")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: nnplay check [-o out.csv] [-class names.txt] EXERCISE-LINK CODES-FILE\n\n"+
			"EXERCISE-LINK is the exercise's link (or a file holding it); CODES-FILE holds the codes,\n"+
			"one per line or among other words (\"-\" reads standard input).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageError("give the exercise link and the file of codes")
	}
	ex, err := readExercise(pos[0])
	if err != nil {
		return err
	}
	text, err := readSmall(pos[1], os.Stdin)
	if err != nil {
		return err
	}
	var class []string
	if *classFile != "" {
		names, err := readSmall(*classFile, nil)
		if err != nil {
			return err
		}
		class = strings.Split(names, "\n")
	}
	codes, ignored := exercise.FindCodes(text)
	if ignored > 0 {
		fmt.Fprintf(stderr, "nnplay check: %d words that are not codes were ignored\n", ignored)
	}
	rows := exercise.CheckClass(ex, codes, class)
	summarize(stderr, rows)
	if *out == "" {
		return exercise.WriteCSV(stdout, rows)
	}
	return writeFile(*out, func(w io.Writer) error { return exercise.WriteCSV(w, rows) })
}

// readExercise reads an exercise from its link, its URL, or a file
// holding either.
func readExercise(arg string) (*exercise.Exercise, error) {
	l := arg
	if _, err := os.Stat(arg); err == nil {
		if l, err = readSmall(arg, nil); err != nil {
			return nil, err
		}
	}
	l = strings.TrimSpace(l)
	if i := strings.IndexByte(l, '#'); i > 0 {
		l = l[i:]
	}
	ex, err := exercise.Decode(l)
	if err != nil {
		return nil, fmt.Errorf("the exercise link: %w", err)
	}
	return ex, nil
}

// readSmall reads a file of at most maxCodesFile bytes; "-" reads stdin.
func readSmall(name string, stdin io.Reader) (string, error) {
	var r io.Reader
	if name == "-" && stdin != nil {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxCodesFile+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxCodesFile {
		return "", fmt.Errorf("%s: %w: more than %d bytes", name, link.ErrTooLarge, maxCodesFile)
	}
	return string(b), nil
}

// summarize prints how many codes were accepted, flagged and refused, and
// how many names of the class list handed in none.
func summarize(w io.Writer, rows []exercise.Result) {
	n := map[string]int{}
	for i := range rows {
		n[rows[i].Verdict()]++
	}
	codes := len(rows) - n["missing"]
	fmt.Fprintf(w, "nnplay check: %d codes: %d accepted, %d flagged, %d refused", codes, n["accepted"], n["flagged"], n["refused"])
	if n["missing"] > 0 {
		fmt.Fprintf(w, "; %d names of the class list without a code", n["missing"])
	}
	fmt.Fprintln(w)
}
