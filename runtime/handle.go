package runtime

import (
	"strings"
	"unsafe"
)

// This file is what the event loop schedules: asyncio's Handle and
// TimerHandle, the FIFO of ready callbacks and the heap of timers. Task
// steps, the most frequent callbacks by far, go through the ready queue
// without a Handle, and every internal handle is as small as the loop can
// make it: a program with a million suspended tasks holds a million of
// these.

// Handle is a callback scheduled on the loop: asyncio.Handle, or a
// TimerHandle when it has a deadline. One struct serves every kind of
// callback; kind says which fields are in use.
type Handle struct {
	// timerHead comes first: the timer heap holds its address, which is
	// the Handle's (timerHead.handle).
	timerHead
	loop *Loop
	// fn is the callable of call_soon/call_at (wrapped with its context
	// when it has one), the done-callback of fut (or its argument, for a
	// Go callback), or the exception a handleStep throws.
	fn  Value
	fut *Future
	// x is the rest, by kind: the arguments (*[]Value) of handleCall, the
	// *GoCallback of handleDone, the *goFunc of handleGo, the *Task of
	// handleStep, the func(*Thread) error of handleCompletion.
	x any
}

// timerHead is what the timer heap orders and the loop keeps for a timer:
// the first field of a Handle and of a TimerFuture, which is how the heap
// holds both. The flags that are a Handle's alone share its word.
type timerHead struct {
	when float64
	kind handleKind
	// internal handles are never seen by scripts: recycled after they run.
	internal  bool
	cancelled bool
	timer     bool // a TimerHandle (a Handle with a deadline)
	scheduled bool
	// isFuture marks the timer of a TimerFuture rather than a Handle.
	isFuture bool
}

// handle is the Handle this timer heads.
func (th *timerHead) handle() *Handle { return (*Handle)(unsafe.Pointer(th)) }

// timerFuture is the TimerFuture this timer heads.
func (th *timerHead) timerFuture() *TimerFuture { return (*TimerFuture)(unsafe.Pointer(th)) }

// Both conversions need timerHead first; these fail to compile otherwise.
var (
	_ = [1]struct{}{}[unsafe.Offsetof(Handle{}.timerHead)]
	_ = [1]struct{}{}[unsafe.Offsetof(TimerFuture{}.tm)]
)

type handleKind uint8

const (
	handleCall       handleKind = iota // fn(*args)
	handleDone                         // a done-callback of fut
	handleGo                           // gofn
	handleStep                         // a step of task
	handleCompletion                   // x, a func(*Thread) error handed over by Loop.Complete or Post
)

// goFunc is a callback written in Go and the name reprs show for it.
type goFunc struct {
	name string
	fn   func(t *Thread) error
}

// ctxCallback carries a callback's context argument along with it; it
// never reaches scripts.
type ctxCallback struct{ fn, ctx Value }

// Type makes ctxCallback an Object.
func (*ctxCallback) Type() *Type { return ObjectType }

// withContext attaches a context argument to fn (Null or None: none).
func withContext(fn, ctx Value) Value {
	if ctx.IsNull() || ctx.IsNone() {
		return fn
	}
	return Obj(&ctxCallback{fn: fn, ctx: ctx})
}

// splitContext undoes withContext: the callable and its context (Null
// when none).
func splitContext(v Value) (fn, ctx Value) {
	if c, ok := v.o.(*ctxCallback); ok {
		return c.fn, c.ctx
	}
	return v, Null
}

// Type is Handle or TimerHandle.
func (h *Handle) Type() *Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// Cancel is handle.cancel().
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	if h.timer && h.scheduled {
		h.loop.timerCancelledCount++
	}
	h.cancelled = true
	h.fn = Null
	h.fut = nil
	h.x = nil
}

// args are the arguments of a handleCall callback.
func (h *Handle) args() []Value {
	if a, ok := h.x.(*[]Value); ok {
		return *a
	}
	return nil
}

// gcb is the Go callback of a handleDone handle, or nil.
func (h *Handle) gcb() *GoCallback {
	g, _ := h.x.(*GoCallback)
	return g
}

// step is the task and exception of a handleStep handle.
func (h *Handle) step() (*Task, *Instance) {
	task, _ := h.x.(*Task)
	exc, _ := h.fn.o.(*Instance)
	return task, exc
}

// Cancelled reports whether the handle was cancelled.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is a timer handle's deadline in loop time.
func (h *Handle) When() float64 { return h.when }

// context is the context argument the callback was scheduled with.
func (h *Handle) context() Value {
	_, ctx := splitContext(h.fn)
	return ctx
}

// run calls the callback. Exceptions go to the loop's exception handler;
// the returned error is fatal to the loop (SystemExit, KeyboardInterrupt,
// an aborted run).
func (h *Handle) run(t *Thread) error {
	var err error
	switch h.kind {
	case handleStep:
		task, exc := h.step()
		err = task.step(t, exc)
	case handleDone:
		err = runDoneCallback(t, h.fn, h.gcb(), h.fut)
	case handleGo:
		err = h.x.(*goFunc).fn(t)
	case handleCompletion:
		err = h.x.(func(t *Thread) error)(t)
	default:
		fn, _ := splitContext(h.fn)
		_, err = Call(t, fn, h.args(), nil)
	}
	if err == nil {
		return nil
	}
	return h.loop.callbackError(t, h, err)
}

// runDoneCallback calls one done-callback of f.
func runDoneCallback(t *Thread, fn Value, gcb *GoCallback, f *Future) error {
	switch gcb {
	case nil:
		fn, _ = splitContext(fn)
		_, err := Call(t, fn, []Value{f.Value()}, nil)
		return err
	case taskWakeup:
		return fn.o.(*Task).wakeup(t, f)
	}
	return gcb.Fn(t, f)
}

// callbackError hands an exception raised by a callback to the loop's
// exception handler; what it returns is fatal to the loop.
func (l *Loop) callbackError(t *Thread, h *Handle, err error) error {
	exc, ok := err.(*Instance)
	if !ok || exc.Class.IsSubtype(SystemExitType) || exc.Class.IsSubtype(KeyboardInterruptType) {
		return err
	}
	cb := h.describe(t)
	h.internal = false // the handler may keep it
	ctx := NewDict()
	ctx.SetStr("message", Str("Exception in callback "+cb))
	ctx.SetStr("exception", Obj(exc))
	ctx.SetStr("handle", Obj(h))
	return l.CallExceptionHandler(t, ctx)
}

// describe is _format_callback_source of the handle's callback.
func (h *Handle) describe(t *Thread) string {
	switch h.kind {
	case handleStep:
		return "TaskStepMethWrapper()"
	case handleDone:
		if gcb := h.gcb(); gcb != nil {
			r, _ := Repr(t, h.fut.Value())
			return gcb.Name + "(" + r + ")"
		}
		fn, _ := splitContext(h.fn)
		s, _ := formatCallbackSource(t, fn, []Value{h.fut.Value()})
		return s
	case handleGo:
		return h.x.(*goFunc).name + "()"
	case handleCompletion:
		return "completion()"
	}
	if fn, _ := splitContext(h.fn); !fn.IsNull() {
		s, _ := formatCallbackSource(t, fn, h.args())
		return s
	}
	return ""
}

// handleRepr is repr(handle): <Handle cb(args)> or <TimerHandle when=...>.
func handleRepr(t *Thread, v Value) (string, error) {
	h := v.o.(*Handle)
	parts := []string{h.Type().Name}
	if h.cancelled {
		parts = append(parts, "cancelled")
	}
	if h.timer {
		parts = append(parts, "when="+FloatRepr(h.when))
	}
	if !h.cancelled {
		if d := h.describe(t); d != "" {
			parts = append(parts, d)
		}
	}
	return "<" + strings.Join(parts, " ") + ">", nil
}

// callSoonHandle appends h to the ready queue.
func (l *Loop) callSoonHandle(h *Handle) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	h.loop = l
	l.ready.push(h)
	return nil
}

// internalHandle returns a recycled or new handle for internal use.
func (l *Loop) internalHandle() *Handle {
	if n := len(l.free); n > 0 {
		h := l.free[n-1]
		l.free[n-1] = nil
		l.free = l.free[:n-1]
		return h
	}
	return &Handle{timerHead: timerHead{internal: true}}
}

// recycle returns an internal handle that has run to the free list.
func (l *Loop) recycle(h *Handle) {
	if !h.internal || len(l.free) >= 256 {
		return
	}
	*h = Handle{timerHead: timerHead{internal: true}}
	l.free = append(l.free, h)
}

// callSoonStep schedules a step of task (throwing exc when set). Plain
// steps take no Handle: the ready queue holds the task itself.
func (l *Loop) callSoonStep(task *Task, exc *Instance) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if exc != nil {
		l.ready.push(&Handle{timerHead: timerHead{kind: handleStep}, loop: l, x: task, fn: Obj(exc)})
		return nil
	}
	l.ready.pushStep(task)
	return nil
}

// runStep runs a task step or wakeup taken from the ready queue.
func (l *Loop) runStep(t *Thread, it readyItem) error {
	task := it.task
	if it.h == wakeupItem {
		f := task.waiter
		err := task.wakeup(t, f)
		if err == nil {
			return nil
		}
		return l.callbackError(t, &Handle{timerHead: timerHead{kind: handleDone}, loop: l, fn: Obj(task), x: taskWakeup, fut: f}, err)
	}
	err := task.step(t, nil)
	if err == nil {
		return nil
	}
	return l.callbackError(t, &Handle{timerHead: timerHead{kind: handleStep}, loop: l, x: task}, err)
}

// wakeupItem marks a ready-queue entry that wakes its task with the
// outcome of the future the task waits on (task_wakeup): the most frequent
// done-callback, which then needs no Handle.
var wakeupItem = &Handle{}

// callSoonCallback schedules a done-callback of f.
func (l *Loop) callSoonCallback(cb futCallback, f *Future) error {
	if cb.gcb == taskWakeup {
		// The task waits on f until the wakeup runs: nothing else steps
		// it meanwhile, so its waiter still names f then.
		if task, ok := cb.fn.o.(*Task); ok && task.waiter == f {
			if err := l.checkClosed(); err != nil {
				return err
			}
			l.ready.add(readyItem{h: wakeupItem, task: task})
			return nil
		}
	}
	h := l.internalHandle()
	h.kind, h.fn, h.fut = handleDone, cb.fn, f
	if cb.gcb != nil {
		h.x = cb.gcb
	}
	return l.callSoonHandle(h)
}

// CallSoon is loop.call_soon(fn, *args, context=ctx).
func (l *Loop) CallSoon(t *Thread, fn Value, args []Value, ctx Value) (*Handle, error) {
	if err := l.checkCallback(t, fn, "call_soon"); err != nil {
		return nil, err
	}
	h := &Handle{fn: withContext(fn, ctx)}
	if len(args) > 0 {
		h.x = &args
	}
	if err := l.callSoonHandle(h); err != nil {
		return nil, err
	}
	return h, nil
}

// CallSoonGo schedules a Go callback; name is what reprs show.
func (l *Loop) CallSoonGo(name string, fn func(t *Thread) error) (*Handle, error) {
	h := &Handle{timerHead: timerHead{kind: handleGo}, x: &goFunc{name: name, fn: fn}}
	if err := l.callSoonHandle(h); err != nil {
		return nil, err
	}
	return h, nil
}

// checkCallback is BaseEventLoop._check_callback, applied in debug mode.
func (l *Loop) checkCallback(t *Thread, fn Value, method string) error {
	if !l.debug {
		return nil
	}
	if IsCoroutine(fn) || isCoroutineFunction(fn) {
		return Errorf(TypeErrorType, "coroutines cannot be used with %s()", method)
	}
	if !IsCallable(fn) {
		r, err := Repr(t, fn)
		if err != nil {
			return err
		}
		return Errorf(TypeErrorType, "a callable object was expected by %s(), got %s", method, r)
	}
	return nil
}

// isCoroutineFunction reports whether fn is an async def function.
func isCoroutineFunction(fn Value) bool {
	if bm, ok := fn.o.(*BoundMethod); ok {
		fn = bm.Func
	}
	c, ok := fn.o.(interface{ IsCoroutineFunction() bool })
	return ok && c.IsCoroutineFunction()
}

// CallAt is loop.call_at(when, fn, *args, context=ctx).
func (l *Loop) CallAt(t *Thread, when float64, fn Value, args []Value, ctx Value) (*Handle, error) {
	if err := l.checkCallback(t, fn, "call_at"); err != nil {
		return nil, err
	}
	h := &Handle{fn: withContext(fn, ctx)}
	if len(args) > 0 {
		h.x = &args
	}
	if err := l.schedule(h, when); err != nil {
		return nil, err
	}
	return h, nil
}

// CallLater is loop.call_later(delay, fn, *args, context=ctx).
func (l *Loop) CallLater(t *Thread, delay float64, fn Value, args []Value, ctx Value) (*Handle, error) {
	return l.CallAt(t, l.Time()+delay, fn, args, ctx)
}

// CallAtGo schedules a Go callback at loop time when.
func (l *Loop) CallAtGo(when float64, name string, fn func(t *Thread) error) (*Handle, error) {
	h := &Handle{timerHead: timerHead{kind: handleGo}, x: &goFunc{name: name, fn: fn}}
	if err := l.schedule(h, when); err != nil {
		return nil, err
	}
	return h, nil
}

// CallLaterGo schedules a Go callback delay seconds from now.
func (l *Loop) CallLaterGo(delay float64, name string, fn func(t *Thread) error) (*Handle, error) {
	return l.CallAtGo(l.Time()+delay, name, fn)
}

// schedule pushes a timer handle on the heap.
func (l *Loop) schedule(h *Handle, when float64) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	h.loop = l
	h.timer = true
	h.when = when
	l.heapPush(&h.timerHead)
	h.scheduled = true
	return nil
}

// TimerFuture is a Future resolved by its own timer, as asyncio.sleep's
// future and its call_later(_set_result_unless_cancelled) handle: one
// allocation, with no closure and no Handle. Embed it in the coroutine
// that waits on it. The timer is only a deadline in the heap; when it is
// due the loop queues the future itself (readyItem.tf) and resolves it in
// its turn, as the TimerHandle would run. Until then the value it will
// resolve with waits in the pending future's result slot, and before
// Start the timer's deadline slot holds the delay in seconds.
type TimerFuture struct {
	tm timerHead
	Future
}

// SetTimerResult sets the value the timer will resolve the future with
// (call it before Start).
func (f *TimerFuture) SetTimerResult(v Value) { f.result = v }

// TimerResult is the value set by SetTimerResult.
func (f *TimerFuture) TimerResult() Value { return f.result }

// SetSeconds keeps a delay until Start (asyncio.sleep's, when it is a
// number).
func (f *TimerFuture) SetSeconds(secs float64) { f.tm.when = secs }

// Seconds is the delay given to SetSeconds; valid until Start.
func (f *TimerFuture) Seconds() float64 { return f.tm.when }

// Start makes f a pending future of loop that its timer resolves delay
// seconds from now, unless it is cancelled first.
func (f *TimerFuture) Start(loop *Loop, delay float64) error {
	if err := loop.checkClosed(); err != nil {
		return err
	}
	r := f.result
	f.Future.init(loop, FutureType)
	f.result = r
	f.tm = timerHead{when: loop.Time() + delay, isFuture: true}
	loop.heapPush(&f.tm)
	f.tm.scheduled = true
	return nil
}

// fire is the timer's callback, run from the ready queue:
// futures._set_result_unless_cancelled(fut, result).
// A future a script resolved meanwhile (through task._fut_waiter) is left
// as it is; CPython would log the InvalidStateError its callback raises.
func (f *TimerFuture) fire() error {
	if f.Done() {
		return nil
	}
	return f.SetResult(f.result)
}

// StopTimer cancels the timer (the future is left as it is).
func (f *TimerFuture) StopTimer() {
	if f.tm.cancelled || !f.tm.isFuture {
		return
	}
	if f.tm.scheduled {
		f.loop.timerCancelledCount++
	}
	f.tm.cancelled = true
}

// The timer heap: heapq's algorithms on l.scheduled, comparing deadlines.

func (l *Loop) heapPush(h *timerHead) {
	l.scheduled = appendGrow(l.scheduled, h)
	timerSiftDown(l.scheduled, 0, len(l.scheduled)-1)
}

func (l *Loop) heapPop() *timerHead {
	heap := l.scheduled
	last := heap[len(heap)-1]
	heap[len(heap)-1] = nil
	heap = heap[:len(heap)-1]
	l.scheduled = heap
	if len(heap) == 0 {
		return last
	}
	top := heap[0]
	heap[0] = last
	timerSiftUp(heap, 0)
	return top
}

// siftDown is heapq._siftdown: move heap[pos] up towards startpos.
func timerSiftDown(heap []*timerHead, startpos, pos int) {
	item := heap[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := heap[parentpos]
		if item.when < parent.when {
			heap[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	heap[pos] = item
}

// siftUp is heapq._siftup: move the smaller child up until a leaf, then
// sift the item down into place.
func timerSiftUp(heap []*timerHead, pos int) {
	endpos := len(heap)
	startpos := pos
	item := heap[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos && !(heap[childpos].when < heap[rightpos].when) {
			childpos = rightpos
		}
		heap[pos] = heap[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	heap[pos] = item
	timerSiftDown(heap, startpos, pos)
}

// heapify is heapq.heapify.
func timerHeapify(heap []*timerHead) {
	for i := len(heap)/2 - 1; i >= 0; i-- {
		timerSiftUp(heap, i)
	}
}

// readyItem is one entry of the ready queue: a handle, a step of task,
// (h == wakeupItem) the wakeup of task, or a TimerFuture whose timer is
// due.
type readyItem struct {
	h    *Handle
	task *Task
	tf   *TimerFuture
}

// handleQueue is the FIFO ring of ready callbacks.
type handleQueue struct {
	buf        []readyItem
	head, size int
}

func (q *handleQueue) len() int { return q.size }

func (q *handleQueue) push(h *Handle) { q.add(readyItem{h: h}) }

func (q *handleQueue) pushStep(task *Task) { q.add(readyItem{task: task}) }

func (q *handleQueue) add(it readyItem) {
	if q.size == len(q.buf) {
		n := 2 * len(q.buf)
		if n == 0 {
			n = 16
		}
		buf := make([]readyItem, n)
		for i := 0; i < q.size; i++ {
			buf[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = buf, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = it
	q.size++
}

func (q *handleQueue) pop() readyItem {
	it := q.buf[q.head]
	q.buf[q.head] = readyItem{}
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return it
}

func (q *handleQueue) clear() {
	clear(q.buf)
	q.head, q.size = 0, 0
}

func init() {
	ht := HandleType
	ht.Slots.Repr = handleRepr
	TimerHandleType.Slots.Repr = handleRepr
	handleMethod := func(name string, fn func(h *Handle) Value) MethodFunc {
		return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			h, ok := self.o.(*Handle)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '%s' requires a 'Handle' object but received a '%s'", name, self.TypeName())
			}
			if err := ArgCount(name, args, kwnames, 0, 0); err != nil {
				return Null, err
			}
			return fn(h), nil
		}
	}
	ht.AddMethod("cancel", handleMethod("cancel", func(h *Handle) Value { h.Cancel(); return None }))
	ht.AddMethod("cancelled", handleMethod("cancelled", func(h *Handle) Value { return Bool(h.cancelled) }))
	ht.AddMethod("get_context", handleMethod("get_context", func(h *Handle) Value { return orNone(h.context()) }))
	TimerHandleType.AddMethod("when", handleMethod("when", func(h *Handle) Value { return Float(h.when) }))
}
