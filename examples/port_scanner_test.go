package examples

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

// listenBlock opens listeners on 127.0.0.1 at the given offsets of a
// block of width free ports and returns the block's first port. The
// other ports of the block were free a moment before, so they are closed.
func listenBlock(t *testing.T, width int, offsets []int) int {
	t.Helper()
	for try := 0; try < 50; try++ {
		probe, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		base := probe.Addr().(*net.TCPAddr).Port
		probe.Close()
		if base+width > 65535 {
			continue
		}
		free := true
		for p := base; p < base+width && free; p++ {
			ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
			if err != nil {
				free = false
				break
			}
			ln.Close()
		}
		if !free {
			continue
		}
		var lns []net.Listener
		for _, off := range offsets {
			ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(base+off))
			if err != nil {
				break
			}
			lns = append(lns, ln)
		}
		if len(lns) < len(offsets) {
			for _, ln := range lns {
				ln.Close()
			}
			continue
		}
		t.Cleanup(func() {
			for _, ln := range lns {
				ln.Close()
			}
		})
		// Accept and drop connections, as a real service would answer.
		for _, ln := range lns {
			go func(ln net.Listener) {
				for {
					c, err := ln.Accept()
					if err != nil {
						return
					}
					c.Close()
				}
			}(ln)
		}
		return base
	}
	t.Fatal("no free block of ports")
	return 0
}

// TestPortScanner scans a block of ports holding three listeners.
func TestPortScanner(t *testing.T) {
	const width = 40
	offsets := []int{3, 17, 31}
	base := listenBlock(t, width, offsets)
	first, last := base, base+width-1
	argv := []string{"port_scanner.aio", "127.0.0.1", fmt.Sprintf("%d-%d", first, last), "8"}

	want := fmt.Sprintf("Scanning 127.0.0.1 ports %d-%d (8 at a time)\n", first, last)
	for _, off := range offsets {
		want += fmt.Sprintf("%d/tcp open\n", base+off)
	}
	want += fmt.Sprintf("%d open of %d scanned\n", len(offsets), width)

	src, err := os.ReadFile("port_scanner.aio")
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	in := aio.New(aio.WithStdout(&stdout), aio.WithStderr(&stderr), aio.WithArgs(argv), aio.WithNetwork(true))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := in.Exec(ctx, "port_scanner.aio", string(src)); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if got := stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr:\n%s", stderr.String())
	}

	// CPython prints the same.
	if py, err := exec.LookPath("python3"); err == nil {
		out, err := exec.CommandContext(ctx, py, append([]string{"port_scanner.aio"}, argv[1:]...)...).Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		if string(out) != want {
			t.Errorf("CPython prints:\n%s\nwant:\n%s", out, want)
		}
	}
}

// TestPortScannerNoNetwork checks that without network access the scan
// fails with PermissionError, which the scanner does not hide.
func TestPortScannerNoNetwork(t *testing.T) {
	src, err := os.ReadFile("port_scanner.aio")
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	in := aio.New(aio.WithStdout(&stdout), aio.WithStderr(&stderr), aio.WithArgs([]string{"port_scanner.aio", "127.0.0.1", "1-3"}))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = in.Exec(ctx, "port_scanner.aio", string(src))
	if err == nil {
		t.Fatalf("scan without network succeeded:\n%s", stdout.String())
	}
}
