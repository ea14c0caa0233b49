// Command httpserver shows a Go HTTP server whose handlers are aio async
// functions. The interpreter's event loop runs on its own goroutine
// (Start); every request is submitted to it as a task (Submit), so
// requests are served concurrently by one interpreter, interleaving at
// their awaits as in an asyncio server, and share its state.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/aio-lang/aio"
)

const handlers = `
import asyncio

visits = {}

async def handle(method, path, body):
    if path == "/hello":
        await asyncio.sleep(0.05)          # some slow work: other requests go on
        name = body or "world"
        visits[name] = visits.get(name, 0) + 1
        return {"status": 200, "body": f"hello, {name} (visit {visits[name]})"}
    if path == "/stats":
        return {"status": 200, "body": sorted(visits.items())}
    return {"status": 404, "body": f"no route for {method} {path}"}
`

// handler serves a request by submitting it to the interpreter.
func handler(in *aio.Interpreter) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		res, err := in.Submit(r.Context(), "handle", r.Method, r.URL.Path, string(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		m := res.(map[string]any)
		w.WriteHeader(int(m["status"].(int64)))
		json.NewEncoder(w).Encode(m["body"])
	}
}

func main() {
	in := aio.New(aio.WithStdout(os.Stdout))
	if err := in.Exec(context.Background(), "handlers.aio", handlers); err != nil {
		log.Fatal(err)
	}
	if err := in.Start(); err != nil {
		log.Fatal(err)
	}
	defer in.Close()
	srv := httptest.NewServer(handler(in))
	defer srv.Close()

	// Ten clients at once.
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			name := []string{"ann", "bo", "cy"}[i%3]
			resp, err := http.Post(srv.URL+"/hello", "text/plain", strings.NewReader(name))
			if err != nil {
				log.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%d %s", resp.StatusCode, strings.TrimSpace(string(b))))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	for _, path := range []string{"/stats", "/nowhere"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			log.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, strings.TrimSpace(string(b)))
	}
}
