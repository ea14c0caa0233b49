package stdlib

import (
	"context"
	"net"
	"strconv"
	"strings"
	"syscall"

	"github.com/aio-lang/aio/runtime"
)

// This file is asyncio's Server (base_events.Server): listening sockets
// whose accept loops run on goroutines and hand each connection to the
// loop, which makes a protocol and a transport for it. While a server
// listens its accept is a pending operation, so the loop keeps waiting for
// clients as CPython's does.

var serverType = newAsyncioType("Server", "asyncio.base_events")

// netServer is asyncio.Server.
type netServer struct {
	loop      *runtime.Loop
	listeners []net.Listener // nil once closed
	factory   func(t *runtime.Thread) (netProtocol, runtime.Value, error)
	active    int
	waiters   []*runtime.Future
	noWaiters bool // _waiters is None: woken up already
	serving   bool
	forever   *runtime.Future
	remove    func()
}

// Type makes netServer an Object.
func (*netServer) Type() *runtime.Type { return serverType }

// listen opens the listening sockets for host:port (off the loop): one
// per address, as CPython binds every getaddrinfo result; an empty host
// means 0.0.0.0 and :: (each with its own port when port is 0, as in
// CPython).
func listen(host string, port int) ([]net.Listener, *runtime.Instance) {
	type bindAddr struct {
		network, ip string
		optional    bool // skipped when the host has no IPv6
	}
	var addrs []bindAddr
	switch ip := net.ParseIP(host); {
	case host == "":
		addrs = []bindAddr{{"tcp4", "0.0.0.0", false}, {"tcp6", "::", true}}
	case ip != nil && ip.To4() != nil:
		addrs = []bindAddr{{"tcp4", host, false}}
	case ip != nil:
		addrs = []bindAddr{{"tcp6", host, false}}
	default:
		ips, err := net.DefaultResolver.LookupIPAddr(context.Background(), host)
		if err != nil {
			return nil, runtime.NewException(gaierrorType, runtime.Int(-2), runtime.Str("Name or service not known"))
		}
		seen := map[string]bool{}
		for _, a := range ips {
			s := a.IP.String()
			if seen[s] {
				continue
			}
			seen[s] = true
			if a.IP.To4() != nil {
				addrs = append(addrs, bindAddr{"tcp4", s, false})
			} else {
				addrs = append(addrs, bindAddr{"tcp6", s, false})
			}
		}
	}
	var lns []net.Listener
	for _, a := range addrs {
		ln, err := net.Listen(a.network, net.JoinHostPort(a.ip, strconv.Itoa(port)))
		if err == nil {
			lns = append(lns, ln)
			continue
		}
		errno, ok := errnoOf(err)
		if a.optional && ok && (errno == syscall.EAFNOSUPPORT || errno == syscall.EADDRNOTAVAIL) {
			continue
		}
		for _, ln := range lns {
			_ = ln.Close()
		}
		if !ok {
			return nil, runtime.Errorf(runtime.OSErrorType, "%s", err.Error())
		}
		sa := runtime.ReprNoThread(addrTuple(&net.TCPAddr{IP: net.ParseIP(a.ip), Port: port}))
		return nil, newOSError(errno, "error while attempting to bind on address "+sa+": "+strings.ToLower(strerror(errno)))
	}
	if len(lns) == 0 {
		return nil, runtime.Errorf(runtime.OSErrorType, "could not bind on any address out of %s", runtime.ReprNoThread(runtime.NewTuple(nil)))
	}
	return lns, nil
}

// startServing launches the accept loops.
func (s *netServer) startServing() {
	if s.serving || s.listeners == nil {
		return
	}
	s.serving = true
	for _, ln := range s.listeners {
		s.loop.StartOp()
		go s.acceptLoop(ln, registerListener(ln))
	}
}

// acceptLoop accepts connections on its own goroutine. The pending
// operation of the next accept starts before the current one completes,
// so the loop never sees the server idle.
func (s *netServer) acceptLoop(ln net.Listener, log *acceptLog) {
	defer unregisterListener(ln)
	for {
		conn, err := ln.Accept()
		if err != nil {
			if errno, ok := errnoOf(err); ok && (errno == syscall.EMFILE || errno == syscall.ENFILE || errno == syscall.ECONNABORTED) {
				continue
			}
			s.loop.Complete(func(*runtime.Thread) error { return nil })
			return
		}
		s.loop.StartOp()
		s.loop.Complete(func(t *runtime.Thread) error { return s.onAccept(t, conn, log) })
		log.markDelivered(conn.RemoteAddr().String())
	}
}

// onAccept makes the protocol and transport of an accepted connection.
func (s *netServer) onAccept(t *runtime.Thread, conn net.Conn, log *acceptLog) error {
	if s.listeners == nil || s.loop.IsClosed() {
		_ = conn.Close()
		log.forget(conn.RemoteAddr().String())
		return nil
	}
	proto, protoV, err := s.factory(t)
	if err != nil {
		_ = conn.Close()
		log.forget(conn.RemoteAddr().String())
		exc, ok := err.(*runtime.Instance)
		if !ok {
			return err
		}
		ctx := runtime.NewDict()
		ctx.SetStr("message", runtime.Str("Error on transport creation for incoming connection"))
		ctx.SetStr("exception", runtime.Obj(exc))
		return s.loop.CallExceptionHandler(t, ctx)
	}
	tr, err := newTransport(t, s.loop, conn, proto, protoV, s)
	if err != nil {
		log.forget(conn.RemoteAddr().String())
		return err
	}
	tr.onRelease = func() { log.forget(conn.RemoteAddr().String()) }
	return nil
}

// detach is Server._detach: a connection of the server was lost.
func (s *netServer) detach() {
	if s.active > 0 {
		s.active--
	}
	if s.active == 0 && s.listeners == nil {
		s.wakeup()
	}
}

// wakeup resolves wait_closed's waiters.
func (s *netServer) wakeup() {
	waiters := s.waiters
	s.waiters = nil
	s.noWaiters = true
	for _, w := range waiters {
		if !w.Done() {
			_ = w.SetResult(w.Value())
		}
	}
}

// close is Server.close(): stop listening; connections stay open.
func (s *netServer) close(t *runtime.Thread) {
	lns := s.listeners
	if lns == nil {
		return
	}
	s.listeners = nil
	for _, ln := range lns {
		_ = ln.Close()
	}
	if s.remove != nil {
		s.remove()
		s.remove = nil
	}
	s.serving = false
	if s.forever != nil && !s.forever.Done() {
		_, _ = s.forever.Cancel(t, runtime.Null)
		s.forever = nil
	}
	if s.active == 0 {
		s.wakeup()
	}
}

// abortNow closes the listeners when the loop closes.
func (s *netServer) abortNow() {
	for _, ln := range s.listeners {
		_ = ln.Close()
	}
	s.listeners = nil
	s.remove = nil
}

// sockets is Server.sockets.
func (s *netServer) sockets() runtime.Value {
	items := make([]runtime.Value, len(s.listeners))
	for i, ln := range s.listeners {
		items[i] = runtime.Obj(&transportSocket{ln: ln})
	}
	return runtime.NewTuple(items)
}

// waitClosed is Server.wait_closed().
func (s *netServer) waitClosed() runtime.Value {
	return newAsyncCoro("wait_closed", "Server.wait_closed", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 1 {
			return runtime.None, err
		}
		if s.listeners == nil || s.noWaiters {
			return runtime.None, nil
		}
		w := s.loop.CreateFuture()
		s.waiters = append(s.waiters, w)
		c.PC = 1
		return c.Await(w.Value())
	})
}

// serveForever is Server.serve_forever().
func (s *netServer) serveForever(self runtime.Value) runtime.Value {
	var fut *runtime.Future
	var cancelled error
	return newAsyncCoro("serve_forever", "Server.serve_forever", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		switch c.PC {
		case 0:
			if s.forever != nil {
				rep, _ := runtime.Repr(t, self)
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "server %s is already being awaited on serve_forever()", rep)
			}
			if s.listeners == nil {
				rep, _ := runtime.Repr(t, self)
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "server %s is closed", rep)
			}
			s.startServing()
			fut = s.loop.CreateFuture()
			s.forever = fut
			c.PC = 1
			return c.Await(fut.Value())
		case 1:
			if s.forever == fut {
				s.forever = nil
			}
			if err != nil && runtime.IsInstanceOf(err, runtime.CancelledErrorType) {
				s.close(t)
				cancelled = err
				c.PC = 2
				return c.Await(s.waitClosed())
			}
			return runtime.None, err
		}
		// After wait_closed (or its failure): re-raise the cancellation.
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Null, cancelled
	})
}

func init() {
	st := serverType
	st.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		s := v.Raw().(*netServer)
		r, err := runtime.Repr(t, s.sockets())
		if err != nil {
			return "", err
		}
		return "<Server sockets=" + r + ">", nil
	}
	method := func(name string, fn func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error)) {
		st.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			s, ok := self.Raw().(*netServer)
			if !ok {
				return runtime.Null, typeError("descriptor '%s' requires a 'Server' object", name)
			}
			if name == "__aexit__" {
				return fn(t, s, self)
			}
			if err := pyArgs("Server."+name, true, args, kwnames, 0, nil); err != nil {
				return runtime.Null, err
			}
			return fn(t, s, self)
		})
	}
	method("close", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		s.close(t)
		return runtime.None, nil
	})
	method("wait_closed", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		return s.waitClosed(), nil
	})
	method("serve_forever", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		return s.serveForever(self), nil
	})
	method("start_serving", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		return newAsyncCoro("start_serving", "Server.start_serving", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if c.PC == 0 {
				s.startServing()
				c.PC = 1
				return c.Yield()
			}
			return runtime.None, err
		}), nil
	})
	method("is_serving", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		return runtime.Bool(s.serving), nil
	})
	method("get_loop", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		return s.loop.Value(), nil
	})
	method("__aenter__", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		return newAsyncCoro("__aenter__", "Server.__aenter__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			return self, nil
		}), nil
	})
	method("__aexit__", func(t *runtime.Thread, s *netServer, self runtime.Value) (runtime.Value, error) {
		return newAsyncCoro("__aexit__", "Server.__aexit__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if c.PC == 0 {
				s.close(t)
				c.PC = 1
				return c.Await(s.waitClosed())
			}
			return runtime.None, err
		}), nil
	})
	st.Dict.Set("sockets", roProperty("sockets", func(self runtime.Value) (runtime.Value, error) {
		s, ok := self.Raw().(*netServer)
		if !ok {
			return runtime.Null, typeError("a Server is required")
		}
		return s.sockets(), nil
	}))

	ts := transportSocketType
	ts.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		s := v.Raw().(*transportSocket)
		var c any = s.conn
		if s.ln != nil {
			c = s.ln
		}
		fam := "2"
		if ta, ok := s.local().(*net.TCPAddr); ok && ta.IP.To4() == nil {
			fam = "10"
		}
		out := "<asyncio.TransportSocket fd=" + strconv.Itoa(connFD(c)) + ", family=" + fam + ", type=1, proto=6, laddr=" + addrRepr(s.local())
		if s.conn != nil {
			out += ", raddr=" + addrRepr(s.conn.RemoteAddr())
		}
		return out + ">", nil
	}
	sockMethod := func(name string, fn func(s *transportSocket) runtime.Value) {
		ts.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			s, ok := self.Raw().(*transportSocket)
			if !ok {
				return runtime.Null, typeError("a TransportSocket is required")
			}
			if err := runtime.ArgCount(name, args, kwnames, 0, 0); err != nil {
				return runtime.Null, err
			}
			return fn(s), nil
		})
	}
	sockMethod("getsockname", func(s *transportSocket) runtime.Value { return addrTuple(s.local()) })
	sockMethod("getpeername", func(s *transportSocket) runtime.Value {
		if s.conn == nil {
			return runtime.None
		}
		return addrTuple(s.conn.RemoteAddr())
	})
	sockMethod("fileno", func(s *transportSocket) runtime.Value {
		if s.ln != nil {
			return runtime.Int(int64(connFD(s.ln)))
		}
		return runtime.Int(int64(connFD(s.conn)))
	})
}

// createServer is the shared body of loop.create_server and
// asyncio.start_server: listen off the loop, then start serving.
func createServer(t *runtime.Thread, host, port runtime.Value, startServing bool, factory func(t *runtime.Thread) (netProtocol, runtime.Value, error)) (*runtime.Future, error) {
	if err := checkNetwork(t); err != nil {
		return nil, err
	}
	loop, err := runtime.GetRunningLoop(t)
	if err != nil {
		return nil, err
	}
	h, p, err := hostPort(t, host, port)
	if err != nil {
		return nil, err
	}
	type listenResult struct {
		lns []net.Listener
		exc *runtime.Instance
	}
	fut := loop.CreateFuture()
	goOp(loop, fut, func() any {
		lns, exc := listen(h, p)
		return listenResult{lns, exc}
	}, func(t *runtime.Thread, res any) (runtime.Value, error) {
		r := res.(listenResult)
		if r.exc != nil {
			return runtime.Null, r.exc
		}
		s := &netServer{loop: loop, listeners: r.lns, factory: factory}
		s.remove = loop.OnClose(s.abortNow)
		if startServing {
			s.startServing()
		}
		return runtime.Obj(s), nil
	}, func(res any) {
		for _, ln := range res.(listenResult).lns {
			_ = ln.Close()
		}
	})
	return fut, nil
}

// awaitFuture is a coroutine that awaits fut and returns its result.
func awaitFuture(name, qualname string, start func(t *runtime.Thread) (*runtime.Future, error)) runtime.Value {
	return newAsyncCoro(name, qualname, func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			fut, err := start(t)
			if err != nil {
				return runtime.Null, err
			}
			c.PC = 1
			return c.Await(fut.Value())
		}
		return r, err
	})
}
