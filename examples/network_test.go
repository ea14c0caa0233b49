package examples

// The network examples print addresses that change from run to run, so
// they have no .out file: these tests run each server on a port the
// system picks (argument 0; the server prints the port it got), talk to it
// with examples/echo_client.aio or with Go clients whose local ports they
// know, stop it by cancelling the run, and compare everything printed with
// what the examples must print, exactly but for the client port of an aio
// client, which is read back from the server's output.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"regexp"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

// ioTimeout bounds every wait of these tests: each step takes
// milliseconds, so reaching it means the example is stuck.
const ioTimeout = 10 * time.Second

// syncBuffer is a bytes.Buffer that the interpreter's goroutine writes
// while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p.
func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written so far.
func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor polls until what was written contains want.
func (b *syncBuffer) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(ioTimeout)
	for !strings.Contains(b.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("output lacks %q after %v:\n%s", want, ioTimeout, b.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// server is an example server running in its own interpreter.
type server struct {
	port   int
	stdout *syncBuffer
	stderr *syncBuffer
	cancel context.CancelFunc
	done   chan error
}

// listening matches the first line every server example prints.
var listening = regexp.MustCompile(`^[a-z ]+ listening on 127\.0\.0\.1:(\d+)\n`)

// startServer runs the example file with the port argument 0 and waits
// until it listens.
func startServer(t *testing.T, file string) *server {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := &server{stdout: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan error, 1)}
	in := aio.New(
		aio.WithStdout(s.stdout),
		aio.WithStderr(s.stderr),
		aio.WithArgs([]string{file, "0"}),
		aio.WithNetwork(true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 4*ioTimeout)
	s.cancel = cancel
	go func() { s.done <- in.Exec(ctx, file, string(src)) }()
	t.Cleanup(func() { s.stop() })
	deadline := time.Now().Add(ioTimeout)
	for {
		if m := listening.FindStringSubmatch(s.stdout.String()); m != nil {
			s.port, _ = strconv.Atoi(m[1])
			return s
		}
		select {
		case err := <-s.done:
			s.done <- err
			t.Fatalf("%s ended before listening: %v\n%s%s", file, err, s.stdout, s.stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s does not listen after %v:\n%s%s", file, ioTimeout, s.stdout, s.stderr)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// stop cancels the server's run and returns how it ended; the server
// serves forever, so the cancellation must be what ended it.
func (s *server) stop() error {
	s.cancel()
	select {
	case err := <-s.done:
		s.done <- err
		return err
	case <-time.After(ioTimeout):
		return errors.New("the server did not stop when its run was cancelled")
	}
}

// stopAndCheck stops the server and checks that the cancellation ended it,
// that it printed nothing on stderr and exactly want on stdout.
func (s *server) stopAndCheck(t *testing.T, want string) {
	t.Helper()
	if err := s.stop(); !errors.Is(err, context.Canceled) {
		t.Errorf("server ended with %v, want the cancellation", err)
	}
	if got := s.stdout.String(); got != want {
		t.Errorf("server stdout:\n--- got\n%s--- want\n%s", got, want)
	}
	if e := s.stderr.String(); e != "" {
		t.Errorf("server stderr:\n%s", e)
	}
}

// dial connects a Go client to the server with a deadline for every
// read and write of the test.
func (s *server) dial(t *testing.T) (net.Conn, *bufio.Reader, int) {
	t.Helper()
	c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(s.port), ioTimeout)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	_ = c.SetDeadline(time.Now().Add(ioTimeout))
	return c, bufio.NewReader(c), c.LocalAddr().(*net.TCPAddr).Port
}

// runClient runs a client example against port to the end and returns
// its stdout.
func runClient(t *testing.T, file string, port int) string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr syncBuffer
	in := aio.New(
		aio.WithStdout(&stdout),
		aio.WithStderr(&stderr),
		aio.WithArgs([]string{file, strconv.Itoa(port)}),
		aio.WithNetwork(true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), ioTimeout)
	defer cancel()
	if err := in.Exec(ctx, file, string(src)); err != nil {
		t.Fatalf("%s: %v\n%s", file, err, stderr.String())
	}
	if e := stderr.String(); e != "" {
		t.Errorf("%s stderr:\n%s", file, e)
	}
	return stdout.String()
}

// expectLine reads one line and compares it with want.
func expectLine(t *testing.T, who string, r *bufio.Reader, want string) {
	t.Helper()
	line, err := r.ReadString('\n')
	if line != want || err != nil {
		t.Errorf("%s read %q (%v), want %q", who, line, err, want)
	}
}

// expectEOF checks that the server closed the connection.
func expectEOF(t *testing.T, who string, r *bufio.Reader) {
	t.Helper()
	if rest, err := io.ReadAll(r); len(rest) > 0 || err != nil {
		t.Errorf("%s: got %q (%v) where the server should have closed the connection", who, rest, err)
	}
}

// openFDs counts this process's open descriptors (-1 where /proc does not
// list them).
func openFDs() int {
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(fds)
}

// checkNoLeaks waits for the goroutines and descriptors to come back to
// their counts before the test: stopping a server must release its
// connections, listeners and goroutines.
func checkNoLeaks(t *testing.T, goroutines, fds int) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		g, f := goruntime.NumGoroutine(), openFDs()
		if g <= goroutines && f <= fds {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			n := goruntime.Stack(buf, true)
			t.Fatalf("leak: %d goroutines (%d before), %d descriptors (%d before)\n%s", g, goroutines, f, fds, buf[:n])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestEchoServerAndClient runs examples/echo_client.aio, then a Go client
// that sends several lines in one write and a line in two pieces, against
// examples/echo_server.aio.
func TestEchoServerAndClient(t *testing.T) {
	g0, f0 := goruntime.NumGoroutine(), openFDs()
	s := startServer(t, "echo_server.aio")

	if got, want := runClient(t, "echo_client.aio", s.port), "echo: hello\necho: asyncio on Go\necho: bye\n"; got != want {
		t.Errorf("echo_client stdout:\n--- got\n%s--- want\n%s", got, want)
	}
	// The client closed its connection; the server says so before the
	// next client comes.
	s.stdout.waitFor(t, " disconnected\n")
	m := regexp.MustCompile(`\n127\.0\.0\.1:(\d+) connected\n`).FindStringSubmatch(s.stdout.String())
	if m == nil {
		t.Fatalf("no connection line for echo_client:\n%s", s.stdout)
	}
	aioPort := m[1]

	c, r, goPort := s.dial(t)
	if _, err := io.WriteString(c, "first\nsecond line\n"); err != nil {
		t.Fatal(err)
	}
	expectLine(t, "Go client", r, "first\n")
	expectLine(t, "Go client", r, "second line\n")
	// A line written in two pieces comes back whole: the server echoes
	// lines, not reads.
	if _, err := io.WriteString(c, "third "); err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	if _, err := io.WriteString(c, "piece\n"); err != nil {
		t.Fatal(err)
	}
	expectLine(t, "Go client", r, "third piece\n")
	// Closing our side ends the server's `async for`; it closes its side.
	if err := c.(*net.TCPConn).CloseWrite(); err != nil {
		t.Fatal(err)
	}
	expectEOF(t, "Go client", r)
	s.stdout.waitFor(t, fmt.Sprintf("127.0.0.1:%d disconnected\n", goPort))

	s.stopAndCheck(t, fmt.Sprintf("echo server listening on 127.0.0.1:%d\n"+
		"127.0.0.1:%s connected\n127.0.0.1:%s disconnected\n"+
		"127.0.0.1:%d connected\n127.0.0.1:%d disconnected\n",
		s.port, aioPort, aioPort, goPort, goPort))
	c.Close()
	checkNoLeaks(t, g0, f0)
}

// chatClient is a Go client of examples/chat_server.aio.
type chatClient struct {
	name string
	c    net.Conn
	r    *bufio.Reader
}

// join connects and answers the server's prompt with name.
func join(t *testing.T, s *server, name string) *chatClient {
	t.Helper()
	c, r, _ := s.dial(t)
	prompt := make([]byte, len("name? "))
	if _, err := io.ReadFull(r, prompt); err != nil || string(prompt) != "name? " {
		t.Fatalf("%s: prompt %q (%v), want %q", name, prompt, err, "name? ")
	}
	if _, err := io.WriteString(c, name+"\n"); err != nil {
		t.Fatal(err)
	}
	return &chatClient{name: name, c: c, r: r}
}

// say sends a line.
func (cl *chatClient) say(t *testing.T, line string) {
	t.Helper()
	if _, err := io.WriteString(cl.c, line+"\n"); err != nil {
		t.Fatal(err)
	}
}

// hears reads the next line the client receives.
func (cl *chatClient) hears(t *testing.T, want string) {
	t.Helper()
	expectLine(t, cl.name, cl.r, want+"\n")
}

// TestChatServer connects three Go clients to examples/chat_server.aio, one
// after the other, and checks every broadcast, what the server prints, and
// that a client with an empty name is turned away.
func TestChatServer(t *testing.T) {
	g0, f0 := goruntime.NumGoroutine(), openFDs()
	s := startServer(t, "chat_server.aio")

	ann := join(t, s, "ann")
	s.stdout.waitFor(t, "ann joined (1 online)\n")
	bob := join(t, s, "bob")
	ann.hears(t, "* bob joined")
	cat := join(t, s, "cat")
	ann.hears(t, "* cat joined")
	bob.hears(t, "* cat joined")

	bob.say(t, "hi all")
	ann.hears(t, "bob: hi all")
	cat.hears(t, "bob: hi all")
	ann.say(t, "hello bob")
	bob.hears(t, "ann: hello bob")
	cat.hears(t, "ann: hello bob")

	// An empty name: the server closes the connection without a word.
	anon, r, _ := s.dial(t)
	prompt := make([]byte, len("name? "))
	if _, err := io.ReadFull(r, prompt); err != nil || string(prompt) != "name? " {
		t.Fatalf("prompt %q (%v)", prompt, err)
	}
	if _, err := io.WriteString(anon, "\n"); err != nil {
		t.Fatal(err)
	}
	expectEOF(t, "anonymous client", r)

	// Leaving: each departure reaches those still there, in order.
	cat.c.Close()
	ann.hears(t, "* cat left")
	bob.hears(t, "* cat left")
	ann.c.Close()
	bob.hears(t, "* ann left")
	bob.say(t, "anyone?")
	bob.c.Close()
	s.stdout.waitFor(t, "bob left (0 online)\n")

	s.stopAndCheck(t, fmt.Sprintf("chat server listening on 127.0.0.1:%d\n", s.port)+
		"ann joined (1 online)\n"+
		"bob joined (2 online)\n"+
		"cat joined (3 online)\n"+
		"cat left (2 online)\n"+
		"ann left (1 online)\n"+
		"bob left (0 online)\n")
	anon.Close()
	checkNoLeaks(t, g0, f0)
}
