package aio

import (
	"context"
	"errors"
	"fmt"
	goruntime "runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"

	"github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/vm"
)

// This file is how API calls reach the interpreter's goroutine and the
// budgets they run under.
//
// Every call is a job run under a run: the call's context, its step count
// and its memory baseline. Tasks that a run creates belong to it: their
// steps count against its budget, they stop when its context ends, and
// they are stopped with it.
//
// A job runs directly on the caller's goroutine when the interpreter is
// not started (holding the interpreter lock), and is posted to the event
// loop when it is. Async results (coroutines) run as tasks: to completion
// of the loop for a direct job, with a reply from the task's done-callback
// for a posted one.

// job is the work of one API call.
type job struct {
	// start runs the synchronous part on the interpreter's goroutine.
	start func(t *runtime.Thread) (runtime.Value, error)
	// await runs a coroutine that start returns to completion.
	await bool
	// finish turns the final value into the call's Go result (nil: none).
	finish func(v runtime.Value) (any, error)
}

// run is one call into the interpreter and the tasks it created.
type run struct {
	ctx      context.Context
	steps    int64
	maxSteps int64
	memBase  int64
	// stop is why the run was stopped (a budget, its context, Close).
	stop error
	// tasks are the unfinished tasks created on behalf of the run.
	tasks []*runtime.Task
	// captured: a task refers to the run, which cannot be reused.
	captured bool
	// loose is the run of code that no call owns (callbacks of a started
	// loop): its step count restarts after every task step.
	loose bool
}

// newRun makes the run of a call with ctx.
func (in *Interpreter) newRun(ctx context.Context) *run {
	r := in.spare
	if r != nil && !r.captured {
		in.spare = nil
		*r = run{}
	} else {
		r = &run{}
	}
	r.ctx = ctx
	r.maxSteps = in.opts.maxSteps
	if in.opts.maxMemory > 0 {
		r.memBase = in.mem.heap()
	}
	return r
}

// release offers a finished run for reuse.
func (in *Interpreter) release(r *run) {
	if !r.captured {
		r.ctx = nil
		in.spare = r
	}
}

// track records a task created on behalf of r.
func (r *run) track(task *runtime.Task) {
	r.captured = true
	if n := len(r.tasks); n >= 32 && n&(n-1) == 0 {
		kept := r.tasks[:0]
		for _, x := range r.tasks {
			if !x.Done() {
				kept = append(kept, x)
			}
		}
		clear(r.tasks[len(kept):])
		r.tasks = kept
	}
	r.tasks = append(r.tasks, task)
}

// stopped reports why r must not run any more code, if it must not.
func (in *Interpreter) stopped(r *run) error {
	if r.stop != nil {
		return r.stop
	}
	if in.halt.Load() {
		return ErrClosed
	}
	if r.ctx != nil {
		if err := r.ctx.Err(); err != nil {
			return err
		}
	}
	return nil
}

// stopRun stops r for cause: its unfinished tasks are cancelled and will
// end without running more script code.
func (in *Interpreter) stopRun(r *run, cause error) {
	if r.stop == nil {
		r.stop = cause
	}
	tasks := r.tasks
	r.tasks = nil
	for _, task := range tasks {
		if !task.Done() {
			task.Cancel(runtime.Null)
		}
	}
}

// saved is the interpreter state a nested run restores.
type saved struct {
	cur   *run
	ctx   context.Context
	steps int64
	depth int
}

// enter makes r the running run.
func (in *Interpreter) enter(r *run) saved {
	t := in.vm.Thread
	s := saved{in.cur, t.Ctx, in.vm.Steps, t.Depth}
	in.cur = r
	t.Ctx = r.ctx
	in.vm.Steps = r.steps
	return s
}

// leave restores what enter saved.
func (in *Interpreter) leave(s saved) {
	t := in.vm.Thread
	if r := in.cur; r != nil {
		r.steps = in.vm.Steps
	}
	in.cur = s.cur
	t.Ctx = s.ctx
	in.vm.Steps = s.steps
	if s.cur != nil && s.cur.loose {
		in.vm.Steps = 0
	}
	t.Depth = s.depth
}

// check is the vm's periodic host check (vm.MemCheck): Close, the step
// budget and the memory budget of the running run.
func (in *Interpreter) check() error {
	if in.halt.Load() || in.stopCurrent.Load() && in.stopCurrent.CompareAndSwap(true, false) {
		return ErrClosed
	}
	r := in.cur
	if r == nil {
		return nil
	}
	if r.stop != nil {
		return r.stop
	}
	if r.maxSteps > 0 && in.vm.Steps > r.maxSteps {
		return &limitError{msg: fmt.Sprintf("step budget of %d instructions exceeded", r.maxSteps), kind: ErrStepLimit}
	}
	if in.opts.maxMemory > 0 {
		return in.checkMemory(r)
	}
	return nil
}

// checkMemory compares the heap's growth since the run started with the
// memory budget; over it, it collects garbage and looks again.
func (in *Interpreter) checkMemory(r *run) error {
	return in.fits(r, 0)
}

// reserve is the vm's check before one large allocation (vm.MemReserve):
// it fails when the heap's growth since the run started plus n bytes
// would exceed the memory budget, so a single huge allocation ("x" *
// 10**10) is refused before it is made.
func (in *Interpreter) reserve(n int64) error {
	r := in.cur
	if r == nil || in.opts.maxMemory <= 0 {
		return nil
	}
	if n > in.opts.maxMemory {
		return in.memoryExceeded()
	}
	return in.fits(r, n)
}

// fits reports (as an error) whether the heap's growth since r started
// plus n more bytes stays within the budget, collecting garbage before a
// refusal.
func (in *Interpreter) fits(r *run, n int64) error {
	if in.mem.heap()-r.memBase+n <= in.opts.maxMemory {
		return nil
	}
	goruntime.GC()
	if in.mem.heap()-r.memBase+n <= in.opts.maxMemory {
		return nil
	}
	return in.memoryExceeded()
}

// memoryExceeded is the error of a run over its memory budget.
func (in *Interpreter) memoryExceeded() error {
	return &limitError{msg: fmt.Sprintf("memory budget of %d bytes exceeded", in.opts.maxMemory), kind: ErrMemoryLimit}
}

// memSampler reads the size of the Go heap's objects.
type memSampler struct {
	sample [1]metrics.Sample
}

func (m *memSampler) heap() int64 {
	m.sample[0].Name = "/memory/classes/heap/objects:bytes"
	metrics.Read(m.sample[:])
	if m.sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(m.sample[0].Value.Uint64())
}

// do runs j for a call with ctx: directly or on the loop, see above.
func (in *Interpreter) do(ctx context.Context, j *job) (any, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if o, ok := ctx.Value(originKey{}).(*origin); ok && o.in == in && !in.started.Load() {
		return in.postFrom(o, ctx, j)
	}
	if in.started.Load() {
		if in.inGoCall.Load() > 0 && goid() == in.loopGID.Load() {
			// A Go function called by a script calls back: run nested.
			return in.direct(ctx, j)
		}
		return in.post(in.loop, ctx, j, false)
	}
	if in.closing.Load() {
		return nil, abortError(ErrClosed)
	}
	in.mu.Lock()
	if in.started.Load() || in.closing.Load() {
		in.mu.Unlock()
		return in.do(ctx, j)
	}
	in.gilHeld.Store(true)
	res, err := in.direct(ctx, j)
	in.gilHeld.Store(false)
	in.mu.Unlock()
	return res, err
}

// direct runs j on this goroutine, which owns the interpreter.
func (in *Interpreter) direct(ctx context.Context, j *job) (res any, err error) {
	if e := ctx.Err(); e != nil {
		return nil, abortError(e)
	}
	r := in.newRun(ctx)
	s := in.enter(r)
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, internalError(p)
		}
		in.leave(s)
		in.release(r)
	}()
	t := in.vm.Thread
	v, err := j.start(t)
	if err == nil && j.await && runtime.IsCoroutine(v) {
		v, err = in.complete(r, v)
	}
	if err != nil {
		return nil, in.runError(r, err)
	}
	if j.finish == nil {
		return nil, nil
	}
	return j.finish(v)
}

// runError is the *Error of a failed run: why it was stopped, or the
// exception.
func (in *Interpreter) runError(r *run, err error) error {
	if r.stop != nil {
		if exc, ok := err.(*runtime.Instance); !ok || exc.Class.IsSubtype(runtime.CancelledErrorType) {
			return abortError(r.stop)
		}
	}
	return in.convertError(err)
}

// complete runs coro as a task of r on the interpreter's loop until it is
// done.
func (in *Interpreter) complete(r *run, coro runtime.Value) (runtime.Value, error) {
	t := in.vm.Thread
	if runtime.RunningLoop(t) != nil {
		if c, ok := coro.Raw().(interface{ Close(*runtime.Thread) error }); ok {
			_ = c.Close(t)
		}
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType,
			"cannot run an async function to completion inside a running event loop; await it instead")
	}
	l := in.ensureLoop()
	task, err := in.spawn(t, l, coro, r)
	if err != nil {
		return runtime.Null, err
	}
	v, err := l.RunUntilComplete(t, task.Value())
	if err != nil && !task.Done() {
		in.stopRun(r, stopCause(err))
	}
	return v, err
}

// stopCause is what stopped a loop that returned err.
func stopCause(err error) error {
	if e, ok := err.(*runtime.AbortError); ok {
		return e.Cause
	}
	var abort *vm.Abort
	if errors.As(err, &abort) {
		if abort.Cause != nil {
			return abort.Cause
		}
		return errors.New(abort.Reason)
	}
	return errLoopStopped
}

// errLoopStopped stops the tasks of a call whose loop ended with another
// task's SystemExit or KeyboardInterrupt.
var errLoopStopped = errors.New("aio: the event loop stopped")

// ensureLoop returns the interpreter's event loop, creating it.
func (in *Interpreter) ensureLoop() *runtime.Loop {
	if in.loop != nil {
		return in.loop
	}
	t := in.vm.Thread
	l := runtime.NewLoop(t)
	in.factory = runtime.NewBuiltin("aio_task_factory", in.taskFactory)
	_, _ = runtime.CallMethod(t, l.Value(), "set_task_factory", in.factory)
	in.loop = l
	return l
}

// pending is a job posted to a loop, waited for by its caller.
type pending struct {
	reply    chan result
	claimed  atomic.Bool
	answered atomic.Bool
	task     atomic.Pointer[runtime.Task]
}

type result struct {
	v   any
	err error
}

func (p *pending) claim() bool { return p.claimed.CompareAndSwap(false, true) }

func (p *pending) answer(v any, err error) {
	if p.answered.CompareAndSwap(false, true) {
		p.reply <- result{v, err}
	}
}

// post hands j to loop l and waits for the answer, or for ctx to end.
// With fallback (the interpreter is not started), a waiter that finds
// the interpreter lock free runs the job itself, or drives the loop.
func (in *Interpreter) post(l *runtime.Loop, ctx context.Context, j *job, fallback bool) (any, error) {
	if err := ctx.Err(); err != nil {
		return nil, abortError(err)
	}
	if in.closing.Load() {
		return nil, abortError(ErrClosed)
	}
	p := &pending{reply: make(chan result, 1)}
	in.addWaiter(p)
	defer in.dropWaiter(p)
	if in.closing.Load() {
		return nil, abortError(ErrClosed)
	}
	l.Post(func(t *runtime.Thread) error {
		if p.claim() {
			in.runPosted(l, ctx, j, p)
		}
		return nil
	})
	var tick <-chan time.Time
	if fallback {
		ticker := time.NewTicker(time.Millisecond)
		defer ticker.Stop()
		tick = ticker.C
	}
	for {
		select {
		case res := <-p.reply:
			return res.v, res.err
		case <-ctx.Done():
			if p.claim() {
				return nil, abortError(ctx.Err())
			}
			select {
			case res := <-p.reply:
				return res.v, res.err
			default:
			}
			return nil, abortError(ctx.Err())
		case <-tick:
			if res, ok := in.takeOver(l, ctx, j, p); ok {
				return res.v, res.err
			}
		}
	}
}

// takeOver is the fallback of post: when nobody holds the interpreter
// lock, nobody runs the loop, so the waiter runs the job itself or runs
// the loop until the job's task is done.
func (in *Interpreter) takeOver(l *runtime.Loop, ctx context.Context, j *job, p *pending) (result, bool) {
	if in.started.Load() || !in.mu.TryLock() {
		return result{}, false
	}
	defer in.mu.Unlock()
	in.gilHeld.Store(true)
	defer in.gilHeld.Store(false)
	if p.claim() {
		v, err := in.direct(ctx, j)
		return result{v, err}, true
	}
	task := p.task.Load()
	if task == nil || task.Done() || l.IsRunning() || l.IsClosed() {
		return result{}, false
	}
	_, _ = in.direct(ctx, &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		_, err := l.RunUntilComplete(t, task.Value())
		return runtime.None, err
	}})
	return result{}, false
}

// runPosted runs a posted job on the loop's goroutine. An async result
// becomes a task whose done-callback answers.
func (in *Interpreter) runPosted(l *runtime.Loop, ctx context.Context, j *job, p *pending) {
	if err := ctx.Err(); err != nil {
		p.answer(nil, abortError(err))
		return
	}
	if in.halt.Load() {
		p.answer(nil, abortError(ErrClosed))
		return
	}
	r := in.newRun(ctx)
	r.captured = true
	s := in.enter(r)
	defer in.leave(s)
	t := in.vm.Thread
	v, err := in.safeStart(j, t)
	if err == nil && j.await && runtime.IsCoroutine(v) {
		var task *runtime.Task
		task, err = in.spawn(t, l, v, r)
		if err == nil {
			p.task.Store(task)
			stop := context.AfterFunc(ctx, func() {
				l.Post(func(t *runtime.Thread) error {
					in.stopRun(r, ctx.Err())
					return nil
				})
			})
			err = task.AddGoCallback(&runtime.GoCallback{Name: "aio_reply", Fn: func(t *runtime.Thread, f *runtime.Future) error {
				stop()
				s := in.enter(r)
				defer in.leave(s)
				v, err := f.Result()
				p.answer(in.finishJob(r, j, v, err))
				return nil
			}})
			if err == nil {
				return
			}
		}
	}
	p.answer(in.finishJob(r, j, v, err))
}

// safeStart runs j.start with panics caught.
func (in *Interpreter) safeStart(j *job, t *runtime.Thread) (v runtime.Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			v, err = runtime.Null, internalError(p)
		}
	}()
	return j.start(t)
}

// finishJob converts the outcome of a job.
func (in *Interpreter) finishJob(r *run, j *job, v runtime.Value, err error) (res any, rerr error) {
	defer func() {
		if p := recover(); p != nil {
			res, rerr = nil, internalError(p)
		}
	}()
	if err != nil {
		return nil, in.runError(r, err)
	}
	if j.finish == nil {
		return nil, nil
	}
	return j.finish(v)
}

func (in *Interpreter) addWaiter(p *pending) {
	in.waitersMu.Lock()
	if in.waiters == nil {
		in.waiters = map[*pending]struct{}{}
	}
	in.waiters[p] = struct{}{}
	in.waitersMu.Unlock()
}

func (in *Interpreter) dropWaiter(p *pending) {
	in.waitersMu.Lock()
	delete(in.waiters, p)
	in.waitersMu.Unlock()
}

// releaseWaiters answers every call still waiting with ErrClosed.
func (in *Interpreter) releaseWaiters() {
	in.waitersMu.Lock()
	defer in.waitersMu.Unlock()
	for p := range in.waiters {
		p.answer(nil, abortError(ErrClosed))
	}
}

// origin marks the context given to a Go async function: calls back into
// the interpreter with it are posted to the loop that awaits the function.
type origin struct {
	in   *Interpreter
	loop *runtime.Loop
}

type originKey struct{}

// postFrom runs a call made from a Go async function of a interpreter
// that is not started.
func (in *Interpreter) postFrom(o *origin, ctx context.Context, j *job) (any, error) {
	if in.mu.TryLock() {
		// Nobody runs script code: run the call here.
		if in.started.Load() || in.closing.Load() {
			in.mu.Unlock()
			return in.do(context.WithValue(ctx, originKey{}, nil), j)
		}
		in.gilHeld.Store(true)
		res, err := in.direct(ctx, j)
		in.gilHeld.Store(false)
		in.mu.Unlock()
		return res, err
	}
	return in.post(o.loop, ctx, j, true)
}

// goid returns the current goroutine's id (slow: only for the rare check
// of a call coming back from a Go function on the loop's goroutine).
func goid() int64 {
	var buf [64]byte
	n := goruntime.Stack(buf[:], false)
	s := buf[:n]
	const prefix = "goroutine "
	if len(s) < len(prefix) {
		return -1
	}
	s = s[len(prefix):]
	var id int64
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + int64(c-'0')
	}
	return id
}
