package aio

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"strings"
	"sync"
	"weak"

	goruntime "runtime"

	"github.com/aio-lang/aio/parser"
	"github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/vm"
)

// Errors that a stopped run unwraps to (with errors.Is). A run stopped by
// its context unwraps to context.Canceled or context.DeadlineExceeded.
var (
	// ErrStepLimit: the run executed more bytecode instructions than
	// WithMaxSteps allows.
	ErrStepLimit = errors.New("aio: step budget exceeded")
	// ErrMemoryLimit: the Go heap grew by more than WithMaxMemory allows
	// while the run was executing.
	ErrMemoryLimit = errors.New("aio: memory budget exceeded")
	// ErrClosed: the interpreter is closed, or was closed while the call
	// was running.
	ErrClosed = errors.New("aio: interpreter closed")
)

// Error is a script error: an uncaught exception, a syntax error, or a
// stopped run (a budget exceeded, the context cancelled, the interpreter
// closed). Use errors.As to get it from any error the API returns.
type Error struct {
	// Type is the exception class name, e.g. "ValueError" or "SyntaxError";
	// "Abort" for a stopped run, which scripts cannot catch.
	Type string
	// Message is str() of the exception, or why the run was stopped.
	Message string
	// Traceback is the full report as CPython prints it on stderr.
	Traceback string
	// Frames lists where the exception passed, outermost first. For a
	// syntax error it holds the one position of the error.
	Frames []Frame
	// Code is the exit status for SystemExit (1 for other errors).
	Code int

	// exc is the script exception, when there is one.
	exc *runtime.Instance
	// cause is the Go error behind the error: the context's error or a
	// budget error for a stopped run, the error a Go function returned
	// that the script did not catch, the *parser.SyntaxError.
	cause error
}

// Frame is one traceback entry.
type Frame struct {
	File     string
	Line     int
	Function string
	// Column is the 1-based column of a syntax error (0 when unknown).
	Column int
}

// Error formats the error as "Type: message".
func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the Go error behind e, if any: context.Canceled or
// context.DeadlineExceeded, ErrStepLimit, ErrMemoryLimit, ErrClosed, or
// the error a Go function returned that became this exception.
func (e *Error) Unwrap() error { return e.cause }

// newError makes an *Error for a Go-side failure with no script exception.
func newError(typ, msg string, cause error) *Error {
	return &Error{Type: typ, Message: msg, Traceback: typ + ": " + msg + "\n", Code: 1, cause: cause}
}

// abortError is the *Error of a run stopped for cause.
func abortError(cause error) *Error {
	msg := cause.Error()
	if errors.Is(cause, context.Canceled) || errors.Is(cause, context.DeadlineExceeded) {
		msg = "interrupted: " + msg
	}
	return &Error{Type: "Abort", Message: msg, Traceback: msg + "\n", Code: 1, cause: cause}
}

// limitError is a budget that ran out: its message says which, and it
// unwraps to ErrStepLimit or ErrMemoryLimit.
type limitError struct {
	msg  string
	kind error
}

// Error says which budget ran out.
func (e *limitError) Error() string { return e.msg }

// Unwrap is ErrStepLimit or ErrMemoryLimit.
func (e *limitError) Unwrap() error { return e.kind }

// convertError turns any error from the vm into an *Error.
func (in *Interpreter) convertError(err error) error {
	if err == nil {
		return nil
	}
	var ae *Error
	if errors.As(err, &ae) {
		return ae
	}
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		kind := se.Kind
		if kind == "" {
			kind = "SyntaxError"
		}
		return &Error{Type: kind, Message: se.Msg, Traceback: se.Format(), Code: 1, cause: se,
			Frames: []Frame{{File: se.Filename, Line: se.Line, Column: se.Col}}}
	}
	var abort *vm.Abort
	if errors.As(err, &abort) {
		if abort.Cause != nil {
			return abortError(abort.Cause)
		}
		return &Error{Type: "Abort", Message: abort.Reason, Traceback: abort.Reason + "\n", Code: 1}
	}
	var le *runtime.AbortError
	if errors.As(err, &le) {
		return abortError(le.Cause)
	}
	if errors.Is(err, ErrClosed) || errors.Is(err, ErrStepLimit) || errors.Is(err, ErrMemoryLimit) {
		return abortError(err)
	}
	exc := vm.ToException(err)
	out := &Error{Type: exc.Class.Name, exc: exc, Code: 1, cause: in.goErrors.lookup(exc)}
	if s, e := runtime.ToStr(in.vm.Thread, runtime.Obj(exc)); e == nil {
		out.Message = s
	} else {
		out.Message = runtime.ExceptionMessage(exc)
	}
	if exc.Class.IsSubtype(runtime.SystemExitType) {
		out.Code = exitCode(exc)
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
func exitCode(exc *runtime.Instance) int {
	if exc.Exc == nil {
		return 0
	}
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
	if !errors.As(err, &e) || e.Type != "SystemExit" || e.exc == nil || e.exc.Exc == nil {
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

// exceptionFor turns an error returned by a Go function into the exception
// the script sees. An *Error raises its exception again (or, made by the
// host, an exception of the built-in class it names); well-known Go errors
// map to their Python counterparts; anything else is a RuntimeError. The
// exception remembers the Go error, which the *Error of an uncaught
// exception unwraps to.
func (in *Interpreter) exceptionFor(err error) *runtime.Instance {
	var ae *Error
	if errors.As(err, &ae) {
		if ae.exc != nil {
			return ae.exc
		}
		if cls := in.builtinException(ae.Type); cls != nil && ae.Type != "Abort" {
			exc := runtime.NewException(cls, runtime.Str(ae.Message))
			if ae.cause != nil {
				in.goErrors.remember(exc, ae.cause)
			}
			return exc
		}
	}
	var exc *runtime.Instance
	if errors.As(err, &exc) {
		return exc
	}
	cls := runtime.RuntimeErrorType
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		cls = runtime.TimeoutErrorType
	case errors.Is(err, context.Canceled):
		cls = runtime.CancelledErrorType
	case errors.Is(err, fs.ErrNotExist):
		cls = runtime.FileNotFoundErrorType
	case errors.Is(err, fs.ErrExist):
		cls = runtime.FileExistsErrorType
	case errors.Is(err, fs.ErrPermission):
		cls = runtime.PermissionErrorType
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		cls = runtime.EOFErrorType
	}
	exc = runtime.NewException(cls, runtime.Str(err.Error()))
	in.goErrors.remember(exc, err)
	return exc
}

// builtinException finds a built-in exception class by name.
func (in *Interpreter) builtinException(name string) *runtime.Type {
	if name == "" || strings.ContainsAny(name, ". ") {
		return nil
	}
	v, ok := in.vm.Thread.Builtins.Get(name)
	if !ok {
		return nil
	}
	if cls, ok := v.Raw().(*runtime.Type); ok && cls.IsException {
		return cls
	}
	return nil
}

// errorOf is the Go error for a script exception: the Go error it was
// made from, or an *Error describing it.
func (in *Interpreter) errorOf(exc *runtime.Instance) error {
	if err := in.goErrors.lookup(exc); err != nil {
		return err
	}
	return in.convertError(exc)
}

// goErrorTable remembers which Go error each exception raised from a Go
// function came from, without keeping the exceptions alive.
type goErrorTable struct {
	mu sync.Mutex
	m  map[weak.Pointer[runtime.Instance]]error
}

func (g *goErrorTable) remember(exc *runtime.Instance, err error) {
	key := weak.Make(exc)
	g.mu.Lock()
	if g.m == nil {
		g.m = map[weak.Pointer[runtime.Instance]]error{}
	}
	_, known := g.m[key]
	g.m[key] = err
	g.mu.Unlock()
	if !known {
		goruntime.AddCleanup(exc, g.forget, key)
	}
}

func (g *goErrorTable) forget(key weak.Pointer[runtime.Instance]) {
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
}

func (g *goErrorTable) lookup(exc *runtime.Instance) error {
	if exc == nil {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.m == nil {
		return nil
	}
	return g.m[weak.Make(exc)]
}
