package parser

import (
	"strings"
	"testing"

	"github.com/aio-lang/aio/ast"
)

func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"1 + 2 * 3", "BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3)))"},
		{"-2**2", "UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))"},
		{"  x, y\n\n", "Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load())"},
		{"f(*a, **k)", "Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load()))])"},
		{"'a' 'b'", "Constant(value='ab')"},
		{"99999999999999999999", "Constant(value=99999999999999999999)"},
		{"-1", "UnaryOp(op=USub(), operand=Constant(value=1))"},
		{"await x ** 2", "BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2))"},
		{"lambda: 0", "Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))"},
	}
	for _, tt := range tests {
		e, err := ParseExpr("<string>", tt.src)
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := Dump(e, false); got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
	for _, bad := range []string{"x = 1", "1 +", "if x: pass", "1 2", "(", "yield"} {
		if _, err := ParseExpr("<string>", bad); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

func TestBigIntAndConstants(t *testing.T) {
	m, err := ParseFile("t", "a = 9223372036854775807\nb = 9223372036854775808\nc = 0x10000000000000000\nd = 1.5e300 * 1e300\n")
	if err != nil {
		t.Fatal(err)
	}
	val := func(i int) ast.ConstValue { return m.Body[i].(*ast.Assign).Value.(*ast.Constant).Value }
	if v := val(0); v.Kind != ast.ConstInt || v.Int != 9223372036854775807 {
		t.Errorf("a = %+v", v)
	}
	if v := val(1); v.Kind != ast.ConstBigInt || v.BigInt != "9223372036854775808" {
		t.Errorf("b = %+v", v)
	}
	if v := val(2); v.Kind != ast.ConstBigInt || v.BigInt != "18446744073709551616" {
		t.Errorf("c = %+v", v)
	}
}

func TestIsIncomplete(t *testing.T) {
	// What codeop.compile_command in CPython 3.11 treats as incomplete.
	incomplete := []string{
		"if x:", "if x:\n", "(1,", `"""abc`, "x = 1 \\", "@dec", "def f():", "class A:",
		"f(", "x = [1,\n2", "if x:\n  pass\nelse:", "try:\n  pass", "while x:\n  if y:\n",
		"for x in y:\n    pass\nelse:\n", "x = {\n",
	}
	for _, src := range incomplete {
		_, err := ParseFile("<stdin>", src)
		if !IsIncomplete(err) {
			t.Errorf("%q: want incomplete, got %v", src, err)
		}
	}
	complete := []string{"x = ", "1 +", "lambda:", "x = = 1", `x = "abc`, "for x in y:\n  pass", "1 2", ")"}
	for _, src := range complete {
		_, err := ParseFile("<stdin>", src)
		if IsIncomplete(err) {
			t.Errorf("%q: want not incomplete, got %v", src, err)
		}
	}
}

func TestSyntaxErrorFields(t *testing.T) {
	_, err := ParseFile("x.aio", "x = 1\nif x = 1:\n    pass\n")
	se, ok := err.(*SyntaxError)
	if !ok {
		t.Fatalf("got %T", err)
	}
	if se.Line != 2 || se.Col != 4 || se.EndCol != 9 || se.Kind != "SyntaxError" || se.Text != "if x = 1:" || se.Filename != "x.aio" {
		t.Errorf("got %+v", se)
	}
	if want := "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (x.aio, line 2)"; se.Error() != want {
		t.Errorf("Error() = %q", se.Error())
	}
	want := "  File \"x.aio\", line 2\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"
	if se.Format() != want {
		t.Errorf("Format() =\n%s", se.Format())
	}
}

func TestTopLevelReturnParses(t *testing.T) {
	// 'return' outside a function is the compiler's error, not the parser's.
	for _, src := range []string{"return 1\n", "yield x\n", "await y\n", "nonlocal z\n", "x = *a\n", "*a = b\n"} {
		if _, err := ParseFile("t", src); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestTargetContexts(t *testing.T) {
	src := "a, (b, [c, *d]), e.f, g[0] = x\nfor h, i in y: pass\nwith z as (j, k): pass\n[l for m, n in o]\ndel p, q.r, s[0]\nt += 1\nu: int = 2\n(v := 3)\n"
	m, err := ParseFile("t", src)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]ast.ExprContext{
		"a": ast.Store, "b": ast.Store, "c": ast.Store, "d": ast.Store, "e": ast.Load, "g": ast.Load,
		"h": ast.Store, "i": ast.Store, "j": ast.Store, "k": ast.Store, "l": ast.Load, "m": ast.Store,
		"n": ast.Store, "o": ast.Load, "p": ast.Del, "q": ast.Load, "s": ast.Load, "t": ast.Store,
		"u": ast.Store, "v": ast.Store, "x": ast.Load, "y": ast.Load, "z": ast.Load,
	}
	ast.InspectBody(m.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Name:
			if c, ok := want[n.Id]; ok && c != n.Ctx {
				t.Errorf("%s: ctx %d, want %d", n.Id, n.Ctx, c)
			}
		case *ast.Attribute:
			if n.Attr == "f" && n.Ctx != ast.Store || n.Attr == "r" && n.Ctx != ast.Del {
				t.Errorf(".%s: ctx %d", n.Attr, n.Ctx)
			}
		}
		return true
	})
}

func TestNoPanicEscapes(t *testing.T) {
	// Deeply nested input must give an error or a tree, never a crash.
	src := strings.Repeat("(", 5000) + strings.Repeat(")", 5000) + "\n"
	if _, err := ParseFile("t", src); err != nil {
		t.Logf("deep nesting: %v", err)
	}
}

func TestDeepInputIsAnError(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("-", 100000) + "1\n",
		strings.Repeat("not ", 100000) + "1\n",
		strings.Repeat("2**", 100000) + "1\n",
		strings.Repeat("lambda: ", 100000) + "1\n",
		strings.Repeat("(", 100000) + "1\n",
		"x = 1 if y else " + strings.Repeat("1 if y else ", 100000) + "2\n",
	} {
		if _, err := ParseFile("t", src); err == nil {
			t.Errorf("%.20q...: want an error", src)
		}
	}
}

func TestNewSyntaxError(t *testing.T) {
	src := "def f():\n    pass\nreturn 1\n"
	e := NewSyntaxError("x.aio", src, 3, 1, 9, "'return' outside function")
	want := "  File \"x.aio\", line 3\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"
	if got := e.Format(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	bare := &SyntaxError{Filename: "x.aio", Line: 2, Col: 1, Msg: "m", Kind: "SyntaxError"}
	if got, want := bare.Format(), "  File \"x.aio\", line 2\nSyntaxError: m\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
