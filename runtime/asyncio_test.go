package runtime

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func newAsyncThread() (*Thread, *bytes.Buffer) {
	errb := &bytes.Buffer{}
	return &Thread{Stdout: &bytes.Buffer{}, Stderr: errb, MaxDepth: 1000}, errb
}

// sleepCoro is a Go coroutine that sleeps for secs on the running loop
// and returns result.
func sleepCoro(secs float64, result Value) *Coro {
	return NewCoroFunc("sleep", func(t *Thread, c *Coro, r Value, err error) (Value, error) {
		if c.PC == 0 {
			loop, err := GetRunningLoop(t)
			if err != nil {
				return Null, err
			}
			f := loop.CreateFuture()
			if _, err := loop.CallLaterGo(secs, "wake", func(t *Thread) error { return f.SetResult(result) }); err != nil {
				return Null, err
			}
			c.PC = 1
			return c.Await(f.Value())
		}
		return r, err
	})
}

// TestTimerHeapOrder checks that equal deadlines pop in heapq's order
// (the orders come from CPython's heapq with objects compared by deadline).
func TestTimerHeapOrder(t *testing.T) {
	l := NewLoop(&Thread{})
	whens := []float64{5, 1, 5, 3, 1, 5, 2, 5, 1, 5, 5, 5, 0, 5}
	ids := map[*timerHead]int{}
	for i, w := range whens {
		h := &Handle{timerHead: timerHead{when: w}}
		ids[&h.timerHead] = i
		l.heapPush(&h.timerHead)
	}
	var got []int
	for len(l.scheduled) > 0 {
		got = append(got, ids[l.heapPop()])
	}
	want := []int{12, 1, 4, 8, 6, 3, 2, 11, 13, 5, 7, 9, 10, 0}
	if !equalInts(got, want) {
		t.Errorf("pop order %v, want %v", got, want)
	}

	ids = map[*timerHead]int{}
	push := func(i int) {
		h := &Handle{timerHead: timerHead{when: 7}}
		ids[&h.timerHead] = i
		l.heapPush(&h.timerHead)
	}
	got = nil
	for i := 0; i < 12; i++ {
		push(i)
	}
	for i := 0; i < 4; i++ {
		got = append(got, ids[l.heapPop()])
	}
	for i := 12; i < 16; i++ {
		push(i)
	}
	for len(l.scheduled) > 0 {
		got = append(got, ids[l.heapPop()])
	}
	want = []int{0, 2, 6, 11, 10, 9, 8, 15, 14, 13, 12, 5, 7, 4, 1, 3}
	if !equalInts(got, want) {
		t.Errorf("interleaved pop order %v, want %v", got, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestCallSoonIterations checks FIFO order and that callbacks scheduled
// by a callback run in the next iteration, after the ones already queued.
func TestCallSoonIterations(t *testing.T) {
	th, _ := newAsyncThread()
	l := NewLoop(th)
	var log []string
	add := func(s string) func(*Thread) error {
		return func(*Thread) error { log = append(log, s); return nil }
	}
	mustHandle(t)(l.CallSoonGo("a", func(t *Thread) error {
		log = append(log, "a")
		_, err := l.CallSoonGo("c", add("c"))
		return err
	}))
	mustHandle(t)(l.CallSoonGo("b", add("b")))
	h, err := l.CallSoonGo("x", add("x"))
	mustHandle(t)(h, err)
	h.Cancel()
	mustHandle(t)(l.CallSoonGo("stop", func(*Thread) error { l.Stop(); return nil }))
	if err := l.RunForever(th); err != nil {
		t.Fatal(err)
	}
	// stop() ends the loop after the iteration: c waits for the next run.
	if got := strings.Join(log, " "); got != "a b" {
		t.Errorf("order %q, want %q", got, "a b")
	}
	mustHandle(t)(l.CallSoonGo("stop", func(*Thread) error { l.Stop(); return nil }))
	if err := l.RunForever(th); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, " "); got != "a b c" {
		t.Errorf("order %q, want %q", got, "a b c")
	}
}

func mustHandle(t *testing.T) func(*Handle, error) {
	return func(_ *Handle, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestVirtualTime sleeps an hour on a virtual clock: it finishes at once
// and the loop's clock moves on by the hour.
func TestVirtualTime(t *testing.T) {
	th, _ := newAsyncThread()
	th.SetVirtualTime(true)
	l := NewLoop(th)
	start := l.Time()
	wall := time.Now()
	task, err := NewTask(th, l, Obj(sleepCoro(3600, Str("rested"))), Null, Null)
	if err != nil {
		t.Fatal(err)
	}
	r, err := l.RunUntilComplete(th, task.Value())
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := StrValue(r); s != "rested" {
		t.Errorf("result %v", r)
	}
	if d := l.Time() - start; d < 3600 || d > 3601 {
		t.Errorf("loop time advanced by %v, want 3600", d)
	}
	if time.Since(wall) > 2*time.Second {
		t.Errorf("virtual sleep took %v", time.Since(wall))
	}
	if c := ClockOf(th); time.Until(c.Now()) < 3599*time.Second {
		t.Errorf("wall clock not advanced")
	}
}

// TestVirtualTimeOrder checks that timers still fire in deadline order.
func TestVirtualTimeOrder(t *testing.T) {
	th, _ := newAsyncThread()
	th.SetVirtualTime(true)
	l := NewLoop(th)
	var log []string
	for _, d := range []struct {
		name string
		secs float64
	}{{"c", 7200}, {"a", 60}, {"b", 600}} {
		name := d.name
		mustHandle(t)(l.CallLaterGo(d.secs, name, func(*Thread) error { log = append(log, name); return nil }))
	}
	mustHandle(t)(l.CallLaterGo(10000, "stop", func(*Thread) error { l.Stop(); return nil }))
	if err := l.RunForever(th); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, " "); got != "a b c" {
		t.Errorf("order %q", got)
	}
}

// TestDeadlock runs a main task that waits for a future nobody will set:
// it gets RuntimeError instead of hanging, and stderr lists the task.
func TestDeadlock(t *testing.T) {
	th, errb := newAsyncThread()
	l := NewLoop(th)
	fut := l.CreateFuture()
	var caught string
	main := NewCoroFunc("main", func(t *Thread, c *Coro, r Value, err error) (Value, error) {
		switch c.PC {
		case 0:
			c.PC = 1
			return c.Await(fut.Value())
		case 1:
			if err == nil {
				return Null, errors.New("no deadlock reported")
			}
			caught = err.Error()
			c.PC = 2
			return c.Await(fut.Value())
		}
		return r, err
	})
	task, err := NewTask(th, l, Obj(main), Str("the-main"), Null)
	if err != nil {
		t.Fatal(err)
	}
	_, err = l.RunUntilComplete(th, task.Value())
	if !IsInstanceOf(err, RuntimeErrorType) || !strings.Contains(err.Error(), "deadlock: all tasks are blocked") {
		t.Fatalf("err = %v", err)
	}
	if caught != "RuntimeError: deadlock: all tasks are blocked" {
		t.Errorf("first deadlock seen as %q", caught)
	}
	report := errb.String()
	if !strings.Contains(report, "deadlock: all tasks are blocked\n  the-main") ||
		!strings.Contains(report, "awaiting <Future pending cb=[Task.task_wakeup()]>") {
		t.Errorf("report:\n%s", report)
	}
	if len(fut.callbacks()) != 0 {
		t.Errorf("wakeup callback left on the future")
	}
}

// TestHostOperation hands a result back from a goroutine: the loop waits
// for the pending operation instead of reporting a deadlock, even on a
// virtual clock.
func TestHostOperation(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		th, _ := newAsyncThread()
		th.SetVirtualTime(virtual)
		l := NewLoop(th)
		var fut *Future
		main := NewCoroFunc("main", func(t *Thread, c *Coro, r Value, err error) (Value, error) {
			if c.PC == 0 {
				fut = l.Spawn(func() (any, error) {
					time.Sleep(20 * time.Millisecond)
					return int64(42), nil
				}, func(t *Thread, res any, err error) (Value, error) {
					return Int(res.(int64)), err
				})
				c.PC = 1
				return c.Await(fut.Value())
			}
			return r, err
		})
		task, err := NewTask(th, l, Obj(main), Null, Null)
		if err != nil {
			t.Fatal(err)
		}
		r, err := l.RunUntilComplete(th, task.Value())
		if err != nil {
			t.Fatal(err)
		}
		if !r.IsInt() || r.AsInt() != 42 {
			t.Errorf("virtual=%v: result %v", virtual, r)
		}
	}
}

// TestCompleteFromGoroutine uses StartOp/Complete directly.
func TestCompleteFromGoroutine(t *testing.T) {
	th, _ := newAsyncThread()
	l := NewLoop(th)
	done := false
	l.StartOp()
	go func() {
		time.Sleep(5 * time.Millisecond)
		l.Complete(func(t *Thread) error {
			done = true
			l.Stop()
			return nil
		})
	}()
	if err := l.RunForever(th); err != nil {
		t.Fatal(err)
	}
	if !done {
		t.Error("completion did not run")
	}
}

// TestTaskCancel cancels a task waiting on a future: the future is
// cancelled and the task ends cancelled, with its message.
func TestTaskCancel(t *testing.T) {
	th, _ := newAsyncThread()
	l := NewLoop(th)
	fut := l.CreateFuture()
	var seen error
	body := NewCoroFunc("body", func(t *Thread, c *Coro, r Value, err error) (Value, error) {
		if c.PC == 0 {
			c.PC = 1
			return c.Await(fut.Value())
		}
		seen = err
		return r, err
	})
	task, err := NewTask(th, l, Obj(body), Null, Null)
	if err != nil {
		t.Fatal(err)
	}
	mustHandle(t)(l.CallSoonGo("cancel", func(*Thread) error {
		if !task.Cancel(Str("stop")) {
			t.Error("cancel returned false")
		}
		return nil
	}))
	_, err = l.RunUntilComplete(th, task.Value())
	if !IsInstanceOf(err, CancelledErrorType) {
		t.Fatalf("err = %v", err)
	}
	if !fut.Cancelled() || !task.Cancelled() {
		t.Errorf("future cancelled %v, task cancelled %v", fut.Cancelled(), task.Cancelled())
	}
	if seen == nil || seen.Error() != "CancelledError: stop" {
		t.Errorf("coroutine saw %v", seen)
	}
	if task.Cancelling() != 1 {
		t.Errorf("cancelling() = %d", task.Cancelling())
	}
}

// TestNeverRetrieved reports an exception nobody looked at when the loop
// closes.
func TestNeverRetrieved(t *testing.T) {
	th, errb := newAsyncThread()
	l := NewLoop(th)
	f := l.CreateFuture()
	if err := f.SetException(th, Obj(Errorf(ValueErrorType, "lost"))); err != nil {
		t.Fatal(err)
	}
	g := l.CreateFuture()
	if err := g.SetException(th, Obj(Errorf(ValueErrorType, "seen"))); err != nil {
		t.Fatal(err)
	}
	if _, err := g.Exception(); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(th); err != nil {
		t.Fatal(err)
	}
	want := "Future exception was never retrieved\nfuture: <Future finished exception=ValueError('lost')>\nValueError: lost\n"
	if got := errb.String(); got != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
	}
}

func TestExceptionGroups(t *testing.T) {
	th, _ := newAsyncThread()
	excs := []Value{Obj(Errorf(ValueErrorType, "a")), Obj(Errorf(TypeErrorType, "b"))}
	v, err := CallType(th, BaseExceptionGroupType, []Value{Str("msg"), Obj(NewList(excs))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v.Type() != ExceptionGroupType {
		t.Errorf("class %s, want ExceptionGroup", v.TypeName())
	}
	for _, c := range []struct {
		expr func() (string, error)
		want string
	}{
		{func() (string, error) { return ToStr(th, v) }, "msg (2 sub-exceptions)"},
		{func() (string, error) { return Repr(th, v) }, "ExceptionGroup('msg', [ValueError('a'), TypeError('b')])"},
		{func() (string, error) {
			r, err := CallMethod(th, v, "split", Obj(ValueErrorType))
			if err != nil {
				return "", err
			}
			return Repr(th, r)
		}, "(ExceptionGroup('msg', [ValueError('a')]), ExceptionGroup('msg', [TypeError('b')]))"},
		{func() (string, error) {
			r, err := CallMethod(th, v, "subgroup", Obj(KeyErrorType))
			if err != nil {
				return "", err
			}
			return Repr(th, r)
		}, "None"},
		{func() (string, error) {
			r, err := GetAttr(th, v, "exceptions")
			if err != nil {
				return "", err
			}
			return Repr(th, r)
		}, "(ValueError('a'), TypeError('b'))"},
	} {
		got, err := c.expr()
		if err != nil {
			t.Errorf("error %v", err)
			continue
		}
		if got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
	for _, c := range []struct {
		args []Value
		cls  *Type
		want string
	}{
		{[]Value{Int(1), Obj(NewList(excs))}, ExceptionGroupType, "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int"},
		{[]Value{Str("m"), Int(1)}, ExceptionGroupType, "TypeError: second argument (exceptions) must be a sequence"},
		{[]Value{Str("m"), Obj(NewList(nil))}, ExceptionGroupType, "ValueError: second argument (exceptions) must be a non-empty sequence"},
		{[]Value{Str("m"), Obj(NewList([]Value{Int(1)}))}, ExceptionGroupType, "ValueError: Item 0 of second argument (exceptions) is not an exception"},
		{[]Value{Str("m"), Obj(NewList([]Value{Obj(NewException(KeyboardInterruptType))}))}, ExceptionGroupType, "TypeError: Cannot nest BaseExceptions in an ExceptionGroup"},
	} {
		_, err := CallType(th, c.cls, c.args, nil)
		if err == nil || err.Error() != c.want {
			t.Errorf("got %v, want %s", err, c.want)
		}
	}
}

// Completions run in the order they were posted, through recycled
// handles: once the loop has warmed up, handing work back from a
// goroutine allocates nothing on the loop's side.
func TestCompletionsInOrderWithoutAllocation(t *testing.T) {
	th, _ := newAsyncThread()
	l := NewLoop(th)
	var got []int
	fns := make([]func(t *Thread) error, 8)
	for i := range fns {
		fns[i] = func(*Thread) error { got = append(got, i); return nil }
	}
	round := func() {
		for _, fn := range fns {
			l.Post(fn)
		}
		if err := l.runOnce(th); err != nil {
			t.Fatal(err)
		}
	}
	got = make([]int, 0, 1<<12)
	round()
	for i, v := range got {
		if v != i {
			t.Fatalf("order %v", got)
		}
	}
	got = got[:0]
	if allocs := testing.AllocsPerRun(100, round); allocs > 0 {
		t.Errorf("%v allocations per round of %d completions", allocs, len(fns))
	}
}
