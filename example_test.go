package aio_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/aio-lang/aio"
)

func Example() {
	in := aio.New(aio.WithStdout(os.Stdout))
	defer in.Close()
	in.Set("names", []string{"ada", "grace"})
	in.Func("shout", strings.ToUpper)
	err := in.Exec(context.Background(), "hello.aio", `
for name in names:
    print("hello,", shout(name))
`)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// hello, ADA
	// hello, GRACE
}

func ExampleInterpreter_Call() {
	in := aio.New()
	in.Exec(context.Background(), "lib.aio", `
import asyncio
def area(w, h):
    return w * h
async def slow_area(w, h):
    await asyncio.sleep(0.01)
    return area(w, h)
`)
	a, _ := in.Call(context.Background(), "area", 3, 4)
	b, _ := in.Call(context.Background(), "slow_area", 2.5, 2)
	fmt.Println(a, b)
	// Output: 12 5
}

func ExampleInterpreter_AsyncFunc() {
	in := aio.New(aio.WithStdout(os.Stdout))
	in.AsyncFunc("wait", aio.GoFunc{Params: []string{"ms"}, Fn: func(ctx context.Context, ms int) (string, error) {
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
			return fmt.Sprintf("waited %dms", ms), nil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}})
	in.Exec(context.Background(), "wait.aio", `
import asyncio
async def main():
    # The three waits run at once, on three goroutines.
    print(await asyncio.gather(wait(30), wait(10), wait(ms=20)))
    try:
        await asyncio.wait_for(wait(1000), timeout=0.01)
    except TimeoutError:
        print("timed out; the Go function's context was cancelled")
asyncio.run(main())
`)
	// Output:
	// ['waited 30ms', 'waited 10ms', 'waited 20ms']
	// timed out; the Go function's context was cancelled
}

func ExampleInterpreter_Submit() {
	in := aio.New()
	in.Exec(context.Background(), "server.aio", `
import asyncio
async def handle(n):
    await asyncio.sleep(0.01)
    return n * n
`)
	in.Start()
	defer in.Close()
	results := make(chan any, 3)
	for i := 1; i <= 3; i++ {
		go func(i int) {
			v, _ := in.Submit(context.Background(), "handle", i)
			results <- v
		}(i)
	}
	sum := int64(0)
	for i := 0; i < 3; i++ {
		sum += (<-results).(int64)
	}
	fmt.Println(sum)
	// Output: 14
}

func ExampleCompile() {
	prog, err := aio.Compile("rule.aio", "allowed = amount < limit and user != 'mallory'")
	if err != nil {
		panic(err)
	}
	for _, user := range []string{"alice", "mallory"} {
		in := aio.New()
		in.Set("amount", 50)
		in.Set("limit", 100)
		in.Set("user", user)
		in.Run(context.Background(), prog)
		ok, _ := in.Get("allowed")
		fmt.Println(user, ok)
	}
	// Output:
	// alice true
	// mallory false
}

func ExampleWithMaxSteps() {
	in := aio.New(aio.WithMaxSteps(10_000))
	err := in.Exec(context.Background(), "loop.aio", "while True: pass")
	fmt.Println(errors.Is(err, aio.ErrStepLimit), err)
	// Output: true Abort: step budget of 10000 instructions exceeded
}

func ExampleError() {
	in := aio.New()
	err := in.Exec(context.Background(), "bad.aio", "def f(x):\n    return 1 / x\nf(0)\n")
	var e *aio.Error
	if errors.As(err, &e) {
		fmt.Println(e.Type, "-", e.Message)
		for _, f := range e.Frames {
			fmt.Printf("%s:%d in %s\n", f.File, f.Line, f.Function)
		}
	}
	// Output:
	// ZeroDivisionError - division by zero
	// bad.aio:3 in <module>
	// bad.aio:2 in f
}
