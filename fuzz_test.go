package aio_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

// FuzzExec compiles and runs arbitrary source: whatever the input, Exec
// must return (an error is fine) without a Go panic or a hang.
func FuzzExec(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "conformance", "core", "*.aio"))
	scripts, _ := filepath.Glob(filepath.Join("testdata", "scripts", "*.aio"))
	for _, file := range append(files, scripts...) {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"x = [1, 2\n", "def f(:\n", "class A(B, C): pass", "while True: pass",
		"try:\n    raise ValueError\nexcept* ValueError:\n    pass\n",
		"a, *b, *c = x", "yield 1", "await x", "return", "f(**{1: 2})",
		"lambda: (yield)", "print(f'{x!z}')", "del f()", "nonlocal q",
		"def g():\n    yield from g()\nlist(g())\n", "import nothere",
		"x = 1\nx.y.z = 2", "[i for i in range(3) if (j := i)]", "1/0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 4096 || strings.Contains(src, "**") || strings.Contains(src, "<<") {
			// Huge integers and allocations are limited by the memory
			// budget, not by this test.
			return
		}
		in := aio.New(aio.WithStdout(io.Discard), aio.WithStderr(io.Discard), aio.WithMaxSteps(200_000))
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		done := make(chan error, 1)
		go func() { done <- in.Exec(ctx, "fuzz.aio", src) }()
		select {
		case err := <-done:
			var e *aio.Error
			if errors.As(err, &e) && strings.Contains(e.Message, "internal error") {
				t.Fatalf("internal error for %q: %s", src, e.Traceback)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Exec did not return for %q", src)
		}
	})
}
