package repl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/aio-lang/aio"
	"github.com/chzyer/readline"
)

// Config is what Run needs from the command line.
type Config struct {
	// Stdin, Stdout and Stderr are the terminal (default: the process's).
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// HistoryFile keeps the lines typed across sessions; "" keeps none.
	// DefaultHistoryFile gives the usual one.
	HistoryFile string
	// Options configure the interpreter (sys.argv, file access, ...).
	Options []aio.Option
}

// HistoryEnv names the environment variable that overrides the history
// file; set to the empty string it turns history off.
const HistoryEnv = "AIO_HISTORY"

// DefaultHistoryFile is $AIO_HISTORY if set, else ~/.aio_history ("" when
// there is no home directory).
func DefaultHistoryFile() string {
	if p, ok := os.LookupEnv(HistoryEnv); ok {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".aio_history")
}

// Run runs an interactive session on a terminal until Ctrl-D or exit()
// and returns the exit status. Ctrl-C cancels the running entry or, at the
// prompt, the line being typed; output of background tasks is printed
// above the prompt, which is then redrawn.
func Run(cfg Config) int {
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	var sess *Session
	rlCfg := &readline.Config{
		Prompt:            PS1,
		HistoryFile:       cfg.HistoryFile,
		HistoryLimit:      1000,
		HistorySearchFold: true,
		AutoComplete: completer(func(line []rune, pos int) ([][]rune, int) {
			suffixes, n := sess.Complete(string(line), pos)
			out := make([][]rune, len(suffixes))
			for i, s := range suffixes {
				out[i] = []rune(s)
			}
			return out, n
		}),
		InterruptPrompt: "^C",
		EOFPrompt:       "\n", // readline's way to print just a newline
		Stdin:           readline.NewCancelableStdin(cfg.Stdin),
		Stdout:          cfg.Stdout,
		Stderr:          cfg.Stderr,
	}
	if cfg.HistoryFile == "" {
		rlCfg.HistoryLimit = -1
	}
	rl, err := readline.NewEx(rlCfg)
	if err != nil {
		fmt.Fprintf(cfg.Stderr, "aio: cannot start the terminal: %v\n", err)
		return 1
	}
	defer rl.Close()
	// readline's own writers redraw the prompt after output only while it
	// reads a line; its notion of reading lags behind the end of a line,
	// so Run says when a prompt is up.
	var prompting, midLine atomic.Bool
	stdout := &screenWriter{direct: cfg.Stdout, prompt: rl.Stdout(), prompting: &prompting, midLine: &midLine}
	stderr := &screenWriter{direct: cfg.Stderr, prompt: rl.Stderr(), prompting: &prompting, midLine: &midLine}
	sess, err = NewSession(stdout, stderr, cfg.Options...)
	if err != nil {
		fmt.Fprintf(cfg.Stderr, "aio: %v\n", err)
		return 1
	}
	defer sess.Close()
	fmt.Fprintln(cfg.Stdout, sess.Banner())

	// Outside readline the terminal is in cooked mode and Ctrl-C arrives
	// as SIGINT: it interrupts the running entry.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-sigs:
				sess.Interrupt()
			case <-stop:
				return
			}
		}
	}()

	prompt := PS1
	for {
		rl.SetPrompt(prompt)
		stdout.Flush()
		stderr.Flush()
		if midLine.Swap(false) {
			// readline draws the prompt over the current line: keep what
			// was printed without a newline.
			fmt.Fprintln(cfg.Stdout)
		}
		prompting.Store(true)
		line, err := rl.Readline()
		prompting.Store(false)
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			sess.CancelInput()
			prompt = PS1
			continue
		case err != nil: // io.EOF: Ctrl-D on an empty line
			return 0
		}
		stdout.Flush()
		stderr.Flush()
		prompt = sess.Feed(line)
		if code, ok := sess.Exited(); ok {
			return code
		}
	}
}

// completer adapts a function to readline's AutoCompleter.
type completer func(line []rune, pos int) ([][]rune, int)

func (c completer) Do(line []rune, pos int) ([][]rune, int) { return c(line, pos) }

// screenWriter prints the interpreter's output. While the prompt is up it
// writes through readline, whole lines only, each above the prompt, which
// readline then redraws; a partial line waits for its end or for the
// prompt to go.
type screenWriter struct {
	mu        sync.Mutex
	direct    io.Writer // the terminal
	prompt    io.Writer // readline's writer that redraws the prompt
	prompting *atomic.Bool
	// midLine records that the terminal's cursor is not at the start of
	// a line after what was written directly.
	midLine *atomic.Bool
	partial []byte
}

func (s *screenWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.prompting.Load() {
		if err := s.flush(); err != nil {
			return 0, err
		}
		if len(p) > 0 {
			s.midLine.Store(p[len(p)-1] != '\n')
		}
		return s.direct.Write(p)
	}
	data := append(s.partial, p...)
	i := bytes.LastIndexByte(data, '\n')
	if i < 0 {
		s.partial = data
		return len(p), nil
	}
	s.partial = append([]byte(nil), data[i+1:]...)
	if _, err := s.prompt.Write(data[:i+1]); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a partial line held back while the prompt was up.
func (s *screenWriter) Flush() {
	s.mu.Lock()
	defer s.mu.Unlock()
	_ = s.flush()
}

func (s *screenWriter) flush() error {
	if len(s.partial) == 0 {
		return nil
	}
	_, err := s.direct.Write(s.partial)
	s.midLine.Store(s.partial[len(s.partial)-1] != '\n')
	s.partial = nil
	return err
}
