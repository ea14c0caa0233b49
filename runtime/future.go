package runtime

import (
	"strconv"
	"strings"
	"unsafe"
)

// This file is asyncio's Future: a value that will be set later, with
// done-callbacks scheduled on the event loop when it completes. It follows
// CPython's C implementation (_asyncio.Future): the same states, messages
// and callback order.

// The asyncio exception classes that the runtime raises itself.
var (
	// CancelledErrorType is asyncio.CancelledError (a BaseException).
	CancelledErrorType = NewExceptionType("CancelledError", "asyncio.exceptions", BaseExceptionType)
	// InvalidStateErrorType is asyncio.InvalidStateError.
	InvalidStateErrorType = NewExceptionType("InvalidStateError", "asyncio.exceptions", ExceptionType)
)

// Future and its iterator types.
var (
	// FutureType is asyncio.Future.
	FutureType = newAsyncType("Future", "_asyncio", ObjectType)
	// FutureIterType is the iterator that `await future` drives.
	FutureIterType = newAsyncType("FutureIter", "_asyncio", ObjectType)
)

// NewExceptionType makes an exception class implemented in Go that is not
// a builtin name (asyncio.CancelledError, asyncio.QueueEmpty, ...).
func NewExceptionType(name, module string, base *Type) *Type {
	t := &Type{Name: name, Module: module, Dict: NewAttrDict(), Builtin: true, Bases: []*Type{base}, IsException: true}
	linearize(t)
	t.Slots.Repr = excRepr
	t.Slots.Str = excStr
	t.Slots.GetAttr = excGetAttr
	t.Slots.SetAttr = excSetAttr
	return t
}

// newAsyncType makes a built-in asyncio class with a module name.
func newAsyncType(name, module string, base *Type) *Type {
	t := NewBuiltinType(name, base)
	t.Module = module
	return t
}

const (
	futPending uint8 = iota
	futCancelled
	futFinished
)

var futStateNames = [...]string{"PENDING", "CANCELLED", "FINISHED"}

// Future is asyncio.Future. Tasks embed it. All methods must be called on
// the loop's goroutine.
type Future struct {
	loop   *Loop
	result Value
	exc    *Instance
	// The done-callbacks: a single one (most futures get exactly one, the
	// task waiting on them) sits in cb0 and costs no allocation; two or
	// more are all in *cbMore. See callbacks and setCallbacks.
	cb0    futCallback
	cbMore *[]futCallback
	// extra holds what few futures need; nil until one of them is set, so
	// that the common future stays small.
	extra    *futureExtra
	state    uint8
	blocking bool
	logTB    bool
	// isTask is set when the future is the Future of a Task (its first
	// field, so the two share an address: see Task).
	isTask bool
	// hasCb0 says cb0 holds the only callback.
	hasCb0 bool
}

// callbacks are the done-callbacks in registration order. The slice may
// be a view of cb0: change them through setCallbacks.
func (f *Future) callbacks() []futCallback {
	switch {
	case f.hasCb0:
		return unsafe.Slice(&f.cb0, 1)
	case f.cbMore != nil:
		return *f.cbMore
	}
	return nil
}

// setCallbacks makes cbs the done-callbacks.
func (f *Future) setCallbacks(cbs []futCallback) {
	switch len(cbs) {
	case 0:
		f.cb0, f.hasCb0, f.cbMore = futCallback{}, false, nil
	case 1:
		f.cb0, f.hasCb0, f.cbMore = cbs[0], true, nil
	default:
		all := cbs
		f.cb0, f.hasCb0, f.cbMore = futCallback{}, false, &all
	}
}

// futureExtra is the rarely used part of a Future (and of a Task).
type futureExtra struct {
	typ *Type // the class, when not Future
	// inst is the instance of a script subclass of Future or Task that
	// this is the base of.
	inst *Instance
	// name is a task's name when create_task or set_name gave one, or
	// once get_name made the default "Task-<num>".
	name Value

	cancelMsg Value // Null when no message
	// cancelledExc is the CancelledError that cancelled a task, re-raised
	// (once) by result().
	cancelledExc *Instance
	dict         *AttrDict
	// cancelHook, when set, replaces cancel(): _GatheringFuture cancels
	// its children instead of itself.
	cancelHook func(t *Thread, msg Value) (bool, error)
	// For tasks: the context argument, and the Future-compatible script
	// object the task waits on with the wakeup callback registered on it.
	context    Value
	duckWaiter Value
	duckWakeup Value
}

// more returns the future's extra fields, creating them on first use.
func (f *Future) more() *futureExtra {
	if f.extra == nil {
		f.extra = &futureExtra{}
	}
	return f.extra
}

// cancelMsg is the message the future was cancelled with (Null for none).
func (f *Future) cancelMsg() Value {
	if f.extra == nil {
		return Null
	}
	return f.extra.cancelMsg
}

func (f *Future) setCancelMsg(msg Value) {
	if msg.IsNull() && f.extra == nil {
		return
	}
	f.more().cancelMsg = msg
}

// SetCancelHook makes fn replace the future's cancel() (what
// _GatheringFuture does).
func (f *Future) SetCancelHook(fn func(t *Thread, msg Value) (bool, error)) {
	f.more().cancelHook = fn
}

func (f *Future) cancelHook() func(t *Thread, msg Value) (bool, error) {
	if f.extra == nil {
		return nil
	}
	return f.extra.cancelHook
}

// futCallback is one done-callback: a script callable (wrapped with its
// context argument when it has one, see withContext), or a Go callback
// with fn as its argument.
type futCallback struct {
	fn  Value
	gcb *GoCallback
}

// GoCallback is a done-callback written in Go. Its address identifies it
// for RemoveGoCallback; Name is how reprs show it.
type GoCallback struct {
	Name string
	Fn   func(t *Thread, f *Future) error
}

// NewFuture makes a pending future on loop, of class typ (FutureType when
// nil).
func NewFuture(loop *Loop, typ *Type) *Future {
	f := &Future{}
	f.init(loop, typ)
	return f
}

// init sets up a pending future of class typ (FutureType when nil) in
// place.
func (f *Future) init(loop *Loop, typ *Type) {
	*f = Future{loop: loop}
	if typ != nil && typ != FutureType {
		f.more().typ = typ
	}
}

// Type returns the future's class.
func (f *Future) Type() *Type {
	if f.extra != nil && f.extra.typ != nil {
		return f.extra.typ
	}
	return FutureType
}

// AttrDict exposes attributes set on the future (nil until the first).
func (f *Future) AttrDict() *AttrDict {
	if f.extra == nil {
		return nil
	}
	return f.extra.dict
}

// Value is the future as scripts see it.
func (f *Future) Value() Value {
	if f.extra != nil && f.extra.inst != nil {
		return Obj(f.extra.inst)
	}
	if f.isTask {
		return Obj(f.Task())
	}
	return Obj(f)
}

// Loop is the loop the future belongs to.
func (f *Future) Loop() *Loop { return f.loop }

// Task returns the Task this future is part of, or nil.
// Task's Future must be its first field for Future.Task's conversion; this
// fails to compile otherwise.
var _ = [1]struct{}{}[unsafe.Offsetof(Task{}.Future)]

func (f *Future) Task() *Task {
	if !f.isTask {
		return nil
	}
	return (*Task)(unsafe.Pointer(f))
}

// Done reports whether the future has a result, an exception or was
// cancelled.
func (f *Future) Done() bool { return f.state != futPending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == futCancelled }

// HasException reports whether the future finished with an exception.
func (f *Future) HasException() bool { return f.state == futFinished && f.exc != nil }

// AsFuture returns the Future behind v: a Future, a Task, or an instance of
// a script subclass of either. It returns nil for anything else.
func AsFuture(v Value) *Future {
	switch o := v.o.(type) {
	case *Future:
		return o
	case *Task:
		return &o.Future
	case *Instance:
		switch b := o.Base.o.(type) {
		case *Future:
			return b
		case *Task:
			return &b.Future
		}
	}
	return nil
}

// IsFuture is asyncio.isfuture: a Future, or an object advertising itself
// with a non-None _asyncio_future_blocking class attribute.
func IsFuture(t *Thread, v Value) bool {
	if AsFuture(v) != nil {
		return true
	}
	if _, ok := v.Type().Lookup("_asyncio_future_blocking"); !ok {
		return false
	}
	b, err := GetAttr(t, v, "_asyncio_future_blocking")
	return err == nil && !b.IsNone()
}

// Result is future.result(): the result, the exception it finished with,
// CancelledError, or InvalidStateError while pending.
func (f *Future) Result() (Value, error) {
	switch f.state {
	case futCancelled:
		return Null, f.MakeCancelledError()
	case futPending:
		return Null, Errorf(InvalidStateErrorType, "Result is not set.")
	}
	f.logTB = false
	if f.exc != nil {
		return Null, f.exc
	}
	return f.result, nil
}

// Exception is future.exception(): the exception or nil, CancelledError,
// or InvalidStateError while pending.
func (f *Future) Exception() (*Instance, error) {
	switch f.state {
	case futCancelled:
		return nil, f.MakeCancelledError()
	case futPending:
		return nil, Errorf(InvalidStateErrorType, "Exception is not set.")
	}
	f.logTB = false
	return f.exc, nil
}

// MakeCancelledError returns the CancelledError to raise for a cancelled
// future: the one that cancelled a task (once), else a new one carrying
// the cancel message.
func (f *Future) MakeCancelledError() *Instance {
	if f.extra != nil {
		if e := f.extra.cancelledExc; e != nil {
			f.extra.cancelledExc = nil
			return e
		}
	}
	msg := f.cancelMsg()
	if msg.IsNull() || msg.IsNone() {
		return NewException(CancelledErrorType)
	}
	return NewException(CancelledErrorType, msg)
}

// SetResult marks the future done with v and schedules its callbacks.
func (f *Future) SetResult(v Value) error {
	if f.state != futPending {
		return Errorf(InvalidStateErrorType, "invalid state")
	}
	f.result = v
	f.state = futFinished
	return f.scheduleCallbacks()
}

// SetException marks the future done with an exception (an instance or a
// class, which is instantiated) and schedules its callbacks.
func (f *Future) SetException(t *Thread, v Value) error {
	if f.state != futPending {
		return Errorf(InvalidStateErrorType, "invalid state")
	}
	if cls, ok := v.o.(*Type); ok && cls.IsException {
		r, err := Call(t, v, nil, nil)
		if err != nil {
			return err
		}
		v = r
		if f.state != futPending {
			return Errorf(InvalidStateErrorType, "invalid state")
		}
	}
	exc, ok := v.o.(*Instance)
	if !ok || exc.Exc == nil {
		return Errorf(TypeErrorType, "invalid exception object")
	}
	if exc.Class == StopIterationType {
		return Errorf(TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	return f.setExc(exc)
}

// setExc finishes the future with exc (already validated).
func (f *Future) setExc(exc *Instance) error {
	f.exc = exc
	f.state = futFinished
	if err := f.scheduleCallbacks(); err != nil {
		return err
	}
	f.logTB = true
	if f.loop != nil {
		f.loop.trackUnretrieved(f)
	}
	return nil
}

// Cancel is future.cancel(msg) as a script call would dispatch it: Task's
// and _GatheringFuture's overrides and script subclasses included. msg is
// Null for no message.
func (f *Future) Cancel(t *Thread, msg Value) (bool, error) {
	if task := f.Task(); task != nil {
		return task.Cancel(msg), nil
	}
	if hook := f.cancelHook(); hook != nil {
		return hook(t, msg)
	}
	if inst, ok := f.Value().o.(*Instance); ok {
		if m, ok := inst.Class.Lookup("cancel"); ok && !isBuiltinMethodValue(m) {
			arg := msg
			if arg.IsNull() {
				arg = None
			}
			r, err := Call(t, m, []Value{f.Value(), arg}, nil)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}
	}
	return f.CancelBase(msg), nil
}

// isGoMethod reports whether m is a method implemented in Go.
func isBuiltinMethodValue(m Value) bool {
	_, ok := m.o.(*Method)
	return ok
}

// CancelBase is Future.cancel itself: cancel a pending future and
// schedule its callbacks.
func (f *Future) CancelBase(msg Value) bool {
	f.logTB = false
	if f.state != futPending {
		return false
	}
	f.state = futCancelled
	f.setCancelMsg(msg)
	_ = f.scheduleCallbacks()
	return true
}

// scheduleCallbacks hands every callback to the loop with call_soon, in
// registration order, and clears the list.
func (f *Future) scheduleCallbacks() error {
	if !f.hasCb0 && f.cbMore == nil {
		return nil
	}
	if f.loop == nil {
		return errUninitialized()
	}
	if f.hasCb0 {
		cb := f.cb0
		f.setCallbacks(nil)
		return f.loop.callSoonCallback(cb, f)
	}
	cbs := *f.cbMore
	f.setCallbacks(nil)
	for _, cb := range cbs {
		if err := f.loop.callSoonCallback(cb, f); err != nil {
			return err
		}
	}
	return nil
}

// appendCallback adds c to the callbacks, the first one in place.
func (f *Future) appendCallback(c futCallback) {
	switch {
	case f.hasCb0:
		more := []futCallback{f.cb0, c}
		f.cb0, f.hasCb0, f.cbMore = futCallback{}, false, &more
	case f.cbMore != nil:
		*f.cbMore = append(*f.cbMore, c)
	default:
		f.cb0, f.hasCb0 = c, true
	}
}

// AddDoneCallback registers a script callback (called with the future);
// ctx is the context argument (Null or None for the current one).
func (f *Future) AddDoneCallback(fn, ctx Value) error {
	if f.loop == nil {
		return errUninitialized()
	}
	cb := futCallback{fn: withContext(fn, ctx)}
	if f.state != futPending {
		return f.loop.callSoonCallback(cb, f)
	}
	f.appendCallback(cb)
	return nil
}

// AddGoCallback registers a Go done-callback.
func (f *Future) AddGoCallback(cb *GoCallback) error {
	return f.addCallback(futCallback{gcb: cb})
}

// addCallback registers a done-callback, or schedules it at once when the
// future is done.
func (f *Future) addCallback(c futCallback) error {
	if f.loop == nil {
		return errUninitialized()
	}
	if f.state != futPending {
		return f.loop.callSoonCallback(c, f)
	}
	f.appendCallback(c)
	return nil
}

// removeTaskWakeup unregisters the wakeup callback of task.
func (f *Future) removeTaskWakeup(task *Task) {
	cbs := f.callbacks()
	kept := make([]futCallback, 0, len(cbs))
	for _, c := range cbs {
		if c.gcb == taskWakeup && c.fn.o == Object(task) {
			continue
		}
		kept = append(kept, c)
	}
	if len(kept) != len(cbs) {
		f.setCallbacks(kept)
	}
}

// RemoveGoCallback unregisters every registration of cb and returns how
// many there were.
func (f *Future) RemoveGoCallback(cb *GoCallback) int {
	n := 0
	cbs := f.callbacks()
	kept := make([]futCallback, 0, len(cbs))
	for _, c := range cbs {
		if c.gcb == cb {
			n++
			continue
		}
		kept = append(kept, c)
	}
	if n > 0 {
		f.setCallbacks(kept)
	}
	return n
}

// RemoveDoneCallback is future.remove_done_callback(fn): it removes every
// callback equal to fn and returns how many.
func (f *Future) RemoveDoneCallback(t *Thread, fn Value) (int, error) {
	n := 0
	cbs := f.callbacks()
	kept := make([]futCallback, 0, len(cbs))
	for _, c := range cbs {
		if c.gcb == nil {
			cfn, _ := splitContext(c.fn)
			eq, err := Equal(t, cfn, fn)
			if err != nil {
				return 0, err
			}
			if eq {
				n++
				continue
			}
		}
		kept = append(kept, c)
	}
	if n > 0 {
		f.setCallbacks(kept)
	}
	return n, nil
}

// errUninitialized is raised by a future whose __init__ never bound a loop.
func errUninitialized() error {
	return Errorf(RuntimeErrorType, "Future object is not initialized.")
}

// futureIter drives `await future`: its first send yields the future to
// the task (marking it blocking), the next returns the future's result.
type futureIter struct {
	f *Future
}

// Type makes futureIter an Object.
func (*futureIter) Type() *Type { return FutureIterType }

// Send advances the await.
func (it *futureIter) Send(t *Thread, v Value) (Value, bool, Value, error) {
	f := it.f
	if f == nil {
		return Null, false, Null, Errorf(RuntimeErrorType, "cannot reuse already awaited future iterator")
	}
	if f.state == futPending {
		if !f.blocking {
			f.blocking = true
			return f.Value(), false, Null, nil
		}
		return Null, false, Null, Errorf(RuntimeErrorType, "await wasn't used with future")
	}
	it.f = nil
	r, err := f.Result()
	if err != nil {
		return Null, false, Null, err
	}
	return Null, true, r, nil
}

// Throw raises exc at the await.
func (it *futureIter) Throw(t *Thread, exc *Instance) (Value, bool, Value, error) {
	it.f = nil
	return Null, false, Null, exc
}

// awaitIter is Future.__await__.
func (f *Future) awaitIter() Value { return Obj(&futureIter{f: f}) }

func init() {
	initFutureType(FutureType)
	fi := FutureIterType
	fi.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	fi.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		y, done, r, err := v.o.(*futureIter).Send(t, None)
		if err != nil {
			return Null, false, err
		}
		if done {
			return Null, false, stopIterationWith(r)
		}
		return y, true, nil
	}
	fi.AddMethod("send", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("send", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		return senderStepResult(self.o.(*futureIter).Send(t, args[0]))
	})
	fi.AddMethod("throw", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("throw", args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		exc, err := asyncThrowArg(t, args[0])
		if err != nil {
			return Null, err
		}
		return senderStepResult(self.o.(*futureIter).Throw(t, exc))
	})
	fi.AddMethod("close", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		self.o.(*futureIter).f = nil
		return None, nil
	})
}

// stopIterationWith is the StopIteration that ends an iterator with r.
func stopIterationWith(r Value) error {
	if r.IsNull() || r.IsNone() {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, r)
}

// senderStepResult turns a Send/Throw step into what send()/throw() return.
func senderStepResult(y Value, done bool, r Value, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	if done {
		return Null, stopIterationWith(r)
	}
	return y, nil
}

// throwArg makes the exception of a throw(exc) call.
func asyncThrowArg(t *Thread, v Value) (*Instance, error) {
	if e, ok := v.o.(*Instance); ok && e.Exc != nil {
		return e, nil
	}
	if cls, ok := v.o.(*Type); ok && cls.IsException {
		r, err := Call(t, v, nil, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := r.o.(*Instance); ok && e.Exc != nil {
			return e, nil
		}
	}
	return nil, Errorf(TypeErrorType, "exceptions must be classes deriving BaseException or instances of such a class")
}

// futureSelf returns the Future behind a method's self.
func futureSelf(v Value) (*Future, error) {
	if f := AsFuture(v); f != nil {
		return f, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a '_asyncio.Future' object but received a '%s'", v.TypeName())
}

// futureMethod adapts a method on *Future.
func futureMethod(fn func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error)) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		f, err := futureSelf(self)
		if err != nil {
			return Null, err
		}
		return fn(t, f, args, kwnames)
	}
}

// noArgMethod adapts a method taking no arguments.
func noArgMethod(name string, fn func(t *Thread, f *Future) (Value, error)) MethodFunc {
	return futureMethod(func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount(name, args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return fn(t, f)
	})
}

// property makes a read-only (set == nil) or read-write property.
// flagProperty is a read-write bool attribute backed by the Go field that
// field finds in self; assignments store the truth of the value.
func flagProperty(field func(self Value) (*bool, error)) Value {
	return asyncProperty(func(t *Thread, self Value) (Value, error) {
		p, err := field(self)
		if err != nil {
			return Null, err
		}
		return Bool(*p), nil
	}, func(t *Thread, self, v Value) error {
		p, err := field(self)
		if err != nil {
			return err
		}
		b, err := Truth(t, v)
		*p = b
		return err
	})
}

func asyncProperty(get func(t *Thread, self Value) (Value, error), set func(t *Thread, self, v Value) error) Value {
	p := &Property{Fget: NewBuiltin("getter", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument")
		}
		return get(t, args[0])
	}), Fset: None, Fdel: None, Doc: None}
	if set != nil {
		p.Fset = NewBuiltin("setter", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "expected 2 arguments")
			}
			return None, set(t, args[0], args[1])
		})
	}
	return Obj(p)
}

// futureProp is a property reading a field of the Future.
func futureProp(get func(f *Future) Value) Value {
	return asyncProperty(func(t *Thread, self Value) (Value, error) {
		f, err := futureSelf(self)
		if err != nil {
			return Null, err
		}
		return get(f), nil
	}, nil)
}

// instOrNoneVal is an exception or None.
func instOrNoneVal(e *Instance) Value {
	if e == nil {
		return None
	}
	return Obj(e)
}

// initFutureType installs Future's methods on typ (Future, then Task,
// which overrides some).
func initFutureType(typ *Type) {
	typ.New = newFutureObject
	typ.Slots.Repr = futureRepr
	typ.Slots.SetAttr = futureSetAttr
	typ.Slots.Iter = func(t *Thread, v Value) (Value, error) {
		f, err := futureSelf(v)
		if err != nil {
			return Null, err
		}
		return f.awaitIter(), nil
	}
	typ.AddMethod("__init__", futureMethod(func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error) {
		var loop Value
		if err := ParseArgs("Future", args, kwnames, 0, []string{"$loop"}, &loop); err != nil {
			return Null, err
		}
		l, err := loopArg(t, loop)
		if err != nil {
			return Null, err
		}
		f.loop = l
		return None, nil
	}))
	typ.AddMethod("result", noArgMethod("result", func(t *Thread, f *Future) (Value, error) { return f.Result() }))
	typ.AddMethod("exception", noArgMethod("exception", func(t *Thread, f *Future) (Value, error) {
		e, err := f.Exception()
		if err != nil {
			return Null, err
		}
		return instOrNoneVal(e), nil
	}))
	typ.AddMethod("done", noArgMethod("done", func(t *Thread, f *Future) (Value, error) { return Bool(f.Done()), nil }))
	typ.AddMethod("cancelled", noArgMethod("cancelled", func(t *Thread, f *Future) (Value, error) { return Bool(f.Cancelled()), nil }))
	typ.AddMethod("get_loop", noArgMethod("get_loop", func(t *Thread, f *Future) (Value, error) { return f.loop.Value(), nil }))
	typ.AddMethod("_make_cancelled_error", noArgMethod("_make_cancelled_error", func(t *Thread, f *Future) (Value, error) {
		return Obj(f.MakeCancelledError()), nil
	}))
	typ.AddMethod("cancel", futureMethod(func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error) {
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
		if hook := f.cancelHook(); hook != nil {
			ok, err := hook(t, msg)
			return Bool(ok), err
		}
		return Bool(f.CancelBase(msg)), nil
	}))
	typ.AddMethod("set_result", futureMethod(func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error) {
		var v Value
		if err := ParseArgs("set_result", args, kwnames, 1, []string{"/result"}, &v); err != nil {
			return Null, err
		}
		return None, f.SetResult(v)
	}))
	typ.AddMethod("set_exception", futureMethod(func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error) {
		var v Value
		if err := ParseArgs("set_exception", args, kwnames, 1, []string{"/exception"}, &v); err != nil {
			return Null, err
		}
		return None, f.SetException(t, v)
	}))
	typ.AddMethod("add_done_callback", futureMethod(func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error) {
		var fn, ctx Value
		if len(args)-len(kwnames) != 1 {
			return Null, Errorf(TypeErrorType, "add_done_callback() takes exactly 1 positional argument (%d given)", len(args)-len(kwnames))
		}
		if err := ParseArgs("add_done_callback", args, kwnames, 1, []string{"/fn", "$context"}, &fn, &ctx); err != nil {
			return Null, err
		}
		return None, f.AddDoneCallback(fn, ctx)
	}))
	typ.AddMethod("remove_done_callback", futureMethod(func(t *Thread, f *Future, args []Value, kwnames []string) (Value, error) {
		var fn Value
		if err := ParseArgs("remove_done_callback", args, kwnames, 1, []string{"/fn"}, &fn); err != nil {
			return Null, err
		}
		n, err := f.RemoveDoneCallback(t, fn)
		return Int(int64(n)), err
	}))
	awaitFn := noArgMethod("__await__", func(t *Thread, f *Future) (Value, error) { return f.awaitIter(), nil })
	typ.AddMethod("__await__", awaitFn)
	typ.AddMethod("__iter__", awaitFn)
	typ.AddMethod("_repr_info", noArgMethod("_repr_info", func(t *Thread, f *Future) (Value, error) {
		info, err := f.reprInfo(t)
		if err != nil {
			return Null, err
		}
		items := make([]Value, len(info))
		for i, s := range info {
			items[i] = Str(s)
		}
		return Obj(NewList(items)), nil
	}))
	d := typ.Dict
	d.Set("_asyncio_future_blocking", flagProperty(func(self Value) (*bool, error) {
		f, err := futureSelf(self)
		if err != nil {
			return nil, err
		}
		return &f.blocking, nil
	}))
	d.Set("_log_traceback", asyncProperty(func(t *Thread, self Value) (Value, error) {
		f, err := futureSelf(self)
		if err != nil {
			return Null, err
		}
		return Bool(f.logTB), nil
	}, func(t *Thread, self, v Value) error {
		f, err := futureSelf(self)
		if err != nil {
			return err
		}
		b, err := Truth(t, v)
		if err != nil {
			return err
		}
		if b {
			return Errorf(ValueErrorType, "_log_traceback can only be set to False")
		}
		f.logTB = false
		return nil
	}))
	d.Set("_cancel_message", asyncProperty(func(t *Thread, self Value) (Value, error) {
		f, err := futureSelf(self)
		if err != nil {
			return Null, err
		}
		return orNone(f.cancelMsg()), nil
	}, func(t *Thread, self, v Value) error {
		f, err := futureSelf(self)
		if err != nil {
			return err
		}
		f.setCancelMsg(v)
		return nil
	}))
	d.Set("_state", futureProp(func(f *Future) Value { return Str(futStateNames[f.state]) }))
	d.Set("_loop", futureProp(func(f *Future) Value { return f.loop.Value() }))
	d.Set("_result", futureProp(func(f *Future) Value {
		if f.state != futFinished {
			// A TimerFuture keeps the value it will resolve with here
			// until it is resolved, or cancelled.
			return None
		}
		return orNone(f.result)
	}))
	d.Set("_exception", futureProp(func(f *Future) Value { return instOrNoneVal(f.exc) }))
	d.Set("_source_traceback", futureProp(func(f *Future) Value { return None }))
	d.Set("_callbacks", futureProp(func(f *Future) Value {
		cbs := f.callbacks()
		if len(cbs) == 0 {
			return None
		}
		items := make([]Value, len(cbs))
		for i, c := range cbs {
			_, ctx := splitContext(c.fn)
			items[i] = NewTuple([]Value{c.value(), orNone(ctx)})
		}
		return Obj(NewList(items))
	}))
}

// value is the callback as a script value (Go callbacks become builtins).
func (c futCallback) value() Value {
	if c.gcb == nil {
		fn, _ := splitContext(c.fn)
		return fn
	}
	gcb, arg := c.gcb, c.fn
	return NewBuiltin(gcb.Name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "%s() takes exactly one argument", gcb.Name)
		}
		f := AsFuture(args[0])
		if f == nil {
			return Null, Errorf(TypeErrorType, "a Future is required")
		}
		return None, runDoneCallback(t, arg, gcb, f)
	})
}

// newFutureObject is Future(*, loop=None) and the allocation of script
// subclasses of Future.
func newFutureObject(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	var l *Loop
	if scriptInit(cls) {
		// The subclass's __init__ binds the loop; take the current one
		// if there is one.
		l, _ = GetEventLoop(t)
	} else {
		var loop Value
		if err := ParseArgs("Future", args, kwnames, 0, []string{"$loop"}, &loop); err != nil {
			return Null, err
		}
		var err error
		if l, err = loopArg(t, loop); err != nil {
			return Null, err
		}
	}
	f := NewFuture(l, FutureType)
	if cls != FutureType {
		inst := NewInstance(cls)
		inst.Base = Obj(f)
		f.more().inst = inst
	}
	return f.Value(), nil
}

// ownInit reports whether a script class defines its own __init__ (so
// construction arguments are its business).
func scriptInit(cls *Type) bool {
	return !cls.Builtin && definedByScript(cls, "__init__")
}

// loopArg resolves a loop= argument: None or absent means the running
// loop, else the thread's current event loop.
func loopArg(t *Thread, v Value) (*Loop, error) {
	if v.IsNull() || v.IsNone() {
		return GetEventLoop(t)
	}
	l := AsLoop(v)
	if l == nil {
		return nil, Errorf(AttributeErrorType, "'%s' object has no attribute 'get_debug'", v.TypeName())
	}
	return l, nil
}

// futureSetAttr creates the attribute dict on first use.
func futureSetAttr(t *Thread, v Value, name string, val Value) error {
	var f *Future
	switch o := v.o.(type) {
	case *Future:
		f = o
	case *Task:
		f = &o.Future
	}
	if f != nil && f.AttrDict() == nil {
		if _, isAttr := v.Type().Lookup(name); !isAttr {
			f.more().dict = NewAttrDict()
		}
	}
	return GenericSetAttr(t, v, name, val)
}

// futureRepr is repr(future): <Future pending cb=[...]>.
func futureRepr(t *Thread, v Value) (string, error) {
	f := AsFuture(v)
	if f == nil {
		return DefaultRepr(v), nil
	}
	if !reprEnter(t, v.o) {
		return "...", nil
	}
	defer reprLeave(t, v.o)
	var info []string
	var err error
	if task := f.Task(); task != nil {
		info, err = task.reprInfo(t)
	} else {
		info, err = f.reprInfo(t)
	}
	if err != nil {
		return "", err
	}
	s := "<" + v.Type().Name
	for _, part := range info {
		s += " " + part
	}
	return s + ">", nil
}

// reprInfo is base_futures._future_repr_info.
func (f *Future) reprInfo(t *Thread) ([]string, error) {
	info := []string{strings.ToLower(futStateNames[f.state])}
	if f.state == futFinished {
		if f.exc != nil {
			r, err := Repr(t, Obj(f.exc))
			if err != nil {
				return nil, err
			}
			info = append(info, "exception="+r)
		} else {
			r, err := ReprLimited(t, orNone(f.result))
			if err != nil {
				return nil, err
			}
			info = append(info, "result="+r)
		}
	}
	if cbs := f.callbacks(); len(cbs) > 0 {
		n := len(cbs)
		first, err := formatCallbackSource(t, cbs[0].value(), nil)
		if err != nil {
			return nil, err
		}
		cb := first
		switch {
		case n == 2:
			second, err := formatCallbackSource(t, cbs[1].value(), nil)
			if err != nil {
				return nil, err
			}
			cb += ", " + second
		case n > 2:
			last, err := formatCallbackSource(t, cbs[n-1].value(), nil)
			if err != nil {
				return nil, err
			}
			cb += ", <" + strconv.Itoa(n-2) + " more>, " + last
		}
		info = append(info, "cb=["+cb+"]")
	}
	return info, nil
}

// formatCallbackSource is format_helpers._format_callback_source: the
// callback's qualified name, its arguments, and for script functions the
// place they are defined.
func formatCallbackSource(t *Thread, fn Value, args []Value) (string, error) {
	s, err := formatCallback(t, fn, args)
	if err != nil {
		return "", err
	}
	if fn.Type() == FunctionType {
		if code, err := GetAttr(t, fn, "__code__"); err == nil {
			file, e1 := GetAttr(t, code, "co_filename")
			line, e2 := GetAttr(t, code, "co_firstlineno")
			if e1 == nil && e2 == nil {
				fs, _ := StrValue(file)
				ls, err := Repr(t, line)
				if err == nil {
					s += " at " + fs + ":" + ls
				}
			}
		}
	}
	return s, nil
}

// formatCallback is format_helpers._format_callback without keywords.
func formatCallback(t *Thread, fn Value, args []Value) (string, error) {
	name := ""
	if b, ok := fn.o.(*Builtin); ok {
		name = b.Name
	} else if q, ok, err := GetAttrOr(t, fn, "__qualname__"); err != nil {
		return "", err
	} else if s, isStr := StrValue(q); ok && isStr && s != "" {
		name = s
	} else if n, ok, err := GetAttrOr(t, fn, "__name__"); err != nil {
		return "", err
	} else if s, isStr := StrValue(n); ok && isStr && s != "" {
		name = s
	} else {
		r, err := Repr(t, fn)
		if err != nil {
			return "", err
		}
		name = r
	}
	s := name + "("
	for i, a := range args {
		if i > 0 {
			s += ", "
		}
		r, err := ReprLimited(t, a)
		if err != nil {
			return "", err
		}
		s += r
	}
	return s + ")", nil
}

// ReprLimited is reprlib.repr(v): a repr with long strings and numbers
// abbreviated and containers cut after a few items, as asyncio's reprs
// show results and callback arguments.
func ReprLimited(t *Thread, v Value) (string, error) {
	return reprLimited(t, v, 6)
}

const (
	reprMaxString = 30
	reprMaxLong   = 40
	reprMaxOther  = 30
	reprMaxItems  = 6
	reprMaxDict   = 4
)

// reprAbbrev cuts s to max characters around "...".
func reprAbbrev(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	i := (max - 3) / 2
	j := max - 3 - i
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

func reprLimited(t *Thread, v Value, level int) (string, error) {
	switch o := v.o.(type) {
	case *StrObject:
		r := []rune(o.S)
		if len(r) <= reprMaxString {
			return Repr(t, v)
		}
		i := (reprMaxString - 3) / 2
		j := reprMaxString - 3 - i
		s, err := Repr(t, Str(string(r[:i])+string(r[len(r)-j:])))
		if err != nil {
			return "", err
		}
		sr := []rune(s)
		return string(sr[:i]) + "..." + string(sr[len(sr)-j:]), nil
	case *List:
		return reprLimitedItems(t, o.Items, level, "[", "]", "")
	case *Tuple:
		return reprLimitedItems(t, o.Items, level, "(", ")", ",")
	case *Set:
		items := sortedForRepr(t, o.Items())
		if len(items) == 0 {
			if o.Frozen {
				return "frozenset()", nil
			}
			return "set()", nil
		}
		if o.Frozen {
			return reprLimitedItems(t, items, level, "frozenset({", "})", "")
		}
		return reprLimitedItems(t, items, level, "{", "}", "")
	case *Dict:
		n := o.Len()
		if n == 0 {
			return "{}", nil
		}
		if level <= 0 {
			return "{...}", nil
		}
		keys := sortedForRepr(t, o.Keys())
		var parts []string
		for i, k := range keys {
			if i >= reprMaxDict {
				parts = append(parts, "...")
				break
			}
			val, _, err := o.Get(t, k)
			if err != nil {
				return "", err
			}
			ks, err := reprLimited(t, k, level-1)
			if err != nil {
				return "", err
			}
			vs, err := reprLimited(t, val, level-1)
			if err != nil {
				return "", err
			}
			parts = append(parts, ks+": "+vs)
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	}
	s, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	if v.Type() == IntType {
		return reprAbbrev(s, reprMaxLong), nil
	}
	return reprAbbrev(s, reprMaxOther), nil
}

func reprLimitedItems(t *Thread, items []Value, level int, left, right, trail string) (string, error) {
	n := len(items)
	if level <= 0 && n > 0 {
		return left + "..." + right, nil
	}
	var parts []string
	for i, x := range items {
		if i >= reprMaxItems {
			parts = append(parts, "...")
			break
		}
		s, err := reprLimited(t, x, level-1)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	if n == 1 && trail != "" {
		right = trail + right
	}
	return left + strings.Join(parts, ", ") + right, nil
}

// sortedForRepr sorts items when they are orderable (reprlib's
// _possibly_sorted).
func sortedForRepr(t *Thread, items []Value) []Value {
	out := append([]Value(nil), items...)
	failed := false
	for i := 1; i < len(out) && !failed; i++ {
		for j := i; j > 0; j-- {
			lt, err := CompareBool(t, out[j], out[j-1], CmpLt)
			if err != nil {
				failed = true
				break
			}
			if !lt {
				break
			}
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	if failed {
		return append([]Value(nil), items...)
	}
	return out
}

// CancelMessage is the message the future was cancelled with (Null for
// none).
func (f *Future) CancelMessage() Value { return f.cancelMsg() }

// SetExceptionInstance finishes the future with exc.
func (f *Future) SetExceptionInstance(exc *Instance) error {
	if f.state != futPending {
		return Errorf(InvalidStateErrorType, "invalid state")
	}
	return f.setExc(exc)
}

// MarkRetrieved stops the future from reporting its exception as never
// retrieved.
func (f *Future) MarkRetrieved() { f.logTB = false }
