package parser

import (
	"strings"
	"testing"

	"github.com/aio-lang/aio/ast"
)

// TestChunkBoundaries puts statements that continue over several lines
// (else clauses, decorators, errors at a dedent) at every position around
// the first chunk boundary.
func TestChunkBoundaries(t *testing.T) {
	for n := minChunkTokens/4 - 8; n < minChunkTokens/4+8; n++ {
		prefix := strings.Repeat("x = 1\n", n)
		line := n + 1

		m, err := ParseFile("t", prefix+"if x:\n  pass\nelse:\n  pass\n@d\n@e\ndef f(): pass\ntry:\n  pass\nfinally:\n  pass\n")
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if len(m.Body) != n+3 {
			t.Fatalf("n=%d: %d statements", n, len(m.Body))
		}
		if s, ok := m.Body[n].(*ast.If); !ok || len(s.Orelse) != 1 {
			t.Fatalf("n=%d: else clause lost: %#v", n, m.Body[n])
		}
		if f, ok := m.Body[n+1].(*ast.FunctionDef); !ok || len(f.DecoratorList) != 2 {
			t.Fatalf("n=%d: decorators lost: %#v", n, m.Body[n+1])
		}

		_, err = ParseFile("t", prefix+"def f():\n  if y:\nz = 1\n")
		se, ok := err.(*SyntaxError)
		if !ok || se.Kind != "IndentationError" || se.Line != line+2 || se.Col != 0 || se.Incomplete {
			t.Fatalf("n=%d: got %#v", n, err)
		}

		_, err = ParseFile("t", prefix+"try:\n  pass\n")
		se, ok = err.(*SyntaxError)
		if !ok || se.Msg != "expected 'except' or 'finally' block" || se.Line != line+1 || !se.Incomplete {
			t.Fatalf("n=%d: got %#v", n, err)
		}
	}
}
