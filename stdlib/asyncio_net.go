package stdlib

import (
	"errors"
	"io"
	"net"
	"sync"
	"syscall"
	"weak"

	goruntime "runtime"

	"github.com/aio-lang/aio/runtime"
)

// This file is the socket layer under asyncio's transports and servers.
// Every connection is a Go net.Conn served by two goroutines: a reader
// that hands each chunk it reads to the loop (Loop.Complete) and waits
// for the loop's acknowledgement before reading again, which is how
// pause_reading holds a peer back; and a writer that takes the bytes the
// loop buffered and reports each finished write, which is how drain()
// sees real back-pressure. The goroutines only move []byte and Go errors;
// every script value is made on the loop's goroutine. Each blocked read,
// write, accept or connect is a pending operation of the loop (StartOp),
// so the loop waits for the network instead of reporting a deadlock.

// permission is something a host grants a thread (Options): recorded
// when the thread builds its asyncio module, dropped with the thread.
type permission struct {
	granted sync.Map // weak.Pointer[runtime.Thread] -> struct{}
	denied  string   // the PermissionError's message
}

// grant records that t has the permission.
func (p *permission) grant(t *runtime.Thread) {
	if t == nil {
		return
	}
	key := weak.Make(t)
	if _, loaded := p.granted.LoadOrStore(key, struct{}{}); !loaded {
		goruntime.AddCleanup(t, func(k weak.Pointer[runtime.Thread]) { p.granted.Delete(k) }, key)
	}
}

// check raises PermissionError unless t has the permission.
func (p *permission) check(t *runtime.Thread) error {
	if t != nil {
		if _, ok := p.granted.Load(weak.Make(t)); ok {
			return nil
		}
	}
	return runtime.Errorf(runtime.PermissionErrorType, "%s", p.denied)
}

// The permissions of Options.AllowNetwork and Options.AllowSubprocess.
var (
	networkPermission    = &permission{denied: "network access is disabled in this interpreter"}
	subprocessPermission = &permission{denied: "subprocesses are disabled in this interpreter"}
)

// setNetworkAllowed records that t may use the network.
func setNetworkAllowed(t *runtime.Thread) { networkPermission.grant(t) }

// checkNetwork raises PermissionError unless the host granted t network
// access.
func checkNetwork(t *runtime.Thread) error { return networkPermission.check(t) }

// Flow-control defaults of CPython's selector transports.
const (
	defaultHighWater = 64 * 1024
	defaultLowWater  = 16 * 1024
	maxReadChunk     = 256 * 1024
)

// netProtocol receives a transport's events on the loop goroutine, in
// CPython's order: connectionMade, dataReceived*, eofReceived,
// connectionLost.
type netProtocol interface {
	connectionMade(t *runtime.Thread, tr *netTransport) error
	dataReceived(t *runtime.Thread, data []byte) error
	// eofReceived reports whether to keep the transport open for writing.
	eofReceived(t *runtime.Thread) (bool, error)
	connectionLost(t *runtime.Thread, exc *runtime.Instance) error
	pauseWriting(t *runtime.Thread) error
	resumeWriting(t *runtime.Thread) error
}

// transportType is the class of socket transports.
var transportType = newAsyncioType("_SelectorSocketTransport", "asyncio.selector_events")

// netTransport is a TCP connection's transport. Its fields belong to the
// loop goroutine, except conn (safe for concurrent use) and the channels.
type netTransport struct {
	loop   *runtime.Loop
	conn   net.Conn
	proto  netProtocol
	protoV runtime.Value // the protocol as scripts see it
	server *netServer

	closing    bool // close() or a fatal error: no more reading
	lost       bool // connection_lost scheduled
	readPaused bool // pause_reading()
	ackOwed    bool // the reader goroutine waits for permission to read
	eof        bool // the peer closed its side
	ack        chan struct{}
	done       chan struct{}
	doneClosed bool

	wbuf       []byte // written by the script, not handed to the writer yet
	spare      []byte
	inflight   int // bytes the writer goroutine is writing
	writing    bool
	wch        chan []byte
	wchClosed  bool
	eofWritten bool // write_eof() called
	protoPause bool // the protocol was told to pause writing
	highWater  int
	lowWater   int

	raw        syscall.RawConn // for writes that do not block
	rawChecked bool
	rawWriteFn func(fd uintptr) bool // raw.Write's callback, made once
	rawBuf     []byte                // its argument
	rawN       int                   // and its results
	rawErr     error

	// The chunk the reader goroutine read, for readDone (made once):
	// the reader sets them before Complete and waits for the
	// acknowledgement before it reads again, so the loop owns them
	// between the two.
	readData []byte
	readErr  error
	readDone func(t *runtime.Thread) error

	removeCloser func()
	onRelease    func()
}

// Type makes netTransport an Object.
func (*netTransport) Type() *runtime.Type { return transportType }

// newTransport wraps an open connection. As in CPython, connection_made
// and the start of reading are scheduled with call_soon.
func newTransport(t *runtime.Thread, loop *runtime.Loop, conn net.Conn, proto netProtocol, protoV runtime.Value, server *netServer) (*netTransport, error) {
	tr := &netTransport{loop: loop, conn: conn, proto: proto, protoV: protoV, server: server,
		ack: make(chan struct{}, 1), done: make(chan struct{}), highWater: defaultHighWater, lowWater: defaultLowWater}
	if server != nil {
		server.active++
	}
	tr.removeCloser = loop.OnClose(tr.abortNow)
	if _, err := loop.CallSoonGo("connection_made", func(t *runtime.Thread) error {
		return tr.proto.connectionMade(t, tr)
	}); err != nil {
		tr.abortNow()
		return nil, err
	}
	if _, err := loop.CallSoonGo("_add_reader", func(t *runtime.Thread) error {
		tr.startReading()
		return nil
	}); err != nil {
		tr.abortNow()
		return nil, err
	}
	return tr, nil
}

// startReading launches the reader goroutine.
func (tr *netTransport) startReading() {
	if tr.closing {
		return
	}
	tr.loop.StartOp()
	go tr.readLoop()
}

// readLoop runs on its own goroutine: read, hand the chunk to the loop,
// wait for the acknowledgement (which carries the next pending operation).
func (tr *netTransport) readLoop() {
	buf := make([]byte, 4096)
	tr.readDone = func(t *runtime.Thread) error { return tr.onRead(t, tr.readData, tr.readErr) }
	for {
		n, err := tr.conn.Read(buf)
		tr.readData, tr.readErr = buf[:n], err
		tr.loop.Complete(tr.readDone)
		if err != nil {
			return
		}
		select {
		case <-tr.ack:
		case <-tr.done:
			return
		}
		if n == len(buf) && len(buf) < maxReadChunk {
			buf = make([]byte, 2*len(buf))
		}
	}
}

// onRead handles a chunk (or the end) the reader goroutine read.
func (tr *netTransport) onRead(t *runtime.Thread, data []byte, err error) error {
	if tr.closing {
		return nil
	}
	if len(data) > 0 {
		if e := tr.proto.dataReceived(t, data); e != nil {
			return tr.fatal(t, e, "Fatal error: protocol.data_received() call failed.")
		}
	}
	if err != nil {
		if tr.closing {
			return nil
		}
		if errors.Is(err, io.EOF) {
			tr.eof = true
			keep, e := tr.proto.eofReceived(t)
			if e != nil {
				return tr.fatal(t, e, "Fatal error: protocol.eof_received() call failed.")
			}
			if !keep {
				tr.close()
			}
			return nil
		}
		tr.forceClose(netError(err))
		return nil
	}
	if tr.closing {
		return nil
	}
	if tr.readPaused {
		tr.ackOwed = true
		return nil
	}
	tr.sendAck()
	return nil
}

// sendAck lets the reader goroutine read again.
func (tr *netTransport) sendAck() {
	tr.loop.StartOp()
	select {
	case tr.ack <- struct{}{}:
	default:
		// Cannot happen (one chunk in flight), but never block the loop.
		tr.loop.Complete(func(*runtime.Thread) error { return nil })
	}
}

// stopReading releases the reader goroutine for good.
func (tr *netTransport) stopReading() {
	if !tr.doneClosed {
		tr.doneClosed = true
		close(tr.done)
	}
}

// pauseReading is transport.pause_reading().
func (tr *netTransport) pauseReading() { tr.readPaused = true }

// resumeReading is transport.resume_reading().
func (tr *netTransport) resumeReading() {
	if !tr.readPaused {
		return
	}
	tr.readPaused = false
	if tr.ackOwed && !tr.closing {
		tr.ackOwed = false
		tr.sendAck()
	}
}

// isReading is transport.is_reading().
func (tr *netTransport) isReading() bool { return !tr.closing && !tr.readPaused && !tr.eof }

// writeBufferSize is transport.get_write_buffer_size().
func (tr *netTransport) writeBufferSize() int { return len(tr.wbuf) + tr.inflight }

// write is transport.write(data): buffer and hand to the writer goroutine.
func (tr *netTransport) write(t *runtime.Thread, data []byte) error {
	if tr.eofWritten {
		return runtime.Errorf(runtime.RuntimeErrorType, "Cannot call write() after write_eof()")
	}
	if len(data) == 0 || tr.lost || (tr.closing && tr.writeBufferSize() == 0) {
		return nil
	}
	tr.wbuf = append(tr.wbuf, data...)
	tr.kickWriter()
	return tr.maybePauseProtocol(t)
}

// kickWriter hands the buffered bytes to the writer goroutine when it is
// idle, after trying to write them at once without blocking (what
// CPython's transport.write does first): most writes end there, without a
// goroutine handoff.
func (tr *netTransport) kickWriter() {
	if tr.writing || len(tr.wbuf) == 0 || tr.wchClosed {
		return
	}
	n, err := tr.tryWrite(tr.wbuf)
	if err != nil {
		tr.forceClose(netError(err))
		return
	}
	if n == len(tr.wbuf) {
		tr.wbuf = tr.wbuf[:0]
		return
	}
	if n > 0 {
		rest := copy(tr.wbuf, tr.wbuf[n:])
		tr.wbuf = tr.wbuf[:rest]
	}
	if tr.wch == nil {
		tr.wch = make(chan []byte, 1)
		go tr.writeLoop(tr.wch)
	}
	chunk := tr.wbuf
	tr.wbuf = tr.spare[:0]
	tr.spare = nil
	tr.inflight = len(chunk)
	tr.writing = true
	tr.loop.StartOp()
	tr.wch <- chunk
}

// tryWrite writes what the socket accepts now, without blocking.
func (tr *netTransport) tryWrite(b []byte) (int, error) {
	if !tr.rawChecked {
		tr.rawChecked = true
		if sc, ok := tr.conn.(syscall.Conn); ok {
			tr.raw, _ = sc.SyscallConn()
		}
	}
	if tr.raw == nil {
		return 0, nil
	}
	if tr.rawWriteFn == nil {
		tr.rawWriteFn = func(fd uintptr) bool {
			tr.rawN, tr.rawErr = syscall.Write(int(fd), tr.rawBuf)
			return true
		}
	}
	tr.rawBuf = b
	err := tr.raw.Write(tr.rawWriteFn)
	n, werr := tr.rawN, tr.rawErr
	tr.rawBuf, tr.rawErr = nil, nil
	if n < 0 {
		n = 0
	}
	switch {
	case err != nil:
		return n, err
	case werr == syscall.EAGAIN || werr == syscall.EINTR:
		return n, nil
	}
	return n, werr
}

// writeLoop runs on its own goroutine and writes what the loop hands it.
func (tr *netTransport) writeLoop(wch chan []byte) {
	for chunk := range wch {
		_, err := tr.conn.Write(chunk)
		tr.loop.Complete(func(t *runtime.Thread) error { return tr.onWritten(t, chunk, err) })
	}
}

// onWritten handles the end of one write.
func (tr *netTransport) onWritten(t *runtime.Thread, chunk []byte, err error) error {
	tr.writing = false
	tr.inflight = 0
	if cap(chunk) <= 1<<20 {
		tr.spare = chunk[:0]
	}
	if tr.lost {
		return nil
	}
	if err != nil {
		tr.forceClose(netError(err))
		return nil
	}
	tr.kickWriter()
	if err := tr.maybeResumeProtocol(t); err != nil {
		return err
	}
	if tr.writeBufferSize() == 0 {
		if tr.closing {
			tr.scheduleLost(nil)
		} else if tr.eofWritten {
			tr.closeWrite()
		}
	}
	return nil
}

// maybePauseProtocol tells the protocol to pause writing above the high
// water mark.
func (tr *netTransport) maybePauseProtocol(t *runtime.Thread) error {
	if tr.protoPause || tr.writeBufferSize() <= tr.highWater {
		return nil
	}
	tr.protoPause = true
	if err := tr.proto.pauseWriting(t); err != nil {
		return tr.reportError(t, err, "protocol.pause_writing() failed")
	}
	return nil
}

// maybeResumeProtocol tells the protocol to resume writing at or below
// the low water mark.
func (tr *netTransport) maybeResumeProtocol(t *runtime.Thread) error {
	if !tr.protoPause || tr.writeBufferSize() > tr.lowWater {
		return nil
	}
	tr.protoPause = false
	if err := tr.proto.resumeWriting(t); err != nil {
		return tr.reportError(t, err, "protocol.resume_writing() failed")
	}
	return nil
}

// writeEOF is transport.write_eof(): shut the sending side down once the
// buffer is flushed.
func (tr *netTransport) writeEOF() {
	if tr.closing || tr.eofWritten {
		return
	}
	tr.eofWritten = true
	if tr.writeBufferSize() == 0 {
		tr.closeWrite()
	}
}

func (tr *netTransport) closeWrite() {
	if cw, ok := tr.conn.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
	}
}

// close is transport.close(): stop reading, flush, then connection_lost.
func (tr *netTransport) close() {
	if tr.closing {
		return
	}
	tr.closing = true
	tr.stopReading()
	if tr.writeBufferSize() == 0 {
		tr.scheduleLost(nil)
	}
}

// forceClose drops the buffer and schedules connection_lost(exc).
func (tr *netTransport) forceClose(exc *runtime.Instance) {
	if tr.lost {
		return
	}
	tr.closing = true
	tr.stopReading()
	tr.wbuf = nil
	tr.scheduleLost(exc)
}

// scheduleLost schedules _call_connection_lost.
func (tr *netTransport) scheduleLost(exc *runtime.Instance) {
	if tr.lost {
		return
	}
	tr.lost = true
	if _, err := tr.loop.CallSoonGo("_call_connection_lost", func(t *runtime.Thread) error {
		return tr.callConnectionLost(t, exc)
	}); err != nil {
		tr.abortNow()
	}
}

// callConnectionLost tells the protocol, then closes the socket and
// detaches from the server.
func (tr *netTransport) callConnectionLost(t *runtime.Thread, exc *runtime.Instance) error {
	err := tr.proto.connectionLost(t, exc)
	tr.release()
	if tr.server != nil {
		tr.server.detach()
		tr.server = nil
	}
	return err
}

// release closes the socket and lets both goroutines end.
func (tr *netTransport) release() {
	_ = tr.conn.Close()
	tr.stopReading()
	if tr.wch != nil && !tr.wchClosed {
		tr.wchClosed = true
		close(tr.wch)
	}
	if tr.removeCloser != nil {
		tr.removeCloser()
		tr.removeCloser = nil
	}
	if tr.onRelease != nil {
		tr.onRelease()
		tr.onRelease = nil
	}
}

// abortNow releases everything without telling the protocol: the loop is
// closing.
func (tr *netTransport) abortNow() {
	tr.lost = true
	tr.closing = true
	tr.removeCloser = nil
	tr.release()
}

// fatal reports a protocol callback's exception and closes the
// connection with it (BaseSelectorTransport._fatal_error).
func (tr *netTransport) fatal(t *runtime.Thread, err error, msg string) error {
	exc, ok := err.(*runtime.Instance)
	if !ok || exc.Class.IsSubtype(runtime.SystemExitType) || exc.Class.IsSubtype(runtime.KeyboardInterruptType) {
		return err
	}
	if !exc.Class.IsSubtype(runtime.OSErrorType) {
		if e := tr.reportError(t, err, msg); e != nil {
			return e
		}
	}
	tr.forceClose(exc)
	return nil
}

// reportError hands a callback's exception to the loop's exception
// handler.
func (tr *netTransport) reportError(t *runtime.Thread, err error, msg string) error {
	exc, ok := err.(*runtime.Instance)
	if !ok {
		return err
	}
	ctx := runtime.NewDict()
	ctx.SetStr("message", runtime.Str(msg))
	ctx.SetStr("exception", runtime.Obj(exc))
	ctx.SetStr("transport", runtime.Obj(tr))
	ctx.SetStr("protocol", tr.protoV)
	return tr.loop.CallExceptionHandler(t, ctx)
}

// extraInfo is transport.get_extra_info(name, default).
func (tr *netTransport) extraInfo(name string, dflt runtime.Value) runtime.Value {
	switch name {
	case "peername":
		return addrTuple(tr.conn.RemoteAddr())
	case "sockname":
		return addrTuple(tr.conn.LocalAddr())
	case "socket":
		return runtime.Obj(&transportSocket{conn: tr.conn})
	}
	return dflt
}

// newAsyncioNetModule is the asyncio module with its network and thread
// functions, which work when opts allow them.
func newAsyncioNetModule(t *runtime.Thread, opts Options) (*runtime.Module, error) {
	m, err := newAsyncioModule(t)
	if err != nil {
		return nil, err
	}
	if opts.AllowNetwork {
		setNetworkAllowed(t)
	}
	installSubprocess(t, m, opts.AllowSubprocess)
	d := m.Dict
	fn := func(name string, f runtime.BuiltinFunc) { d.Set(name, newModuleFunc("asyncio", name, f)) }
	fn("open_connection", openConnection)
	fn("start_server", startServer)
	fn("to_thread", asyncioToThread)
	for _, typ := range []*runtime.Type{
		streamReaderType, streamWriterType, serverType, baseProtocolType, protocolType,
		bufferedProtocolType, datagramProtocolType, subprocessProtocolTyp,
	} {
		d.Set(typ.Name, runtime.Obj(typ))
	}
	d.Set("AbstractServer", runtime.Obj(serverType))
	return m, nil
}
