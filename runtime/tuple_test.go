package runtime

import (
	"math/big"
	"testing"
)

func TestTuple(t *testing.T) {
	N := None
	hash := func(v Value) func(t *Thread) (Value, error) {
		return func(t *Thread) (Value, error) { h, err := Hash(t, v); return ci(h), err }
	}
	big70 := NewIntFromBig(new(big.Int).Lsh(big.NewInt(1), 70))
	runCtrCases(t, []ctrCase{
		{"()", func(t *Thread) (Value, error) { return ct(), nil }, "()"},
		{"(1,)", func(t *Thread) (Value, error) { return cti(1), nil }, "(1,)"},
		{"(1, 'a', [2])", func(t *Thread) (Value, error) { return ct(ci(1), cs("a"), cli(2)), nil }, "(1, 'a', [2])"},
		{"((),)", func(t *Thread) (Value, error) { return ct(ct()), nil }, "((),)"},
		{"t = ([],)\nt[0].append(t)\nt", func(t *Thread) (Value, error) {
			l := cl()
			tu := ct(l)
			l.o.(*List).Append(tu)
			return tu, nil
		}, "([(...)],)"},
		{"hash(())", hash(ct()), "5740354900026072187"},
		{"hash((1,))", hash(cti(1)), "-6644214454873602895"},
		{"hash((1, 2))", hash(cti(1, 2)), "-3550055125485641917"},
		{"hash(((1, 2), 3))", hash(ct(cti(1, 2), ci(3))), "-333907151259015829"},
		{"hash((-1, -2))", hash(cti(-1, -2)), "960947337673586213"},
		{"hash((2**70,))", hash(ct(big70)), "6011568359958228336"},
		{"hash(([],))", hash(ct(cl())), "TypeError: unhashable type: 'list'"},
		{"(1, 2) + (3,)", func(t *Thread) (Value, error) { return BinaryOp(t, OpAdd, cti(1, 2), cti(3)) }, "(1, 2, 3)"},
		{"(1,) + [2]", func(t *Thread) (Value, error) { return BinaryOp(t, OpAdd, cti(1), cli(2)) }, `TypeError: can only concatenate tuple (not "list") to tuple`},
		{"(1, 2) * 2", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, cti(1, 2), ci(2)) }, "(1, 2, 1, 2)"},
		{"0 * (1, 2)", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, ci(0), cti(1, 2)) }, "()"},
		{"(1,) * 'a'", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, cti(1), cs("a")) }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"(1, 2) < (1, 3)", func(t *Thread) (Value, error) { return ccmp(t, cti(1, 2), cti(1, 3), CmpLt) }, "True"},
		{"(1, 2) >= (1, 2, 0)", func(t *Thread) (Value, error) { return ccmp(t, cti(1, 2), cti(1, 2, 0), CmpGe) }, "False"},
		{"(1, 'a') == (1, 'a')", func(t *Thread) (Value, error) { return ccmp(t, ct(ci(1), cs("a")), ct(ci(1), cs("a")), CmpEq) }, "True"},
		{"(1, 'a') < (1, 2)", func(t *Thread) (Value, error) { return ccmp(t, ct(ci(1), cs("a")), cti(1, 2), CmpLt) }, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"(1, None) == (1, None)", func(t *Thread) (Value, error) { return ccmp(t, ct(ci(1), N), ct(ci(1), N), CmpEq) }, "True"},
		{"3 in (1, 2)", func(t *Thread) (Value, error) { b, err := Contains(t, cti(1, 2), ci(3)); return Bool(b), err }, "False"},
		{"(5, 6, 7)[-1]", func(t *Thread) (Value, error) { return GetItem(t, cti(5, 6, 7), ci(-1)) }, "7"},
		{"(5, 6, 7)[3]", func(t *Thread) (Value, error) { return GetItem(t, cti(5, 6, 7), ci(3)) }, "IndexError: tuple index out of range"},
		{"(5, 6, 7)['x']", func(t *Thread) (Value, error) { return GetItem(t, cti(5, 6, 7), cs("x")) }, "TypeError: tuple indices must be integers or slices, not str"},
		{"(5, 6, 7)[::-2]", func(t *Thread) (Value, error) { return GetItem(t, cti(5, 6, 7), csl(N, N, ci(-2))) }, "(7, 5)"},
		{"(5, 6, 7)[1:]", func(t *Thread) (Value, error) { return GetItem(t, cti(5, 6, 7), csl(ci(1), N, N)) }, "(6, 7)"},
		{"(1, 2, 1).count(1)", func(t *Thread) (Value, error) { return cm(t, cti(1, 2, 1), "count", ci(1)) }, "2"},
		{"(1, 2, 1).index(1, 1)", func(t *Thread) (Value, error) { return cm(t, cti(1, 2, 1), "index", ci(1), ci(1)) }, "2"},
		{"(1, 2).index(3)", func(t *Thread) (Value, error) { return cm(t, cti(1, 2), "index", ci(3)) }, "ValueError: tuple.index(x): x not in tuple"},
		{"tuple()", func(t *Thread) (Value, error) { return cnew(t, TupleType) }, "()"},
		{"tuple([1, 2])", func(t *Thread) (Value, error) { return cnew(t, TupleType, cli(1, 2)) }, "(1, 2)"},
		{"tuple(1)", func(t *Thread) (Value, error) { return cnew(t, TupleType, ci(1)) }, "TypeError: 'int' object is not iterable"},
		{"tuple(1, 2)", func(t *Thread) (Value, error) { return cnew(t, TupleType, ci(1), ci(2)) }, "TypeError: tuple expected at most 1 argument, got 2"},
		{"list(reversed((1, 2, 3)))", func(t *Thread) (Value, error) {
			r, err := Reversed(t, cti(1, 2, 3))
			if err != nil {
				return Null, err
			}
			return cnew(t, ListType, r)
		}, "[3, 2, 1]"},
		{"list(reversed('héllo'))", func(t *Thread) (Value, error) {
			r, err := Reversed(t, cs("héllo"))
			if err != nil {
				return Null, err
			}
			return cnew(t, ListType, r)
		}, "['o', 'l', 'l', 'é', 'h']"},
		{"reversed({1})", func(t *Thread) (Value, error) {
			s := NewSet()
			s.Add(t, ci(1))
			return Reversed(t, Obj(s))
		}, "TypeError: 'set' object is not reversible"},
		{"reversed(5)", func(t *Thread) (Value, error) { return Reversed(t, ci(5)) }, "TypeError: 'int' object is not reversible"},
	})
	th := &Thread{}
	a := cti(1, 2)
	if r, _ := BinaryOp(th, OpMul, a, ci(1)); !Is(r, a) {
		t.Errorf("t * 1 is not t")
	}
	it, _ := Iter(th, a)
	if typ := it.TypeName(); typ != "tuple_iterator" {
		t.Errorf("iter(tuple) is a %s", typ)
	}
}
