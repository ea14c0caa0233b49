// Command gather shows Go async functions: a script awaits many HTTP
// fetches made by a Go function, with asyncio.gather, and finishes in the
// time of the slowest fetch, not of their sum. Each fetch runs on its own
// goroutine while the script's event loop goes on.
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/aio-lang/aio"
)

const script = `
import asyncio

async def fetch_all(base, n):
    pages = await asyncio.gather(*[fetch(f"{base}/page/{i}") for i in range(n)])
    return {"count": len(pages), "first": pages[0], "last": pages[-1]}
`

func main() {
	// A slow web server: every page takes 100ms.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(100 * time.Millisecond)
		fmt.Fprintf(w, "content of %s", r.URL.Path)
	}))
	defer srv.Close()

	in := aio.New(aio.WithStdout(os.Stdout))
	defer in.Close()
	// fetch is awaitable from scripts; its context is cancelled if the
	// awaiting task is cancelled.
	err := in.AsyncFunc("fetch", func(ctx context.Context, url string) (string, error) {
		req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
		if err != nil {
			return "", err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return string(b), err
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := in.Exec(context.Background(), "gather.aio", script); err != nil {
		log.Fatal(err)
	}

	start := time.Now()
	res, err := in.Call(context.Background(), "fetch_all", srv.URL, 20)
	if err != nil {
		log.Fatal(err)
	}
	took := time.Since(start)
	m := res.(map[string]any)
	fmt.Println(m["count"], "pages, from", m["first"], "to", m["last"])
	fmt.Println("20 fetches of 100ms took less than 1s:", took < time.Second)
}
