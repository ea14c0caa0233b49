package aio

import (
	"github.com/aio-lang/aio/runtime"
)

// This file ties tasks to the run they belong to. Every task created on
// the interpreter's loop (by a call, or by asyncio.create_task, gather,
// TaskGroup... in code of a run) drives its coroutine through a wrapper
// that, around each step, installs the run's context and step count, and
// that ends the task without running more script code once the run is
// stopped. A budget exceeded inside a task thus stops the run, not the
// loop.

// spawn makes a task of r running coro on l.
func (in *Interpreter) spawn(t *runtime.Thread, l *runtime.Loop, coro runtime.Value, r *run) (*runtime.Task, error) {
	task, err := runtime.NewTask(t, l, in.wrap(coro, r), runtime.Null, runtime.Null)
	if err != nil {
		return nil, err
	}
	r.track(task)
	return task, nil
}

// taskFactory is the loop's task factory (loop.set_task_factory): tasks
// belong to the run whose code creates them.
func (in *Interpreter) taskFactory(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 2 {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "task factory takes 2 positional arguments but %d were given", npos)
	}
	ctx := runtime.Null
	for i, k := range kwnames {
		if k != "context" {
			return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "task factory got an unexpected keyword argument '%s'", k)
		}
		ctx = args[npos+i]
	}
	l := runtime.AsLoop(args[0])
	if l == nil {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "task factory needs an event loop, not '%s'", args[0].TypeName())
	}
	coro := args[1]
	r := in.cur
	if r != nil && runtime.IsCoroutine(coro) {
		coro = in.wrap(coro, r)
	}
	task, err := runtime.NewTask(t, l, coro, runtime.Null, ctx)
	if err != nil {
		return runtime.Null, err
	}
	if r != nil && !r.loose {
		r.track(task)
	}
	return task.Value(), nil
}

// wrap returns a coroutine that drives coro on behalf of r.
func (in *Interpreter) wrap(coro runtime.Value, r *run) runtime.Value {
	s, ok := coro.Raw().(runtime.Sender)
	if !ok {
		return coro
	}
	th, _ := coro.Raw().(runtime.Thrower)
	name, qualname := coro.TypeName(), ""
	if n, ok := coro.Raw().(interface{ Name() string }); ok {
		name = n.Name()
	}
	if q, ok := coro.Raw().(interface{ QualName() string }); ok {
		qualname = q.QualName()
	}
	r.captured = true
	return runtime.Obj(runtime.NewCoro(name, qualname, &taskBody{in: in, r: r, send: s, throw: th}))
}

// taskBody is the state machine of the wrapper: each Resume is one step
// of the wrapped coroutine.
type taskBody struct {
	in    *Interpreter
	r     *run
	send  runtime.Sender
	throw runtime.Thrower
	// pending is an exception to throw in at the next step.
	pending *runtime.Instance
}

// Resume steps the wrapped coroutine: it sends None (the first step, or
// after a bare yield or an awaited future finished) or throws err (the
// future failed, the task was cancelled), then passes on what the
// coroutine yields.
func (b *taskBody) Resume(t *runtime.Thread, c *runtime.Coro, _ runtime.Value, err error) (runtime.Value, error) {
	in, r := b.in, b.r
	if cause := in.stopped(r); cause != nil {
		in.stopRun(r, cause)
		return runtime.Null, runtime.NewException(runtime.CancelledErrorType)
	}
	s := in.enter(r)
	var y, v runtime.Value
	var done bool
	var e error
	switch {
	case b.pending != nil:
		exc := b.pending
		b.pending = nil
		y, done, v, e = b.throwIn(t, exc)
	case err != nil:
		if exc, ok := err.(*runtime.Instance); ok {
			y, done, v, e = b.throwIn(t, exc)
		} else {
			e = err
		}
	default:
		y, done, v, e = b.send.Send(t, runtime.None)
	}
	in.leave(s)
	if e != nil {
		if exc, ok := e.(*runtime.Instance); ok {
			return runtime.Null, exc
		}
		in.stopRun(r, stopCause(e))
		return runtime.Null, runtime.NewException(runtime.CancelledErrorType)
	}
	if done {
		return v, nil
	}
	if y.IsNone() || y.IsNull() {
		return c.Yield()
	}
	if runtime.AsFuture(y) != nil {
		return c.Await(y)
	}
	desc, rerr := runtime.Repr(t, y)
	if rerr != nil {
		desc = "<" + y.TypeName() + ">"
	}
	b.pending = runtime.Errorf(runtime.RuntimeErrorType, "Task got bad yield: %s", desc)
	return c.Yield()
}

func (b *taskBody) throwIn(t *runtime.Thread, exc *runtime.Instance) (runtime.Value, bool, runtime.Value, error) {
	if b.throw == nil {
		return runtime.Null, false, runtime.Null, exc
	}
	return b.throw.Throw(t, exc)
}
