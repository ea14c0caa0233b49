package runtime

import "sync"

// This file lets host resources (sockets, listeners, goroutines doing
// blocking work) tie their lifetime to an event loop: whatever is still
// open when the loop is closed or discarded is released then, so a
// program that ends with connections open leaks no descriptor and no
// goroutine.

// loopClosers maps a *Loop to its registered closers.
var loopClosers sync.Map

// closerSet is the closers of one loop, by registration id.
type closerSet struct {
	mu   sync.Mutex
	next int
	fns  map[int]func()
}

// OnClose registers fn to run (on the loop's goroutine) when l is closed
// or discarded. The returned function unregisters it; call it when the
// resource is released earlier.
func (l *Loop) OnClose(fn func()) (remove func()) {
	v, _ := loopClosers.LoadOrStore(l, &closerSet{fns: map[int]func(){}})
	s := v.(*closerSet)
	s.mu.Lock()
	id := s.next
	s.next++
	s.fns[id] = fn
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		delete(s.fns, id)
		s.mu.Unlock()
	}
}

// runClosers runs and forgets every closer registered on l.
func (l *Loop) runClosers() {
	v, ok := loopClosers.LoadAndDelete(l)
	if !ok {
		return
	}
	s := v.(*closerSet)
	s.mu.Lock()
	fns := s.fns
	s.fns = map[int]func(){}
	s.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}
