package stdlib_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aio-lang/aio/stdlib"
)

// TestNetworkPermission checks that every network entry point raises
// PermissionError unless the host allows the network.
func TestNetworkPermission(t *testing.T) {
	src := `
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for name, aw in [("open_connection", lambda: asyncio.open_connection("127.0.0.1", 1)),
                     ("start_server", lambda: asyncio.start_server(print, "127.0.0.1", 0)),
                     ("create_server", lambda: loop.create_server(asyncio.Protocol, "127.0.0.1", 0)),
                     ("create_connection", lambda: loop.create_connection(asyncio.Protocol, "127.0.0.1", 1))]:
        try:
            await aw()
        except PermissionError as e:
            print(name, e)
asyncio.run(main())
`
	out, errs := runWith(t, stdlib.Options{}, src, 5*time.Second)
	want := "open_connection network access is disabled in this interpreter\n" +
		"start_server network access is disabled in this interpreter\n" +
		"create_server network access is disabled in this interpreter\n" +
		"create_connection network access is disabled in this interpreter\n"
	if out != want || errs != "" {
		t.Errorf("got %q, stderr %q", out, errs)
	}
}

// TestClientAgainstGoServer connects aio clients (streams and a protocol)
// to a Go echo server.
func TestClientAgainstGoServer(t *testing.T) {
	g0, f0 := baseline(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					fmt.Fprintf(c, "go:%s", strings.ToUpper(line))
				}
			}()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	src := fmt.Sprintf(`
import asyncio
PORT = %d

class P(asyncio.Protocol):
    def __init__(self, done):
        self.done, self.buf = done, b""
    def data_received(self, data):
        self.buf += data
        if self.buf.endswith(b"\n"):
            self.transport.close()
    def connection_made(self, tr):
        self.transport = tr
        tr.write(b"proto\n")
    def connection_lost(self, exc):
        self.done.set_result(self.buf)

async def one(i):
    r, w = await asyncio.open_connection("127.0.0.1", PORT)
    w.write(f"hello {i}\n".encode())
    await w.drain()
    line = await r.readline()
    w.close()
    await w.wait_closed()
    return line.decode().strip()

async def main():
    print(await asyncio.gather(*[one(i) for i in range(5)]))
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.create_connection(lambda: P(done), "127.0.0.1", PORT)
    print(await done)

asyncio.run(main())
`, port)
	out, errs := runNet(t, src, 10*time.Second)
	want := "['go:HELLO 0', 'go:HELLO 1', 'go:HELLO 2', 'go:HELLO 3', 'go:HELLO 4']\nb'go:PROTO\\n'\n"
	if out != want || errs != "" {
		t.Errorf("got %q, stderr %q", out, errs)
	}
	ln.Close()
	wg.Wait()
	checkNoLeaks(t, g0, f0)
}

// TestServerAgainstGoClients serves Go clients from an aio echo server;
// the port is handed over through a file-less side channel: the script
// prints it and Go reads stdout while the script runs.
func TestServerAgainstGoClients(t *testing.T) {
	g0, f0 := baseline(t)
	const clients = 20
	// Reserve a port for the aio server.
	probe, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := probe.Addr().(*net.TCPAddr).Port
	probe.Close()
	src := fmt.Sprintf(`
import asyncio
count = 0
async def handle(r, w):
    global count
    async for line in r:
        w.write(b"aio:" + line)
        await w.drain()
    w.close()
    await w.wait_closed()
    count += 1
    if count == %d:
        done.set()

async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", %d)
    async with server:
        await done.wait()
    print("served", count)

asyncio.run(main())
`, clients, port)
	var wg sync.WaitGroup
	errc := make(chan error, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var c net.Conn
			var err error
			for try := 0; try < 200; try++ {
				if c, err = net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
					break
				}
				time.Sleep(10 * time.Millisecond)
			}
			if err != nil {
				errc <- err
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			for j := 0; j < 3; j++ {
				fmt.Fprintf(c, "c%d-%d\n", i, j)
				line, err := r.ReadString('\n')
				if err != nil || line != fmt.Sprintf("aio:c%d-%d\n", i, j) {
					errc <- fmt.Errorf("client %d got %q, %v", i, line, err)
					return
				}
			}
			c.(*net.TCPConn).CloseWrite()
			if rest, _ := io.ReadAll(r); len(rest) != 0 {
				errc <- fmt.Errorf("unexpected %q", rest)
			}
		}(i)
	}
	out, errs := runNet(t, src, 20*time.Second)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if out != fmt.Sprintf("served %d\n", clients) || errs != "" {
		t.Errorf("got %q, stderr %q", out, errs)
	}
	checkNoLeaks(t, g0, f0)
}

// TestThousandConnections runs 1,000 concurrent clients against an aio
// echo server in the same program.
func TestThousandConnections(t *testing.T) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil && lim.Cur < 2200 {
		lim.Cur = min(lim.Max, 4096)
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
		if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil || lim.Cur < 2200 {
			t.Skipf("file descriptor limit %d is too low", lim.Cur)
		}
	}
	g0, f0 := baseline(t)
	src := `
import asyncio
async def handle(r, w):
    while line := await r.readline():
        w.write(line)
        await w.drain()
    w.close()
    await w.wait_closed()

async def client(port, i, start):
    await start.wait()
    r, w = await asyncio.open_connection("127.0.0.1", port)
    total = 0
    for j in range(5):
        w.write(f"{i}:{j}\n".encode())
        await w.drain()
        total += len(await r.readline())
    w.close()
    await w.wait_closed()
    return total

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    start = asyncio.Event()
    tasks = [asyncio.create_task(client(port, i, start)) for i in range(1000)]
    start.set()
    totals = await asyncio.gather(*tasks)
    expected = sum(len(f"{i}:{j}\n") for i in range(1000) for j in range(5))
    print(len(totals), sum(totals) == expected)
    server.close()
    await server.wait_closed()

asyncio.run(main())
`
	out, errs := runNet(t, src, 60*time.Second)
	if out != "1000 True\n" || errs != "" {
		t.Errorf("got %q, stderr %q", out, errs)
	}
	checkNoLeaks(t, g0, f0)
}

// TestCancelInFlightReads cancels 100 reads waiting for data and checks
// that no goroutine or descriptor remains once the program ends.
func TestCancelInFlightReads(t *testing.T) {
	g0, f0 := baseline(t)
	src := `
import asyncio
async def handle(r, w):
    await r.read()
    w.close()

async def reader(port):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    try:
        await r.read(10)
    finally:
        w.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tasks = [asyncio.create_task(reader(port)) for _ in range(100)]
    await asyncio.sleep(0.2)
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(sum(isinstance(x, asyncio.CancelledError) for x in res))
    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 0)
    except TimeoutError:
        print("timeout")
    server.close()

asyncio.run(main())
`
	out, errs := runNet(t, src, 20*time.Second)
	if out != "100\ntimeout\n" || errs != "" {
		t.Errorf("got %q, stderr %q", out, errs)
	}
	checkNoLeaks(t, g0, f0)
}

// TestDrainBackPressure checks that drain() waits while the peer does not
// read, and resumes once it does.
func TestDrainBackPressure(t *testing.T) {
	g0, f0 := baseline(t)
	src := `
import asyncio
async def main():
    gate = asyncio.Event()
    got = []
    async def handle(r, w):
        await gate.wait()
        data = await r.readexactly(8 * 1024 * 1024)
        got.append(len(data))
        w.close()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"x" * (8 * 1024 * 1024))
    print("buffered above high water:", w.transport.get_write_buffer_size() > 65536)
    try:
        await asyncio.wait_for(w.drain(), 0.2)
    except TimeoutError:
        print("drain blocked while the peer does not read")
    gate.set()
    await w.drain()
    print("drained:", w.transport.get_write_buffer_size() <= 16384)
    while not got:
        await asyncio.sleep(0.01)
    print("server read", got[0])
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
`
	out, errs := runNet(t, src, 20*time.Second)
	want := "buffered above high water: True\ndrain blocked while the peer does not read\ndrained: True\nserver read 8388608\n"
	if out != want || errs != "" {
		t.Errorf("got %q, stderr %q", out, errs)
	}
	checkNoLeaks(t, g0, f0)
}
