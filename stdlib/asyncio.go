package stdlib

import (
	"strconv"
	"strings"

	"github.com/aio-lang/aio/runtime"
)

// This file is the asyncio module's table, the event loop functions
// (get_running_loop, get_event_loop, new_event_loop, set_event_loop) and
// asyncio.run with its Runner, following CPython 3.11's runners.py. The
// loop, Future and Task live in the runtime package; the rest of the
// module is in the other asyncio_*.go files.

// Exception classes of the asyncio module defined here.
var (
	brokenBarrierErrorType       = runtime.NewExceptionType("BrokenBarrierError", "asyncio.exceptions", runtime.RuntimeErrorType)
	incompleteReadErrorType      = runtime.NewExceptionType("IncompleteReadError", "asyncio.exceptions", runtime.EOFErrorType)
	limitOverrunErrorType        = runtime.NewExceptionType("LimitOverrunError", "asyncio.exceptions", runtime.ExceptionType)
	sendfileNotAvailableErrorTyp = runtime.NewExceptionType("SendfileNotAvailableError", "asyncio.exceptions", runtime.RuntimeErrorType)
)

// The values of wait()'s return_when.
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

func newAsyncioModule(t *runtime.Thread) (*runtime.Module, error) {
	m := newNativeModule("asyncio")
	d := m.Dict
	fn := func(name string, f runtime.BuiltinFunc) { d.Set(name, newModuleFunc("asyncio", name, f)) }
	for _, typ := range []*runtime.Type{
		runtime.FutureType, runtime.TaskType, runtime.HandleType, runtime.TimerHandleType,
		queueType, priorityQueueType, lifoQueueType, queueEmptyType, queueFullType,
		lockType, eventType, conditionType, semaphoreType, boundedSemaphoreType, barrierType,
		timeoutType, taskGroupType, runnerType,
	} {
		d.Set(typ.Name, runtime.Obj(typ))
	}
	d.Set("AbstractEventLoop", runtime.Obj(runtime.LoopType))
	d.Set("BaseEventLoop", runtime.Obj(runtime.LoopType))
	exc := newNativeModule("asyncio.exceptions")
	for _, typ := range []*runtime.Type{
		runtime.CancelledErrorType, runtime.InvalidStateErrorType, brokenBarrierErrorType,
		incompleteReadErrorType, limitOverrunErrorType, sendfileNotAvailableErrorTyp,
	} {
		d.Set(typ.Name, runtime.Obj(typ))
		exc.Dict.Set(typ.Name, runtime.Obj(typ))
	}
	d.Set("TimeoutError", runtime.Obj(runtime.TimeoutErrorType))
	exc.Dict.Set("TimeoutError", runtime.Obj(runtime.TimeoutErrorType))
	d.Set("exceptions", runtime.Obj(exc))
	d.Set("FIRST_COMPLETED", runtime.Str(firstCompleted))
	d.Set("FIRST_EXCEPTION", runtime.Str(firstException))
	d.Set("ALL_COMPLETED", runtime.Str(allCompleted))

	fn("run", asyncioRun)
	fn("get_running_loop", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("get_running_loop", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		l, err := runtime.GetRunningLoop(t)
		if err != nil {
			return runtime.Null, err
		}
		return l.Value(), nil
	})
	fn("_get_running_loop", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("_get_running_loop", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.RunningLoop(t).Value(), nil
	})
	fn("get_event_loop", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("get_event_loop", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		l, err := runtime.GetEventLoop(t)
		if err != nil {
			return runtime.Null, err
		}
		return l.Value(), nil
	})
	fn("new_event_loop", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("new_event_loop", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.NewLoop(t).Value(), nil
	})
	fn("set_event_loop", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("set_event_loop", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		l := runtime.AsLoop(args[0])
		if l == nil && !args[0].IsNone() {
			return runtime.Null, typeError("loop must be an instance of AbstractEventLoop or None, not '%s'", args[0].TypeName())
		}
		runtime.SetEventLoop(t, l)
		return runtime.None, nil
	})
	fn("iscoroutine", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("iscoroutine", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(runtime.IsCoroutine(args[0])), nil
	})
	fn("iscoroutinefunction", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("iscoroutinefunction", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(asyncIsCoroutineFunction(args[0])), nil
	})
	fn("isfuture", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("isfuture", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(runtime.IsFuture(t, args[0])), nil
	})
	installTaskFunctions(fn)
	fn("timeout", asyncioTimeout)
	fn("timeout_at", asyncioTimeoutAt)
	return m, nil
}

// isCoroutineFunction is asyncio.iscoroutinefunction: an async def
// function, possibly bound as a method.
func asyncIsCoroutineFunction(v runtime.Value) bool {
	if bm, ok := v.Raw().(*runtime.BoundMethod); ok {
		v = bm.Func
	}
	if c, ok := v.Raw().(interface{ IsCoroutineFunction() bool }); ok {
		return c.IsCoroutineFunction()
	}
	return false
}

// asyncioRun is asyncio.run(main, *, debug=None).
func asyncioRun(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var main, debug runtime.Value
	if err := pyArgs("run", false, args, kwnames, 1, []string{"main", "$debug"}, &main, &debug); err != nil {
		return runtime.Null, err
	}
	if runtime.RunningLoop(t) != nil {
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "asyncio.run() cannot be called from a running event loop")
	}
	r := &asyncRunner{debug: debug, loopFactory: runtime.None}
	if err := r.lazyInit(t); err != nil {
		return runtime.Null, err
	}
	res, err := r.run(t, main, runtime.Null)
	if _, isExc := err.(*runtime.Instance); err != nil && !isExc {
		// The run was aborted (a budget, the host's context): close the
		// loop without running the tasks' cleanup.
		r.abandon(t)
		return runtime.Null, err
	}
	if cerr := r.close(t); cerr != nil {
		return runtime.Null, cerr
	}
	return res, err
}

// abandon closes the runner's loop without running anything more.
func (r *asyncRunner) abandon(t *runtime.Thread) {
	if r.state != runnerInitialized {
		return
	}
	if r.setLoop {
		runtime.SetEventLoop(t, nil)
	}
	r.loop.Discard()
	r.loop = nil
	r.state = runnerClosed
}

// runner is asyncio.Runner: it owns an event loop for a series of runs and
// finalizes it on close.
type asyncRunner struct {
	self        runtime.Value
	state       int // runnerCreated, runnerInitialized, runnerClosed
	debug       runtime.Value
	loopFactory runtime.Value
	loop        *runtime.Loop
	setLoop     bool
}

const (
	runnerCreated = iota
	runnerInitialized
	runnerClosed
)

var runnerType = newAsyncioType("Runner", "asyncio.runners")

// Type makes runner an Object.
func (*asyncRunner) Type() *runtime.Type { return runnerType }

// lazyInit creates the loop on first use.
func (r *asyncRunner) lazyInit(t *runtime.Thread) error {
	switch r.state {
	case runnerClosed:
		return runtime.Errorf(runtime.RuntimeErrorType, "Runner is closed")
	case runnerInitialized:
		return nil
	}
	if r.loopFactory.IsNone() || r.loopFactory.IsNull() {
		r.loop = runtime.NewLoop(t)
		if !r.setLoop {
			runtime.SetEventLoop(t, r.loop)
			r.setLoop = true
		}
	} else {
		v, err := runtime.Call(t, r.loopFactory, nil, nil)
		if err != nil {
			return err
		}
		l := runtime.AsLoop(v)
		if l == nil {
			return typeError("loop_factory must return an event loop, not '%s'", v.TypeName())
		}
		r.loop = l
	}
	if !r.debug.IsNull() && !r.debug.IsNone() {
		b, err := runtime.Truth(t, r.debug)
		if err != nil {
			return err
		}
		r.loop.SetDebug(b)
	}
	r.state = runnerInitialized
	return nil
}

// run is Runner.run(coro, *, context=None).
func (r *asyncRunner) run(t *runtime.Thread, coro, ctx runtime.Value) (runtime.Value, error) {
	if !runtime.IsCoroutine(coro) {
		s, err := runtime.Repr(t, coro)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Null, valueError("a coroutine was expected, got %s", s)
	}
	if runtime.RunningLoop(t) != nil {
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Runner.run() cannot be called from a running event loop")
	}
	if err := r.lazyInit(t); err != nil {
		return runtime.Null, err
	}
	task, err := r.loop.CreateTask(t, coro, runtime.Null, ctx)
	if err != nil {
		return runtime.Null, err
	}
	return r.loop.RunUntilComplete(t, task)
}

// close is Runner.close(): cancel what is left, run the shutdown steps,
// close the loop.
func (r *asyncRunner) close(t *runtime.Thread) error {
	if r.state != runnerInitialized {
		return nil
	}
	loop := r.loop
	err := asyncCancelAllTasks(t, loop)
	if err == nil {
		for _, step := range []string{"shutdown_asyncgens", "shutdown_default_executor"} {
			coro, e := runtime.CallMethod(t, loop.Value(), step)
			if e == nil {
				_, e = loop.RunUntilComplete(t, coro)
			}
			if e != nil {
				err = e
				break
			}
		}
	}
	if r.setLoop {
		runtime.SetEventLoop(t, nil)
	}
	if cerr := loop.Close(t); err == nil {
		err = cerr
	}
	r.loop = nil
	r.state = runnerClosed
	return err
}

// cancelAllTasks is runners._cancel_all_tasks: cancel every unfinished
// task, wait for all of them, and report exceptions they ended with.
func asyncCancelAllTasks(t *runtime.Thread, loop *runtime.Loop) error {
	toCancel := loop.AllTasks()
	if len(toCancel) == 0 {
		return nil
	}
	vals := make([]runtime.Value, len(toCancel))
	for i, task := range toCancel {
		if _, err := task.CancelErr(t, runtime.Null); err != nil {
			return err
		}
		vals[i] = task.Value()
	}
	g, err := asyncGather(t, vals, true)
	if err != nil {
		return err
	}
	if _, err := loop.RunUntilComplete(t, g); err != nil {
		return err
	}
	for _, task := range toCancel {
		if task.Cancelled() {
			continue
		}
		exc, err := task.Exception()
		if err != nil {
			return err
		}
		if exc != nil {
			ctx := runtime.NewDict()
			ctx.SetStr("message", runtime.Str("unhandled exception during asyncio.run() shutdown"))
			ctx.SetStr("exception", runtime.Obj(exc))
			ctx.SetStr("task", task.Value())
			if err := loop.CallExceptionHandler(t, ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

func runnerSelf(v runtime.Value) (*asyncRunner, error) {
	switch o := v.Raw().(type) {
	case *asyncRunner:
		return o, nil
	case *runtime.Instance:
		if r, ok := o.Base.Raw().(*asyncRunner); ok {
			return r, nil
		}
	}
	return nil, typeError("descriptor requires a 'Runner' object but received a '%s'", v.TypeName())
}

func init() {
	rt := runnerType
	rt.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r := &asyncRunner{debug: runtime.None, loopFactory: runtime.None}
		v := asyncWrap(cls, r)
		r.self = v
		if !asyncOverrides(cls, "__init__") {
			if err := r.init(args, kwnames); err != nil {
				return runtime.Null, err
			}
		}
		return v, nil
	}
	rt.AddMethod("__init__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r, err := runnerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, r.init(args, kwnames)
	})
	rt.AddMethod("__enter__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r, err := runnerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		return self, r.lazyInit(t)
	})
	rt.AddMethod("__exit__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r, err := runnerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, r.close(t)
	})
	rt.AddMethod("close", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r, err := runnerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		if err := pyArgs("Runner.close", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		return runtime.None, r.close(t)
	})
	rt.AddMethod("get_loop", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r, err := runnerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		if err := pyArgs("Runner.get_loop", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		if err := r.lazyInit(t); err != nil {
			return runtime.Null, err
		}
		return r.loop.Value(), nil
	})
	rt.AddMethod("run", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r, err := runnerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		var coro, ctx runtime.Value
		if err := pyArgs("Runner.run", true, args, kwnames, 1, []string{"coro", "$context"}, &coro, &ctx); err != nil {
			return runtime.Null, err
		}
		return r.run(t, coro, ctx)
	})
}

// init is Runner.__init__(*, debug=None, loop_factory=None).
func (r *asyncRunner) init(args []runtime.Value, kwnames []string) error {
	var debug, factory runtime.Value
	if err := pyArgs("Runner.__init__", true, args, kwnames, 0, []string{"$debug", "$loop_factory"}, &debug, &factory); err != nil {
		return err
	}
	if !debug.IsNull() {
		r.debug = debug
	}
	if !factory.IsNull() {
		r.loopFactory = factory
	}
	return nil
}

// newAsyncioType makes a class of the asyncio module implemented in Go.
func newAsyncioType(name, module string) *runtime.Type {
	t := runtime.NewBuiltinType(name, runtime.ObjectType)
	t.Module = module
	return t
}

// wrapObject returns o as a value of class cls: o itself for the built-in
// class, an instance wrapping o for a script subclass.
func asyncWrap(cls *runtime.Type, o runtime.Object) runtime.Value {
	if cls.Builtin {
		return runtime.Obj(o)
	}
	inst := runtime.NewInstance(cls)
	inst.Base = runtime.Obj(o)
	return runtime.Obj(inst)
}

// scriptDefines reports whether name resolves, along cls's MRO, to an
// attribute of a script class.
func asyncOverrides(cls *runtime.Type, name string) bool {
	for _, c := range cls.MRO {
		if _, ok := c.Dict.Get(name); ok {
			return !c.Builtin
		}
	}
	return false
}

// baseObject returns the Go object behind v (itself or the object a
// script subclass instance wraps).
func asyncBase(v runtime.Value) runtime.Object {
	if inst, ok := v.Raw().(*runtime.Instance); ok {
		return inst.Base.Raw()
	}
	return v.Raw()
}

// objectRepr is object.__repr__: <module.Class object at 0x...>.
func asyncObjectRepr(v runtime.Value) string {
	return runtime.DefaultRepr(v)
}

// newCoro makes a Go coroutine object.
func newAsyncCoro(name, qualname string, body func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error)) runtime.Value {
	return runtime.Obj(runtime.NewCoro(name, qualname, runtime.CoroFunc(body)))
}

// isCancelled reports whether err is a CancelledError.
func isCancelledError(err error) bool {
	return runtime.IsInstanceOf(err, runtime.CancelledErrorType)
}

// pyArgs binds arguments like a Python function (asyncio's functions are
// Python code in CPython, so their argument errors read that way). params
// lists the parameters, keyword-only ones prefixed with '$'; the first
// nreq are required. method counts self in the messages.
func pyArgs(fname string, method bool, args []runtime.Value, kwnames []string, nreq int, params []string, out ...*runtime.Value) error {
	npos := len(args) - len(kwnames)
	maxPos := 0
	for _, p := range params {
		if p[0] == '$' {
			break
		}
		maxPos++
	}
	for _, o := range out {
		*o = runtime.Null
	}
	self := 0
	if method {
		self = 1
	}
	if npos > maxPos {
		takes := ""
		switch {
		case maxPos > nreq:
			takes = "from " + strconv.Itoa(nreq+self) + " to " + strconv.Itoa(maxPos+self) + " positional arguments"
		case maxPos+self == 1:
			takes = "1 positional argument"
		default:
			takes = strconv.Itoa(maxPos+self) + " positional arguments"
		}
		was := "were"
		if npos+self == 1 {
			was = "was"
		}
		return typeError("%s() takes %s but %d %s given", fname, takes, npos+self, was)
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	for k, name := range kwnames {
		found := false
		for i, p := range params {
			if strings.TrimPrefix(p, "$") == name {
				if !out[i].IsNull() {
					return typeError("%s() got multiple values for argument '%s'", fname, name)
				}
				*out[i] = args[npos+k]
				found = true
				break
			}
		}
		if !found {
			return typeError("%s() got an unexpected keyword argument '%s'", fname, name)
		}
	}
	var missing []string
	for i := 0; i < nreq; i++ {
		if out[i].IsNull() {
			missing = append(missing, "'"+params[i]+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		switch n := len(missing); {
		case n == 2:
			list = missing[0] + " and " + missing[1]
		case n > 2:
			list = strings.Join(missing[:n-1], ", ") + ", and " + missing[n-1]
		}
		s := "s"
		if len(missing) == 1 {
			s = ""
		}
		return typeError("%s() missing %d required positional argument%s: %s", fname, len(missing), s, list)
	}
	return nil
}
