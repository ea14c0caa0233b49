package stdlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/aio-lang/aio/runtime"
)

// This file is the HTTP client machinery the aiohttp and httpx modules
// share. A session owns one http.Transport, so connections are kept
// alive and reused between requests. Each request runs on a goroutine as
// a pending operation of the loop (goOp): the goroutine sends the
// request, reads the whole body and hands plain Go data back; the loop
// goroutine turns it into script values. Cancelling the awaiting task
// cancels the request's context, which aborts the exchange and closes
// the connection; closing the session (or the loop) cancels whatever is
// still in flight and closes the idle connections.
//
// The two modules differ only in how they spell things (exception
// classes, header and URL types, timeouts); httpFlavor tells the shared
// types which spelling to use.

// httpFlavor picks the library whose conventions a shared object follows.
type httpFlavor uint8

const (
	flavorAiohttp httpFlavor = iota
	flavorHTTPX
)

// httpDialCap bounds a connection attempt that has no connect timeout of
// its own, so a dial left running for the pool cannot outlive a stuck
// network for long.
const httpDialCap = 30 * time.Second

// httpSession is the Go side of an aiohttp.ClientSession or an
// httpx.AsyncClient. Its fields belong to the loop goroutine except the
// transport, the client and ctx, which are safe for concurrent use.
type httpSession struct {
	transport *http.Transport
	client    *http.Client
	ctx       context.Context // cancelled when the session closes
	cancel    context.CancelFunc
	closed    bool
	loops     map[*runtime.Loop]*httpLoopBinding
}

// httpLoopBinding ties a session's requests to a loop they run on: when
// the loop closes, the requests still running there are cancelled.
type httpLoopBinding struct {
	ctx    context.Context
	cancel context.CancelFunc
	remove func()
}

// newHTTPSession makes a session whose pool keeps at most maxIdle idle
// connections per host (for idleTimeout) and opens at most maxConns at
// once per host (0: no limit).
func newHTTPSession(maxConns, maxIdle int, idleTimeout time.Duration) *httpSession {
	s := &httpSession{loops: map[*runtime.Loop]*httpLoopBinding{}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.transport = &http.Transport{
		DialContext:         s.dialContext,
		MaxConnsPerHost:     maxConns,
		MaxIdleConnsPerHost: maxIdle,
		IdleConnTimeout:     idleTimeout,
		TLSHandshakeTimeout: 10 * time.Second,
		// The modules send their own Accept-Encoding and decode the body
		// themselves, keeping the Content-Encoding header as the
		// libraries do.
		DisableCompression: true,
	}
	s.client = &http.Client{Transport: s.transport, CheckRedirect: httpCheckRedirect}
	return s
}

// close cancels every request in flight and closes the pooled
// connections. It runs on the loop goroutine.
func (s *httpSession) close() {
	if s.closed {
		return
	}
	s.closed = true
	s.cancel()
	for loop, b := range s.loops {
		b.cancel()
		b.remove()
		delete(s.loops, loop)
	}
	s.transport.CloseIdleConnections()
}

// bind returns the context of loop's requests, registering a closer the
// first time the session is used on loop.
func (s *httpSession) bind(loop *runtime.Loop) context.Context {
	if b, ok := s.loops[loop]; ok {
		return b.ctx
	}
	b := &httpLoopBinding{}
	b.ctx, b.cancel = context.WithCancel(s.ctx)
	b.remove = loop.OnClose(func() {
		b.cancel()
		delete(s.loops, loop)
		s.transport.CloseIdleConnections()
	})
	s.loops[loop] = b
	return b.ctx
}

// httpReqOpts travels in a request's context to the dialer and the
// redirect policy, which the transport calls without the request.
type httpReqOpts struct {
	connect time.Duration // connect timeout, 0 for none
	follow  bool
	// redirectLimit is the number of redirects already followed at
	// which the next one fails; 0 means no limit.
	redirectLimit int
}

// httpOptsKey is the context key of httpReqOpts.
type httpOptsKey struct{}

// httpOptsFrom returns the options a request context carries, or nil.
func httpOptsFrom(ctx context.Context) *httpReqOpts {
	o, _ := ctx.Value(httpOptsKey{}).(*httpReqOpts)
	return o
}

// errHTTPTooManyRedirects ends a redirect chain past its limit.
var errHTTPTooManyRedirects = errors.New("too many redirects")

// httpCheckRedirect is the redirect policy: each request's options say
// whether to follow and how far.
func httpCheckRedirect(req *http.Request, via []*http.Request) error {
	o := httpOptsFrom(req.Context())
	if o == nil {
		return nil
	}
	if !o.follow {
		return http.ErrUseLastResponse
	}
	if o.redirectLimit > 0 && len(via) >= o.redirectLimit {
		return errHTTPTooManyRedirects
	}
	return nil
}

// httpDialError is a failed connection attempt, kept as dialResult so
// the loop can raise the OSError CPython's create_connection would.
type httpDialError struct {
	res      dialResult
	host     string
	port     int
	timedOut bool
}

// Error makes httpDialError an error.
func (e *httpDialError) Error() string {
	if e.timedOut {
		return "connect timeout"
	}
	if e.res.dnsErr != nil {
		return e.res.dnsErr.Error()
	}
	if len(e.res.errs) > 0 {
		return e.res.errs[0].err.Error()
	}
	return "connect failed"
}

// dialContext connects like asyncio's create_connection (each resolved
// address in turn), bounded by the request's connect timeout and
// cancelled when the session closes: the transport may keep dialing
// after the request that started the dial is gone.
func (s *httpSession) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, err
	}
	limit := httpDialCap
	if o := httpOptsFrom(ctx); o != nil && o.connect > 0 {
		limit = o.connect
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	stop := context.AfterFunc(s.ctx, cancel)
	defer stop()
	r := dial(ctx, host, port)
	if r.conn == nil {
		timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded) && s.ctx.Err() == nil
		return nil, &httpDialError{res: r, host: host, port: port, timedOut: timedOut}
	}
	return r.conn, nil
}

// httpHeader is one header line, in the order given.
type httpHeader struct{ key, value string }

// httpSpec is a request ready to send: plain Go data only.
type httpSpec struct {
	method  string
	url     *url.URL
	header  []httpHeader
	body    []byte // nil: no body
	total   time.Duration
	connect time.Duration
	read    time.Duration
	follow  bool
	// redirectLimit as in httpReqOpts.
	redirectLimit int
	// insecure asks for a pool that skips certificate checks.
	insecure bool
}

// httpFailure classifies how a request failed.
type httpFailure uint8

const (
	httpOK httpFailure = iota
	httpConnectError
	httpConnectTimeout
	httpReadTimeout
	httpTotalTimeout
	httpTooManyRedirects
	httpSessionClosed
	httpCancelled
	httpDisconnected
	httpPayloadError
	httpDecodeError
	httpOtherError
)

// httpHop is one response of a request: the final one or a redirect.
type httpHop struct {
	method string
	url    *url.URL
	status int
	reason string
	proto  string
	header http.Header
}

// httpResult is what a request's goroutine hands to the loop.
type httpResult struct {
	httpHop
	body    []byte
	history []httpHop // redirects followed, oldest first
	fail    httpFailure
	err     error
	dial    *httpDialError
	inBody  bool // the failure happened while reading the body
}

// readWatch is a read timeout: the time allowed between two reads, from
// the end of sending the request until the body is read. When it
// expires it cancels the request.
type readWatch struct {
	d      time.Duration
	cancel context.CancelFunc
	mu     sync.Mutex
	timer  *time.Timer
	done   bool
	fired  bool
}

// arm starts or restarts the timer.
func (w *readWatch) arm() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done || w.fired {
		return
	}
	if w.timer == nil {
		w.timer = time.AfterFunc(w.d, w.fire)
	} else {
		w.timer.Reset(w.d)
	}
}

// fire runs when the timer expires: mark the timeout, cancel the request.
func (w *readWatch) fire() {
	w.mu.Lock()
	if w.done {
		w.mu.Unlock()
		return
	}
	w.fired = true
	w.mu.Unlock()
	w.cancel()
}

// stop ends the watch and reports whether it had fired.
func (w *readWatch) stop() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.done = true
	if w.timer != nil {
		w.timer.Stop()
	}
	return w.fired
}

// watchedReader restarts a read watch after every read.
type watchedReader struct {
	r io.Reader
	w *readWatch
}

// Read reads and restarts the watch.
func (r *watchedReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.w.arm()
	return n, err
}

// run performs spec on the calling goroutine (never the loop's): send,
// follow redirects, read and decode the whole body.
func (s *httpSession) run(ctx context.Context, spec *httpSpec) *httpResult {
	res := &httpResult{}
	reqCtx := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var totalCtx context.Context
	if spec.total > 0 {
		var cancelTotal context.CancelFunc
		ctx, cancelTotal = context.WithTimeout(ctx, spec.total)
		defer cancelTotal()
		totalCtx = ctx
	}
	var watch *readWatch
	if spec.read > 0 {
		watch = &readWatch{d: spec.read, cancel: cancel}
		defer watch.stop()
		ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
			WroteRequest:         func(httptrace.WroteRequestInfo) { watch.arm() },
			GotFirstResponseByte: func() { watch.arm() },
		})
	}
	ctx = context.WithValue(ctx, httpOptsKey{}, &httpReqOpts{connect: spec.connect, follow: spec.follow, redirectLimit: spec.redirectLimit})
	var body io.Reader
	if spec.body != nil {
		body = bytes.NewReader(spec.body)
	}
	req, err := http.NewRequestWithContext(ctx, spec.method, spec.url.String(), body)
	if err != nil {
		res.fail, res.err = httpOtherError, err
		return res
	}
	for _, h := range spec.header {
		switch {
		case strings.EqualFold(h.key, "Host"):
			req.Host = h.value
		case strings.EqualFold(h.key, "Content-Length"):
			// The transport counts the body itself.
		default:
			req.Header.Add(h.key, h.value)
		}
	}
	resp, err := s.client.Do(req)
	if resp != nil {
		res.httpHop = hopOf(resp)
		for r := resp.Request.Response; r != nil; r = r.Request.Response {
			res.history = append(res.history, hopOf(r))
		}
		for i, j := 0, len(res.history)-1; i < j; i, j = i+1, j-1 {
			res.history[i], res.history[j] = res.history[j], res.history[i]
		}
	}
	if err != nil {
		if resp != nil {
			_ = resp.Body.Close()
		}
		s.classify(res, err, watch, totalCtx, reqCtx)
		return res
	}
	var r io.Reader = resp.Body
	if watch != nil {
		r = &watchedReader{r: r, w: watch}
	}
	data, err := io.ReadAll(r)
	_ = resp.Body.Close()
	if err != nil {
		res.inBody = true
		s.classify(res, err, watch, totalCtx, reqCtx)
		return res
	}
	if data, err = httpDecodeBody(resp.Header.Get("Content-Encoding"), data); err != nil {
		res.fail, res.err = httpDecodeError, err
		return res
	}
	res.body = data
	return res
}

// hopOf records a response's status line and headers.
func hopOf(r *http.Response) httpHop {
	reason := strings.TrimSpace(strings.TrimPrefix(r.Status, strconv.Itoa(r.StatusCode)))
	return httpHop{method: r.Request.Method, url: r.Request.URL, status: r.StatusCode, reason: reason, proto: r.Proto, header: r.Header}
}

// classify records why a request failed.
func (s *httpSession) classify(res *httpResult, err error, watch *readWatch, totalCtx, reqCtx context.Context) {
	res.err = err
	var de *httpDialError
	switch {
	case watch != nil && watch.stop():
		res.fail = httpReadTimeout
	case errors.As(err, &de):
		res.dial = de
		res.fail = httpConnectError
		if de.timedOut {
			res.fail = httpConnectTimeout
		}
	case errors.Is(err, errHTTPTooManyRedirects):
		res.fail = httpTooManyRedirects
	case totalCtx != nil && errors.Is(totalCtx.Err(), context.DeadlineExceeded):
		res.fail = httpTotalTimeout
	case reqCtx.Err() != nil && s.ctx.Err() != nil:
		res.fail = httpSessionClosed
	case reqCtx.Err() != nil:
		res.fail = httpCancelled
	case res.inBody:
		res.fail = httpPayloadError
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNRESET):
		res.fail = httpDisconnected
	default:
		res.fail = httpOtherError
	}
}

// httpDecodeBody undoes a Content-Encoding of gzip or deflate (the
// encodings the modules ask for).
func httpDecodeBody(encoding string, data []byte) ([]byte, error) {
	var r io.ReadCloser
	var err error
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "gzip", "x-gzip":
		r, err = gzip.NewReader(bytes.NewReader(data))
	case "deflate":
		// Servers send zlib-wrapped or raw deflate under this name.
		if r, err = zlib.NewReader(bytes.NewReader(data)); err != nil {
			r, err = flate.NewReader(bytes.NewReader(data)), nil
		}
	default:
		return data, nil
	}
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// start sends spec off the loop and returns a future that finish
// resolves on the loop goroutine with the outcome. Cancelling the future
// (the awaiting task was cancelled) aborts the request.
func (s *httpSession) start(t *runtime.Thread, spec *httpSpec, finish func(t *runtime.Thread, r *httpResult) (runtime.Value, error)) (*runtime.Future, error) {
	if err := checkNetwork(t); err != nil {
		return nil, err
	}
	loop, err := runtime.GetRunningLoop(t)
	if err != nil {
		return nil, err
	}
	fut := loop.CreateFuture()
	ctx, cancel := context.WithCancel(s.bind(loop))
	cancelOnDone(fut, cancel)
	goOp(loop, fut, func() any {
		defer cancel()
		return s.run(ctx, spec)
	}, func(t *runtime.Thread, res any) (runtime.Value, error) {
		return finish(t, res.(*httpResult))
	}, nil)
	return fut, nil
}

// httpQuoteSafeYarl and httpQuoteSafeForm are the characters a query
// value keeps unescaped: yarl's query quoter for aiohttp, urlencode's
// quote_plus for httpx and form bodies.
const (
	httpQuoteSafeYarl = "-._~!$'()*,?/:@"
	httpQuoteSafeForm = "-._~"
)

// httpQuote percent-encodes s for a query string, spaces as '+'.
func httpQuote(s, safe string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		case c < 0x80 && strings.IndexByte(safe, c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&15])
		}
	}
	return b.String()
}

// httpEncodeQuery joins pairs as k=v&k=v.
func httpEncodeQuery(pairs [][2]string, safe string) string {
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = httpQuote(p[0], safe) + "=" + httpQuote(p[1], safe)
	}
	return strings.Join(parts, "&")
}

// httpAddQuery appends encoded params to u's query.
func httpAddQuery(u *url.URL, query string) {
	if query == "" {
		return
	}
	if u.RawQuery == "" {
		u.RawQuery = query
	} else {
		u.RawQuery += "&" + query
	}
	u.ForceQuery = false
}

// httpParamValue converts one query value: yarl takes str, int and
// float; httpx spells booleans and None its own way and str()s the rest.
func httpParamValue(t *runtime.Thread, v runtime.Value, flavor httpFlavor) (string, error) {
	if s, ok := runtime.StrValue(v); ok {
		return s, nil
	}
	if flavor == flavorHTTPX {
		switch {
		case v.IsBool():
			if v.AsBool() {
				return "true", nil
			}
			return "false", nil
		case v.IsNone():
			return "", nil
		}
		return runtime.ToStr(t, v)
	}
	if !v.IsBool() && (v.Type().IsSubtype(runtime.IntType) || v.Type().IsSubtype(runtime.FloatType)) {
		return runtime.ToStr(t, v)
	}
	r, err := runtime.Repr(t, v)
	if err != nil {
		return "", err
	}
	return "", typeError("Invalid variable type: value should be str, int or float, got %s of type %s", r, runtime.TypeRepr(v.Type()))
}

// httpPairs reads a mapping (anything with items()) or an iterable of
// pairs into key/value pairs, expanding list and tuple values into
// repeated keys when multi is set.
func httpPairs(t *runtime.Thread, v runtime.Value, what string, multi bool, conv func(runtime.Value) (string, error)) ([][2]string, error) {
	if v.IsNull() || v.IsNone() {
		return nil, nil
	}
	var items []runtime.Value
	if d, ok := v.Raw().(*runtime.Dict); ok {
		for _, kv := range d.Items() {
			items = append(items, runtime.NewTuple([]runtime.Value{kv[0], kv[1]}))
		}
	} else if h, ok := v.Raw().(*httpHeaders); ok {
		for i := range h.keys {
			items = append(items, runtime.NewTuple([]runtime.Value{runtime.Str(h.keys[i]), runtime.Str(h.vals[i])}))
		}
	} else {
		src := v
		if m, ok, err := runtime.GetAttrOr(t, v, "items"); err != nil {
			return nil, err
		} else if ok {
			if src, err = runtime.Call(t, m, nil, nil); err != nil {
				return nil, err
			}
		}
		var err error
		if items, err = runtime.ToSlice(t, src); err != nil {
			return nil, err
		}
	}
	var out [][2]string
	for _, it := range items {
		kv, err := runtime.ToSlice(t, it)
		if err != nil {
			return nil, err
		}
		if len(kv) != 2 {
			return nil, valueError("%s must be pairs, got a sequence of length %d", what, len(kv))
		}
		k, err := conv(kv[0])
		if err != nil {
			return nil, err
		}
		vals := []runtime.Value{kv[1]}
		if multi {
			switch kv[1].Type() {
			case runtime.ListType, runtime.TupleType:
				if vals, err = runtime.ToSlice(t, kv[1]); err != nil {
					return nil, err
				}
			}
		}
		for _, x := range vals {
			s, err := conv(x)
			if err != nil {
				return nil, err
			}
			out = append(out, [2]string{k, s})
		}
	}
	return out, nil
}

// httpHeaderStr converts a header name or value (str or bytes).
func httpHeaderStr(v runtime.Value) (string, error) {
	if s, ok := runtime.StrValue(v); ok {
		return s, nil
	}
	if b, ok := runtime.BytesValue(v); ok && v.Type() == runtime.BytesType {
		return string(b), nil
	}
	return "", typeError("Header value must be str or bytes, not %s", runtime.TypeRepr(v.Type()))
}

// httpHeaderList reads a headers= argument.
func httpHeaderList(t *runtime.Thread, v runtime.Value) ([]httpHeader, error) {
	pairs, err := httpPairs(t, v, "headers", false, httpHeaderStr)
	if err != nil {
		return nil, err
	}
	out := make([]httpHeader, len(pairs))
	for i, p := range pairs {
		out[i] = httpHeader{p[0], p[1]}
	}
	return out, nil
}

// httpMergeHeaders overrides base with extra, case-insensitively, keeping
// the order of first appearance.
func httpMergeHeaders(base, extra []httpHeader) []httpHeader {
	out := make([]httpHeader, 0, len(base)+len(extra))
	for _, h := range base {
		overridden := false
		for _, e := range extra {
			if strings.EqualFold(h.key, e.key) {
				overridden = true
				break
			}
		}
		if !overridden {
			out = append(out, h)
		}
	}
	return append(out, extra...)
}

// httpFinishHeaders completes a request's headers as the libraries
// record them: Host first, then hs, then the body's Content-Length and
// Content-Type, each unless hs sets it.
func httpFinishHeaders(hs []httpHeader, u *url.URL, body []byte, ctype string) []httpHeader {
	out := make([]httpHeader, 0, len(hs)+3)
	if !httpHasHeader(hs, "Host") {
		out = append(out, httpHeader{"Host", u.Host})
	}
	out = append(out, hs...)
	if body != nil && !httpHasHeader(hs, "Content-Length") {
		out = append(out, httpHeader{"Content-Length", strconv.Itoa(len(body))})
	}
	if ctype != "" && !httpHasHeader(hs, "Content-Type") {
		out = append(out, httpHeader{"Content-Type", ctype})
	}
	return out
}

// httpHasHeader reports whether hs sets key.
func httpHasHeader(hs []httpHeader, key string) bool {
	for _, h := range hs {
		if strings.EqualFold(h.key, key) {
			return true
		}
	}
	return false
}

// httpJSONBody serialises a json= argument with the json module's
// encoder: json.dumps defaults for aiohttp, httpx's compact form.
func httpJSONBody(t *runtime.Thread, v runtime.Value, flavor httpFlavor) ([]byte, error) {
	var kwnames []string
	var kwvals []runtime.Value
	if flavor == flavorHTTPX {
		kwnames = []string{"ensure_ascii", "separators", "allow_nan"}
		kwvals = []runtime.Value{runtime.False, runtime.NewTuple([]runtime.Value{runtime.Str(","), runtime.Str(":")}), runtime.False}
	}
	e, err := newJSONEncoder(t, "dumps", kwnames, kwvals)
	if err != nil {
		return nil, err
	}
	if err := e.encode(v); err != nil {
		return nil, err
	}
	return runtime.Encode(e.b.String(), "utf-8", "strict")
}

// httpFormBody reads a data= dict (or pairs) as a form body.
func httpFormBody(t *runtime.Thread, v runtime.Value, flavor httpFlavor) ([]byte, error) {
	pairs, err := httpPairs(t, v, "data", true, func(x runtime.Value) (string, error) {
		if flavor == flavorHTTPX {
			return httpParamValue(t, x, flavorHTTPX)
		}
		return runtime.ToStr(t, x)
	})
	if err != nil {
		return nil, err
	}
	return []byte(httpEncodeQuery(pairs, httpQuoteSafeForm)), nil
}

// httpTimeoutArg converts a number of seconds (None: no timeout).
func httpTimeoutArg(t *runtime.Thread, v runtime.Value) (time.Duration, error) {
	if v.IsNull() || v.IsNone() {
		return 0, nil
	}
	secs, err := runtime.ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	if secs <= 0 {
		// A timeout that has already passed: the smallest one Go keeps.
		return time.Nanosecond, nil
	}
	return time.Duration(secs * float64(time.Second)), nil
}

// httpProp makes a read-only property.
func httpProp(name string, get func(t *runtime.Thread, self runtime.Value) (runtime.Value, error)) runtime.Value {
	fget := runtime.NewBuiltin(name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 || len(kwnames) != 0 {
			return runtime.Null, typeError("%s getter takes one argument", name)
		}
		return get(t, args[0])
	})
	return runtime.Obj(&runtime.Property{Fget: fget, Fset: runtime.None, Fdel: runtime.None, Doc: runtime.None})
}

// httpSelf returns the Go object behind a method's self, or the
// TypeError CPython gives for a descriptor applied to the wrong type.
func httpSelf[T runtime.Object](self runtime.Value, typ *runtime.Type) (T, error) {
	if o, ok := asyncBase(self).(T); ok {
		return o, nil
	}
	var zero T
	return zero, typeError("descriptor requires a '%s' object but received a '%s'", typ.Name, self.TypeName())
}

// httpDoneAwaitable is an awaitable that finishes at once (aiohttp's
// noop), or None outside a loop.
func httpDoneAwaitable(t *runtime.Thread) runtime.Value {
	loop := runtime.RunningLoop(t)
	if loop == nil {
		return runtime.None
	}
	f := loop.CreateFuture()
	_ = f.SetResult(runtime.None)
	return f.Value()
}

// httpCharset is the charset parameter of a Content-Type, lower-cased.
func httpCharset(ctype string) string {
	for _, part := range strings.Split(ctype, ";")[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			return strings.ToLower(strings.Trim(strings.TrimSpace(v), `"'`))
		}
	}
	return ""
}

// httpMime is the media type of a Content-Type, lower-cased.
func httpMime(ctype string) string {
	mt, _, _ := strings.Cut(ctype, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// httpExcType makes an exception class of module with several bases
// (like aiohttp's ClientOSError(ClientConnectionError, OSError)).
func httpExcType(name, module string, bases ...*runtime.Type) *runtime.Type {
	typ := runtime.NewExceptionType(name, module, bases[0])
	if len(bases) > 1 {
		typ.Bases = bases
		if err := runtime.ComputeMRO(typ); err != nil {
			panic("inconsistent exception bases for " + name)
		}
	}
	return typ
}

// httpHeaders is a read-only, case-insensitive multi-dict of headers:
// multidict's CIMultiDictProxy for aiohttp, httpx.Headers for httpx.
// Session headers are the same type made mutable.
type httpHeaders struct {
	flavor  httpFlavor
	mutable bool
	keys    []string
	vals    []string
}

var (
	ciMultiDictProxyType = newAsyncioType("CIMultiDictProxy", "multidict")
	ciMultiDictType      = newAsyncioType("CIMultiDict", "multidict")
	httpxHeadersType     = newAsyncioType("Headers", "httpx")
)

// Type makes httpHeaders an Object.
func (h *httpHeaders) Type() *runtime.Type {
	switch {
	case h.flavor == flavorHTTPX:
		return httpxHeadersType
	case h.mutable:
		return ciMultiDictType
	}
	return ciMultiDictProxyType
}

// newHTTPHeaders copies a response's headers in a stable order: Go keeps
// no wire order, so keys are sorted (canonical case), values in order.
func newHTTPHeaders(flavor httpFlavor, hdr http.Header) *httpHeaders {
	h := &httpHeaders{flavor: flavor}
	keys := make([]string, 0, len(hdr))
	for k := range hdr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range hdr[k] {
			h.keys = append(h.keys, k)
			h.vals = append(h.vals, v)
		}
	}
	return h
}

// headersFromList makes a headers object from request headers.
func headersFromList(flavor httpFlavor, mutable bool, hs []httpHeader) *httpHeaders {
	h := &httpHeaders{flavor: flavor, mutable: mutable}
	for _, x := range hs {
		h.keys = append(h.keys, x.key)
		h.vals = append(h.vals, x.value)
	}
	return h
}

// list returns the headers as request headers.
func (h *httpHeaders) list() []httpHeader {
	out := make([]httpHeader, len(h.keys))
	for i := range h.keys {
		out[i] = httpHeader{h.keys[i], h.vals[i]}
	}
	return out
}

// get returns every value of key.
func (h *httpHeaders) get(key string) []string {
	var out []string
	for i, k := range h.keys {
		if strings.EqualFold(k, key) {
			out = append(out, h.vals[i])
		}
	}
	return out
}

// first is the first value of key, or "".
func (h *httpHeaders) first(key string) string {
	if vs := h.get(key); len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// lookup is h[key]: the first value for aiohttp, all values joined with
// ", " for httpx.
func (h *httpHeaders) lookup(key string) (string, bool) {
	vs := h.get(key)
	if len(vs) == 0 {
		return "", false
	}
	if h.flavor == flavorHTTPX {
		return strings.Join(vs, ", "), true
	}
	return vs[0], true
}

// set replaces every value of key with one.
func (h *httpHeaders) set(key, value string) {
	h.del(key)
	h.keys = append(h.keys, key)
	h.vals = append(h.vals, value)
}

// del removes key and reports whether it was there.
func (h *httpHeaders) del(key string) bool {
	found := false
	for i := 0; i < len(h.keys); {
		if strings.EqualFold(h.keys[i], key) {
			h.keys = append(h.keys[:i], h.keys[i+1:]...)
			h.vals = append(h.vals[:i], h.vals[i+1:]...)
			found = true
			continue
		}
		i++
	}
	return found
}

// uniqueKeys are httpx's keys: lower-cased, each once.
func (h *httpHeaders) uniqueKeys() []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range h.keys {
		lk := strings.ToLower(k)
		if !seen[lk] {
			seen[lk] = true
			out = append(out, lk)
		}
	}
	return out
}

// keyList is what iterating the headers yields.
func (h *httpHeaders) keyList() []runtime.Value {
	var keys []string
	if h.flavor == flavorHTTPX {
		keys = h.uniqueKeys()
	} else {
		keys = h.keys
	}
	out := make([]runtime.Value, len(keys))
	for i, k := range keys {
		out[i] = runtime.Str(k)
	}
	return out
}

// asDict is httpx's view of the headers as a dict (for keys/items).
func (h *httpHeaders) asDict(t *runtime.Thread) *runtime.Dict {
	d := runtime.NewDict()
	for _, k := range h.uniqueKeys() {
		v, _ := h.lookup(k)
		_ = d.Set(t, runtime.Str(k), runtime.Str(v))
	}
	return d
}

// repr is the headers' repr in the library's form.
func (h *httpHeaders) repr(t *runtime.Thread) (string, error) {
	var b strings.Builder
	if h.flavor == flavorHTTPX {
		dup := len(h.uniqueKeys()) != len(h.keys)
		b.WriteString("Headers(")
		if dup {
			b.WriteString("[")
		} else {
			b.WriteString("{")
		}
		for i := range h.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			lk := strings.ToLower(h.keys[i])
			k := runtime.ReprNoThread(runtime.Str(lk))
			v := runtime.ReprNoThread(runtime.Str(h.vals[i]))
			if lk == "authorization" || lk == "proxy-authorization" {
				// httpx hides credentials in reprs.
				v = "'[secure]'"
			}
			if dup {
				b.WriteString("(" + k + ", " + v + ")")
			} else {
				b.WriteString(k + ": " + v)
			}
		}
		if dup {
			b.WriteString("])")
		} else {
			b.WriteString("})")
		}
		return b.String(), nil
	}
	b.WriteString("<" + h.Type().Name + "(")
	for i := range h.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(runtime.ReprNoThread(runtime.Str(h.keys[i])) + ": " + runtime.ReprNoThread(runtime.Str(h.vals[i])))
	}
	b.WriteString(")>")
	return b.String(), nil
}

// headersIter iterates over a snapshot of keys.
type headersIter struct {
	items []runtime.Value
	i     int
}

var headersIterType = func() *runtime.Type {
	typ := newAsyncioType("_headers_iterator", "multidict")
	typ.Slots.Iter = iterSelf
	typ.Slots.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		it, ok := v.Raw().(*headersIter)
		if !ok {
			return runtime.Null, false, typeError("descriptor '__next__' requires a '_headers_iterator' object but received a '%s'", v.TypeName())
		}
		if it.i >= len(it.items) {
			return runtime.Null, false, nil
		}
		it.i++
		return it.items[it.i-1], true, nil
	}
	addIterMethods(typ)
	return typ
}()

// Type makes headersIter an Object.
func (*headersIter) Type() *runtime.Type { return headersIterType }

// init gives the header classes their methods.
func init() {
	for _, typ := range []*runtime.Type{ciMultiDictProxyType, ciMultiDictType, httpxHeadersType} {
		installHeaderMethods(typ)
	}
}

// installHeaderMethods gives a headers class its mapping protocol and
// methods.
func installHeaderMethods(typ *runtime.Type) {
	self := func(v runtime.Value) (*httpHeaders, error) { return httpSelf[*httpHeaders](v, typ) }
	keyArg := func(v runtime.Value) (string, bool) {
		s, ok := runtime.StrValue(v)
		return s, ok
	}
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		h, err := self(v)
		if err != nil {
			return "", err
		}
		return h.repr(t)
	}
	typ.Slots.Len = func(t *runtime.Thread, v runtime.Value) (int, error) {
		h, err := self(v)
		if err != nil {
			return 0, err
		}
		return len(h.keys), nil
	}
	typ.Slots.GetItem = func(t *runtime.Thread, v, key runtime.Value) (runtime.Value, error) {
		h, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		if k, ok := keyArg(key); ok {
			if s, found := h.lookup(k); found {
				return runtime.Str(s), nil
			}
		}
		return runtime.Null, runtime.NewException(runtime.KeyErrorType, key)
	}
	typ.Slots.Contains = func(t *runtime.Thread, v, key runtime.Value) (bool, error) {
		h, err := self(v)
		if err != nil {
			return false, err
		}
		k, ok := keyArg(key)
		return ok && len(h.get(k)) > 0, nil
	}
	typ.Slots.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		h, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&headersIter{items: h.keyList()}), nil
	}
	typ.Slots.SetItem = func(t *runtime.Thread, v, key, val runtime.Value) error {
		h, err := self(v)
		if err != nil {
			return err
		}
		if !h.mutable && h.flavor == flavorAiohttp {
			return typeError("'%s' object does not support item assignment", typ.Name)
		}
		k, err := httpHeaderStr(key)
		if err != nil {
			return err
		}
		s, err := httpHeaderStr(val)
		if err != nil {
			return err
		}
		h.set(k, s)
		return nil
	}
	typ.Slots.DelItem = func(t *runtime.Thread, v, key runtime.Value) error {
		h, err := self(v)
		if err != nil {
			return err
		}
		if !h.mutable && h.flavor == flavorAiohttp {
			return typeError("'%s' object does not support item deletion", typ.Name)
		}
		if k, ok := keyArg(key); ok && h.del(k) {
			return nil
		}
		return runtime.NewException(runtime.KeyErrorType, key)
	}
	m := func(name string, fn func(t *runtime.Thread, h *httpHeaders, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		typ.AddMethod(name, func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			h, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return fn(t, h, args, kwnames)
		})
	}
	m("get", func(t *runtime.Thread, h *httpHeaders, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("get", args, kwnames, 1, 2); err != nil {
			return runtime.Null, err
		}
		if k, ok := keyArg(args[0]); ok {
			if s, found := h.lookup(k); found {
				return runtime.Str(s), nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return runtime.None, nil
	})
	getall := func(name string) {
		m(name, func(t *runtime.Thread, h *httpHeaders, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount(name, args, kwnames, 1, 2); err != nil {
				return runtime.Null, err
			}
			k, _ := keyArg(args[0])
			vs := h.get(k)
			if len(vs) == 0 && h.flavor == flavorAiohttp {
				if len(args) == 2 {
					return args[1], nil
				}
				return runtime.Null, runtime.NewException(runtime.KeyErrorType, runtime.Str("Key not found: '"+k+"'"))
			}
			items := make([]runtime.Value, len(vs))
			for i, s := range vs {
				items[i] = runtime.Str(s)
			}
			return runtime.Obj(runtime.NewList(items)), nil
		})
	}
	if typ == httpxHeadersType {
		getall("get_list")
	} else {
		getall("getall")
		m("getone", func(t *runtime.Thread, h *httpHeaders, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount("getone", args, kwnames, 1, 2); err != nil {
				return runtime.Null, err
			}
			k, _ := keyArg(args[0])
			if vs := h.get(k); len(vs) > 0 {
				return runtime.Str(vs[0]), nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return runtime.Null, runtime.NewException(runtime.KeyErrorType, runtime.Str("Key not found: '"+k+"'"))
		})
	}
	view := func(name string, pick func(h *httpHeaders, i int) runtime.Value) {
		m(name, func(t *runtime.Thread, h *httpHeaders, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount(name, args, kwnames, 0, 0); err != nil {
				return runtime.Null, err
			}
			if h.flavor == flavorHTTPX {
				return runtime.CallMethod(t, runtime.Obj(h.asDict(t)), name)
			}
			items := make([]runtime.Value, len(h.keys))
			for i := range h.keys {
				items[i] = pick(h, i)
			}
			return runtime.Obj(runtime.NewList(items)), nil
		})
	}
	view("keys", func(h *httpHeaders, i int) runtime.Value { return runtime.Str(h.keys[i]) })
	view("values", func(h *httpHeaders, i int) runtime.Value { return runtime.Str(h.vals[i]) })
	view("items", func(h *httpHeaders, i int) runtime.Value {
		return runtime.NewTuple([]runtime.Value{runtime.Str(h.keys[i]), runtime.Str(h.vals[i])})
	})
	m("copy", func(t *runtime.Thread, h *httpHeaders, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("copy", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		c := &httpHeaders{flavor: h.flavor, mutable: true, keys: append([]string(nil), h.keys...), vals: append([]string(nil), h.vals...)}
		return runtime.Obj(c), nil
	})
	if typ != ciMultiDictProxyType {
		m("update", func(t *runtime.Thread, h *httpHeaders, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount("update", args, kwnames, 0, 1); err != nil {
				return runtime.Null, err
			}
			if len(args) == 0 {
				return runtime.None, nil
			}
			hs, err := httpHeaderList(t, args[0])
			if err != nil {
				return runtime.Null, err
			}
			for _, x := range hs {
				h.del(x.key)
			}
			for _, x := range hs {
				h.keys = append(h.keys, x.key)
				h.vals = append(h.vals, x.value)
			}
			return runtime.None, nil
		})
	}
}

// httpURLValue is a URL as the modules show it: yarl.URL for aiohttp,
// httpx.URL for httpx.
type httpURLValue struct {
	flavor httpFlavor
	u      *url.URL
}

var (
	yarlURLType  = newAsyncioType("URL", "yarl")
	httpxURLType = newAsyncioType("URL", "httpx")
)

// Type makes httpURLValue an Object.
func (v *httpURLValue) Type() *runtime.Type {
	if v.flavor == flavorHTTPX {
		return httpxURLType
	}
	return yarlURLType
}

// newHTTPURL wraps a copy of u.
func newHTTPURL(flavor httpFlavor, u *url.URL) runtime.Value {
	c := *u
	return runtime.Obj(&httpURLValue{flavor: flavor, u: &c})
}

// defaultPort is the scheme's port.
func httpDefaultPort(scheme string) int {
	switch scheme {
	case "http", "ws":
		return 80
	case "https", "wss":
		return 443
	}
	return 0
}

// init gives the URL classes their methods.
func init() {
	for _, typ := range []*runtime.Type{yarlURLType, httpxURLType} {
		installURLMethods(typ)
	}
}

// installURLMethods gives a URL class its string forms, comparison and
// components.
func installURLMethods(typ *runtime.Type) {
	self := func(v runtime.Value) (*httpURLValue, error) { return httpSelf[*httpURLValue](v, typ) }
	typ.Slots.Str = func(t *runtime.Thread, v runtime.Value) (string, error) {
		u, err := self(v)
		if err != nil {
			return "", err
		}
		return u.u.String(), nil
	}
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		u, err := self(v)
		if err != nil {
			return "", err
		}
		return "URL(" + runtime.ReprNoThread(runtime.Str(u.u.String())) + ")", nil
	}
	typ.Slots.Hash = func(t *runtime.Thread, v runtime.Value) (int64, error) {
		u, err := self(v)
		if err != nil {
			return 0, err
		}
		return runtime.Hash(t, runtime.Str(u.u.String()))
	}
	typ.Slots.Compare = func(t *runtime.Thread, a, b runtime.Value, op runtime.CmpOp) (runtime.Value, error) {
		if op != runtime.CmpEq && op != runtime.CmpNe {
			return runtime.NotImplemented, nil
		}
		u, err := self(a)
		if err != nil {
			return runtime.Null, err
		}
		var other string
		if o, ok := b.Raw().(*httpURLValue); ok && o.flavor == u.flavor {
			other = o.u.String()
		} else if s, ok := runtime.StrValue(b); ok && u.flavor == flavorHTTPX {
			// httpx compares URLs with strings by their text.
			other = s
		} else {
			return runtime.NotImplemented, nil
		}
		return runtime.Bool((u.u.String() == other) == (op == runtime.CmpEq)), nil
	}
	prop := func(name string, get func(u *httpURLValue) runtime.Value) {
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			u, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return get(u), nil
		}))
	}
	prop("scheme", func(u *httpURLValue) runtime.Value { return runtime.Str(u.u.Scheme) })
	prop("host", func(u *httpURLValue) runtime.Value {
		if u.u.Host == "" && u.flavor == flavorAiohttp {
			return runtime.None
		}
		return runtime.Str(u.u.Hostname())
	})
	prop("port", func(u *httpURLValue) runtime.Value {
		if p := u.u.Port(); p != "" {
			n, _ := strconv.Atoi(p)
			if u.flavor == flavorHTTPX && n == httpDefaultPort(u.u.Scheme) {
				return runtime.None
			}
			return runtime.Int(int64(n))
		}
		if u.flavor == flavorAiohttp {
			if d := httpDefaultPort(u.u.Scheme); d != 0 {
				return runtime.Int(int64(d))
			}
		}
		return runtime.None
	})
	prop("path", func(u *httpURLValue) runtime.Value {
		if u.u.Path == "" && u.u.Host != "" {
			return runtime.Str("/")
		}
		return runtime.Str(u.u.Path)
	})
	prop("fragment", func(u *httpURLValue) runtime.Value { return runtime.Str(u.u.Fragment) })
	if typ == yarlURLType {
		prop("query_string", func(u *httpURLValue) runtime.Value {
			s, err := url.QueryUnescape(u.u.RawQuery)
			if err != nil {
				s = u.u.RawQuery
			}
			return runtime.Str(s)
		})
		prop("raw_query_string", func(u *httpURLValue) runtime.Value { return runtime.Str(u.u.RawQuery) })
		prop("raw_path", func(u *httpURLValue) runtime.Value {
			p := u.u.EscapedPath()
			if p == "" && u.u.Host != "" {
				p = "/"
			}
			return runtime.Str(p)
		})
		prop("name", func(u *httpURLValue) runtime.Value {
			p := u.u.Path
			return runtime.Str(p[strings.LastIndexByte(p, '/')+1:])
		})
		typ.AddMethod("human_repr", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			u, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			if err := runtime.ArgCount("human_repr", args, kwnames, 0, 0); err != nil {
				return runtime.Null, err
			}
			s, uerr := url.PathUnescape(u.u.String())
			if uerr != nil {
				s = u.u.String()
			}
			return runtime.Str(s), nil
		})
	} else {
		prop("query", func(u *httpURLValue) runtime.Value { return runtime.NewBytes([]byte(u.u.RawQuery)) })
		prop("raw_path", func(u *httpURLValue) runtime.Value {
			p := u.u.EscapedPath()
			if p == "" {
				p = "/"
			}
			if u.u.RawQuery != "" {
				p += "?" + u.u.RawQuery
			}
			return runtime.NewBytes([]byte(p))
		})
		prop("netloc", func(u *httpURLValue) runtime.Value { return runtime.NewBytes([]byte(u.u.Host)) })
	}
}

// httpAsyncIter is an async iterator over values computed beforehand
// (chunks or lines of a body already read): `async for` over a
// response's content.
type httpAsyncIter struct {
	items []runtime.Value
	i     int
	// next replaces items when set: the next value, or done, or an error.
	next func() (runtime.Value, bool, error)
}

var httpAsyncIterType = func() *runtime.Type {
	typ := newAsyncioType("_body_iterator", "aiohttp.streams")
	self := func(v runtime.Value) (*httpAsyncIter, error) { return httpSelf[*httpAsyncIter](v, typ) }
	typ.AddMethod("__aiter__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if _, err := self(v); err != nil {
			return runtime.Null, err
		}
		return v, runtime.ArgCount("__aiter__", args, kwnames, 0, 0)
	})
	typ.AddMethod("__anext__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		it, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		if err := runtime.ArgCount("__anext__", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return newAsyncCoro("__anext__", "__anext__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if it.next != nil {
				x, ok, err := it.next()
				if err != nil {
					return runtime.Null, err
				}
				if ok {
					return x, nil
				}
				return runtime.Null, runtime.NewException(runtime.StopAsyncIterationType)
			}
			if it.i >= len(it.items) {
				return runtime.Null, runtime.NewException(runtime.StopAsyncIterationType)
			}
			it.i++
			return it.items[it.i-1], nil
		}), nil
	})
	return typ
}()

// Type makes httpAsyncIter an Object.
func (*httpAsyncIter) Type() *runtime.Type { return httpAsyncIterType }

// httpChunks splits b into pieces of at most n bytes (n <= 0: one piece);
// an empty body gives none.
func httpChunks(b []byte, n int) []runtime.Value {
	var out []runtime.Value
	if n <= 0 {
		n = len(b)
	}
	for len(b) > 0 {
		k := min(n, len(b))
		out = append(out, runtime.NewBytes(append([]byte{}, b[:k]...)))
		b = b[k:]
	}
	return out
}
