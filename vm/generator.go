package vm

import (
	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

type genKind uint8

const (
	kindGenerator genKind = iota
	kindCoroutine
	kindAsyncGen
)

type genState uint8

const (
	genCreated genState = iota
	genSuspended
	genRunning
	genClosed
)

// Generator is a generator, coroutine or async generator: a suspended
// frame. While it awaits (or yields from) another generator, delegate
// points at it and both frames stay linked, so resuming continues the
// innermost one without re-entering the outer frames.
type Generator struct {
	vm       *VM
	frame    *Frame
	delegate *Generator
	// names is set when the function was renamed before the generator was
	// made; otherwise __name__ and __qualname__ are the code's. (A
	// suspended coroutine costs what it holds: most never need this.)
	names *genNames
	kind  genKind
	state genState
	// awaited is set once a coroutine has been awaited (it cannot be
	// awaited again).
	awaited bool
	// runningAsync marks an async generator with an asend/athrow in flight.
	runningAsync bool
	// hasRetval says the frame's first slot holds the value the generator
	// returned, not yet reported (StopValue).
	hasRetval bool
}

// genNames is a generator's __name__ and __qualname__ when they are not
// its code's.
type genNames struct{ name, qualname string }

// StopValue is the value the finished generator returned (None if none):
// next() puts it in the StopIteration it raises.
// It is reported once; later calls give None. A finished generator's frame
// runs no more, so the value waits in its first slot (setRetval) instead
// of a field every suspended generator would carry.
func (g *Generator) StopValue() runtime.Value {
	if !g.hasRetval {
		return runtime.None
	}
	g.hasRetval = false
	r := g.frame.slots[0]
	g.frame.slots[0] = runtime.Null
	if r.IsNull() {
		return runtime.None
	}
	return r
}

// setRetval keeps the value a generator returned for StopValue, and lets
// the finished frame's other values go.
func (g *Generator) setRetval(r runtime.Value) {
	clear(g.frame.slots)
	if len(g.frame.slots) > 0 {
		g.frame.slots[0] = r
		g.hasRetval = true
	}
}

// newGenerator wraps the frame of a call of fn to a generator or coroutine
// function.
func newGenerator(f *Frame, fn *Function) *Generator {
	g := &Generator{frame: f}
	if fn != nil && (fn.Name != f.code.Name || fn.QualName != f.code.QualName) {
		g.names = &genNames{name: fn.Name, qualname: fn.QualName}
	}
	switch {
	case f.code.Flags&compiler.FlagCoroutine != 0:
		g.kind = kindCoroutine
	case f.code.Flags&compiler.FlagAsyncGenerator != 0:
		g.kind = kindAsyncGen
	}
	f.gen = g
	return g
}

// NewCoroutineFrame wraps module code compiled for top-level await as a
// coroutine over globals (the REPL's way to run `await` at the prompt).
func (vm *VM) NewCoroutineFrame(code *compiler.Code, globals *runtime.AttrDict) runtime.Value {
	fn := vm.MakeFunction(code, globals)
	f := vm.newFrame(fn)
	f.pooled = false
	g := newGenerator(f, fn)
	g.kind = kindCoroutine
	g.vm = vm
	return runtime.Obj(g)
}

// Type is generator, coroutine or async_generator.
func (g *Generator) Type() *runtime.Type {
	switch g.kind {
	case kindCoroutine:
		return runtime.CoroutineType
	case kindAsyncGen:
		return runtime.AsyncGeneratorType
	}
	return runtime.GeneratorType
}

// Name is the generator's function name.
func (g *Generator) Name() string {
	if g.names != nil {
		return g.names.name
	}
	return g.frame.code.Name
}

// QualName is the generator's qualified name.
func (g *Generator) QualName() string {
	if g.names != nil {
		return g.names.qualname
	}
	return g.frame.code.QualName
}

// Started reports whether the generator has run at all.
func (g *Generator) Started() bool { return g.state != genCreated }

// Done reports whether the generator has finished.
func (g *Generator) Done() bool { return g.state == genClosed }

// Line is where the innermost frame of the generator is suspended.
func (g *Generator) Line() int {
	leaf := g
	for leaf.delegate != nil {
		leaf = leaf.delegate
	}
	return leaf.frame.Line()
}

// SuspendedAt returns the file, function name and line of the innermost
// suspended frame.
func (g *Generator) SuspendedAt() (file, fn string, line int) {
	leaf := g
	for leaf.delegate != nil {
		leaf = leaf.delegate
	}
	f := leaf.frame
	return f.code.Filename, f.code.Name, f.Line()
}

// Frame data needed by the vm for the chain: the frame's vm.
func (g *Generator) theVM(t *runtime.Thread) *VM {
	if g.vm == nil {
		g.vm = t.VM.(*VM)
	}
	return g.vm
}

func (g *Generator) what() string {
	switch g.kind {
	case kindCoroutine:
		return "coroutine"
	case kindAsyncGen:
		return "async generator"
	}
	return "generator"
}

// resume continues the generator (its innermost delegate) with v, or
// raises exc at its suspension point.
func (g *Generator) resume(t *runtime.Thread, v runtime.Value, exc *runtime.Instance) (runtime.Value, bool, error) {
	vm := g.theVM(t)
	switch g.state {
	case genRunning:
		return runtime.Null, false, runtime.Errorf(runtime.ValueErrorType, "%s already executing", g.what())
	case genClosed:
		if exc != nil {
			return runtime.Null, false, exc
		}
		if g.kind == kindCoroutine {
			return runtime.Null, false, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return runtime.None, true, nil
	case genCreated:
		if exc == nil && !v.IsNull() && !v.IsNone() {
			return runtime.Null, false, runtime.Errorf(runtime.TypeErrorType, "can't send non-None value to a just-started %s", g.what())
		}
		if exc != nil {
			// Throwing into a generator that never ran closes it.
			g.state = genClosed
			return runtime.Null, false, exc
		}
		v = runtime.Null
	}
	if vm.Thread.Depth >= t.MaxDepth {
		return runtime.Null, false, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	chain := 0
	leaf := g
	for {
		leaf.state = genRunning
		chain++
		if leaf.delegate == nil {
			break
		}
		leaf = leaf.delegate
	}
	g.frame.base = true
	g.frame.back = vm.cur
	saved := vm.cur
	vm.Thread.Depth += chain
	if exc != nil {
		// A suspended frame that delegates to a Go-level awaitable gets
		// the exception thrown into that awaitable first.
		if y, handled, r, err := vm.throwIntoReceiver(leaf.frame, exc); handled {
			if err == nil && r.IsNull() {
				// The receiver yielded again: stay suspended.
				vm.Thread.Depth -= chain
				vm.cur = saved
				for x := g; x != nil; x = x.delegate {
					x.state = genSuspended
				}
				g.frame.back = nil
				return y, false, nil
			}
			if err != nil {
				exc = ToException(err)
			} else {
				exc = nil
				v = r
				// Deliver the receiver's result: replace it and jump past SEND.
				lf := leaf.frame
				lf.slots[lf.sp-1] = r
				lf.pc = int(lf.code.Code[lf.pc-2].Arg)
				v = runtime.Null
			}
		}
	}
	r, yielded, err := vm.run(leaf.frame, v, exc)
	vm.cur = saved
	if yielded {
		for x := g; x != nil; x = x.delegate {
			x.state = genSuspended
			vm.Thread.Depth--
		}
		g.frame.back = nil
		g.frame.base = false
		return r, false, nil
	}
	vm.Thread.Depth--
	g.state = genClosed
	g.frame.back = nil
	if err != nil {
		return runtime.Null, false, err
	}
	g.setRetval(r)
	return r, true, nil
}

// throwIntoReceiver handles gen.throw() when the leaf frame is suspended in
// an await/yield-from loop on a Go-level awaitable: the exception goes to
// that awaitable. handled is false when there is no such receiver.
func (vm *VM) throwIntoReceiver(f *Frame, exc *runtime.Instance) (y runtime.Value, handled bool, r runtime.Value, err error) {
	if f.pc < 2 || f.pc > len(f.code.Code) || f.code.Code[f.pc-1].Op != compiler.YIELD_VALUE || f.code.Code[f.pc-2].Op != compiler.SEND {
		return runtime.Null, false, runtime.Null, nil
	}
	recv := f.slots[f.sp-1]
	th, ok := recv.Raw().(runtime.Thrower)
	if !ok {
		return runtime.Null, false, runtime.Null, nil
	}
	if _, isGen := recv.Raw().(*Generator); isGen {
		return runtime.Null, false, runtime.Null, nil
	}
	yv, done, res, e := th.Throw(vm.Thread, exc)
	if e != nil {
		return runtime.Null, true, runtime.Null, e
	}
	if !done {
		return yv, true, runtime.Null, nil
	}
	if res.IsNull() {
		res = runtime.None
	}
	return runtime.Null, true, res, nil
}

// finishWithError closes the generator whose frame an exception leaves,
// turning a leaked StopIteration into RuntimeError (PEP 479).
func (g *Generator) finishWithError(exc *runtime.Instance) *runtime.Instance {
	g.state = genClosed
	if exc.Class.IsSubtype(runtime.StopIterationType) {
		e := runtime.Errorf(runtime.RuntimeErrorType, "%s raised StopIteration", g.what())
		e.Exc.Cause = exc
		e.Exc.SuppressContext = true
		return e
	}
	if g.kind == kindAsyncGen && exc.Class.IsSubtype(runtime.StopAsyncIterationType) {
		e := runtime.Errorf(runtime.RuntimeErrorType, "async generator raised StopAsyncIteration")
		e.Exc.Cause = exc
		e.Exc.SuppressContext = true
		return e
	}
	return exc
}

// frameReturned handles RETURN_VALUE of a base frame or a delegated
// generator frame. done means the run is over and v is its result.
func (vm *VM) frameReturned(f *Frame, v runtime.Value) (*Frame, bool) {
	if f.gen != nil {
		f.gen.state = genClosed
	}
	if f.base {
		vm.finishBase(f)
		return nil, true
	}
	back := f.back
	f.back = nil
	if back.gen != nil {
		back.gen.delegate = nil
	}
	vm.Thread.Depth--
	back.slots[back.sp-1] = v
	back.pc = int(back.code.Code[back.pc-1].Arg)
	return back, false
}

// send executes SEND: drive the receiver under the sent value.
func (vm *VM) send(f *Frame, target int) (action, error) {
	t := vm.Thread
	v := f.pop()
	recv := f.slots[f.sp-1]
	if g, ok := recv.Raw().(*Generator); ok && f.gen != nil {
		switch g.state {
		case genRunning:
			return actNext, runtime.Errorf(runtime.ValueErrorType, "%s already executing", g.what())
		case genClosed:
			if g.kind == kindCoroutine {
				return actNext, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
			}
			f.slots[f.sp-1] = runtime.None
			f.pc = target
			return actNext, nil
		case genCreated:
			if !v.IsNone() && !v.IsNull() {
				return actNext, runtime.Errorf(runtime.TypeErrorType, "can't send non-None value to a just-started %s", g.what())
			}
			v = runtime.Null
		}
		if vm.Thread.Depth >= t.MaxDepth {
			return actNext, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
		}
		g.vm = vm
		f.gen.delegate = g
		g.frame.back = f
		g.frame.base = false
		leaf := g
		for {
			leaf.state = genRunning
			vm.Thread.Depth++
			if leaf.delegate == nil {
				break
			}
			leaf = leaf.delegate
		}
		if !v.IsNull() {
			leaf.frame.push(v)
		}
		vm.switchTo = leaf.frame
		return actSwitch, nil
	}
	var y, result runtime.Value
	var done bool
	var err error
	if s, ok := recv.Raw().(runtime.Sender); ok {
		y, done, result, err = s.Send(t, v)
	} else if v.IsNone() || v.IsNull() {
		var ok bool
		y, ok, err = runtime.Next(t, recv)
		done = !ok
		result = runtime.None
		if err != nil {
			if e, isExc := err.(*runtime.Instance); isExc && e.Class.IsSubtype(runtime.StopIterationType) {
				err = nil
				done = true
				result = stopValue(e)
			}
		}
	} else {
		y, err = runtime.CallMethod(t, recv, "send", v)
		if err != nil {
			if e, isExc := err.(*runtime.Instance); isExc && e.Class.IsSubtype(runtime.StopIterationType) {
				err = nil
				done = true
				result = stopValue(e)
			}
		}
	}
	vm.cur = f
	if err != nil {
		return actNext, err
	}
	if done {
		if result.IsNull() {
			result = runtime.None
		}
		f.slots[f.sp-1] = result
		f.pc = target
		return actNext, nil
	}
	f.push(y)
	return actNext, nil
}

// stopValue is StopIteration.value.
func stopValue(e *runtime.Instance) runtime.Value {
	if tup, ok := e.Exc.Args.Raw().(*runtime.Tuple); ok && len(tup.Items) > 0 {
		return tup.Items[0]
	}
	return runtime.None
}

// getAwaitable implements GET_AWAITABLE; where says which construct asked
// (0 await, 1 __aenter__, 2 __aexit__, 3 __anext__) for error messages.
func (vm *VM) getAwaitable(v runtime.Value, where int) (runtime.Value, error) {
	t := vm.Thread
	if g, ok := v.Raw().(*Generator); ok {
		if g.kind == kindCoroutine {
			if g.awaited || g.state == genClosed {
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
			}
			g.awaited = true
			return v, nil
		}
	}
	if _, ok := v.Raw().(*runtime.Coro); ok {
		// A coroutine written in Go is its own iterator (what its
		// __await__ wrapper would forward to).
		return v, nil
	}
	if m, ok := v.Type().Lookup("__await__"); ok {
		r, err := callUnbound(t, m, v)
		if err != nil {
			return runtime.Null, err
		}
		if g, ok := r.Raw().(*Generator); ok && g.kind == kindCoroutine {
			return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "__await__() returned a coroutine")
		}
		if r.Type().Slots.Next == nil {
			if _, ok := r.Raw().(runtime.Sender); !ok {
				return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "__await__() returned non-iterator of type '%s'", r.TypeName())
			}
		}
		return r, nil
	}
	switch where {
	case 1:
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", v.TypeName())
	case 2:
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", v.TypeName())
	case 3:
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "'async for' received an invalid object from __anext__: %s", v.TypeName())
	}
	return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "object %s can't be used in 'await' expression", v.TypeName())
}

// Send resumes the generator from Go (a Task stepping a coroutine, next()).
func (g *Generator) Send(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, runtime.Value, error) {
	r, done, err := g.resume(t, v, nil)
	if err != nil {
		return runtime.Null, false, runtime.Null, err
	}
	if done {
		return runtime.Null, true, r, nil
	}
	return r, false, runtime.Null, nil
}

// Throw raises exc inside the generator at its suspension point.
func (g *Generator) Throw(t *runtime.Thread, exc *runtime.Instance) (runtime.Value, bool, runtime.Value, error) {
	r, done, err := g.resume(t, runtime.Null, exc)
	if err != nil {
		return runtime.Null, false, runtime.Null, err
	}
	if done {
		return runtime.Null, true, r, nil
	}
	return r, false, runtime.Null, nil
}

// Close is generator.close(): GeneratorExit at the suspension point.
func (g *Generator) Close(t *runtime.Thread) error {
	if g.state == genCreated || g.state == genClosed {
		g.state = genClosed
		return nil
	}
	_, done, err := g.resume(t, runtime.Null, runtime.NewException(runtime.GeneratorExitType))
	if err != nil {
		if runtime.IsInstanceOf(err, runtime.GeneratorExitType) || runtime.IsInstanceOf(err, runtime.StopIterationType) {
			return nil
		}
		return err
	}
	if !done {
		return runtime.Errorf(runtime.RuntimeErrorType, "%s ignored GeneratorExit", g.what())
	}
	return nil
}

// asyncGenValue wraps a value yielded by an async generator, to tell it
// from an await suspension passing through.
type asyncGenValue struct{ v runtime.Value }

func (*asyncGenValue) Type() *runtime.Type { return runtime.ObjectType }

func init() {
	gt := runtime.GeneratorType
	gt.Slots.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) { return v, nil }
	gt.Slots.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		g := v.Raw().(*Generator)
		r, done, err := g.resume(t, runtime.None, nil)
		if err != nil || done {
			return runtime.Null, false, err
		}
		return r, true, nil
	}
	for _, typ := range []*runtime.Type{runtime.GeneratorType, runtime.CoroutineType} {
		typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
			g := v.Raw().(*Generator)
			return "<" + g.what() + " object " + g.QualName() + " at " + hexAddr(v) + ">", nil
		}
		typ.AddMethod("send", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount("send", args, kwnames, 1, 1); err != nil {
				return runtime.Null, err
			}
			return genStep(t, self.Raw().(*Generator), args[0], nil)
		})
		typ.AddMethod("throw", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount("throw", args, kwnames, 1, 3); err != nil {
				return runtime.Null, err
			}
			exc, err := makeThrowArg(t, args)
			if err != nil {
				return runtime.Null, err
			}
			return genStep(t, self.Raw().(*Generator), runtime.Null, exc)
		})
		typ.AddMethod("close", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount("close", args, kwnames, 0, 0); err != nil {
				return runtime.Null, err
			}
			return runtime.None, self.Raw().(*Generator).Close(t)
		})
		typ.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
			g := v.Raw().(*Generator)
			switch name {
			case "__name__":
				return runtime.Str(g.Name()), nil
			case "__qualname__":
				return runtime.Str(g.QualName()), nil
			case "gi_running", "cr_running":
				return runtime.Bool(g.state == genRunning), nil
			case "gi_code", "cr_code":
				return runtime.Obj(&CodeObject{Code: g.frame.code}), nil
			}
			return runtime.GenericGetAttr(t, v, name)
		}
	}
	runtime.CoroutineType.AddMethod("__await__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return self, nil
	})
}

// genStep is gen.send / gen.throw: a value, or StopIteration when done.
func genStep(t *runtime.Thread, g *Generator, v runtime.Value, exc *runtime.Instance) (runtime.Value, error) {
	r, done, err := g.resume(t, v, exc)
	if err != nil {
		return runtime.Null, err
	}
	if done {
		if r.IsNull() || r.IsNone() {
			return runtime.Null, runtime.NewException(runtime.StopIterationType)
		}
		return runtime.Null, runtime.NewException(runtime.StopIterationType, r)
	}
	return r, nil
}

// makeThrowArg builds the exception of gen.throw(typ[, val[, tb]]).
func makeThrowArg(t *runtime.Thread, args []runtime.Value) (*runtime.Instance, error) {
	if len(args) >= 2 && !args[1].IsNone() {
		if e, ok := args[1].Raw().(*runtime.Instance); ok && e.Exc != nil {
			return e, nil
		}
		r, err := runtime.Call1(t, args[0], args[1])
		if err != nil {
			return nil, err
		}
		if e, ok := r.Raw().(*runtime.Instance); ok && e.Exc != nil {
			return e, nil
		}
	}
	e, err := makeException(t, args[0])
	if err != nil {
		return nil, runtime.Errorf(runtime.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", args[0].TypeName())
	}
	return e, nil
}

// FrameLine is the file and current line of the generator's own frame (not
// of what it awaits), as CPython shows in a Task's repr.
func (g *Generator) FrameLine() (file string, line int) {
	return g.frame.code.Filename, g.frame.Line()
}
