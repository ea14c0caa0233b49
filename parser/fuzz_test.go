package parser

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/aio-lang/aio/ast"
)

// FuzzParse checks that no input makes the parser panic or hang: every
// result is a tree with sane positions or a *SyntaxError that formats.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"x = 1\n", "def f(a, /, b=1, *c, d, **e): return a\n", "f'{x=!r:>{w}}'\n", "if x:\n  pass\nelse:\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<13 {
			return
		}
		m, err := ParseFile("fuzz.aio", src)
		checkResult(t, m, err)
		e, err := ParseExpr("fuzz", src)
		if err == nil {
			checkPositions(t, e)
		} else {
			checkError(t, err)
		}
	})
}

func checkResult(t *testing.T, m *ast.Module, err error) {
	if err != nil {
		checkError(t, err)
		return
	}
	DumpModule(m, true)
	for _, s := range m.Body {
		checkPositions(t, s)
	}
}

func checkError(t *testing.T, err error) {
	se, ok := err.(*SyntaxError)
	if !ok {
		t.Fatalf("error is %T, not *SyntaxError: %v", err, err)
	}
	if strings.Contains(se.Msg, "internal parser error") {
		t.Fatalf("%v", se)
	}
	if se.Line < 1 || se.Msg == "" || se.Kind == "" {
		t.Fatalf("incomplete error %+v", se)
	}
	se.Format()
}

func checkPositions(t *testing.T, n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		p := n.Span()
		if p.Line < 1 || p.EndLine < p.Line || p.Col < 0 || p.EndLine == p.Line && p.EndCol < p.Col {
			t.Fatalf("%T has bad span %+v", n, p)
		}
		return true
	})
}

// TestFuzzSeedsExist makes sure the seed corpus is in place.
func TestFuzzSeedsExist(t *testing.T) {
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzParse/*")
	if len(seeds) < 30 {
		t.Fatalf("only %d seeds in testdata/fuzz/FuzzParse", len(seeds))
	}
}
