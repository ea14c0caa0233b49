package stdlib

import (
	"github.com/aio-lang/aio/runtime"
)

// This file holds asyncio's task functions, ported from CPython 3.11's
// tasks.py: create_task, current_task, all_tasks, ensure_future, sleep,
// gather, wait, wait_for, as_completed and shield. The coroutines among
// them are Go state machines (runtime.Coro) that create the same futures
// and schedule the same callbacks as their Python originals, so tasks
// interleave exactly as in CPython.

// gatheringFutureType is the future gather() returns.
var gatheringFutureType = func() *runtime.Type {
	t := runtime.NewBuiltinType("_GatheringFuture", runtime.FutureType)
	t.Module = "asyncio.tasks"
	return t
}()

func installTaskFunctions(fn func(name string, f runtime.BuiltinFunc)) {
	fn("create_task", asyncioCreateTask)
	fn("current_task", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		loop, err := asyncOptionalLoop(t, "current_task", args, kwnames)
		if err != nil || loop == nil {
			return runtime.None, err
		}
		if task := loop.CurrentTask(); task != nil {
			return task.Value(), nil
		}
		return runtime.None, nil
	})
	fn("all_tasks", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		loop, err := asyncOptionalLoop(t, "all_tasks", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		s := runtime.NewSet()
		if loop == nil {
			return runtime.Obj(s), nil
		}
		for _, task := range loop.AllTasks() {
			if err := s.Add(t, task.Value()); err != nil {
				return runtime.Null, err
			}
		}
		return runtime.Obj(s), nil
	})
	fn("ensure_future", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var v, loopV runtime.Value
		if err := pyArgs("ensure_future", false, args, kwnames, 1, []string{"coro_or_future", "$loop"}, &v, &loopV); err != nil {
			return runtime.Null, err
		}
		var loop *runtime.Loop
		if !loopV.IsNull() && !loopV.IsNone() {
			if loop = runtime.AsLoop(loopV); loop == nil {
				return runtime.Null, typeError("loop must be an event loop, not '%s'", loopV.TypeName())
			}
		}
		return runtime.EnsureFuture(t, v, loop)
	})
	fn("sleep", asyncioSleep)
	fn("gather", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		pos, kw := splitArgs(args, kwnames)
		retExc := false
		for i, k := range kwnames {
			if k != "return_exceptions" {
				return runtime.Null, typeError("gather() got an unexpected keyword argument '%s'", k)
			}
			b, err := runtime.Truth(t, kw[i])
			if err != nil {
				return runtime.Null, err
			}
			retExc = b
		}
		return asyncGather(t, pos, retExc)
	})
	fn("wait", asyncioWait)
	fn("wait_for", asyncioWaitFor)
	fn("as_completed", asyncioAsCompleted)
	fn("shield", asyncioShield)
}

// optionalLoop reads the loop=None argument of current_task/all_tasks.
func asyncOptionalLoop(t *runtime.Thread, name string, args []runtime.Value, kwnames []string) (*runtime.Loop, error) {
	var loopV runtime.Value
	if err := pyArgs(name, false, args, kwnames, 0, []string{"loop"}, &loopV); err != nil {
		return nil, err
	}
	if loopV.IsNull() || loopV.IsNone() {
		return runtime.GetRunningLoop(t)
	}
	// Another object is a loop no task belongs to.
	return runtime.AsLoop(loopV), nil
}

// asyncioCreateTask is asyncio.create_task(coro, *, name=None, context=None).
func asyncioCreateTask(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var coro, name, ctx runtime.Value
	if err := pyArgs("create_task", false, args, kwnames, 1, []string{"coro", "$name", "$context"}, &coro, &name, &ctx); err != nil {
		return runtime.Null, err
	}
	loop, err := runtime.GetRunningLoop(t)
	if err != nil {
		return runtime.Null, err
	}
	task, err := loop.CreateTask(t, coro, runtime.Null, ctx)
	if err != nil {
		return runtime.Null, err
	}
	return task, asyncSetTaskName(t, task, name)
}

// setTaskName is tasks._set_task_name.
func asyncSetTaskName(t *runtime.Thread, task, name runtime.Value) error {
	if name.IsNull() || name.IsNone() {
		return nil
	}
	_, err := runtime.CallMethod(t, task, "set_name", name)
	return err
}

// asyncioSleep is asyncio.sleep(delay, result=None).
func asyncioSleep(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	delay, result := runtime.Null, runtime.None
	if len(args) == 1 && len(kwnames) == 0 {
		delay = args[0]
	} else {
		var r runtime.Value
		if err := pyArgs("sleep", false, args, kwnames, 1, []string{"delay", "result"}, &delay, &r); err != nil {
			return runtime.Null, err
		}
		if !r.IsNull() {
			result = r
		}
	}
	if (delay.IsInt() && delay.AsInt() <= 0) || (delay.IsFloat() && delay.AsFloat() <= 0) {
		// sleep(0), the usual way to yield: no timer, a smaller coroutine.
		z := &sleepZero{result: result}
		z.Init("sleep", "sleep", z)
		return runtime.Obj(&z.Coro), nil
	}
	s := &sleepCoro{}
	switch {
	case delay.IsInt():
		s.fut.SetSeconds(float64(delay.AsInt()))
	case delay.IsFloat():
		s.fut.SetSeconds(delay.AsFloat())
	default:
		s.delay = &delay
	}
	s.fut.SetTimerResult(result)
	s.Init("sleep", "sleep", s)
	return runtime.Obj(&s.Coro), nil
}

// sleepZero is asyncio.sleep for a delay known to be <= 0: one bare
// yield.
type sleepZero struct {
	runtime.Coro
	result runtime.Value
}

// Resume yields once, then returns the result.
func (z *sleepZero) Resume(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
	if c.PC == 0 {
		c.PC = 1
		return c.Yield()
	}
	if err != nil {
		return runtime.Null, err
	}
	return z.result, nil
}

// sleepCoro is the coroutine asyncio.sleep returns. It holds the future it
// waits on and that future's timer: a sleeping task costs one allocation
// for its sleep. A delay given as an int or a float (positive: the others
// made a sleepZero) waits in the timer as seconds until it starts; any
// other delay is kept in delay and compared and converted when the
// coroutine first runs, where CPython would raise for it.
type sleepCoro struct {
	runtime.Coro
	fut   runtime.TimerFuture
	delay *runtime.Value
}

// Resume runs sleep's body: a bare yield for delays <= 0, else a future
// resolved by a timer.
func (s *sleepCoro) Resume(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
	switch c.PC {
	case 0:
		if s.delay == nil {
			return s.start(t, c)
		}
		nonPositive, err := runtime.CompareBool(t, *s.delay, runtime.Int(0), runtime.CmpLe)
		if err != nil {
			return runtime.Null, err
		}
		if !nonPositive {
			return s.start(t, c)
		}
		c.PC = 1
		return c.Yield()
	case 1:
		if err != nil {
			return runtime.Null, err
		}
		return s.fut.TimerResult(), nil
	}
	s.fut.StopTimer()
	return r, err
}

func (s *sleepCoro) start(t *runtime.Thread, c *runtime.Coro) (runtime.Value, error) {
	loop, err := runtime.GetRunningLoop(t)
	if err != nil {
		return runtime.Null, err
	}
	secs := s.fut.Seconds()
	if s.delay != nil {
		var err error
		if secs, err = runtime.ToSeconds(t, *s.delay); err != nil {
			return runtime.Null, err
		}
		s.delay = nil
	}
	if err := s.fut.Start(loop, secs); err != nil {
		return runtime.Null, err
	}
	c.PC = 2
	return c.Await(s.fut.Value())
}

// releaseWaiter is tasks._release_waiter.
func asyncReleaseWaiter(waiter *runtime.Future) error {
	if !waiter.Done() {
		return waiter.SetResult(runtime.None)
	}
	return nil
}

// futureArg returns the Future behind a value gather/wait work with.
func asyncFutureArg(v runtime.Value, method string) (*runtime.Future, error) {
	if f := runtime.AsFuture(v); f != nil {
		return f, nil
	}
	return nil, runtime.Errorf(runtime.AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), method)
}

// gather is asyncio.gather(*aws, return_exceptions=...): a
// _GatheringFuture that collects the results in argument order.
func asyncGather(t *runtime.Thread, args []runtime.Value, retExc bool) (runtime.Value, error) {
	if len(args) == 0 {
		loop, err := runtime.GetEventLoop(t)
		if err != nil {
			return runtime.Null, err
		}
		outer := loop.CreateFuture()
		if err := outer.SetResult(runtime.Obj(runtime.NewList(nil))); err != nil {
			return runtime.Null, err
		}
		return outer.Value(), nil
	}
	var (
		loop            *runtime.Loop
		outer           *runtime.Future
		children        []*runtime.Future
		nfuts           int
		nfinished       int
		cancelRequested bool
	)
	done := &runtime.GoCallback{Name: "gather.<locals>._done_callback", Fn: func(t *runtime.Thread, fut *runtime.Future) error {
		nfinished++
		if outer == nil || outer.Done() {
			if !fut.Cancelled() {
				_, _ = fut.Exception()
			}
			return nil
		}
		if !retExc {
			if fut.Cancelled() {
				return outer.SetExceptionInstance(fut.MakeCancelledError())
			}
			exc, err := fut.Exception()
			if err != nil {
				return err
			}
			if exc != nil {
				return outer.SetExceptionInstance(exc)
			}
		}
		if nfinished != nfuts {
			return nil
		}
		results := make([]runtime.Value, len(children))
		for i, f := range children {
			if f.Cancelled() {
				msg := f.CancelMessage()
				if msg.IsNull() || msg.IsNone() {
					msg = runtime.Str("")
				}
				results[i] = runtime.Obj(runtime.NewException(runtime.CancelledErrorType, msg))
				continue
			}
			exc, err := f.Exception()
			if err != nil {
				return err
			}
			if exc != nil {
				results[i] = runtime.Obj(exc)
				continue
			}
			if results[i], err = f.Result(); err != nil {
				return err
			}
		}
		if cancelRequested {
			// CPython uses the loop variable left over from the loop above:
			// the last child.
			return outer.SetExceptionInstance(children[len(children)-1].MakeCancelledError())
		}
		return outer.SetResult(runtime.Obj(runtime.NewList(results)))
	}}
	children = make([]*runtime.Future, 0, len(args))
	// arg_to_fut: an argument given twice shares its future. Few
	// arguments are compared directly; many go through a map sized once.
	var argToFut map[runtime.Object]*runtime.Future
	if len(args) > 8 {
		argToFut = make(map[runtime.Object]*runtime.Future, len(args))
	}
	for i, arg := range args {
		key := arg.Object()
		if key != nil {
			if f := gatherSeen(args[:i], children, argToFut, key); f != nil {
				children = append(children, f)
				continue
			}
		}
		fv, err := runtime.EnsureFuture(t, arg, loop)
		if err != nil {
			return runtime.Null, err
		}
		f, err := asyncFutureArg(fv, "add_done_callback")
		if err != nil {
			return runtime.Null, err
		}
		if loop == nil {
			loop = f.Loop()
		}
		if task := f.Task(); task != nil && !runtime.Is(fv, arg) {
			task.SetLogDestroyPending(false)
		}
		nfuts++
		if key != nil && argToFut != nil {
			argToFut[key] = f
		}
		if err := f.AddGoCallback(done); err != nil {
			return runtime.Null, err
		}
		children = append(children, f)
	}
	outer = runtime.NewFuture(loop, gatheringFutureType)
	outer.SetCancelHook(func(t *runtime.Thread, msg runtime.Value) (bool, error) {
		if outer.Done() {
			return false, nil
		}
		ret := false
		for _, child := range children {
			ok, err := child.Cancel(t, msg)
			if err != nil {
				return false, err
			}
			if ok {
				ret = true
			}
		}
		if ret {
			cancelRequested = true
		}
		return ret, nil
	})
	return outer.Value(), nil
}

// gatherSeen returns the future of an argument of gather seen before
// (prev, whose futures are children), or nil.
func gatherSeen(prev []runtime.Value, children []*runtime.Future, argToFut map[runtime.Object]*runtime.Future, key runtime.Object) *runtime.Future {
	if argToFut != nil {
		return argToFut[key]
	}
	for i, p := range prev {
		if p.Object() == key {
			return children[i]
		}
	}
	return nil
}

// uniqueValues is set(iterable) keeping first-seen order.
func asyncUnique(t *runtime.Thread, v runtime.Value) ([]runtime.Value, error) {
	items, err := runtime.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	seen := runtime.NewSet()
	out := make([]runtime.Value, 0, len(items))
	for _, x := range items {
		in, err := seen.Contains(t, x)
		if err != nil {
			return nil, err
		}
		if in {
			continue
		}
		if err := seen.Add(t, x); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

// asyncioWait is asyncio.wait(fs, *, timeout=None, return_when=ALL_COMPLETED).
func asyncioWait(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var fsArg, timeout, returnWhen runtime.Value
	if err := pyArgs("wait", false, args, kwnames, 1, []string{"fs", "$timeout", "$return_when"}, &fsArg, &timeout, &returnWhen); err != nil {
		return runtime.Null, err
	}
	if returnWhen.IsNull() {
		returnWhen = runtime.Str(allCompleted)
	}
	var (
		fs       []*runtime.Future
		waiter   *runtime.Future
		th       *runtime.Handle
		complete *runtime.GoCallback
	)
	return newAsyncCoro("wait", "wait", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 1 {
			if th != nil {
				th.Cancel()
			}
			for _, f := range fs {
				f.RemoveGoCallback(complete)
			}
			if err != nil {
				return runtime.Null, err
			}
			done, pending := runtime.NewSet(), runtime.NewSet()
			for _, f := range fs {
				target := pending
				if f.Done() {
					target = done
				}
				if err := target.Add(t, f.Value()); err != nil {
					return runtime.Null, err
				}
			}
			return runtime.NewTuple([]runtime.Value{runtime.Obj(done), runtime.Obj(pending)}), nil
		}
		if runtime.IsFuture(t, fsArg) || runtime.IsCoroutine(fsArg) {
			return runtime.Null, typeError("expect a list of futures, not %s", fsArg.TypeName())
		}
		nonEmpty, err := runtime.Truth(t, fsArg)
		if err != nil {
			return runtime.Null, err
		}
		if !nonEmpty {
			return runtime.Null, valueError("Set of Tasks/Futures is empty.")
		}
		rw, ok := runtime.StrValue(returnWhen)
		if !ok || (rw != firstCompleted && rw != firstException && rw != allCompleted) {
			s, err := runtime.ToStr(t, returnWhen)
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Null, valueError("Invalid return_when value: %s", s)
		}
		items, err := asyncUnique(t, fsArg)
		if err != nil {
			return runtime.Null, err
		}
		for _, x := range items {
			if runtime.IsCoroutine(x) {
				return runtime.Null, typeError("Passing coroutines is forbidden, use tasks explicitly.")
			}
		}
		loop, err := runtime.GetRunningLoop(t)
		if err != nil {
			return runtime.Null, err
		}
		for _, x := range items {
			f, err := asyncFutureArg(x, "add_done_callback")
			if err != nil {
				return runtime.Null, err
			}
			fs = append(fs, f)
		}
		waiter = loop.CreateFuture()
		if !timeout.IsNull() && !timeout.IsNone() {
			secs, err := runtime.ToSeconds(t, timeout)
			if err != nil {
				return runtime.Null, err
			}
			if th, err = loop.CallLaterGo(secs, "_release_waiter", func(t *runtime.Thread) error { return asyncReleaseWaiter(waiter) }); err != nil {
				return runtime.Null, err
			}
		}
		counter := len(fs)
		complete = &runtime.GoCallback{Name: "_wait.<locals>._on_completion", Fn: func(t *runtime.Thread, f *runtime.Future) error {
			counter--
			stop := counter <= 0 || rw == firstCompleted
			if !stop && rw == firstException && !f.Cancelled() {
				exc, err := f.Exception()
				if err != nil {
					return err
				}
				stop = exc != nil
			}
			if stop {
				if th != nil {
					th.Cancel()
				}
				return asyncReleaseWaiter(waiter)
			}
			return nil
		}}
		for _, f := range fs {
			if err := f.AddGoCallback(complete); err != nil {
				return runtime.Null, err
			}
		}
		c.PC = 1
		return c.Await(waiter.Value())
	}), nil
}

// cancelAndWait is tasks._cancel_and_wait: cancel fut and wait until it
// is done.
func asyncCancelAndWait(loop *runtime.Loop, fut *runtime.Future) runtime.Value {
	var waiter *runtime.Future
	var cb *runtime.GoCallback
	return newAsyncCoro("_cancel_and_wait", "_cancel_and_wait", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			waiter = loop.CreateFuture()
			cb = &runtime.GoCallback{Name: "_release_waiter", Fn: func(t *runtime.Thread, f *runtime.Future) error { return asyncReleaseWaiter(waiter) }}
			if err := fut.AddGoCallback(cb); err != nil {
				return runtime.Null, err
			}
			if _, err := fut.Cancel(t, runtime.Null); err != nil {
				fut.RemoveGoCallback(cb)
				return runtime.Null, err
			}
			c.PC = 1
			return c.Await(waiter.Value())
		}
		fut.RemoveGoCallback(cb)
		return r, err
	})
}

// asyncioWaitFor is asyncio.wait_for(fut, timeout), 3.11's version.
func asyncioWaitFor(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var arg, timeout runtime.Value
	if err := pyArgs("wait_for", false, args, kwnames, 2, []string{"fut", "timeout"}, &arg, &timeout); err != nil {
		return runtime.Null, err
	}
	var (
		loop     *runtime.Loop
		fut      *runtime.Future
		waiter   *runtime.Future
		th       *runtime.Handle
		cb       *runtime.GoCallback
		savedErr error
	)
	const (
		start = iota
		awaitPlain
		afterZeroCancel
		afterWaiter
		afterCancelOnCancelled
		afterCancelOnTimeout
	)
	timeoutFromCancel := func(err error) error {
		if exc, ok := err.(*runtime.Instance); ok && exc.Class.IsSubtype(runtime.CancelledErrorType) {
			te := runtime.NewException(runtime.TimeoutErrorType)
			te.Exc.Cause = exc
			te.Exc.SuppressContext = true
			te.Exc.Context = exc
			return te
		}
		return err
	}
	return newAsyncCoro("wait_for", "wait_for", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		switch c.PC {
		case start:
			l, e := runtime.GetRunningLoop(t)
			if e != nil {
				return runtime.Null, e
			}
			loop = l
			if timeout.IsNone() {
				c.PC = awaitPlain
				return c.Await(arg)
			}
			nonPositive, e := runtime.CompareBool(t, timeout, runtime.Int(0), runtime.CmpLe)
			if e != nil {
				return runtime.Null, e
			}
			if nonPositive {
				fv, e := runtime.EnsureFuture(t, arg, loop)
				if e != nil {
					return runtime.Null, e
				}
				if fut, e = asyncFutureArg(fv, "cancel"); e != nil {
					return runtime.Null, e
				}
				if fut.Done() {
					return fut.Result()
				}
				c.PC = afterZeroCancel
				return c.Await(asyncCancelAndWait(loop, fut))
			}
			secs, e := runtime.ToSeconds(t, timeout)
			if e != nil {
				return runtime.Null, e
			}
			waiter = loop.CreateFuture()
			if th, e = loop.CallLaterGo(secs, "_release_waiter", func(t *runtime.Thread) error { return asyncReleaseWaiter(waiter) }); e != nil {
				return runtime.Null, e
			}
			cb = &runtime.GoCallback{Name: "_release_waiter", Fn: func(t *runtime.Thread, f *runtime.Future) error { return asyncReleaseWaiter(waiter) }}
			fv, e := runtime.EnsureFuture(t, arg, loop)
			if e != nil {
				return runtime.Null, e
			}
			if fut, e = asyncFutureArg(fv, "add_done_callback"); e != nil {
				return runtime.Null, e
			}
			if e := fut.AddGoCallback(cb); e != nil {
				return runtime.Null, e
			}
			c.PC = afterWaiter
			return c.Await(waiter.Value())
		case awaitPlain:
			return r, err
		case afterZeroCancel:
			if err != nil {
				return runtime.Null, err
			}
			res, e := fut.Result()
			return res, timeoutFromCancel(e)
		case afterWaiter:
			if err != nil {
				if !isCancelledError(err) {
					th.Cancel()
					return runtime.Null, err
				}
				if fut.Done() {
					th.Cancel()
					return fut.Result()
				}
				fut.RemoveGoCallback(cb)
				savedErr = err
				c.PC = afterCancelOnCancelled
				return c.Await(asyncCancelAndWait(loop, fut))
			}
			if fut.Done() {
				th.Cancel()
				return fut.Result()
			}
			fut.RemoveGoCallback(cb)
			c.PC = afterCancelOnTimeout
			return c.Await(asyncCancelAndWait(loop, fut))
		case afterCancelOnCancelled:
			th.Cancel()
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Null, savedErr
		}
		th.Cancel()
		if err != nil {
			return runtime.Null, err
		}
		res, e := fut.Result()
		return res, timeoutFromCancel(e)
	}), nil
}

// asyncioShield is asyncio.shield(arg).
func asyncioShield(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var arg runtime.Value
	if err := pyArgs("shield", false, args, kwnames, 1, []string{"arg"}, &arg); err != nil {
		return runtime.Null, err
	}
	iv, err := runtime.EnsureFuture(t, arg, nil)
	if err != nil {
		return runtime.Null, err
	}
	inner, err := asyncFutureArg(iv, "add_done_callback")
	if err != nil {
		return runtime.Null, err
	}
	if inner.Done() {
		return iv, nil
	}
	outer := inner.Loop().CreateFuture()
	innerDone := &runtime.GoCallback{Name: "shield.<locals>._inner_done_callback", Fn: func(t *runtime.Thread, inner *runtime.Future) error {
		if outer.Cancelled() {
			if !inner.Cancelled() {
				_, _ = inner.Exception()
			}
			return nil
		}
		if inner.Cancelled() {
			outer.CancelBase(runtime.Null)
			return nil
		}
		exc, err := inner.Exception()
		if err != nil {
			return err
		}
		if exc != nil {
			return outer.SetExceptionInstance(exc)
		}
		res, err := inner.Result()
		if err != nil {
			return err
		}
		return outer.SetResult(res)
	}}
	outerDone := &runtime.GoCallback{Name: "shield.<locals>._outer_done_callback", Fn: func(t *runtime.Thread, _ *runtime.Future) error {
		if !inner.Done() {
			inner.RemoveGoCallback(innerDone)
		}
		return nil
	}}
	if err := inner.AddGoCallback(innerDone); err != nil {
		return runtime.Null, err
	}
	if err := outer.AddGoCallback(outerDone); err != nil {
		return runtime.Null, err
	}
	return outer.Value(), nil
}

// asCompleted is the generator as_completed() returns.
type asyncAsCompleted struct {
	fs      runtime.Value
	timeout runtime.Value
	started bool
	left    int
	done    *asyncQueue
}

var asCompletedType = func() *runtime.Type {
	t := runtime.NewBuiltinType("generator", runtime.ObjectType)
	t.Module = "asyncio.tasks"
	return t
}()

// Type makes asCompleted an Object.
func (*asyncAsCompleted) Type() *runtime.Type { return asCompletedType }

// asyncioAsCompleted is asyncio.as_completed(fs, *, timeout=None).
func asyncioAsCompleted(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var fs, timeout runtime.Value
	if err := pyArgs("as_completed", false, args, kwnames, 1, []string{"fs", "$timeout"}, &fs, &timeout); err != nil {
		return runtime.Null, err
	}
	return runtime.Obj(&asyncAsCompleted{fs: fs, timeout: timeout}), nil
}

// start runs the generator's body up to its first yield.
func (a *asyncAsCompleted) start(t *runtime.Thread) error {
	a.started = true
	if runtime.IsFuture(t, a.fs) || runtime.IsCoroutine(a.fs) {
		return typeError("expect an iterable of futures, not %s", a.fs.TypeName())
	}
	a.done = newAsyncQueue(nil, runtime.Int(0))
	loop, err := runtime.GetEventLoop(t)
	if err != nil {
		return err
	}
	items, err := asyncUnique(t, a.fs)
	if err != nil {
		return err
	}
	var todo []*runtime.Future
	for _, x := range items {
		fv, err := runtime.EnsureFuture(t, x, loop)
		if err != nil {
			return err
		}
		f, err := asyncFutureArg(fv, "add_done_callback")
		if err != nil {
			return err
		}
		dup := false
		for _, g := range todo {
			if g == f {
				dup = true
			}
		}
		if !dup {
			todo = append(todo, f)
		}
	}
	var th *runtime.Handle
	onCompletion := &runtime.GoCallback{Name: "as_completed.<locals>._on_completion", Fn: func(t *runtime.Thread, f *runtime.Future) error {
		if len(todo) == 0 {
			return nil
		}
		for i, g := range todo {
			if g == f {
				todo = append(todo[:i], todo[i+1:]...)
				break
			}
		}
		if err := a.done.putNowait(t, f.Value()); err != nil {
			return err
		}
		if len(todo) == 0 && th != nil {
			th.Cancel()
		}
		return nil
	}}
	for _, f := range todo {
		if err := f.AddGoCallback(onCompletion); err != nil {
			return err
		}
	}
	if len(todo) > 0 && !a.timeout.IsNull() && !a.timeout.IsNone() {
		secs, err := runtime.ToSeconds(t, a.timeout)
		if err != nil {
			return err
		}
		th, err = loop.CallLaterGo(secs, "as_completed.<locals>._on_timeout", func(t *runtime.Thread) error {
			for _, f := range todo {
				f.RemoveGoCallback(onCompletion)
				if err := a.done.putNowait(t, runtime.None); err != nil {
					return err
				}
			}
			todo = nil
			return nil
		})
		if err != nil {
			return err
		}
	}
	a.left = len(todo)
	return nil
}

// waitForOne is as_completed's _wait_for_one() coroutine.
func (a *asyncAsCompleted) waitForOne() runtime.Value {
	return newAsyncCoro("_wait_for_one", "as_completed.<locals>._wait_for_one", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			c.PC = 1
			return c.Await(a.done.getCoro())
		}
		if err != nil {
			return runtime.Null, err
		}
		if r.IsNone() {
			return runtime.Null, runtime.NewException(runtime.TimeoutErrorType)
		}
		f := runtime.AsFuture(r)
		if f == nil {
			return runtime.Null, typeError("as_completed expected a future")
		}
		return f.Result()
	})
}

func init() {
	ac := asCompletedType
	ac.Slots.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) { return v, nil }
	ac.Slots.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		a := v.Raw().(*asyncAsCompleted)
		if !a.started {
			if err := a.start(t); err != nil {
				a.left = 0
				return runtime.Null, false, err
			}
		}
		if a.left <= 0 {
			return runtime.Null, false, nil
		}
		a.left--
		return a.waitForOne(), true, nil
	}
	addIterMethods(ac)
}
