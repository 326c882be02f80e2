package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

const usage = `nnplay trains the playground's networks on the command line.

Usage:
  nnplay train   [flags] <file.csv | session.json | settings.json | link>
  nnplay train   [flags] -dataset NAME
  nnplay predict -model model.json [-o out.csv] data.csv
  nnplay export  -format numpy|pytorch -model model.json -data data.csv [-o script.py]
  nnplay export  -format numpy|pytorch [training flags] <source> [-o script.py]
  nnplay check   [-o out.csv] [-class names.txt] EXERCISE-LINK CODES-FILE

Run "nnplay <command> -h" for a command's flags.
`

// errUsage marks errors in the command line (exit status 2).
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the command line args and returns the exit status: 0 on
// success, 1 when the command failed, 2 for a bad command line.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "train":
		err = train(args[1:], stdout, stderr)
	case "predict":
		err = predictCmd(args[1:], stdout, stderr)
	case "export":
		err = exportCmd(args[1:], stdout, stderr)
	case "check":
		err = checkCmd(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "nnplay: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "nnplay %s: %v\n", args[0], err)
		return 2
	}
	fmt.Fprintf(stderr, "nnplay %s: %v\n", args[0], err)
	return 1
}

// usageError returns an error for a bad command line.
func usageError(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
}
