// Package aio embeds the aio scripting language — Python 3.11 syntax and
// asyncio semantics — in Go programs.
//
//	in := aio.New(aio.WithStdout(os.Stdout))
//	err := in.Exec(ctx, "hello.aio", `print("hello")`)
package aio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/parser"
	"github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/stdlib"
	"github.com/aio-lang/aio/vm"
)

// Version is the aio release.
const Version = "0.1.0"

// Interpreter is one aio interpreter: its globals persist across Exec
// calls. It is not safe for concurrent use except where a method says so.
type Interpreter struct {
	vm   *vm.VM
	opts options
}

type options struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	fsys           fs.FS
	argv           []string
	files          bool
	recursionLimit int
	maxSteps       int64
}

// Option configures an Interpreter.
type Option func(*options)

// WithStdout sets where print writes (default os.Stdout).
func WithStdout(w io.Writer) Option { return func(o *options) { o.stdout = w } }

// WithStderr sets where warnings and sys.stderr go (default os.Stderr).
func WithStderr(w io.Writer) Option { return func(o *options) { o.stderr = w } }

// WithStdin sets what input() and sys.stdin read (default: empty).
func WithStdin(r io.Reader) Option { return func(o *options) { o.stdin = r } }

// WithFS sets where `import name` finds name.aio.
func WithFS(fsys fs.FS) Option { return func(o *options) { o.fsys = fsys } }

// WithArgs sets sys.argv.
func WithArgs(argv []string) Option { return func(o *options) { o.argv = argv } }

// WithFiles grants scripts the open() builtin on the host's file system.
func WithFiles(allow bool) Option { return func(o *options) { o.files = allow } }

// WithRecursionLimit sets the maximum depth of script calls (default 1000).
func WithRecursionLimit(n int) Option { return func(o *options) { o.recursionLimit = n } }

// WithMaxSteps limits the bytecode instructions of each Exec, Eval or Call.
func WithMaxSteps(n int64) Option { return func(o *options) { o.maxSteps = n } }

// New makes an interpreter.
func New(opts ...Option) *Interpreter {
	o := options{stdout: os.Stdout, stderr: os.Stderr, stdin: strings.NewReader(""), recursionLimit: 1000}
	for _, opt := range opts {
		opt(&o)
	}
	sopts := stdlib.Options{AllowFiles: o.files}
	m := vm.New(stdlib.Builtins(sopts))
	for name, mk := range stdlib.Modules(sopts) {
		m.Native[name] = mk
	}
	t := m.Thread
	t.Stdout, t.Stderr, t.Stdin = o.stdout, o.stderr, o.stdin
	t.MaxDepth = o.recursionLimit
	t.Argv = o.argv
	m.FS = o.fsys
	m.MaxSteps = o.maxSteps
	return &Interpreter{vm: m, opts: o}
}

// Exec runs src as the __main__ module (named filename in tracebacks);
// globals it defines stay for later calls.
func (in *Interpreter) Exec(ctx context.Context, filename, src string) error {
	code, err := in.vm.Compile(filename, src, compiler.ModeExec)
	if err != nil {
		return in.convertError(err)
	}
	main := in.vm.Main
	main.Dict.Set("__file__", runtime.Str(filename))
	return in.run(ctx, func() error {
		_, err := in.vm.RunModule(code, main)
		return err
	})
}

// Disassemble compiles src and writes its bytecode listing to w.
func (in *Interpreter) Disassemble(w io.Writer, filename, src string) error {
	code, err := in.vm.Compile(filename, src, compiler.ModeExec)
	if err != nil {
		return in.convertError(err)
	}
	compiler.Disassemble(w, code)
	return nil
}

// run executes fn with ctx installed and no Go panic escaping.
func (in *Interpreter) run(ctx context.Context, fn func() error) (err error) {
	t := in.vm.Thread
	t.Ctx = ctx
	in.vm.Steps = 0
	defer func() {
		t.Ctx = nil
		if r := recover(); r != nil {
			err = &Error{Type: "SystemError", Message: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	if e := fn(); e != nil {
		return in.convertError(e)
	}
	return nil
}

// Error is a script error: an uncaught exception, a syntax error, or a
// stopped run (budget exceeded, context cancelled).
type Error struct {
	// Type is the exception class name, e.g. "ValueError" or "SyntaxError".
	Type string
	// Message is str() of the exception.
	Message string
	// Traceback is the full report as CPython prints it on stderr.
	Traceback string
	// Frames lists where the exception passed, outermost first.
	Frames []Frame
	// Code is the exit status for SystemExit.
	Code int
	// Exception is the script exception, when there is one.
	exc *runtime.Instance
	// cause is the Go error behind an aborted run.
	cause error
}

// Frame is one traceback entry.
type Frame struct {
	File     string
	Line     int
	Function string
}

func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the Go error behind an aborted run (context.Canceled,
// context.DeadlineExceeded), if any.
func (e *Error) Unwrap() error { return e.cause }

func (in *Interpreter) convertError(err error) error {
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		return &Error{Type: se.Kind, Message: se.Msg, Traceback: se.Format(), Frames: []Frame{{File: se.Filename, Line: se.Line}}, Code: 1}
	}
	var abort *vm.Abort
	if errors.As(err, &abort) {
		return &Error{Type: "Abort", Message: abort.Reason, Traceback: abort.Reason + "\n", cause: abort.Cause, Code: 1}
	}
	exc := vm.ToException(err)
	out := &Error{Type: exc.Class.Name, exc: exc, Code: 1}
	if s, e := runtime.ToStr(in.vm.Thread, runtime.Obj(exc)); e == nil {
		out.Message = s
	} else {
		out.Message = runtime.ExceptionMessage(exc)
	}
	if exc.Class.IsSubtype(runtime.SystemExitType) {
		out.Code = exitCode(in.vm.Thread, exc)
	}
	if exc.Exc != nil {
		for _, tb := range exc.Exc.Traceback {
			out.Frames = append(out.Frames, Frame{File: tb.File, Line: tb.Line, Function: tb.Func})
		}
	}
	out.Traceback = in.vm.FormatTraceback(exc)
	return out
}

// exitCode is the process status for an uncaught SystemExit.
func exitCode(t *runtime.Thread, exc *runtime.Instance) int {
	args, _ := exc.Exc.Args.Raw().(*runtime.Tuple)
	if args == nil || len(args.Items) == 0 {
		return 0
	}
	code := args.Items[0]
	if len(args.Items) > 1 {
		return 1
	}
	if code.IsNone() {
		return 0
	}
	if code.IsInt() || code.IsBool() {
		return int(code.AsInt()) & 0xff
	}
	return 1
}

// IsSystemExit reports whether err is a script's SystemExit and, if so,
// what it prints on stderr ("" for an integer code) and the exit status.
func IsSystemExit(err error) (msg string, code int, ok bool) {
	var e *Error
	if !errors.As(err, &e) || e.Type != "SystemExit" || e.exc == nil {
		return "", 0, false
	}
	args, _ := e.exc.Exc.Args.Raw().(*runtime.Tuple)
	if args != nil && len(args.Items) == 1 {
		v := args.Items[0]
		if !v.IsNone() && !v.IsInt() && !v.IsBool() {
			return e.Message + "\n", 1, true
		}
	}
	return "", e.Code, true
}
