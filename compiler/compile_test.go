package compiler_test

import (
	"errors"
	"testing"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/parser"
)

// TestCompileErrors checks the syntax errors found after parsing, with
// CPython 3.11's messages and lines.
func TestCompileErrors(t *testing.T) {
	cases := []struct {
		src, msg string
		line     int
	}{
		{"return 1\n", "'return' outside function", 1},
		{"break\n", "'break' outside loop", 1},
		{"continue\n", "'continue' not properly in loop", 1},
		{"await x\n", "'await' outside function", 1},
		{"def f():\n    await g()\n", "'await' outside async function", 2},
		{"yield 1\n", "'yield' outside function", 1},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level", 1},
		{"def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2},
		{"def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1},
		{"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last", 3},
		{"a, *b, *c = [1, 2, 3]\n", "multiple starred expressions in assignment", 1},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3},
		{"def f():\n    async for x in y:\n        pass\n", "'async for' outside async function", 2},
		{"def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2},
	}
	for _, c := range cases {
		mod, err := parser.ParseFile("t.aio", c.src)
		if err != nil {
			t.Errorf("%q: parse error %v", c.src, err)
			continue
		}
		_, err = compiler.Compile("t.aio", mod, compiler.ModeExec)
		var ce *compiler.Error
		if !errors.As(err, &ce) {
			t.Errorf("%q: got %v, want a compile error", c.src, err)
			continue
		}
		if ce.Msg != c.msg || ce.Line != c.line {
			t.Errorf("%q: got %q at line %d, want %q at line %d", c.src, ce.Msg, ce.Line, c.msg, c.line)
		}
	}
}

// TestTopLevelAwait: interactive mode accepts await at top level.
func TestTopLevelAwait(t *testing.T) {
	mod, err := parser.ParseFile("<stdin>", "await f()\n")
	if err != nil {
		t.Fatal(err)
	}
	code, err := compiler.Compile("<stdin>", mod, compiler.ModeInteractive)
	if err != nil {
		t.Fatal(err)
	}
	if code.Flags&compiler.FlagTopLevelAwait == 0 {
		t.Fatal("interactive code not flagged for top-level await")
	}
}
