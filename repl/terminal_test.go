//go:build unix

package repl

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestTerminal runs the aio binary in a pseudo-terminal and types at it as
// a person would: a function over several lines, an await, a background
// task that prints while the next line is being typed, a syntax error,
// Ctrl-C during an await and on a half-typed line, Tab, and Ctrl-D.
func TestTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "aio")
	// -pgo=off: the packages are then those this test was built with,
	// already compiled.
	build := exec.Command("go", "build", "-pgo=off", "-o", bin, "github.com/aio-lang/aio/cmd/aio")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	history := filepath.Join(dir, "history")
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "HOME="+dir, HistoryEnv+"="+history, "TERM=xterm")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 200})
	if err != nil {
		t.Fatalf("pty: %v", err)
	}
	defer tty.Close()
	scr := newScreen(tty)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if t.Failed() {
			_ = cmd.Process.Kill()
		}
	}()

	typeLine := func(s string) {
		t.Helper()
		if _, err := tty.Write([]byte(s + "\r")); err != nil {
			t.Fatalf("write: %v", err)
		}
	}

	// Each step waits until the screen, as the terminal shows it after
	// readline's redrawing, ends with what a person would see.
	scr.expectTail(t, "Ctrl-D or exit() to exit.\n>>>")

	typeLine("def add(a, b):")
	scr.expectTail(t, ">>> def add(a, b):\n...")
	typeLine("    return a + b")
	scr.expectTail(t, "...     return a + b\n...")
	typeLine("")
	scr.expectTail(t, "...     return a + b\n...\n>>>")
	typeLine("add(2, 3)")
	scr.expectTail(t, ">>> add(2, 3)\n5\n>>>")

	typeLine("r = await asyncio.sleep(0.05, 'slept')")
	scr.expectTail(t, ">>> r = await asyncio.sleep(0.05, 'slept')\n>>>")
	typeLine("r")
	scr.expectTail(t, ">>> r\n'slept'\n>>>")

	// A background task prints while a line is half typed: the output
	// goes above the prompt, which comes back with the typed text.
	typeLine("ev = asyncio.Event()")
	scr.expectTail(t, ">>> ev = asyncio.Event()\n>>>")
	typeLine("async def bg():")
	typeLine("    await ev.wait()")
	typeLine("    print('background done')")
	typeLine("")
	scr.expectTail(t, "...     print('background done')\n...\n>>>")
	typeLine("t = asyncio.create_task(bg()); h = asyncio.get_running_loop().call_later(0.3, ev.set)")
	scr.expectTail(t, "call_later(0.3, ev.set)\n>>>")
	if _, err := tty.Write([]byte("x = 4")); err != nil {
		t.Fatal(err)
	}
	scr.expectTail(t, "call_later(0.3, ev.set)\nbackground done\n>>> x = 4")
	typeLine("")
	scr.expectTail(t, "background done\n>>> x = 4\n>>>")
	typeLine("x * 10, t.done()")
	scr.expectTail(t, ">>> x * 10, t.done()\n(40, True)\n>>>")

	typeLine("x = = 1")
	scr.expectTail(t, ">>> x = = 1\n  File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n>>>")

	// Ctrl-C while awaiting cancels the entry; the session goes on. A ^C
	// typed before the entry starts is only input (read at the next
	// prompt), so send it until it interrupts.
	typeLine("await asyncio.sleep(60)")
	scr.expectTail(t, ">>> await asyncio.sleep(60)")
	interrupted := regexp.MustCompile(`>>> await asyncio\.sleep\(60\)\n(\^C)+\nKeyboardInterrupt\n(>>> \^C\nKeyboardInterrupt\n)*>>>$`)
	for try := 0; ; try++ {
		if try == 10 {
			t.Fatalf("Ctrl-C did not interrupt the await; screen:\n%s", scr.shown())
		}
		_, _ = tty.Write([]byte{3})
		if scr.tailMatches(interrupted, time.Second) {
			break
		}
	}
	// Ctrl-C on a half-typed line drops it.
	_, _ = tty.Write([]byte("half typed\x03"))
	scr.expectTail(t, ">>> half typed^C\nKeyboardInterrupt\n>>>")

	// Tab completes a module member.
	_, _ = tty.Write([]byte("asyncio.sle\t"))
	scr.expectTail(t, ">>> asyncio.sleep(")
	typeLine("0)")
	if !scr.tailMatches(regexp.MustCompile(`>>> asyncio\.sleep\(0\)\n<coroutine object sleep at 0x[0-9a-f]+>\n>>>$`), 15*time.Second) {
		t.Fatalf("no echo of the coroutine; screen:\n%s", scr.shown())
	}
	typeLine("add.__name__")
	scr.expectTail(t, ">>> add.__name__\n'add'\n>>>")

	// Ctrl-D exits with status 0.
	_, _ = tty.Write([]byte{4})
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Ctrl-D did not exit")
	}
	data, err := os.ReadFile(history)
	if err != nil || !strings.Contains(string(data), "def add(a, b):\n") || !strings.Contains(string(data), "x = = 1\n") {
		t.Errorf("history file: %q, %v", data, err)
	}
}

// screen collects what the program writes to the terminal.
type screen struct {
	mu     sync.Mutex
	raw    bytes.Buffer
	signal chan struct{}
}

func newScreen(tty *os.File) *screen {
	s := &screen{signal: make(chan struct{}, 1)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			s.mu.Lock()
			s.raw.Write(buf[:n])
			s.mu.Unlock()
			select {
			case s.signal <- struct{}{}:
			default:
			}
			if err != nil {
				return
			}
		}
	}()
	return s
}

// shown is the screen as the terminal shows it, trailing blanks trimmed.
func (s *screen) shown() string {
	s.mu.Lock()
	out := s.raw.String()
	s.mu.Unlock()
	return strings.TrimRight(render(out), " \n")
}

// tailMatches waits up to d until the screen matches re.
func (s *screen) tailMatches(re *regexp.Regexp, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for !re.MatchString(s.shown()) {
		left := time.Until(deadline)
		if left <= 0 {
			return false
		}
		select {
		case <-s.signal:
		case <-time.After(min(left, 100*time.Millisecond)):
		}
	}
	return true
}

// expectTail waits until the screen ends with want.
func (s *screen) expectTail(t *testing.T, want string) {
	t.Helper()
	if !s.tailMatches(regexp.MustCompile(regexp.QuoteMeta(want)+"$"), 15*time.Second) {
		t.Fatalf("timed out waiting for the screen to end with %q; it shows:\n%s", want, s.shown())
	}
}

// render replays terminal output on an unbounded screen — the escape
// sequences readline uses: cursor moves, erasing the line or the rest of
// the screen, carriage return, backspace — and returns its lines with
// trailing blanks trimmed.
func render(out string) string {
	var lines [][]rune
	row, col := 0, 0
	line := func() []rune {
		for len(lines) <= row {
			lines = append(lines, nil)
		}
		return lines[row]
	}
	put := func(r rune) {
		l := line()
		for len(l) <= col {
			l = append(l, ' ')
		}
		l[col] = r
		lines[row] = l
		col++
	}
	rs := []rune(out)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; r {
		case '\r':
			col = 0
		case '\n':
			row++
			line()
		case '\b':
			if col > 0 {
				col--
			}
		case '\a':
		case 0x1b:
			if i+1 < len(rs) && rs[i+1] == ']' { // OSC ... BEL
				for i < len(rs) && rs[i] != '\a' {
					i++
				}
				continue
			}
			if i+1 >= len(rs) || rs[i+1] != '[' {
				i++
				continue
			}
			j := i + 2
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == ';' || rs[j] == '?') {
				j++
			}
			if j >= len(rs) {
				i = j
				continue
			}
			n := 0
			fmt.Sscanf(string(rs[i+2:j]), "%d", &n)
			switch rs[j] {
			case 'A':
				row -= max(n, 1)
				row = max(row, 0)
			case 'B':
				row += max(n, 1)
			case 'C':
				col += max(n, 1)
			case 'D':
				col = max(col-max(n, 1), 0)
			case 'K':
				l := line()
				if n == 2 {
					lines[row] = nil
				} else if col < len(l) {
					lines[row] = l[:col]
				}
			case 'J':
				l := line()
				if col < len(l) {
					lines[row] = l[:col]
				}
				lines = lines[:row+1]
			}
			i = j
		default:
			put(r)
		}
	}
	out2 := make([]string, len(lines))
	for i, l := range lines {
		out2[i] = strings.TrimRight(string(l), " ")
	}
	return strings.Join(out2, "\n")
}
