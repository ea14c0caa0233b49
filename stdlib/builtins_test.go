package stdlib

import (
	"math"
	"strings"
	"testing"

	"github.com/aio-lang/aio/runtime"
)

// The expected lines below are what python3 (3.11) prints for
// `print(repr(f(...)))`, or `Type: message` for an exception.

func TestCoreBuiltins(t *testing.T) {
	e := newEnv(Options{})
	cases := []callCase{
		{"len", nil, nil, "TypeError: len() takes exactly one argument (0 given)"},
		{"len", V(I(1), I(2)), nil, "TypeError: len() takes exactly one argument (2 given)"},
		{"len", nil, []any{"x", I(1)}, "TypeError: len() takes no keyword arguments"},
		{"len", V(L(I(1), I(2))), nil, "2"},
		{"len", V(S("héllo")), nil, "5"},
		{"len", V(I(5)), nil, "TypeError: object of type 'int' has no len()"},
		{"abs", nil, nil, "TypeError: abs() takes exactly one argument (0 given)"},
		{"abs", V(I(-5)), nil, "5"},
		{"abs", V(F(-2.5)), nil, "2.5"},
		{"abs", V(runtime.True), nil, "1"},
		{"abs", V(I(-9223372036854775808)), nil, "9223372036854775808"},
		{"abs", V(S("x")), nil, "TypeError: bad operand type for abs(): 'str'"},
		{"getattr", V(I(1)), nil, "TypeError: getattr expected at least 2 arguments, got 1"},
		{"getattr", V(I(1), I(2)), nil, "TypeError: attribute name must be string, not 'int'"},
		{"getattr", V(I(1), S("zz"), S("d")), nil, "'d'"},
		{"getattr", V(I(1), S("zz")), nil, "AttributeError: 'int' object has no attribute 'zz'"},
		{"setattr", V(I(1), S("x")), nil, "TypeError: setattr expected 3 arguments, got 2"},
		{"hasattr", V(I(1), I(2)), nil, "TypeError: attribute name must be string, not 'int'"},
		{"hasattr", V(I(1), S("zz")), nil, "False"},
		{"delattr", V(I(1), S("x")), nil, "AttributeError: 'int' object has no attribute 'x'"},
		{"isinstance", V(I(1)), nil, "TypeError: isinstance expected 2 arguments, got 1"},
		{"isinstance", V(I(1), I(1)), nil, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance", V(I(1), T(runtime.Obj(runtime.IntType), T(runtime.Obj(runtime.StrType), I(1)))), nil, "True"},
		{"isinstance", V(I(1), T(runtime.Obj(runtime.StrType), T(runtime.Obj(runtime.IntType), I(1)))), nil, "True"},
		{"isinstance", V(I(1), T(runtime.Obj(runtime.StrType), I(1))), nil, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance", V(runtime.True, runtime.Obj(runtime.IntType)), nil, "True"},
		{"isinstance", V(S("a"), T()), nil, "False"},
		{"issubclass", V(I(1), runtime.Obj(runtime.IntType)), nil, "TypeError: issubclass() arg 1 must be a class"},
		{"issubclass", V(runtime.Obj(runtime.IntType), I(1)), nil, "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
		{"issubclass", V(runtime.Obj(runtime.BoolType), T(runtime.Obj(runtime.StrType), runtime.Obj(runtime.IntType))), nil, "True"},
		{"chr", V(I(-1)), nil, "ValueError: chr() arg not in range(0x110000)"},
		{"chr", V(S("a")), nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"chr", V(F(1.5)), nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"chr", V(I(65)), nil, "'A'"},
		{"chr", V(I(0x1F600)), nil, "'😀'"},
		{"ord", V(S("ab")), nil, "TypeError: ord() expected a character, but string of length 2 found"},
		{"ord", V(S("")), nil, "TypeError: ord() expected a character, but string of length 0 found"},
		{"ord", V(I(1)), nil, "TypeError: ord() expected string of length 1, but int found"},
		{"ord", V(runtime.NewBytes([]byte("ab"))), nil, "TypeError: ord() expected a character, but string of length 2 found"},
		{"ord", V(runtime.NewBytes([]byte("A"))), nil, "65"},
		{"ord", V(S("é")), nil, "233"},
		{"ord", V(S("😀")), nil, "128512"},
		{"hex", V(F(1.5)), nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"hex", V(I(-255)), nil, "'-0xff'"},
		{"hex", V(runtime.True), nil, "'0x1'"},
		{"oct", V(I(8)), nil, "'0o10'"},
		{"bin", V(I(-5)), nil, "'-0b101'"},
		{"bin", V(big10(21)), nil, "'0b1101100011010111001001101011011100010111011110101000000000000000000000'"},
		{"hex", V(I(-9223372036854775808)), nil, "'-0x8000000000000000'"},
		{"format", V(I(1), I(2)), nil, "TypeError: format() argument 2 must be str, not int"},
		{"format", V(I(5), S("03d")), nil, "'005'"},
		{"format", V(S("ab"), S(">4")), nil, "'  ab'"},
		{"callable", nil, nil, "TypeError: callable() takes exactly one argument (0 given)"},
		{"callable", V(runtime.Obj(runtime.IntType)), nil, "True"},
		{"callable", V(I(1)), nil, "False"},
		{"vars", V(I(1)), nil, "TypeError: vars() argument must have __dict__ attribute"},
		{"dir", V(I(1), I(2)), nil, "TypeError: dir expected at most 1 argument, got 2"},
		{"id", nil, nil, "TypeError: id() takes exactly one argument (0 given)"},
		{"hash", V(L()), nil, "TypeError: unhashable type: 'list'"},
		{"hash", V(I(-1)), nil, "-2"},
		{"repr", nil, nil, "TypeError: repr() takes exactly one argument (0 given)"},
		{"repr", V(S("x")), nil, "\"'x'\""},
		{"ascii", V(S("é")), nil, "\"'\\\\xe9'\""},
		{"iter", nil, nil, "TypeError: iter expected at least 1 argument, got 0"},
		{"iter", V(I(1), I(2)), nil, "TypeError: iter(v, w): v must be callable"},
		{"iter", V(I(1)), nil, "TypeError: 'int' object is not iterable"},
		{"next", nil, nil, "TypeError: next expected at least 1 argument, got 0"},
		{"next", V(L()), nil, "TypeError: 'list' object is not an iterator"},
		{"exit", V(I(3)), nil, "SystemExit: 3"},
		{"quit", nil, nil, "SystemExit: "},
		{"open", V(S("x")), nil, "PermissionError: open() is disabled in this interpreter"},
	}
	runCases(t, e, cases)
}

func TestNextAndIterSentinel(t *testing.T) {
	e := newEnv(Options{})
	it, err := runtime.Iter(e.t, L(I(1)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.call(t, "next", V(it))
	if got := show(e.t, r, err); got != "1" {
		t.Errorf("next = %s", got)
	}
	r, err = e.call(t, "next", V(it, S("d")))
	if got := show(e.t, r, err); got != "'d'" {
		t.Errorf("next default = %s", got)
	}
	_, err = e.call(t, "next", V(it))
	if got := show(e.t, runtime.Null, err); got != "StopIteration: " {
		t.Errorf("next exhausted = %s", got)
	}
	// iter(callable, sentinel) over a countdown.
	n := int64(3)
	count := goFn(func(args []runtime.Value) (runtime.Value, error) { n--; return I(n), nil })
	ci, err := e.call(t, "iter", V(count, I(0)))
	if err != nil {
		t.Fatal(err)
	}
	if ci.TypeName() != "callable_iterator" {
		t.Errorf("type %s", ci.TypeName())
	}
	items, err := runtime.ToSlice(e.t, ci)
	if got := show(e.t, L(items...), err); got != "[2, 1]" {
		t.Errorf("iter sentinel = %s", got)
	}
}

func TestIterBuiltins(t *testing.T) {
	e := newEnv(Options{})
	neg := goFn(func(args []runtime.Value) (runtime.Value, error) { return runtime.Neg(nil, args[0]) })
	add := goFn(func(args []runtime.Value) (runtime.Value, error) {
		return runtime.BinaryOp(nil, runtime.OpAdd, args[0], args[1])
	})
	odd := goFn(func(args []runtime.Value) (runtime.Value, error) { return runtime.Bool(args[0].AsInt()%2 == 1), nil })
	list := func(fn string, args []runtime.Value, kw ...any) string {
		r, err := e.call(t, fn, args, kw...)
		if err != nil {
			return show(e.t, r, err)
		}
		items, err := runtime.ToSlice(e.t, r)
		return show(e.t, L(items...), err)
	}
	abc := S("abc")
	cases := []struct{ got, want string }{
		{list("enumerate", V(S("ab"), I(5))), "[(5, 'a'), (6, 'b')]"},
		{list("enumerate", V(S("ab")), "start", I(5)), "[(5, 'a'), (6, 'b')]"},
		{list("enumerate", nil), "TypeError: enumerate() missing required argument 'iterable'"},
		{list("enumerate", V(I(1))), "TypeError: 'int' object is not iterable"},
		{list("enumerate", V(S("a")), "start", S("x")), "TypeError: 'str' object cannot be interpreted as an integer"},
		{list("enumerate", V(S("ab"), I(9223372036854775807))), "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]"},
		{list("zip", V(S("ab"), L(I(1), I(2), I(3)))), "[('a', 1), ('b', 2)]"},
		{list("zip", V(S("ab"), L(I(1), I(2), I(3))), "strict", runtime.True), "ValueError: zip() argument 2 is longer than argument 1"},
		{list("zip", V(abc, L(I(1), I(2))), "strict", runtime.True), "ValueError: zip() argument 2 is shorter than argument 1"},
		{list("zip", V(S("ab"), L(I(1), I(2)), S("x")), "strict", runtime.True), "ValueError: zip() argument 3 is shorter than arguments 1-2"},
		{list("zip", V(S("a"), S("bc"), S("d")), "strict", runtime.True), "ValueError: zip() argument 2 is longer than argument 1"},
		{list("zip", nil), "[]"},
		{list("zip", V(S("ab")), "strict", I(1)), "[('a',), ('b',)]"},
		{list("zip", V(I(1))), "TypeError: 'int' object is not iterable"},
		{list("map", V(add, L(I(1), I(2)), L(I(3), I(4), I(5)))), "[4, 6]"},
		{list("map", V(neg, L(I(1), I(2)))), "[-1, -2]"},
		{list("map", V(neg)), "TypeError: map() must have at least two arguments."},
		{list("filter", V(N, L(I(0), I(1), I(2), S("")))), "[1, 2]"},
		{list("filter", V(odd, L(I(1), I(2), I(3)))), "[1, 3]"},
		{list("filter", V(N)), "TypeError: filter expected 2 arguments, got 1"},
		{list("sorted", V(L(I(3), I(1), I(2))), "reverse", runtime.True), "[3, 2, 1]"},
		{list("sorted", V(L(I(3), I(1))), "key", neg), "[3, 1]"},
		{list("sorted", V(L(I(3), I(1)), runtime.True)), "TypeError: sorted expected 1 argument, got 2"},
		{list("sorted", nil), "TypeError: sorted expected 1 argument, got 0"},
		{list("sorted", V(L(I(1), S("a")))), "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{list("reversed", V(L(I(1), I(2), I(3)))), "[3, 2, 1]"},
		{list("reversed", nil), "TypeError: reversed expected 1 argument, got 0"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %s\nwant %s", c.got, c.want)
		}
	}
	runCases(t, e, []callCase{
		{"max", nil, nil, "TypeError: max expected at least 1 argument, got 0"},
		{"max", V(L()), nil, "ValueError: max() arg is an empty sequence"},
		{"min", V(L()), nil, "ValueError: min() arg is an empty sequence"},
		{"max", V(I(1)), nil, "TypeError: 'int' object is not iterable"},
		{"max", V(I(1), I(2)), []any{"default", I(3)}, "TypeError: Cannot specify a default for max() with multiple positional arguments"},
		{"max", V(L()), []any{"default", I(3)}, "3"},
		{"max", V(L(I(1), I(3), I(2))), []any{"key", neg}, "1"},
		{"max", V(I(1), I(2)), []any{"foo", I(1)}, "TypeError: 'foo' is an invalid keyword argument for max()"},
		{"min", V(I(1), S("a")), nil, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"min", V(I(3), I(1), I(2)), nil, "1"},
		{"max", V(S("abc")), nil, "'c'"},
		{"min", V(T(I(1), S("a")), T(I(1), S("b"))), nil, "(1, 'a')"},
		{"max", V(L(I(2), runtime.True, I(2))), nil, "2"},
		{"any", V(I(1)), nil, "TypeError: 'int' object is not iterable"},
		{"any", V(L()), nil, "False"},
		{"all", V(L()), nil, "True"},
		{"any", V(L(I(0), I(3))), nil, "True"},
		{"all", V(L(I(1), I(0))), nil, "False"},
	})
}

func TestNumBuiltins(t *testing.T) {
	e := newEnv(Options{})
	runCases(t, e, []callCase{
		{"divmod", V(I(1)), nil, "TypeError: divmod expected 2 arguments, got 1"},
		{"divmod", V(I(7), I(-2)), nil, "(-4, -1)"},
		{"divmod", V(F(-7.5), I(2)), nil, "(-4.0, 0.5)"},
		{"divmod", V(I(7), I(0)), nil, "ZeroDivisionError: integer division or modulo by zero"},
		{"divmod", V(F(7), I(0)), nil, "ZeroDivisionError: float divmod()"},
		{"divmod", V(S("a"), I(1)), nil, "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
		{"divmod", V(big10(21), I(3)), nil, "(333333333333333333333, 1)"},
		{"divmod", V(F(math.Copysign(0, -1)), I(1)), nil, "(-0.0, 0.0)"},
		{"divmod", V(runtime.True, I(2)), nil, "(0, 1)"},
		{"divmod", V(I(-9223372036854775808), I(-1)), nil, "(9223372036854775808, 0)"},
		{"pow", V(I(1)), nil, "TypeError: pow() missing required argument 'exp' (pos 2)"},
		{"pow", nil, nil, "TypeError: pow() missing required argument 'base' (pos 1)"},
		{"pow", V(I(2), I(10), I(1000)), nil, "24"},
		{"pow", V(I(2), I(-1), I(7)), nil, "4"},
		{"pow", V(I(2), I(-1), I(4)), nil, "ValueError: base is not invertible for the given modulus"},
		{"pow", V(I(2), I(10), I(0)), nil, "ValueError: pow() 3rd argument cannot be 0"},
		{"pow", V(I(2), I(10), I(-7)), nil, "-5"},
		{"pow", V(F(2), I(10), I(7)), nil, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"pow", V(I(2), I(3)), []any{"mod", I(5)}, "3"},
		{"round", nil, nil, "TypeError: round() missing required argument 'number' (pos 1)"},
		{"round", V(F(1.5)), []any{"x", I(1)}, "TypeError: 'x' is an invalid keyword argument for round()"},
		{"round", V(F(2.675), I(2)), nil, "2.67"},
		{"round", V(F(2.5)), nil, "2"},
		{"round", V(F(-0.5)), nil, "0"},
		{"round", V(I(1234), I(-2)), nil, "1200"},
		{"round", V(I(1250), I(-2)), nil, "1200"},
		{"round", V(I(1350), I(-2)), nil, "1400"},
		{"round", V(F(1.5), N), nil, "2"},
		{"round", V(F(1e300), I(-400)), nil, "0.0"},
		{"round", V(F(1.23456), I(400)), nil, "1.23456"},
		{"round", V(F(inf())), nil, "OverflowError: cannot convert float infinity to integer"},
		{"round", V(S("x")), nil, "TypeError: type str doesn't define __round__ method"},
		{"round", V(I(5), I(2)), nil, "5"},
		{"round", V(F(2.5), I(0)), nil, "2.0"},
		{"round", V(F(-2.5), I(0)), nil, "-2.0"},
		{"round", V(F(123.456), I(-1)), nil, "120.0"},
		{"round", V(F(1.5), S("x")), nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"round", V(runtime.True), nil, "1"},
		{"round", V(F(0.125), I(2)), nil, "0.12"},
		{"round", V(F(-1.25), I(1)), nil, "-1.2"},
		{"round", V(F(1e22)), nil, "10000000000000000000000"},
		{"sum", nil, nil, "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{"sum", V(L(I(1)), I(2), I(3)), nil, "TypeError: sum() takes at most 2 arguments (3 given)"},
		{"sum", V(L(S("a")), S("")), nil, "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{"sum", V(L(), runtime.NewBytes(nil)), nil, "TypeError: sum() can't sum bytes [use b''.join(seq) instead]"},
		{"sum", V(L(I(1), I(2))), []any{"start", I(10)}, "13"},
		{"sum", V(L(F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1))), nil, "0.9999999999999999"},
		{"sum", V(L(I(1), F(2.5), I(3))), nil, "6.5"},
		{"sum", V(L(L(I(1)), L(I(2))), L()), nil, "[1, 2]"},
		{"sum", V(I(1)), nil, "TypeError: 'int' object is not iterable"},
		{"sum", V(L(I(9223372036854775807), I(1), I(-5))), nil, "9223372036854775803"},
		{"sum", V(L(), runtime.True), nil, "True"},
		{"sum", V(L(runtime.True, runtime.True)), nil, "2"},
	})
}

func TestDir(t *testing.T) {
	e := newEnv(Options{})
	ns := runtime.NewAttrDict()
	ns.Set("__module__", S("__main__"))
	ns.Set("x", I(1))
	cls, err := runtime.NewClass(e.t, "B", nil, ns, "__main__")
	if err != nil {
		t.Fatal(err)
	}
	inst := runtime.NewInstance(cls)
	inst.Dict.Set("y", I(2))
	r, err := e.call(t, "dir", V(runtime.Obj(inst)))
	want := "['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'x', 'y']"
	if got := show(e.t, r, err); got != want {
		t.Errorf("dir(B()):\n got %s\nwant %s", got, want)
	}
	r, err = e.call(t, "vars", V(runtime.Obj(inst)))
	if got := show(e.t, r, err); got != "{'y': 2}" {
		t.Errorf("vars = %s", got)
	}
	m := e.module(t, "time")
	r, err = e.call(t, "dir", V(runtime.Obj(m)))
	if got := show(e.t, r, err); !strings.HasPrefix(got, "['__doc__', '__loader__', '__name__', '__package__', '__spec__', 'altzone', 'asctime'") {
		t.Errorf("dir(time) = %s", got)
	}
}

func TestBuiltinsNamespace(t *testing.T) {
	b := Builtins(Options{})
	for _, name := range []string{"int", "float", "str", "bool", "list", "tuple", "dict", "set", "frozenset",
		"bytes", "bytearray", "object", "type", "range", "slice", "super", "property", "staticmethod",
		"classmethod", "enumerate", "zip", "map", "filter", "reversed", "ValueError", "BaseException",
		"StopIteration", "NotImplemented", "Ellipsis", "print", "open", "input"} {
		if _, ok := b.Get(name); !ok {
			t.Errorf("builtins lack %s", name)
		}
	}
	for _, name := range []string{"__name__", "__build_class__", "globals", "exec"} {
		if _, ok := b.Get(name); ok {
			t.Errorf("builtins should not define %s", name)
		}
	}
}

func inf() float64 { return math.Inf(1) }
