package stdlib_test

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aio-lang/aio/stdlib"
)

// httpTestServer is a local HTTP server for the aiohttp and httpx tests.
// It counts the connections it accepts and the requests blocked in
// /block.
type httpTestServer struct {
	*httptest.Server
	newConns atomic.Int64
	blocked  atomic.Int64
	release  chan struct{}
}

// newHTTPTestServer starts the server; Close it at the end of the test.
func newHTTPTestServer(t *testing.T) *httpTestServer {
	t.Helper()
	s := &httpTestServer{release: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "hello world")
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"name": "aio", "n": 3, "ok": true}`)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		out := map[string]any{"method": r.Method, "query": r.URL.RawQuery, "body": string(body),
			"ctype": r.Header.Get("Content-Type"), "xtoken": r.Header.Get("X-Token"), "xsess": r.Header.Get("X-Session")}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Reply", "yes")
		_ = json.NewEncoder(w).Encode(out)
	})
	mux.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/status/"))
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(code)
		_, _ = io.WriteString(w, "status body")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(time.Second):
		case <-r.Context().Done():
			return
		}
		_, _ = io.WriteString(w, "late")
	})
	mux.HandleFunc("/slowbody", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "10")
		_, _ = io.WriteString(w, "part")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(time.Second):
		case <-r.Context().Done():
			return
		}
		_, _ = io.WriteString(w, "rest!!")
	})
	mux.HandleFunc("/block", func(w http.ResponseWriter, r *http.Request) {
		s.blocked.Add(1)
		defer s.blocked.Add(-1)
		select {
		case <-r.Context().Done():
		case <-s.release:
		case <-time.After(20 * time.Second):
		}
	})
	mux.HandleFunc("/blocked", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, strconv.FormatInt(s.blocked.Load(), 10))
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/text", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Encoding", "gzip")
		gz := gzip.NewWriter(w)
		_, _ = io.WriteString(gz, "compressed text")
		_ = gz.Close()
	})
	mux.HandleFunc("/whoami", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, r.Header.Get("Authorization"))
	})
	mux.HandleFunc("/lines", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "one\ntwo\r\nthree")
	})
	mux.HandleFunc("/item/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"id": `+strings.TrimPrefix(r.URL.Path, "/item/")+`}`)
	})
	s.Server = httptest.NewUnstartedServer(mux)
	s.Config.ConnState = func(c net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.newConns.Add(1)
		}
	}
	s.Start()
	return s
}

// runHTTP runs a script with BASE bound to the server's URL and fails
// the test on any stderr output.
func runHTTP(t *testing.T, srv *httpTestServer, src string) string {
	t.Helper()
	src = "BASE = " + strconv.Quote(srv.URL) + "\n" + src
	out, errs := runNet(t, src, 20*time.Second)
	if errs != "" {
		t.Fatalf("stderr:\n%s\nstdout:\n%s", errs, out)
	}
	return out
}

// checkOutput compares a script's output (with the server URL written
// as BASE) to want.
func checkOutput(t *testing.T, srv *httpTestServer, got, want string) {
	t.Helper()
	got = strings.ReplaceAll(got, srv.URL, "BASE")
	if got != want {
		t.Errorf("output differs\n--- got\n%s--- want\n%s", got, want)
	}
}

// TestHTTPClientAiohttp runs requests of every kind through aiohttp; the
// expected output is what aiohttp 3.9 prints against the same server.
func TestHTTPClientAiohttp(t *testing.T) {
	g, f := baseline(t)
	srv := newHTTPTestServer(t)
	out := runHTTP(t, srv, `
import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession(headers={"X-Session": "s1"}) as s:
        async with s.get(BASE + "/text") as r:
            print(r.status, r.reason, r.ok, r.content_type, r.charset, r.method)
            print(r.headers["content-type"], "content-length" in r.headers, r.headers.get("X-Nope", "dflt"))
            print(repr(await r.text()))
            print(type(r.url).__name__, r.url)
        r = await s.get(BASE + "/json")
        print(await r.json())
        print(repr(await r.read()))
        r = await s.post(BASE + "/echo", json={"a": 1, "b": [1, 2]}, params={"q": "x y", "n": 5}, headers={"X-Token": "t"})
        print(sorted((await r.json()).items()))
        print(r.headers["X-Reply"], r.headers.get("x-reply"), r.headers.getall("X-REPLY"))
        r = await s.post(BASE + "/echo", data={"k": "v w", "z": "1"})
        print(sorted((await r.json()).items()))
        r = await s.put(BASE + "/echo", data="raw text")
        print(sorted((await r.json()).items()))
        r = await s.patch(BASE + "/echo", data=b"\x00\x01")
        print(sorted((await r.json()).items()))
        r = await s.delete(BASE + "/echo?a=1", params={"b": "2"})
        print(sorted((await r.json()).items()))
        r = await s.request("get", BASE + "/echo")
        print((await r.json())["method"])
        r = await s.head(BASE + "/text")
        print(r.status, repr(await r.read()))
        r = await s.get(BASE + "/redirect")
        print(r.status, r.url, len(r.history), r.history[0].status)
        r = await s.get(BASE + "/redirect", allow_redirects=False)
        print(r.status, r.headers["Location"])
        try:
            await s.get(BASE + "/loop")
        except aiohttp.TooManyRedirects as e:
            print(type(e).__name__, e, len(e.history))
        r = await s.get(BASE + "/gzip")
        print(await r.text(), r.headers["Content-Encoding"])
        r = await s.get(BASE + "/text")
        try:
            await r.json()
        except aiohttp.ContentTypeError as e:
            print(type(e).__name__, e)
        async with s.get(BASE + "/text") as r:
            pass
        try:
            await r.text()
        except aiohttp.ClientConnectionError as e:
            print(type(e).__name__, e)
        try:
            await s.get("not a url")
        except aiohttp.InvalidURL as e:
            print(type(e).__name__, e, isinstance(e, ValueError))
        try:
            await s.get(BASE + "/text", json={}, data="x")
        except ValueError as e:
            print(e)
        print(aiohttp.ClientTimeout(total=3), s.closed)
    print(s.closed)
    try:
        await s.get(BASE + "/text")
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
`)
	checkOutput(t, srv, out, `200 OK True text/plain utf-8 GET
text/plain; charset=utf-8 True dflt
'hello world'
URL BASE/text
{'name': 'aio', 'n': 3, 'ok': True}
b'{"name": "aio", "n": 3, "ok": true}'
[('body', '{"a": 1, "b": [1, 2]}'), ('ctype', 'application/json'), ('method', 'POST'), ('query', 'q=x+y&n=5'), ('xsess', 's1'), ('xtoken', 't')]
yes yes ['yes']
[('body', 'k=v+w&z=1'), ('ctype', 'application/x-www-form-urlencoded'), ('method', 'POST'), ('query', ''), ('xsess', 's1'), ('xtoken', '')]
[('body', 'raw text'), ('ctype', 'text/plain; charset=utf-8'), ('method', 'PUT'), ('query', ''), ('xsess', 's1'), ('xtoken', '')]
[('body', '\x00\x01'), ('ctype', 'application/octet-stream'), ('method', 'PATCH'), ('query', ''), ('xsess', 's1'), ('xtoken', '')]
[('body', ''), ('ctype', ''), ('method', 'DELETE'), ('query', 'a=1&b=2'), ('xsess', 's1'), ('xtoken', '')]
GET
200 b''
200 BASE/text 1 302
302 /text
TooManyRedirects 0, message='', url='BASE/loop' 10
compressed text gzip
ContentTypeError 200, message='Attempt to decode JSON with unexpected mimetype: text/plain; charset=utf-8', url='BASE/text'
ClientConnectionError Connection closed
InvalidURL not%20a%20url True
data and json parameters can not be used at the same time
ClientTimeout(total=3, connect=None, sock_read=None, sock_connect=None) False
True
RuntimeError Session is closed
`)
	srv.Close()
	checkNoLeaks(t, g, f)
}

// TestHTTPClientHTTPX runs requests of every kind through httpx; the
// expected output is what httpx 0.28 prints against the same server.
func TestHTTPClientHTTPX(t *testing.T) {
	g, f := baseline(t)
	srv := newHTTPTestServer(t)
	out := runHTTP(t, srv, `
import asyncio
import httpx

async def main():
    async with httpx.AsyncClient(headers={"X-Session": "s1"}) as c:
        r = await c.get(BASE + "/text")
        print(r.status_code, r.reason_phrase, r.is_success, r.http_version, r.encoding, repr(r))
        print(r.headers["content-type"], "Content-Length" in r.headers, r.headers.get("X-Nope", "dflt"))
        print(repr(r.text), r.content)
        print(type(r.url).__name__, r.url, r.url == BASE + "/text", repr(r.request))
        r = await c.get(BASE + "/json")
        print(r.json())
        r = await c.post(BASE + "/echo", json={"a": 1, "b": [1, 2], "s": "é"}, params={"q": "x y", "n": 5, "t": True}, headers={"X-Token": "t"})
        print(sorted(r.json().items()))
        print(r.headers["X-Reply"], r.headers.get("x-reply"), list(r.headers.keys()) == list(r.headers))
        r = await c.post(BASE + "/echo", data={"k": "v w", "z": 1})
        print(sorted(r.json().items()))
        r = await c.put(BASE + "/echo", content="raw text")
        print(sorted(r.json().items()))
        r = await c.patch(BASE + "/echo", content=b"\x00\x01")
        print(sorted(r.json().items()))
        r = await c.request("GET", BASE + "/echo?a=1&b=3", params={"b": "2"})
        print(sorted(r.json().items()))
        r = await c.head(BASE + "/text")
        print(r.status_code, repr(r.content))
        r = await c.get(BASE + "/redirect")
        print(r.status_code, r.is_redirect, r.headers["location"], r.has_redirect_location)
        r = await c.get(BASE + "/redirect", follow_redirects=True)
        print(r.status_code, r.url, len(r.history), r.history[0].status_code, r.text)
        try:
            await c.get(BASE + "/loop", follow_redirects=True)
        except httpx.TooManyRedirects as e:
            print(type(e).__name__, e)
        r = await c.get(BASE + "/gzip")
        print(r.text, r.headers["Content-Encoding"])
        for u in ["ftp://x/", "example.com/x"]:
            try:
                await c.get(u)
            except httpx.RequestError as e:
                print(type(e).__name__, e)
        print(httpx.Timeout(5.0), httpx.Timeout(5.0, connect=1.0), httpx.Timeout(None), c.timeout, c.is_closed)
        try:
            httpx.Timeout(connect=1)
        except ValueError as e:
            print(e)
        print(httpx.Limits(max_connections=10))
    print(c.is_closed)
    try:
        await c.get(BASE + "/text")
    except RuntimeError as e:
        print("RuntimeError", e)
    async with httpx.AsyncClient(base_url=BASE + "/status") as c2:
        r = await c2.get("/418")
        print(r.status_code, r.url, c2.base_url == BASE + "/status/")

asyncio.run(main())
`)
	checkOutput(t, srv, out, `200 OK True HTTP/1.1 utf-8 <Response [200 OK]>
text/plain; charset=utf-8 True dflt
'hello world' b'hello world'
URL BASE/text True <Request('GET', 'BASE/text')>
{'name': 'aio', 'n': 3, 'ok': True}
[('body', '{"a":1,"b":[1,2],"s":"é"}'), ('ctype', 'application/json'), ('method', 'POST'), ('query', 'q=x+y&n=5&t=true'), ('xsess', 's1'), ('xtoken', 't')]
yes yes True
[('body', 'k=v+w&z=1'), ('ctype', 'application/x-www-form-urlencoded'), ('method', 'POST'), ('query', ''), ('xsess', 's1'), ('xtoken', '')]
[('body', 'raw text'), ('ctype', ''), ('method', 'PUT'), ('query', ''), ('xsess', 's1'), ('xtoken', '')]
[('body', '\x00\x01'), ('ctype', ''), ('method', 'PATCH'), ('query', ''), ('xsess', 's1'), ('xtoken', '')]
[('body', ''), ('ctype', ''), ('method', 'GET'), ('query', 'a=1&b=2'), ('xsess', 's1'), ('xtoken', '')]
200 b''
302 True /text True
200 BASE/text 1 302 hello world
TooManyRedirects Exceeded maximum allowed redirects.
compressed text gzip
UnsupportedProtocol Request URL has an unsupported protocol 'ftp://'.
UnsupportedProtocol Request URL is missing an 'http://' or 'https://' protocol.
Timeout(timeout=5.0) Timeout(connect=1.0, read=5.0, write=5.0, pool=5.0) Timeout(timeout=None) Timeout(timeout=5.0) False
httpx.Timeout must either include a default, or set all four parameters explicitly.
Limits(max_connections=10, max_keepalive_connections=None, keepalive_expiry=5.0)
True
RuntimeError Cannot send a request, as the client has been closed.
418 BASE/status/418 True
`)
	srv.Close()
	checkNoLeaks(t, g, f)
}

// TestHTTPClientStatusErrors checks raise_for_status and the messages
// of both libraries, caught and uncaught.
func TestHTTPClientStatusErrors(t *testing.T) {
	srv := newHTTPTestServer(t)
	defer srv.Close()
	out := runHTTP(t, srv, `
import asyncio
import aiohttp, httpx

async def main():
    async with aiohttp.ClientSession() as s:
        r = await s.get(BASE + "/status/404")
        print(r.status, r.reason, r.ok)
        try:
            r.raise_for_status()
        except aiohttp.ClientResponseError as e:
            print(type(e).__name__, e.status, e.message, e)
            print(isinstance(e, aiohttp.ClientError), e.request_info.method, e.request_info.real_url)
        try:
            async with s.get(BASE + "/status/500", raise_for_status=True) as r:
                pass
        except aiohttp.ClientResponseError as e:
            print(type(e).__name__, e)
        r = await s.get(BASE + "/status/204")
        print(r.raise_for_status())
    async with httpx.AsyncClient() as c:
        r = await c.get(BASE + "/status/404")
        print(r.status_code, r.reason_phrase, r.is_success, r.is_error, r.is_client_error)
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            print(type(e).__name__, e.response.status_code, e)
            print(repr(e.request), isinstance(e, httpx.HTTPError), isinstance(e, httpx.RequestError))
        r = await c.get(BASE + "/status/503")
        try:
            r.raise_for_status()
        except httpx.HTTPError as e:
            print(type(e).__name__, e)
        r = await c.get(BASE + "/redirect")
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            print(e)
        r = await c.get(BASE + "/text")
        print(r.raise_for_status() is r)

asyncio.run(main())
`)
	checkOutput(t, srv, out, `404 Not Found False
ClientResponseError 404 Not Found 404, message='Not Found', url='BASE/status/404'
True GET BASE/status/404
ClientResponseError 500, message='Internal Server Error', url='BASE/status/500'
None
404 Not Found False True True
HTTPStatusError 404 Client error '404 Not Found' for url 'BASE/status/404'
For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404
<Request('GET', 'BASE/status/404')> True False
HTTPStatusError Server error '503 Service Unavailable' for url 'BASE/status/503'
For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503
Redirect response '302 Found' for url 'BASE/redirect'
Redirect location: '/text'
For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/302
True
`)

	// Uncaught, the traceback names the classes as the libraries do.
	src := "BASE = " + strconv.Quote(srv.URL) + `
import asyncio, httpx
async def main():
    async with httpx.AsyncClient() as c:
        (await c.get(BASE + "/status/418")).raise_for_status()
asyncio.run(main())
`
	_, errs := runNet(t, src, 10*time.Second)
	if !strings.Contains(errs, "\nhttpx.HTTPStatusError: Client error '418 I'm a teapot' for url '"+srv.URL+"/status/418'\n") {
		t.Errorf("traceback:\n%s", errs)
	}
	src = "BASE = " + strconv.Quote(srv.URL) + `
import asyncio, aiohttp
async def main():
    async with aiohttp.ClientSession(raise_for_status=True) as s:
        await s.get(BASE + "/status/404")
asyncio.run(main())
`
	_, errs = runNet(t, src, 10*time.Second)
	if !strings.HasSuffix(errs, "\naiohttp.client_exceptions.ClientResponseError: 404, message='Not Found', url='"+srv.URL+"/status/404'\n") {
		t.Errorf("traceback:\n%s", errs)
	}
}

// TestHTTPClientTimeouts checks the exception each kind of timeout
// raises.
func TestHTTPClientTimeouts(t *testing.T) {
	g, f := baseline(t)
	srv := newHTTPTestServer(t)
	out := runHTTP(t, srv, `
import asyncio, time
import aiohttp, httpx

async def main():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.2)) as s:
        print((await s.get(BASE + "/text")).status)
        for path in ["/slow", "/slowbody"]:
            t0 = time.monotonic()
            try:
                r = await s.get(BASE + path)
            except asyncio.TimeoutError as e:
                print("total", path, type(e).__name__, repr(str(e)), e.__class__ is TimeoutError, time.monotonic() - t0 < 0.8)
        try:
            await s.get(BASE + "/slowbody", timeout=aiohttp.ClientTimeout(sock_read=0.2))
        except aiohttp.ServerTimeoutError as e:
            print("sock_read", type(e).__name__, e, isinstance(e, asyncio.TimeoutError))
        try:
            await s.get(BASE + "/slow", timeout=0.1)
        except asyncio.TimeoutError as e:
            print("number", type(e).__name__)
    async with httpx.AsyncClient(timeout=0.2) as c:
        for path in ["/slow", "/slowbody"]:
            try:
                await c.get(BASE + path)
            except httpx.TimeoutException as e:
                print("read", path, type(e).__name__, repr(str(e)), isinstance(e, httpx.TransportError), repr(e.request))
        try:
            await c.get(BASE + "/slow", timeout=httpx.Timeout(5.0, read=0.1))
        except httpx.ReadTimeout as e:
            print("per-request", type(e).__name__)
        r = await c.get(BASE + "/slow", timeout=None)
        print(r.text)
    async with aiohttp.ClientSession() as s:
        try:
            async with asyncio.timeout(0.2):
                await s.get(BASE + "/slow")
        except TimeoutError:
            print("asyncio.timeout")
        try:
            await asyncio.wait_for(s.get(BASE + "/slow"), 0.2)
        except TimeoutError:
            print("wait_for")

asyncio.run(main())
`)
	checkOutput(t, srv, out, `200
total /slow TimeoutError '' True True
total /slowbody TimeoutError '' True True
sock_read SocketTimeoutError Timeout on reading data from socket True
number TimeoutError
read /slow ReadTimeout '' True <Request('GET', 'BASE/slow')>
read /slowbody ReadTimeout '' True <Request('GET', 'BASE/slowbody')>
per-request ReadTimeout
late
asyncio.timeout
wait_for
`)
	srv.Close()
	checkNoLeaks(t, g, f)
}

// TestHTTPClientRefused checks a refused connection.
func TestHTTPClientRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	_ = ln.Close()
	src := "URL = 'http://127.0.0.1:" + strconv.Itoa(port) + "/'\n" + `
import asyncio, aiohttp, httpx
async def main():
    async with aiohttp.ClientSession() as s:
        try:
            await s.get(URL)
        except aiohttp.ClientConnectionError as e:
            print(type(e).__name__, isinstance(e, aiohttp.ClientConnectorError), isinstance(e, OSError), e.errno, e.host)
            print(e)
            print(type(e.os_error).__name__)
    async with httpx.AsyncClient() as c:
        try:
            await c.get(URL)
        except httpx.ConnectError as e:
            print(type(e).__name__, isinstance(e, httpx.NetworkError), isinstance(e, httpx.TransportError), e)
asyncio.run(main())
`
	out, errs := runNet(t, src, 10*time.Second)
	p := strconv.Itoa(port)
	want := "ClientConnectorError True True 111 127.0.0.1\n" +
		"Cannot connect to host 127.0.0.1:" + p + " ssl:default [Connect call failed ('127.0.0.1', " + p + ")]\n" +
		"ConnectionRefusedError\n" +
		"ConnectError True True All connection attempts failed\n"
	if out != want || errs != "" {
		t.Errorf("got:\n%s\nwant:\n%s\nstderr:\n%s", out, want, errs)
	}
}

// TestHTTPClientPermission checks that requests need the network
// permission.
func TestHTTPClientPermission(t *testing.T) {
	src := `
import asyncio, aiohttp, httpx
async def main():
    async with aiohttp.ClientSession() as s:
        try:
            await s.get("http://127.0.0.1:1/")
        except PermissionError as e:
            print("aiohttp", e)
    async with httpx.AsyncClient() as c:
        try:
            await c.get("http://127.0.0.1:1/")
        except PermissionError as e:
            print("httpx", e)
asyncio.run(main())
`
	out, errs := runWith(t, stdlib.Options{}, src, 5*time.Second)
	want := "aiohttp network access is disabled in this interpreter\nhttpx network access is disabled in this interpreter\n"
	if out != want || errs != "" {
		t.Errorf("got %q, stderr %q", out, errs)
	}
}

// TestHTTPClientCancelInFlight starts 100 requests the server holds,
// cancels them all, and checks that the server sees every request
// aborted and that no goroutine or descriptor is left.
func TestHTTPClientCancelInFlight(t *testing.T) {
	for _, lib := range []string{"aiohttp", "httpx"} {
		t.Run(lib, func(t *testing.T) {
			g, f := baseline(t)
			srv := newHTTPTestServer(t)
			session := "aiohttp.ClientSession()"
			read := "await r.text()"
			if lib == "httpx" {
				session = "httpx.AsyncClient(timeout=None)"
				read = "r.text"
			}
			out := runHTTP(t, srv, `
import asyncio
import `+lib+`

async def fetch(s):
    r = await s.get(BASE + "/block")
    return r.status

async def main():
    async with `+session+` as s, `+session+` as probe:
        tasks = [asyncio.create_task(fetch(s)) for _ in range(100)]
        while True:
            r = await probe.get(BASE + "/blocked")
            if int(`+read+`) == 100:
                break
            await asyncio.sleep(0.01)
        for t in tasks:
            t.cancel()
        res = await asyncio.gather(*tasks, return_exceptions=True)
        print(sum(isinstance(x, asyncio.CancelledError) for x in res))
        # The session still works after the cancellations.
        r = await s.get(BASE + "/json")
        print(r.status_code if hasattr(r, "status_code") else r.status)

asyncio.run(main())
`)
			if out != "100\n200\n" {
				t.Errorf("output %q", out)
			}
			deadline := time.Now().Add(5 * time.Second)
			for srv.blocked.Load() != 0 {
				if time.Now().After(deadline) {
					t.Fatalf("%d requests still held by the server: the client did not abort them", srv.blocked.Load())
				}
				time.Sleep(10 * time.Millisecond)
			}
			srv.Close()
			checkNoLeaks(t, g, f)
		})
	}
}

// TestHTTPClientLoopCloseReleases checks that requests still running and
// sessions never closed are released when the loop closes.
func TestHTTPClientLoopCloseReleases(t *testing.T) {
	g, f := baseline(t)
	srv := newHTTPTestServer(t)
	out := runHTTP(t, srv, `
import asyncio, aiohttp, httpx

async def main():
    s = aiohttp.ClientSession()
    c = httpx.AsyncClient(timeout=None)
    print((await s.get(BASE + "/text")).status, (await c.get(BASE + "/text")).status_code)
    asyncio.ensure_future(s.get(BASE + "/block"))
    asyncio.create_task(c.get(BASE + "/block"))
    await asyncio.sleep(0.05)

asyncio.run(main())
`)
	if out != "200 200\n" {
		t.Errorf("output %q", out)
	}
	deadline := time.Now().Add(5 * time.Second)
	for srv.blocked.Load() != 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := srv.blocked.Load(); n != 0 {
		t.Errorf("%d requests still held after the loop closed", n)
	}
	srv.Close()
	checkNoLeaks(t, g, f)
}

// TestHTTPClientConnectionReuse counts the connections the server
// accepts: a session reuses its connections, sequentially and under
// concurrency.
func TestHTTPClientConnectionReuse(t *testing.T) {
	for _, lib := range []string{"aiohttp", "httpx"} {
		t.Run(lib, func(t *testing.T) {
			srv := newHTTPTestServer(t)
			defer srv.Close()
			session := "aiohttp.ClientSession()"
			if lib == "httpx" {
				session = "httpx.AsyncClient()"
			}
			runHTTP(t, srv, `
import asyncio
import `+lib+`

async def main():
    async with `+session+` as s:
        for i in range(20):
            r = await s.get(BASE + "/json")
            assert r.status_code == 200 if hasattr(r, "status_code") else r.status == 200
asyncio.run(main())
`)
			if n := srv.newConns.Load(); n != 1 {
				t.Errorf("20 sequential requests opened %d connections, want 1", n)
			}
			srv.newConns.Store(0)
			runHTTP(t, srv, `
import asyncio
import `+lib+`

async def main():
    async with `+session+` as s:
        for _ in range(3):
            await asyncio.gather(*[s.get(BASE + "/item/%d" % i) for i in range(5)])
asyncio.run(main())
`)
			// Without reuse this opens 15 connections. With it, a round
			// may still dial while an earlier connection is on its way
			// back to the pool, so allow up to two rounds' worth.
			if n := srv.newConns.Load(); n > 10 {
				t.Errorf("3 rounds of 5 concurrent requests opened %d connections, want at most 10", n)
			}
		})
	}
}

// TestHTTPClientConcurrentSemaphore fetches many URLs with a bounded
// number in flight, the way tutorials do.
func TestHTTPClientConcurrentSemaphore(t *testing.T) {
	srv := newHTTPTestServer(t)
	defer srv.Close()
	out := runHTTP(t, srv, `
import asyncio, aiohttp, httpx

async def main():
    sem = asyncio.Semaphore(4)
    async with aiohttp.ClientSession() as s:
        async def one(i):
            async with sem:
                async with s.get(f"{BASE}/item/{i}") as r:
                    return (await r.json())["id"]
        print(sum(await asyncio.gather(*(one(i) for i in range(50)))))
    async with httpx.AsyncClient() as c:
        async def two(i):
            async with sem:
                return (await c.get(f"{BASE}/item/{i}")).json()["id"]
        print(sum(await asyncio.gather(*(two(i) for i in range(50)))))

asyncio.run(main())
`)
	if out != "1225\n1225\n" {
		t.Errorf("output %q", out)
	}
}

// TestHTTPClientStreamingAndAuth checks reading a body piecewise
// (aiohttp's resp.content, httpx's client.stream) and basic auth.
func TestHTTPClientStreamingAndAuth(t *testing.T) {
	srv := newHTTPTestServer(t)
	defer srv.Close()
	out := runHTTP(t, srv, `
import asyncio
import aiohttp, httpx

async def main():
    async with aiohttp.ClientSession(auth=aiohttp.BasicAuth("user", "pa ss")) as s:
        async with s.get(BASE + "/json") as r:
            print([c async for c in r.content.iter_chunked(10)], r.content.at_eof())
            print(await r.read())
        async with s.get(BASE + "/lines") as r:
            print(await r.content.readline())
            async for line in r.content:
                print("line", line)
        async with s.get(BASE + "/whoami") as r:
            print(await r.text())
        async with s.get(BASE + "/whoami", auth=aiohttp.BasicAuth("x")) as r:
            print(await r.text(), r.request_info.headers["Authorization"])
    async with httpx.AsyncClient(auth=("u", "p")) as c:
        async with c.stream("GET", BASE + "/json") as r:
            print(r.status_code, r.is_closed)
            try:
                r.text
            except httpx.ResponseNotRead as e:
                print(type(e).__name__, isinstance(e, RuntimeError))
            print([b async for b in r.aiter_bytes(chunk_size=16)])
            try:
                await r.aread()
            except httpx.StreamConsumed as e:
                print(type(e).__name__)
        print(r.is_closed)
        async with c.stream("GET", BASE + "/lines") as r:
            await r.aread()
            print([x async for x in r.aiter_lines()], repr(r.text))
        r = await c.get(BASE + "/whoami")
        print(r.text, repr(r.request.headers).count("[secure]"))
        r = await c.get(BASE + "/whoami", auth=httpx.BasicAuth("x", "y"))
        print(r.text)

asyncio.run(main())
`)
	checkOutput(t, srv, out, `[b'{"name": "', b'aio", "n":', b' 3, "ok": ', b'true}'] True
b''
b'one\n'
line b'two\r\n'
line b'three'
Basic dXNlcjpwYSBzcw==
Basic eDo= Basic eDo=
200 False
ResponseNotRead True
[b'{"name": "aio", ', b'"n": 3, "ok": tr', b'ue}']
StreamConsumed
True
['one', 'two', 'three'] 'one\ntwo\r\nthree'
Basic dTpw 1
Basic eDp5
`)
}

// TestHTTPClientRequestAsTask checks that aiohttp's request object is a
// coroutine to asyncio, as in aiohttp: create_task runs it directly and
// cancelling that task aborts the request.
func TestHTTPClientRequestAsTask(t *testing.T) {
	srv := newHTTPTestServer(t)
	defer srv.Close()
	out := runHTTP(t, srv, `
import asyncio, aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        req = s.get(f"{BASE}/item/7")
        print(asyncio.iscoroutine(req))
        task = asyncio.create_task(req)
        resp = await task
        print(resp.status, (await resp.json())["id"])
        resp.release()
        tasks = [asyncio.create_task(s.get(f"{BASE}/item/{i}")) for i in range(3)]
        for r in await asyncio.gather(*tasks):
            print((await r.json())["id"])
            r.release()

asyncio.run(main())
`)
	if out != "True\n200 7\n0\n1\n2\n" {
		t.Errorf("output %q", out)
	}
}
