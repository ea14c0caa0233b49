package aio_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/aio-lang/aio"
)

// newInterp makes an interpreter whose output goes to a buffer.
func newInterp(t *testing.T, opts ...aio.Option) (*aio.Interpreter, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	opts = append([]aio.Option{aio.WithStdout(&out), aio.WithStderr(&out)}, opts...)
	in := aio.New(opts...)
	t.Cleanup(func() { in.Close() })
	return in, &out
}

func mustExec(t *testing.T, in *aio.Interpreter, src string) {
	t.Helper()
	if err := in.Exec(context.Background(), "test.aio", src); err != nil {
		t.Fatalf("Exec: %v", err)
	}
}

func asError(t *testing.T, err error) *aio.Error {
	t.Helper()
	var e *aio.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *aio.Error", err, err)
	}
	return e
}

func TestExecKeepsGlobals(t *testing.T) {
	in, out := newInterp(t)
	mustExec(t, in, "x = 40\ndef add(a, b=2):\n    return a + b\n")
	mustExec(t, in, "print(add(x))")
	if got := out.String(); got != "42\n" {
		t.Fatalf("output %q", got)
	}
	v, err := in.Eval(context.Background(), "add(x, b=3)")
	if err != nil || v != int64(43) {
		t.Fatalf("Eval = %v, %v", v, err)
	}
}

func TestEvalValues(t *testing.T) {
	in, _ := newInterp(t)
	big1, _ := new(big.Int).SetString("100000000000000000000", 10)
	for _, tc := range []struct {
		expr string
		want any
	}{
		{"None", nil},
		{"True", true},
		{"7 * 6", int64(42)},
		{"10 ** 20", big1},
		{"1.5", 1.5},
		{"'héllo'", "héllo"},
		{"b'ab'", []byte("ab")},
		{"bytearray(b'x')", []byte("x")},
		{"[1, 'a', [2.5]]", []any{int64(1), "a", []any{2.5}}},
		{"(1, 2)", []any{int64(1), int64(2)}},
		{"{'a': 1, 'b': [None]}", map[string]any{"a": int64(1), "b": []any{nil}}},
		{"{1: 'x', (2): 'y'}", map[any]any{int64(1): "x", int64(2): "y"}},
		{"{3}", []any{int64(3)}},
	} {
		got, err := in.Eval(context.Background(), tc.expr)
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s = %#v, want %#v", tc.expr, got, tc.want)
		}
	}
}

func TestSetGetRoundTrip(t *testing.T) {
	in, out := newInterp(t)
	type pair struct{ A, B int }
	fn := func(x int) int { return x * 2 }
	values := map[string]any{
		"n":    7,
		"u8":   uint8(200),
		"f32":  float32(0.5),
		"s":    "str",
		"b":    []byte{1, 2},
		"d":    1500 * time.Millisecond,
		"ints": []int{1, 2, 3},
		"m":    map[string]int{"z": 1, "a": 2},
		"nest": map[string]any{"l": []any{1, "x", nil}},
		"nil":  nil,
		"st":   pair{1, 2},
		"p":    &pair{3, 4},
		"fn":   fn,
		"ch":   make(chan int),
	}
	for k, v := range values {
		if err := in.Set(k, v); err != nil {
			t.Fatalf("Set(%s): %v", k, err)
		}
	}
	mustExec(t, in, `print(n, u8, f32, s, b, d, ints, m, nest, nil)
print(type(st).__name__, st.A, st.B, p.A + p.B, fn(21))`)
	want := "7 200 0.5 str b'\\x01\\x02' 1.5 [1, 2, 3] {'a': 2, 'z': 1} {'l': [1, 'x', None]} None\npair 1 2 7 42\n"
	if got := out.String(); got != want {
		t.Fatalf("output\n%q\nwant\n%q", got, want)
	}
	// Go values that have no plain aio equivalent come back as themselves.
	for _, k := range []string{"p", "ch"} {
		got, err := in.Get(k)
		if err != nil || got != values[k] {
			t.Errorf("Get(%s) = %v, %v; want the same value", k, got, err)
		}
	}
	got, _ := in.Get("st")
	if got != (pair{1, 2}) {
		t.Errorf("Get(st) = %#v", got)
	}
	gotFn, _ := in.Get("fn")
	if f, ok := gotFn.(func(int) int); !ok || f(1) != 2 {
		t.Errorf("Get(fn) = %T", gotFn)
	}
	if _, err := in.Get("missing"); asError(t, err).Type != "NameError" {
		t.Errorf("Get(missing): %v", err)
	}
}

type Point struct {
	X, Y  int
	Label string `aio:"label"`
	Inner struct{ Z float64 }
	Tags  []string
	skip  int
	Hide  int `aio:"-"`
}

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Sum() int         { return p.X + p.Y }

func TestStructPointerMutations(t *testing.T) {
	in, out := newInterp(t)
	p := &Point{X: 1, Y: 2, Label: "a", Tags: []string{"t"}, skip: 1}
	if err := in.Set("p", p); err != nil {
		t.Fatal(err)
	}
	mustExec(t, in, `p.X = 10
p.label = p.label + "b"
p.Inner.Z = 2.5
p.Move(1, 1)
print(p.X, p.Y, p.label, p.Inner.Z, p.Sum(), p.Tags)
try:
    p.X = "no"
except TypeError as e:
    print(e)
try:
    p.nope
except AttributeError as e:
    print(e)
try:
    p.Hide
except AttributeError as e:
    print(e)
print(hasattr(p, "skip"))
`)
	want := "11 3 ab 2.5 14 ['t']\nattribute 'X' of 'Point' object must be int, not str\n'Point' object has no attribute 'nope'\n'Point' object has no attribute 'Hide'\nFalse\n"
	if got := out.String(); got != want {
		t.Fatalf("output\n%q\nwant\n%q", got, want)
	}
	if p.X != 11 || p.Y != 3 || p.Label != "ab" || p.Inner.Z != 2.5 {
		t.Fatalf("Go side not updated: %+v", p)
	}
	// Changes on the Go side show in the script.
	p.Y = 100
	v, err := in.Eval(context.Background(), "p.Y")
	if err != nil || v != int64(100) {
		t.Fatalf("p.Y = %v, %v", v, err)
	}
}

func TestFuncTyped(t *testing.T) {
	in, out := newInterp(t)
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	check(in.Func("add", func(a, b int) int { return a + b }))
	check(in.Func("join", aio.GoFunc{Fn: func(sep string, parts ...string) string { return strings.Join(parts, sep) }, Params: []string{"sep", "parts"}}))
	check(in.Func("divmod2", aio.GoFunc{Fn: func(a, b int) (int, int, error) {
		if b == 0 {
			return 0, 0, &aio.Error{Type: "ZeroDivisionError", Message: "division by zero"}
		}
		return a / b, a % b, nil
	}, Params: []string{"a", "b"}}))
	check(in.Func("ctxval", func(ctx context.Context) string { return fmt.Sprint(ctx.Value(ctxKey{})) }))
	check(in.Func("low", func(args []any, kwargs map[string]any) (any, error) {
		return fmt.Sprintf("%v %v", args, kwargs), nil
	}))
	check(in.Func("boom", func() { panic("oops") }))
	check(in.Func("fails", func() error { return errors.New("go failure") }))
	check(in.Func("point", func(p Point) Point { p.X++; return p }))
	check(in.Func("sumall", func(xs []float64, m map[string]int) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		for _, v := range m {
			s += float64(v)
		}
		return s
	}))
	ctx := context.WithValue(context.Background(), ctxKey{}, "from-ctx")
	err := in.Exec(ctx, "t.aio", `
print(add(2, 3), join("-", "a", "b"), join(sep="+"), divmod2(b=3, a=7))
print(ctxval(), low(1, "x", k=[2]))
print(point({"X": 1, "label": "L"}).X, sumall([1, 2.5], {"a": 1}))
for bad in ['add("x", 1)', 'add(1)', 'add(1, 2, 3)', 'add(a=1, b=2)', 'divmod2(1, a=2)',
            'divmod2(1, c=2)', 'divmod2(1, 0)', 'boom()', 'fails()', 'sumall([1, "x"], {})']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
`)
	if err != nil {
		t.Fatal(err)
	}
	want := `5 a-b  (2, 1)
from-ctx [1 x] map[k:[2]]
2 4.5
TypeError: add() argument 1 must be int, not str
TypeError: add() takes exactly 2 arguments (1 given)
TypeError: add() takes exactly 2 arguments (3 given)
TypeError: add() takes no keyword arguments
TypeError: divmod2() got multiple values for argument 'a'
TypeError: divmod2() got an unexpected keyword argument 'c'
ZeroDivisionError: division by zero
RuntimeError: Go function boom panicked: oops
RuntimeError: go failure
TypeError: sumall() argument 1 item 1 must be float, not str
`
	if got := out.String(); got != want {
		t.Fatalf("output\n%s\nwant\n%s", got, want)
	}
}

type ctxKey struct{}

var errSentinel = errors.New("sentinel")

func TestGoErrorUnwraps(t *testing.T) {
	in, _ := newInterp(t)
	in.Func("fail", func() error { return fmt.Errorf("wrapped: %w", errSentinel) })
	err := in.Exec(context.Background(), "t.aio", "fail()")
	e := asError(t, err)
	if e.Type != "RuntimeError" || !errors.Is(err, errSentinel) {
		t.Fatalf("got %v (%s), want a RuntimeError wrapping the sentinel", err, e.Type)
	}
	if len(e.Frames) == 0 || e.Frames[0].Line != 1 || !strings.Contains(e.Traceback, "RuntimeError: wrapped: sentinel") {
		t.Fatalf("frames %v traceback %q", e.Frames, e.Traceback)
	}
}

func TestSyntaxError(t *testing.T) {
	in, _ := newInterp(t)
	err := in.Exec(context.Background(), "bad.aio", "x = 1\ny = (\n")
	e := asError(t, err)
	if e.Type != "SyntaxError" || len(e.Frames) != 1 || e.Frames[0].File != "bad.aio" || e.Frames[0].Line == 0 {
		t.Fatalf("got %#v", e)
	}
	if _, err := aio.Compile("x.aio", "def f(:\n"); asError(t, err).Type != "SyntaxError" {
		t.Fatalf("Compile: %v", err)
	}
}

func TestCallSyncAndAsync(t *testing.T) {
	in, _ := newInterp(t, aio.WithVirtualTime())
	mustExec(t, in, `
import asyncio
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
counter = Counter()
def double(x):
    return x * 2
async def slow(x):
    await asyncio.sleep(10)
    return [x, await asyncio.sleep(0, "done")]
async def bad():
    raise ValueError("nope")
`)
	ctx := context.Background()
	if v, err := in.Call(ctx, "double", 21); err != nil || v != int64(42) {
		t.Fatalf("double: %v %v", v, err)
	}
	if v, err := in.Call(ctx, "counter.inc", 5); err != nil || v != int64(5) {
		t.Fatalf("counter.inc: %v %v", v, err)
	}
	v, err := in.Call(ctx, "slow", "x")
	if err != nil || !reflect.DeepEqual(v, []any{"x", "done"}) {
		t.Fatalf("slow: %v %v", v, err)
	}
	_, err = in.Call(ctx, "bad")
	if e := asError(t, err); e.Type != "ValueError" || e.Message != "nope" {
		t.Fatalf("bad: %v", err)
	}
	// Objects: script values without a Go equivalent.
	obj, err := in.Get("counter")
	if err != nil {
		t.Fatal(err)
	}
	o, ok := obj.(*aio.Object)
	if !ok || o.TypeName() != "Counter" {
		t.Fatalf("Get(counter) = %T %v", obj, obj)
	}
	inc, _ := o.Attr("inc")
	if v, err := inc.(*aio.Object).Call(ctx, 2); err != nil || v != int64(7) {
		t.Fatalf("inc: %v %v", v, err)
	}
	if err := in.Set("again", o); err != nil {
		t.Fatal(err)
	}
	if v, _ := in.Eval(ctx, "again is counter"); v != true {
		t.Fatalf("identity lost")
	}
}

func TestModule(t *testing.T) {
	in, out := newInterp(t)
	err := in.Module("host", map[string]any{
		"version": "1.2",
		"square":  func(x float64) float64 { return x * x },
		"fetch": aio.GoFunc{Async: true, Fn: func(ctx context.Context, key string) (string, error) {
			return "value of " + key, nil
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	mustExec(t, in, `
import asyncio, host
async def main():
    return await host.fetch("k")
print(host.version, host.square(3), asyncio.run(main()), host.square)
`)
	if got := out.String(); got != "1.2 9.0 value of k <built-in function square>\n" {
		t.Fatalf("output %q", got)
	}
	in2, _ := newInterp(t, aio.WithoutModules("time"))
	if err := in2.Exec(context.Background(), "t.aio", "import time"); asError(t, err).Type != "ModuleNotFoundError" {
		t.Fatalf("import time: %v", err)
	}
}

func TestProgramRunMany(t *testing.T) {
	prog, err := aio.Compile("prog.aio", "total = total + step\n")
	if err != nil {
		t.Fatal(err)
	}
	expr, err := aio.CompileExpr("total * 2")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		in, _ := newInterp(t)
		in.Set("total", i)
		in.Set("step", 10)
		for j := 0; j < 2; j++ {
			if _, err := in.Run(context.Background(), prog); err != nil {
				t.Fatal(err)
			}
		}
		if v, err := in.Run(context.Background(), expr); err != nil || v != int64(2*(i+20)) {
			t.Fatalf("run %d: %v %v", i, v, err)
		}
	}
}

func TestInteractiveTopLevelAwait(t *testing.T) {
	in, out := newInterp(t)
	if err := in.Start(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, src := range []string{
		"import asyncio",
		"q = asyncio.Queue()",
		"async def producer():\n    for i in range(3):\n        await q.put(i)\n",
		"t = asyncio.create_task(producer())",
		"await q.get()",
		"[await q.get() for _ in range(2)]",
		"1 + 1",
	} {
		p, err := aio.CompileInteractive("<stdin>", src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if _, err := in.Run(ctx, p); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
	}
	if got := out.String(); got != "0\n[1, 2]\n2\n" {
		t.Fatalf("output %q", got)
	}
}

func TestArgsForm(t *testing.T) {
	in, out := newInterp(t)
	in.Func("describe", func(a aio.Args) (any, error) {
		n, err := a.Int(0)
		if err != nil {
			return nil, err
		}
		s, err := a.String(1)
		if err != nil {
			return nil, err
		}
		var xs []float64
		if err := a.Into(2, &xs); err != nil {
			return nil, err
		}
		sep, _, _ := a.Kwarg("sep")
		if sep == nil {
			sep = " "
		}
		return fmt.Sprint(n, sep, s, sep, xs, sep, a.Len()), nil
	})
	mustExec(t, in, `
print(describe(1, "a", [1, 2.5], sep="|"))
for bad in ['describe("x", "a", [])', 'describe(1, 2, [])', 'describe(1, "a", ["z"])', 'describe(1)']:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
`)
	want := `1|a|[1 2.5]|3
describe() argument 1 must be int, not str
describe() argument 2 must be str, not int
describe() argument 3 item 0 must be float, not str
describe() missing required argument 2 (got 1)
`
	if got := out.String(); got != want {
		t.Fatalf("output\n%s\nwant\n%s", got, want)
	}
}

func TestInterrupt(t *testing.T) {
	in, _ := newInterp(t)
	done := make(chan error, 1)
	go func() { done <- in.Exec(context.Background(), "t.aio", "while True: pass") }()
	time.Sleep(20 * time.Millisecond)
	in.Interrupt()
	select {
	case err := <-done:
		if asError(t, err).Type != "KeyboardInterrupt" {
			t.Fatalf("got %v", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("not interrupted")
	}
}

func TestNoPanicEscapes(t *testing.T) {
	in, _ := newInterp(t)
	// Values that cannot be converted are errors, not panics.
	cyclic := []any{nil}
	cyclic[0] = cyclic
	if err := in.Set("c", cyclic); err == nil {
		t.Error("cyclic value accepted")
	}
	if err := in.Func("f", 42); err == nil {
		t.Error("Func(42) accepted")
	}
	var nilp *Point
	if err := in.Set("p", nilp); err != nil {
		t.Error(err)
	}
	type bad struct{ F func() }
	in.Set("b", &bad{})
	in.Func("str", func(p *Point) string { return p.Label })
	for _, src := range []string{"b.F()", "str(None)", "str(1)", "p.X", "type(b)()"} {
		err := in.Exec(context.Background(), "t.aio", src)
		if err == nil {
			t.Errorf("%s: no error", src)
			continue
		}
		if e := asError(t, err); e.Type == "SystemError" {
			t.Errorf("%s: %v", src, err)
		}
	}
}
