// Command loadgen is the load generator of bench/net.sh: it keeps N
// connections busy for a fixed time against a local server and reports the
// completed requests per second, the p50 and p99 latency and the errors.
//
//	loadgen -addr 127.0.0.1:8080 [-mode http|echo] [-c 64] [-d 10s] [-size 64]
//	loadgen -serve -addr 127.0.0.1:8080 [-mode http|echo]
//
// In http mode each connection sends a keep-alive HTTP/1.1 GET and reads
// the response (status line, headers, Content-Length body) before sending
// the next; in echo mode it sends a message of -size bytes and reads until
// the same bytes came back. Both speak raw bytes over net.Conn, so the
// client does as little work per request as it can and the server is what
// is measured. Each connection has one request in flight (no pipelining):
// the latency of a request is from the start of its write to the end of its
// response.
//
// With -serve it is instead the reference server of that mode, in plain Go
// (see serve.go). The last line a load run prints is machine-readable:
//
//	requests=N errors=N seconds=S rps=R p50_ms=X p99_ms=Y cpu_s=C
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"
)

// config is what the flags ask for.
type config struct {
	addr     string
	mode     string
	conns    int
	duration time.Duration
	size     int
	timeout  time.Duration
}

// result is what one connection's worker measured.
type result struct {
	latencies []time.Duration // one per completed request
	errors    int
	firstErr  error
}

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "server address")
	flag.StringVar(&cfg.mode, "mode", "http", "http (keep-alive GET) or echo (round trips of -size bytes)")
	flag.IntVar(&cfg.conns, "c", 64, "concurrent connections")
	flag.DurationVar(&cfg.duration, "d", 10*time.Second, "how long to send requests")
	flag.IntVar(&cfg.size, "size", 64, "echo mode: bytes per message")
	flag.DurationVar(&cfg.timeout, "timeout", 5*time.Second, "longest wait for one response")
	serveMode := flag.Bool("serve", false, "serve -mode on -addr in plain Go instead (the reference server)")
	flag.Parse()
	if cfg.mode != "http" && cfg.mode != "echo" {
		fmt.Fprintf(os.Stderr, "loadgen: unknown mode %q (want http or echo)\n", cfg.mode)
		os.Exit(2)
	}
	if *serveMode {
		if err := serve(cfg.mode, cfg.addr); err != nil {
			fmt.Fprintln(os.Stderr, "loadgen:", err)
			os.Exit(1)
		}
		return
	}
	if cfg.conns < 1 || cfg.duration <= 0 || cfg.size < 1 {
		fmt.Fprintln(os.Stderr, "loadgen: -c, -d and -size must be positive")
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// run opens the connections, drives them for cfg.duration and prints the
// report.
func run(cfg config, out io.Writer) error {
	// Connect everything before the clock starts: the benchmark measures
	// requests on open connections, not the accept path.
	conns := make([]net.Conn, cfg.conns)
	for i := range conns {
		c, err := net.DialTimeout("tcp", cfg.addr, cfg.timeout)
		if err != nil {
			for _, c := range conns[:i] {
				_ = c.Close()
			}
			return err
		}
		conns[i] = c
	}
	request := makeRequest(cfg)
	cpu0 := cpuTime()
	start := time.Now()
	ctx, cancel := context.WithDeadline(context.Background(), start.Add(cfg.duration))
	defer cancel()
	results := make([]result, cfg.conns)
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Go(func() { results[i] = worker(ctx, cfg, c, request) })
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0

	var all []time.Duration
	errs := 0
	var firstErr error
	for _, r := range results {
		all = append(all, r.latencies...)
		errs += r.errors
		if firstErr == nil {
			firstErr = r.firstErr
		}
	}
	slices.Sort(all)
	rps := float64(len(all)) / elapsed.Seconds()
	p50, p99 := percentile(all, 50), percentile(all, 99)
	if firstErr != nil {
		fmt.Fprintf(out, "first error: %v\n", firstErr)
	}
	fmt.Fprintf(out, "%s %s: %d connections, %d requests in %.2fs, %d errors: %.0f req/s, p50 %s, p99 %s\n",
		cfg.mode, cfg.addr, cfg.conns, len(all), elapsed.Seconds(), errs, rps, p50, p99)
	fmt.Fprintf(out, "requests=%d errors=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f cpu_s=%.2f\n",
		len(all), errs, elapsed.Seconds(), rps, ms(p50), ms(p99), cpu.Seconds())
	return nil
}

// makeRequest is the bytes sent per request.
func makeRequest(cfg config) []byte {
	if cfg.mode == "http" {
		return []byte("GET / HTTP/1.1\r\nHost: " + cfg.addr + "\r\nUser-Agent: aio-loadgen\r\nAccept: */*\r\n\r\n")
	}
	// A line of printable bytes ending in a newline, so that line-based
	// echo servers serve it too.
	msg := make([]byte, cfg.size)
	for i := range msg {
		msg[i] = 'a' + byte(i%26)
	}
	msg[len(msg)-1] = '\n'
	return msg
}

// worker sends requests on c one at a time until ctx ends, then closes c.
// A failed request counts as an error and the connection is replaced.
func worker(ctx context.Context, cfg config, c net.Conn, request []byte) result {
	var res result
	res.latencies = make([]time.Duration, 0, 4096)
	r := bufio.NewReaderSize(c, 16<<10)
	echoBuf := make([]byte, len(request))
	defer func() {
		if c != nil {
			_ = c.Close()
		}
	}()
	for ctx.Err() == nil {
		if c == nil {
			var err error
			if c, err = net.DialTimeout("tcp", cfg.addr, cfg.timeout); err != nil {
				res.fail(err)
				c = nil
				// Do not spin on a server that refuses connections.
				time.Sleep(10 * time.Millisecond)
				continue
			}
			r.Reset(c)
		}
		t0 := time.Now()
		_ = c.SetDeadline(t0.Add(cfg.timeout))
		err := roundTrip(cfg.mode, c, r, request, echoBuf)
		if err != nil {
			res.fail(err)
			_ = c.Close()
			c = nil
			continue
		}
		res.latencies = append(res.latencies, time.Since(t0))
	}
	return res
}

// fail counts an error and keeps the first.
func (r *result) fail(err error) {
	r.errors++
	if r.firstErr == nil {
		r.firstErr = err
	}
}

// roundTrip sends one request and reads its whole response.
func roundTrip(mode string, c net.Conn, r *bufio.Reader, request, echoBuf []byte) error {
	if _, err := c.Write(request); err != nil {
		return err
	}
	if mode == "echo" {
		if _, err := io.ReadFull(r, echoBuf); err != nil {
			return err
		}
		if !bytes.Equal(echoBuf, request) {
			return errors.New("echo: reply differs from the message")
		}
		return nil
	}
	return readHTTPResponse(r)
}

// readHTTPResponse reads a status line, headers and a Content-Length body,
// and fails unless the status is 200.
func readHTTPResponse(r *bufio.Reader) error {
	status, err := r.ReadSlice('\n')
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(status, []byte("HTTP/1.1 200 ")) {
		return fmt.Errorf("http: unexpected status line %q", bytes.TrimRight(status, "\r\n"))
	}
	length := -1
	for {
		line, err := r.ReadSlice('\n')
		if err != nil {
			return err
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			break
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && bytes.EqualFold(bytes.TrimSpace(name), []byte("Content-Length")) {
			n, err := strconv.Atoi(string(bytes.TrimSpace(value)))
			if err != nil || n < 0 {
				return fmt.Errorf("http: bad Content-Length %q", value)
			}
			length = n
		}
	}
	if length < 0 {
		// Without a length the body would run to the end of the
		// connection, which keep-alive cannot measure.
		return errors.New("http: response without Content-Length")
	}
	_, err = r.Discard(length)
	return err
}

// percentile is the nearest-rank p-th percentile of sorted latencies.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[max(i, 0)]
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
