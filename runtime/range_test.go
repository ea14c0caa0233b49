package runtime

import (
	"math"
	"testing"
)

func TestRange(t *testing.T) {
	N := None
	rg := func(args ...int64) Value {
		r, err := CallType(&Thread{}, RangeType, cints(args...), nil)
		if err != nil {
			panic(err)
		}
		return r
	}
	toList := func(t *Thread, v Value) (Value, error) { return cnew(t, ListType, v) }
	hash := func(v Value) func(t *Thread) (Value, error) {
		return func(t *Thread) (Value, error) { h, err := Hash(t, v); return ci(h), err }
	}
	runCtrCases(t, []ctrCase{
		{"range(5)", func(t *Thread) (Value, error) { return rg(5), nil }, "range(0, 5)"},
		{"range(0, 10, 2)", func(t *Thread) (Value, error) { return rg(0, 10, 2), nil }, "range(0, 10, 2)"},
		{"range()", func(t *Thread) (Value, error) { return cnew(t, RangeType) }, "TypeError: range expected at least 1 argument, got 0"},
		{"range(1, 2, 3, 4)", func(t *Thread) (Value, error) { return cnew(t, RangeType, cints(1, 2, 3, 4)...) }, "TypeError: range expected at most 3 arguments, got 4"},
		{"range(1, 2, 0)", func(t *Thread) (Value, error) { return cnew(t, RangeType, cints(1, 2, 0)...) }, "ValueError: range() arg 3 must not be zero"},
		{"range(1.0)", func(t *Thread) (Value, error) { return cnew(t, RangeType, Float(1)) }, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"range(True, 3)", func(t *Thread) (Value, error) { return cnew(t, RangeType, True, ci(3)) }, "range(1, 3)"},
		{"list(range(10, 0, -3))", func(t *Thread) (Value, error) { return toList(t, rg(10, 0, -3)) }, "[10, 7, 4, 1]"},
		{"list(range(0))", func(t *Thread) (Value, error) { return toList(t, rg(0)) }, "[]"},
		{"list(range(5, 1))", func(t *Thread) (Value, error) { return toList(t, rg(5, 1)) }, "[]"},
		{"len(range(0, 10, 3))", func(t *Thread) (Value, error) { n, err := Len(t, rg(0, 10, 3)); return ci(int64(n)), err }, "4"},
		{"len(range(10, 0, -3))", func(t *Thread) (Value, error) { n, err := Len(t, rg(10, 0, -3)); return ci(int64(n)), err }, "4"},
		{"len(range(-2**63, 2**63 - 1))", func(t *Thread) (Value, error) {
			n, err := Len(t, rg(math.MinInt64, math.MaxInt64))
			return ci(int64(n)), err
		}, "OverflowError: Python int too large to convert to C ssize_t"},
		{"range(-5, 5)[-1]", func(t *Thread) (Value, error) { return GetItem(t, rg(-5, 5), ci(-1)) }, "4"},
		{"range(3)[3]", func(t *Thread) (Value, error) { return GetItem(t, rg(3), ci(3)) }, "IndexError: range object index out of range"},
		{"range(3)[-4]", func(t *Thread) (Value, error) { return GetItem(t, rg(3), ci(-4)) }, "IndexError: range object index out of range"},
		{"range(3)['a']", func(t *Thread) (Value, error) { return GetItem(t, rg(3), cs("a")) }, "TypeError: range indices must be integers or slices, not str"},
		{"range(2**62, 2**63 - 1, 2**61)[1]", func(t *Thread) (Value, error) { return GetItem(t, rg(1<<62, math.MaxInt64, 1<<61), ci(1)) }, "6917529027641081856"},
		{"range(10)[::-1]", func(t *Thread) (Value, error) { return GetItem(t, rg(10), csl(N, N, ci(-1))) }, "range(9, -1, -1)"},
		{"range(0, 10, 3)[5:]", func(t *Thread) (Value, error) { return GetItem(t, rg(0, 10, 3), csl(ci(5), N, N)) }, "range(12, 12, 3)"},
		{"range(5)[1:3]", func(t *Thread) (Value, error) { return GetItem(t, rg(5), csl(ci(1), ci(3), N)) }, "range(1, 3)"},
		{"range(1, 20, 2)[-3::-2]", func(t *Thread) (Value, error) { return GetItem(t, rg(1, 20, 2), csl(ci(-3), N, ci(-2))) }, "range(15, -1, -4)"},
		{"3 in range(0, 10, 3)", func(t *Thread) (Value, error) { b, err := Contains(t, rg(0, 10, 3), ci(3)); return Bool(b), err }, "True"},
		{"4 in range(0, 10, 3)", func(t *Thread) (Value, error) { b, err := Contains(t, rg(0, 10, 3), ci(4)); return Bool(b), err }, "False"},
		{"-3 in range(0, -10, -3)", func(t *Thread) (Value, error) { b, err := Contains(t, rg(0, -10, -3), ci(-3)); return Bool(b), err }, "True"},
		{"0 in range(0, -10, -3)", func(t *Thread) (Value, error) { b, err := Contains(t, rg(0, -10, -3), ci(0)); return Bool(b), err }, "True"},
		{"-10 in range(0, -10, -3)", func(t *Thread) (Value, error) { b, err := Contains(t, rg(0, -10, -3), ci(-10)); return Bool(b), err }, "False"},
		{"'a' in range(3)", func(t *Thread) (Value, error) { b, err := Contains(t, rg(3), cs("a")); return Bool(b), err }, "False"},
		{"range(0, 10, 2) == range(0, 9, 2)", func(t *Thread) (Value, error) { return ccmp(t, rg(0, 10, 2), rg(0, 9, 2), CmpEq) }, "True"},
		{"range(0) == range(5, 5)", func(t *Thread) (Value, error) { return ccmp(t, rg(0), rg(5, 5), CmpEq) }, "True"},
		{"range(1, 2, 5) == range(1, 3, 7)", func(t *Thread) (Value, error) { return ccmp(t, rg(1, 2, 5), rg(1, 3, 7), CmpEq) }, "True"},
		{"range(3) != range(4)", func(t *Thread) (Value, error) { return ccmp(t, rg(3), rg(4), CmpNe) }, "True"},
		{"range(1) < range(2)", func(t *Thread) (Value, error) { return ccmp(t, rg(1), rg(2), CmpLt) }, "TypeError: '<' not supported between instances of 'range' and 'range'"},
		{"hash(range(5))", hash(rg(5)), "5795932985296280846"},
		{"hash(range(0, 10, 2))", hash(rg(0, 10, 2)), "-6143170332311272345"},
		{"range(3).count(1)", func(t *Thread) (Value, error) { return cm(t, rg(3), "count", ci(1)) }, "1"},
		{"range(3).index(2)", func(t *Thread) (Value, error) { return cm(t, rg(3), "index", ci(2)) }, "2"},
		{"range(10, 0, -2).index(4)", func(t *Thread) (Value, error) { return cm(t, rg(10, 0, -2), "index", ci(4)) }, "3"},
		{"range(3).index(5)", func(t *Thread) (Value, error) { return cm(t, rg(3), "index", ci(5)) }, "ValueError: 5 is not in range"},
		{"range(3).index('a')", func(t *Thread) (Value, error) { return cm(t, rg(3), "index", cs("a")) }, "ValueError: sequence.index(x): x not in sequence"},
		{"range(1, 5).start", func(t *Thread) (Value, error) { return GetAttr(t, rg(1, 5), "start") }, "1"},
		{"range(1, 5).stop", func(t *Thread) (Value, error) { return GetAttr(t, rg(1, 5), "stop") }, "5"},
		{"range(1, 5).step", func(t *Thread) (Value, error) { return GetAttr(t, rg(1, 5), "step") }, "1"},
		{"bool(range(0))", func(t *Thread) (Value, error) { b, err := Truth(t, rg(0)); return Bool(b), err }, "False"},
		{"list(reversed(range(0, 10, 3)))", func(t *Thread) (Value, error) {
			r, err := Reversed(t, rg(0, 10, 3))
			if err != nil {
				return Null, err
			}
			return toList(t, r)
		}, "[9, 6, 3, 0]"},
		{"list(reversed(range(0)))", func(t *Thread) (Value, error) {
			r, err := Reversed(t, rg(0))
			if err != nil {
				return Null, err
			}
			return toList(t, r)
		}, "[]"},
		{"list(range(2**63 - 3, 2**63 - 1))", func(t *Thread) (Value, error) { return toList(t, rg(math.MaxInt64-2, math.MaxInt64)) }, "[9223372036854775805, 9223372036854775806]"},
		{"list(range(-2**63, -2**63 + 10, 4))", func(t *Thread) (Value, error) { return toList(t, rg(math.MinInt64, math.MinInt64+10, 4)) }, "[-9223372036854775808, -9223372036854775804, -9223372036854775800]"},
	})
	th := &Thread{}
	it := NewRangeIter(3, 0, -1)
	xs, _ := ToSlice(th, it)
	if s := ReprNoThread(cl(xs...)); s != "[3, 2, 1]" {
		t.Errorf("NewRangeIter: %s", s)
	}
	if it.TypeName() != "range_iterator" {
		t.Errorf("range iterator type %s", it.TypeName())
	}
}
