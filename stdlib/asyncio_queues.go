package stdlib

import (
	"strconv"

	"github.com/aio-lang/aio/runtime"
)

// This file holds asyncio's queues, ported from CPython 3.11's queues.py:
// Queue, PriorityQueue and LifoQueue. Script subclasses may override
// _init, _put, _get and the public methods; the queue then calls them as
// CPython's would.

var (
	queueEmptyType    = runtime.NewExceptionType("QueueEmpty", "asyncio.queues", runtime.ExceptionType)
	queueFullType     = runtime.NewExceptionType("QueueFull", "asyncio.queues", runtime.ExceptionType)
	queueType         = newAsyncioType("Queue", "asyncio.queues")
	priorityQueueType = newAsyncQueueSubtype("PriorityQueue")
	lifoQueueType     = newAsyncQueueSubtype("LifoQueue")
)

func newAsyncQueueSubtype(name string) *runtime.Type {
	t := runtime.NewBuiltinType(name, queueType)
	t.Module = "asyncio.queues"
	return t
}

const (
	queueFIFO = iota
	queueLIFO
	queuePriority
)

// queue is asyncio.Queue and its two variants.
type asyncQueue struct {
	asyncLoopBound
	self       runtime.Value
	cls        *runtime.Type
	kind       int
	maxsize    runtime.Value
	items      []runtime.Value
	head       int // first item of a FIFO queue
	getters    []*runtime.Future
	putters    []*runtime.Future
	unfinished int64
	finished   *asyncEvent
}

// Type is the queue's built-in class.
func (q *asyncQueue) Type() *runtime.Type {
	switch q.kind {
	case queueLIFO:
		return lifoQueueType
	case queuePriority:
		return priorityQueueType
	}
	return queueType
}

func (q *asyncQueue) asyncSetSelf(v runtime.Value) { q.self = v }

func asyncQueueKind(cls *runtime.Type) int {
	switch {
	case cls.IsSubtype(priorityQueueType):
		return queuePriority
	case cls.IsSubtype(lifoQueueType):
		return queueLIFO
	}
	return queueFIFO
}

// newQueue makes a queue of class cls (Queue when nil) for Go callers.
func newAsyncQueue(cls *runtime.Type, maxsize runtime.Value) *asyncQueue {
	if cls == nil {
		cls = queueType
	}
	q := &asyncQueue{cls: cls, kind: asyncQueueKind(cls), maxsize: maxsize, finished: newAsyncEvent()}
	q.self = runtime.Obj(q)
	q.finished.set()
	return q
}

// overrides reports whether a script subclass redefines name.
func (q *asyncQueue) overrides(name string) bool {
	return !q.cls.Builtin && asyncOverrides(q.cls, name)
}

// init is Queue.__init__(maxsize=0).
func (q *asyncQueue) init(t *runtime.Thread, args []runtime.Value, kwnames []string) error {
	var maxsize runtime.Value
	if err := pyArgs("Queue.__init__", true, args, kwnames, 0, []string{"maxsize"}, &maxsize); err != nil {
		return err
	}
	if maxsize.IsNull() {
		maxsize = runtime.Int(0)
	}
	q.maxsize = maxsize
	q.getters, q.putters = nil, nil
	q.unfinished = 0
	q.finished = newAsyncEvent()
	q.finished.set()
	if q.overrides("_init") {
		_, err := runtime.CallMethod(t, q.self, "_init", maxsize)
		return err
	}
	q.items, q.head = nil, 0
	return nil
}

// storage is the script-level _queue when a subclass replaced _init.
func (q *asyncQueue) storage(t *runtime.Thread) (runtime.Value, bool, error) {
	if !q.overrides("_init") {
		return runtime.Null, false, nil
	}
	v, err := runtime.GetAttr(t, q.self, "_queue")
	return v, true, err
}

// qsize is Queue.qsize(): len(self._queue).
func (q *asyncQueue) qsize(t *runtime.Thread) (int, error) {
	if v, ok, err := q.storage(t); ok || err != nil {
		if err != nil {
			return 0, err
		}
		return runtime.Len(t, v)
	}
	return len(q.items) - q.head, nil
}

// empty is Queue.empty(): not self._queue.
func (q *asyncQueue) empty(t *runtime.Thread) (bool, error) {
	if v, ok, err := q.storage(t); ok || err != nil {
		if err != nil {
			return false, err
		}
		b, err := runtime.Truth(t, v)
		return !b, err
	}
	return len(q.items) == q.head, nil
}

// full is Queue.full(), calling self.qsize().
func (q *asyncQueue) full(t *runtime.Thread) (bool, error) {
	if q.maxsize.IsInt() && q.maxsize.AsInt() <= 0 {
		return false, nil
	}
	if !q.maxsize.IsInt() {
		nonPositive, err := runtime.CompareBool(t, q.maxsize, runtime.Int(0), runtime.CmpLe)
		if err != nil || nonPositive {
			return false, err
		}
	}
	var n runtime.Value
	if q.overrides("qsize") {
		r, err := runtime.CallMethod(t, q.self, "qsize")
		if err != nil {
			return false, err
		}
		n = r
	} else {
		size, err := q.qsize(t)
		if err != nil {
			return false, err
		}
		if q.maxsize.IsInt() {
			return int64(size) >= q.maxsize.AsInt(), nil
		}
		n = runtime.Int(int64(size))
	}
	return runtime.CompareBool(t, n, q.maxsize, runtime.CmpGe)
}

// dyn calls a public method through the object when a subclass overrides
// it, and the Go version otherwise.
func (q *asyncQueue) dynBool(t *runtime.Thread, name string, goFn func(*runtime.Thread) (bool, error)) (bool, error) {
	if q.overrides(name) {
		r, err := runtime.CallMethod(t, q.self, name)
		if err != nil {
			return false, err
		}
		return runtime.Truth(t, r)
	}
	return goFn(t)
}

// push is the built-in Queue._put.
func (q *asyncQueue) push(t *runtime.Thread, item runtime.Value) error {
	if q.kind != queuePriority {
		q.items = append(q.items, item)
		return nil
	}
	q.items = append(q.items, item)
	return queueSiftDown(t, q.items, 0, len(q.items)-1)
}

// pop is the built-in Queue._get.
func (q *asyncQueue) pop(t *runtime.Thread) (runtime.Value, error) {
	n := len(q.items)
	if n == q.head {
		return runtime.Null, runtime.Errorf(runtime.IndexErrorType, "pop from an empty deque")
	}
	switch q.kind {
	case queueLIFO:
		item := q.items[n-1]
		q.items[n-1] = runtime.Null
		q.items = q.items[:n-1]
		return item, nil
	case queuePriority:
		last := q.items[n-1]
		q.items[n-1] = runtime.Null
		q.items = q.items[:n-1]
		if len(q.items) == 0 {
			return last, nil
		}
		top := q.items[0]
		q.items[0] = last
		return top, queueSiftUp(t, q.items, 0)
	}
	item := q.items[q.head]
	q.items[q.head] = runtime.Null
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 32 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return item, nil
}

// heapSiftDown is heapq._siftdown with `<` comparisons.
func queueSiftDown(t *runtime.Thread, heap []runtime.Value, startpos, pos int) error {
	item := heap[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := heap[parentpos]
		lt, err := runtime.CompareBool(t, item, parent, runtime.CmpLt)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		heap[pos] = parent
		pos = parentpos
	}
	heap[pos] = item
	return nil
}

// heapSiftUp is heapq._siftup with `<` comparisons.
func queueSiftUp(t *runtime.Thread, heap []runtime.Value, pos int) error {
	endpos := len(heap)
	startpos := pos
	item := heap[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, err := runtime.CompareBool(t, heap[childpos], heap[rightpos], runtime.CmpLt)
			if err != nil {
				return err
			}
			if !lt {
				childpos = rightpos
			}
		}
		heap[pos] = heap[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	heap[pos] = item
	return queueSiftDown(t, heap, startpos, pos)
}

// wakeupNext is Queue._wakeup_next: wake the first waiter not done.
func queueWakeupNext(waiters *[]*runtime.Future) {
	for len(*waiters) > 0 {
		w := (*waiters)[0]
		(*waiters)[0] = nil
		*waiters = (*waiters)[1:]
		if !w.Done() {
			_ = w.SetResult(runtime.None)
			break
		}
	}
}

// putNowait is Queue.put_nowait(item).
func (q *asyncQueue) putNowait(t *runtime.Thread, item runtime.Value) error {
	full, err := q.dynBool(t, "full", q.full)
	if err != nil {
		return err
	}
	if full {
		return runtime.NewException(queueFullType)
	}
	if q.overrides("_put") {
		if _, err := runtime.CallMethod(t, q.self, "_put", item); err != nil {
			return err
		}
	} else if err := q.push(t, item); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	queueWakeupNext(&q.getters)
	return nil
}

// getNowait is Queue.get_nowait().
func (q *asyncQueue) getNowait(t *runtime.Thread) (runtime.Value, error) {
	empty, err := q.dynBool(t, "empty", q.empty)
	if err != nil {
		return runtime.Null, err
	}
	if empty {
		return runtime.Null, runtime.NewException(queueEmptyType)
	}
	var item runtime.Value
	if q.overrides("_get") {
		item, err = runtime.CallMethod(t, q.self, "_get")
	} else {
		item, err = q.pop(t)
	}
	if err != nil {
		return runtime.Null, err
	}
	queueWakeupNext(&q.putters)
	return item, nil
}

// putCoro is Queue.put(item).
func (q *asyncQueue) putCoro(item runtime.Value) runtime.Value {
	p := &queuePut{q: q, item: item}
	p.Init("put", "Queue.put", p)
	return runtime.Obj(&p.Coro)
}

// queuePut is the coroutine of Queue.put: one allocation per call.
type queuePut struct {
	runtime.Coro
	q      *asyncQueue
	item   runtime.Value
	putter *runtime.Future
}

// Resume runs Queue.put's body.
func (p *queuePut) Resume(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
	q := p.q
	if c.PC == 1 && err != nil {
		p.putter.CancelBase(runtime.Null)
		q.putters = removeWaiter(q.putters, p.putter)
		full, ferr := q.dynBool(t, "full", q.full)
		if ferr != nil {
			return runtime.Null, ferr
		}
		if !full && !p.putter.Cancelled() {
			queueWakeupNext(&q.putters)
		}
		return runtime.Null, err
	}
	full, err := q.dynBool(t, "full", q.full)
	if err != nil {
		return runtime.Null, err
	}
	if full {
		if p.putter, err = q.createFuture(t, q.self); err != nil {
			return runtime.Null, err
		}
		q.putters = append(q.putters, p.putter)
		c.PC = 1
		return c.Await(p.putter.Value())
	}
	if q.overrides("put_nowait") {
		return runtime.CallMethod(t, q.self, "put_nowait", p.item)
	}
	return runtime.None, q.putNowait(t, p.item)
}

// getCoro is Queue.get().
func (q *asyncQueue) getCoro() runtime.Value {
	g := &queueGet{q: q}
	g.Init("get", "Queue.get", g)
	return runtime.Obj(&g.Coro)
}

// queueGet is the coroutine of Queue.get: one allocation per call.
type queueGet struct {
	runtime.Coro
	q      *asyncQueue
	getter *runtime.Future
}

// Resume runs Queue.get's body.
func (g *queueGet) Resume(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
	q := g.q
	if c.PC == 1 && err != nil {
		g.getter.CancelBase(runtime.Null)
		q.getters = removeWaiter(q.getters, g.getter)
		empty, eerr := q.dynBool(t, "empty", q.empty)
		if eerr != nil {
			return runtime.Null, eerr
		}
		if !empty && !g.getter.Cancelled() {
			queueWakeupNext(&q.getters)
		}
		return runtime.Null, err
	}
	empty, err := q.dynBool(t, "empty", q.empty)
	if err != nil {
		return runtime.Null, err
	}
	if empty {
		if g.getter, err = q.createFuture(t, q.self); err != nil {
			return runtime.Null, err
		}
		q.getters = append(q.getters, g.getter)
		c.PC = 1
		return c.Await(g.getter.Value())
	}
	if q.overrides("get_nowait") {
		return runtime.CallMethod(t, q.self, "get_nowait")
	}
	return q.getNowait(t)
}

// format is Queue._format.
func (q *asyncQueue) format(t *runtime.Thread) (string, error) {
	ms, err := runtime.Repr(t, q.maxsize)
	if err != nil {
		return "", err
	}
	s := "maxsize=" + ms
	items, err := q.queueValue(t)
	if err != nil {
		return "", err
	}
	if truth, err := runtime.Truth(t, items); err != nil {
		return "", err
	} else if truth {
		l, err := runtime.ListFrom(t, items)
		if err != nil {
			return "", err
		}
		r, err := runtime.Repr(t, runtime.Obj(l))
		if err != nil {
			return "", err
		}
		s += " _queue=" + r
	}
	if len(q.getters) > 0 {
		s += " _getters[" + strconv.Itoa(len(q.getters)) + "]"
	}
	if len(q.putters) > 0 {
		s += " _putters[" + strconv.Itoa(len(q.putters)) + "]"
	}
	if q.unfinished != 0 {
		s += " tasks=" + strconv.FormatInt(q.unfinished, 10)
	}
	return s, nil
}

// queueValue is self._queue: the script's storage or a list of the items.
func (q *asyncQueue) queueValue(t *runtime.Thread) (runtime.Value, error) {
	if inst, ok := q.self.Raw().(*runtime.Instance); ok {
		if v, ok := inst.Dict.Get("_queue"); ok {
			return v, nil
		}
	}
	return runtime.Obj(runtime.NewList(append([]runtime.Value(nil), q.items[q.head:]...))), nil
}

func init() {
	for _, typ := range []*runtime.Type{queueType, priorityQueueType, lifoQueueType} {
		typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			q := newAsyncQueue(cls, runtime.Int(0))
			v := asyncWrap(cls, q)
			q.self = v
			if !asyncOverrides(cls, "__init__") {
				if err := q.init(t, args, kwnames); err != nil {
					return runtime.Null, err
				}
			}
			return v, nil
		}
		typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
			q := asyncBase(v).(*asyncQueue)
			s, err := q.format(t)
			if err != nil {
				return "", err
			}
			return "<" + v.Type().Name + " at 0x" + strconv.FormatUint(uint64(runtime.Address(v)), 16) + " " + s + ">", nil
		}
		typ.Slots.Str = func(t *runtime.Thread, v runtime.Value) (string, error) {
			q := asyncBase(v).(*asyncQueue)
			s, err := q.format(t)
			if err != nil {
				return "", err
			}
			return "<" + v.Type().Name + " " + s + ">", nil
		}
	}
	typ := queueType
	asyncMethod(typ, "__init__", func(t *runtime.Thread, q *asyncQueue, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, q.init(t, args, kwnames)
	})
	asyncNoArgs(typ, "qsize", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) {
		n, err := q.qsize(t)
		return runtime.Int(int64(n)), err
	})
	asyncNoArgs(typ, "empty", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) {
		b, err := q.empty(t)
		return runtime.Bool(b), err
	})
	asyncNoArgs(typ, "full", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) {
		b, err := q.full(t)
		return runtime.Bool(b), err
	})
	asyncMethod(typ, "put", func(t *runtime.Thread, q *asyncQueue, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var item runtime.Value
		if err := pyArgs("Queue.put", true, args, kwnames, 1, []string{"item"}, &item); err != nil {
			return runtime.Null, err
		}
		return q.putCoro(item), nil
	})
	asyncMethod(typ, "put_nowait", func(t *runtime.Thread, q *asyncQueue, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var item runtime.Value
		if err := pyArgs("Queue.put_nowait", true, args, kwnames, 1, []string{"item"}, &item); err != nil {
			return runtime.Null, err
		}
		return runtime.None, q.putNowait(t, item)
	})
	asyncNoArgs(typ, "get", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) { return q.getCoro(), nil })
	asyncNoArgs(typ, "get_nowait", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) { return q.getNowait(t) })
	asyncNoArgs(typ, "task_done", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) {
		if q.unfinished <= 0 {
			return runtime.Null, valueError("task_done() called too many times")
		}
		q.unfinished--
		if q.unfinished == 0 {
			q.finished.set()
		}
		return runtime.None, nil
	})
	asyncNoArgs(typ, "join", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) {
		return newAsyncCoro("join", "Queue.join", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if c.PC == 0 && q.unfinished > 0 {
				c.PC = 1
				return c.Await(q.finished.wait())
			}
			if err != nil {
				return runtime.Null, err
			}
			return runtime.None, nil
		}), nil
	})
	asyncMethod(typ, "_init", func(t *runtime.Thread, q *asyncQueue, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("_init", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		q.items, q.head = nil, 0
		return runtime.None, nil
	})
	asyncMethod(typ, "_put", func(t *runtime.Thread, q *asyncQueue, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("_put", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		return runtime.None, q.push(t, args[0])
	})
	asyncNoArgs(typ, "_get", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) { return q.pop(t) })
	asyncNoArgs(typ, "_format", func(t *runtime.Thread, q *asyncQueue) (runtime.Value, error) {
		s, err := q.format(t)
		return runtime.Str(s), err
	})
	asyncProperty(typ, "maxsize", func(q *asyncQueue) runtime.Value { return q.maxsize })
	asyncProperty(typ, "_unfinished_tasks", func(q *asyncQueue) runtime.Value { return runtime.Int(q.unfinished) })
	fget := runtime.NewBuiltin("_queue", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 {
			return runtime.Null, typeError("_queue getter takes one argument")
		}
		q, ok := asyncBase(args[0]).(*asyncQueue)
		if !ok {
			return runtime.Null, typeError("descriptor '_queue' requires a 'Queue' object")
		}
		return q.queueValue(t)
	})
	fset := runtime.NewBuiltin("_queue", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return runtime.Null, typeError("_queue setter takes two arguments")
		}
		inst, ok := args[0].Raw().(*runtime.Instance)
		if !ok {
			return runtime.Null, runtime.Errorf(runtime.AttributeErrorType, "'%s' object attribute '_queue' is read-only", args[0].TypeName())
		}
		inst.Dict.Set("_queue", args[1])
		return runtime.None, nil
	})
	typ.Dict.Set("_queue", runtime.Obj(&runtime.Property{Fget: fget, Fset: fset, Fdel: runtime.None, Doc: runtime.None}))
}
