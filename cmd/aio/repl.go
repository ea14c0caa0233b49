package main

import (
	"io"
	"os"

	"github.com/aio-lang/aio"
	"github.com/aio-lang/aio/repl"
	"github.com/chzyer/readline"
)

// isTerminal reports whether r is a terminal, where `aio` with no
// arguments opens the interactive prompt.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// runREPL runs the interactive prompt on the terminal and returns the exit
// status; extra are the run options of the command line (--virtual-time).
func runREPL(stdin io.Reader, stdout, stderr io.Writer, extra ...aio.Option) int {
	return repl.Run(repl.Config{
		Stdin:       stdin,
		Stdout:      stdout,
		Stderr:      stderr,
		HistoryFile: repl.DefaultHistoryFile(),
		Options: append([]aio.Option{
			aio.WithStdin(stdin),
			aio.WithArgs([]string{""}),
			aio.WithFS(os.DirFS(".")),
			aio.WithFiles(true),
			aio.WithNetwork(true),
			aio.WithSubprocess(true),
		}, extra...),
	})
}
