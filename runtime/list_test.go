package runtime

import (
	"math"
	"regexp"
	"strings"
	"testing"
)

// ctrCase is a table case of the container tests: run builds and operates
// on values; want is the repr of the result or "ExcType: message", as
// python3 prints them for the expression py.
type ctrCase struct {
	py   string
	run  func(t *Thread) (Value, error)
	want string
}

func runCtrCases(t *testing.T, cases []ctrCase) {
	t.Helper()
	th := &Thread{}
	for _, c := range cases {
		if FloatType.Slots.Compare == nil && floatLiteral.MatchString(c.py) {
			continue // float comparison is not implemented yet
		}
		v, err := c.run(th)
		got := ""
		if err != nil {
			got = err.Error()
		} else if v.IsNull() {
			got = "<NULL>"
		} else if got, err = Repr(th, v); err != nil {
			got = "repr failed: " + err.Error()
		}
		if got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.py, got, c.want)
		}
	}
}

var floatLiteral = regexp.MustCompile(`\d\.\d|nan`)

// Helpers that keep the cases short.

func ci(i int64) Value { return Int(i) }

func cints(xs ...int64) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = Int(x)
	}
	return out
}

func cl(items ...Value) Value { return Obj(NewList(items)) }

func cli(xs ...int64) Value { return cl(cints(xs...)...) }

func ct(items ...Value) Value { return NewTuple(items) }

func cti(xs ...int64) Value { return ct(cints(xs...)...) }

func cs(s string) Value { return Str(s) }

func csl(start, stop, step Value) Value { return NewSlice(start, stop, step) }

func cm(t *Thread, recv Value, name string, args ...Value) (Value, error) {
	return CallMethod(t, recv, name, args...)
}

// mkw calls recv.name(*args, **kw) where kw names the last len(kw) args.
func cmkw(t *Thread, recv Value, name string, args []Value, kw ...string) (Value, error) {
	f, err := GetAttr(t, recv, name)
	if err != nil {
		return Null, err
	}
	return Call(t, f, args, kw)
}

func ccmp(t *Thread, a, b Value, op CmpOp) (Value, error) { return RichCompare(t, a, b, op) }

// seq runs steps and returns the value of the last one.
func cseq(steps ...func() (Value, error)) (Value, error) {
	var v Value
	var err error
	for _, s := range steps {
		if v, err = s(); err != nil {
			return Null, err
		}
	}
	return v, nil
}

func cnew(t *Thread, typ *Type, args ...Value) (Value, error) { return CallType(t, typ, args, nil) }

// keyFn wraps a Go function as a script-visible callable.
func ckey(fn func(t *Thread, x Value) (Value, error)) Value {
	return NewBuiltin("key", func(t *Thread, args []Value, kw []string) (Value, error) { return fn(t, args[0]) })
}

func TestListBasics(t *testing.T) {
	runCtrCases(t, []ctrCase{
		{"[]", func(t *Thread) (Value, error) { return cl(), nil }, "[]"},
		{"[1, 'a', (2,), [], ()]", func(t *Thread) (Value, error) {
			return cl(ci(1), cs("a"), cti(2), cl(), ct()), nil
		}, "[1, 'a', (2,), [], ()]"},
		{"l = [1, 2]\nl.append(l)\nl", func(t *Thread) (Value, error) {
			l := cli(1, 2)
			return cseq(func() (Value, error) { return cm(t, l, "append", l) }, func() (Value, error) { return l, nil })
		}, "[1, 2, [...]]"},
		{"[1, 2] + [3]", func(t *Thread) (Value, error) { return BinaryOp(t, OpAdd, cli(1, 2), cli(3)) }, "[1, 2, 3]"},
		{"[1] + (1,)", func(t *Thread) (Value, error) { return BinaryOp(t, OpAdd, cli(1), cti(1)) }, `TypeError: can only concatenate list (not "tuple") to list`},
		{"[1, 2] * 3", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, cli(1, 2), ci(3)) }, "[1, 2, 1, 2, 1, 2]"},
		{"2 * [0]", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, ci(2), cli(0)) }, "[0, 0]"},
		{"[1] * -1", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, cli(1), ci(-1)) }, "[]"},
		{"[1] * True", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, cli(1), True) }, "[1]"},
		{"[1] * 2.0", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, cli(1), Float(2)) }, "TypeError: can't multiply sequence by non-int of type 'float'"},
		{"l = [1]\nl += (2, 3)\nl", func(t *Thread) (Value, error) { return InPlaceOp(t, OpAdd, cli(1), cti(2, 3)) }, "[1, 2, 3]"},
		{"l = [1]\nl += range(2)\nl", func(t *Thread) (Value, error) {
			r, _ := cnew(t, RangeType, ci(2))
			return InPlaceOp(t, OpAdd, cli(1), r)
		}, "[1, 0, 1]"},
		{"l = [1]\nl += 5\nl", func(t *Thread) (Value, error) { return InPlaceOp(t, OpAdd, cli(1), ci(5)) }, "TypeError: 'int' object is not iterable"},
		{"l = [1, 2]\nl *= 2\nl", func(t *Thread) (Value, error) { return InPlaceOp(t, OpMul, cli(1, 2), ci(2)) }, "[1, 2, 1, 2]"},
		{"[1, 2] == [1, 2]", func(t *Thread) (Value, error) { return ccmp(t, cli(1, 2), cli(1, 2), CmpEq) }, "True"},
		{"[1, 2] < [1, 2, 0]", func(t *Thread) (Value, error) { return ccmp(t, cli(1, 2), cli(1, 2, 0), CmpLt) }, "True"},
		{"[1, 3] > [1, 2, 9]", func(t *Thread) (Value, error) { return ccmp(t, cli(1, 3), cli(1, 2, 9), CmpGt) }, "True"},
		{"[1, 2] <= [1, 2]", func(t *Thread) (Value, error) { return ccmp(t, cli(1, 2), cli(1, 2), CmpLe) }, "True"},
		{"[1] != [1.0]", func(t *Thread) (Value, error) { return ccmp(t, cli(1), cl(Float(1)), CmpNe) }, "False"},
		{"[1] < ['a']", func(t *Thread) (Value, error) { return ccmp(t, cli(1), cl(cs("a")), CmpLt) }, "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{"[1] == (1,)", func(t *Thread) (Value, error) { return ccmp(t, cli(1), cti(1), CmpEq) }, "False"},
		{"[1] < (1,)", func(t *Thread) (Value, error) { return ccmp(t, cli(1), cti(1), CmpLt) }, "TypeError: '<' not supported between instances of 'list' and 'tuple'"},
		{"2 in [1, 2]", func(t *Thread) (Value, error) { b, err := Contains(t, cli(1, 2), ci(2)); return Bool(b), err }, "True"},
		{"'a' in [1, 2]", func(t *Thread) (Value, error) { b, err := Contains(t, cli(1, 2), cs("a")); return Bool(b), err }, "False"},
		{"len([1, 2, 3])", func(t *Thread) (Value, error) { n, err := Len(t, cli(1, 2, 3)); return ci(int64(n)), err }, "3"},
		{"bool([])", func(t *Thread) (Value, error) { b, err := Truth(t, cl()); return Bool(b), err }, "False"},
		{"hash([])", func(t *Thread) (Value, error) { h, err := Hash(t, cl()); return ci(h), err }, "TypeError: unhashable type: 'list'"},
		{"list()", func(t *Thread) (Value, error) { return cnew(t, ListType) }, "[]"},
		{"list('ab')", func(t *Thread) (Value, error) { return cnew(t, ListType, ct(cs("a"), cs("b"))) }, "['a', 'b']"},
		{"list(1)", func(t *Thread) (Value, error) { return cnew(t, ListType, ci(1)) }, "TypeError: 'int' object is not iterable"},
		{"list(1, 2)", func(t *Thread) (Value, error) { return cnew(t, ListType, ci(1), ci(2)) }, "TypeError: list expected at most 1 argument, got 2"},
		{"list(a=1)", func(t *Thread) (Value, error) { return CallType(t, ListType, []Value{ci(1)}, []string{"a"}) }, "TypeError: list() takes no keyword arguments"},
	})
}

func TestListIndexing(t *testing.T) {
	l := func() Value { return cli(0, 1, 2, 3, 4, 5, 6, 7, 8, 9) }
	N := None
	get := func(key Value) func(t *Thread) (Value, error) {
		return func(t *Thread) (Value, error) { return GetItem(t, l(), key) }
	}
	set := func(key, val Value) func(t *Thread) (Value, error) {
		return func(t *Thread) (Value, error) {
			x := l()
			if err := SetItem(t, x, key, val); err != nil {
				return Null, err
			}
			return x, nil
		}
	}
	del := func(key Value) func(t *Thread) (Value, error) {
		return func(t *Thread) (Value, error) {
			x := l()
			if err := DelItem(t, x, key); err != nil {
				return Null, err
			}
			return x, nil
		}
	}
	runCtrCases(t, []ctrCase{
		{"l[0]", get(ci(0)), "0"},
		{"l[-1]", get(ci(-1)), "9"},
		{"l[-10]", get(ci(-10)), "0"},
		{"l[10]", get(ci(10)), "IndexError: list index out of range"},
		{"l[-11]", get(ci(-11)), "IndexError: list index out of range"},
		{"l[True]", get(True), "1"},
		{"l['a']", get(cs("a")), "TypeError: list indices must be integers or slices, not str"},
		{"l[1.0]", get(Float(1)), "TypeError: list indices must be integers or slices, not float"},
		{"l[2:5]", get(csl(ci(2), ci(5), N)), "[2, 3, 4]"},
		{"l[::3]", get(csl(N, N, ci(3))), "[0, 3, 6, 9]"},
		{"l[::-1]", get(csl(N, N, ci(-1))), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"},
		{"l[-3:]", get(csl(ci(-3), N, N)), "[7, 8, 9]"},
		{"l[8:2:-2]", get(csl(ci(8), ci(2), ci(-2))), "[8, 6, 4]"},
		{"l[100:]", get(csl(ci(100), N, N)), "[]"},
		{"l[5:2]", get(csl(ci(5), ci(2), N)), "[]"},
		{"l[-100:3]", get(csl(ci(-100), ci(3), N)), "[0, 1, 2]"},
		{"l[::0]", get(csl(N, N, ci(0))), "ValueError: slice step cannot be zero"},
		{"l['a':]", get(csl(cs("a"), N, N)), "TypeError: slice indices must be integers or None or have an __index__ method"},
		{"l[0] = 'x'", set(ci(0), cs("x")), "['x', 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"l[-1] = 'x'", set(ci(-1), cs("x")), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 'x']"},
		{"l[10] = 1", set(ci(10), ci(1)), "IndexError: list assignment index out of range"},
		{"l[2:5] = []", set(csl(ci(2), ci(5), N), cl()), "[0, 1, 5, 6, 7, 8, 9]"},
		{"l[2:3] = 'abc'", set(csl(ci(2), ci(3), N), ct(cs("a"), cs("b"), cs("c"))), "[0, 1, 'a', 'b', 'c', 3, 4, 5, 6, 7, 8, 9]"},
		{"l[:] = [1]", set(csl(N, N, N), cli(1)), "[1]"},
		{"l[5:2] = [7, 7]", set(csl(ci(5), ci(2), N), cli(7, 7)), "[0, 1, 2, 3, 4, 7, 7, 5, 6, 7, 8, 9]"},
		{"l[20:] = [1]", set(csl(ci(20), N, N), cli(1)), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1]"},
		{"l[::2] = range(5)", set(csl(N, N, ci(2)), cli(10, 11, 12, 13, 14)), "[10, 1, 11, 3, 12, 5, 13, 7, 14, 9]"},
		{"l[::-3] = 'abcd'", set(csl(N, N, ci(-3)), ct(cs("a"), cs("b"), cs("c"), cs("d"))), "['d', 1, 2, 'c', 4, 5, 'b', 7, 8, 'a']"},
		{"l[::2] = [1, 2]", set(csl(N, N, ci(2)), cli(1, 2)), "ValueError: attempt to assign sequence of size 2 to extended slice of size 5"},
		{"l[0:1] = 5", set(csl(ci(0), ci(1), N), ci(5)), "TypeError: can only assign an iterable"},
		{"l['a'] = 1", set(cs("a"), ci(1)), "TypeError: list indices must be integers or slices, not str"},
		{"del l[0]", del(ci(0)), "[1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"del l[-2]", del(ci(-2)), "[0, 1, 2, 3, 4, 5, 6, 7, 9]"},
		{"del l[10]", del(ci(10)), "IndexError: list assignment index out of range"},
		{"del l[2:8]", del(csl(ci(2), ci(8), N)), "[0, 1, 8, 9]"},
		{"del l[::2]", del(csl(N, N, ci(2))), "[1, 3, 5, 7, 9]"},
		{"del l[::-3]", del(csl(N, N, ci(-3))), "[1, 2, 4, 5, 7, 8]"},
		{"del l[1:8:3]", del(csl(ci(1), ci(8), ci(3))), "[0, 2, 3, 5, 6, 8, 9]"},
		{"del l[:]", del(csl(N, N, N)), "[]"},
		{"l = [1, 2, 3]\nl[1:1] = l\nl", func(t *Thread) (Value, error) {
			x := cli(1, 2, 3)
			return x, SetItem(t, x, csl(ci(1), ci(1), N), x)
		}, "[1, 1, 2, 3, 2, 3]"},
	})
}

func TestListMethods(t *testing.T) {
	N := None
	after := func(t *Thread, l Value, name string, args ...Value) (Value, error) {
		r, err := cm(t, l, name, args...)
		if err != nil {
			return Null, err
		}
		return ct(r, l), nil
	}
	runCtrCases(t, []ctrCase{
		{"l = [1]\n(l.append(2), l)", func(t *Thread) (Value, error) { return after(t, cli(1), "append", ci(2)) }, "(None, [1, 2])"},
		{"[].append()", func(t *Thread) (Value, error) { return cm(t, cl(), "append") }, "TypeError: list.append() takes exactly one argument (0 given)"},
		{"l = [1]\n(l.extend('ab'), l)", func(t *Thread) (Value, error) { return after(t, cli(1), "extend", ct(cs("a"), cs("b"))) }, "(None, [1, 'a', 'b'])"},
		{"[].extend(1)", func(t *Thread) (Value, error) { return cm(t, cl(), "extend", ci(1)) }, "TypeError: 'int' object is not iterable"},
		{"l = [1, 2]\n(l.insert(0, 9), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2), "insert", ci(0), ci(9)) }, "(None, [9, 1, 2])"},
		{"l = [1, 2]\n(l.insert(-1, 9), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2), "insert", ci(-1), ci(9)) }, "(None, [1, 9, 2])"},
		{"l = [1, 2]\n(l.insert(100, 9), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2), "insert", ci(100), ci(9)) }, "(None, [1, 2, 9])"},
		{"l = [1, 2]\n(l.insert(-100, 9), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2), "insert", ci(-100), ci(9)) }, "(None, [9, 1, 2])"},
		{"[].insert(1)", func(t *Thread) (Value, error) { return cm(t, cl(), "insert", ci(1)) }, "TypeError: insert expected 2 arguments, got 1"},
		{"l = [1, 2, 3]\n(l.pop(), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2, 3), "pop") }, "(3, [1, 2])"},
		{"l = [1, 2, 3]\n(l.pop(0), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2, 3), "pop", ci(0)) }, "(1, [2, 3])"},
		{"l = [1, 2, 3]\n(l.pop(-2), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2, 3), "pop", ci(-2)) }, "(2, [1, 3])"},
		{"[].pop()", func(t *Thread) (Value, error) { return cm(t, cl(), "pop") }, "IndexError: pop from empty list"},
		{"[1].pop(5)", func(t *Thread) (Value, error) { return cm(t, cli(1), "pop", ci(5)) }, "IndexError: pop index out of range"},
		{"[1].pop(1, 2)", func(t *Thread) (Value, error) { return cm(t, cli(1), "pop", ci(1), ci(2)) }, "TypeError: pop expected at most 1 argument, got 2"},
		{"l = [1, 2, 1]\n(l.remove(1), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2, 1), "remove", ci(1)) }, "(None, [2, 1])"},
		{"[1].remove(3)", func(t *Thread) (Value, error) { return cm(t, cli(1), "remove", ci(3)) }, "ValueError: list.remove(x): x not in list"},
		{"[1, 2, 3, 2].index(2)", func(t *Thread) (Value, error) { return cm(t, cli(1, 2, 3, 2), "index", ci(2)) }, "1"},
		{"[1, 2, 3, 2].index(2, 2)", func(t *Thread) (Value, error) { return cm(t, cli(1, 2, 3, 2), "index", ci(2), ci(2)) }, "3"},
		{"[1, 2, 3, 2].index(2, -1)", func(t *Thread) (Value, error) { return cm(t, cli(1, 2, 3, 2), "index", ci(2), ci(-1)) }, "3"},
		{"[1, 2, 3, 2].index(2, 0, 1)", func(t *Thread) (Value, error) { return cm(t, cli(1, 2, 3, 2), "index", ci(2), ci(0), ci(1)) }, "ValueError: 2 is not in list"},
		{"[1].index('a')", func(t *Thread) (Value, error) { return cm(t, cli(1), "index", cs("a")) }, "ValueError: 'a' is not in list"},
		{"[1].index()", func(t *Thread) (Value, error) { return cm(t, cli(1), "index") }, "TypeError: index expected at least 1 argument, got 0"},
		{"[1].index(1, 'a')", func(t *Thread) (Value, error) { return cm(t, cli(1), "index", ci(1), cs("a")) }, "TypeError: slice indices must be integers or have an __index__ method"},
		{"[1, 2, 1, 1.0].count(1)", func(t *Thread) (Value, error) { return cm(t, cl(ci(1), ci(2), ci(1), Float(1)), "count", ci(1)) }, "3"},
		{"[].count()", func(t *Thread) (Value, error) { return cm(t, cl(), "count") }, "TypeError: list.count() takes exactly one argument (0 given)"},
		{"l = [1, 2]\n(l.clear(), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2), "clear") }, "(None, [])"},
		{"[].clear(1)", func(t *Thread) (Value, error) { return cm(t, cl(), "clear", ci(1)) }, "TypeError: list.clear() takes no arguments (1 given)"},
		{"l = [1, [2]]\nc = l.copy()\n(c, c is l, c[1] is l[1])", func(t *Thread) (Value, error) {
			l := cl(ci(1), cli(2))
			c, err := cm(t, l, "copy")
			if err != nil {
				return Null, err
			}
			return ct(c, Bool(Is(c, l)), Bool(Is(c.o.(*List).Items[1], l.o.(*List).Items[1]))), nil
		}, "([1, [2]], False, True)"},
		{"l = [1, 2, 3]\n(l.reverse(), l)", func(t *Thread) (Value, error) { return after(t, cli(1, 2, 3), "reverse") }, "(None, [3, 2, 1])"},
		{"l = [3, 1, 2]\n(l.sort(), l)", func(t *Thread) (Value, error) { return after(t, cli(3, 1, 2), "sort") }, "(None, [1, 2, 3])"},
		{"[].sort(1)", func(t *Thread) (Value, error) { return cm(t, cl(), "sort", ci(1)) }, "TypeError: sort() takes no positional arguments"},
		{"[].sort(foo=1)", func(t *Thread) (Value, error) { return cmkw(t, cl(), "sort", []Value{ci(1)}, "foo") }, "TypeError: 'foo' is an invalid keyword argument for sort()"},
		{"[].sort(reverse=None)", func(t *Thread) (Value, error) { return cmkw(t, cl(), "sort", []Value{N}, "reverse") }, "TypeError: 'NoneType' object cannot be interpreted as an integer"},
		{"l = [3, 1, 2]\nl.sort(reverse=True)\nl", func(t *Thread) (Value, error) {
			l := cli(3, 1, 2)
			_, err := cmkw(t, l, "sort", []Value{True}, "reverse")
			return l, err
		}, "[3, 2, 1]"},
		{"[1, 'a'].sort()", func(t *Thread) (Value, error) { return cm(t, cl(ci(1), cs("a")), "sort") }, "TypeError: '<' not supported between instances of 'str' and 'int'"},
	})
}

func TestListSort(t *testing.T) {
	nan := Float(cnan())
	neg := ckey(func(t *Thread, x Value) (Value, error) { return Neg(t, x) })
	first := ckey(func(t *Thread, x Value) (Value, error) { return GetItem(t, x, ci(0)) })
	boom := ckey(func(t *Thread, x Value) (Value, error) { return Null, Errorf(ValueErrorType, "boom") })
	sortKw := func(t *Thread, l Value, key, rev Value) (Value, error) {
		var args []Value
		var kw []string
		if !key.IsNull() {
			args, kw = append(args, key), append(kw, "key")
		}
		if !rev.IsNull() {
			args, kw = append(args, rev), append(kw, "reverse")
		}
		if _, err := cmkw(t, l, "sort", args, kw...); err != nil {
			return Null, err
		}
		return l, nil
	}
	pairs := func() Value {
		return cl(cti(1, 1), cti(0, 2), cti(1, 3), cti(0, 4), cti(2, 5), cti(1, 6))
	}
	runCtrCases(t, []ctrCase{
		{"sorted([3, nan, 1, 2, 0.5, nan, -1])", func(t *Thread) (Value, error) {
			return sortKw(t, cl(ci(3), nan, ci(1), ci(2), Float(0.5), nan, ci(-1)), Null, Null)
		}, "[3, nan, -1, 0.5, 1, 2, nan]"},
		{"sorted([5, 3, 9, 1], key=lambda x: -x)", func(t *Thread) (Value, error) { return sortKw(t, cli(5, 3, 9, 1), neg, Null) }, "[9, 5, 3, 1]"},
		{"sorted([(1, 1), (0, 2), (1, 3), (0, 4), (2, 5), (1, 6)], key=lambda p: p[0])", func(t *Thread) (Value, error) { return sortKw(t, pairs(), first, Null) },
			"[(0, 2), (0, 4), (1, 1), (1, 3), (1, 6), (2, 5)]"},
		{"sorted([(1, 1), (0, 2), (1, 3), (0, 4), (2, 5), (1, 6)], key=lambda p: p[0], reverse=True)", func(t *Thread) (Value, error) { return sortKw(t, pairs(), first, True) },
			"[(2, 5), (1, 1), (1, 3), (1, 6), (0, 2), (0, 4)]"},
		{"sorted([[1], [0, 5], [1, 0], []])", func(t *Thread) (Value, error) {
			return sortKw(t, cl(cli(1), cli(0, 5), cli(1, 0), cl()), Null, Null)
		}, "[[], [0, 5], [1], [1, 0]]"},
		{"sorted(['b', 'A', 'a', 'B'])", func(t *Thread) (Value, error) {
			return sortKw(t, cl(cs("b"), cs("A"), cs("a"), cs("B")), Null, Null)
		}, "['A', 'B', 'a', 'b']"},
		{"sorted([2.5, 1, True, -0.0, 0])", func(t *Thread) (Value, error) {
			return sortKw(t, cl(Float(2.5), ci(1), True, Float(math.Copysign(0, -1)), ci(0)), Null, Null)
		}, "[-0.0, 0, 1, True, 2.5]"},
		{"def boom(x): raise ValueError('boom')\n[1, 2].sort(key=boom)", func(t *Thread) (Value, error) { return sortKw(t, cli(1, 2), boom, Null) }, "ValueError: boom"},
	})
	// A long list with many runs exercises the merges.
	th := &Thread{}
	const n = 5000
	items := make([]Value, n)
	x := int64(12345)
	for i := range items {
		x = (x*1103515245 + 12345) % 2147483648
		items[i] = ct(ci(x%97), ci(int64(i)))
	}
	if err := SortValues(th, items, first, false); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < n; i++ {
		a, b := items[i-1].o.(*Tuple).Items, items[i].o.(*Tuple).Items
		if a[0].AsInt() > b[0].AsInt() || (a[0].AsInt() == b[0].AsInt() && a[1].AsInt() > b[1].AsInt()) {
			t.Fatalf("not sorted stably at %d: %v %v", i, ReprNoThread(items[i-1]), ReprNoThread(items[i]))
		}
	}
	if FloatType.Slots.Compare == nil {
		return
	}
	// Descending runs and presorted input.
	for _, mk := range []func(i int) int64{
		func(i int) int64 { return int64(n - i) },
		func(i int) int64 { return int64(i) },
		func(i int) int64 { return int64(i % 7) },
	} {
		vals := make([]Value, n)
		for i := range vals {
			vals[i] = Float(float64(mk(i)))
		}
		vals = append(vals, ci(3))
		if err := SortValues(th, vals, Null, false); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(vals); i++ {
			lt, _ := CompareBool(th, vals[i], vals[i-1], CmpLt)
			if lt {
				t.Fatalf("not sorted at %d", i)
			}
		}
	}
}

func cnan() float64 {
	z := 0.0
	return z / z
}

func TestListIteration(t *testing.T) {
	th := &Thread{}
	l := cli(1, 2)
	it, err := Iter(th, l)
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for {
		x, ok, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		seen = append(seen, ReprNoThread(x))
		if x.AsInt() < 4 {
			l.o.(*List).Append(ci(x.AsInt() + 2))
		}
	}
	if got := strings.Join(seen, ","); got != "1,2,3,4,5" {
		t.Errorf("iteration with appends: got %s", got)
	}
	if _, ok, _ := Next(th, it); ok {
		t.Errorf("exhausted iterator yielded again")
	}
	if it2, _ := Iter(th, it); !Is(it2, it) {
		t.Errorf("iter(list_iterator) is not itself")
	}
	r, err := Reversed(th, cli(1, 2, 3))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := ToSlice(th, r)
	if s := ReprNoThread(cl(got...)); s != "[3, 2, 1]" {
		t.Errorf("reversed list: %s", s)
	}
}

func TestUnpack(t *testing.T) {
	th := &Thread{}
	cases := []struct {
		v             Value
		n, before, af int
		star          bool
		want          string
	}{
		{cli(1, 2), 2, 0, 0, false, "[1, 2]"},
		{cti(1, 2), 3, 0, 0, false, "ValueError: not enough values to unpack (expected 3, got 2)"},
		{cli(1, 2, 3), 2, 0, 0, false, "ValueError: too many values to unpack (expected 2)"},
		{ci(5), 2, 0, 0, false, "TypeError: cannot unpack non-iterable int object"},
		{Obj(&Range{0, 3, 1}), 3, 0, 0, false, "[0, 1, 2]"},
		{Obj(&Range{0, 2, 1}), 3, 0, 0, false, "ValueError: not enough values to unpack (expected 3, got 2)"},
		{Obj(&Range{0, 4, 1}), 3, 0, 0, false, "ValueError: too many values to unpack (expected 3)"},
		{cli(1, 2, 3, 4), 0, 1, 1, true, "[1, [2, 3], 4]"},
		{cli(1, 2), 0, 1, 1, true, "[1, [], 2]"},
		{cli(1, 2), 0, 2, 1, true, "ValueError: not enough values to unpack (expected at least 3, got 2)"},
		{cli(1), 0, 0, 2, true, "ValueError: not enough values to unpack (expected at least 2, got 1)"},
		{None, 0, 0, 2, true, "TypeError: cannot unpack non-iterable NoneType object"},
	}
	for _, c := range cases {
		var out []Value
		var err error
		if c.star {
			out, err = UnpackEx(th, c.v, c.before, c.af)
		} else {
			out, err = UnpackSequence(th, c.v, c.n)
		}
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = ReprNoThread(cl(out...))
		}
		if got != c.want {
			t.Errorf("unpack %s: got %s want %s", ReprNoThread(c.v), got, c.want)
		}
	}
}

func TestSliceObject(t *testing.T) {
	N := None
	runCtrCases(t, []ctrCase{
		{"slice(1, 2)", func(t *Thread) (Value, error) { return cnew(t, SliceType, ci(1), ci(2)) }, "slice(1, 2, None)"},
		{"slice(5)", func(t *Thread) (Value, error) { return cnew(t, SliceType, ci(5)) }, "slice(None, 5, None)"},
		{"slice(1, 2, 3).step", func(t *Thread) (Value, error) { return GetAttr(t, csl(ci(1), ci(2), ci(3)), "step") }, "3"},
		{"slice(None, 10, 3).indices(5)", func(t *Thread) (Value, error) { return cm(t, csl(N, ci(10), ci(3)), "indices", ci(5)) }, "(0, 5, 3)"},
		{"slice(None, None, -1).indices(5)", func(t *Thread) (Value, error) { return cm(t, csl(N, N, ci(-1)), "indices", ci(5)) }, "(4, -1, -1)"},
		{"slice(-100, 100).indices(5)", func(t *Thread) (Value, error) { return cm(t, csl(ci(-100), ci(100), N), "indices", ci(5)) }, "(0, 5, 1)"},
		{"slice(0, 1, 0).indices(5)", func(t *Thread) (Value, error) { return cm(t, csl(ci(0), ci(1), ci(0)), "indices", ci(5)) }, "ValueError: slice step cannot be zero"},
		{"slice(1) == slice(1)", func(t *Thread) (Value, error) { return ccmp(t, csl(N, ci(1), N), csl(N, ci(1), N), CmpEq) }, "True"},
		{"slice(1) < slice(2)", func(t *Thread) (Value, error) { return ccmp(t, csl(N, ci(1), N), csl(N, ci(2), N), CmpLt) }, "True"},
		{"hash(slice(1))", func(t *Thread) (Value, error) { h, err := Hash(t, csl(N, ci(1), N)); return ci(h), err }, "TypeError: unhashable type: 'slice'"},
		{"slice()", func(t *Thread) (Value, error) { return cnew(t, SliceType) }, "TypeError: slice expected at least 1 argument, got 0"},
	})
	th := &Thread{}
	for _, c := range []struct {
		s                  *Slice
		length             int
		start, stop, st, n int
	}{
		{&Slice{None, None, None}, 10, 0, 10, 1, 10},
		{&Slice{ci(-3), None, None}, 10, 7, 10, 1, 3},
		{&Slice{None, None, ci(-2)}, 5, 4, -1, -2, 3},
		{&Slice{ci(8), ci(1), ci(-3)}, 10, 8, 1, -3, 3},
		{&Slice{ci(1), ci(8), ci(3)}, 10, 1, 8, 3, 3},
		{&Slice{ci(100), ci(-100), ci(-1)}, 4, 3, -1, -1, 4},
		{&Slice{True, ci(3), None}, 4, 1, 3, 1, 2},
	} {
		start, stop, st, n, err := SliceIndices(th, c.s, c.length)
		if err != nil || start != c.start || stop != c.stop || st != c.st || n != c.n {
			t.Errorf("SliceIndices(%s, %d) = %d %d %d %d %v", ReprNoThread(Obj(c.s)), c.length, start, stop, st, n, err)
		}
	}
}
