package runtime

import (
	"maps"
	"unsafe"
)

// This file holds the hooks the embedding API (the aio package) needs from
// the runtime: a way for long-running Go code to notice that the host wants
// the script stopped, and a cheap copy of a prepared namespace.

// Poller is implemented by the interpreter that owns a thread (Thread.VM).
// It lets Go code that runs for a long time without executing bytecode (a
// big sort) stop when the host cancels the run or a budget runs out.
type Poller interface {
	// Poll counts one unit of work; every so often it checks the host's
	// context and budgets and returns the error that must stop the script.
	Poll() error
	// Interruptible reports whether Poll can fail at all: the host set a
	// cancellable context or a budget.
	Interruptible() bool
	// Reserve is asked before one allocation of n bytes; it returns the
	// error that must stop the script when the allocation would take the
	// run over its memory budget.
	Reserve(n int64) error
	// Check runs the periodic check now: for Go loops whose steps are
	// each a large piece of work (copying megabytes).
	Check() error
}

// Poll counts one unit of work done by a long-running builtin (one
// comparison of a sort, say). When the host wants the script stopped it
// returns the error to return at once, without catching it. It is cheap:
// call it in inner loops.
func (t *Thread) Poll() error {
	if t == nil || t.Poller == nil {
		return nil
	}
	return t.Poller.Poll()
}

// Interruptible reports whether Poll can ever fail on t. Builtins with a
// fast path that cannot poll (sorting a list of ints with the Go sort)
// choose the polling path for big inputs when it is true.
func (t *Thread) Interruptible() bool {
	if t == nil || t.Poller == nil {
		return false
	}
	return t.Poller.Interruptible()
}

// Check checks at once whether the host wants the script stopped; see
// Poller.Check.
func (t *Thread) Check() error {
	if t == nil || t.Poller == nil {
		return nil
	}
	return t.Poller.Check()
}

// repeatChunk is how many bytes fillRepeat copies between checks: well
// under a millisecond of copying, page faults of fresh memory included.
const repeatChunk = 1 << 20

// fillRepeat fills dst with copies of its first unit elements (a
// repetition: "ab" * n, [0] * n) in chunks, checking between them that
// the host still wants the script to run, so that a repetition of
// gigabytes stops within the cancel latency.
func fillRepeat[T any](t *Thread, dst []T, unit int) error {
	var zero T
	chunk := max(repeatChunk/int(unsafe.Sizeof(zero)), unit)
	filled := unit
	for filled < len(dst) {
		n := min(filled, len(dst)-filled, chunk)
		n -= n % unit
		if n == 0 {
			n = unit
		}
		copy(dst[filled:filled+n], dst[:n])
		filled += n
		if err := t.Check(); err != nil {
			return err
		}
	}
	return nil
}

// reserveThreshold is the size below which allocations are not checked
// one by one: the periodic heap check catches many small ones.
const reserveThreshold = 64 << 10

// Reserve is called before an allocation of n bytes whose size a script
// chose (a repetition, a padding width, a bytearray of n zeros). When the
// host's memory budget cannot hold it, it returns the error that stops the
// script, before the memory is taken. Small sizes are not checked.
func (t *Thread) Reserve(n int64) error {
	if t == nil || n < reserveThreshold || t.Poller == nil {
		return nil
	}
	return t.Poller.Reserve(n)
}

// Clone returns an independent copy of d: later changes to either do not
// show in the other. The values themselves are shared. Hosts use it to give
// every interpreter its own builtins namespace built once.
func (d *AttrDict) Clone() *AttrDict {
	c := &AttrDict{
		keys:    append([]string(nil), d.keys...),
		vals:    append([]Value(nil), d.vals...),
		Version: attrVersionCounter.Add(1),
	}
	if d.index != nil {
		c.index = maps.Clone(d.index)
	}
	return c
}
