// Command sandbox runs untrusted scripts with hard limits: a deadline (the
// context), a budget of bytecode instructions and a memory budget. A
// script over a limit is stopped by an error it cannot catch; the host and
// the interpreter go on.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aio-lang/aio"
)

var scripts = []struct{ name, src string }{
	{"fine.aio", `print(sum(i * i for i in range(100)))`},
	{"spin.aio", `
while True:
    try:
        pass
    except BaseException:
        print("cannot catch the budget")
`},
	{"hog.aio", `
hoard = []
while True:
    hoard.append("x" * 100_000)
`},
	{"sleepy.aio", `
import asyncio
async def main():
    await asyncio.sleep(3600)
asyncio.run(main())
`},
	{"raises.aio", `raise ValueError("bad input")`},
}

// runUntrusted runs src in a fresh interpreter with limits, and describes
// the outcome.
func runUntrusted(name, src string) string {
	var out bytes.Buffer
	in := aio.New(
		aio.WithStdout(&out),
		aio.WithStderr(&out),
		aio.WithMaxSteps(5_000_000),
		aio.WithMaxMemory(32<<20),
	)
	defer in.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	err := in.Exec(ctx, name, src)
	var e *aio.Error
	switch {
	case err == nil:
		return "ok: " + strings.TrimSpace(out.String())
	case errors.Is(err, aio.ErrStepLimit):
		return "stopped: too many steps"
	case errors.Is(err, aio.ErrMemoryLimit):
		return "stopped: too much memory"
	case errors.Is(err, context.DeadlineExceeded):
		return "stopped: took too long"
	case errors.As(err, &e):
		return fmt.Sprintf("failed: %s: %s at line %d", e.Type, e.Message, e.Frames[len(e.Frames)-1].Line)
	}
	return "error: " + err.Error()
}

func main() {
	for _, s := range scripts {
		fmt.Printf("%-11s %s\n", s.name, runUntrusted(s.name, s.src))
	}
}
