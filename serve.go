package aio

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/aio-lang/aio/runtime"
)

// closeGrace is how long Close lets cancelled tasks clean up.
const closeGrace = time.Second

// server is the state of a started interpreter.
type server struct {
	done chan struct{}
	// loose is the run of callbacks that no call owns.
	loose *run
	// stopNow is set on the loop goroutine when the drain is complete.
	stopNow bool
}

// Start runs the interpreter's event loop on a new goroutine until Close.
// From then on every call is scheduled on the loop: Submit runs each call
// as a task, so that calls from many goroutines run concurrently and
// interleave at their awaits, as the requests of an asyncio server do.
// Tasks created by earlier calls resume. A Go function called by a script
// may call back into the interpreter; it then runs nested on the loop.
func (in *Interpreter) Start() error {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.closing.Load() {
		return abortError(ErrClosed)
	}
	if in.started.Load() {
		return errors.New("aio: interpreter already started")
	}
	l := in.ensureLoop()
	srv := &server{
		done:  make(chan struct{}),
		loose: &run{ctx: in.life, loose: true, captured: true, maxSteps: in.opts.maxSteps},
	}
	in.srv = srv
	in.vm.MemCheck = in.check
	l.Hold() // the loop waits for submissions: never deadlocked
	in.started.Store(true)
	go in.serve(l, srv)
	return nil
}

// serve runs the loop until Close.
func (in *Interpreter) serve(l *runtime.Loop, srv *server) {
	defer close(srv.done)
	in.loopGID.Store(goid())
	t := in.vm.Thread
	for {
		in.cur = srv.loose
		t.Ctx = in.life
		in.vm.Steps = 0
		err := in.runForever(l)
		if srv.stopNow || in.life.Err() != nil {
			return
		}
		if err != nil {
			in.reportLoopError(err)
		}
	}
}

// runForever is loop.run_forever with panics caught.
func (in *Interpreter) runForever(l *runtime.Loop) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = internalError(p)
		}
	}()
	return l.RunForever(in.vm.Thread)
}

// reportLoopError writes an error that ended an iteration of a started
// loop. SystemExit and KeyboardInterrupt raised by tasks reach the
// callers of their calls; callbacks stopped by their budget are no news.
func (in *Interpreter) reportLoopError(err error) {
	var exc *runtime.Instance
	if errors.As(err, &exc) {
		if exc.Class.IsSubtype(runtime.SystemExitType) || exc.Class.IsSubtype(runtime.KeyboardInterruptType) {
			return
		}
	}
	e, ok := in.convertError(err).(*Error)
	if !ok || e.Type == "Abort" {
		return
	}
	if w := in.vm.Thread.Stderr; w != nil {
		fmt.Fprintf(w, "aio: event loop: %s", e.Traceback)
	}
}

// Close stops the interpreter. Calls that are running or waiting end with
// an *Error that unwraps to ErrClosed; tasks left on the event loop are
// cancelled and get up to a second to run their cleanup (except and
// finally blocks) before they are stopped; Go async functions still
// running have their contexts cancelled and are waited for (up to the
// same bound); the loop goroutine ends. A call running on another
// goroutine of an interpreter that was not started is waited for. Later
// calls return ErrClosed. Close can be called more than once.
func (in *Interpreter) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), closeGrace)
	defer cancel()
	return in.Shutdown(ctx)
}

// Shutdown is Close with ctx bounding the graceful part: cancelled tasks
// may clean up until ctx ends, then whatever still runs is stopped.
func (in *Interpreter) Shutdown(ctx context.Context) error {
	in.closeOnce.Do(func() { in.closeError = in.shutdown(ctx) })
	return in.closeError
}

func (in *Interpreter) shutdown(ctx context.Context) error {
	in.closing.Store(true)
	var err error
	if in.started.Load() {
		err = in.shutdownLoop(ctx)
	} else {
		in.mu.Lock()
		err = in.shutdownDirect(ctx)
		in.mu.Unlock()
	}
	in.endLife()
	in.waitHostCalls(ctx)
	in.releaseWaiters()
	in.closed.Store(true)
	return err
}

// shutdownLoop drains and stops a started loop.
func (in *Interpreter) shutdownLoop(ctx context.Context) error {
	srv := in.srv
	l := in.loop
	begun := make(chan struct{})
	l.Post(func(t *runtime.Thread) error {
		in.stopCurrent.Store(false)
		close(begun)
		in.drain(l, srv)
		return nil
	})
	// A task that never yields keeps the loop from getting to the drain:
	// stop the code that runs now.
	quick := time.NewTimer(20 * time.Millisecond)
	defer quick.Stop()
	select {
	case <-begun:
	case <-srv.done:
	case <-quick.C:
		in.stopCurrent.Store(true)
	}
	select {
	case <-srv.done:
	case <-ctx.Done():
		in.halt.Store(true)
		in.endLife() // wakes the loop if it waits
		hard := time.NewTimer(closeGrace)
		defer hard.Stop()
		select {
		case <-srv.done:
		case <-hard.C:
			return errors.New("aio: Close: the event loop did not stop (a Go function called by a script does not return)")
		}
	}
	t := in.vm.Thread
	t.Ctx = nil
	in.cur = nil
	return in.closeLoop(l)
}

// shutdownDirect drains the loop of an interpreter that was not started;
// the caller holds the interpreter lock.
func (in *Interpreter) shutdownDirect(ctx context.Context) (err error) {
	l := in.loop
	if l == nil || l.IsClosed() {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = internalError(p)
		}
	}()
	if len(l.AllTasks()) > 0 {
		in.vm.MemCheck = in.check
		r := in.newRun(ctx)
		r.maxSteps = 0
		s := in.enter(r)
		in.drain(l, nil)
		if e := l.RunForever(in.vm.Thread); e != nil {
			in.leave(s)
			l.Discard()
			return nil
		}
		in.leave(s)
	}
	return in.closeLoop(l)
}

// drain cancels every task of l and stops l once they are all done. It
// runs on the loop's goroutine.
func (in *Interpreter) drain(l *runtime.Loop, srv *server) {
	var check func(t *runtime.Thread) error
	check = func(t *runtime.Thread) error {
		tasks := l.AllTasks()
		if len(tasks) == 0 {
			if srv != nil {
				srv.stopNow = true
			}
			l.Stop()
			return nil
		}
		for _, task := range tasks {
			if task.Cancelling() == 0 {
				task.Cancel(runtime.Null)
			}
		}
		_, err := l.CallLaterGo(0.001, "aio_drain", check)
		return err
	}
	_, _ = l.CallSoonGo("aio_drain", check)
}

// closeLoop closes the drained loop, reporting exceptions of tasks that
// nobody retrieved as asyncio does.
func (in *Interpreter) closeLoop(l *runtime.Loop) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = internalError(p)
		}
	}()
	if l.IsRunning() {
		return nil
	}
	if e := l.Close(in.vm.Thread); e != nil {
		l.Discard()
	}
	return nil
}

// waitHostCalls waits for the Go async functions to return, up to the
// grace period.
func (in *Interpreter) waitHostCalls(ctx context.Context) {
	done := make(chan struct{})
	go func() {
		in.hostCalls.Wait()
		close(done)
	}()
	bound := time.NewTimer(closeGrace)
	defer bound.Stop()
	select {
	case <-done:
	case <-bound.C:
	}
}
