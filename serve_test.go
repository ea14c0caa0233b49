package aio_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

func TestAsyncFuncRunsConcurrently(t *testing.T) {
	in, out := newInterp(t)
	var mu sync.Mutex
	running, peak := 0, 0
	err := in.AsyncFunc("nap", aio.GoFunc{Params: []string{"ms"}, Fn: func(ctx context.Context, ms int) (int, error) {
		mu.Lock()
		running++
		peak = max(peak, running)
		mu.Unlock()
		defer func() { mu.Lock(); running--; mu.Unlock() }()
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
			return ms, nil
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	mustExec(t, in, `
import asyncio
async def main():
    return await asyncio.gather(*[nap(ms=100) for _ in range(5)])
print(asyncio.run(main()), asyncio.iscoroutinefunction(nap))
`)
	if took := time.Since(start); took > 400*time.Millisecond {
		t.Errorf("5 concurrent naps of 100ms took %v", took)
	}
	if peak != 5 || out.String() != "[100, 100, 100, 100, 100] True\n" {
		t.Errorf("peak %d, output %q", peak, out)
	}
}

func TestAsyncFuncCancelAndErrors(t *testing.T) {
	in, out := newInterp(t)
	cancelled := make(chan error, 1)
	in.AsyncFunc("wait_forever", func(ctx context.Context) error {
		<-ctx.Done()
		cancelled <- ctx.Err()
		return ctx.Err()
	})
	in.AsyncFunc("fail", func(ctx context.Context, msg string) (string, error) {
		return "", &aio.Error{Type: "KeyError", Message: msg}
	})
	in.AsyncFunc("boom", func(ctx context.Context) (int, error) { panic("kaboom") })
	mustExec(t, in, `
import asyncio
async def main():
    t = asyncio.create_task(wait_forever())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    for coro in (fail("k"), boom()):
        try:
            await coro
        except Exception as e:
            print(type(e).__name__, e)
asyncio.run(main())
`)
	select {
	case err := <-cancelled:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("ctx error %v", err)
		}
	case <-time.After(time.Second):
		t.Error("the Go function's context was not cancelled")
	}
	if got := out.String(); got != "cancelled\nKeyError 'k'\nRuntimeError Go function boom panicked: kaboom\n" {
		t.Errorf("output %q", got)
	}
	if err := in.AsyncFunc("bad", func(x int) int { return x }); err == nil {
		t.Error("AsyncFunc without a context accepted")
	}
}

const handlers = `
import asyncio
hits = 0
async def handle(i):
    global hits
    await asyncio.sleep(0.05)
    hits += 1
    return {"id": i, "double": i * 2}
def spin():
    while True:
        pass
async def forever():
    await asyncio.sleep(1000)
async def busy():
    n = 0
    while True:
        n += 1
        if n % 100 == 0:
            await asyncio.sleep(0)
`

func TestSubmitFromManyGoroutines(t *testing.T) {
	in, _ := newInterp(t)
	mustExec(t, in, handlers)
	if err := in.Start(); err != nil {
		t.Fatal(err)
	}
	if err := in.Start(); err == nil {
		t.Error("second Start accepted")
	}
	ctx := context.Background()
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 4; k++ {
				i := g*4 + k
				v, err := in.Submit(ctx, "handle", i)
				if err != nil {
					errs <- err
					return
				}
				m := v.(map[string]any)
				if m["id"] != int64(i) || m["double"] != int64(2*i) {
					errs <- fmt.Errorf("handle(%d) = %v", i, v)
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// 8 goroutines × 4 sequential calls of 50ms: about 200ms when the 8
	// run concurrently.
	if took := time.Since(start); took > 1200*time.Millisecond {
		t.Errorf("took %v", took)
	}
	if v, err := in.Eval(ctx, "hits"); err != nil || v != int64(32) {
		t.Errorf("hits = %v, %v", v, err)
	}
	// Other API calls work on a started interpreter too.
	if err := in.Set("x", 5); err != nil {
		t.Fatal(err)
	}
	if v, err := in.Call(ctx, "handle", 1); err != nil || v.(map[string]any)["double"] != int64(2) {
		t.Errorf("Call: %v %v", v, err)
	}
	if _, err := in.Submit(ctx, "nothere"); asError(t, err).Type != "NameError" {
		t.Errorf("Submit(nothere): %v", err)
	}
}

func TestSubmitContextStopsTask(t *testing.T) {
	in, _ := newInterp(t, aio.WithMaxSteps(1_000_000))
	mustExec(t, in, handlers)
	in.Start()
	for _, name := range []string{"spin", "forever", "busy"} {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		start := time.Now()
		_, err := in.Submit(ctx, name)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, aio.ErrStepLimit) {
			t.Errorf("%s: %v", name, err)
		}
		if took := time.Since(start); took > 200*time.Millisecond {
			t.Errorf("%s: took %v", name, took)
		}
	}
	// The loop still serves, and the stopped tasks are gone.
	ctx := context.Background()
	if v, err := in.Submit(ctx, "handle", 3); err != nil || v.(map[string]any)["double"] != int64(6) {
		t.Fatalf("after: %v %v", v, err)
	}
	deadline := time.Now().Add(time.Second)
	for {
		v, err := in.Eval(ctx, "len(asyncio.all_tasks())")
		if err != nil {
			t.Fatal(err)
		}
		if v == int64(0) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%v tasks left", v)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestSubmitStepBudgetIsPerCall(t *testing.T) {
	in, _ := newInterp(t, aio.WithMaxSteps(50_000))
	mustExec(t, in, handlers+`
async def count(n):
    s = 0
    for i in range(n):
        s += i
        if i % 1000 == 0:
            await asyncio.sleep(0)
    return s
`)
	in.Start()
	ctx := context.Background()
	var wg sync.WaitGroup
	results := make([]error, 6)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			n := 1000
			if i%2 == 0 {
				n = 1_000_000
			}
			_, results[i] = in.Submit(ctx, "count", n)
		}(i)
	}
	wg.Wait()
	for i, err := range results {
		if i%2 == 0 && !errors.Is(err, aio.ErrStepLimit) {
			t.Errorf("call %d: %v, want the step budget error", i, err)
		}
		if i%2 == 1 && err != nil {
			t.Errorf("call %d: %v", i, err)
		}
	}
}

func TestCloseCancelsAndLeaksNothing(t *testing.T) {
	before := runtime.NumGoroutine()
	for round := 0; round < 3; round++ {
		in, out := newInterp(t)
		in.AsyncFunc("slow_go", func(ctx context.Context) (int, error) {
			<-ctx.Done()
			return 0, ctx.Err()
		})
		in.AsyncFunc("ignores_ctx", func(ctx context.Context) (int, error) {
			time.Sleep(30 * time.Millisecond)
			return 1, nil
		})
		mustExec(t, in, handlers+`
async def cleanup():
    try:
        await asyncio.sleep(1000)
    finally:
        print("cleaned up")
async def waits_go():
    await slow_go()
`)
		if round > 0 {
			in.Start()
		}
		ctx := context.Background()
		if round == 0 {
			// Not started: tasks left by a call stay on the loop.
			mustExec(t, in, "async def bg():\n    global tasks\n    tasks = [asyncio.create_task(f()) for f in (cleanup, waits_go, ignores_ctx)]\n")
			if _, err := in.Call(ctx, "bg"); err != nil {
				t.Fatal(err)
			}
		} else {
			for _, name := range []string{"cleanup", "waits_go", "ignores_ctx", "spin"} {
				go in.Submit(ctx, name)
				time.Sleep(10 * time.Millisecond)
			}
		}
		start := time.Now()
		if err := in.Close(); err != nil {
			t.Fatal(err)
		}
		if took := time.Since(start); took > 500*time.Millisecond {
			t.Errorf("round %d: Close took %v", round, took)
		}
		if out.String() != "cleaned up\n" {
			t.Errorf("round %d: output %q", round, out)
		}
		if _, err := in.Submit(ctx, "handle", 1); !errors.Is(err, aio.ErrClosed) {
			t.Errorf("Submit after Close: %v", err)
		}
		if err := in.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines before, %d after:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestCallBackFromGo(t *testing.T) {
	for _, started := range []bool{false, true} {
		in, out := newInterp(t)
		in.Func("twice", func(ctx context.Context, name string, x int) (any, error) {
			v, err := in.Call(ctx, name, x)
			if err != nil {
				return nil, err
			}
			return in.Call(context.Background(), name, v)
		})
		in.Func("apply", func(fn *aio.Object, x int) (any, error) {
			return fn.Call(context.Background(), x)
		})
		in.AsyncFunc("async_twice", func(ctx context.Context, name string, x int) (any, error) {
			v, err := in.Call(ctx, name, x)
			if err != nil {
				return nil, err
			}
			return in.Submit(ctx, name, v)
		})
		mustExec(t, in, `
import asyncio
def inc(x):
    return x + 1
async def ainc(x):
    await asyncio.sleep(0)
    return x + 10
`)
		if started {
			in.Start()
		}
		ctx := context.Background()
		src := "print(twice('inc', 1), apply(lambda v: v * 3, 2))\n"
		if !started {
			src += "print(asyncio.run(async_twice('ainc', 1)))\n"
		}
		if err := in.Exec(ctx, "t.aio", src); err != nil {
			t.Fatal(err)
		}
		if started {
			mustExec(t, in, "async def main():\n    print(await async_twice('ainc', 1))\n")
			if _, err := in.Submit(ctx, "main"); err != nil {
				t.Fatal(err)
			}
		}
		if got := out.String(); got != "3 6\n21\n" {
			t.Errorf("started=%v: output %q", started, got)
		}
	}
}

func TestOtherGoroutinesRunDuringGoCall(t *testing.T) {
	in, _ := newInterp(t)
	entered, release := make(chan struct{}), make(chan struct{})
	in.Func("block", func() { close(entered); <-release })
	mustExec(t, in, "x = 1")
	done := make(chan error, 1)
	go func() { done <- in.Exec(context.Background(), "a.aio", "block()\nx += 1") }()
	<-entered
	// The interpreter is free while the Go function runs.
	if err := in.Exec(context.Background(), "b.aio", "x += 10"); err != nil {
		t.Fatal(err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if v, _ := in.Get("x"); v != int64(12) {
		t.Fatalf("x = %v", v)
	}
}
