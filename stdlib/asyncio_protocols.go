package stdlib

import (
	"strconv"

	"github.com/aio-lang/aio/runtime"
)

// This file is asyncio's protocol layer as scripts see it: the Protocol
// base classes, the socket transport's methods, and loop.create_server /
// loop.create_connection, which call a script protocol's
// connection_made, data_received, eof_received and connection_lost in
// CPython's order.

// The protocol base classes of asyncio.protocols.
var (
	baseProtocolType      = newAsyncioType("BaseProtocol", "asyncio.protocols")
	protocolType          = newProtocolType("Protocol", baseProtocolType)
	bufferedProtocolType  = newProtocolType("BufferedProtocol", baseProtocolType)
	datagramProtocolType  = newProtocolType("DatagramProtocol", baseProtocolType)
	subprocessProtocolTyp = newProtocolType("SubprocessProtocol", baseProtocolType)
)

func newProtocolType(name string, base *runtime.Type) *runtime.Type {
	t := runtime.NewBuiltinType(name, base)
	t.Module = "asyncio.protocols"
	return t
}

// scriptProtocol adapts a script protocol object to netProtocol.
type scriptProtocol struct {
	obj runtime.Value
}

func (p *scriptProtocol) call(t *runtime.Thread, name string, args ...runtime.Value) (runtime.Value, error) {
	return runtime.CallMethod(t, p.obj, name, args...)
}

func (p *scriptProtocol) connectionMade(t *runtime.Thread, tr *netTransport) error {
	_, err := p.call(t, "connection_made", runtime.Obj(tr))
	return err
}

func (p *scriptProtocol) dataReceived(t *runtime.Thread, data []byte) error {
	_, err := p.call(t, "data_received", runtime.NewBytes(append([]byte(nil), data...)))
	return err
}

func (p *scriptProtocol) eofReceived(t *runtime.Thread) (bool, error) {
	r, err := p.call(t, "eof_received")
	if err != nil {
		return false, err
	}
	return runtime.Truth(t, r)
}

func (p *scriptProtocol) connectionLost(t *runtime.Thread, exc *runtime.Instance) error {
	arg := runtime.None
	if exc != nil {
		arg = runtime.Obj(exc)
	}
	_, err := p.call(t, "connection_lost", arg)
	return err
}

func (p *scriptProtocol) pauseWriting(t *runtime.Thread) error {
	_, err := p.call(t, "pause_writing")
	return err
}

func (p *scriptProtocol) resumeWriting(t *runtime.Thread) error {
	_, err := p.call(t, "resume_writing")
	return err
}

// scriptFactory calls a protocol factory.
func scriptFactory(factory runtime.Value) func(t *runtime.Thread) (netProtocol, runtime.Value, error) {
	return func(t *runtime.Thread) (netProtocol, runtime.Value, error) {
		p, err := runtime.Call(t, factory, nil, nil)
		if err != nil {
			return nil, runtime.Null, err
		}
		return &scriptProtocol{obj: p}, p, nil
	}
}

// roProperty makes a read-only property computed by get.
func roProperty(name string, get func(self runtime.Value) (runtime.Value, error)) runtime.Value {
	fget := runtime.NewBuiltin(name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 {
			return runtime.Null, typeError("%s getter takes one argument", name)
		}
		return get(args[0])
	})
	return runtime.Obj(&runtime.Property{Fget: fget, Fset: runtime.None, Fdel: runtime.None, Doc: runtime.None})
}

// bytesArg reads a bytes-like argument of write().
func bytesArg(fname string, v runtime.Value) ([]byte, error) {
	switch v.Type() {
	case runtime.BytesType, runtime.ByteArrayType:
		b, _ := runtime.BytesValue(v)
		return b, nil
	}
	if b, ok := runtime.BytesValue(v); ok {
		return b, nil
	}
	return nil, typeError("data argument must be a bytes-like object, not '%s'", v.TypeName())
}

// createConnectionArgs parses (protocol_factory, host=None, port=None, ...).
func netLoopArgs(fname string, args []runtime.Value, kwnames []string) (factory, host, port runtime.Value, startServing bool, err error) {
	npos := len(args) - len(kwnames)
	startServing = true
	var pos []runtime.Value
	pos = append(pos, args[:npos]...)
	var kwn []string
	var kwv []runtime.Value
	for i, k := range kwnames {
		switch k {
		case "start_serving":
			b, _ := runtime.Truth(nil, args[npos+i])
			startServing = b
		case "reuse_address", "reuse_port", "backlog", "family", "flags", "limit", "ssl", "sock", "local_addr", "server_hostname", "happy_eyeballs_delay", "interleave", "ssl_handshake_timeout", "ssl_shutdown_timeout", "proto":
			// Accepted and ignored (ssl=None, sock=None are the defaults).
			v := args[npos+i]
			if (k == "ssl" || k == "sock" || k == "local_addr") && !v.IsNone() {
				return runtime.Null, runtime.Null, runtime.Null, false, runtime.Errorf(runtime.NotImplementedErrorType, "%s=%s is not supported by aio", k, v.TypeName())
			}
		default:
			kwn = append(kwn, k)
			kwv = append(kwv, args[npos+i])
		}
	}
	all := append(pos, kwv...)
	err = pyArgs(fname, true, all, kwn, 1, []string{"protocol_factory", "host", "port"}, &factory, &host, &port)
	return
}

func init() {
	bp := baseProtocolType
	noop := func(name string, nargs int) {
		bp.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount(name, args, kwnames, nargs, nargs); err != nil {
				return runtime.Null, err
			}
			return runtime.None, nil
		})
	}
	noop("connection_made", 1)
	noop("connection_lost", 1)
	noop("pause_writing", 0)
	noop("resume_writing", 0)
	protocolType.AddMethod("data_received", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, runtime.ArgCount("data_received", args, kwnames, 1, 1)
	})
	protocolType.AddMethod("eof_received", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, runtime.ArgCount("eof_received", args, kwnames, 0, 0)
	})

	tt := transportType
	tt.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		tr := v.Raw().(*netTransport)
		s := "<_SelectorSocketTransport"
		if tr.lost {
			s += " closed"
		} else if tr.closing {
			s += " closing"
		}
		s += " fd=" + itoaFD(tr)
		if !tr.lost {
			if tr.isReading() {
				s += " read=polling"
			} else {
				s += " read=idle"
			}
			if tr.writeBufferSize() > 0 {
				s += " write=<polling, bufsize=" + strconv.Itoa(tr.writeBufferSize()) + ">"
			} else {
				s += " write=<idle, bufsize=0>"
			}
		}
		return s + ">", nil
	}
	trMethod := func(name string, min, max int, fn func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error)) {
		tt.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			tr, ok := self.Raw().(*netTransport)
			if !ok {
				return runtime.Null, typeError("descriptor '%s' requires a transport", name)
			}
			if err := runtime.ArgCount(name, args, kwnames, min, max); err != nil {
				return runtime.Null, err
			}
			return fn(t, tr, args)
		})
	}
	trMethod("write", 1, 1, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		b, err := bytesArg("write", args[0])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, tr.write(t, b)
	})
	trMethod("writelines", 1, 1, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		var buf []byte
		err := runtime.ForEach(t, args[0], func(v runtime.Value) (bool, error) {
			b, err := bytesArg("writelines", v)
			buf = append(buf, b...)
			return err == nil, err
		})
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, tr.write(t, buf)
	})
	trMethod("close", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		tr.close()
		return runtime.None, nil
	})
	trMethod("abort", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		tr.forceClose(nil)
		return runtime.None, nil
	})
	trMethod("is_closing", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(tr.closing), nil
	})
	trMethod("write_eof", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		tr.writeEOF()
		return runtime.None, nil
	})
	trMethod("can_write_eof", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		return runtime.True, nil
	})
	trMethod("get_write_buffer_size", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		return runtime.Int(int64(tr.writeBufferSize())), nil
	})
	trMethod("get_write_buffer_limits", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		return runtime.NewTuple([]runtime.Value{runtime.Int(int64(tr.lowWater)), runtime.Int(int64(tr.highWater))}), nil
	})
	tt.AddMethod("set_write_buffer_limits", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		tr, ok := self.Raw().(*netTransport)
		if !ok {
			return runtime.Null, typeError("a transport is required")
		}
		var high, low runtime.Value
		if err := pyArgs("set_write_buffer_limits", true, args, kwnames, 0, []string{"high", "low"}, &high, &low); err != nil {
			return runtime.Null, err
		}
		h, l := -1, -1
		if !high.IsNull() && !high.IsNone() {
			n, err := runtime.IndexInt(t, high)
			if err != nil {
				return runtime.Null, err
			}
			h = int(n)
		}
		if !low.IsNull() && !low.IsNone() {
			n, err := runtime.IndexInt(t, low)
			if err != nil {
				return runtime.Null, err
			}
			l = int(n)
		}
		if h < 0 {
			if l < 0 {
				h = defaultHighWater
			} else {
				h = 4 * l
			}
		}
		if l < 0 {
			l = h / 4
		}
		if !(h >= l && l >= 0) {
			return runtime.Null, valueError("high (%d) must be >= low (%d) must be >= 0", h, l)
		}
		tr.highWater, tr.lowWater = h, l
		return runtime.None, tr.maybePauseProtocol(t)
	})
	trMethod("pause_reading", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		tr.pauseReading()
		return runtime.None, nil
	})
	trMethod("resume_reading", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		tr.resumeReading()
		return runtime.None, nil
	})
	trMethod("is_reading", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(tr.isReading()), nil
	})
	trMethod("get_protocol", 0, 0, func(t *runtime.Thread, tr *netTransport, args []runtime.Value) (runtime.Value, error) {
		return tr.protoV, nil
	})
	tt.AddMethod("get_extra_info", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		tr, ok := self.Raw().(*netTransport)
		if !ok {
			return runtime.Null, typeError("a transport is required")
		}
		return transportExtraInfo(tr, args, kwnames)
	})

	lt := runtime.LoopType
	lt.AddMethod("create_server", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		factory, host, port, startServing, err := netLoopArgs("create_server", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		return awaitFuture("create_server", "BaseEventLoop.create_server", func(t *runtime.Thread) (*runtime.Future, error) {
			return createServer(t, host, port, startServing, scriptFactory(factory))
		}), nil
	})
	lt.AddMethod("create_connection", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		factory, host, port, _, err := netLoopArgs("create_connection", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		return connectCoro("create_connection", "BaseEventLoop.create_connection", func(t *runtime.Thread) (*runtime.Future, func(t *runtime.Thread) (netProtocol, runtime.Value, error), error) {
			fut, err := startConnect(t, host, port)
			return fut, scriptFactory(factory), err
		}, func(tr *netTransport) runtime.Value {
			return runtime.NewTuple([]runtime.Value{runtime.Obj(tr), tr.protoV})
		}), nil
	})
}

// startConnect checks the permission and arguments and starts dialing.
func startConnect(t *runtime.Thread, host, port runtime.Value) (*runtime.Future, error) {
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
	return connect(loop, h, p), nil
}

// transportExtraInfo is get_extra_info(name, default=None).
func transportExtraInfo(tr *netTransport, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var name, dflt runtime.Value
	if err := pyArgs("get_extra_info", true, args, kwnames, 1, []string{"name", "default"}, &name, &dflt); err != nil {
		return runtime.Null, err
	}
	if dflt.IsNull() {
		dflt = runtime.None
	}
	s, _ := runtime.StrValue(name)
	return tr.extraInfo(s, dflt), nil
}

func itoaFD(tr *netTransport) string {
	if tr.lost {
		return "-1"
	}
	return strconv.Itoa(connFD(tr.conn))
}
