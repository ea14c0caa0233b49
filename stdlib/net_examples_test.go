package stdlib_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aio-lang/aio/stdlib"
)

// freePort finds a port nobody listens on.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// dialRetry connects to a server that may still be starting.
func dialRetry(t *testing.T, port int) net.Conn {
	t.Helper()
	for try := 0; try < 300; try++ {
		c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
		if err == nil {
			return c
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("cannot connect to port %d", port)
	return nil
}

func readExample(t *testing.T, name string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// serveExample runs a server example on port until stop is called, which
// returns its stdout.
func serveExample(t *testing.T, name string, port int) (stop func() string) {
	t.Helper()
	src := readExample(t, name)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	done := make(chan string)
	go func() {
		out, _ := runCtx(t, ctx, stdlib.Options{AllowNetwork: true}, src, []string{name, strconv.Itoa(port)})
		done <- out
	}()
	return func() string {
		cancel()
		return <-done
	}
}

// TestEchoExamples runs examples/echo_server.aio against Go clients and
// examples/echo_client.aio against it; stopping the server (the host
// cancels the run) must release every socket.
func TestEchoExamples(t *testing.T) {
	g0, f0 := baseline(t)
	port := freePort(t)
	stop := serveExample(t, "echo_server.aio", port)
	c := dialRetry(t, port)
	r := bufio.NewReader(c)
	fmt.Fprintf(c, "ping\n")
	if line, err := r.ReadString('\n'); line != "ping\n" || err != nil {
		t.Errorf("echo got %q, %v", line, err)
	}
	c.Close()
	out, errs := runCtx(t, context.Background(), stdlib.Options{AllowNetwork: true}, readExample(t, "echo_client.aio"), []string{"echo_client.aio", strconv.Itoa(port)})
	if want := "echo: hello\necho: asyncio on Go\necho: bye\n"; out != want || errs != "" {
		t.Errorf("client: got %q, stderr %q", out, errs)
	}
	got := stop()
	if !strings.HasPrefix(got, "echo server listening on 127.0.0.1:"+strconv.Itoa(port)+"\n") || strings.Count(got, " connected\n") != 2 {
		t.Errorf("server output %q", got)
	}
	checkNoLeaks(t, g0, f0)
}

// TestChatExample connects three Go clients to examples/chat_server.aio
// and checks the broadcasts.
func TestChatExample(t *testing.T) {
	g0, f0 := baseline(t)
	port := freePort(t)
	stop := serveExample(t, "chat_server.aio", port)
	type client struct {
		c net.Conn
		r *bufio.Reader
	}
	join := func(name string) client {
		c := dialRetry(t, port)
		r := bufio.NewReader(c)
		buf := make([]byte, len("name? "))
		if _, err := r.Read(buf); err != nil || string(buf) != "name? " {
			t.Fatalf("prompt %q, %v", buf, err)
		}
		fmt.Fprintf(c, "%s\n", name)
		return client{c, r}
	}
	expect := func(cl client, want string) {
		t.Helper()
		_ = cl.c.SetReadDeadline(time.Now().Add(5 * time.Second))
		line, err := cl.r.ReadString('\n')
		if line != want || err != nil {
			t.Errorf("got %q (%v), want %q", line, err, want)
		}
	}
	ann := join("ann")
	bob := join("bob")
	expect(ann, "* bob joined\n")
	cat := join("cat")
	expect(ann, "* cat joined\n")
	expect(bob, "* cat joined\n")
	fmt.Fprintf(bob.c, "hi all\n")
	expect(ann, "bob: hi all\n")
	expect(cat, "bob: hi all\n")
	cat.c.Close()
	expect(ann, "* cat left\n")
	expect(bob, "* cat left\n")
	var wg sync.WaitGroup
	for _, cl := range []client{ann, bob} {
		wg.Add(1)
		go func(c net.Conn) { defer wg.Done(); c.Close() }(cl.c)
	}
	wg.Wait()
	out := stop()
	for _, want := range []string{"ann joined (1 online)", "bob joined (2 online)", "cat joined (3 online)", "cat left (2 online)"} {
		if !strings.Contains(out, want) {
			t.Errorf("server output lacks %q:\n%s", want, out)
		}
	}
	checkNoLeaks(t, g0, f0)
}
