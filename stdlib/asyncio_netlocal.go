package stdlib

import (
	"net"
	"strconv"
	"sync"
	"time"
)

// This file keeps a client and a server of the same process in CPython's
// order. When a CPython program connects to its own server, the server's
// accept and the client's connect complete in the same selector pass, so
// the server's connection_made runs before open_connection returns. Here
// they complete on two goroutines, so a client dialing a listener of this
// process waits (briefly) until the server side of its connection has been
// handed to the loop before handing over its own.

// localListeners maps the address of every listener of this process to
// its accept bookkeeping.
var localListeners sync.Map // string -> *acceptLog

// acceptLog records which client addresses a listener has handed to its
// loop, while their server-side transports live.
type acceptLog struct {
	mu        sync.Mutex
	delivered map[string]bool
	waiters   map[string]chan struct{}
}

func registerListener(ln net.Listener) *acceptLog {
	a := &acceptLog{delivered: map[string]bool{}, waiters: map[string]chan struct{}{}}
	localListeners.Store(ln.Addr().String(), a)
	return a
}

func unregisterListener(ln net.Listener) {
	localListeners.Delete(ln.Addr().String())
}

// delivered records that the connection from client was handed to the
// loop and wakes a dialer waiting for it.
func (a *acceptLog) markDelivered(client string) {
	a.mu.Lock()
	a.delivered[client] = true
	if w, ok := a.waiters[client]; ok {
		close(w)
		delete(a.waiters, client)
	}
	a.mu.Unlock()
}

// forget drops a closed connection's record.
func (a *acceptLog) forget(client string) {
	a.mu.Lock()
	delete(a.delivered, client)
	a.mu.Unlock()
}

// waitAccepted blocks until the in-process server behind conn's remote
// address has handed the connection to its loop, or a short timeout.
func waitAccepted(conn net.Conn) {
	v, ok := localListeners.Load(conn.RemoteAddr().String())
	if !ok {
		// A listener on every interface serves this address too.
		ta, isTCP := conn.RemoteAddr().(*net.TCPAddr)
		if !isTCP {
			return
		}
		wild := "0.0.0.0"
		if ta.IP.To4() == nil {
			wild = "::"
		}
		if v, ok = localListeners.Load(net.JoinHostPort(wild, strconv.Itoa(ta.Port))); !ok {
			return
		}
	}
	a := v.(*acceptLog)
	key := conn.LocalAddr().String()
	a.mu.Lock()
	if a.delivered[key] {
		a.mu.Unlock()
		return
	}
	w := make(chan struct{})
	a.waiters[key] = w
	a.mu.Unlock()
	timer := time.NewTimer(200 * time.Millisecond)
	defer timer.Stop()
	select {
	case <-w:
	case <-timer.C:
		a.mu.Lock()
		delete(a.waiters, key)
		a.mu.Unlock()
	}
}
