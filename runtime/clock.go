package runtime

import (
	"context"
	"sync/atomic"
	"time"
)

// Clock is a thread's source of time. A real clock follows the host's
// clocks. A virtual clock runs at the same pace but can be advanced: the
// event loop jumps it straight to the next timer whenever nothing else can
// happen, and time.sleep advances it instead of blocking, so a program that
// sleeps for hours finishes at once and prints what it would have printed.
// Time spent computing still passes, so deadlines keep the order they would
// have in real time.
type Clock struct {
	virtual bool
	offset  atomic.Int64 // nanoseconds the virtual clock is ahead of real time
}

// clockStart anchors monotonic readings (time.monotonic, loop.time).
var clockStart = time.Now()

// realClock is the clock of threads that have none.
var realClock = &Clock{}

// NewClock makes a clock; virtual clocks can be advanced.
func NewClock(virtual bool) *Clock { return &Clock{virtual: virtual} }

// ClockOf returns t's clock (the real clock when t has none).
func ClockOf(t *Thread) *Clock {
	if t != nil && t.Clock != nil {
		return t.Clock
	}
	return realClock
}

// SetVirtualTime switches t to a virtual clock (on) or back to real time.
// Switch before running the program: deadlines already scheduled keep the
// times they were computed with.
func (t *Thread) SetVirtualTime(on bool) {
	if on {
		t.Clock = NewClock(true)
	} else {
		t.Clock = nil
	}
}

// Virtual reports whether the clock can be advanced.
func (c *Clock) Virtual() bool { return c.virtual }

// Elapsed is the monotonic time since the process started, plus any
// virtual advance.
func (c *Clock) Elapsed() time.Duration {
	return time.Since(clockStart) + time.Duration(c.offset.Load())
}

// Monotonic is time.monotonic() and loop.time() in seconds.
func (c *Clock) Monotonic() float64 {
	return float64(c.Elapsed().Nanoseconds())/1e9 + 1
}

// MonotonicNs is time.monotonic_ns().
func (c *Clock) MonotonicNs() int64 {
	return c.Elapsed().Nanoseconds() + 1e9
}

// Now is the wall-clock time (time.time()), shifted by the virtual advance.
func (c *Clock) Now() time.Time {
	return time.Now().Add(time.Duration(c.offset.Load()))
}

// Advance moves a virtual clock forward by d; real clocks ignore it.
func (c *Clock) Advance(d time.Duration) {
	if c.virtual && d > 0 {
		c.offset.Add(int64(d))
	}
}

// Sleep blocks for d on a real clock (returning early when ctx is done)
// and advances a virtual clock instead.
func (c *Clock) Sleep(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	if c.virtual {
		c.Advance(d)
		return
	}
	if ctx == nil {
		time.Sleep(d)
		return
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-ctx.Done():
	}
}
