package runtime

import (
	"strconv"
	"sync/atomic"
	"unsafe"
)

// This file is asyncio's Task: a Future that drives a coroutine, one step
// per loop callback, exactly as CPython's _asyncio.Task does (task_step,
// task_wakeup, cancel with a request counter, uncancel).

// TaskType is asyncio.Task.
var TaskType = newAsyncType("Task", "_asyncio", FutureType)

// Task runs a coroutine on an event loop.
type Task struct {
	// Future comes first: a *Future with isTask set is the address of its
	// Task (Future.Task), so a future needs no pointer to its task.
	Future
	coro Value
	// num makes the default name "Task-<num>"; a name given by
	// create_task or set_name is kept in the future's extra fields.
	num int64
	// waiter is the future the coroutine waits on (nil when none, or when
	// it waits on a Future-compatible script object: extra.duckWaiter).
	waiter            *Future
	numCancels        int32
	mustCancel        bool
	logDestroyPending bool
}

// taskWakeup is the done-callback a task registers on the future it
// waits for (task_wakeup); the callback's argument is the task.
var taskWakeup = &GoCallback{Name: "Task.task_wakeup"}

// NewTask wraps coro (a coroutine object) in a task scheduled on loop.
// name is Null or None for the next "Task-N" name; ctx is the context
// argument (Null for none).
func NewTask(t *Thread, loop *Loop, coro, name, ctx Value) (*Task, error) {
	return newTaskOfType(t, loop, TaskType, coro, name, ctx)
}

func newTaskOfType(t *Thread, loop *Loop, cls *Type, coro, name, ctx Value) (*Task, error) {
	task := &Task{}
	task.Future = Future{loop: loop, isTask: true}
	if cls != TaskType {
		inst := NewInstance(cls)
		inst.Base = Obj(task)
		task.more().inst = inst
	}
	if err := task.init(t, coro, name, ctx); err != nil {
		return nil, err
	}
	return task, nil
}

// init is Task.__init__ after the future part is set up.
func (task *Task) init(t *Thread, coro, name, ctx Value) error {
	if !IsCoroutine(coro) {
		task.logDestroyPending = false
		r, err := Repr(t, coro)
		if err != nil {
			return err
		}
		return Errorf(TypeErrorType, "a coroutine was expected, got %s", r)
	}
	if _, ok := coro.o.(Sender); !ok {
		return Errorf(TypeErrorType, "a coroutine was expected, got %s", coro.TypeName())
	}
	task.coro = coro
	if !ctx.IsNull() && !ctx.IsNone() {
		task.more().context = ctx
	}
	task.logDestroyPending = true
	if name.IsNull() || name.IsNone() {
		st := AsyncioOf(t)
		st.TaskCounter++
		task.num = st.TaskCounter
	} else if name.Type() == StrType {
		task.more().name = name
	} else {
		s, err := ToStr(t, name)
		if err != nil {
			return err
		}
		task.more().name = Str(s)
	}
	if err := task.loop.callSoonStep(task, nil); err != nil {
		return err
	}
	task.loop.registerTask(task)
	return nil
}

// Type returns the task's class.
func (task *Task) Type() *Type { return TaskType }

// Coro is the coroutine the task runs.
func (task *Task) Coro() Value { return task.coro }

// Name is the task's name.
func (task *Task) Name() string {
	if task.extra == nil || task.extra.name.IsNull() {
		return "Task-" + strconv.FormatInt(task.num, 10)
	}
	s, _ := StrValue(task.extra.name)
	return s
}

// nameValue is task.get_name().
func (task *Task) nameValue() Value {
	if task.extra == nil || task.extra.name.IsNull() {
		task.more().name = Str(task.Name())
	}
	return task.extra.name
}

// Waiting returns the future the task is blocked on, or Null.
func (task *Task) Waiting() Value {
	if task.waiter != nil {
		return task.waiter.Value()
	}
	if task.extra != nil {
		return task.extra.duckWaiter
	}
	return Null
}

// context is the context argument the task was made with (Null if none).
func (task *Task) context() Value {
	if task.extra == nil {
		return Null
	}
	return task.extra.context
}

// Cancelling is task.cancelling(): the number of pending cancel requests.
func (task *Task) Cancelling() int { return int(task.numCancels) }

// Uncancel is task.uncancel(): one cancel request fewer.
func (task *Task) Uncancel() int {
	if task.numCancels > 0 {
		task.numCancels--
	}
	return int(task.numCancels)
}

// Cancel is task.cancel(msg): it asks the coroutine to stop by throwing
// CancelledError at its await. msg is Null for no message.
func (task *Task) Cancel(msg Value) bool {
	ok, _ := task.CancelErr(nil, msg)
	return ok
}

// CancelErr is Cancel for callers that can report an error raised by the
// cancel() of the awaited object.
func (task *Task) CancelErr(t *Thread, msg Value) (bool, error) {
	task.logTB = false
	if task.state != futPending {
		return false, nil
	}
	task.numCancels++
	if w := task.Waiting(); !w.IsNull() {
		ok, err := cancelAwaitable(t, w, msg)
		if err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	task.mustCancel = true
	task.setCancelMsg(msg)
	return true, nil
}

// cancelAwaitable calls fut.cancel(msg) on what a task waits for.
func cancelAwaitable(t *Thread, fut, msg Value) (bool, error) {
	if f := AsFuture(fut); f != nil {
		return f.Cancel(t, msg)
	}
	arg := msg
	if arg.IsNull() {
		arg = None
	}
	r, err := asyncCallMethod(t, fut, "cancel", []Value{arg}, []string{"msg"})
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// callMethodKw calls v.name(*args) with keyword names.
func asyncCallMethod(t *Thread, v Value, name string, args []Value, kwnames []string) (Value, error) {
	m, err := GetAttr(t, v, name)
	if err != nil {
		return Null, err
	}
	return Call(t, m, args, kwnames)
}

// step is task_step: resume the coroutine (with exc thrown in, if set)
// and act on what it yields. Its error is fatal to the loop
// (SystemExit, KeyboardInterrupt, an aborted run); every other exception
// ends up in the task.
func (task *Task) step(t *Thread, exc *Instance) error {
	if task.state != futPending {
		r, _ := Repr(t, task.Value())
		e := "None"
		if exc != nil {
			e, _ = Repr(t, Obj(exc))
		}
		return Errorf(InvalidStateErrorType, "_step(): already done: %s %s", r, e)
	}
	if task.mustCancel {
		if exc == nil || !exc.Class.IsSubtype(CancelledErrorType) {
			exc = task.MakeCancelledError()
		}
		task.mustCancel = false
	}
	task.waiter = nil
	if task.extra != nil {
		task.extra.duckWaiter = Null
	}
	loop := task.loop
	if cur := loop.current; cur != nil {
		r1, _ := Repr(t, task.Value())
		r2, _ := Repr(t, cur.Value())
		return Errorf(RuntimeErrorType, "Cannot enter into task %s while another task %s is being executed.", r1, r2)
	}
	loop.current = task
	var y, res Value
	var done bool
	var err error
	if exc == nil {
		y, done, res, err = task.coro.o.(Sender).Send(t, None)
	} else if thrower, ok := task.coro.o.(Thrower); ok {
		y, done, res, err = thrower.Throw(t, exc)
	} else {
		err = exc
	}
	loop.current = nil
	if err != nil {
		e, ok := err.(*Instance)
		if !ok {
			return err
		}
		if e.Class.IsSubtype(CancelledErrorType) {
			task.more().cancelledExc = e
			task.CancelBase(Null)
			return nil
		}
		if err := task.setExc(e); err != nil {
			return err
		}
		if e.Class.IsSubtype(KeyboardInterruptType) || e.Class.IsSubtype(SystemExitType) {
			// It leaves the loop and ends the program: nothing to report.
			task.logTB = false
			return e
		}
		return nil
	}
	if done {
		if task.mustCancel {
			task.mustCancel = false
			task.CancelBase(task.cancelMsg())
			return nil
		}
		return task.SetResult(orNone(res))
	}
	return task.handleYield(t, y)
}

// handleYield decides what to wait for after the coroutine yielded y.
func (task *Task) handleYield(t *Thread, y Value) error {
	if Is(y, task.Value()) {
		r, _ := Repr(t, task.Value())
		return task.stepSoonWith(Errorf(RuntimeErrorType, "Task cannot await on itself: %s", r))
	}
	if f := AsFuture(y); f != nil && !hasScriptClass(y) {
		if f.loop != task.loop {
			return task.differentLoop(t, y)
		}
		if !f.blocking {
			return task.yieldInsteadOfYieldFrom(t, y)
		}
		f.blocking = false
		if err := f.addCallback(futCallback{fn: Obj(task), gcb: taskWakeup}); err != nil {
			return err
		}
		task.waiter = f
		if task.mustCancel {
			ok, err := f.Cancel(t, task.cancelMsg())
			if err != nil {
				return err
			}
			if ok {
				task.mustCancel = false
			}
		}
		return nil
	}
	if y.IsNone() {
		return task.loop.callSoonStep(task, nil)
	}
	if blocking, ok, err := GetAttrOr(t, y, "_asyncio_future_blocking"); err != nil {
		return err
	} else if ok && !blocking.IsNone() {
		return task.waitDuckFuture(t, y, blocking)
	}
	r1, _ := Repr(t, task.Value())
	r2, _ := Repr(t, y)
	if y.Type() == GeneratorType {
		return task.stepSoonWith(Errorf(RuntimeErrorType, "yield was used instead of yield from for generator in task %s with %s", r1, r2))
	}
	return task.stepSoonWith(Errorf(RuntimeErrorType, "Task got bad yield: %s", r2))
}

// hasScriptClass reports whether v is an instance of a script subclass.
func hasScriptClass(v Value) bool {
	_, ok := v.o.(*Instance)
	return ok
}

// waitDuckFuture waits on a Future-compatible object (a subclass or any
// object with _asyncio_future_blocking) through its script methods.
func (task *Task) waitDuckFuture(t *Thread, y, blocking Value) error {
	loopV, err := futureLoopOf(t, y)
	if err != nil {
		return err
	}
	if AsLoop(loopV) != task.loop {
		return task.differentLoop(t, y)
	}
	b, err := Truth(t, blocking)
	if err != nil {
		return err
	}
	if !b {
		return task.yieldInsteadOfYieldFrom(t, y)
	}
	if err := SetAttr(t, y, "_asyncio_future_blocking", False); err != nil {
		return err
	}
	wake := Obj(&Builtin{Name: "task_wakeup", Fn: func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "task_wakeup() takes exactly one argument")
		}
		return None, task.wakeupValue(t, args[0])
	}})
	if _, err := asyncCallMethod(t, y, "add_done_callback", []Value{wake, orNone(task.context())}, []string{"context"}); err != nil {
		return err
	}
	x := task.more()
	x.duckWakeup = wake
	x.duckWaiter = y
	if task.mustCancel {
		ok, err := cancelAwaitable(t, y, task.cancelMsg())
		if err != nil {
			return err
		}
		if ok {
			task.mustCancel = false
		}
	}
	return nil
}

// futureLoopOf is futures._get_loop.
func futureLoopOf(t *Thread, fut Value) (Value, error) {
	if f := AsFuture(fut); f != nil {
		return f.loop.Value(), nil
	}
	if gl, ok, err := GetAttrOr(t, fut, "get_loop"); err != nil {
		return Null, err
	} else if ok {
		return Call(t, gl, nil, nil)
	}
	return GetAttr(t, fut, "_loop")
}

func (task *Task) differentLoop(t *Thread, y Value) error {
	r1, _ := Repr(t, task.Value())
	r2, _ := Repr(t, y)
	return task.stepSoonWith(Errorf(RuntimeErrorType, "Task %s got Future %s attached to a different loop", r1, r2))
}

func (task *Task) yieldInsteadOfYieldFrom(t *Thread, y Value) error {
	r1, _ := Repr(t, task.Value())
	r2, _ := Repr(t, y)
	return task.stepSoonWith(Errorf(RuntimeErrorType, "yield was used instead of yield from in task %s with %s", r1, r2))
}

// stepSoonWith schedules a step that throws exc into the coroutine.
func (task *Task) stepSoonWith(exc *Instance) error {
	return task.loop.callSoonStep(task, exc)
}

// wakeup is task_wakeup: the awaited future is done; step with its
// outcome.
func (task *Task) wakeup(t *Thread, f *Future) error {
	if _, err := f.Result(); err != nil {
		if e, ok := err.(*Instance); ok {
			return task.step(t, e)
		}
		return err
	}
	return task.step(t, nil)
}

// wakeupValue is task_wakeup for a Future-compatible script object.
func (task *Task) wakeupValue(t *Thread, fut Value) error {
	if f := AsFuture(fut); f != nil && !hasScriptClass(fut) {
		return task.wakeup(t, f)
	}
	if _, err := CallMethod(t, fut, "result"); err != nil {
		if e, ok := err.(*Instance); ok {
			return task.step(t, e)
		}
		return err
	}
	return task.step(t, nil)
}

// reprInfo is base_tasks._task_repr_info.
func (task *Task) reprInfo(t *Thread) ([]string, error) {
	info, err := task.Future.reprInfo(t)
	if err != nil {
		return nil, err
	}
	if task.numCancels > 0 && task.state == futPending {
		info[0] = "cancelling"
	}
	name, err := Repr(t, task.nameValue())
	if err != nil {
		return nil, err
	}
	extra := []string{"name=" + name, "coro=<" + FormatCoroutine(t, task.coro) + ">"}
	if waiter := task.Waiting(); !waiter.IsNull() {
		w, err := Repr(t, waiter)
		if err != nil {
			return nil, err
		}
		extra = append(extra, "wait_for="+w)
	}
	out := make([]string, 0, len(info)+len(extra))
	out = append(out, info[0])
	out = append(out, extra...)
	return append(out, info[1:]...), nil
}

// FormatCoroutine is coroutines._format_coroutine: "name() running at
// file:line" or "name() done, defined at file:line".
func FormatCoroutine(t *Thread, coro Value) string {
	name := "<" + coro.TypeName() + " without __name__>"
	if q, ok := coro.o.(interface{ QualName() string }); ok && q.QualName() != "" {
		name = q.QualName()
	} else if s, err := GetAttr(t, coro, "__qualname__"); err == nil {
		if str, ok := StrValue(s); ok && str != "" {
			name = str
		}
	}
	name += "()"
	if c, ok := coro.o.(*Coro); ok {
		if c.state == coroRunning {
			return name + " running"
		}
		return name
	}
	done := false
	if d, ok := coro.o.(interface{ Done() bool }); ok {
		done = d.Done()
	}
	if !done {
		if s, ok := coro.o.(interface {
			FrameLine() (file string, line int)
		}); ok {
			file, line := s.FrameLine()
			return name + " running at " + file + ":" + strconv.Itoa(line)
		}
	}
	code, err := GetAttr(t, coro, "cr_code")
	if err != nil {
		code, err = GetAttr(t, coro, "gi_code")
	}
	if err != nil {
		return name
	}
	file, _ := GetAttr(t, code, "co_filename")
	line, _ := GetAttr(t, code, "co_firstlineno")
	fs, _ := StrValue(file)
	if fs == "" {
		fs = "<empty co_filename>"
	}
	return name + " done, defined at " + fs + ":" + strconv.Itoa(int(line.AsInt()))
}

// IsCoroutine is asyncio.iscoroutine: a coroutine object (script or Go) or
// a generator.
func IsCoroutine(v Value) bool {
	switch typ := v.Type(); typ {
	case CoroutineType, GoCoroutineType, GeneratorType:
		return true
	default:
		return typ.CoroutineLike
	}
}

// taskSelf returns the Task behind a method's self.
func taskSelf(v Value) (*Task, error) {
	switch o := v.o.(type) {
	case *Task:
		return o, nil
	case *Instance:
		if task, ok := o.Base.o.(*Task); ok {
			return task, nil
		}
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a '_asyncio.Task' object but received a '%s'", v.TypeName())
}

func taskMethod(name string, nargs int, fn func(t *Thread, task *Task, args []Value) (Value, error)) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		task, err := taskSelf(self)
		if err != nil {
			return Null, err
		}
		if err := ArgCount(name, args, kwnames, nargs, nargs); err != nil {
			return Null, err
		}
		return fn(t, task, args)
	}
}

func taskProp(get func(task *Task) Value) Value {
	return asyncProperty(func(t *Thread, self Value) (Value, error) {
		task, err := taskSelf(self)
		if err != nil {
			return Null, err
		}
		return get(task), nil
	}, nil)
}

// newTaskObject is Task(coro, *, loop=None, name=None, context=None).
func newTaskObject(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	var coro, loop, name, ctx Value
	if scriptInit(cls) {
		// The subclass's __init__ takes its own arguments: use the
		// coroutine and the keywords Task knows.
		npos := len(args) - len(kwnames)
		if npos > 0 {
			coro = args[0]
		}
		for i, k := range kwnames {
			switch k {
			case "coro":
				coro = args[npos+i]
			case "loop":
				loop = args[npos+i]
			case "name":
				name = args[npos+i]
			case "context":
				ctx = args[npos+i]
			}
		}
	} else if err := ParseArgs("Task", args, kwnames, 1, []string{"coro", "$loop", "$name", "$context"}, &coro, &loop, &name, &ctx); err != nil {
		return Null, err
	}
	l, err := loopArg(t, loop)
	if err != nil {
		return Null, err
	}
	task, err := newTaskOfType(t, l, cls, coro, name, ctx)
	if err != nil {
		return Null, err
	}
	return task.Value(), nil
}

func init() {
	typ := TaskType
	typ.Slots = FutureType.Slots
	typ.New = newTaskObject
	typ.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, nil
	})
	typ.AddMethod("get_coro", taskMethod("get_coro", 0, func(t *Thread, task *Task, args []Value) (Value, error) {
		return task.coro, nil
	}))
	typ.AddMethod("get_name", taskMethod("get_name", 0, func(t *Thread, task *Task, args []Value) (Value, error) {
		return task.nameValue(), nil
	}))
	typ.AddMethod("set_name", taskMethod("set_name", 1, func(t *Thread, task *Task, args []Value) (Value, error) {
		if args[0].Type() == StrType {
			task.more().name = args[0]
			return None, nil
		}
		s, err := ToStr(t, args[0])
		if err != nil {
			return Null, err
		}
		task.more().name = Str(s)
		return None, nil
	}))
	typ.AddMethod("set_result", taskMethod("set_result", 1, func(t *Thread, task *Task, args []Value) (Value, error) {
		return Null, Errorf(RuntimeErrorType, "Task does not support set_result operation")
	}))
	typ.AddMethod("set_exception", taskMethod("set_exception", 1, func(t *Thread, task *Task, args []Value) (Value, error) {
		return Null, Errorf(RuntimeErrorType, "Task does not support set_exception operation")
	}))
	typ.AddMethod("cancelling", taskMethod("cancelling", 0, func(t *Thread, task *Task, args []Value) (Value, error) {
		return Int(int64(task.numCancels)), nil
	}))
	typ.AddMethod("uncancel", taskMethod("uncancel", 0, func(t *Thread, task *Task, args []Value) (Value, error) {
		return Int(int64(task.Uncancel())), nil
	}))
	typ.AddMethod("cancel", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		task, err := taskSelf(self)
		if err != nil {
			return Null, err
		}
		var msg Value
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "cancel() takes at most 1 argument (%d given)", len(args))
		}
		if err := ParseArgs("cancel", args, kwnames, 0, []string{"msg"}, &msg); err != nil {
			return Null, err
		}
		if msg.IsNone() {
			msg = Null
		}
		ok, err := task.CancelErr(t, msg)
		return Bool(ok), err
	})
	typ.AddMethod("get_stack", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if _, err := taskSelf(self); err != nil {
			return Null, err
		}
		var limit Value
		if err := ParseArgs("get_stack", args, kwnames, 0, []string{"$limit"}, &limit); err != nil {
			return Null, err
		}
		return Obj(NewList(nil)), nil
	})
	typ.AddMethod("print_stack", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		task, err := taskSelf(self)
		if err != nil {
			return Null, err
		}
		var limit, file Value
		if err := ParseArgs("print_stack", args, kwnames, 0, []string{"$limit", "$file"}, &limit, &file); err != nil {
			return Null, err
		}
		return None, task.printStack(t, file)
	})
	d := typ.Dict
	d.Set("_log_destroy_pending", flagProperty(func(self Value) (*bool, error) {
		task, err := taskSelf(self)
		if err != nil {
			return nil, err
		}
		return &task.logDestroyPending, nil
	}))
	d.Set("_must_cancel", taskProp(func(task *Task) Value { return Bool(task.mustCancel) }))
	d.Set("_coro", taskProp(func(task *Task) Value { return task.coro }))
	d.Set("_fut_waiter", taskProp(func(task *Task) Value { return orNone(task.Waiting()) }))
	d.Set("_num_cancels_requested", taskProp(func(task *Task) Value { return Int(int64(task.numCancels)) }))
}

// printStack is task.print_stack(): where the task is suspended, or the
// exception it finished with.
func (task *Task) printStack(t *Thread, file Value) error {
	r, err := Repr(t, task.Value())
	if err != nil {
		return err
	}
	var out string
	s, ok := task.coro.o.(interface {
		SuspendedAt() (file, fn string, line int)
	})
	d, _ := task.coro.o.(interface{ Done() bool })
	switch {
	case ok && (d == nil || !d.Done()):
		f, fn, line := s.SuspendedAt()
		out = "Stack for " + r + " (most recent call last):\n  File \"" + f + "\", line " + strconv.Itoa(line) + ", in " + fn + "\n"
	case task.exc != nil:
		out = "Traceback for " + r + " (most recent call last):\n" + FormatException(t, task.exc, sourceLiner(t))
	default:
		out = "No stack for " + r + "\n"
	}
	if file.IsNull() || file.IsNone() {
		_, err := t.Stderr.Write([]byte(out))
		return err
	}
	_, err = CallMethod(t, file, "write", Str(out))
	return err
}

// sourceLiner returns the vm's source-line lookup, for tracebacks.
func sourceLiner(t *Thread) func(string, int) string {
	if s, ok := t.VM.(interface{ SourceLine(string, int) string }); ok {
		return s.SourceLine
	}
	return nil
}

// GoCoroutineType is the class of coroutines written in Go (asyncio.sleep,
// Queue.get, ...). Scripts see them as coroutines.
var GoCoroutineType = newAsyncType("coroutine", "builtins", ObjectType)

// CoroBody is the state machine of a coroutine written in Go. Resume
// continues it after its last await with that await's outcome: result, or
// err raised at the await (the first call gets Null, nil). It returns the
// coroutine's result or exception, or suspends by returning c.Await(x) or
// c.Yield(). Bodies keep their position in c.PC (0 on the first call).
type CoroBody interface {
	Resume(t *Thread, c *Coro, result Value, err error) (Value, error)
}

// CoroFunc adapts a function to CoroBody.
type CoroFunc func(t *Thread, c *Coro, result Value, err error) (Value, error)

// Resume calls f.
func (f CoroFunc) Resume(t *Thread, c *Coro, result Value, err error) (Value, error) {
	return f(t, c, result, err)
}

const (
	coroCreated uint8 = iota
	coroSuspended
	coroRunning
	coroClosed
)

// errSuspend is what Await and Yield return to tell the driver to suspend.
type suspendSignal struct{}

// Error makes suspendSignal an error; it never reaches scripts.
func (suspendSignal) Error() string { return "coroutine suspended" }

var errSuspend error = suspendSignal{}

// Coro is a coroutine object implemented in Go. The event loop, the vm's
// await and other Coros drive it through Send and Throw like a script
// coroutine.
type Coro struct {
	names *coroNames
	body  CoroBody
	// PC is the body's position, for its own use.
	PC      int32
	state   uint8
	yielded bool // suspended on a bare yield (asyncio.sleep(0))
	// what the coroutine is suspended on: a future awaited directly, or
	// an awaitable's iterator it delegates to. Between Await and the
	// driver picking it up, iter holds the awaitable. Awaitables are
	// objects, so iter keeps only the object (Value{o: iter}).
	fut  *Future
	iter Object
}

// coroNames is a Go coroutine's __name__ and __qualname__, shared by every
// coroutine of the same function.
type coroNames struct{ name, qualname string }

// coroNameSlots cache coroNames by the identity of the strings: Go
// coroutines are named by string constants, so a name costs a pointer
// comparison after its first use. Slots are shared by every interpreter
// of the process, hence atomic.
var coroNameSlots [256]atomic.Pointer[coroNames]

// internCoroNames returns coroNames for name and qualname, shared when
// possible.
func internCoroNames(name, qualname string) *coroNames {
	if qualname == "" {
		qualname = name
	}
	np, qp := unsafe.StringData(name), unsafe.StringData(qualname)
	h := (uintptr(unsafe.Pointer(np))*31 + uintptr(unsafe.Pointer(qp))) >> 3 % uintptr(len(coroNameSlots))
	slot := &coroNameSlots[h]
	if n := slot.Load(); n != nil && sameString(n.name, name) && sameString(n.qualname, qualname) {
		return n
	}
	n := &coroNames{name: name, qualname: qualname}
	slot.Store(n)
	return n
}

// sameString reports whether a and b are the same string in memory.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// NewCoro makes a coroutine named name (its __qualname__ is qualname, or
// name when empty) running body.
func NewCoro(name, qualname string, body CoroBody) *Coro {
	return &Coro{names: internCoroNames(name, qualname), body: body}
}

// Init sets up a Coro embedded in a larger struct (saving an allocation
// per coroutine); it is NewCoro for c.
func (c *Coro) Init(name, qualname string, body CoroBody) {
	*c = Coro{names: internCoroNames(name, qualname), body: body}
}

// NewCoroFunc is NewCoro with a function body.
func NewCoroFunc(name string, fn func(t *Thread, c *Coro, result Value, err error) (Value, error)) *Coro {
	return NewCoro(name, "", CoroFunc(fn))
}

// Type makes Coro an Object.
func (c *Coro) Type() *Type { return GoCoroutineType }

// Name is the coroutine's __name__.
func (c *Coro) Name() string { return c.names.name }

// QualName is the coroutine's __qualname__.
func (c *Coro) QualName() string { return c.names.qualname }

// Done reports whether the coroutine has finished.
func (c *Coro) Done() bool { return c.state == coroClosed }

// Started reports whether the coroutine has run.
func (c *Coro) Started() bool { return c.state != coroCreated }

// Await suspends the body until x (any awaitable) completes; the body
// returns its values: `return c.Await(fut)`.
func (c *Coro) Await(x Value) (Value, error) {
	c.iter = x.o
	return Null, errSuspend
}

// Yield suspends the body for one loop iteration (a bare yield).
func (c *Coro) Yield() (Value, error) {
	c.iter = nil
	return Null, errSuspend
}

// Send resumes the coroutine with v.
func (c *Coro) Send(t *Thread, v Value) (Value, bool, Value, error) {
	switch c.state {
	case coroRunning:
		return Null, false, Null, Errorf(ValueErrorType, "coroutine already executing")
	case coroClosed:
		return Null, false, Null, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
	case coroCreated:
		if !v.IsNull() && !v.IsNone() {
			return Null, false, Null, Errorf(TypeErrorType, "can't send non-None value to a just-started coroutine")
		}
		c.state = coroRunning
		return c.drive(t, Null, nil)
	}
	c.state = coroRunning
	switch {
	case c.fut != nil:
		f := c.fut
		c.fut = nil
		if f.state == futPending {
			return c.drive(t, Null, Errorf(RuntimeErrorType, "await wasn't used with future"))
		}
		r, err := f.Result()
		return c.drive(t, r, err)
	case c.yielded:
		c.yielded = false
		return c.drive(t, orNone(v), nil)
	}
	y, done, r, err := awaitStep(t, Value{o: c.iter}, v, nil)
	return c.afterStep(t, y, done, r, err)
}

// Throw raises exc at the coroutine's await.
func (c *Coro) Throw(t *Thread, exc *Instance) (Value, bool, Value, error) {
	switch c.state {
	case coroRunning:
		return Null, false, Null, Errorf(ValueErrorType, "coroutine already executing")
	case coroCreated, coroClosed:
		c.state = coroClosed
		return Null, false, Null, exc
	}
	c.state = coroRunning
	if c.fut != nil || c.yielded {
		c.fut = nil
		c.yielded = false
		return c.drive(t, Null, exc)
	}
	y, done, r, err := awaitStep(t, Value{o: c.iter}, Null, exc)
	return c.afterStep(t, y, done, r, err)
}

// Close is coroutine.close(): GeneratorExit at the await.
func (c *Coro) Close(t *Thread) error {
	if c.state == coroCreated || c.state == coroClosed {
		c.state = coroClosed
		return nil
	}
	_, done, _, err := c.Throw(t, NewException(GeneratorExitType))
	if err != nil {
		if IsInstanceOf(err, GeneratorExitType) || IsInstanceOf(err, StopIterationType) {
			return nil
		}
		return err
	}
	if !done {
		return Errorf(RuntimeErrorType, "coroutine ignored GeneratorExit")
	}
	return nil
}

// afterStep continues after the delegate took a step.
func (c *Coro) afterStep(t *Thread, y Value, done bool, r Value, err error) (Value, bool, Value, error) {
	if err == nil && !done {
		c.state = coroSuspended
		return y, false, Null, nil
	}
	c.iter = nil
	return c.drive(t, r, err)
}

// drive runs the body until it suspends on something that is not ready,
// or finishes.
func (c *Coro) drive(t *Thread, res Value, err error) (Value, bool, Value, error) {
	for {
		r, e := c.body.Resume(t, c, res, err)
		if e != errSuspend {
			c.state = coroClosed
			c.iter = nil
			if e != nil {
				if exc, ok := e.(*Instance); ok && exc.Class.IsSubtype(StopIterationType) {
					wrapped := Errorf(RuntimeErrorType, "coroutine raised StopIteration")
					wrapped.Exc.Cause = exc
					wrapped.Exc.SuppressContext = true
					return Null, false, Null, wrapped
				}
				return Null, false, Null, e
			}
			return Null, true, orNone(r), nil
		}
		x := Value{o: c.iter}
		c.iter = nil
		if x.IsNull() {
			c.yielded = true
			c.state = coroSuspended
			return None, false, Null, nil
		}
		if f := AsFuture(x); f != nil && !hasScriptClass(x) {
			if f.state == futPending {
				f.blocking = true
				c.fut = f
				c.state = coroSuspended
				return f.Value(), false, Null, nil
			}
			res, err = f.Result()
			continue
		}
		it, e2 := GetAwaitIter(t, x)
		if e2 != nil {
			res, err = Null, e2
			continue
		}
		y, done, r2, e3 := awaitStep(t, it, None, nil)
		if e3 == nil && !done {
			c.iter = it.o
			c.state = coroSuspended
			return y, false, Null, nil
		}
		res, err = r2, e3
	}
}

// GetAwaitIter is what `await x` drives: a coroutine itself, a future's
// iterator, or what x.__await__() returns.
func GetAwaitIter(t *Thread, x Value) (Value, error) {
	switch x.Type() {
	case CoroutineType, GoCoroutineType:
		return x, nil
	}
	if f := AsFuture(x); f != nil && !hasScriptClass(x) {
		return f.awaitIter(), nil
	}
	m, ok := x.Type().Lookup("__await__")
	if !ok {
		return Null, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", x.TypeName())
	}
	var it Value
	var err error
	if get := m.Type().Slots.Get; get != nil {
		bound, e := get(t, m, x, x.Type())
		if e != nil {
			return Null, e
		}
		it, err = Call(t, bound, nil, nil)
	} else {
		it, err = Call(t, m, []Value{x}, nil)
	}
	if err != nil {
		return Null, err
	}
	if it.Type() == CoroutineType || it.Type() == GoCoroutineType {
		return Null, Errorf(TypeErrorType, "__await__() returned a coroutine")
	}
	if _, ok := it.o.(Sender); !ok && it.Type().Slots.Next == nil {
		return Null, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", it.TypeName())
	}
	return it, nil
}

// AwaitStep advances the iterator an awaitable's __await__ returned
// (GetAwaitIter): it sends v, or throws exc when exc is not nil. Go
// objects that are coroutines over such an iterator use it for Send and
// Throw.
func AwaitStep(t *Thread, it Value, v Value, exc *Instance) (yielded Value, done bool, result Value, err error) {
	return awaitStep(t, it, v, exc)
}

// awaitStep advances an awaitable's iterator: send v, or throw exc.
func awaitStep(t *Thread, it Value, v Value, exc *Instance) (Value, bool, Value, error) {
	if exc != nil {
		if th, ok := it.o.(Thrower); ok {
			return th.Throw(t, exc)
		}
		if m, ok, err := GetAttrOr(t, it, "throw"); err != nil {
			return Null, false, Null, err
		} else if ok {
			y, err := Call(t, m, []Value{Obj(exc)}, nil)
			return stopToDone(y, err)
		}
		return Null, false, Null, exc
	}
	if s, ok := it.o.(Sender); ok {
		if v.IsNull() {
			v = None
		}
		return s.Send(t, v)
	}
	if v.IsNull() || v.IsNone() {
		y, ok, err := Next(t, it)
		if err != nil {
			return stopToDone(Null, err)
		}
		if !ok {
			return Null, true, None, nil
		}
		return y, false, Null, nil
	}
	y, err := CallMethod(t, it, "send", v)
	return stopToDone(y, err)
}

// stopToDone turns StopIteration into a finished step.
func stopToDone(y Value, err error) (Value, bool, Value, error) {
	if err != nil {
		if e, ok := err.(*Instance); ok && e.Class.IsSubtype(StopIterationType) {
			return Null, true, firstArgOrNone(e), nil
		}
		return Null, false, Null, err
	}
	return y, false, Null, nil
}

// coroWrapperType is the iterator a Go coroutine's __await__ returns.
var coroWrapperType = newAsyncType("coroutine_wrapper", "builtins", ObjectType)

// coroWrapper drives a Go coroutine from `yield from coro.__await__()`.
type coroWrapper struct{ c *Coro }

// Type makes coroWrapper an Object.
func (*coroWrapper) Type() *Type { return coroWrapperType }

// Send resumes the coroutine.
func (w *coroWrapper) Send(t *Thread, v Value) (Value, bool, Value, error) { return w.c.Send(t, v) }

// Throw raises exc in the coroutine.
func (w *coroWrapper) Throw(t *Thread, exc *Instance) (Value, bool, Value, error) {
	return w.c.Throw(t, exc)
}

func coroSelf(v Value) (*Coro, error) {
	if c, ok := v.o.(*Coro); ok {
		return c, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a 'coroutine' object but received a '%s'", v.TypeName())
}

func init() {
	ct := GoCoroutineType
	ct.Final = true
	ct.Slots.Repr = func(t *Thread, v Value) (string, error) {
		c := v.o.(*Coro)
		return "<coroutine object " + c.names.qualname + " at 0x" + strconv.FormatUint(uint64(Address(v)), 16) + ">", nil
	}
	ct.AddMethod("__await__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		c, err := coroSelf(self)
		if err != nil {
			return Null, err
		}
		return Obj(&coroWrapper{c: c}), nil
	})
	cw := coroWrapperType
	cw.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	cw.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		y, done, r, err := v.o.(*coroWrapper).c.Send(t, None)
		if err != nil {
			return Null, false, err
		}
		if done {
			return Null, false, stopIterationWith(r)
		}
		return y, true, nil
	}
	cw.AddMethod("send", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("send", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return senderStepResult(self.o.(*coroWrapper).c.Send(t, args[0]))
	})
	cw.AddMethod("throw", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("throw", args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		exc, err := asyncThrowArg(t, args[0])
		if err != nil {
			return Null, err
		}
		return senderStepResult(self.o.(*coroWrapper).c.Throw(t, exc))
	})
	cw.AddMethod("close", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, self.o.(*coroWrapper).c.Close(t)
	})
	ct.AddMethod("send", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		c, err := coroSelf(self)
		if err != nil {
			return Null, err
		}
		if err := ArgCount("send", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return senderStepResult(c.Send(t, args[0]))
	})
	ct.AddMethod("throw", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		c, err := coroSelf(self)
		if err != nil {
			return Null, err
		}
		if err := ArgCount("throw", args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		exc, err := asyncThrowArg(t, args[0])
		if err != nil {
			return Null, err
		}
		return senderStepResult(c.Throw(t, exc))
	})
	ct.AddMethod("close", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		c, err := coroSelf(self)
		if err != nil {
			return Null, err
		}
		return None, c.Close(t)
	})
	ct.Dict.Set("__name__", asyncProperty(func(t *Thread, self Value) (Value, error) {
		c, err := coroSelf(self)
		if err != nil {
			return Null, err
		}
		return Str(c.names.name), nil
	}, nil))
	ct.Dict.Set("__qualname__", asyncProperty(func(t *Thread, self Value) (Value, error) {
		c, err := coroSelf(self)
		if err != nil {
			return Null, err
		}
		return Str(c.names.qualname), nil
	}, nil))
	ct.Dict.Set("cr_running", asyncProperty(func(t *Thread, self Value) (Value, error) {
		c, err := coroSelf(self)
		if err != nil {
			return Null, err
		}
		return Bool(c.state == coroRunning), nil
	}, nil))
}

// SetLogDestroyPending sets whether the task reports being destroyed while
// pending.
func (task *Task) SetLogDestroyPending(on bool) { task.logDestroyPending = on }

// WarnNeverAwaited prints CPython's RuntimeWarning for a coroutine object
// that is dropped without ever having run. Hosts that find such
// coroutines (the vm, when a program ends) may call it too.
func WarnNeverAwaited(t *Thread, coro Value) {
	s, ok := coro.o.(interface{ Started() bool })
	if !ok || s.Started() || t.Stderr == nil {
		return
	}
	name := coro.TypeName()
	if q, ok := coro.o.(interface{ QualName() string }); ok {
		name = q.QualName()
	}
	_, _ = t.Stderr.Write([]byte("sys:1: RuntimeWarning: coroutine '" + name + "' was never awaited\n" +
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"))
}
