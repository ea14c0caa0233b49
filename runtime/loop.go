package runtime

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// This file is asyncio's event loop, a port of BaseEventLoop: a FIFO of
// ready handles, a heap of timer handles ordered by deadline alone (with
// heapq's exact sift algorithms, so equal deadlines come out in CPython's
// order), and _run_once's iteration structure. Goroutines doing host work
// hand their results back through Complete; while such operations are
// pending the loop waits for them. When nothing at all can happen any more
// the loop reports a deadlock instead of hanging, and on a virtual clock it
// jumps to the next timer instead of sleeping.

// The event loop's classes.
var (
	// LoopType is the event loop class.
	LoopType = newAsyncType("_UnixSelectorEventLoop", "asyncio.unix_events", ObjectType)
	// HandleType is asyncio.Handle (what call_soon returns).
	HandleType = newAsyncType("Handle", "asyncio.events", ObjectType)
	// TimerHandleType is asyncio.TimerHandle (what call_later returns).
	TimerHandleType = newAsyncType("TimerHandle", "asyncio.events", HandleType)
)

const (
	minScheduledTimerHandles       = 100
	minCancelledTimerHandlesFactor = 0.5
	maximumSelectTimeout           = 24 * 3600
	clockResolution                = 1e-09
)

// AsyncioState is a thread's asyncio bookkeeping, what CPython keeps in
// its event loop policy and module globals.
type AsyncioState struct {
	// EventLoop is the loop set by set_event_loop (or created by
	// get_event_loop); SetCalled records that set_event_loop was called.
	EventLoop *Loop
	SetCalled bool
	// TaskCounter numbers the default task names Task-1, Task-2, ...
	TaskCounter int64
}

// AsyncioOf returns t's asyncio state, creating it on first use.
func AsyncioOf(t *Thread) *AsyncioState {
	if t.Asyncio == nil {
		t.Asyncio = &AsyncioState{}
	}
	return t.Asyncio
}

// Loop is an asyncio event loop. Its methods must be called on the
// goroutine that runs it, except StartOp, Complete and Post.
type Loop struct {
	t                   *Thread
	clock               *Clock
	ready               handleQueue
	scheduled           []*timerHead
	timerCancelledCount int
	stopping            bool
	closed              bool
	running             bool
	debug               bool
	exceptionHandler    Value
	taskFactory         Value
	current             *Task
	mainFut             *Future
	tasks               []*Task
	compactAt           int // registry length that triggers compactTasks
	unretrieved         []*Future
	unretrievedAt       int // length that triggers dropping retrieved ones
	dict                *AttrDict
	free                []*Handle // recycled internal handles

	mu    sync.Mutex
	inbox []func(t *Thread) error
	// spare is the inbox array drainInbox emptied last, reused for the
	// next batch.
	spare   []func(t *Thread) error
	wake    chan struct{}
	pending atomic.Int64
	// held counts hosts keeping the loop alive for work they may post
	// later (Hold): no deadlock is reported meanwhile, but a virtual
	// clock still jumps, since no operation is under way.
	held atomic.Int64
}

// NewLoop makes an event loop for t (asyncio.new_event_loop).
func NewLoop(t *Thread) *Loop {
	return &Loop{t: t, clock: ClockOf(t), wake: make(chan struct{}, 1), exceptionHandler: None, taskFactory: None}
}

// Type makes Loop an Object.
func (l *Loop) Type() *Type { return LoopType }

// AttrDict exposes attributes set on the loop.
func (l *Loop) AttrDict() *AttrDict { return l.dict }

// Value is the loop as scripts see it (None for a nil loop).
func (l *Loop) Value() Value {
	if l == nil {
		return None
	}
	return Obj(l)
}

// AsLoop returns the loop behind v, or nil.
func AsLoop(v Value) *Loop {
	l, _ := v.o.(*Loop)
	return l
}

// RunningLoop is the loop running on t, or nil.
func RunningLoop(t *Thread) *Loop {
	l, _ := t.Loop.(*Loop)
	return l
}

// GetRunningLoop is asyncio.get_running_loop().
func GetRunningLoop(t *Thread) (*Loop, error) {
	if l := RunningLoop(t); l != nil {
		return l, nil
	}
	return nil, Errorf(RuntimeErrorType, "no running event loop")
}

// GetEventLoop is asyncio.get_event_loop(): the running loop, else the
// thread's current loop, created on first use unless set_event_loop was
// called.
func GetEventLoop(t *Thread) (*Loop, error) {
	if l := RunningLoop(t); l != nil {
		return l, nil
	}
	st := AsyncioOf(t)
	if st.EventLoop == nil && !st.SetCalled {
		SetEventLoop(t, NewLoop(t))
	}
	if st.EventLoop == nil {
		return nil, Errorf(RuntimeErrorType, "There is no current event loop in thread 'MainThread'.")
	}
	return st.EventLoop, nil
}

// SetEventLoop is asyncio.set_event_loop(l); nil unsets.
func SetEventLoop(t *Thread, l *Loop) {
	st := AsyncioOf(t)
	st.SetCalled = true
	st.EventLoop = l
}

// Time is loop.time(): the loop's monotonic clock in seconds.
func (l *Loop) Time() float64 { return l.clock.Monotonic() }

// Clock is the clock the loop runs on.
func (l *Loop) Clock() *Clock { return l.clock }

// IsRunning reports whether the loop is running.
func (l *Loop) IsRunning() bool { return l.running }

// IsClosed reports whether the loop was closed.
func (l *Loop) IsClosed() bool { return l.closed }

// CurrentTask is the task being stepped, or nil.
func (l *Loop) CurrentTask() *Task { return l.current }

// Debug reports the loop's debug mode.
func (l *Loop) Debug() bool { return l.debug }

// SetDebug sets the loop's debug mode.
func (l *Loop) SetDebug(on bool) { l.debug = on }

func (l *Loop) checkClosed() error {
	if l.closed {
		return Errorf(RuntimeErrorType, "Event loop is closed")
	}
	return nil
}

// CreateFuture is loop.create_future().
func (l *Loop) CreateFuture() *Future { return NewFuture(l, nil) }

// CreateTask is loop.create_task(coro, name=, context=): a Task, or what
// the task factory makes. name and ctx may be Null.
func (l *Loop) CreateTask(t *Thread, coro, name, ctx Value) (Value, error) {
	if err := l.checkClosed(); err != nil {
		return Null, err
	}
	if l.taskFactory.IsNone() || l.taskFactory.IsNull() {
		task, err := NewTask(t, l, coro, name, ctx)
		if err != nil {
			return Null, err
		}
		return task.Value(), nil
	}
	var task Value
	var err error
	if ctx.IsNull() || ctx.IsNone() {
		task, err = Call(t, l.taskFactory, []Value{l.Value(), coro}, nil)
	} else {
		task, err = Call(t, l.taskFactory, []Value{l.Value(), coro, ctx}, []string{"context"})
	}
	if err != nil {
		return Null, err
	}
	if !name.IsNull() && !name.IsNone() {
		if _, err := CallMethod(t, task, "set_name", name); err != nil {
			return Null, err
		}
	}
	return task, nil
}

// registerTask adds a task to the loop's registry (all_tasks). Finished
// tasks are dropped when the registry has doubled since the last
// compaction, so registering stays amortised O(1).
func (l *Loop) registerTask(task *Task) {
	l.tasks = appendGrow(l.tasks, task)
	if len(l.tasks) >= l.compactAt {
		l.compactTasks()
	}
}

// compactTasks drops finished tasks from the registry.
func (l *Loop) compactTasks() {
	kept := l.tasks[:0]
	for _, task := range l.tasks {
		if task.state == futPending {
			kept = append(kept, task)
		}
	}
	clear(l.tasks[len(kept):])
	l.tasks = kept
	l.compactAt = max(64, 2*len(kept))
}

// AllTasks returns the loop's unfinished tasks, oldest first.
func (l *Loop) AllTasks() []*Task {
	l.compactTasks()
	return append([]*Task(nil), l.tasks...)
}

// trackUnretrieved remembers a future that finished with an exception, to
// report it when the loop closes if nobody looked at it.
func (l *Loop) trackUnretrieved(f *Future) {
	if len(l.unretrieved) >= max(64, l.unretrievedAt) {
		kept := l.unretrieved[:0]
		for _, g := range l.unretrieved {
			if g.logTB {
				kept = append(kept, g)
			}
		}
		clear(l.unretrieved[len(kept):])
		l.unretrieved = kept
		l.unretrievedAt = 2 * len(kept)
	}
	l.unretrieved = append(l.unretrieved, f)
}

// StartOp registers a pending host operation (a goroutine that will hand
// a result back with Complete). While operations are pending the loop
// waits for them: it neither reports a deadlock nor advances a virtual
// clock. Safe from any goroutine.
func (l *Loop) StartOp() { l.pending.Add(1) }

// Hold keeps the loop waiting for work a host may post later (a started
// interpreter's submissions, a REPL's next entry) instead of reporting a
// deadlock when nothing is ready. Unlike StartOp it does not stop a
// virtual clock from jumping to the next timer. Safe from any goroutine.
func (l *Loop) Hold() { l.held.Add(1) }

// Release ends one Hold.
func (l *Loop) Release() {
	l.held.Add(-1)
	l.signal()
}

// Complete ends a pending host operation: fn runs on the loop's goroutine
// as a ready callback (its error is handled like a callback's). Safe from
// any goroutine; call it exactly once per StartOp.
func (l *Loop) Complete(fn func(t *Thread) error) {
	l.mu.Lock()
	l.inbox = append(l.inbox, fn)
	l.pending.Add(-1)
	l.mu.Unlock()
	l.signal()
}

// Post hands fn to the loop from any goroutine without a pending
// operation (call_soon_threadsafe).
func (l *Loop) Post(fn func(t *Thread) error) {
	l.mu.Lock()
	l.inbox = append(l.inbox, fn)
	l.mu.Unlock()
	l.signal()
}

func (l *Loop) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Spawn runs work on a new goroutine as a pending operation and returns a
// future resolved on the loop with finish(work's results). work must not
// touch script values; finish runs on the loop's goroutine and turns
// work's Go result into a value. A cancelled future drops the result.
func (l *Loop) Spawn(work func() (any, error), finish func(t *Thread, res any, err error) (Value, error)) *Future {
	f := l.CreateFuture()
	l.StartOp()
	go func() {
		res, err := work()
		l.Complete(func(t *Thread) error {
			v, e := finish(t, res, err)
			if f.Done() {
				return nil
			}
			if e != nil {
				if exc, ok := e.(*Instance); ok {
					return f.setExc(exc)
				}
				return e
			}
			return f.SetResult(v)
		})
	}()
	return f
}

// drainInbox moves what other goroutines posted into the ready queue.
func (l *Loop) drainInbox() {
	l.mu.Lock()
	inbox := l.inbox
	l.inbox = l.spare[:0]
	l.mu.Unlock()
	// A recycled internal handle carries each completion: the function
	// value goes in x as it is, so steady traffic allocates nothing.
	for _, fn := range inbox {
		h := l.internalHandle()
		h.kind, h.loop, h.x = handleCompletion, l, fn
		l.ready.push(h)
	}
	clear(inbox)
	l.mu.Lock()
	l.spare = inbox[:0]
	l.mu.Unlock()
}

// idle reports whether nothing can wake the loop but its timers.
func (l *Loop) idle() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.inbox) == 0 && l.pending.Load() == 0
}

// AbortError stops a loop whose thread's context was cancelled while it
// waited.
type AbortError struct{ Cause error }

// Error describes the interruption.
func (e *AbortError) Error() string { return "interrupted: " + e.Cause.Error() }

// Unwrap returns the context's error.
func (e *AbortError) Unwrap() error { return e.Cause }

// poll waits up to timeout (forever when negative) for posted work and
// moves it to the ready queue.
func (l *Loop) poll(t *Thread, timeout float64) error {
	if timeout != 0 {
		var ctxDone <-chan struct{}
		if t.Ctx != nil {
			ctxDone = t.Ctx.Done()
		}
		var timerC <-chan time.Time
		if timeout > 0 {
			timer := time.NewTimer(time.Duration(timeout * 1e9))
			defer timer.Stop()
			timerC = timer.C
		}
		select {
		case <-l.wake:
		case <-timerC:
		case <-ctxDone:
			return &AbortError{Cause: t.Ctx.Err()}
		}
	}
	l.drainInbox()
	return nil
}

// runOnce is one iteration of the loop (BaseEventLoop._run_once).
func (l *Loop) runOnce(t *Thread) error {
	n := len(l.scheduled)
	if n > minScheduledTimerHandles && float64(l.timerCancelledCount)/float64(n) > minCancelledTimerHandlesFactor {
		kept := make([]*timerHead, 0, n)
		for _, h := range l.scheduled {
			if h.cancelled {
				h.scheduled = false
			} else {
				kept = append(kept, h)
			}
		}
		timerHeapify(kept)
		l.scheduled = kept
		l.timerCancelledCount = 0
	} else {
		for len(l.scheduled) > 0 && l.scheduled[0].cancelled {
			l.timerCancelledCount--
			h := l.heapPop()
			h.scheduled = false
		}
	}
	timeout := -1.0
	if l.ready.len() > 0 || l.stopping {
		timeout = 0
	} else if len(l.scheduled) > 0 {
		timeout = math.Min(math.Max(0, l.scheduled[0].when-l.Time()), maximumSelectTimeout)
	}
	if timeout != 0 && l.idle() {
		if timeout < 0 {
			if l.held.Load() == 0 {
				return l.deadlock(t)
			}
		} else if l.clock.virtual {
			l.clock.Advance(time.Duration(math.Ceil(timeout*1e9)) + 1)
			timeout = 0
		}
	}
	if err := l.poll(t, timeout); err != nil {
		return err
	}
	if len(l.scheduled) > 0 {
		end := l.Time() + clockResolution
		for len(l.scheduled) > 0 {
			h := l.scheduled[0]
			if h.when >= end {
				break
			}
			l.heapPop()
			h.scheduled = false
			if h.isFuture {
				l.ready.add(readyItem{tf: h.timerFuture()})
			} else {
				l.ready.push(h.handle())
			}
		}
	}
	ntodo := l.ready.len()
	for i := 0; i < ntodo; i++ {
		it := l.ready.pop()
		if it.task != nil {
			if err := l.runStep(t, it); err != nil {
				return err
			}
			continue
		}
		if it.tf != nil {
			if !it.tf.tm.cancelled {
				if err := it.tf.fire(); err != nil {
					return err
				}
			}
			continue
		}
		h := it.h
		if h.cancelled {
			continue
		}
		if err := h.run(t); err != nil {
			return err
		}
		l.recycle(h)
	}
	return nil
}

// deadlockMessage is the RuntimeError raised when every task is blocked.
const deadlockMessage = "deadlock: all tasks are blocked"

// deadlock handles an iteration where nothing can ever wake anything: it
// reports the blocked tasks on stderr and raises RuntimeError in the main
// task of run_until_complete (or fails run_forever).
func (l *Loop) deadlock(t *Thread) error {
	var b strings.Builder
	b.WriteString(deadlockMessage + "\n")
	for _, task := range l.AllTasks() {
		b.WriteString("  " + task.Name())
		if s, ok := task.coro.o.(interface {
			SuspendedAt() (file, fn string, line int)
		}); ok {
			file, _, line := s.SuspendedAt()
			b.WriteString(" at " + file + ":" + strconv.Itoa(line))
		}
		if w := task.Waiting(); !w.IsNull() {
			r, err := Repr(t, w)
			if err != nil {
				r = "<" + w.TypeName() + ">"
			}
			b.WriteString(" awaiting " + r)
		}
		b.WriteString("\n")
	}
	if t.Stderr != nil {
		_, _ = t.Stderr.Write([]byte(b.String()))
	}
	exc := Errorf(RuntimeErrorType, deadlockMessage)
	main := l.mainFut
	if main == nil || main.Done() {
		return exc
	}
	if task := main.Task(); task != nil {
		if w := task.waiter; w != nil {
			w.removeTaskWakeup(task)
		}
		if x := task.extra; x != nil && !x.duckWakeup.IsNull() && !x.duckWaiter.IsNull() {
			if _, err := CallMethod(t, x.duckWaiter, "remove_done_callback", x.duckWakeup); err != nil && loopFatal(err) {
				return err
			}
			x.duckWakeup = Null
		}
		task.waiter = nil
		if task.extra != nil {
			task.extra.duckWaiter = Null
		}
		return l.callSoonStep(task, exc)
	}
	return main.setExc(exc)
}

// RunForever is loop.run_forever(): run until stop() is called.
func (l *Loop) RunForever(t *Thread) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if err := l.checkRunning(t); err != nil {
		return err
	}
	l.running = true
	t.Loop = l
	defer func() {
		l.stopping = false
		l.running = false
		t.Loop = nil
	}()
	for {
		if err := l.runOnce(t); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

func (l *Loop) checkRunning(t *Thread) error {
	if l.running {
		return Errorf(RuntimeErrorType, "This event loop is already running")
	}
	if RunningLoop(t) != nil {
		return Errorf(RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	return nil
}

// runUntilCompleteCb stops the loop when the future it runs is done.
var runUntilCompleteCb = &GoCallback{Name: "_run_until_complete_cb", Fn: func(t *Thread, f *Future) error {
	if !f.Cancelled() && f.exc != nil {
		if f.exc.Class.IsSubtype(SystemExitType) || f.exc.Class.IsSubtype(KeyboardInterruptType) {
			return nil
		}
	}
	f.loop.Stop()
	return nil
}}

// RunUntilComplete is loop.run_until_complete(future): run until the
// future (a coroutine is wrapped in a Task) is done, and return its result.
func (l *Loop) RunUntilComplete(t *Thread, v Value) (Value, error) {
	if err := l.checkClosed(); err != nil {
		return Null, err
	}
	if err := l.checkRunning(t); err != nil {
		return Null, err
	}
	newTask := !IsFuture(t, v)
	fv, err := EnsureFuture(t, v, l)
	if err != nil {
		return Null, err
	}
	f := AsFuture(fv)
	if f == nil {
		return Null, Errorf(TypeErrorType, "run_until_complete() needs an asyncio Future")
	}
	if task := f.Task(); newTask && task != nil {
		task.logDestroyPending = false
	}
	if err := f.AddGoCallback(runUntilCompleteCb); err != nil {
		return Null, err
	}
	saved := l.mainFut
	l.mainFut = f
	err = l.RunForever(t)
	l.mainFut = saved
	f.RemoveGoCallback(runUntilCompleteCb)
	if err != nil {
		if newTask && f.Done() && !f.Cancelled() {
			f.logTB = false
		}
		return Null, err
	}
	if !f.Done() {
		return Null, Errorf(RuntimeErrorType, "Event loop stopped before Future completed.")
	}
	return f.Result()
}

// EnsureFuture is asyncio.ensure_future(v, loop=l): a future as is, a
// coroutine or awaitable wrapped in a task. l may be nil (the current
// loop).
func EnsureFuture(t *Thread, v Value, l *Loop) (Value, error) {
	if IsFuture(t, v) {
		if l != nil {
			if f := AsFuture(v); f != nil && f.loop != l {
				return Null, Errorf(ValueErrorType, "The future belongs to a different loop than the one specified as the loop argument")
			}
		}
		return v, nil
	}
	if !IsCoroutine(v) {
		if _, ok := v.Type().Lookup("__await__"); !ok {
			return Null, Errorf(TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required")
		}
		v = Obj(wrapAwaitable(v))
	}
	if l == nil {
		var err error
		if l, err = GetEventLoop(t); err != nil {
			return Null, err
		}
	}
	return l.CreateTask(t, v, Null, Null)
}

// wrapAwaitable is tasks._wrap_awaitable: a coroutine awaiting aw.
func wrapAwaitable(aw Value) *Coro {
	return NewCoroFunc("_wrap_awaitable", func(t *Thread, c *Coro, r Value, err error) (Value, error) {
		if c.PC == 0 {
			c.PC = 1
			return c.Await(aw)
		}
		return r, err
	})
}

// Stop is loop.stop(): the loop stops after the current iteration.
func (l *Loop) Stop() { l.stopping = true }

// Close is loop.close(): it drops pending callbacks and reports futures
// whose exception nobody retrieved and tasks still pending.
func (l *Loop) Close(t *Thread) error {
	if l.running {
		return Errorf(RuntimeErrorType, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.runClosers()
	l.ready.clear()
	clear(l.scheduled)
	l.scheduled = nil
	return l.reportLeftovers(t)
}

// Discard closes the loop without reporting anything: for runs that were
// aborted, whose leftovers are no news.
func (l *Loop) Discard() {
	l.closed = true
	l.runClosers()
	l.ready.clear()
	clear(l.scheduled)
	l.scheduled = nil
	l.unretrieved = nil
	l.tasks = nil
}

// reportLeftovers is what CPython's garbage collector reports for this
// loop's objects: exceptions never retrieved, tasks destroyed pending.
func (l *Loop) reportLeftovers(t *Thread) error {
	unretrieved := l.unretrieved
	l.unretrieved = nil
	for _, f := range unretrieved {
		if !f.logTB {
			continue
		}
		f.logTB = false
		ctx := NewDict()
		ctx.SetStr("message", Str(f.Value().Type().Name+" exception was never retrieved"))
		ctx.SetStr("exception", Obj(f.exc))
		ctx.SetStr("future", f.Value())
		if err := l.CallExceptionHandler(t, ctx); err != nil {
			return err
		}
	}
	for _, task := range l.AllTasks() {
		if !task.logDestroyPending {
			continue
		}
		task.logDestroyPending = false
		ctx := NewDict()
		ctx.SetStr("message", Str("Task was destroyed but it is pending!"))
		ctx.SetStr("task", task.Value())
		if err := l.CallExceptionHandler(t, ctx); err != nil {
			return err
		}
		WarnNeverAwaited(t, task.coro)
	}
	return nil
}

// CallExceptionHandler is loop.call_exception_handler(context).
func (l *Loop) CallExceptionHandler(t *Thread, ctx *Dict) error {
	if l.exceptionHandler.IsNone() || l.exceptionHandler.IsNull() {
		if err := l.DefaultExceptionHandler(t, ctx); err != nil {
			if loopFatal(err) {
				return err
			}
			l.writeStderr(t, "Exception in default exception handler\n")
		}
		return nil
	}
	_, err := Call(t, l.exceptionHandler, []Value{l.Value(), Obj(ctx)}, nil)
	if err == nil || loopFatal(err) {
		return err
	}
	inner := NewDict()
	inner.SetStr("message", Str("Unhandled error in exception handler"))
	inner.SetStr("exception", Obj(err.(*Instance)))
	inner.SetStr("context", Obj(ctx))
	if err := l.DefaultExceptionHandler(t, inner); err != nil {
		if loopFatal(err) {
			return err
		}
		l.writeStderr(t, "Exception in default exception handler while handling an unexpected error in custom exception handler\n")
	}
	return nil
}

// fatal reports whether err must stop the loop: not an exception, or
// SystemExit / KeyboardInterrupt.
func loopFatal(err error) bool {
	e, ok := err.(*Instance)
	return !ok || e.Class.IsSubtype(SystemExitType) || e.Class.IsSubtype(KeyboardInterruptType)
}

func (l *Loop) writeStderr(t *Thread, s string) {
	if t.Stderr != nil {
		_, _ = t.Stderr.Write([]byte(s))
	}
}

// DefaultExceptionHandler is loop.default_exception_handler(context): the
// message, the other context entries sorted by key, and the exception's
// traceback, on stderr.
func (l *Loop) DefaultExceptionHandler(t *Thread, ctx *Dict) error {
	message := "Unhandled exception in event loop"
	if m, ok := ctx.GetStr("message"); ok {
		if truth, err := Truth(t, m); err == nil && truth {
			s, err := ToStr(t, m)
			if err != nil {
				return err
			}
			message = s
		}
	}
	var keys []string
	ctx.Range(func(k, v Value) bool {
		if s, ok := StrValue(k); ok && s != "message" && s != "exception" {
			keys = append(keys, s)
		}
		return true
	})
	sort.Strings(keys)
	lines := []string{message}
	for _, k := range keys {
		v, _ := ctx.GetStr(k)
		r, err := Repr(t, v)
		if err != nil {
			return err
		}
		lines = append(lines, k+": "+r)
	}
	out := strings.Join(lines, "\n") + "\n"
	if e, ok := ctx.GetStr("exception"); ok {
		if exc, ok := e.o.(*Instance); ok && exc.Exc != nil {
			out += FormatException(t, exc, sourceLiner(t))
		}
	}
	l.writeStderr(t, out)
	return nil
}

// Shutdown reports, for t's current event loop, what CPython reports
// when a program ends: exceptions never retrieved and tasks destroyed
// while pending. Hosts call it when a program finishes.
func Shutdown(t *Thread) error {
	if t.Asyncio == nil || t.Asyncio.EventLoop == nil || t.Asyncio.EventLoop.running {
		return nil
	}
	return t.Asyncio.EventLoop.reportLeftovers(t)
}

// The script-visible methods of the loop and its handles.

func loopSelf(v Value) (*Loop, error) {
	if l := AsLoop(v); l != nil {
		return l, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires an event loop but received a '%s'", v.TypeName())
}

func loopMethod(fn func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error)) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		l, err := loopSelf(self)
		if err != nil {
			return Null, err
		}
		return fn(t, l, args, kwnames)
	}
}

func loopNoArgs(name string, fn func(t *Thread, l *Loop) (Value, error)) MethodFunc {
	return loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount(name, args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return fn(t, l)
	})
}

// callbackArgs splits (callback, *args, context=None) after nfixed
// leading positional parameters.
func callbackArgs(fname string, args []Value, kwnames []string, nfixed int) (fixed []Value, fn Value, cbArgs []Value, ctx Value, err error) {
	npos := len(args) - len(kwnames)
	ctx = Null
	for i, k := range kwnames {
		if k != "context" {
			return nil, Null, nil, Null, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		ctx = args[npos+i]
	}
	if npos < nfixed+1 {
		names := []string{"'callback'"}
		if nfixed == 1 {
			names = []string{"'delay'", "'callback'"}
			if fname == "call_at" {
				names[0] = "'when'"
			}
		}
		names = names[npos:]
		if len(names) == 1 {
			return nil, Null, nil, Null, Errorf(TypeErrorType, "BaseEventLoop.%s() missing 1 required positional argument: %s", fname, names[0])
		}
		return nil, Null, nil, Null, Errorf(TypeErrorType, "BaseEventLoop.%s() missing 2 required positional arguments: %s and %s", fname, names[0], names[1])
	}
	return args[:nfixed], args[nfixed], append([]Value(nil), args[nfixed+1:npos]...), ctx, nil
}

// ToSeconds converts a delay or deadline argument to float seconds, with
// the TypeError that adding it to a float would raise.
func ToSeconds(t *Thread, v Value) (float64, error) {
	switch {
	case v.IsFloat():
		return v.AsFloat(), nil
	case v.IsInt(), v.IsBool():
		return float64(v.AsInt()), nil
	}
	r, err := BinaryOp(t, OpAdd, Float(0), v)
	if err != nil {
		return 0, err
	}
	if r.IsFloat() {
		return r.AsFloat(), nil
	}
	return 0, Errorf(TypeErrorType, "unsupported operand type(s) for +: 'float' and '%s'", v.TypeName())
}

func init() {
	// Runs after exceptions.go's init (files initialise in name order).
	installExceptionGroupSlots()
	lt := LoopType
	lt.Slots.Repr = func(t *Thread, v Value) (string, error) {
		l := v.o.(*Loop)
		return "<" + lt.Name + " running=" + loopBool(l.running) + " closed=" + loopBool(l.closed) + " debug=" + loopBool(l.debug) + ">", nil
	}
	lt.Slots.SetAttr = func(t *Thread, v Value, name string, val Value) error {
		l := v.o.(*Loop)
		if l.dict == nil {
			l.dict = NewAttrDict()
		}
		return GenericSetAttr(t, v, name, val)
	}
	lt.AddMethod("run_until_complete", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		var fut Value
		if err := ParseArgs("run_until_complete", args, kwnames, 1, []string{"future"}, &fut); err != nil {
			return Null, err
		}
		return l.RunUntilComplete(t, fut)
	}))
	lt.AddMethod("run_forever", loopNoArgs("run_forever", func(t *Thread, l *Loop) (Value, error) {
		return None, l.RunForever(t)
	}))
	lt.AddMethod("stop", loopNoArgs("stop", func(t *Thread, l *Loop) (Value, error) {
		l.Stop()
		return None, nil
	}))
	lt.AddMethod("close", loopNoArgs("close", func(t *Thread, l *Loop) (Value, error) {
		return None, l.Close(t)
	}))
	lt.AddMethod("is_running", loopNoArgs("is_running", func(t *Thread, l *Loop) (Value, error) {
		return Bool(l.running), nil
	}))
	lt.AddMethod("is_closed", loopNoArgs("is_closed", func(t *Thread, l *Loop) (Value, error) {
		return Bool(l.closed), nil
	}))
	lt.AddMethod("time", loopNoArgs("time", func(t *Thread, l *Loop) (Value, error) {
		return Float(l.Time()), nil
	}))
	lt.AddMethod("get_debug", loopNoArgs("get_debug", func(t *Thread, l *Loop) (Value, error) {
		return Bool(l.debug), nil
	}))
	lt.AddMethod("set_debug", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("set_debug", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		b, err := Truth(t, args[0])
		l.debug = b
		return None, err
	}))
	lt.AddMethod("create_future", loopNoArgs("create_future", func(t *Thread, l *Loop) (Value, error) {
		return l.CreateFuture().Value(), nil
	}))
	lt.AddMethod("create_task", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		var coro, name, ctx Value
		if err := ParseArgs("create_task", args, kwnames, 1, []string{"coro", "$name", "$context"}, &coro, &name, &ctx); err != nil {
			return Null, err
		}
		return l.CreateTask(t, coro, name, ctx)
	}))
	callSoon := func(name string) MethodFunc {
		return loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
			_, fn, cbArgs, ctx, err := callbackArgs(name, args, kwnames, 0)
			if err != nil {
				return Null, err
			}
			h, err := l.CallSoon(t, fn, cbArgs, ctx)
			if err != nil {
				return Null, err
			}
			return Obj(h), nil
		})
	}
	lt.AddMethod("call_soon", callSoon("call_soon"))
	lt.AddMethod("call_soon_threadsafe", callSoon("call_soon_threadsafe"))
	lt.AddMethod("call_later", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		fixed, fn, cbArgs, ctx, err := callbackArgs("call_later", args, kwnames, 1)
		if err != nil {
			return Null, err
		}
		if fixed[0].IsNone() {
			return Null, Errorf(TypeErrorType, "delay must not be None")
		}
		delay, err := ToSeconds(t, fixed[0])
		if err != nil {
			return Null, err
		}
		h, err := l.CallLater(t, delay, fn, cbArgs, ctx)
		if err != nil {
			return Null, err
		}
		return Obj(h), nil
	}))
	lt.AddMethod("call_at", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		fixed, fn, cbArgs, ctx, err := callbackArgs("call_at", args, kwnames, 1)
		if err != nil {
			return Null, err
		}
		if fixed[0].IsNone() {
			return Null, Errorf(TypeErrorType, "when cannot be None")
		}
		when, err := ToSeconds(t, fixed[0])
		if err != nil {
			return Null, err
		}
		h, err := l.CallAt(t, when, fn, cbArgs, ctx)
		if err != nil {
			return Null, err
		}
		return Obj(h), nil
	}))
	lt.AddMethod("set_exception_handler", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("set_exception_handler", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		h := args[0]
		if !h.IsNone() && !IsCallable(h) {
			r, err := Repr(t, h)
			if err != nil {
				return Null, err
			}
			return Null, Errorf(TypeErrorType, "A callable object or None is expected, got %s", r)
		}
		l.exceptionHandler = h
		return None, nil
	}))
	lt.AddMethod("get_exception_handler", loopNoArgs("get_exception_handler", func(t *Thread, l *Loop) (Value, error) {
		return l.exceptionHandler, nil
	}))
	contextArg := func(name string) MethodFunc {
		return loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount(name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			d, ok := args[0].o.(*Dict)
			if !ok {
				return Null, Errorf(TypeErrorType, "%s() argument must be a dict, not %s", name, args[0].TypeName())
			}
			if name == "default_exception_handler" {
				return None, l.DefaultExceptionHandler(t, d)
			}
			return None, l.CallExceptionHandler(t, d)
		})
	}
	lt.AddMethod("call_exception_handler", contextArg("call_exception_handler"))
	lt.AddMethod("default_exception_handler", contextArg("default_exception_handler"))
	lt.AddMethod("set_task_factory", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("set_task_factory", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !args[0].IsNone() && !IsCallable(args[0]) {
			return Null, Errorf(TypeErrorType, "task factory must be a callable or None")
		}
		l.taskFactory = args[0]
		return None, nil
	}))
	lt.AddMethod("get_task_factory", loopNoArgs("get_task_factory", func(t *Thread, l *Loop) (Value, error) {
		return l.taskFactory, nil
	}))
	lt.AddMethod("run_in_executor", loopMethod(func(t *Thread, l *Loop, args []Value, kwnames []string) (Value, error) {
		return Null, Errorf(NotImplementedErrorType, "loop.run_in_executor() is not supported yet: aio has no thread pool executor")
	}))
	done := func(name string) MethodFunc {
		return loopNoArgs(name, func(t *Thread, l *Loop) (Value, error) {
			return Obj(NewCoroFunc(name, func(t *Thread, c *Coro, r Value, err error) (Value, error) {
				return None, nil
			})), nil
		})
	}
	lt.AddMethod("shutdown_asyncgens", done("shutdown_asyncgens"))
	lt.AddMethod("shutdown_default_executor", done("shutdown_default_executor"))

}

func loopBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
