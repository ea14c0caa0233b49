package stdlib_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/stdlib"
	"github.com/aio-lang/aio/vm"
)

// runAsync runs src as a program, optionally on a virtual clock, and
// returns its stdout, stderr and error.
func runAsync(t *testing.T, src string, virtual bool) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := vm.New(stdlib.Builtins(stdlib.Options{}))
	for name, mk := range stdlib.Modules(stdlib.Options{}) {
		m.Native[name] = mk
	}
	m.Thread.Stdout = &out
	m.Thread.Stderr = &errb
	m.Thread.SetVirtualTime(virtual)
	code, err := m.Compile("test.aio", src, compiler.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.RunModule(code, m.Main)
	return out.String(), errb.String(), err
}

// TestVirtualSleep sleeps an hour on a virtual clock: the program
// finishes at once and the clocks moved on by the hour.
func TestVirtualSleep(t *testing.T) {
	src := `
import asyncio, time

async def nap(name, hours):
    await asyncio.sleep(hours * 3600)
    print(name, "woke")
    return hours

async def main():
    loop = asyncio.get_running_loop()
    t0, w0, m0 = loop.time(), time.time(), time.monotonic()
    print(await asyncio.gather(nap("long", 2), nap("short", 1)))
    print(round(loop.time() - t0), round(time.time() - w0), round(time.monotonic() - m0))
    time.sleep(60)
    print(round(time.monotonic() - m0))

asyncio.run(main())
`
	start := time.Now()
	out, errs, err := runAsync(t, src, true)
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	want := "short woke\nlong woke\n[2, 1]\n7200 7200 7200\n7260\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestDeadlockReport checks the RuntimeError and the stderr report when
// every task is blocked.
func TestDeadlockReport(t *testing.T) {
	src := `
import asyncio

async def stuck(ev):
    await ev.wait()

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(stuck(ev), name="waiter")
    try:
        await asyncio.Queue().get()
    except RuntimeError as e:
        print("main:", e)
    ev.set()
    await t
    print("recovered")
    await asyncio.get_running_loop().create_future()

asyncio.run(main())
`
	out, errs, err := runAsync(t, src, false)
	if out != "main: deadlock: all tasks are blocked\nrecovered\n" {
		t.Errorf("stdout:\n%s", out)
	}
	if err == nil || !strings.Contains(err.Error(), "RuntimeError: deadlock: all tasks are blocked") {
		t.Errorf("err = %v", err)
	}
	for _, want := range []string{
		"deadlock: all tasks are blocked\n  Task-1 at test.aio:11 awaiting <Future pending cb=[Task.task_wakeup()]>\n",
		"  waiter at test.aio:5 awaiting <Future pending cb=[Task.task_wakeup()]>\n",
		"deadlock: all tasks are blocked\n  Task-1 at test.aio:17 awaiting",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

// TestNeverRetrievedReport checks CPython's report of an exception no one
// retrieved.
func TestNeverRetrievedReport(t *testing.T) {
	src := `
import asyncio

async def doomed():
    raise ValueError("x")

async def main():
    asyncio.create_task(doomed())
    await asyncio.sleep(0)

asyncio.run(main())
`
	_, errs, err := runAsync(t, src, false)
	if err != nil {
		t.Fatal(err)
	}
	want := "Task exception was never retrieved\n" +
		"future: <Task finished name='Task-2' coro=<doomed() done, defined at test.aio:4> exception=ValueError('x')>\n" +
		"Traceback (most recent call last):\n" +
		"  File \"test.aio\", line 5, in doomed\n" +
		"    raise ValueError(\"x\")\n" +
		"ValueError: x\n"
	if errs != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errs, want)
	}
}

// TestConformanceVirtualTime runs the asyncio conformance cases on a
// virtual clock: they must print what CPython printed in real time.
func TestConformanceVirtualTime(t *testing.T) {
	skip := map[string]bool{"006_tcp_echo_streams": true, "007_protocol_echo": true}
	for _, tier := range []string{"async", "sync", "errors", "seeds"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "conformance", tier, "*.aio"))
		for _, file := range files {
			name := strings.TrimSuffix(filepath.Base(file), ".aio")
			if skip[name] {
				continue
			}
			if _, err := os.Stat(strings.TrimSuffix(file, ".aio") + ".exit"); err == nil {
				continue
			}
			t.Run(tier+"/"+name, func(t *testing.T) {
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(strings.TrimSuffix(file, ".aio") + ".out")
				if err != nil {
					t.Fatal(err)
				}
				out, errs, err := runAsync(t, string(src), true)
				if err != nil {
					t.Fatalf("%v\n%s", err, errs)
				}
				if out != string(want) {
					t.Errorf("got:\n%s\nwant:\n%s", out, want)
				}
			})
		}
	}
}

// TestRuntimeClock checks that a thread without a clock reads real time.
func TestRuntimeClock(t *testing.T) {
	th := &runtime.Thread{}
	if runtime.ClockOf(th).Virtual() {
		t.Error("default clock is virtual")
	}
	th.SetVirtualTime(true)
	c := runtime.ClockOf(th)
	before := c.Monotonic()
	c.Sleep(context.TODO(), time.Hour)
	if d := c.Monotonic() - before; d < 3600 {
		t.Errorf("virtual sleep advanced %v", d)
	}
}
