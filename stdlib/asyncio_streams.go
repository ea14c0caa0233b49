package stdlib

import (
	"bytes"
	"strconv"

	"github.com/aio-lang/aio/runtime"
)

// This file is asyncio's streams (streams.py): StreamReader,
// StreamWriter, the protocol joining them to a transport, and
// open_connection / start_server. The reader and the protocol are Go, so
// a chunk from the socket goes into the reader's buffer without a script
// call; the reading coroutines are Go state machines that loop exactly as
// CPython's do (check the buffer, else wait for data).

// defaultStreamLimit is streams._DEFAULT_LIMIT.
const defaultStreamLimit = 1 << 16

var (
	streamReaderType = newAsyncioType("StreamReader", "asyncio.streams")
	streamWriterType = newAsyncioType("StreamWriter", "asyncio.streams")
)

// streamReader is asyncio.StreamReader.
type streamReader struct {
	loop  *runtime.Loop
	limit int
	// buf holds the unread bytes: a window of store, whose front is
	// dropped by moving the window (as CPython's bytearray does), so that
	// taking lines off a large buffer one by one does not copy the rest
	// each time.
	buf       []byte
	store     []byte
	eof       bool
	exc       *runtime.Instance
	waiter    *runtime.Future
	tr        *netTransport
	paused    bool
	transport runtime.Value
}

// Type makes streamReader an Object.
func (*streamReader) Type() *runtime.Type { return streamReaderType }

func newStreamReader(loop *runtime.Loop, limit int) *streamReader {
	return &streamReader{loop: loop, limit: limit}
}

// wakeup resolves the waiting reader, if any.
func (r *streamReader) wakeup() {
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Cancelled() {
			_ = w.SetResult(runtime.None)
		}
	}
}

// feedData is feed_data(data).
func (r *streamReader) feedData(data []byte) {
	if len(data) == 0 {
		return
	}
	if len(r.buf)+len(data) > cap(r.buf) {
		// No room after the unread bytes: move them to the front of the
		// array, or into a bigger one.
		dst := r.store
		if need := len(r.buf) + len(data); need > cap(dst) {
			dst = make([]byte, 0, max(need, 2*cap(dst), 512))
		}
		n := copy(dst[:cap(dst)], r.buf)
		r.buf = dst[:n]
		r.store = dst[:0]
	}
	r.buf = append(r.buf, data...)
	r.wakeup()
	if r.tr != nil && !r.paused && len(r.buf) > 2*r.limit {
		r.tr.pauseReading()
		r.paused = true
	}
}

// feedEOF is feed_eof().
func (r *streamReader) feedEOF() {
	r.eof = true
	r.wakeup()
}

// setException is set_exception(exc).
func (r *streamReader) setException(exc *runtime.Instance) {
	r.exc = exc
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Cancelled() {
			_ = w.SetExceptionInstance(exc)
		}
	}
}

// maybeResume is _maybe_resume_transport.
func (r *streamReader) maybeResume() {
	if r.paused && len(r.buf) <= r.limit {
		r.paused = false
		if r.tr != nil {
			r.tr.resumeReading()
		}
	}
}

// take removes and returns the first n buffered bytes.
func (r *streamReader) take(n int) runtime.Value {
	data := bytes.Clone(r.buf[:n])
	r.discard(n)
	r.maybeResume()
	return runtime.NewBytes(data)
}

// discard drops the first n buffered bytes.
func (r *streamReader) discard(n int) {
	r.buf = r.buf[n:]
	if len(r.buf) == 0 {
		r.buf = r.store[:0]
	}
}

// readKind is which StreamReader method a streamRead runs.
type readKind uint8

const (
	readLine    readKind = iota // readline()
	readUntil                   // readuntil(separator)
	readN                       // read(n)
	readExactly                 // readexactly(n)
	readNext                    // __anext__: readline(), b"" ends the iteration
)

// newline is readline's separator.
var newline = []byte{'\n'}

// streamRead is the coroutine of a StreamReader reading method: check the
// buffer; while that needs more data, wait for it (_wait_for_data) and
// check again, as CPython's methods loop. It is one allocation per call.
type streamRead struct {
	runtime.Coro
	r      *streamReader
	kind   readKind
	n      int
	sep    []byte
	blocks []byte // read(-1): what it has taken so far
}

// readCoro makes the coroutine of a reading method.
func (r *streamReader) readCoro(kind readKind, n int, sep []byte) runtime.Value {
	s := &streamRead{r: r, kind: kind, n: n, sep: sep}
	switch kind {
	case readLine:
		s.Init("readline", "StreamReader.readline", s)
	case readUntil:
		s.Init("readuntil", "StreamReader.readuntil", s)
	case readN:
		s.Init("read", "StreamReader.read", s)
	case readExactly:
		s.Init("readexactly", "StreamReader.readexactly", s)
	default:
		s.Init("__anext__", "StreamReader.__anext__", s)
	}
	return runtime.Obj(&s.Coro)
}

// Resume runs the method's body.
func (s *streamRead) Resume(t *runtime.Thread, c *runtime.Coro, res runtime.Value, err error) (runtime.Value, error) {
	r := s.r
	if c.PC == 1 {
		r.waiter = nil
		if err != nil {
			return runtime.Null, err
		}
	}
	var done bool
	var v runtime.Value
	var e error
	// The name _wait_for_data reports, as in CPython: readline and
	// iteration wait inside readuntil.
	var name string
	switch s.kind {
	case readLine, readNext:
		done, v, e = r.readlineStep()
		if s.kind == readNext && done && e == nil {
			if b, ok := runtime.BytesValue(v); ok && len(b) == 0 {
				return runtime.Null, runtime.NewException(runtime.StopAsyncIterationType)
			}
		}
		name = "readuntil"
	case readUntil:
		done, v, e = r.readuntilStep(s.sep)
		name = "readuntil"
	case readN:
		done, v, e = s.readStep()
		name = "read"
	default:
		done, v, e = r.readexactlyStep(s.n)
		name = "readexactly"
	}
	if done || e != nil {
		return v, e
	}
	if r.waiter != nil {
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "%s() called while another coroutine is already waiting for incoming data", name)
	}
	if r.paused {
		r.paused = false
		if r.tr != nil {
			r.tr.resumeReading()
		}
	}
	r.waiter = r.loop.CreateFuture()
	c.PC = 1
	return c.Await(r.waiter.Value())
}

// newIncompleteReadError is IncompleteReadError(partial, expected); n < 0
// means expected None.
func newIncompleteReadError(partial []byte, n int) *runtime.Instance {
	exp := "undefined"
	expV := runtime.None
	if n >= 0 {
		exp = strconv.Itoa(n)
		expV = runtime.Int(int64(n))
	}
	e := runtime.NewException(incompleteReadErrorType, runtime.Str(strconv.Itoa(len(partial))+" bytes read on a total of "+exp+" expected bytes"))
	e.Dict.Set("partial", runtime.NewBytes(partial))
	e.Dict.Set("expected", expV)
	return e
}

// newLimitOverrunError is LimitOverrunError(message, consumed).
func newLimitOverrunError(msg string, consumed int) *runtime.Instance {
	e := runtime.NewException(limitOverrunErrorType, runtime.Str(msg))
	e.Dict.Set("consumed", runtime.Int(int64(consumed)))
	return e
}

// readuntilStep is the body of readuntil(separator).
func (r *streamReader) readuntilStep(sep []byte) (bool, runtime.Value, error) {
	if r.exc != nil {
		return true, runtime.Null, r.exc
	}
	seplen := len(sep)
	isep := -1
	if len(r.buf) >= seplen {
		isep = bytes.Index(r.buf, sep)
		if isep < 0 {
			offset := len(r.buf) + 1 - seplen
			if offset > r.limit {
				return true, runtime.Null, newLimitOverrunError("Separator is not found, and chunk exceed the limit", offset)
			}
		}
	}
	if isep < 0 {
		if r.eof {
			chunk := bytes.Clone(r.buf)
			r.discard(len(r.buf))
			return true, runtime.Null, newIncompleteReadError(chunk, -1)
		}
		return false, runtime.Null, nil
	}
	if isep > r.limit {
		return true, runtime.Null, newLimitOverrunError("Separator is found, but chunk is longer than limit", isep)
	}
	return true, r.take(isep + seplen), nil
}

// readlineStep is the body of readline().
func (r *streamReader) readlineStep() (bool, runtime.Value, error) {
	done, v, err := r.readuntilStep(newline)
	if !done {
		return false, v, nil
	}
	if err != nil {
		if runtime.IsInstanceOf(err, incompleteReadErrorType) {
			p, _ := err.(*runtime.Instance).Dict.Get("partial")
			return true, p, nil
		}
		if runtime.IsInstanceOf(err, limitOverrunErrorType) {
			e := err.(*runtime.Instance)
			cv, _ := e.Dict.Get("consumed")
			consumed := int(cv.AsInt())
			if consumed <= len(r.buf) && bytes.HasPrefix(r.buf[consumed:], newline) {
				r.discard(consumed + 1)
			} else {
				r.discard(len(r.buf))
			}
			r.maybeResume()
			return true, runtime.Null, valueError("%s", runtime.ExceptionMessage(e))
		}
	}
	return true, v, err
}

// readline is StreamReader.readline().
func (r *streamReader) readline() runtime.Value {
	return r.readCoro(readLine, 0, nil)
}

// readStep is the body of read(n).
func (s *streamRead) readStep() (bool, runtime.Value, error) {
	r, n := s.r, s.n
	if r.exc != nil {
		return true, runtime.Null, r.exc
	}
	if n == 0 {
		return true, runtime.NewBytes(nil), nil
	}
	if n < 0 {
		if len(r.buf) > 0 {
			s.blocks = append(s.blocks, r.buf...)
			r.discard(len(r.buf))
			r.maybeResume()
		}
		if r.eof {
			return true, runtime.NewBytes(s.blocks), nil
		}
		return false, runtime.Null, nil
	}
	if len(r.buf) == 0 && !r.eof {
		return false, runtime.Null, nil
	}
	return true, r.take(min(n, len(r.buf))), nil
}

// read is StreamReader.read(n=-1).
func (r *streamReader) read(n int) runtime.Value {
	return r.readCoro(readN, n, nil)
}

// readexactlyStep is the body of readexactly(n).
func (r *streamReader) readexactlyStep(n int) (bool, runtime.Value, error) {
	if r.exc != nil {
		return true, runtime.Null, r.exc
	}
	if n == 0 {
		return true, runtime.NewBytes(nil), nil
	}
	if len(r.buf) < n {
		if r.eof {
			partial := bytes.Clone(r.buf)
			r.discard(len(r.buf))
			return true, runtime.Null, newIncompleteReadError(partial, n)
		}
		return false, runtime.Null, nil
	}
	return true, r.take(n), nil
}

// readexactly is StreamReader.readexactly(n).
func (r *streamReader) readexactly(n int) (runtime.Value, error) {
	if n < 0 {
		return runtime.Null, valueError("readexactly size can not be less than zero")
	}
	return r.readCoro(readExactly, n, nil), nil
}

// streamProtocol is StreamReaderProtocol joined with FlowControlMixin.
type streamProtocol struct {
	loop        *runtime.Loop
	reader      *streamReader
	writer      *streamWriter
	clientCB    runtime.Value // start_server's callback, or Null
	tr          *netTransport
	closed      *runtime.Future
	paused      bool
	lost        bool
	drainWaiter []*runtime.Future
	task        runtime.Value
}

func (p *streamProtocol) connectionMade(t *runtime.Thread, tr *netTransport) error {
	p.tr = tr
	p.reader.tr = tr
	p.reader.transport = runtime.Obj(tr)
	if p.clientCB.IsNull() {
		return nil
	}
	p.writer = &streamWriter{tr: tr, proto: p, reader: p.reader, loop: p.loop}
	res, err := runtime.Call(t, p.clientCB, []runtime.Value{runtime.Obj(p.reader), runtime.Obj(p.writer)}, nil)
	if err != nil {
		return err
	}
	if runtime.IsCoroutine(res) {
		task, err := p.loop.CreateTask(t, res, runtime.Null, runtime.Null)
		if err != nil {
			return err
		}
		p.task = task
	}
	return nil
}

func (p *streamProtocol) dataReceived(t *runtime.Thread, data []byte) error {
	p.reader.feedData(data)
	return nil
}

func (p *streamProtocol) eofReceived(t *runtime.Thread) (bool, error) {
	p.reader.feedEOF()
	return true, nil
}

func (p *streamProtocol) connectionLost(t *runtime.Thread, exc *runtime.Instance) error {
	if exc == nil {
		p.reader.feedEOF()
	} else {
		p.reader.setException(exc)
	}
	if !p.closed.Done() {
		if exc == nil {
			_ = p.closed.SetResult(runtime.None)
		} else {
			_ = p.closed.SetExceptionInstance(exc)
			p.closed.MarkRetrieved()
		}
	}
	p.lost = true
	if p.paused {
		for _, w := range p.drainWaiter {
			if !w.Done() {
				if exc == nil {
					_ = w.SetResult(runtime.None)
				} else {
					_ = w.SetExceptionInstance(exc)
				}
			}
		}
	}
	p.task = runtime.Null
	return nil
}

func (p *streamProtocol) pauseWriting(t *runtime.Thread) error {
	p.paused = true
	return nil
}

func (p *streamProtocol) resumeWriting(t *runtime.Thread) error {
	p.paused = false
	waiters := p.drainWaiter
	p.drainWaiter = nil
	for _, w := range waiters {
		if !w.Done() {
			_ = w.SetResult(runtime.None)
		}
	}
	return nil
}

// streamWriter is asyncio.StreamWriter.
type streamWriter struct {
	tr     *netTransport
	proto  *streamProtocol
	reader *streamReader
	loop   *runtime.Loop
}

// Type makes streamWriter an Object.
func (*streamWriter) Type() *runtime.Type { return streamWriterType }

// drain is StreamWriter.drain().
func (w *streamWriter) drain() runtime.Value {
	d := &streamDrain{w: w}
	d.Init("drain", "StreamWriter.drain", d)
	return runtime.Obj(&d.Coro)
}

// streamDrain is the coroutine of StreamWriter.drain(): one allocation
// per call.
type streamDrain struct {
	runtime.Coro
	w      *streamWriter
	waiter *runtime.Future
}

// Resume runs drain's body.
func (d *streamDrain) Resume(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
	w := d.w
	switch c.PC {
	case 0:
		if w.reader != nil && w.reader.exc != nil {
			return runtime.Null, w.reader.exc
		}
		if w.tr.closing {
			c.PC = 1
			return c.Yield()
		}
	case 1:
		if err != nil {
			return runtime.Null, err
		}
	case 2:
		p := w.proto
		for i, x := range p.drainWaiter {
			if x == d.waiter {
				p.drainWaiter = append(p.drainWaiter[:i], p.drainWaiter[i+1:]...)
				break
			}
		}
		return runtime.None, err
	}
	p := w.proto
	if p.lost {
		return runtime.Null, runtime.NewException(runtime.ConnectionResetType, runtime.Str("Connection lost"))
	}
	if !p.paused {
		return runtime.None, nil
	}
	d.waiter = w.loop.CreateFuture()
	p.drainWaiter = append(p.drainWaiter, d.waiter)
	c.PC = 2
	return c.Await(d.waiter.Value())
}

// openConnection is asyncio.open_connection(host=None, port=None, *,
// limit=65536).
func openConnection(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	host, port, limit, err := streamArgs("open_connection", false, args, kwnames)
	if err != nil {
		return runtime.Null, err
	}
	var proto *streamProtocol
	return connectCoro("open_connection", "open_connection", func(t *runtime.Thread) (*runtime.Future, func(t *runtime.Thread) (netProtocol, runtime.Value, error), error) {
		loop, err := runtime.GetRunningLoop(t)
		if err != nil {
			return nil, nil, err
		}
		proto = &streamProtocol{loop: loop, reader: newStreamReader(loop, limit), clientCB: runtime.Null, closed: loop.CreateFuture(), task: runtime.Null}
		fut, err := startConnect(t, host, port)
		return fut, func(t *runtime.Thread) (netProtocol, runtime.Value, error) {
			return proto, runtime.None, nil
		}, err
	}, func(tr *netTransport) runtime.Value {
		w := &streamWriter{tr: tr, proto: proto, reader: proto.reader, loop: proto.loop}
		proto.writer = w
		return runtime.NewTuple([]runtime.Value{runtime.Obj(proto.reader), runtime.Obj(w)})
	}), nil
}

// startServer is asyncio.start_server(client_connected_cb, host=None,
// port=None, *, limit=65536, ...).
func startServer(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args)-len(kwnames) < 1 {
		found := false
		for _, k := range kwnames {
			found = found || k == "client_connected_cb"
		}
		if !found {
			return runtime.Null, typeError("start_server() missing 1 required positional argument: 'client_connected_cb'")
		}
	}
	var cb runtime.Value
	rest := args
	restKw := kwnames
	if len(args)-len(kwnames) >= 1 {
		cb = args[0]
		rest = args[1:]
	} else {
		for i, k := range kwnames {
			if k == "client_connected_cb" {
				npos := len(args) - len(kwnames)
				cb = args[npos+i]
				rest = append(append([]runtime.Value(nil), args[:npos+i]...), args[npos+i+1:]...)
				restKw = append(append([]string(nil), kwnames[:i]...), kwnames[i+1:]...)
				break
			}
		}
	}
	host, port, limit, err := streamArgs("start_server", true, rest, restKw)
	if err != nil {
		return runtime.Null, err
	}
	startServing := true
	npos := len(rest) - len(restKw)
	for i, k := range restKw {
		if k == "start_serving" {
			if startServing, err = runtime.Truth(t, rest[npos+i]); err != nil {
				return runtime.Null, err
			}
		}
	}
	return awaitFuture("start_server", "start_server", func(t *runtime.Thread) (*runtime.Future, error) {
		return createServer(t, host, port, startServing, func(t *runtime.Thread) (netProtocol, runtime.Value, error) {
			loop, err := runtime.GetRunningLoop(t)
			if err != nil {
				return nil, runtime.Null, err
			}
			p := &streamProtocol{loop: loop, reader: newStreamReader(loop, limit), clientCB: cb, closed: loop.CreateFuture(), task: runtime.Null}
			return p, runtime.None, nil
		})
	}), nil
}

// streamArgs parses host, port and limit=, ignoring the socket options
// aio does not need.
func streamArgs(fname string, server bool, args []runtime.Value, kwnames []string) (host, port runtime.Value, limit int, err error) {
	limit = defaultStreamLimit
	npos := len(args) - len(kwnames)
	var kwn []string
	var kwv []runtime.Value
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "limit":
			n, e := runtime.IndexInt(nil, v)
			if e != nil {
				return runtime.Null, runtime.Null, 0, e
			}
			if n <= 0 {
				return runtime.Null, runtime.Null, 0, valueError("Limit cannot be <= 0")
			}
			limit = int(n)
		case "ssl", "sock", "local_addr":
			if !v.IsNone() {
				return runtime.Null, runtime.Null, 0, runtime.Errorf(runtime.NotImplementedErrorType, "%s=%s is not supported by aio", k, v.TypeName())
			}
		case "family", "flags", "reuse_address", "reuse_port", "backlog", "start_serving", "server_hostname", "happy_eyeballs_delay", "interleave", "ssl_handshake_timeout", "ssl_shutdown_timeout", "proto":
		default:
			kwn = append(kwn, k)
			kwv = append(kwv, v)
		}
	}
	all := append(append([]runtime.Value(nil), args[:npos]...), kwv...)
	err = pyArgs(fname, false, all, kwn, 0, []string{"host", "port"}, &host, &port)
	return
}

func readerSelf(v runtime.Value) (*streamReader, error) {
	r, ok := asyncBase(v).(*streamReader)
	if !ok {
		return nil, typeError("descriptor requires a 'StreamReader' object but received a '%s'", v.TypeName())
	}
	return r, nil
}

func writerSelf(v runtime.Value) (*streamWriter, error) {
	w, ok := asyncBase(v).(*streamWriter)
	if !ok {
		return nil, typeError("descriptor requires a 'StreamWriter' object but received a '%s'", v.TypeName())
	}
	return w, nil
}

func init() {
	incompleteReadErrorType.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var partial, expected runtime.Value
		if err := pyArgs("IncompleteReadError.__init__", true, args, kwnames, 2, []string{"partial", "expected"}, &partial, &expected); err != nil {
			return runtime.Null, err
		}
		n, err := runtime.Len(t, partial)
		if err != nil {
			return runtime.Null, err
		}
		exp := "undefined"
		if !expected.IsNone() {
			if exp, err = runtime.Repr(t, expected); err != nil {
				return runtime.Null, err
			}
		}
		e := runtime.NewException(cls, runtime.Str(strconv.Itoa(n)+" bytes read on a total of "+exp+" expected bytes"))
		e.Dict.Set("partial", partial)
		e.Dict.Set("expected", expected)
		return runtime.Obj(e), nil
	}
	limitOverrunErrorType.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var msg, consumed runtime.Value
		if err := pyArgs("LimitOverrunError.__init__", true, args, kwnames, 2, []string{"message", "consumed"}, &msg, &consumed); err != nil {
			return runtime.Null, err
		}
		e := runtime.NewException(cls, msg)
		e.Dict.Set("consumed", consumed)
		return runtime.Obj(e), nil
	}

	rt := streamReaderType
	rt.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var limit, loopV runtime.Value
		if err := pyArgs("StreamReader.__init__", true, args, kwnames, 0, []string{"limit", "loop"}, &limit, &loopV); err != nil {
			return runtime.Null, err
		}
		n := defaultStreamLimit
		if !limit.IsNull() {
			v, err := runtime.IndexInt(t, limit)
			if err != nil {
				return runtime.Null, err
			}
			if v <= 0 {
				return runtime.Null, valueError("Limit cannot be <= 0")
			}
			n = int(v)
		}
		loop, err := runtime.GetEventLoop(t)
		if err != nil {
			return runtime.Null, err
		}
		return asyncWrap(cls, newStreamReader(loop, n)), nil
	}
	rt.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		r, err := readerSelf(v)
		if err != nil {
			return "", err
		}
		info := []string{"StreamReader"}
		if len(r.buf) > 0 {
			info = append(info, strconv.Itoa(len(r.buf))+" bytes")
		}
		if r.eof {
			info = append(info, "eof")
		}
		if r.limit != defaultStreamLimit {
			info = append(info, "limit="+strconv.Itoa(r.limit))
		}
		if r.waiter != nil {
			s, _ := runtime.Repr(t, r.waiter.Value())
			info = append(info, "waiter="+s)
		}
		if r.exc != nil {
			s, _ := runtime.Repr(t, runtime.Obj(r.exc))
			info = append(info, "exception="+s)
		}
		if r.tr != nil {
			s, _ := runtime.Repr(t, runtime.Obj(r.tr))
			info = append(info, "transport="+s)
		}
		if r.paused {
			info = append(info, "paused")
		}
		out := "<"
		for i, s := range info {
			if i > 0 {
				out += " "
			}
			out += s
		}
		return out + ">", nil
	}
	rm := func(name string, fn func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		rt.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			r, err := readerSelf(self)
			if err != nil {
				return runtime.Null, err
			}
			return fn(t, r, args, kwnames)
		})
	}
	rm("read", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := streamIntArg(t, "read", "n", args, kwnames, 0, -1)
		if err != nil {
			return runtime.Null, err
		}
		return r.read(n), nil
	})
	rm("readline", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := pyArgs("StreamReader.readline", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		return r.readline(), nil
	})
	rm("readexactly", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := streamIntArg(t, "readexactly", "n", args, kwnames, 1, 0)
		if err != nil {
			return runtime.Null, err
		}
		return r.readexactly(n)
	})
	rm("readuntil", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var sepV runtime.Value
		if err := pyArgs("StreamReader.readuntil", true, args, kwnames, 0, []string{"separator"}, &sepV); err != nil {
			return runtime.Null, err
		}
		sep := []byte{'\n'}
		if !sepV.IsNull() {
			b, ok := runtime.BytesValue(sepV)
			if !ok {
				return runtime.Null, typeError("a bytes-like object is required, not '%s'", sepV.TypeName())
			}
			sep = append([]byte(nil), b...)
		}
		if len(sep) == 0 {
			return runtime.Null, valueError("Separator should be at least one-byte string")
		}
		return r.readCoro(readUntil, 0, sep), nil
	})
	rm("at_eof", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Bool(r.eof && len(r.buf) == 0), runtime.ArgCount("at_eof", args, kwnames, 0, 0)
	})
	rm("exception", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if r.exc == nil {
			return runtime.None, nil
		}
		return runtime.Obj(r.exc), nil
	})
	rm("set_exception", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("set_exception", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		e, ok := args[0].Raw().(*runtime.Instance)
		if !ok || e.Exc == nil {
			return runtime.Null, typeError("exceptions must derive from BaseException")
		}
		r.setException(e)
		return runtime.None, nil
	})
	rm("feed_data", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("feed_data", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		if r.eof {
			return runtime.Null, runtime.Errorf(runtime.AssertionErrorType, "feed_data after feed_eof")
		}
		b, err := bytesArg("feed_data", args[0])
		if err != nil {
			return runtime.Null, err
		}
		r.feedData(b)
		return runtime.None, nil
	})
	rm("feed_eof", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r.feedEOF()
		return runtime.None, runtime.ArgCount("feed_eof", args, kwnames, 0, 0)
	})
	rm("__aiter__", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Obj(r), nil
	})
	rm("__anext__", func(t *runtime.Thread, r *streamReader, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return r.readCoro(readNext, 0, nil), nil
	})

	wt := streamWriterType
	wt.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		w, err := writerSelf(v)
		if err != nil {
			return "", err
		}
		s, _ := runtime.Repr(t, runtime.Obj(w.tr))
		out := "<StreamWriter transport=" + s
		if w.reader != nil {
			r, _ := runtime.Repr(t, runtime.Obj(w.reader))
			out += " reader=" + r
		}
		return out + ">", nil
	}
	wm := func(name string, min, max int, fn func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error)) {
		wt.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			w, err := writerSelf(self)
			if err != nil {
				return runtime.Null, err
			}
			if err := runtime.ArgCount(name, args, kwnames, min, max); err != nil {
				return runtime.Null, err
			}
			return fn(t, w, args)
		})
	}
	wm("write", 1, 1, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		b, err := bytesArg("write", args[0])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, w.tr.write(t, b)
	})
	wm("writelines", 1, 1, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		var buf []byte
		err := runtime.ForEach(t, args[0], func(v runtime.Value) (bool, error) {
			b, err := bytesArg("writelines", v)
			buf = append(buf, b...)
			return err == nil, err
		})
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, w.tr.write(t, buf)
	})
	wm("drain", 0, 0, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		return w.drain(), nil
	})
	wm("close", 0, 0, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		w.tr.close()
		return runtime.None, nil
	})
	wm("is_closing", 0, 0, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(w.tr.closing), nil
	})
	wm("write_eof", 0, 0, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		w.tr.writeEOF()
		return runtime.None, nil
	})
	wm("can_write_eof", 0, 0, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		return runtime.True, nil
	})
	wm("wait_closed", 0, 0, func(t *runtime.Thread, w *streamWriter, args []runtime.Value) (runtime.Value, error) {
		closed := w.proto.closed
		return newAsyncCoro("wait_closed", "StreamWriter.wait_closed", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if c.PC == 0 {
				c.PC = 1
				return c.Await(closed.Value())
			}
			return runtime.None, err
		}), nil
	})
	wt.AddMethod("get_extra_info", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		w, err := writerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		return transportExtraInfo(w.tr, args, kwnames)
	})
	wt.Dict.Set("transport", roProperty("transport", func(self runtime.Value) (runtime.Value, error) {
		w, err := writerSelf(self)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(w.tr), nil
	}))
}

// streamIntArg parses the one optional int argument (pname, default
// dflt) of StreamReader.fname.
func streamIntArg(t *runtime.Thread, fname, pname string, args []runtime.Value, kwnames []string, nreq int, dflt int) (int, error) {
	var v runtime.Value
	if err := pyArgs("StreamReader."+fname, true, args, kwnames, nreq, []string{pname}, &v); err != nil {
		return 0, err
	}
	if v.IsNull() {
		return dflt, nil
	}
	n, err := runtime.IndexInt(t, v)
	return int(n), err
}
