// Package repl is aio's interactive prompt. Session holds the
// read–eval–print logic — collecting lines into entries, running them on
// one event loop with top-level await, echoing results and printing
// errors — and needs no terminal; Run puts it on a terminal with
// github.com/chzyer/readline (history, Ctrl-R search, completion).
package repl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/aio-lang/aio"
	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
	"github.com/aio-lang/aio/parser"
)

// The prompts, as in Python.
const (
	PS1 = ">>> "
	PS2 = "... "
)

// Session is an interactive session without a terminal: Feed gives it the
// lines typed one by one and returns the prompt for the next. Output of the
// entries (and of tasks running in the background) goes to the writers
// given to NewSession, which must accept writes from other goroutines.
type Session struct {
	inter  *aio.Interactive
	stdout io.Writer
	stderr io.Writer

	// lines is the entry being typed.
	lines []string

	mu       sync.Mutex
	exited   bool
	exitCode int
}

// NewSession starts an interactive session whose interpreter prints to
// stdout and stderr; opts configure the interpreter further (stdin,
// sys.argv, file access). Close ends it.
func NewSession(stdout, stderr io.Writer, opts ...aio.Option) (*Session, error) {
	opts = append(append([]aio.Option(nil), opts...), aio.WithStdout(stdout), aio.WithStderr(stderr))
	in := aio.New(opts...)
	inter, err := in.StartInteractive()
	if err != nil {
		in.Close()
		return nil, err
	}
	return &Session{inter: inter, stdout: stdout, stderr: stderr}, nil
}

// Banner is the line printed when the session starts.
func (s *Session) Banner() string {
	return fmt.Sprintf("aio %s (Python 3.11 syntax, asyncio REPL: use await directly). Type help() for help, Ctrl-D or exit() to exit.", aio.Version)
}

// Prompt is the prompt for the next line: PS1, or PS2 inside an entry.
func (s *Session) Prompt() string {
	if len(s.lines) > 0 {
		return PS2
	}
	return PS1
}

// Feed takes one line typed at the prompt (without its newline). When the
// line completes an entry, Feed runs it, prints what it echoes or raises,
// and returns once it has finished. It returns the next prompt.
func (s *Session) Feed(line string) string {
	if len(s.lines) == 0 && strings.TrimSpace(line) == "" {
		return PS1
	}
	s.lines = append(s.lines, line)
	src := strings.Join(s.lines, "\n") + "\n"
	if !complete(src, strings.TrimSpace(line) == "") {
		return PS2
	}
	s.lines = nil
	s.Run(context.Background(), src)
	return PS1
}

// complete reports whether src, the lines of an entry so far, is ready to
// run. The parser decides: input it reports as incomplete (an open
// bracket or string, a trailing backslash, a block header with no body)
// needs more lines. A compound statement (def, if, for, ...) also runs
// only after a blank line, since more of its block may follow. A blank
// line ends the entry unless the lexer is inside brackets or a string: a
// block still incomplete then is a syntax error, reported when it runs.
func complete(src string, blank bool) bool {
	mod, err := parser.ParseFile(aio.InteractiveFile, src)
	if err != nil {
		if !parser.IsIncomplete(err) {
			return true
		}
		if !blank {
			return false
		}
		_, lexErr := lexer.Tokenize(aio.InteractiveFile, src)
		var le *lexer.Error
		if errors.As(lexErr, &le) && le.Incomplete {
			return false
		}
		return true
	}
	if blank {
		return true
	}
	for _, st := range mod.Body {
		switch st.(type) {
		case *ast.FunctionDef, *ast.ClassDef, *ast.If, *ast.For, *ast.While, *ast.With, *ast.Try:
			return false
		}
	}
	return true
}

// Run runs src as one entry and prints its error, if any; it returns the
// error. A SystemExit ends the session (see Exited).
func (s *Session) Run(ctx context.Context, src string) error {
	err := s.inter.Run(ctx, src)
	if err != nil {
		s.report(err)
	}
	return err
}

// report prints an entry's error as CPython's REPL does.
func (s *Session) report(err error) {
	if msg, code, ok := aio.IsSystemExit(err); ok {
		fmt.Fprint(s.stderr, msg)
		s.mu.Lock()
		s.exited, s.exitCode = true, code
		s.mu.Unlock()
		return
	}
	var e *aio.Error
	if errors.As(err, &e) {
		if e.Type == "KeyboardInterrupt" {
			// Start below the ^C the terminal echoed.
			fmt.Fprint(s.stderr, "\n")
		}
		fmt.Fprint(s.stderr, e.Traceback)
		return
	}
	fmt.Fprintln(s.stderr, err)
}

// CancelInput drops the entry being typed and prints KeyboardInterrupt,
// as Ctrl-C at the prompt does.
func (s *Session) CancelInput() {
	s.lines = nil
	fmt.Fprintln(s.stderr, "KeyboardInterrupt")
}

// Interrupt stops the entry that is running, as Ctrl-C does: it is
// cancelled (or interrupted, if it computes without awaiting) and reports
// KeyboardInterrupt; tasks in the background keep running. Safe from any
// goroutine.
func (s *Session) Interrupt() { s.inter.Interrupt() }

// Exited reports whether an entry ended the session with SystemExit
// (exit(), sys.exit()), and the exit status.
func (s *Session) Exited() (code int, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.exitCode, s.exited
}

// Close ends the session: tasks still running are cancelled and get a
// moment to clean up.
func (s *Session) Close() error { return s.inter.Close() }
