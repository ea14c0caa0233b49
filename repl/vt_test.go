package repl

import (
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

// With --virtual-time the prompt's loop runs on the virtual clock: an hour
// of sleeping at top level returns at once, and loop.time() shows it.
func TestVirtualTime(t *testing.T) {
	out, errb := &syncBuffer{}, &syncBuffer{}
	s, err := NewSession(out, errb, aio.WithVirtualTime())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	for _, l := range []string{
		"import time",
		"t0 = asyncio.get_running_loop().time()",
		"await asyncio.sleep(3600)",
		"async def nap(n):",
		"    await asyncio.sleep(n)",
		"    return n",
		"",
		"await asyncio.gather(nap(7200), nap(60))",
		"round(asyncio.get_running_loop().time() - t0)",
	} {
		s.Feed(l)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Fatalf("took %v", d)
	}
	if got, want := out.String(), "[7200, 60]\n10800\n"; got != want {
		t.Fatalf("output %q, want %q (stderr %q)", got, want, errb.String())
	}
}
