package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aio-lang/aio/ast"
)

// TestInspectReachesEveryNode checks ast.Inspect against the dump: every
// Name, Constant, Call, arg, keyword and handler in a parsed program must be
// visited.
func TestInspectReachesEveryNode(t *testing.T) {
	files, _ := filepath.Glob("testdata/ast/*.aio")
	more, _ := filepath.Glob("testdata/conformance/*/*.aio")
	for _, path := range append(files, more...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseFile(path, string(src))
		if err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{}
		ast.InspectBody(m.Body, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.Name:
				counts["Name("]++
			case *ast.Constant:
				counts["Constant("]++
			case *ast.Call:
				counts["Call("]++
			case *ast.Arg:
				counts["arg("]++
			case *ast.Keyword:
				counts["keyword("]++
			case *ast.ExceptHandler:
				counts["ExceptHandler("]++
			}
			return true
		})
		dump := DumpModule(m, false)
		for _, kind := range []string{"Name(", "Constant(", "Call(", "arg(", "keyword(", "ExceptHandler("} {
			if want := strings.Count(dump, kind) - strings.Count(dump, "_"+kind); counts[kind] != want {
				t.Errorf("%s: Inspect visited %d %s nodes, the dump has %d", path, counts[kind], kind, want)
			}
		}
	}
}

func TestInspectStopsWhenToldTo(t *testing.T) {
	m, err := ParseFile("t.aio", "f(g(x))\n")
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	ast.InspectBody(m.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.Call); ok {
			calls++
			return false
		}
		return true
	})
	if calls != 1 {
		t.Fatalf("visited %d calls, want 1", calls)
	}
}
