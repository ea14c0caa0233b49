package vm

import (
	"github.com/aio-lang/aio/runtime"
)

// The awaitables returned by an async generator's __anext__/asend and
// athrow/aclose.
var (
	asyncGenASendType  = runtime.NewBuiltinType("async_generator_asend", runtime.ObjectType)
	asyncGenAThrowType = runtime.NewBuiltinType("async_generator_athrow", runtime.ObjectType)
)

type awaitState uint8

const (
	awaitInit awaitState = iota
	awaitIter
	awaitClosed
)

// asyncGenASend drives one step of an async generator: it passes awaits
// of the generator through to the event loop and finishes with the next
// value the generator yields.
type asyncGenASend struct {
	gen   *Generator
	value runtime.Value
	state awaitState
}

// Type makes asyncGenASend a runtime object.
func (*asyncGenASend) Type() *runtime.Type { return asyncGenASendType }

// Send advances the generator.
func (a *asyncGenASend) Send(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, runtime.Value, error) {
	switch a.state {
	case awaitClosed:
		return runtime.Null, false, runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	case awaitInit:
		if a.gen.runningAsync {
			return runtime.Null, false, runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "anext(): asynchronous generator is already running")
		}
		if v.IsNull() || v.IsNone() {
			v = a.value
		}
		a.state = awaitIter
		a.gen.runningAsync = true
	}
	y, done, err := a.gen.resume(t, v, nil)
	return a.unwrap(y, done, err)
}

// Throw raises exc inside the generator.
func (a *asyncGenASend) Throw(t *runtime.Thread, exc *runtime.Instance) (runtime.Value, bool, runtime.Value, error) {
	if a.state == awaitClosed {
		return runtime.Null, false, runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	y, done, err := a.gen.resume(t, runtime.Null, exc)
	return a.unwrap(y, done, err)
}

func (a *asyncGenASend) unwrap(y runtime.Value, done bool, err error) (runtime.Value, bool, runtime.Value, error) {
	if err != nil {
		a.finish()
		return runtime.Null, false, runtime.Null, err
	}
	if done {
		a.finish()
		return runtime.Null, false, runtime.Null, runtime.NewException(runtime.StopAsyncIterationType)
	}
	if w, ok := y.Raw().(*asyncGenValue); ok {
		a.finish()
		return runtime.Null, true, w.v, nil
	}
	return y, false, runtime.Null, nil
}

func (a *asyncGenASend) finish() {
	a.state = awaitClosed
	a.gen.runningAsync = false
}

// asyncGenAThrow is athrow() and, with closing, aclose().
type asyncGenAThrow struct {
	gen     *Generator
	exc     *runtime.Instance
	closing bool
	state   awaitState
}

// Type makes asyncGenAThrow a runtime object.
func (*asyncGenAThrow) Type() *runtime.Type { return asyncGenAThrowType }

// Send starts (throwing the exception) or continues the throw.
func (a *asyncGenAThrow) Send(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, runtime.Value, error) {
	switch a.state {
	case awaitClosed:
		return runtime.Null, false, runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	case awaitInit:
		if a.gen.runningAsync {
			return runtime.Null, false, runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "athrow(): asynchronous generator is already running")
		}
		a.state = awaitIter
		if a.gen.state == genClosed || (a.closing && a.gen.state == genCreated) {
			a.gen.state = genClosed
			a.state = awaitClosed
			if a.closing {
				return runtime.Null, true, runtime.None, nil
			}
			return runtime.Null, false, runtime.Null, runtime.NewException(runtime.StopAsyncIterationType)
		}
		a.gen.runningAsync = true
		y, done, err := a.gen.resume(t, runtime.Null, a.exc)
		return a.unwrap(y, done, err)
	}
	y, done, err := a.gen.resume(t, v, nil)
	return a.unwrap(y, done, err)
}

// Throw raises exc inside the generator during the athrow.
func (a *asyncGenAThrow) Throw(t *runtime.Thread, exc *runtime.Instance) (runtime.Value, bool, runtime.Value, error) {
	if a.state == awaitClosed {
		return runtime.Null, false, runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	y, done, err := a.gen.resume(t, runtime.Null, exc)
	return a.unwrap(y, done, err)
}

func (a *asyncGenAThrow) unwrap(y runtime.Value, done bool, err error) (runtime.Value, bool, runtime.Value, error) {
	finish := func() {
		a.state = awaitClosed
		a.gen.runningAsync = false
	}
	if err != nil {
		finish()
		if a.closing && (runtime.IsInstanceOf(err, runtime.GeneratorExitType) || runtime.IsInstanceOf(err, runtime.StopAsyncIterationType)) {
			return runtime.Null, true, runtime.None, nil
		}
		return runtime.Null, false, runtime.Null, err
	}
	if done {
		finish()
		if a.closing {
			return runtime.Null, true, runtime.None, nil
		}
		return runtime.Null, false, runtime.Null, runtime.NewException(runtime.StopAsyncIterationType)
	}
	if w, ok := y.Raw().(*asyncGenValue); ok {
		if a.closing {
			finish()
			return runtime.Null, false, runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		finish()
		return runtime.Null, true, w.v, nil
	}
	return y, false, runtime.Null, nil
}

func init() {
	ag := runtime.AsyncGeneratorType
	ag.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		g := v.Raw().(*Generator)
		return "<async_generator object " + g.QualName() + " at " + hexAddr(v) + ">", nil
	}
	ag.AddMethod("__aiter__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return self, nil
	})
	ag.AddMethod("__anext__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Obj(&asyncGenASend{gen: self.Raw().(*Generator), value: runtime.None}), nil
	})
	ag.AddMethod("asend", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("asend", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&asyncGenASend{gen: self.Raw().(*Generator), value: args[0]}), nil
	})
	ag.AddMethod("athrow", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("athrow", args, kwnames, 1, 3); err != nil {
			return runtime.Null, err
		}
		exc, err := makeThrowArg(t, args)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&asyncGenAThrow{gen: self.Raw().(*Generator), exc: exc}), nil
	})
	ag.AddMethod("aclose", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("aclose", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&asyncGenAThrow{gen: self.Raw().(*Generator), exc: runtime.NewException(runtime.GeneratorExitType), closing: true}), nil
	})
	ag.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		g := v.Raw().(*Generator)
		switch name {
		case "__name__":
			return runtime.Str(g.Name()), nil
		case "__qualname__":
			return runtime.Str(g.QualName()), nil
		case "ag_running":
			return runtime.Bool(g.runningAsync), nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}
	for _, typ := range []*runtime.Type{asyncGenASendType, asyncGenAThrowType} {
		typ.AddMethod("__await__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return self, nil
		})
		typ.AddMethod("send", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount("send", args, kwnames, 1, 1); err != nil {
				return runtime.Null, err
			}
			return senderStep(self.Raw().(runtime.Sender).Send(t, args[0]))
		})
		typ.AddMethod("throw", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount("throw", args, kwnames, 1, 3); err != nil {
				return runtime.Null, err
			}
			exc, err := makeThrowArg(t, args)
			if err != nil {
				return runtime.Null, err
			}
			return senderStep(self.Raw().(runtime.Thrower).Throw(t, exc))
		})
	}
}

// senderStep turns a Sender step into the send()/throw() method result.
func senderStep(y runtime.Value, done bool, r runtime.Value, err error) (runtime.Value, error) {
	if err != nil {
		return runtime.Null, err
	}
	if done {
		if r.IsNull() || r.IsNone() {
			return runtime.Null, runtime.NewException(runtime.StopIterationType)
		}
		return runtime.Null, runtime.NewException(runtime.StopIterationType, r)
	}
	return y, nil
}
