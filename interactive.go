package aio

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/vm"
)

// Interactive is an interactive session on an Interpreter, the engine
// behind the REPL. The interpreter is started (Start): its event loop runs
// on its own goroutine for the whole session, and each entry typed at the
// prompt runs on it as in `python -m asyncio`: an entry that awaits at top
// level runs as a task, and tasks that entries create keep running while
// the user types the next one.
//
// Ctrl-C follows Python's asyncio REPL too: Interrupt cancels the entry's
// task (its except and finally blocks run; tasks it created keep running)
// rather than stopping the entry's run as a cancelled context would.
//
// Run, Interrupt, Completions and Close may be called from any goroutine.
type Interactive struct {
	in *Interpreter

	mu      sync.Mutex
	current *entry // the entry running, if any
}

// entry is one submission to Run.
type entry struct {
	// task is the entry's task when it awaits at top level; it belongs to
	// the loop goroutine.
	task *runtime.Task
	// interrupted is set by Interrupt: a cancelled entry then reports
	// KeyboardInterrupt instead of CancelledError.
	interrupted atomic.Bool
	finished    chan struct{}
}

// InteractiveFile is the file name of entries in tracebacks, as in CPython.
const InteractiveFile = "<stdin>"

// interruptGrace is how long Interrupt lets a cancellation reach an entry
// that waits on the loop before raising KeyboardInterrupt in whatever code
// is running (an entry computing without awaiting never lets the loop run).
const interruptGrace = 100 * time.Millisecond

// StartInteractive starts the interpreter (see Start; an interpreter
// already started is fine) for an interactive session: it imports asyncio
// into __main__, as `python -m asyncio` does, and installs help() and the
// exit()/quit() helpers that say how to exit when echoed.
func (in *Interpreter) StartInteractive() (*Interactive, error) {
	if !in.started.Load() {
		if err := in.Start(); err != nil && !in.started.Load() {
			return nil, err
		}
	}
	_, err := in.do(context.Background(), &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		installInteractiveBuiltins(t)
		mod, err := t.Import(t, "asyncio")
		if err != nil {
			return runtime.Null, err
		}
		in.vm.Main.Dict.Set("asyncio", runtime.Obj(mod))
		return runtime.None, nil
	}})
	if err != nil {
		return nil, err
	}
	return &Interactive{in: in}, nil
}

// Run compiles src as one interactive entry — expression statements echo
// their repr and set _, and await, async for and async with work at top
// level — and runs it on the session's loop, waiting until it finishes.
// Syntax errors and uncaught exceptions come back as *Error with the
// traceback CPython prints. Cancelling ctx interrupts the entry as
// Interrupt does.
func (s *Interactive) Run(ctx context.Context, src string) error {
	in := s.in
	code, err := vm.CompileInteractive(InteractiveFile, src)
	if err != nil {
		return in.convertError(err)
	}
	e := &entry{finished: make(chan struct{})}
	s.mu.Lock()
	if s.current != nil {
		s.mu.Unlock()
		return errors.New("aio: an interactive entry is already running")
	}
	s.current = e
	s.mu.Unlock()
	defer func() {
		close(e.finished)
		s.mu.Lock()
		s.current = nil
		s.mu.Unlock()
	}()
	if in.closing.Load() {
		return abortError(ErrClosed)
	}
	p := &pending{reply: make(chan result, 1)}
	in.addWaiter(p) // Close answers it
	defer in.dropWaiter(p)
	l := in.loop
	l.Post(func(t *runtime.Thread) error {
		if p.claim() {
			s.start(t, l, e, code, p)
		}
		return nil
	})
	ctxDone := ctx.Done()
	for {
		select {
		case res := <-p.reply:
			return res.err
		case <-ctxDone:
			ctxDone = nil
			s.Interrupt()
		}
	}
}

// start runs an entry on the loop goroutine: code that does not await
// runs at once, code that does becomes a task whose done-callback answers.
func (s *Interactive) start(t *runtime.Thread, l *runtime.Loop, e *entry, code *compiler.Code, p *pending) {
	in := s.in
	if in.halt.Load() {
		p.answer(nil, abortError(ErrClosed))
		return
	}
	r := in.newRun(context.Background())
	r.captured = true
	saved := in.enter(r)
	defer in.leave(saved)
	main := in.vm.Main
	if !vm.HasTopLevelAwait(code) {
		_, err := in.safeStart(&job{start: func(t *runtime.Thread) (runtime.Value, error) {
			return in.vm.RunModule(code, main)
		}}, t)
		// A Ctrl-C that came as the entry ended must not hit later code.
		in.vm.Interrupt(nil)
		p.answer(in.finishJob(r, &job{}, runtime.None, err))
		return
	}
	task, err := in.spawn(t, l, in.vm.NewCoroutineFrame(code, main.Dict), r)
	if err != nil {
		p.answer(in.finishJob(r, &job{}, runtime.Null, err))
		return
	}
	e.task = task
	err = task.AddGoCallback(&runtime.GoCallback{Name: "aio_interactive_entry", Fn: func(t *runtime.Thread, f *runtime.Future) error {
		in.vm.Interrupt(nil)
		if f.Cancelled() && e.interrupted.Load() {
			p.answer(nil, keyboardInterrupt())
			return nil
		}
		saved := in.enter(r)
		defer in.leave(saved)
		v, err := f.Result()
		p.answer(in.finishJob(r, &job{}, v, err))
		return nil
	}})
	if err != nil {
		p.answer(in.finishJob(r, &job{}, runtime.Null, err))
	}
}

// Interrupt stops the running entry, if any, as Ctrl-C does: an entry
// waiting on the loop has its task cancelled and reports
// KeyboardInterrupt; an entry busy computing gets KeyboardInterrupt raised
// where it runs. Tasks in the background keep running. Safe from any
// goroutine, including a signal handler's.
func (s *Interactive) Interrupt() {
	s.mu.Lock()
	e := s.current
	s.mu.Unlock()
	if e == nil {
		return
	}
	e.interrupted.Store(true)
	reached := make(chan struct{})
	s.in.loop.Post(func(t *runtime.Thread) error {
		close(reached)
		if task := e.task; task != nil && !task.Done() {
			_, err := task.CancelErr(t, runtime.Null)
			return err
		}
		return nil
	})
	go func() {
		select {
		case <-reached:
		case <-e.finished:
		case <-time.After(interruptGrace):
			// The loop is busy running code: interrupt that code.
			s.in.Interrupt()
		}
	}()
}

// Close ends the session by closing the interpreter (see Close): tasks
// still running are cancelled and get a moment to clean up.
func (s *Interactive) Close() error { return s.in.Close() }

// Completion is a name that could follow what the user has typed.
type Completion struct {
	// Name is the name itself (a global, a builtin or an attribute).
	Name string
	// Callable reports whether the value is callable (a completer may add
	// "(").
	Callable bool
}

// completionWait bounds how long Completions waits for a busy loop.
const completionWait = time.Second

// Completions lists, for an empty expr, the globals of __main__ and the
// builtins; for a dotted name (`obj`, `mod.sub`), the attributes of the
// object it names, as dir() lists them. Looking the object up may run
// property getters, as Python's rlcompleter does. It returns nil if the
// name does not resolve or the loop stays busy for a second.
func (s *Interactive) Completions(expr string) []Completion {
	ctx, cancel := context.WithTimeout(context.Background(), completionWait)
	defer cancel()
	var out []Completion
	_, err := s.in.do(ctx, &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		out = s.completions(t, expr)
		return runtime.None, nil
	}})
	if err != nil {
		return nil
	}
	return out
}

// keyboardInterrupt is what an interrupted entry reports: CPython's
// asyncio REPL prints just the exception name.
func keyboardInterrupt() *Error {
	return &Error{Type: "KeyboardInterrupt", Traceback: "KeyboardInterrupt\n", Code: 1}
}

// completions is Completions on the loop goroutine.
func (s *Interactive) completions(t *runtime.Thread, expr string) []Completion {
	var out []Completion
	seen := map[string]bool{}
	add := func(name string, v runtime.Value) {
		if seen[name] {
			return
		}
		seen[name] = true
		out = append(out, Completion{Name: name, Callable: !v.IsNull() && runtime.IsCallable(v)})
	}
	if expr == "" {
		for _, d := range []*runtime.AttrDict{s.in.vm.Main.Dict, t.Builtins} {
			for i, k := range d.Keys() {
				add(k, d.At(i))
			}
		}
		return out
	}
	v, err := s.in.lookup(t, expr)
	if err != nil {
		return nil
	}
	names := runtime.ObjectDir(v)
	sort.Strings(names)
	for _, n := range names {
		a, _, err := runtime.GetAttrOr(t, v, n)
		if err != nil {
			a = runtime.Null
		}
		add(n, a)
	}
	return out
}

// The helpers the interactive session adds to builtins: help, and exit
// and quit that say how to exit when echoed.

var (
	quitterType = runtime.NewBuiltinType("Quitter", nil)
	helperType  = runtime.NewBuiltinType("_Helper", nil)
)

func init() {
	quitterType.Module = "_sitebuiltins"
	helperType.Module = "_sitebuiltins"
	quitterType.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		return fmt.Sprintf("Use %s() or Ctrl-D (i.e. EOF) to exit", v.Raw().(*quitter).name), nil
	}
	quitterType.Slots.Call = func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Call(t, v.Raw().(*quitter).exit, args, kwnames)
	}
	helperType.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		return "Type help() for interactive help, or help(object) for help about object.", nil
	}
	helperType.Slots.Call = callHelp
}

// quitter is exit or quit at the prompt: its repr tells how to exit.
type quitter struct {
	name string
	exit runtime.Value
}

func (*quitter) Type() *runtime.Type { return quitterType }

// helper is the help builtin.
type helper struct{}

func (*helper) Type() *runtime.Type { return helperType }

func installInteractiveBuiltins(t *runtime.Thread) {
	b := t.Builtins
	for _, name := range []string{"exit", "quit"} {
		if fn, ok := b.Get(name); ok {
			if _, wrapped := fn.Raw().(*quitter); !wrapped {
				b.Set(name, runtime.Obj(&quitter{name: name, exit: fn}))
			}
		}
	}
	b.Set("help", runtime.Obj(&helper{}))
}

// InteractiveHelp is what help() with no argument prints.
const InteractiveHelp = `Welcome to aio ` + Version + `, Python 3.11 syntax with asyncio.

At the prompt:
  await EXPR             await directly; asyncio is already imported and one
                         event loop runs for the whole session
  asyncio.create_task()  a task keeps running while you type; what it
                         prints appears above the prompt
  _                      the last value echoed
  Tab                    complete names, keywords and attributes (obj.<Tab>)
  Ctrl-R                 search the history (kept in ~/.aio_history)
  Ctrl-C                 cancel the running statement, or clear the line
  Ctrl-D, exit()         leave

help(object) describes a module, class or function.
`

// callHelp is help() and help(object).
func callHelp(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(kwnames) > 0 || len(args) > 1 {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "help() takes at most 1 argument (%d given)", len(args))
	}
	var text string
	if len(args) == 0 {
		text = InteractiveHelp
	} else {
		var err error
		if text, err = describe(t, args[0]); err != nil {
			return runtime.Null, err
		}
	}
	_, _ = t.Stdout.Write([]byte(text))
	return runtime.None, nil
}

// describe is help(v): what v is, its signature and docstring, and for
// modules and classes their public members.
func describe(t *runtime.Thread, v runtime.Value) (string, error) {
	var b strings.Builder
	doc := func(v runtime.Value, indent string) {
		d, ok, err := runtime.GetAttrOr(t, v, "__doc__")
		if err != nil || !ok {
			return
		}
		if s, isStr := runtime.StrValue(d); isStr && s != "" {
			for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
				b.WriteString(strings.TrimRight(indent+strings.TrimSpace(line), " ") + "\n")
			}
		}
	}
	members := func(b *strings.Builder, v runtime.Value) {
		for _, n := range runtime.ObjectDir(v) {
			if strings.HasPrefix(n, "_") {
				continue
			}
			a, _, err := runtime.GetAttrOr(t, v, n)
			if err != nil || a.IsNull() {
				continue
			}
			b.WriteString(n)
			if fn, ok := a.Raw().(*vm.Function); ok {
				b.WriteString(parameters(fn))
			} else if !runtime.IsCallable(a) {
				if r, err := runtime.ReprLimited(t, a); err == nil {
					b.WriteString(" = " + r)
				}
			}
			b.WriteString("\n")
		}
	}
	switch o := v.Raw().(type) {
	case *runtime.Module:
		fmt.Fprintf(&b, "Help on module %s:\n\n", o.Name)
		doc(v, "    ")
		b.WriteString("\nMEMBERS\n")
		var list strings.Builder
		members(&list, v)
		for _, line := range strings.SplitAfter(list.String(), "\n") {
			if line != "" {
				b.WriteString("    " + line)
			}
		}
	case *runtime.Type:
		fmt.Fprintf(&b, "Help on class %s in module %s:\n\nclass %s", o.Name, o.Module, o.Name)
		if len(o.Bases) > 0 {
			names := make([]string, len(o.Bases))
			for i, base := range o.Bases {
				names[i] = base.Name
			}
			b.WriteString("(" + strings.Join(names, ", ") + ")")
		}
		b.WriteString("\n")
		doc(v, " |  ")
		b.WriteString(" |\n |  Methods and attributes:\n")
		var list strings.Builder
		members(&list, v)
		for _, line := range strings.SplitAfter(list.String(), "\n") {
			if line != "" {
				b.WriteString(" |  " + line)
			}
		}
	case *vm.Function:
		mod := "__main__"
		if m, ok := runtime.StrValue(o.Module); ok {
			mod = m
		}
		prefix := ""
		if o.Code.Flags&compiler.FlagCoroutine != 0 {
			prefix = "async "
		}
		fmt.Fprintf(&b, "Help on function %s in module %s:\n\n%s%s%s\n", o.Name, mod, prefix, o.Name, parameters(o))
		doc(v, "    ")
	default:
		if runtime.IsCallable(v) {
			name := v.TypeName()
			if n, ok, _ := runtime.GetAttrOr(t, v, "__name__"); ok {
				if s, isStr := runtime.StrValue(n); isStr {
					name = s
				}
			}
			fmt.Fprintf(&b, "Help on %s %s:\n\n%s(...)\n", v.TypeName(), name, name)
			doc(v, "    ")
		} else {
			r, err := runtime.ReprLimited(t, v)
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&b, "%s is an instance of %s.\n\n", r, v.TypeName())
			return b.String() + mustDescribeType(t, runtime.Obj(v.Type())), nil
		}
	}
	return b.String(), nil
}

func mustDescribeType(t *runtime.Thread, typ runtime.Value) string {
	s, err := describe(t, typ)
	if err != nil {
		return ""
	}
	return s
}

// parameters renders a script function's parameter list:
// (a, b=1, *args, c, **kw).
func parameters(fn *vm.Function) string {
	code := fn.Code
	var params []string
	npos := code.ArgCount
	ndef := len(fn.Defaults)
	for i := 0; i < npos; i++ {
		p := code.VarNames[i]
		if j := i - (npos - ndef); j >= 0 {
			p += "=" + runtime.ReprNoThread(fn.Defaults[j])
		}
		params = append(params, p)
		if code.PosOnlyCount > 0 && i == code.PosOnlyCount-1 {
			params = append(params, "/")
		}
	}
	idx := npos + code.KwOnlyCount
	if code.Flags&compiler.FlagVarArgs != 0 {
		params = append(params, "*"+code.VarNames[idx])
		idx++
	} else if code.KwOnlyCount > 0 {
		params = append(params, "*")
	}
	for i := npos; i < npos+code.KwOnlyCount; i++ {
		p := code.VarNames[i]
		if d, ok := fn.KwDefaults[p]; ok {
			p += "=" + runtime.ReprNoThread(d)
		}
		params = append(params, p)
	}
	if code.Flags&compiler.FlagVarKw != 0 {
		params = append(params, "**"+code.VarNames[idx])
	}
	return "(" + strings.Join(params, ", ") + ")"
}
