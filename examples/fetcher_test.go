package examples

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

// TestFetcher runs fetcher.aio against a local server whose pages are
// plain, missing (every seventh) or too slow (page 13), and checks the
// report and that the server never saw more than the example's limit of
// requests at once.
func TestFetcher(t *testing.T) {
	var active, peak, aborted atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := active.Add(1)
		defer active.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/page/"))
		switch {
		case err != nil || i%7 == 0:
			http.NotFound(w, r)
			return
		case i == 13:
			select {
			case <-r.Context().Done():
				aborted.Add(1)
			case <-time.After(ioTimeout):
			}
			return
		}
		// Let the requests overlap, so the limit is what bounds them.
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, strings.Repeat("x", 100*i))
	}))
	defer srv.Close()

	src, err := os.ReadFile("fetcher.aio")
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	in := aio.New(
		aio.WithStdout(&stdout),
		aio.WithStderr(&stderr),
		aio.WithArgs([]string{"fetcher.aio", srv.URL, "20"}),
		aio.WithNetwork(true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), ioTimeout)
	defer cancel()
	if err := in.Exec(ctx, "fetcher.aio", string(src)); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	var want strings.Builder
	for i := 1; i <= 20; i++ {
		path := "/page/" + strconv.Itoa(i)
		switch {
		case i%7 == 0:
			want.WriteString(pad(path) + "  error   HTTP 404 Not Found\n")
		case i == 13:
			want.WriteString(pad(path) + "  timeout no answer within 1.0 s\n")
		default:
			want.WriteString(pad(path) + "  ok      " + strconv.Itoa(100*i) + " bytes of text/html\n")
		}
	}
	want.WriteString("17 ok, 2 errors, 1 timed out\nat most 5 requests at a time (limit 5)\n")
	if got := stdout.String(); got != want.String() {
		t.Errorf("stdout:\n--- got\n%s--- want\n%s", got, want.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr:\n%s", stderr.String())
	}
	if p := peak.Load(); p > 5 {
		t.Errorf("the server saw %d requests at once, the limit is 5", p)
	}
	deadline := time.Now().Add(ioTimeout)
	for aborted.Load() != 1 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if aborted.Load() != 1 {
		t.Errorf("the timed-out request was not aborted")
	}
}

// pad right-aligns a path in nine columns, like the example's {:>9}.
func pad(s string) string {
	return strings.Repeat(" ", max(0, 9-len(s))) + s
}
