package vm

import (
	"bytes"
	goruntime "runtime"
	"strings"
	"testing"
	"weak"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

// testBuiltins is a minimal builtins namespace so the vm can be tested
// without the standard library.
func testBuiltins() *runtime.AttrDict {
	b := runtime.NewAttrDict()
	b.Set("print", runtime.NewBuiltin("print", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		parts := make([]string, len(args))
		for i, a := range args {
			s, err := runtime.ToStr(t, a)
			if err != nil {
				return runtime.Null, err
			}
			parts[i] = s
		}
		t.Stdout.Write([]byte(strings.Join(parts, " ") + "\n"))
		return runtime.None, nil
	}))
	for _, typ := range []*runtime.Type{runtime.RangeType, runtime.IntType, runtime.StrType, runtime.ListType,
		runtime.TupleType, runtime.DictType, runtime.ObjectType, runtime.TypeType, runtime.SuperType} {
		b.Set(typ.Name, runtime.Obj(typ))
	}
	for _, typ := range runtime.ExceptionTypes {
		b.Set(typ.Name, runtime.Obj(typ))
	}
	return b
}

func runSrc(t *testing.T, src string) (string, error) {
	t.Helper()
	m := New(testBuiltins())
	var out bytes.Buffer
	m.Thread.Stdout = &out
	code, err := m.Compile("test.aio", src, compiler.ModeExec)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	_, err = m.RunModule(code, m.Main)
	if err != nil {
		return out.String(), err
	}
	return out.String(), nil
}

func TestVMBasics(t *testing.T) {
	cases := []struct{ src, want string }{
		{"print(1 + 2)", "3\n"},
		{"def f(a, b=2):\n    return a * b\nprint(f(3), f(3, 4), f(b=5, a=1))", "6 12 5\n"},
		{"def fib(n):\n    if n < 2:\n        return n\n    return fib(n-1) + fib(n-2)\nprint(fib(20))", "6765\n"},
		{"x = 0\nfor i in range(10):\n    x += i\nprint(x)", "45\n"},
		{"def g():\n    yield 1\n    yield 2\nfor v in g():\n    print(v)", "1\n2\n"},
		{"def outer():\n    n = 1\n    def inner():\n        return n + 1\n    return inner()\nprint(outer())", "2\n"},
		{"try:\n    1/0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('fin')", "caught division by zero\nfin\n"},
		{"class A:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\nclass B(A):\n    def get(self):\n        return super().get() * 10\nprint(B(4).get())", "40\n"},
		{"def f():\n    try:\n        return 1\n    finally:\n        print('f')\nprint(f())", "f\n1\n"},
		{"a, *b, c = [1, 2, 3, 4]\nprint(a, b, c)", "1 [2, 3] 4\n"},
		{"print([x * x for x in range(5) if x % 2 == 0])", "[0, 4, 16]\n"},
		{"def gen():\n    x = yield 1\n    print('got', x)\n    yield 2\ng = gen()\nprint(next(g) if False else g.send(None))\nprint(g.send('hi'))", "1\ngot hi\n2\n"},
		{"def inner():\n    yield 1\n    return 'r'\ndef outer():\n    r = yield from inner()\n    print('r', r)\n    yield 2\nfor v in outer():\n    print(v)", "1\nr r\n2\n"},
		{"while True:\n    break\nelse:\n    print('no')\nprint('yes')", "yes\n"},
		{"x = 5\ndef f():\n    global x\n    x = 7\nf()\nprint(x)", "7\n"},
		{"def c():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    inc(); inc()\n    return inc()\nprint(c())", "3\n"},
	}
	for _, c := range cases {
		got, err := runSrc(t, c.src)
		if err != nil {
			t.Errorf("%q: error %v (output %q)", c.src, err, got)
			continue
		}
		if got != c.want {
			t.Errorf("%q: got %q want %q", c.src, got, c.want)
		}
	}
}

// A frame that returns to the pool must not keep the value it returned: a
// list built by a function (and by the comprehension in it) is collected
// once the caller drops it.
func TestReturnedValueNotHeldByPooledFrame(t *testing.T) {
	b := testBuiltins()
	var tracked weak.Pointer[runtime.List]
	b.Set("track", runtime.NewBuiltin("track", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		tracked = weak.Make(args[0].Raw().(*runtime.List))
		return runtime.None, nil
	}))
	m := New(b)
	code, err := m.Compile("test.aio", "def make():\n    return [x for x in range(1000)]\ntrack(make())\n", compiler.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.RunModule(code, m.Main); err != nil {
		t.Fatal(err)
	}
	goruntime.GC()
	if tracked.Value() != nil {
		t.Error("the list is still reachable after the script dropped it")
	}
	goruntime.KeepAlive(m)
}
