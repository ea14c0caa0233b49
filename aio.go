// Package aio embeds the aio scripting language — Python 3.11 syntax and
// asyncio semantics — in Go programs.
//
//	in := aio.New(aio.WithStdout(os.Stdout))
//	defer in.Close()
//	err := in.Exec(ctx, "hello.aio", `print("hello")`)
//
// An Interpreter keeps its globals across calls. Go code reaches scripts
// with Exec, Eval, Call and Get; scripts reach Go through values set with
// Set, functions registered with Func and AsyncFunc, and modules registered
// with Module. Go values are converted both ways (see Set and Get).
//
// Concurrency: an interpreter runs script code on one goroutine at a time.
// Until Start is called, each API call runs on the caller's goroutine and
// calls from several goroutines take turns; a Go function called by a
// script lets other goroutines in while it runs, as Python's GIL does for
// blocking calls. After Start the event loop runs on its own goroutine and
// every call (Submit above all) is scheduled on it, so many goroutines can
// share one interpreter and their async calls run concurrently.
//
// Limits: the context of every call, WithMaxSteps and WithMaxMemory stop
// a run, uncatchably for the script, and leave the interpreter usable.
// No Go panic escapes an API call.
package aio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/stdlib"
	"github.com/aio-lang/aio/vm"
)

// background is context.Background(), compared with to skip its checks.
var background = context.Background()

// Version is the aio release.
const Version = "0.1.0"

// Interpreter is one aio interpreter: a __main__ module whose globals
// persist across calls, imported modules, and an event loop. Its methods
// are safe for concurrent use (see the package documentation for how
// calls share the interpreter).
type Interpreter struct {
	vm   *vm.VM
	opts options

	// mu is the interpreter lock: held by the goroutine that runs script
	// code while the interpreter is not started. gilHeld says that it is
	// held by the running code (and so can be released around Go calls).
	mu      sync.Mutex
	gilHeld atomic.Bool

	// loop is the interpreter's event loop (created on first use): async
	// calls run on it, and after Start it runs on its own goroutine.
	loop    *runtime.Loop
	factory runtime.Value
	// cur is the run whose code executes now; spare is a run to reuse.
	cur   *run
	spare *run
	// lastName caches where lookup found the last global name.
	lastName nameCache
	// argBuf holds the arguments of an outermost Call.
	argBuf  [6]runtime.Value
	argBusy bool

	started atomic.Bool
	closing atomic.Bool
	closed  atomic.Bool
	halt    atomic.Bool // stop any running code at once (Close)
	// stopCurrent stops the code running now (Close, when a task does not
	// let the loop get to the drain).
	stopCurrent atomic.Bool
	inGoCall    atomic.Int32 // Go functions running on the loop goroutine
	loopGID     atomic.Int64 // the goroutine running the started loop
	srv         *server

	// life is cancelled by Close: it bounds the Go async functions.
	life       context.Context
	endLife    context.CancelFunc
	hostCalls  sync.WaitGroup
	waitersMu  sync.Mutex
	waiters    map[*pending]struct{}
	closeOnce  sync.Once
	closeError error

	goErrors goErrorTable
	progs    map[*Program]*compiler.Code
	mem      memSampler
}

// builtinTemplates holds, per stdlib.Options, a builtins namespace built
// once; each interpreter gets a copy.
var builtinTemplates sync.Map

func builtinsFor(o stdlib.Options) *runtime.AttrDict {
	if d, ok := builtinTemplates.Load(o); ok {
		return d.(*runtime.AttrDict).Clone()
	}
	d, _ := builtinTemplates.LoadOrStore(o, stdlib.Builtins(o))
	return d.(*runtime.AttrDict).Clone()
}

// New makes an interpreter. It is cheap (the builtins are built once per
// process and copied), so making one per request is fine.
func New(opts ...Option) *Interpreter {
	o := options{stdout: os.Stdout, stderr: os.Stderr, stdin: strings.NewReader(""), recursionLimit: 1000}
	for _, opt := range opts {
		opt(&o)
	}
	sopts := stdlib.Options{AllowFiles: o.files, AllowNetwork: o.network, AllowSubprocess: o.subprocess}
	m := vm.New(builtinsFor(sopts))
	for name, mk := range stdlib.Modules(sopts) {
		m.Native[name] = mk
	}
	for _, name := range o.without {
		delete(m.Native, name)
	}
	t := m.Thread
	t.Stdout, t.Stderr, t.Stdin = o.stdout, o.stderr, o.stdin
	t.MaxDepth = o.recursionLimit
	t.Argv = o.argv
	if o.virtualTime {
		t.SetVirtualTime(true)
	}
	m.FS = o.fsys
	in := &Interpreter{vm: m, opts: o}
	in.life, in.endLife = context.WithCancel(context.Background())
	if o.maxSteps > 0 || o.maxMemory > 0 {
		m.MemCheck = in.check
	}
	if o.maxMemory > 0 {
		m.MemReserve = in.reserve
	}
	return in
}

// Exec runs src as the __main__ module (named filename in tracebacks);
// the globals it defines stay for later calls.
func (in *Interpreter) Exec(ctx context.Context, filename, src string) error {
	_, err := in.do(ctx, &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		code, err := in.vm.Compile(filename, src, compiler.ModeExec)
		if err != nil {
			return runtime.Null, err
		}
		return in.runMain(code, filename)
	}})
	return err
}

// runMain runs module code in __main__.
func (in *Interpreter) runMain(code *compiler.Code, filename string) (runtime.Value, error) {
	in.vm.Main.Dict.Set("__file__", runtime.Str(filename))
	return in.vm.RunModule(code, in.vm.Main)
}

// Eval evaluates one expression with the __main__ globals and returns its
// value converted to Go (see Get).
func (in *Interpreter) Eval(ctx context.Context, expr string) (any, error) {
	return in.do(ctx, &job{
		start: func(t *runtime.Thread) (runtime.Value, error) {
			code, err := in.vm.Compile("<string>", strings.TrimSpace(expr), compiler.ModeEval)
			if err != nil {
				return runtime.Null, err
			}
			return in.vm.RunModule(code, in.vm.Main)
		},
		finish: in.result,
	})
}

// Set converts value to an aio value (see the conversion rules below) and
// binds it to the global name.
//
// Go to aio: nil is None; bools, integers of every size, floats and
// strings become bool, int, float and str; []byte becomes bytes;
// time.Duration becomes float seconds; other slices and arrays become
// lists and maps become dicts (copies, converted element by element); a
// struct becomes an object whose exported fields are attributes (named by
// the field tag `aio:"name"`, or the field name; `aio:"-"` hides a field)
// and whose exported methods can be called; a pointer to a struct is the
// same object over the Go struct itself, so changes made by either side
// show on the other; a func becomes a callable (see Func); an error
// becomes an exception; an *Object is the aio value it holds; any other
// value is an opaque object. Go values that are not converted to a plain
// aio value (structs, pointers, funcs, errors from Go, opaque values) come
// back from Get as themselves.
func (in *Interpreter) Set(name string, value any) error {
	_, err := in.do(context.Background(), &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		v, err := in.toValue(value)
		if err != nil {
			return runtime.Null, err
		}
		in.vm.Main.Dict.Set(name, v)
		return runtime.None, nil
	}})
	return err
}

// Get returns the global name converted to Go.
//
// aio to Go: None is nil; bool, int and float are bool, int64 and float64
// (an int too big for int64 is a *big.Int); str is string; bytes and
// bytearray are []byte; list, tuple and set are []any; a dict is a
// map[string]any when all its keys are strings, else a map[any]any; an
// exception is an error; values that came from Go are the Go values
// themselves; anything else (functions, classes, instances) is an *Object.
func (in *Interpreter) Get(name string) (any, error) {
	return in.do(context.Background(), &job{
		start: func(t *runtime.Thread) (runtime.Value, error) {
			if v, ok := in.vm.Main.Dict.Get(name); ok {
				return v, nil
			}
			return runtime.Null, runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", name)
		},
		finish: in.result,
	})
}

// Func binds a Go function to the global name, as a callable for scripts.
// fn is one of:
//
//   - a func with any parameters and results: script arguments are
//     converted to the parameter types (a TypeError names the parameter on
//     a mismatch), a leading context.Context parameter receives the
//     call's context, a variadic parameter takes the remaining arguments;
//     the results are converted back, with a last error result raised as
//     an exception (see Set), two or more other results becoming a tuple;
//   - func(a aio.Args) (any, error), which converts only the arguments it
//     reads (see Args): fast whatever the arguments are;
//   - func(args []any, kwargs map[string]any) (any, error), which receives
//     the arguments converted as by Get (also with a leading
//     context.Context);
//   - a GoFunc, to give the parameter names that keyword arguments use.
//
// Go has no parameter names at run time: without GoFunc.Params a typed
// function takes positional arguments only. Typed functions of common
// signatures (up to two parameters of types int, int64, float64, string,
// bool or any) are called without reflection; others through
// reflect.Value.Call, which costs about a microsecond more.
func (in *Interpreter) Func(name string, fn any) error {
	gf, ok := fn.(GoFunc)
	if !ok {
		gf = GoFunc{Fn: fn}
	}
	return in.bindFunc(name, gf)
}

// AsyncFunc binds a Go function that scripts await. fn takes a
// context.Context first and returns (T, error), (T) or (error); it may be
// a GoFunc with Params. Calling it from a script makes a coroutine;
// awaiting it runs fn on a new goroutine while the event loop runs other
// tasks, and its result (or its error, as an exception) resumes the
// awaiting task. Cancelling the task cancels fn's context, and so does the
// end of the call that started it and Close; a result that arrives after
// Close is dropped.
func (in *Interpreter) AsyncFunc(name string, fn any) error {
	gf, ok := fn.(GoFunc)
	if !ok {
		gf = GoFunc{Fn: fn}
	}
	gf.Async = true
	return in.bindFunc(name, gf)
}

func (in *Interpreter) bindFunc(name string, gf GoFunc) error {
	f, err := newGoFunc(in, name, gf)
	if err != nil {
		return err
	}
	_, err = in.do(context.Background(), &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		in.vm.Main.Dict.Set(name, runtime.Obj(f))
		return runtime.None, nil
	}})
	return err
}

// Call calls the script callable named name (a global, or a dotted path
// such as "obj.method") with args converted as by Set, and returns its
// result converted as by Get. An async function runs to completion on the
// interpreter's event loop, with the tasks left from earlier calls. Errors
// are *Error values.
func (in *Interpreter) Call(ctx context.Context, name string, args ...any) (any, error) {
	return in.call(ctx, name, runtime.Null, args)
}

// Submit is Call for servers: after Start it schedules the call on the
// event loop as a task and waits for its result, so calls submitted from
// many goroutines run concurrently on one interpreter, interleaving at
// their awaits. When ctx ends first, Submit returns at once and the task
// is stopped. Before Start it is the same as Call.
func (in *Interpreter) Submit(ctx context.Context, name string, args ...any) (any, error) {
	return in.call(ctx, name, runtime.Null, args)
}

// call is Call, Submit and Object.Call: fn, or the callable at name when
// fn is Null. The common case (not started) takes a short path.
func (in *Interpreter) call(ctx context.Context, name string, fn runtime.Value, args []any) (any, error) {
	if ctx == nil {
		ctx = background
	}
	if in.started.Load() || in.closing.Load() || ctx != background && ctx.Value(originKey{}) != nil {
		return in.callPosted(ctx, name, fn, args)
	}
	in.mu.Lock()
	if in.started.Load() || in.closing.Load() {
		in.mu.Unlock()
		return in.callPosted(ctx, name, fn, args)
	}
	in.gilHeld.Store(true)
	res, err := in.callDirect(ctx, name, fn, args)
	in.gilHeld.Store(false)
	in.mu.Unlock()
	return res, err
}

// callPosted is call through do; it copies args, which the job keeps, so
// that the caller's argument slice does not escape.
func (in *Interpreter) callPosted(ctx context.Context, name string, fn runtime.Value, args []any) (any, error) {
	return in.do(ctx, in.callJob(name, fn, append([]any(nil), args...)))
}

// callDirect is direct(callJob(...)) without the allocations.
func (in *Interpreter) callDirect(ctx context.Context, name string, fn runtime.Value, args []any) (res any, err error) {
	if ctx != background {
		if e := ctx.Err(); e != nil {
			return nil, abortError(e)
		}
	}
	r := in.newRun(ctx)
	s := in.enter(r)
	var argv []runtime.Value
	usesBuf := false
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, internalError(p)
		}
		if usesBuf {
			in.argBusy = false
		}
		for i := range argv {
			argv[i] = runtime.Null
		}
		in.leave(s)
		in.release(r)
	}()
	t := in.vm.Thread
	if fn.IsNull() {
		if fn, err = in.lookup(t, name); err != nil {
			return nil, in.convertError(err)
		}
	}
	if len(args) <= len(in.argBuf) && !in.argBusy {
		in.argBusy, usesBuf = true, true
		argv = in.argBuf[:len(args)]
	} else {
		argv = make([]runtime.Value, len(args))
	}
	for i, a := range args {
		if argv[i], err = in.toValue(a); err != nil {
			return nil, in.convertError(err)
		}
	}
	v, err := runtime.Call(t, fn, argv, nil)
	if err == nil && runtime.IsCoroutine(v) {
		v, err = in.complete(r, v)
	}
	if err != nil {
		return nil, in.runError(r, err)
	}
	return in.toGo(v)
}

// callJob calls fn (or the callable at name when fn is Null).
func (in *Interpreter) callJob(name string, fn runtime.Value, args []any) *job {
	return &job{
		start: func(t *runtime.Thread) (runtime.Value, error) {
			callee := fn
			if callee.IsNull() {
				v, err := in.lookup(t, name)
				if err != nil {
					return runtime.Null, err
				}
				callee = v
			}
			var buf [6]runtime.Value
			argv := buf[:0]
			if len(args) > len(buf) {
				argv = make([]runtime.Value, 0, len(args))
			}
			for _, a := range args {
				v, err := in.toValue(a)
				if err != nil {
					return runtime.Null, err
				}
				argv = append(argv, v)
			}
			return runtime.Call(t, callee, argv, nil)
		},
		await:  true,
		finish: in.result,
	}
}

// lookup resolves a global name or a dotted path.
func (in *Interpreter) lookup(t *runtime.Thread, name string) (runtime.Value, error) {
	g, b := in.vm.Main.Dict, t.Builtins
	if c := &in.lastName; c.name == name && c.gver == g.Version && c.bver == b.Version {
		if c.builtin {
			return b.At(c.idx), nil
		}
		return g.At(c.idx), nil
	}
	first, rest, dotted := strings.Cut(name, ".")
	if !dotted {
		if i := g.Find(name); i >= 0 {
			in.lastName = nameCache{name: name, gver: g.Version, bver: b.Version, idx: i}
			return g.At(i), nil
		}
		if i := b.Find(name); i >= 0 {
			in.lastName = nameCache{name: name, gver: g.Version, bver: b.Version, idx: i, builtin: true}
			return b.At(i), nil
		}
	}
	v, ok := g.Get(first)
	if !ok {
		if v, ok = t.Builtins.Get(first); !ok {
			return runtime.Null, runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", first)
		}
	}
	for dotted {
		var attr string
		attr, rest, dotted = strings.Cut(rest, ".")
		r, err := runtime.GetAttr(t, v, attr)
		if err != nil {
			return runtime.Null, err
		}
		v = r
	}
	return v, nil
}

// nameCache remembers where lookup found a name, in the globals or the
// builtins; it holds while neither gains or loses a name (AttrDict.Version
// is unique to each dict and each change).
type nameCache struct {
	name       string
	gver, bver uint64 // versions of the globals and the builtins
	idx        int
	builtin    bool
}

// Module registers a Go module that scripts import by name. members are
// converted as by Set when the module is first imported (each import in
// each interpreter gets its own module); Go funcs become callables as by
// Func, and a GoFunc with Async set is awaitable as by AsyncFunc.
func (in *Interpreter) Module(name string, members map[string]any) error {
	if name == "" {
		return errors.New("aio: Module needs a name")
	}
	members = cloneMembers(members)
	_, err := in.do(context.Background(), &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		in.vm.Native[name] = func(t *runtime.Thread) (*runtime.Module, error) {
			m := runtime.NewModule(name)
			for _, k := range sortedKeys(members) {
				v, err := in.memberValue(k, members[k])
				if err != nil {
					return nil, err
				}
				m.Dict.Set(k, v)
			}
			return m, nil
		}
		delete(t.Modules, name)
		return runtime.None, nil
	}})
	return err
}

// memberValue converts a module member; funcs are named after the member.
func (in *Interpreter) memberValue(name string, x any) (runtime.Value, error) {
	switch f := x.(type) {
	case GoFunc:
		g, err := newGoFunc(in, name, f)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(g), nil
	}
	if isFunc(x) {
		g, err := newGoFunc(in, name, GoFunc{Fn: x})
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(g), nil
	}
	return in.toValue(x)
}

// Interrupt raises KeyboardInterrupt in the running script at its next
// check (within about a thousand instructions); it is what a REPL does on
// Ctrl-C. It may be called from any goroutine; it does nothing to a
// script that is waiting.
func (in *Interpreter) Interrupt() {
	in.vm.Interrupt(runtime.NewException(runtime.KeyboardInterruptType))
}

// Disassemble compiles src and writes its bytecode listing to w.
func (in *Interpreter) Disassemble(w io.Writer, filename, src string) error {
	code, err := vm.CompileSource(filename, src, compiler.ModeExec)
	if err != nil {
		return in.convertError(err)
	}
	compiler.Disassemble(w, code)
	return nil
}

// result converts a final value to Go (on the interpreter's goroutine).
func (in *Interpreter) result(v runtime.Value) (any, error) {
	return in.toGo(v)
}

// internalError reports a Go panic caught at the API boundary.
func internalError(p any) error {
	return newError("SystemError", fmt.Sprintf("internal error: %v", p), nil)
}
