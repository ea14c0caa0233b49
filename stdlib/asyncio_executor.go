package stdlib

import (
	"time"

	"github.com/aio-lang/aio/runtime"
)

// This file is asyncio.to_thread and loop.run_in_executor.
//
// Script code runs only on the loop's goroutine (DESIGN.md, decision 2),
// so what can really run "in a thread" is Go work that does not touch
// script values. aio knows such blocking builtins by name (offloadable
// below, time.sleep today): their arguments are checked on the loop, the
// blocking part runs on a goroutine as a pending operation, and the
// result comes back through Loop.Complete. Any other callable, a script
// function included, is called on the loop in a callback of the next
// iteration and its outcome resolves the future: the program's result is
// the same as CPython's, but a script function that blocks (calls
// time.sleep itself, say) blocks the loop while it runs.

// offloadable lists the builtins that can run off the loop: each checks
// its arguments on the loop and returns the blocking work.
var offloadable = map[string]func(t *runtime.Thread, loop *runtime.Loop, args []runtime.Value, kwnames []string) (work func(stop <-chan struct{}), delay float64, err error){
	"time.sleep": func(t *runtime.Thread, loop *runtime.Loop, args []runtime.Value, kwnames []string) (func(<-chan struct{}), float64, error) {
		if err := runtime.ArgCount("sleep", args, kwnames, 1, 1); err != nil {
			return nil, 0, err
		}
		secs, err := secondsArg(t, args[0])
		if err != nil {
			return nil, 0, err
		}
		if secs < 0 {
			return nil, 0, valueError("sleep length must be non-negative")
		}
		if secs > 1e9 {
			return nil, 0, runtime.Errorf(runtime.OverflowErrorType, "sleep length is too large")
		}
		if runtime.ClockOf(t).Virtual() {
			// Virtual time: a timer on the loop sleeps as long.
			return nil, secs, nil
		}
		d := time.Duration(secs * 1e9)
		return func(stop <-chan struct{}) {
			timer := time.NewTimer(d)
			defer timer.Stop()
			select {
			case <-timer.C:
			case <-stop:
			}
		}, 0, nil
	},
}

// runInExecutor starts fn(*args) and returns the future of its result.
func runInExecutor(t *runtime.Thread, loop *runtime.Loop, fn runtime.Value, args []runtime.Value, kwnames []string) (*runtime.Future, error) {
	fut := loop.CreateFuture()
	if b, ok := fn.Raw().(*runtime.Builtin); ok {
		if prep, ok := offloadable[b.Module+"."+b.Name]; ok {
			work, delay, err := prep(t, loop, args, kwnames)
			if err != nil {
				// Raised by the call in the thread: it ends up in the future.
				return failedFuture(fut, err)
			}
			done := func(t *runtime.Thread) error {
				if !fut.Done() {
					return fut.SetResult(runtime.None)
				}
				return nil
			}
			if work == nil {
				if _, err := loop.CallLaterGo(delay, "_executor_done", done); err != nil {
					return nil, err
				}
				return fut, nil
			}
			stop := make(chan struct{})
			remove := loop.OnClose(func() { close(stop) })
			loop.StartOp()
			go func() {
				work(stop)
				loop.Complete(func(t *runtime.Thread) error {
					remove()
					return done(t)
				})
			}()
			return fut, nil
		}
	}
	callArgs := append([]runtime.Value(nil), args...)
	names := append([]string(nil), kwnames...)
	if _, err := loop.CallSoonGo("_run_in_executor", func(t *runtime.Thread) error {
		if fut.Done() {
			return nil
		}
		r, err := runtime.Call(t, fn, callArgs, names)
		if fut.Done() {
			return nil
		}
		if err != nil {
			exc, ok := err.(*runtime.Instance)
			if !ok {
				return err
			}
			return fut.SetExceptionInstance(exc)
		}
		return fut.SetResult(r)
	}); err != nil {
		return nil, err
	}
	return fut, nil
}

// failedFuture finishes fut with err.
func failedFuture(fut *runtime.Future, err error) (*runtime.Future, error) {
	exc, ok := err.(*runtime.Instance)
	if !ok {
		return nil, err
	}
	if e := fut.SetExceptionInstance(exc); e != nil {
		return nil, e
	}
	return fut, nil
}

// asyncioToThread is asyncio.to_thread(func, /, *args, **kwargs).
func asyncioToThread(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args)-len(kwnames) < 1 {
		return runtime.Null, typeError("to_thread() missing 1 required positional argument: 'func'")
	}
	fn := args[0]
	rest := append([]runtime.Value(nil), args[1:]...)
	names := append([]string(nil), kwnames...)
	return newAsyncCoro("to_thread", "to_thread", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			loop, err := runtime.GetRunningLoop(t)
			if err != nil {
				return runtime.Null, err
			}
			fut, err := runInExecutor(t, loop, fn, rest, names)
			if err != nil {
				return runtime.Null, err
			}
			c.PC = 1
			return c.Await(fut.Value())
		}
		return r, err
	}), nil
}

func init() {
	runtime.LoopType.AddMethod("run_in_executor", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		loop := runtime.AsLoop(self)
		if loop == nil {
			return runtime.Null, typeError("run_in_executor() requires an event loop")
		}
		if len(kwnames) > 0 {
			return runtime.Null, typeError("BaseEventLoop.run_in_executor() got an unexpected keyword argument '%s'", kwnames[0])
		}
		if len(args) < 2 {
			missing := "'executor' and 'func'"
			if len(args) == 1 {
				return runtime.Null, typeError("BaseEventLoop.run_in_executor() missing 1 required positional argument: 'func'")
			}
			return runtime.Null, typeError("BaseEventLoop.run_in_executor() missing 2 required positional arguments: %s", missing)
		}
		if !args[0].IsNone() {
			return runtime.Null, runtime.Errorf(runtime.NotImplementedErrorType, "aio runs executor work on its default executor only: pass None")
		}
		if loop.IsClosed() {
			return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Event loop is closed")
		}
		fut, err := runInExecutor(t, loop, args[1], args[2:], nil)
		if err != nil {
			return runtime.Null, err
		}
		return fut.Value(), nil
	})
}
