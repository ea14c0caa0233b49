package stdlib

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"syscall"

	"github.com/aio-lang/aio/runtime"
)

// This file is the client side of asyncio's sockets and what both sides
// share: socket addresses as Python shows them, OSError from errno with
// CPython's messages, name resolution and connecting (each address in
// turn, as BaseEventLoop.create_connection does) on a goroutine, and the
// coroutine that turns a connected socket into a transport.

// fd is the socket's descriptor, for reprs.
func connFD(c any) int {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return -1
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return -1
	}
	fd := -1
	_ = rc.Control(func(f uintptr) { fd = int(f) })
	return fd
}

// addrTuple is a socket address as Python shows it: (host, port) for
// IPv4, (host, port, flowinfo, scope_id) for IPv6.
func addrTuple(a net.Addr) runtime.Value {
	ta, ok := a.(*net.TCPAddr)
	if !ok || ta == nil {
		return runtime.None
	}
	if ta.IP.To4() != nil {
		return runtime.NewTuple([]runtime.Value{runtime.Str(ta.IP.String()), runtime.Int(int64(ta.Port))})
	}
	return runtime.NewTuple([]runtime.Value{runtime.Str(ta.IP.String()), runtime.Int(int64(ta.Port)), runtime.Int(0), runtime.Int(0)})
}

// addrRepr is repr(addrTuple(a)) without a thread.
func addrRepr(a net.Addr) string {
	return runtime.ReprNoThread(addrTuple(a))
}

// transportSocket is asyncio.trsock.TransportSocket: what server.sockets
// and get_extra_info('socket') return.
type transportSocket struct {
	conn net.Conn
	ln   net.Listener
}

var transportSocketType = newAsyncioType("TransportSocket", "asyncio.trsock")

// Type makes transportSocket an Object.
func (*transportSocket) Type() *runtime.Type { return transportSocketType }

func (s *transportSocket) local() net.Addr {
	if s.ln != nil {
		return s.ln.Addr()
	}
	return s.conn.LocalAddr()
}

// errnoOf finds the errno inside a Go network error.
func errnoOf(err error) (syscall.Errno, bool) {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno, true
	}
	return 0, false
}

// errnoType is the OSError subclass CPython raises for errno.
func errnoType(errno syscall.Errno) *runtime.Type {
	switch errno {
	case syscall.ECONNREFUSED:
		return runtime.ConnectionRefusedType
	case syscall.ECONNRESET:
		return runtime.ConnectionResetType
	case syscall.ECONNABORTED:
		return runtime.ConnectionAbortedType
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return runtime.BrokenPipeErrorType
	case syscall.ETIMEDOUT:
		return runtime.TimeoutErrorType
	case syscall.EACCES, syscall.EPERM:
		return runtime.PermissionErrorType
	}
	return runtime.OSErrorType
}

// strerror is the C library's message for errno, capitalised like glibc.
func strerror(errno syscall.Errno) string {
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return msg
}

// newOSError makes OSError(errno, strerror) of the right subclass.
func newOSError(errno syscall.Errno, msg string) *runtime.Instance {
	e := runtime.NewException(errnoType(errno), runtime.Int(int64(errno)), runtime.Str(msg))
	e.Dict.Set("errno", runtime.Int(int64(errno)))
	e.Dict.Set("strerror", runtime.Str(msg))
	return e
}

// netError converts an error of a socket read or write.
func netError(err error) *runtime.Instance {
	if errno, ok := errnoOf(err); ok {
		return newOSError(errno, strerror(errno))
	}
	if errors.Is(err, net.ErrClosed) {
		return newOSError(syscall.EBADF, strerror(syscall.EBADF))
	}
	return runtime.Errorf(runtime.OSErrorType, "%s", err.Error())
}

// gaierrorType is socket.gaierror.
var gaierrorType = runtime.NewExceptionType("gaierror", "socket", runtime.OSErrorType)

// hostPort reads the host and port arguments (host None means every
// interface, port None means 0).
func hostPort(t *runtime.Thread, host, port runtime.Value) (string, int, error) {
	h := ""
	if !host.IsNull() && !host.IsNone() {
		s, ok := runtime.StrValue(host)
		if !ok {
			if lst, isList := host.Raw().(*runtime.List); isList && len(lst.Items) > 0 {
				s, ok = runtime.StrValue(lst.Items[0])
			}
			if !ok {
				return "", 0, typeError("host must be a str, not %s", host.TypeName())
			}
		}
		h = s
	}
	p := 0
	if !port.IsNull() && !port.IsNone() {
		switch {
		case port.IsInt():
			p = int(port.AsInt())
		default:
			s, ok := runtime.StrValue(port)
			if !ok {
				return "", 0, typeError("port must be int or str, not %s", port.TypeName())
			}
			n, err := strconv.Atoi(s)
			if err != nil {
				return "", 0, runtime.Errorf(gaierrorType, "[Errno -8] Servname not supported for ai_socktype")
			}
			p = n
		}
		if p < 0 || p > 65535 {
			return "", 0, runtime.Errorf(runtime.OverflowErrorType, "getsockaddrarg: port must be 0-65535.")
		}
	}
	return h, p, nil
}

// dialResult is what a connecting goroutine hands back: a connection, or
// the errors of every address tried.
type dialResult struct {
	conn   net.Conn
	errs   []dialError
	dnsErr error
}

type dialError struct {
	addr *net.TCPAddr
	err  error
}

// dial resolves host and connects to each address in turn, like
// BaseEventLoop.create_connection.
func dial(ctx context.Context, host string, port int) dialResult {
	if host == "" {
		host = "localhost"
	}
	var ips []net.IPAddr
	if ip := net.ParseIP(host); ip != nil {
		ips = []net.IPAddr{{IP: ip}}
	} else {
		r, err := net.DefaultResolver.LookupIPAddr(ctx, host)
		if err != nil {
			return dialResult{dnsErr: err}
		}
		ips = r
	}
	var res dialResult
	var d net.Dialer
	for _, ip := range ips {
		addr := &net.TCPAddr{IP: ip.IP, Port: port, Zone: ip.Zone}
		c, err := d.DialContext(ctx, "tcp", addr.String())
		if err == nil {
			waitAccepted(c)
			return dialResult{conn: c}
		}
		res.errs = append(res.errs, dialError{addr: addr, err: err})
		if ctx.Err() != nil {
			break
		}
	}
	return res
}

// exception converts a failed dial to CPython's exception.
func (r dialResult) exception() *runtime.Instance {
	if r.dnsErr != nil {
		var de *net.DNSError
		if errors.As(r.dnsErr, &de) && !de.IsNotFound {
			e := runtime.NewException(gaierrorType, runtime.Int(-3), runtime.Str("Temporary failure in name resolution"))
			return e
		}
		return runtime.NewException(gaierrorType, runtime.Int(-2), runtime.Str("Name or service not known"))
	}
	if len(r.errs) == 0 {
		return runtime.NewException(runtime.OSErrorType, runtime.Str("getaddrinfo() returned empty list"))
	}
	excs := make([]*runtime.Instance, len(r.errs))
	for i, de := range r.errs {
		msg := "Connect call failed " + addrRepr(de.addr)
		if errno, ok := errnoOf(de.err); ok {
			excs[i] = newOSError(errno, msg)
		} else {
			excs[i] = runtime.NewException(runtime.OSErrorType, runtime.Str(de.err.Error()))
		}
	}
	if len(excs) == 1 {
		return excs[0]
	}
	strs := make([]string, len(excs))
	same := true
	for i, e := range excs {
		s, _ := runtime.ToStr(nil, runtime.Obj(e))
		strs[i] = s
		if s != strs[0] {
			same = false
		}
	}
	if same {
		return excs[0]
	}
	return runtime.NewException(runtime.OSErrorType, runtime.Str("Multiple exceptions: "+strings.Join(strs, ", ")))
}

// goOp runs work on a goroutine as a pending operation of loop and
// resolves fut on the loop with finish's outcome. If fut was cancelled
// meanwhile, discard gets work's result instead (to close what it made).
func goOp(loop *runtime.Loop, fut *runtime.Future, work func() any, finish func(t *runtime.Thread, res any) (runtime.Value, error), discard func(res any)) {
	loop.StartOp()
	go func() {
		res := work()
		loop.Complete(func(t *runtime.Thread) error {
			if fut.Done() || loop.IsClosed() {
				if discard != nil {
					discard(res)
				}
				return nil
			}
			v, err := finish(t, res)
			if err != nil {
				exc, ok := err.(*runtime.Instance)
				if !ok {
					return err
				}
				return fut.SetExceptionInstance(exc)
			}
			return fut.SetResult(v)
		})
	}()
}

// cancelOnDone calls cancel when fut is cancelled (a dial in progress).
func cancelOnDone(fut *runtime.Future, cancel context.CancelFunc) {
	_ = fut.AddGoCallback(&runtime.GoCallback{Name: "_cancel_dial", Fn: func(t *runtime.Thread, f *runtime.Future) error {
		cancel()
		return nil
	}})
}

// connBox carries a connected socket from the dialing goroutine to the
// coroutine that makes its transport.
type connBox struct{ conn net.Conn }

var connBoxType = newAsyncioType("_connected_socket", "asyncio.base_events")

// Type makes connBox an Object.
func (*connBox) Type() *runtime.Type { return connBoxType }

// connect dials host:port off the loop; the returned future resolves to
// a connBox.
func connect(loop *runtime.Loop, host string, port int) *runtime.Future {
	dialFut := loop.CreateFuture()
	ctx, cancel := context.WithCancel(context.Background())
	cancelOnDone(dialFut, cancel)
	goOp(loop, dialFut, func() any {
		return dial(ctx, host, port)
	}, func(t *runtime.Thread, res any) (runtime.Value, error) {
		r := res.(dialResult)
		if r.conn == nil {
			return runtime.Null, r.exception()
		}
		return runtime.Obj(&connBox{conn: r.conn}), nil
	}, func(res any) {
		if r := res.(dialResult); r.conn != nil {
			_ = r.conn.Close()
		}
	})
	return dialFut
}

// connectCoro is the coroutine of create_connection/open_connection, as
// BaseEventLoop.create_connection runs: await the dial, make the
// protocol and the transport, wait one loop turn for connection_made
// (CPython's waiter), then return result(tr).
func connectCoro(name, qualname string, start func(t *runtime.Thread) (*runtime.Future, func(t *runtime.Thread) (netProtocol, runtime.Value, error), error), result func(tr *netTransport) runtime.Value) runtime.Value {
	var tr *netTransport
	var dialFut *runtime.Future
	var makeProto func(t *runtime.Thread) (netProtocol, runtime.Value, error)
	return newAsyncCoro(name, qualname, func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		switch c.PC {
		case 0:
			fut, mk, err := start(t)
			if err != nil {
				return runtime.Null, err
			}
			dialFut, makeProto = fut, mk
			c.PC = 1
			return c.Await(fut.Value())
		case 1:
			if err != nil {
				// Connected, but cancelled before we could use it.
				if dialFut.Done() && !dialFut.Cancelled() && !dialFut.HasException() {
					if v, e := dialFut.Result(); e == nil {
						if box, ok := v.Raw().(*connBox); ok {
							_ = box.conn.Close()
						}
					}
				}
				return runtime.Null, err
			}
			box := r.Raw().(*connBox)
			loop := dialFut.Loop()
			proto, protoV, err := makeProto(t)
			if err != nil {
				_ = box.conn.Close()
				return runtime.Null, err
			}
			if tr, err = newTransport(t, loop, box.conn, proto, protoV, nil); err != nil {
				return runtime.Null, err
			}
			waiter := loop.CreateFuture()
			if _, err := loop.CallSoonGo("_set_result_unless_cancelled", func(t *runtime.Thread) error {
				if !waiter.Cancelled() {
					return waiter.SetResult(runtime.None)
				}
				return nil
			}); err != nil {
				return runtime.Null, err
			}
			c.PC = 2
			return c.Await(waiter.Value())
		}
		if err != nil {
			tr.close()
			return runtime.Null, err
		}
		return result(tr), nil
	})
}
