// Package examples holds runnable aio programs; this test runs each of them
// the way `aio NAME.aio` does and compares what it prints with NAME.out,
// the output of CPython 3.11 on the same program.
package examples

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

// virtualTime lists the examples that sleep for seconds: they run as
// `aio --virtual-time NAME.aio`, which prints the same and takes no time.
var virtualTime = map[string]bool{
	"cancellation":      true,
	"event_broadcast":   true,
	"fetch_gather":      true,
	"producer_consumer": true,
	"semaphore_pool":    true,
	"wait_for_timeout":  true,
}

func TestExamples(t *testing.T) {
	files, err := filepath.Glob("*.aio")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, file := range files {
		name := strings.TrimSuffix(file, ".aio")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(name + ".out")
			if os.IsNotExist(err) {
				// Programs that talk to the network (servers, clients)
				// have no fixed output to compare.
				t.Skipf("%s.out does not exist", name)
			}
			if err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			opts := []aio.Option{
				aio.WithStdout(&stdout),
				aio.WithStderr(&stderr),
				aio.WithArgs([]string{file}),
				aio.WithFS(os.DirFS(".")),
				aio.WithFiles(true),
			}
			if virtualTime[name] {
				opts = append(opts, aio.WithVirtualTime())
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			start := time.Now()
			if err := aio.New(opts...).Exec(ctx, file, string(src)); err != nil {
				t.Fatalf("%v\n%s", err, stderr.String())
			}
			if got := stdout.String(); got != string(want) {
				t.Errorf("stdout differs from %s.out\n--- got\n%s--- want\n%s", name, got, want)
			}
			if stderr.Len() > 0 {
				t.Errorf("unexpected stderr:\n%s", stderr.String())
			}
			if virtualTime[name] && time.Since(start) > 5*time.Second {
				t.Errorf("took %v under virtual time", time.Since(start))
			}
		})
	}
}
