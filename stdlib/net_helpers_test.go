package stdlib_test

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/aio-lang/aio/compiler"
	aiort "github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/stdlib"
	"github.com/aio-lang/aio/vm"
)

// runNet runs src as __main__ in a fresh interpreter with network access
// allowed and returns stdout, stderr and the uncaught exception's
// traceback (or "").
func runNet(tb testing.TB, src string, timeout time.Duration) (stdout, stderr string) {
	tb.Helper()
	return runWith(tb, stdlib.Options{AllowNetwork: true}, src, timeout)
}

func runWith(tb testing.TB, opts stdlib.Options, src string, timeout time.Duration) (stdout, stderr string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return runCtx(tb, ctx, opts, src, nil)
}

// runCtx runs src with sys.argv set to argv until it ends or ctx is done.
func runCtx(tb testing.TB, ctx context.Context, opts stdlib.Options, src string, argv []string) (stdout, stderr string) {
	tb.Helper()
	m := vm.New(stdlib.Builtins(opts))
	for name, mk := range stdlib.Modules(opts) {
		m.Native[name] = mk
	}
	var out, errb bytes.Buffer
	t := m.Thread
	t.Stdout, t.Stderr, t.Stdin = &out, &errb, strings.NewReader("")
	t.Ctx = ctx
	t.Argv = argv
	code, err := m.Compile("test.aio", src, compiler.ModeExec)
	if err != nil {
		tb.Fatalf("compile: %v", err)
	}
	m.Main.Dict.Set("__file__", aiort.Str("test.aio"))
	if _, err := m.RunModule(code, m.Main); err != nil {
		if exc, ok := err.(*aiort.Instance); ok {
			errb.WriteString(aiort.FormatException(t, exc, m.SourceLine))
		} else {
			errb.WriteString("error: " + err.Error() + "\n")
		}
	}
	_ = aiort.Shutdown(t)
	return out.String(), errb.String()
}

// openFDs counts this process's open file descriptors.
func openFDs(tb testing.TB) int {
	tb.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		tb.Skip("no /proc/self/fd")
	}
	return len(ents)
}

// baseline returns the goroutine and descriptor counts to compare with
// after a test, once the Go runtime's network poller (two descriptors
// made on first use) is up.
func baseline(tb testing.TB) (goroutines, fds int) {
	tb.Helper()
	if ln, err := net.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
	}
	return runtime.NumGoroutine(), openFDs(tb)
}

// checkNoLeaks waits briefly for goroutines and descriptors to return to
// their counts before the test.
func checkNoLeaks(tb testing.TB, goroutines, fds int) {
	tb.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		g, f := runtime.NumGoroutine(), openFDs(tb)
		if g <= goroutines && f <= fds {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			n := runtime.Stack(buf, true)
			tb.Fatalf("leak: goroutines %d (before %d), fds %d (before %d)\n%s", g, goroutines, f, fds, buf[:n])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestNetworkSeeds runs the conformance seeds that use sockets.
func TestNetworkSeeds(t *testing.T) {
	for _, name := range []string{"006_tcp_echo_streams", "007_protocol_echo"} {
		t.Run(name, func(t *testing.T) {
			base := filepath.Join("..", "testdata", "conformance", "seeds", name)
			src, err := os.ReadFile(base + ".aio")
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Fatal(err)
			}
			g, f := baseline(t)
			out, errs := runNet(t, string(src), 20*time.Second)
			if out != string(want) || errs != "" {
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", out, want, errs)
			}
			checkNoLeaks(t, g, f)
		})
	}
}

// TestNetScripts runs testdata/net/*.aio (network programs whose golden
// output CPython 3.11 produced) and checks that nothing leaks.
func TestNetScripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "net", "*.aio"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".aio")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".aio") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			g, f := baseline(t)
			out, errs := runNet(t, string(src), 20*time.Second)
			if out != string(want) || errs != "" {
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", out, want, errs)
			}
			checkNoLeaks(t, g, f)
		})
	}
}
