package stdlib

import (
	"strconv"

	"github.com/aio-lang/aio/runtime"
)

// This file holds asyncio's synchronization primitives, ported from
// CPython 3.11's locks.py: Lock, Event, Condition, Semaphore,
// BoundedSemaphore and Barrier. Every wait is a future in a FIFO of
// waiters, woken with set_result exactly where CPython wakes it.

var (
	lockType             = newAsyncioType("Lock", "asyncio.locks")
	eventType            = newAsyncioType("Event", "asyncio.locks")
	conditionType        = newAsyncioType("Condition", "asyncio.locks")
	semaphoreType        = newAsyncioType("Semaphore", "asyncio.locks")
	boundedSemaphoreType = func() *runtime.Type {
		t := runtime.NewBuiltinType("BoundedSemaphore", semaphoreType)
		t.Module = "asyncio.locks"
		return t
	}()
	barrierType = newAsyncioType("Barrier", "asyncio.locks")
)

// loopBound is mixins._LoopBoundMixin: the primitive binds to the loop it
// is first used in.
type asyncLoopBound struct {
	loop *runtime.Loop
}

// getLoop is _LoopBoundMixin._get_loop.
func (b *asyncLoopBound) getLoop(t *runtime.Thread, self runtime.Value) (*runtime.Loop, error) {
	loop := runtime.RunningLoop(t)
	if b.loop == nil {
		b.loop = loop
	}
	if loop != b.loop {
		r, err := runtime.Repr(t, self)
		if err != nil {
			return nil, err
		}
		return nil, runtime.Errorf(runtime.RuntimeErrorType, "%s is bound to a different event loop", r)
	}
	if loop == nil {
		return nil, runtime.Errorf(runtime.AttributeErrorType, "'NoneType' object has no attribute 'create_future'")
	}
	return loop, nil
}

// createFuture is self._get_loop().create_future().
func (b *asyncLoopBound) createFuture(t *runtime.Thread, self runtime.Value) (*runtime.Future, error) {
	loop, err := b.getLoop(t, self)
	if err != nil {
		return nil, err
	}
	return loop.CreateFuture(), nil
}

// removeFuture removes the first occurrence of f from waiters.
func removeWaiter(waiters []*runtime.Future, f *runtime.Future) []*runtime.Future {
	if len(waiters) > 0 && waiters[0] == f {
		// The usual case, a FIFO of waiters served in order: drop the
		// head without moving the rest (deque.remove on the first item).
		waiters[0] = nil
		return waiters[1:]
	}
	for i, w := range waiters {
		if w == f {
			copy(waiters[i:], waiters[i+1:])
			waiters[len(waiters)-1] = nil
			return waiters[:len(waiters)-1]
		}
	}
	return waiters
}

// waitersSuffix is the ", waiters:N" part of the primitives' reprs.
func asyncWaitersSuffix(n int) string {
	if n == 0 {
		return ""
	}
	return ", waiters:" + strconv.Itoa(n)
}

// bracketRepr is `<{object repr} [extra]>`.
func asyncBracketRepr(self runtime.Value, extra string) string {
	r := asyncObjectRepr(self)
	return r[:len(r)-1] + " [" + extra + "]>"
}

// addMethod installs a method whose receiver is the Go object behind self.
func asyncMethod[T runtime.Object](typ *runtime.Type, name string, fn func(t *runtime.Thread, o T, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
	typ.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		o, ok := asyncBase(self).(T)
		if !ok {
			return runtime.Null, typeError("descriptor '%s' requires a '%s' object but received a '%s'", name, typ.Name, self.TypeName())
		}
		return fn(t, o, args, kwnames)
	})
}

// addNoArgs installs a method taking no arguments.
func asyncNoArgs[T runtime.Object](typ *runtime.Type, name string, fn func(t *runtime.Thread, o T) (runtime.Value, error)) {
	fname := typ.Name + "." + name
	asyncMethod(typ, name, func(t *runtime.Thread, o T, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 0 {
			if err := pyArgs(fname, true, args, kwnames, 0, nil); err != nil {
				return runtime.Null, err
			}
		}
		return fn(t, o)
	})
}

// addProperty installs a read-only property.
func asyncProperty[T runtime.Object](typ *runtime.Type, name string, get func(o T) runtime.Value) {
	fget := runtime.NewBuiltin(name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 {
			return runtime.Null, typeError("%s getter takes one argument", name)
		}
		o, ok := asyncBase(args[0]).(T)
		if !ok {
			return runtime.Null, typeError("descriptor '%s' requires a '%s' object", name, typ.Name)
		}
		return get(o), nil
	})
	typ.Dict.Set(name, runtime.Obj(&runtime.Property{Fget: fget, Fset: runtime.None, Fdel: runtime.None, Doc: runtime.None}))
}

// setNew installs the constructor: newObj makes the object with default
// state and init parses the arguments, unless a script subclass defines
// its own __init__ (which then calls ours through super()).
func asyncSetNew[T runtime.Object](typ *runtime.Type, newObj func() T, init func(t *runtime.Thread, o T, args []runtime.Value, kwnames []string) error) {
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		o := newObj()
		v := asyncWrap(cls, o)
		asyncSetSelf(o, v)
		if !asyncOverrides(cls, "__init__") {
			if err := init(t, o, args, kwnames); err != nil {
				return runtime.Null, err
			}
		}
		return v, nil
	}
	asyncMethod(typ, "__init__", func(t *runtime.Thread, o T, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, init(t, o, args, kwnames)
	})
}

// selfSetter is implemented by objects that remember their script value.
type asyncSelfSetter interface{ asyncSetSelf(runtime.Value) }

func asyncSetSelf(o runtime.Object, v runtime.Value) {
	if s, ok := o.(asyncSelfSetter); ok {
		s.asyncSetSelf(v)
	}
}

// contextManagerMixin is locks._ContextManagerMixin: `async with` acquires
// and releases through the object's own (possibly overridden) methods.
func contextManagerMixin(typ *runtime.Type) {
	typ.AddMethod("__aenter__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if l, ok := self.Raw().(*asyncLock); ok {
			// A plain Lock: acquire inline, in one coroutine.
			return l.acquireCoro("__aenter__", "_ContextManagerMixin.__aenter__", runtime.None), nil
		}
		return newAsyncCoro("__aenter__", "_ContextManagerMixin.__aenter__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if c.PC == 0 {
				acq, err := runtime.CallMethod(t, self, "acquire")
				if err != nil {
					return runtime.Null, err
				}
				c.PC = 1
				return c.Await(acq)
			}
			if err != nil {
				return runtime.Null, err
			}
			return runtime.None, nil
		}), nil
	})
	typ.AddMethod("__aexit__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if l, ok := self.Raw().(*asyncLock); ok {
			r := &lockRelease{l: l}
			r.Init("__aexit__", "_ContextManagerMixin.__aexit__", r)
			return runtime.Obj(&r.Coro), nil
		}
		return newAsyncCoro("__aexit__", "_ContextManagerMixin.__aexit__", func(t *runtime.Thread, c *runtime.Coro, _ runtime.Value, _ error) (runtime.Value, error) {
			_, err := runtime.CallMethod(t, self, "release")
			return runtime.None, err
		}), nil
	})
}

// ---- Lock ----

// lock is asyncio.Lock.
type asyncLock struct {
	asyncLoopBound
	self    runtime.Value
	waiters []*runtime.Future
	locked  bool
}

// Type makes lock an Object.
func (*asyncLock) Type() *runtime.Type            { return lockType }
func (l *asyncLock) asyncSetSelf(v runtime.Value) { l.self = v }

func newAsyncLock() *asyncLock {
	l := &asyncLock{}
	l.self = runtime.Obj(l)
	return l
}

// acquire is Lock.acquire().
func (l *asyncLock) acquire() runtime.Value {
	return l.acquireCoro("acquire", "Lock.acquire", runtime.True)
}

// acquireCoro is a coroutine that acquires l and returns result: Lock.acquire,
// or `async with lock` entering a plain Lock.
func (l *asyncLock) acquireCoro(name, qualname string, result runtime.Value) runtime.Value {
	a := &lockAcquire{l: l, result: result}
	a.Init(name, qualname, a)
	return runtime.Obj(&a.Coro)
}

// lockAcquire is the body of Lock.acquire.
type lockAcquire struct {
	runtime.Coro
	l      *asyncLock
	fut    *runtime.Future
	result runtime.Value
}

// Resume runs Lock.acquire's body.
func (a *lockAcquire) Resume(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
	l := a.l
	if c.PC == 0 {
		if !l.locked && allWaitersCancelled(l.waiters) {
			l.locked = true
			return a.result, nil
		}
		f, err := l.createFuture(t, l.self)
		if err != nil {
			return runtime.Null, err
		}
		a.fut = f
		l.waiters = append(l.waiters, f)
		c.PC = 1
		return c.Await(f.Value())
	}
	l.waiters = removeWaiter(l.waiters, a.fut)
	if err != nil {
		if isCancelledError(err) && !l.locked {
			l.wakeUpFirst()
		}
		return runtime.Null, err
	}
	l.locked = true
	return a.result, nil
}

// lockRelease is `async with lock` leaving a plain Lock.
type lockRelease struct {
	runtime.Coro
	l *asyncLock
}

// Resume releases the lock.
func (r *lockRelease) Resume(t *runtime.Thread, c *runtime.Coro, _ runtime.Value, _ error) (runtime.Value, error) {
	return runtime.None, r.l.release()
}

func allWaitersCancelled(waiters []*runtime.Future) bool {
	for _, w := range waiters {
		if !w.Cancelled() {
			return false
		}
	}
	return true
}

// release is Lock.release().
func (l *asyncLock) release() error {
	if !l.locked {
		return runtime.Errorf(runtime.RuntimeErrorType, "Lock is not acquired.")
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

func (l *asyncLock) wakeUpFirst() {
	if len(l.waiters) == 0 {
		return
	}
	if fut := l.waiters[0]; !fut.Done() {
		_ = fut.SetResult(runtime.True)
	}
}

// ---- Event ----

// event is asyncio.Event.
type asyncEvent struct {
	asyncLoopBound
	self    runtime.Value
	waiters []*runtime.Future
	value   bool
}

// Type makes event an Object.
func (*asyncEvent) Type() *runtime.Type            { return eventType }
func (e *asyncEvent) asyncSetSelf(v runtime.Value) { e.self = v }

func newAsyncEvent() *asyncEvent {
	e := &asyncEvent{}
	e.self = runtime.Obj(e)
	return e
}

// set is Event.set().
func (e *asyncEvent) set() {
	if e.value {
		return
	}
	e.value = true
	for _, fut := range e.waiters {
		if !fut.Done() {
			_ = fut.SetResult(runtime.True)
		}
	}
}

// wait is Event.wait().
func (e *asyncEvent) wait() runtime.Value {
	var fut *runtime.Future
	return newAsyncCoro("wait", "Event.wait", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			if e.value {
				return runtime.True, nil
			}
			f, err := e.createFuture(t, e.self)
			if err != nil {
				return runtime.Null, err
			}
			fut = f
			e.waiters = append(e.waiters, fut)
			c.PC = 1
			return c.Await(fut.Value())
		}
		e.waiters = removeWaiter(e.waiters, fut)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.True, nil
	})
}

// ---- Condition ----

// condition is asyncio.Condition.
type asyncCondition struct {
	asyncLoopBound
	self    runtime.Value
	lock    runtime.Value
	glock   *asyncLock // the lock when it is a plain asyncio.Lock
	waiters []*runtime.Future
}

// Type makes condition an Object.
func (*asyncCondition) Type() *runtime.Type            { return conditionType }
func (c *asyncCondition) asyncSetSelf(v runtime.Value) { c.self = v }

func newAsyncCondition() *asyncCondition {
	c := &asyncCondition{}
	c.self = runtime.Obj(c)
	c.setLock(newAsyncLock().self)
	return c
}

func (c *asyncCondition) setLock(v runtime.Value) {
	c.lock = v
	c.glock, _ = v.Raw().(*asyncLock)
}

// locked is self.locked(), the lock's.
func (c *asyncCondition) locked(t *runtime.Thread) (bool, error) {
	if c.glock != nil {
		return c.glock.locked, nil
	}
	r, err := runtime.CallMethod(t, c.lock, "locked")
	if err != nil {
		return false, err
	}
	return runtime.Truth(t, r)
}

// acquireCoro is self.acquire(), the lock's.
func (c *asyncCondition) acquireCoro(t *runtime.Thread) (runtime.Value, error) {
	if c.glock != nil {
		return c.glock.acquire(), nil
	}
	return runtime.CallMethod(t, c.lock, "acquire")
}

// release is self.release(), the lock's.
func (c *asyncCondition) release(t *runtime.Thread) error {
	if c.glock != nil {
		return c.glock.release()
	}
	_, err := runtime.CallMethod(t, c.lock, "release")
	return err
}

// wait is Condition.wait(): release the lock, wait for a notify, and
// reacquire the lock even when cancelled.
func (c *asyncCondition) wait() runtime.Value {
	var fut *runtime.Future
	var pending runtime.Value
	var pendingErr error
	cancelled := false
	return newAsyncCoro("wait", "Condition.wait", func(t *runtime.Thread, co *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		switch co.PC {
		case 0:
			locked, err := c.locked(t)
			if err != nil {
				return runtime.Null, err
			}
			if !locked {
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "cannot wait on un-acquired lock")
			}
			if err := c.release(t); err != nil {
				return runtime.Null, err
			}
			f, err := c.createFuture(t, c.self)
			if err != nil {
				pendingErr = err
				return c.reacquire(t, co)
			}
			fut = f
			c.waiters = append(c.waiters, fut)
			co.PC = 1
			return co.Await(fut.Value())
		case 1:
			c.waiters = removeWaiter(c.waiters, fut)
			if err != nil {
				pendingErr = err
			} else {
				pending = runtime.True
			}
			return c.reacquire(t, co)
		}
		if err != nil {
			if !isCancelledError(err) {
				return runtime.Null, err
			}
			cancelled = true
			return c.reacquire(t, co)
		}
		if cancelled {
			return runtime.Null, runtime.NewException(runtime.CancelledErrorType)
		}
		return pending, pendingErr
	})
}

// reacquire awaits self.acquire() in Condition.wait's finally block.
func (c *asyncCondition) reacquire(t *runtime.Thread, co *runtime.Coro) (runtime.Value, error) {
	acq, err := c.acquireCoro(t)
	if err != nil {
		return runtime.Null, err
	}
	co.PC = 2
	return co.Await(acq)
}

// waitFor is Condition.wait_for(predicate) with a Go or script predicate.
func (c *asyncCondition) waitFor(pred func(t *runtime.Thread) (runtime.Value, error)) runtime.Value {
	return newAsyncCoro("wait_for", "Condition.wait_for", func(t *runtime.Thread, co *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if co.PC == 1 && err != nil {
			return runtime.Null, err
		}
		co.PC = 1
		res, err := pred(t)
		if err != nil {
			return runtime.Null, err
		}
		ok, err := runtime.Truth(t, res)
		if err != nil {
			return runtime.Null, err
		}
		if ok {
			return res, nil
		}
		return co.Await(c.wait())
	})
}

// notify is Condition.notify(n).
func (c *asyncCondition) notify(t *runtime.Thread, n int) error {
	locked, err := c.locked(t)
	if err != nil {
		return err
	}
	if !locked {
		return runtime.Errorf(runtime.RuntimeErrorType, "cannot notify on un-acquired lock")
	}
	idx := 0
	for _, fut := range c.waiters {
		if idx >= n {
			break
		}
		if !fut.Done() {
			idx++
			_ = fut.SetResult(runtime.False)
		}
	}
	return nil
}

// ---- Semaphore ----

// semaphore is asyncio.Semaphore and BoundedSemaphore.
type asyncSemaphore struct {
	asyncLoopBound
	self    runtime.Value
	waiters []*runtime.Future
	value   int64
	bound   int64
	bounded bool
}

// Type makes semaphore an Object.
func (s *asyncSemaphore) Type() *runtime.Type {
	if s.bounded {
		return boundedSemaphoreType
	}
	return semaphoreType
}
func (s *asyncSemaphore) asyncSetSelf(v runtime.Value) { s.self = v }

// locked is Semaphore.locked().
func (s *asyncSemaphore) locked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if !w.Cancelled() {
			return true
		}
	}
	return false
}

// acquire is Semaphore.acquire().
func (s *asyncSemaphore) acquire() runtime.Value {
	var fut *runtime.Future
	return newAsyncCoro("acquire", "Semaphore.acquire", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			if !s.locked() {
				s.value--
				return runtime.True, nil
			}
			f, err := s.createFuture(t, s.self)
			if err != nil {
				return runtime.Null, err
			}
			fut = f
			s.waiters = append(s.waiters, fut)
			c.PC = 1
			return c.Await(fut.Value())
		}
		s.waiters = removeWaiter(s.waiters, fut)
		if err != nil {
			if isCancelledError(err) && !fut.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			return runtime.Null, err
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return runtime.True, nil
	})
}

// release is Semaphore.release() (BoundedSemaphore checks its bound).
func (s *asyncSemaphore) release() error {
	if s.bounded && s.value >= s.bound {
		return valueError("BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

func (s *asyncSemaphore) wakeUpNext() {
	for _, fut := range s.waiters {
		if !fut.Done() {
			s.value--
			_ = fut.SetResult(runtime.True)
			return
		}
	}
}

// ---- Barrier ----

const (
	barrierFilling = iota
	barrierDraining
	barrierResetting
	barrierBroken
)

var barrierStateNames = [...]string{"filling", "draining", "resetting", "broken"}

// barrier is asyncio.Barrier.
type asyncBarrier struct {
	self    runtime.Value
	cond    *asyncCondition
	parties int64
	state   int
	count   int64
}

// Type makes barrier an Object.
func (*asyncBarrier) Type() *runtime.Type            { return barrierType }
func (b *asyncBarrier) asyncSetSelf(v runtime.Value) { b.self = v }

func (b *asyncBarrier) nWaiting() int64 {
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

// exit is Barrier._exit.
func (b *asyncBarrier) exit(t *runtime.Thread) error {
	if b.count == 0 {
		if b.state == barrierResetting || b.state == barrierDraining {
			b.state = barrierFilling
		}
		return b.cond.notify(t, len(b.cond.waiters))
	}
	return nil
}

func asyncPredicate(pred func() bool) func(t *runtime.Thread) (runtime.Value, error) {
	return func(t *runtime.Thread) (runtime.Value, error) { return runtime.Bool(pred()), nil }
}

// wait is Barrier.wait().
func (b *asyncBarrier) wait() runtime.Value {
	var index int64
	const (
		enter = iota
		entered
		blocked
		waited
	)
	// leave ends the `async with self._cond` block.
	leave := func(t *runtime.Thread, res runtime.Value, err error) (runtime.Value, error) {
		if rerr := b.cond.release(t); rerr != nil {
			return runtime.Null, rerr
		}
		return res, err
	}
	// finish is the try block's finally.
	finish := func(t *runtime.Thread, res runtime.Value, err error) (runtime.Value, error) {
		b.count--
		if xerr := b.exit(t); xerr != nil {
			return leave(t, runtime.Null, xerr)
		}
		return leave(t, res, err)
	}
	return newAsyncCoro("wait", "Barrier.wait", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		switch c.PC {
		case enter:
			acq, err := b.cond.acquireCoro(t)
			if err != nil {
				return runtime.Null, err
			}
			c.PC = entered
			return c.Await(acq)
		case entered:
			if err != nil {
				return runtime.Null, err
			}
			c.PC = blocked
			return c.Await(b.cond.waitFor(asyncPredicate(func() bool {
				return b.state != barrierDraining && b.state != barrierResetting
			})))
		case blocked:
			if err != nil {
				return leave(t, runtime.Null, err)
			}
			if b.state == barrierBroken {
				return leave(t, runtime.Null, runtime.NewException(brokenBarrierErrorType, runtime.Str("Barrier aborted")))
			}
			index = b.count
			b.count++
			if index+1 == b.parties {
				b.state = barrierDraining
				if err := b.cond.notify(t, len(b.cond.waiters)); err != nil {
					return finish(t, runtime.Null, err)
				}
				return finish(t, runtime.Int(index), nil)
			}
			c.PC = waited
			return c.Await(b.cond.waitFor(asyncPredicate(func() bool { return b.state != barrierFilling })))
		}
		if err != nil {
			return finish(t, runtime.Null, err)
		}
		if b.state == barrierBroken || b.state == barrierResetting {
			return finish(t, runtime.Null, runtime.NewException(brokenBarrierErrorType, runtime.Str("Abort or reset of barrier")))
		}
		return finish(t, runtime.Int(index), nil)
	})
}

// locked runs body under `async with self._cond` (reset and abort).
func (b *asyncBarrier) locked(name string, body func(t *runtime.Thread) error) runtime.Value {
	return newAsyncCoro(name, "Barrier."+name, func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			acq, err := b.cond.acquireCoro(t)
			if err != nil {
				return runtime.Null, err
			}
			c.PC = 1
			return c.Await(acq)
		}
		if err != nil {
			return runtime.Null, err
		}
		berr := body(t)
		if rerr := b.cond.release(t); rerr != nil {
			return runtime.Null, rerr
		}
		return runtime.None, berr
	})
}

func init() {
	initLockType()
	initEventType()
	initConditionType()
	initSemaphoreTypes()
	initBarrierType()
}

func initLockType() {
	asyncSetNew(lockType, func() *asyncLock { return &asyncLock{} }, func(t *runtime.Thread, l *asyncLock, args []runtime.Value, kwnames []string) error {
		return pyArgs("Lock.__init__", true, args, kwnames, 0, nil)
	})
	lockType.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		l := asyncBase(v).(*asyncLock)
		extra := "unlocked"
		if l.locked {
			extra = "locked"
		}
		return asyncBracketRepr(v, extra+asyncWaitersSuffix(len(l.waiters))), nil
	}
	asyncProperty(lockType, "_locked", func(l *asyncLock) runtime.Value { return runtime.Bool(l.locked) })
	asyncNoArgs(lockType, "locked", func(t *runtime.Thread, l *asyncLock) (runtime.Value, error) { return runtime.Bool(l.locked), nil })
	asyncNoArgs(lockType, "acquire", func(t *runtime.Thread, l *asyncLock) (runtime.Value, error) { return l.acquire(), nil })
	asyncNoArgs(lockType, "release", func(t *runtime.Thread, l *asyncLock) (runtime.Value, error) { return runtime.None, l.release() })
	contextManagerMixin(lockType)
}

func initEventType() {
	asyncSetNew(eventType, func() *asyncEvent { return &asyncEvent{} }, func(t *runtime.Thread, e *asyncEvent, args []runtime.Value, kwnames []string) error {
		return pyArgs("Event.__init__", true, args, kwnames, 0, nil)
	})
	eventType.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		e := asyncBase(v).(*asyncEvent)
		extra := "unset"
		if e.value {
			extra = "set"
		}
		return asyncBracketRepr(v, extra+asyncWaitersSuffix(len(e.waiters))), nil
	}
	asyncProperty(eventType, "_value", func(e *asyncEvent) runtime.Value { return runtime.Bool(e.value) })
	asyncNoArgs(eventType, "is_set", func(t *runtime.Thread, e *asyncEvent) (runtime.Value, error) { return runtime.Bool(e.value), nil })
	asyncNoArgs(eventType, "set", func(t *runtime.Thread, e *asyncEvent) (runtime.Value, error) { e.set(); return runtime.None, nil })
	asyncNoArgs(eventType, "clear", func(t *runtime.Thread, e *asyncEvent) (runtime.Value, error) {
		e.value = false
		return runtime.None, nil
	})
	asyncNoArgs(eventType, "wait", func(t *runtime.Thread, e *asyncEvent) (runtime.Value, error) { return e.wait(), nil })
}

func initConditionType() {
	typ := conditionType
	asyncSetNew(typ, newAsyncCondition, func(t *runtime.Thread, c *asyncCondition, args []runtime.Value, kwnames []string) error {
		var lk runtime.Value
		if err := pyArgs("Condition.__init__", true, args, kwnames, 0, []string{"lock"}, &lk); err != nil {
			return err
		}
		if lk.IsNull() || lk.IsNone() {
			lk = newAsyncLock().self
		}
		c.setLock(lk)
		return nil
	})
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		c := asyncBase(v).(*asyncCondition)
		locked, err := c.locked(t)
		if err != nil {
			return "", err
		}
		extra := "unlocked"
		if locked {
			extra = "locked"
		}
		return asyncBracketRepr(v, extra+asyncWaitersSuffix(len(c.waiters))), nil
	}
	asyncProperty(typ, "_lock", func(c *asyncCondition) runtime.Value { return c.lock })
	asyncNoArgs(typ, "locked", func(t *runtime.Thread, c *asyncCondition) (runtime.Value, error) {
		b, err := c.locked(t)
		return runtime.Bool(b), err
	})
	asyncNoArgs(typ, "acquire", func(t *runtime.Thread, c *asyncCondition) (runtime.Value, error) { return c.acquireCoro(t) })
	asyncNoArgs(typ, "release", func(t *runtime.Thread, c *asyncCondition) (runtime.Value, error) { return runtime.None, c.release(t) })
	asyncNoArgs(typ, "wait", func(t *runtime.Thread, c *asyncCondition) (runtime.Value, error) { return c.wait(), nil })
	asyncMethod(typ, "wait_for", func(t *runtime.Thread, c *asyncCondition, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var pred runtime.Value
		if err := pyArgs("Condition.wait_for", true, args, kwnames, 1, []string{"predicate"}, &pred); err != nil {
			return runtime.Null, err
		}
		return c.waitFor(func(t *runtime.Thread) (runtime.Value, error) { return runtime.Call(t, pred, nil, nil) }), nil
	})
	asyncMethod(typ, "notify", func(t *runtime.Thread, c *asyncCondition, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var n runtime.Value
		if err := pyArgs("Condition.notify", true, args, kwnames, 0, []string{"n"}, &n); err != nil {
			return runtime.Null, err
		}
		count := int64(1)
		if !n.IsNull() {
			var err error
			if count, err = runtime.IndexInt(t, n); err != nil {
				return runtime.Null, err
			}
		}
		return runtime.None, c.notify(t, int(count))
	})
	asyncNoArgs(typ, "notify_all", func(t *runtime.Thread, c *asyncCondition) (runtime.Value, error) {
		return runtime.None, c.notify(t, len(c.waiters))
	})
	contextManagerMixin(typ)
}

func initSemaphoreTypes() {
	for _, typ := range []*runtime.Type{semaphoreType, boundedSemaphoreType} {
		bounded := typ == boundedSemaphoreType
		name := typ.Name
		asyncSetNew(typ, func() *asyncSemaphore { return &asyncSemaphore{value: 1, bound: 1, bounded: bounded} }, func(t *runtime.Thread, s *asyncSemaphore, args []runtime.Value, kwnames []string) error {
			var v runtime.Value
			if err := pyArgs(name+".__init__", true, args, kwnames, 0, []string{"value"}, &v); err != nil {
				return err
			}
			n := int64(1)
			if !v.IsNull() {
				neg, err := runtime.CompareBool(t, v, runtime.Int(0), runtime.CmpLt)
				if err != nil {
					return err
				}
				if neg {
					return valueError("Semaphore initial value must be >= 0")
				}
				if n, err = runtime.IndexInt(t, v); err != nil {
					return err
				}
			}
			s.value, s.bound = n, n
			return nil
		})
		typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
			s := asyncBase(v).(*asyncSemaphore)
			extra := "locked"
			if !s.locked() {
				extra = "unlocked, value:" + strconv.FormatInt(s.value, 10)
			}
			return asyncBracketRepr(v, extra+asyncWaitersSuffix(len(s.waiters))), nil
		}
	}
	typ := semaphoreType
	asyncProperty(typ, "_value", func(s *asyncSemaphore) runtime.Value { return runtime.Int(s.value) })
	asyncProperty(boundedSemaphoreType, "_bound_value", func(s *asyncSemaphore) runtime.Value { return runtime.Int(s.bound) })
	asyncNoArgs(typ, "locked", func(t *runtime.Thread, s *asyncSemaphore) (runtime.Value, error) {
		return runtime.Bool(s.locked()), nil
	})
	asyncNoArgs(typ, "acquire", func(t *runtime.Thread, s *asyncSemaphore) (runtime.Value, error) { return s.acquire(), nil })
	asyncNoArgs(typ, "release", func(t *runtime.Thread, s *asyncSemaphore) (runtime.Value, error) { return runtime.None, s.release() })
	contextManagerMixin(typ)
}

func initBarrierType() {
	typ := barrierType
	asyncSetNew(typ, func() *asyncBarrier { return &asyncBarrier{cond: newAsyncCondition(), parties: 1} }, func(t *runtime.Thread, b *asyncBarrier, args []runtime.Value, kwnames []string) error {
		var parties runtime.Value
		if err := pyArgs("Barrier.__init__", true, args, kwnames, 1, []string{"parties"}, &parties); err != nil {
			return err
		}
		small, err := runtime.CompareBool(t, parties, runtime.Int(1), runtime.CmpLt)
		if err != nil {
			return err
		}
		if small {
			return valueError("parties must be > 0")
		}
		n, err := runtime.IndexInt(t, parties)
		if err != nil {
			return err
		}
		b.cond = newAsyncCondition()
		b.parties = n
		b.state = barrierFilling
		b.count = 0
		return nil
	})
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		b := asyncBase(v).(*asyncBarrier)
		extra := barrierStateNames[b.state]
		if b.state != barrierBroken {
			extra += ", waiters:" + strconv.FormatInt(b.nWaiting(), 10) + "/" + strconv.FormatInt(b.parties, 10)
		}
		return asyncBracketRepr(v, extra), nil
	}
	asyncNoArgs(typ, "wait", func(t *runtime.Thread, b *asyncBarrier) (runtime.Value, error) { return b.wait(), nil })
	asyncNoArgs(typ, "reset", func(t *runtime.Thread, b *asyncBarrier) (runtime.Value, error) {
		return b.locked("reset", func(t *runtime.Thread) error {
			if b.count > 0 {
				b.state = barrierResetting
			} else {
				b.state = barrierFilling
			}
			return b.cond.notify(t, len(b.cond.waiters))
		}), nil
	})
	asyncNoArgs(typ, "abort", func(t *runtime.Thread, b *asyncBarrier) (runtime.Value, error) {
		return b.locked("abort", func(t *runtime.Thread) error {
			b.state = barrierBroken
			return b.cond.notify(t, len(b.cond.waiters))
		}), nil
	})
	asyncMethod(typ, "__aenter__", func(t *runtime.Thread, b *asyncBarrier, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return b.wait(), nil
	})
	asyncMethod(typ, "__aexit__", func(t *runtime.Thread, b *asyncBarrier, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return newAsyncCoro("__aexit__", "Barrier.__aexit__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			return runtime.None, nil
		}), nil
	})
	asyncProperty(typ, "parties", func(b *asyncBarrier) runtime.Value { return runtime.Int(b.parties) })
	asyncProperty(typ, "n_waiting", func(b *asyncBarrier) runtime.Value { return runtime.Int(b.nWaiting()) })
	asyncProperty(typ, "broken", func(b *asyncBarrier) runtime.Value { return runtime.Bool(b.state == barrierBroken) })
}
