package runtime

import (
	"math"
	"strconv"
	"sync"
	"unsafe"
)

// Repr is repr(v).
func Repr(t *Thread, v Value) (string, error) {
	switch v.o.(type) {
	case intKind:
		return strconv.FormatInt(int64(v.n), 10), nil
	case floatKind:
		return FloatRepr(v.AsFloat()), nil
	case boolKind:
		if v.n != 0 {
			return "True", nil
		}
		return "False", nil
	case noneKind:
		return "None", nil
	case notImplKind:
		return "NotImplemented", nil
	case ellipsisKind:
		return "Ellipsis", nil
	case *Type:
		return TypeRepr(v.o.(*Type)), nil
	case nil:
		return "<NULL>", nil
	}
	if slot := v.Type().Slots.Repr; slot != nil {
		if t != nil {
			t.Depth++
			if t.MaxDepth > 0 && t.Depth > t.MaxDepth {
				t.Depth--
				return "", Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
			}
			defer func() { t.Depth-- }()
		}
		return slot(t, v)
	}
	return DefaultRepr(v), nil
}

// ToStr is str(v).
func ToStr(t *Thread, v Value) (string, error) {
	if s, ok := v.o.(*StrObject); ok {
		return s.S, nil
	}
	if slot := v.Type().Slots.Str; slot != nil {
		return slot(t, v)
	}
	return Repr(t, v)
}

// ReprNoThread is repr(v) for contexts without a thread (Go errors); script
// __repr__ methods are not called.
func ReprNoThread(v Value) string {
	if inst, ok := v.o.(*Instance); ok && inst.Exc == nil {
		return DefaultRepr(v)
	}
	s, err := Repr(nil, v)
	if err != nil {
		return DefaultRepr(v)
	}
	return s
}

// StrNoThread is str(v) without a thread.
func StrNoThread(v Value) string {
	if s, ok := v.o.(*StrObject); ok {
		return s.S
	}
	return ReprNoThread(v)
}

// Truth is bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch v.o.(type) {
	case boolKind, intKind:
		return v.n != 0, nil
	case noneKind:
		return false, nil
	case floatKind:
		return v.AsFloat() != 0, nil
	case *StrObject:
		return len(v.o.(*StrObject).S) > 0, nil
	}
	typ := v.Type()
	if slot := typ.Slots.Bool; slot != nil {
		return slot(t, v)
	}
	if slot := typ.Slots.Len; slot != nil {
		n, err := slot(t, v)
		return n > 0, err
	}
	return true, nil
}

// Truthy is bool(v) for values whose truth cannot fail or run script code;
// script objects count as true unless their __bool__/__len__ says otherwise,
// which is ignored here.
func Truthy(v Value) bool {
	b, err := Truth(nil, v)
	return err == nil && b
}

// Hash is hash(v).
func Hash(t *Thread, v Value) (int64, error) {
	switch v.o.(type) {
	case intKind, boolKind:
		return HashInt(v), nil
	case floatKind:
		return HashFloat(v.AsFloat()), nil
	case *StrObject:
		return v.o.(*StrObject).Hash(), nil
	case noneKind:
		return 0xFCA86420, nil
	}
	if slot := v.Type().Slots.Hash; slot != nil {
		return slot(t, v)
	}
	return int64(Id(v) >> 4), nil
}

const hashModulus = (1 << 61) - 1

// HashInt is Python's hash of an int (small, big or bool).
func HashInt(v Value) int64 {
	if b, ok := v.o.(*BigInt); ok {
		return b.Hash()
	}
	i := int64(v.n)
	var h int64
	if i >= 0 {
		h = int64(uint64(i) % hashModulus)
	} else {
		h = -int64(uint64(-i) % hashModulus)
		if i == math.MinInt64 {
			h = -int64((uint64(1) << 63) % hashModulus)
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashFloat is Python's hash of a float (equal to the int hash for integral values).
func HashFloat(f float64) int64 {
	if math.IsInf(f, 1) {
		return 314159
	}
	if math.IsInf(f, -1) {
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

var idMu sync.Mutex
var idTable = map[[2]uint64]uint64{}

// Id is id(v): the object's address, or a stable number for immediates.
func Id(v Value) uint64 {
	switch v.o.(type) {
	case intKind, floatKind, boolKind, noneKind, notImplKind, ellipsisKind:
		kind := uint64(0)
		switch v.o.(type) {
		case floatKind:
			kind = 1
		case boolKind:
			kind = 2
		case noneKind:
			kind = 3
		case notImplKind:
			kind = 4
		case ellipsisKind:
			kind = 5
		}
		idMu.Lock()
		defer idMu.Unlock()
		key := [2]uint64{kind, v.n}
		if id, ok := idTable[key]; ok {
			return id
		}
		id := uint64(0x7f0000000000) + uint64(len(idTable)+1)*32
		if len(idTable) < 1<<16 {
			idTable[key] = id
		}
		return id
	case nil:
		return 0
	}
	type iface struct {
		tab  unsafe.Pointer
		data unsafe.Pointer
	}
	return uint64(uintptr((*iface)(unsafe.Pointer(&v.o)).data))
}

// Equal is a == b as a Go bool.
func Equal(t *Thread, a, b Value) (bool, error) {
	if a.o == b.o && a.n == b.n {
		if a.IsFloat() && math.IsNaN(a.AsFloat()) {
			return false, nil
		}
		if _, ok := a.o.(*Instance); !ok {
			return true, nil
		}
	}
	switch a.o.(type) {
	case intKind:
		if b.IsInt() {
			return a.n == b.n, nil
		}
	case *StrObject:
		if bs, ok := b.o.(*StrObject); ok {
			return a.o.(*StrObject).S == bs.S, nil
		}
	case *Bytes:
		if bb, ok := b.o.(*Bytes); ok {
			return string(a.o.(*Bytes).B) == string(bb.B), nil
		}
	}
	r, err := RichCompare(t, a, b, CmpEq)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// RichCompare is a op b with Python's reflection rules; == and != fall back
// to identity, the others raise TypeError when neither side supports them.
func RichCompare(t *Thread, a, b Value, op CmpOp) (Value, error) {
	if a.IsInt() && b.IsInt() {
		x, y := int64(a.n), int64(b.n)
		return Bool(cmpResult(op, compareInt64(x, y))), nil
	}
	ta, tb := a.Type(), b.Type()
	reflectedFirst := ta != tb && tb.IsSubtype(ta) && tb.Slots.Compare != nil
	if reflectedFirst {
		r, err := tb.Slots.Compare(t, b, a, op.Swapped())
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if ta.Slots.Compare != nil {
		r, err := ta.Slots.Compare(t, a, b, op)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if !reflectedFirst && tb.Slots.Compare != nil {
		r, err := tb.Slots.Compare(t, b, a, op.Swapped())
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	switch op {
	case CmpEq:
		return Bool(a.o == b.o && a.n == b.n), nil
	case CmpNe:
		return Bool(!(a.o == b.o && a.n == b.n)), nil
	}
	return Null, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

// CompareBool is a op b as a Go bool.
func CompareBool(t *Thread, a, b Value, op CmpOp) (bool, error) {
	if a.IsInt() && b.IsInt() {
		return cmpResult(op, compareInt64(int64(a.n), int64(b.n))), nil
	}
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.n != 0, nil
	}
	return Truth(t, r)
}

func compareInt64(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmpResult turns a three-way comparison into the answer for op.
func cmpResult(op CmpOp, c int) bool {
	switch op {
	case CmpLt:
		return c < 0
	case CmpLe:
		return c <= 0
	case CmpEq:
		return c == 0
	case CmpNe:
		return c != 0
	case CmpGt:
		return c > 0
	}
	return c >= 0
}

// BinaryOp is a op b with __op__/__rop__ dispatch.
func BinaryOp(t *Thread, op BinOp, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() {
		if r, ok := intFast(op, int64(a.n), int64(b.n)); ok {
			return r, nil
		}
	}
	ta, tb := a.Type(), b.Type()
	fa := ta.Slots.Binary[op]
	var fb func(*Thread, Value, Value) (Value, error)
	if ta != tb {
		fb = tb.Slots.Reflected[op]
	}
	if fb != nil && tb.IsSubtype(ta) && !tb.Builtin {
		r, err := fb(t, b, a)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, err := fa(t, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if fb != nil {
		r, err := fb(t, b, a)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if op == OpAdd {
		if _, ok := b.o.(*StrObject); ok && ta != StrType {
			return Null, Errorf(TypeErrorType, "unsupported operand type(s) for +: '%s' and 'str'", ta.Name)
		}
		if _, ok := a.o.(*StrObject); ok {
			return Null, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", tb.Name)
		}
		if _, ok := a.o.(*List); ok {
			return Null, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", tb.Name)
		}
		if _, ok := a.o.(*Tuple); ok {
			return Null, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", tb.Name)
		}
	}
	if op == OpMul {
		switch a.o.(type) {
		case *StrObject, *List, *Tuple, *Bytes:
			return Null, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", tb.Name)
		}
		switch b.o.(type) {
		case *StrObject, *List, *Tuple, *Bytes:
			return Null, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", ta.Name)
		}
	}
	if op == OpPow {
		return Null, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
	}
	return Null, Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

// InPlaceOp is a op= b: __iop__ first, then the binary operator.
func InPlaceOp(t *Thread, op BinOp, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() {
		if r, ok := intFast(op, int64(a.n), int64(b.n)); ok {
			return r, nil
		}
	}
	if f := a.Type().Slots.InPlace[op]; f != nil {
		r, err := f(t, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	r, err := BinaryOp(t, op, a, b)
	if err != nil && IsInstanceOf(err, TypeErrorType) {
		if e := err.(*Instance); len(e.Exc.Args.o.(*Tuple).Items) == 1 {
			msg := StrNoThread(e.Exc.Args.o.(*Tuple).Items[0])
			prefix := "unsupported operand type(s) for " + op.Symbol() + ":"
			if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
				return Null, Errorf(TypeErrorType, "unsupported operand type(s) for %s=:%s", op.Symbol(), msg[len(prefix):])
			}
		}
	}
	return r, err
}

// unaryOp applies a unary slot or raises "bad operand type".
func unaryOp(t *Thread, v Value, slot func(*Thread, Value) (Value, error), sym string) (Value, error) {
	if slot != nil {
		return slot(t, v)
	}
	return Null, Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", sym, v.TypeName())
}

// Neg is -v.
func Neg(t *Thread, v Value) (Value, error) {
	if v.IsInt() && int64(v.n) != math.MinInt64 {
		return Int(-int64(v.n)), nil
	}
	return unaryOp(t, v, v.Type().Slots.Neg, "-")
}

// Pos is +v.
func Pos(t *Thread, v Value) (Value, error) { return unaryOp(t, v, v.Type().Slots.Pos, "+") }

// Invert is ~v.
func Invert(t *Thread, v Value) (Value, error) {
	if v.IsInt() {
		return Int(^int64(v.n)), nil
	}
	return unaryOp(t, v, v.Type().Slots.Invert, "~")
}

// Abs is abs(v).
func Abs(t *Thread, v Value) (Value, error) {
	if slot := v.Type().Slots.Abs; slot != nil {
		return slot(t, v)
	}
	return Null, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", v.TypeName())
}

// Len is len(v).
func Len(t *Thread, v Value) (int, error) {
	if slot := v.Type().Slots.Len; slot != nil {
		return slot(t, v)
	}
	return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", v.TypeName())
}

// Iter is iter(v).
func Iter(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	if slot := typ.Slots.Iter; slot != nil {
		it, err := slot(t, v)
		if err != nil {
			return Null, err
		}
		if it.Type().Slots.Next == nil {
			return Null, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", it.TypeName())
		}
		return it, nil
	}
	if typ.Slots.GetItem != nil {
		return Obj(&SeqIterator{Seq: v}), nil
	}
	return Null, Errorf(TypeErrorType, "'%s' object is not iterable", typ.Name)
}

// Next advances an iterator; ok is false when it is exhausted.
func Next(t *Thread, it Value) (Value, bool, error) {
	if slot := it.Type().Slots.Next; slot != nil {
		return slot(t, it)
	}
	return Null, false, Errorf(TypeErrorType, "'%s' object is not an iterator", it.TypeName())
}

// SeqIterator iterates an object through __getitem__ with 0, 1, 2, ...
type SeqIterator struct {
	Seq Value
	I   int64
}

// Type makes SeqIterator an Object.
func (*SeqIterator) Type() *Type { return SeqIteratorType }

func init() {
	SeqIteratorType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	SeqIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		s := v.o.(*SeqIterator)
		if s.Seq.IsNull() {
			return Null, false, nil
		}
		r, err := GetItem(t, s.Seq, Int(s.I))
		if err != nil {
			if IsInstanceOf(err, IndexErrorType) || IsInstanceOf(err, StopIterationType) {
				s.Seq = Null
				return Null, false, nil
			}
			return Null, false, err
		}
		s.I++
		return r, true, nil
	}
}

// ForEach calls fn for each item of iterable v; fn returns false to stop.
func ForEach(t *Thread, v Value, fn func(Value) (bool, error)) error {
	switch o := v.o.(type) {
	case *List:
		for i := 0; i < len(o.Items); i++ {
			cont, err := fn(o.Items[i])
			if err != nil || !cont {
				return err
			}
			if err := t.Poll(); err != nil {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range o.Items {
			cont, err := fn(x)
			if err != nil || !cont {
				return err
			}
			if err := t.Poll(); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil || !ok {
			return err
		}
		cont, err := fn(x)
		if err != nil || !cont {
			return err
		}
		// A long iteration in Go (list(range(10**9))) must still stop
		// when the host cancels the run or a budget runs out.
		if err := t.Poll(); err != nil {
			return err
		}
	}
}

// ToSlice collects the items of an iterable.
func ToSlice(t *Thread, v Value) ([]Value, error) {
	switch o := v.o.(type) {
	case *List:
		return append([]Value(nil), o.Items...), nil
	case *Tuple:
		return append([]Value(nil), o.Items...), nil
	}
	var out []Value
	err := ForEach(t, v, func(x Value) (bool, error) {
		if len(out) == cap(out) {
			// The next append doubles the array: ask the budget first.
			if err := t.Reserve(int64(2*cap(out)) * int64(unsafe.Sizeof(Value{}))); err != nil {
				return false, err
			}
		}
		out = append(out, x)
		return true, nil
	})
	return out, err
}

// ToTuple is tuple(v).
func ToTuple(t *Thread, v Value) (Value, error) {
	if _, ok := v.o.(*Tuple); ok {
		return v, nil
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return Null, err
	}
	return NewTuple(items), nil
}

// GetItem is v[key].
func GetItem(t *Thread, v, key Value) (Value, error) {
	typ := v.Type()
	if slot := typ.Slots.GetItem; slot != nil {
		return slot(t, v, key)
	}
	if cls, ok := v.o.(*Type); ok {
		if m, ok := cls.Lookup("__class_getitem__"); ok {
			return Call1(t, m, key)
		}
		return Obj(cls), nil
	}
	return Null, Errorf(TypeErrorType, "'%s' object is not subscriptable", typ.Name)
}

// SetItem is v[key] = val.
func SetItem(t *Thread, v, key, val Value) error {
	if slot := v.Type().Slots.SetItem; slot != nil {
		return slot(t, v, key, val)
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", v.TypeName())
}

// DelItem is del v[key].
func DelItem(t *Thread, v, key Value) error {
	if slot := v.Type().Slots.DelItem; slot != nil {
		return slot(t, v, key)
	}
	return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", v.TypeName())
}

// Contains is x in v.
func Contains(t *Thread, v, x Value) (bool, error) {
	if slot := v.Type().Slots.Contains; slot != nil {
		return slot(t, v, x)
	}
	if v.Type().Slots.Iter == nil && v.Type().Slots.GetItem == nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", v.TypeName())
	}
	found := false
	err := ForEach(t, v, func(y Value) (bool, error) {
		eq, err := Equal(t, y, x)
		if err != nil {
			return false, err
		}
		found = eq
		return !eq, nil
	})
	return found, err
}

// Index is operator.index(v): an int for use as an index or size.
func Index(t *Thread, v Value) (Value, error) {
	switch v.o.(type) {
	case intKind:
		return v, nil
	case boolKind:
		return Int(int64(v.n)), nil
	case *BigInt:
		return v, nil
	}
	if slot := v.Type().Slots.Index; slot != nil {
		r, err := slot(t, v)
		if err != nil {
			return Null, err
		}
		if !r.IntLike() {
			return Null, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.TypeName())
		}
		return r, nil
	}
	return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.TypeName())
}

// IndexInt is Index as an int64; big values raise IndexError-style overflow.
func IndexInt(t *Thread, v Value) (int64, error) {
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if _, ok := r.o.(*BigInt); ok {
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int64(r.n), nil
}
