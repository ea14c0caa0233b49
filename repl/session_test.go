package repl

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is an output stream written by the loop goroutine and read
// by the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// take returns what was written since the last take.
func (b *syncBuffer) take() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.buf.String()
	b.buf.Reset()
	return s
}

// waitFor waits until the stream contains want.
func (b *syncBuffer) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(b.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %q; have %q", want, b.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

type fixture struct {
	*Session
	out, err *syncBuffer
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	out, errb := &syncBuffer{}, &syncBuffer{}
	s, err := NewSession(out, errb)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &fixture{Session: s, out: out, err: errb}
}

// feed types lines and returns the prompts shown after each.
func (f *fixture) feed(lines ...string) []string {
	var prompts []string
	for _, l := range lines {
		prompts = append(prompts, f.Feed(l))
	}
	return prompts
}

func TestContinuation(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		lines   []string
		prompts string // one letter per line: > for PS1, . for PS2
		out     string
	}{
		{[]string{"1 + 1"}, ">", "2\n"},
		{[]string{"def f(x):", "    return x * 2", "", "f(21)"}, "..>>", "42\n"},
		{[]string{"if True: print('one line')", ""}, ".>", "one line\n"},
		{[]string{"xs = [1,", "", "2]", "xs"}, "..>>", "[1, 2]\n"},
		{[]string{"(3 +", "4)"}, ".>", "7\n"},
		{[]string{"s = '''a", "b'''", "s"}, ".>>", "'a\\nb'\n"},
		{[]string{"y = 1 + \\", "2", "y"}, ".>>", "3\n"},
		{[]string{"for i in range(2):", "    if i:", "        print(i)", "", "print('after')"}, "...>>", "1\nafter\n"},
		{[]string{"class A:", "    n = 5", "", "A.n"}, "..>>", "5\n"},
		{[]string{"@staticmethod", "def g(): pass", "", "type(g).__name__"}, "..>>", "'staticmethod'\n"},
		{[]string{"", "   ", "# just a comment"}, ">>>", ""},
		{[]string{"try:", "    1/0", "except ZeroDivisionError:", "    print('caught')", ""}, "....>", "caught\n"},
	}
	for _, tt := range tests {
		prompts := f.feed(tt.lines...)
		var got strings.Builder
		for _, p := range prompts {
			if p == PS1 {
				got.WriteString(">")
			} else {
				got.WriteString(".")
			}
		}
		if got.String() != tt.prompts {
			t.Errorf("%q: prompts %s, want %s", tt.lines, got.String(), tt.prompts)
		}
		if out := f.out.take(); out != tt.out {
			t.Errorf("%q: output %q, want %q", tt.lines, out, tt.out)
		}
		if e := f.err.take(); e != "" {
			t.Errorf("%q: stderr %q", tt.lines, e)
		}
	}
}

func TestBlankLineEndsBlock(t *testing.T) {
	f := newFixture(t)
	// A header with no body, then a blank line: an error, not more input.
	if p := f.feed("if True:", ""); p[1] != PS1 {
		t.Fatalf("prompts %q", p)
	}
	want := "  File \"<stdin>\", line 2\n    \n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"
	if e := f.err.take(); e != want {
		t.Errorf("stderr %q, want %q", e, want)
	}
	// try without except.
	f.feed("try:", "    pass", "")
	if e := f.err.take(); !strings.Contains(e, "SyntaxError: expected 'except' or 'finally' block") {
		t.Errorf("stderr %q", e)
	}
}

func TestEchoAndUnderscore(t *testing.T) {
	f := newFixture(t)
	f.feed("None", "x = 10", "print('hi')", "x * 2", "_ + 1", "'abc'", "_", "[None]")
	want := "hi\n20\n21\n'abc'\n'abc'\n[None]\n"
	if out := f.out.take(); out != want {
		t.Errorf("output %q, want %q", out, want)
	}
	f.feed("None", "_")
	if out := f.out.take(); out != "[None]\n" {
		t.Errorf("None changed _: %q", out)
	}
}

func TestTopLevelAwait(t *testing.T) {
	f := newFixture(t)
	f.feed(
		"async def fetch(x):",
		"    await asyncio.sleep(0.01)",
		"    return x * 2",
		"",
		"await fetch(4)",
		"r = await fetch(5)",
		"r",
		"await asyncio.sleep(0)",
		"class CM:",
		"    async def __aenter__(self): print('enter'); return self",
		"    async def __aexit__(self, *a): print('exit')",
		"",
		"async with CM() as c:",
		"    print('body')",
		"",
		"async def agen():",
		"    for i in range(3):",
		"        yield i",
		"",
		"async for v in agen():",
		"    print(v)",
		"",
		"[v async for v in agen()]",
		"asyncio.get_running_loop() is asyncio.get_event_loop()",
	)
	want := "8\n10\nenter\nbody\nexit\n0\n1\n2\n[0, 1, 2]\nTrue\n"
	if out := f.out.take(); out != want {
		t.Errorf("output %q, want %q", out, want)
	}
	if e := f.err.take(); e != "" {
		t.Errorf("stderr %q", e)
	}
}

func TestBackgroundTask(t *testing.T) {
	f := newFixture(t)
	f.feed(
		"ev = asyncio.Event()",
		"async def bg():",
		"    await ev.wait()",
		"    print('bg woke')",
		"    return 7",
		"",
		"t = asyncio.create_task(bg())",
		"t.done()",
	)
	if out := f.out.take(); out != "False\n" {
		t.Fatalf("output %q", out)
	}
	// The task runs while nobody types: set the event from a timer.
	f.feed("asyncio.get_running_loop().call_later(0.05, ev.set)")
	f.out.take()
	f.out.waitFor(t, "bg woke\n")
	f.feed("t.done(), t.result()")
	f.out.waitFor(t, "(True, 7)\n")

	// A task sleeping across entries, and one created by an entry that
	// awaited.
	f.feed("async def tick(n):", "    for i in range(n):", "        await asyncio.sleep(0.01)", "    print('ticked', n)", "", "t2 = asyncio.create_task(tick(3))", "await asyncio.sleep(0)")
	f.out.waitFor(t, "ticked 3\n")
}

func TestErrors(t *testing.T) {
	f := newFixture(t)
	f.feed("1/0")
	want := "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
	if e := f.err.take(); e != want {
		t.Errorf("stderr %q, want %q", e, want)
	}
	f.feed("x = = 1")
	want = "  File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
	if e := f.err.take(); e != want {
		t.Errorf("stderr %q, want %q", e, want)
	}
	f.feed("def boom():", "    raise ValueError('bad')", "", "boom()")
	want = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in boom\nValueError: bad\n"
	if e := f.err.take(); e != want {
		t.Errorf("stderr %q, want %q", e, want)
	}
	f.feed("async def aboom():", "    await asyncio.sleep(0)", "    raise KeyError('k')", "", "await aboom()")
	if e := f.err.take(); !strings.HasSuffix(e, "KeyError: 'k'\n") || !strings.Contains(e, "in aboom") {
		t.Errorf("stderr %q", e)
	}
	// The session goes on, with its globals.
	f.feed("boom.__name__")
	if out := f.out.take(); out != "'boom'\n" {
		t.Errorf("output %q", out)
	}
	if _, ok := f.Exited(); ok {
		t.Error("session exited")
	}
}

func TestExit(t *testing.T) {
	f := newFixture(t)
	f.feed("exit")
	if out := f.out.take(); out != "Use exit() or Ctrl-D (i.e. EOF) to exit\n" {
		t.Errorf("output %q", out)
	}
	f.feed("exit(3)")
	if code, ok := f.Exited(); !ok || code != 3 {
		t.Errorf("Exited() = %d, %v", code, ok)
	}

	// SystemExit from an entry that awaits.
	g := newFixture(t)
	g.feed("async def bye():", "    await asyncio.sleep(0)", "    raise SystemExit(4)", "", "await bye()")
	if code, ok := g.Exited(); !ok || code != 4 {
		t.Errorf("Exited() = %d, %v", code, ok)
	}
	if e := g.err.take(); e != "" {
		t.Errorf("stderr %q", e)
	}
}

func TestInterrupt(t *testing.T) {
	f := newFixture(t)
	for _, src := range []string{
		"await asyncio.sleep(60)",
		"while True: pass",
		"async def spin():\n    while True: pass\n\nawait spin()",
	} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			f.Run(t.Context(), src)
		}()
		time.Sleep(20 * time.Millisecond) // let it start; Interrupt is harmless before
		deadline := time.After(10 * time.Second)
	wait:
		for {
			f.Interrupt()
			select {
			case <-done:
				break wait
			case <-time.After(200 * time.Millisecond):
			case <-deadline:
				t.Fatalf("%q: not interrupted", src)
			}
		}
		if e := f.err.take(); !strings.HasSuffix(e, "KeyboardInterrupt\n") {
			t.Errorf("%q: stderr %q", src, e)
		}
	}
	f.feed("1 + 1")
	if out := f.out.take(); out != "2\n" {
		t.Errorf("after interrupts: %q", out)
	}
}

// TestInterruptCancelsEntryOnly checks Ctrl-C as in Python's asyncio REPL:
// the entry's task is cancelled, so its finally blocks run, and tasks it
// created keep running.
func TestInterruptCancelsEntryOnly(t *testing.T) {
	f := newFixture(t)
	f.feed(
		"ev = asyncio.Event()",
		"async def bg():",
		"    await ev.wait()",
		"    print('bg still ran')",
		"",
		"async def guarded():",
		"    t = asyncio.create_task(bg())",
		"    try:",
		"        await asyncio.sleep(60)",
		"    finally:",
		"        print('cleanup ran')",
		"",
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		f.Feed("await guarded()")
	}()
	deadline := time.After(10 * time.Second)
wait:
	for {
		f.Interrupt() // a no-op until the entry runs
		select {
		case <-done:
			break wait
		case <-time.After(100 * time.Millisecond):
		case <-deadline:
			t.Fatal("not interrupted")
		}
	}
	if out := f.out.take(); out != "cleanup ran\n" {
		t.Errorf("output %q", out)
	}
	if e := f.err.take(); e != "\nKeyboardInterrupt\n" {
		t.Errorf("stderr %q", e)
	}
	f.feed("ev.set()")
	f.out.waitFor(t, "bg still ran\n")
}

func TestCompletion(t *testing.T) {
	f := newFixture(t)
	f.feed("class Point:", "    def __init__(self): self.x_coord = 1", "    def move(self): pass", "", "p = Point()", "import math")
	tests := []struct {
		line string
		want []string
	}{
		{"pri", []string{"nt("}},
		{"p.", []string{"move(", "x_coord"}},
		{"p.x", []string{"_coord"}},
		{"math.sq", []string{"rt("}},
		{"asyncio.create_t", []string{"ask("}},
		{"wh", []string{"ile "}},
		{"fin", []string{"ally:"}},
		{"Poi", []string{"nt("}},
		{"", []string{indent}},
		{"nosuch.", nil},
		{"1.", nil},
	}
	for _, tt := range tests {
		got, _ := f.Complete(tt.line, len([]rune(tt.line)))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Complete(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	if got, n := f.Complete("x = p.mo", 8); len(got) != 1 || got[0] != "ve(" || n != 2 {
		t.Errorf("Complete mid-line = %q, %d", got, n)
	}
}

func TestHelp(t *testing.T) {
	f := newFixture(t)
	f.feed("help()")
	if out := f.out.take(); !strings.Contains(out, "await") || !strings.Contains(out, "Ctrl-D") {
		t.Errorf("help() printed %q", out)
	}
	f.feed("def area(w, h=2, *, unit='m'):", "    'The area.'", "    return w * h", "", "help(area)")
	want := "Help on function area in module __main__:\n\narea(w, h=2, *, unit='m')\n    The area.\n"
	if out := f.out.take(); out != want {
		t.Errorf("help(area) printed %q, want %q", out, want)
	}
}
