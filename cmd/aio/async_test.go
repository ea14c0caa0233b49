package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runFile writes src to a file in a temporary folder and runs `aio ARGS...
// FILE` in-process; it returns stdout, stderr, the exit status and the
// file's path.
func runFile(t *testing.T, name, src string, args ...string) (stdout, stderr string, code int, path string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	code = run(ctx, append(args, path), strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code, path
}

// hourProgram sleeps for an hour in asyncio.sleep calls and ten minutes
// in time.sleep.
const hourProgram = `import asyncio
import time


async def reminder(name, every, times, start):
    loop = asyncio.get_running_loop()
    for _ in range(times):
        await asyncio.sleep(every)
        print(f"{loop.time() - start:6.0f} s  {name}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(
        reminder("stretch", 1200, 3, start),
        reminder("drink water", 1700, 2, start),
    )
    time.sleep(600)
    print(f"done after {loop.time() - start:.0f} s")


asyncio.run(main())
`

// hourOutput is what hourProgram prints, after 70 minutes in real time.
const hourOutput = `  1200 s  stretch
  1700 s  drink water
  2400 s  stretch
  3400 s  drink water
  3600 s  stretch
done after 4200 s
`

func TestVirtualTime(t *testing.T) {
	start := time.Now()
	stdout, stderr, code, _ := runFile(t, "hour.aio", hourProgram, "--virtual-time")
	if code != 0 || stderr != "" {
		t.Fatalf("exit status %d, stderr:\n%s", code, stderr)
	}
	if stdout != hourOutput {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, hourOutput)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("an hour of virtual sleep took %v", d)
	}
}

func TestVirtualTimeOtherForms(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"--virtual-time", "-c",
		"import asyncio, time\nt = time.monotonic()\nasyncio.run(asyncio.sleep(86400))\nprint(round(time.monotonic() - t))"},
		strings.NewReader(""), &out, &errb)
	if code != 0 || out.String() != "86400\n" {
		t.Errorf("-c: status %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	code = run(context.Background(), []string{"--virtual-time", "-"},
		strings.NewReader("import time\ntime.sleep(3600)\nprint('woke')\n"), &out, &errb)
	if code != 0 || out.String() != "woke\n" {
		t.Errorf("stdin: status %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
}

// deadlockCaught has every task waiting on an Event nobody sets; main
// catches the deadlock and cleans up.
const deadlockCaught = `import asyncio


async def worker(name, go):
    print(name, "waits for the signal")
    await go.wait()
    print(name, "got it")


async def main():
    go = asyncio.Event()
    workers = [asyncio.create_task(worker(f"w{i}", go), name=f"worker-{i}") for i in range(2)]
    await asyncio.sleep(0)
    try:
        await go.wait()
    except RuntimeError as e:
        print("main caught:", e)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", [w.cancelled() for w in workers])


asyncio.run(main())
`

func TestDeadlockReport(t *testing.T) {
	stdout, stderr, code, path := runFile(t, "deadlock.aio", deadlockCaught)
	if code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	wantOut := "w0 waits for the signal\nw1 waits for the signal\n" +
		"main caught: deadlock: all tasks are blocked\n" +
		"workers cancelled: [True, True]\n"
	if stdout != wantOut {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, wantOut)
	}
	wantErr := "deadlock: all tasks are blocked\n" +
		"  Task-1 at " + path + ":15 awaiting <Future pending cb=[Task.task_wakeup()]>\n" +
		"  worker-0 at " + path + ":6 awaiting <Future pending cb=[Task.task_wakeup()]>\n" +
		"  worker-1 at " + path + ":6 awaiting <Future pending cb=[Task.task_wakeup()]>\n"
	if stderr != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantErr)
	}
}

// deadlockUncaught is the same deadlock without a handler.
const deadlockUncaught = `import asyncio


async def worker(name, go):
    print(name, "waits for the signal")
    await go.wait()


async def main():
    go = asyncio.Event()
    for i in range(2):
        asyncio.create_task(worker(f"w{i}", go), name=f"worker-{i}")
    await go.wait()


asyncio.run(main())
`

func TestDeadlockUncaught(t *testing.T) {
	stdout, stderr, code, path := runFile(t, "deadlock.aio", deadlockUncaught)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if want := "w0 waits for the signal\nw1 waits for the signal\n"; stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
	}
	wantErr := "deadlock: all tasks are blocked\n" +
		"  Task-1 at " + path + ":13 awaiting <Future pending cb=[Task.task_wakeup()]>\n" +
		"  worker-0 at " + path + ":6 awaiting <Future pending cb=[Task.task_wakeup()]>\n" +
		"  worker-1 at " + path + ":6 awaiting <Future pending cb=[Task.task_wakeup()]>\n" +
		"Traceback (most recent call last):\n" +
		"  File \"" + path + "\", line 16, in <module>\n" +
		"    asyncio.run(main())\n" +
		"  File \"" + path + "\", line 13, in main\n" +
		"    await go.wait()\n" +
		"RuntimeError: deadlock: all tasks are blocked\n"
	if stderr != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantErr)
	}
}

// A program waiting on a timer is not deadlocked, under either clock.
func TestNoDeadlockWhileTimersPending(t *testing.T) {
	src := "import asyncio\n\nasync def main():\n    e = asyncio.Event()\n    asyncio.get_running_loop().call_later(0.05, e.set)\n    await e.wait()\n    print('set')\n\nasyncio.run(main())\n"
	for _, args := range [][]string{nil, {"--virtual-time"}} {
		stdout, stderr, code, _ := runFile(t, "timer.aio", src, args...)
		if code != 0 || stdout != "set\n" || stderr != "" {
			t.Errorf("%v: status %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
}
