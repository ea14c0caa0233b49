package runtime

import "testing"

// TestLoopOnClose checks that closers run once when a loop is closed or
// discarded, and not after they were removed.
func TestLoopOnClose(t *testing.T) {
	for _, discard := range []bool{false, true} {
		th := &Thread{MaxDepth: 100}
		l := NewLoop(th)
		ran := map[string]int{}
		l.OnClose(func() { ran["a"]++ })
		remove := l.OnClose(func() { ran["b"]++ })
		remove()
		if discard {
			l.Discard()
		} else if err := l.Close(th); err != nil {
			t.Fatal(err)
		}
		l.Discard()
		if ran["a"] != 1 || ran["b"] != 0 {
			t.Errorf("discard=%v: closers ran %v", discard, ran)
		}
	}
}
