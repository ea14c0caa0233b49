package runtime

import (
	"strings"
	"sync"
	"unsafe"
)

// This file holds what the container types share: the recursion guard of
// their reprs, item equality with CPython's identity shortcut, and the
// lexicographic comparison of sequences.

// reprKey identifies a container whose repr is in progress on a thread.
type reprKey struct {
	t *Thread
	o Object
}

var (
	reprMu     sync.Mutex
	reprActive = map[reprKey]struct{}{}
)

// reprEnter is Py_ReprEnter: it reports false when o's repr is already in
// progress on t (a self-containing container), and otherwise marks it.
func reprEnter(t *Thread, o Object) bool {
	k := reprKey{t, o}
	reprMu.Lock()
	defer reprMu.Unlock()
	if _, busy := reprActive[k]; busy {
		return false
	}
	reprActive[k] = struct{}{}
	return true
}

// reprLeave ends what reprEnter started.
func reprLeave(t *Thread, o Object) {
	reprMu.Lock()
	delete(reprActive, reprKey{t, o})
	reprMu.Unlock()
}

// canRecurse reports whether the repr of items could reach back to the
// container: false when they are all scalars, so the guard can be skipped.
func canRecurse(items []Value) bool {
	for _, x := range items {
		switch x.o.(type) {
		case intKind, floatKind, boolKind, noneKind, *StrObject:
		default:
			return true
		}
	}
	return false
}

// seqReprItems writes the reprs of items separated by ", " between open and
// close.
func seqReprItems(t *Thread, open string, items []Value, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := seqWriteRepr(t, &b, items[i]); err != nil {
			return "", err
		}
	}
	b.WriteString(close)
	return b.String(), nil
}

// seqWriteRepr appends repr(v) to b, with fast paths for common immediates.
func seqWriteRepr(t *Thread, b *strings.Builder, v Value) error {
	switch v.o.(type) {
	case intKind:
		var buf [24]byte
		b.Write(seqAppendInt(buf[:0], int64(v.n)))
		return nil
	}
	r, err := Repr(t, v)
	if err != nil {
		return err
	}
	b.WriteString(r)
	return nil
}

func seqAppendInt(buf []byte, i int64) []byte {
	if i == 0 {
		return append(buf, '0')
	}
	var tmp [20]byte
	n := len(tmp)
	u := uint64(i)
	if i < 0 {
		u = uint64(-i)
	}
	for u > 0 {
		n--
		tmp[n] = byte('0' + u%10)
		u /= 10
	}
	if i < 0 {
		buf = append(buf, '-')
	}
	return append(buf, tmp[n:]...)
}

// sameOrEqual is PyObject_RichCompareBool(a, b, Py_EQ): identity first (the
// same object, or the same immediate), then ==.
func sameOrEqual(t *Thread, a, b Value) (bool, error) {
	if a.o == b.o && a.n == b.n {
		return true, nil
	}
	switch a.o.(type) {
	case intKind:
		if b.IsInt() {
			return false, nil
		}
	case *StrObject:
		if bs, ok := b.o.(*StrObject); ok {
			return a.o.(*StrObject).S == bs.S, nil
		}
	}
	return Equal(t, a, b)
}

// compareSeq is the rich comparison of two sequences, as list and tuple
// do it: the first differing items decide; otherwise the lengths do.
func compareSeq(t *Thread, x, y []Value, op CmpOp) (Value, error) {
	if len(x) != len(y) && (op == CmpEq || op == CmpNe) {
		return Bool(op == CmpNe), nil
	}
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		eq, err := sameOrEqual(t, x[i], y[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
		if err := t.Poll(); err != nil {
			return Null, err
		}
	}
	if i >= len(x) || i >= len(y) {
		return Bool(cmpResult(op, compareInt64(int64(len(x)), int64(len(y))))), nil
	}
	switch op {
	case CmpEq:
		return False, nil
	case CmpNe:
		return True, nil
	}
	return RichCompare(t, x[i], y[i], op)
}

// seqIndexArg converts a sequence index argument to an int, with CPython's
// message naming the sequence kind.
func seqIndexArg(t *Thread, key Value, kind string) (int64, bool, error) {
	switch key.o.(type) {
	case intKind, boolKind:
		return int64(key.n), true, nil
	case *BigInt:
		return 0, true, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case *Slice:
		return 0, false, nil
	}
	if key.Type().Slots.Index != nil {
		i, err := IndexInt(t, key)
		return i, true, err
	}
	return 0, true, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", kind, key.TypeName())
}

// seqRepeatCount converts the int operand of sequence * int; ok is false when
// n is not an int (the caller returns NotImplemented).
func seqRepeatCount(t *Thread, n Value) (int64, bool, error) {
	switch n.o.(type) {
	case intKind, boolKind:
		return int64(n.n), true, nil
	case *BigInt:
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n.Type().Slots.Index != nil {
		i, err := IndexInt(t, n)
		if err != nil && IsInstanceOf(err, IndexErrorType) {
			return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return i, true, err
	}
	return 0, false, nil
}

// seqRepeatItems is items * n, with MemoryError for absurd sizes.
func seqRepeatItems(t *Thread, items []Value, n int64) ([]Value, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if n > (1<<40)/int64(len(items)) {
		return nil, NewException(MemoryErrorType)
	}
	if err := t.Reserve(int64(len(items)) * n * int64(unsafe.Sizeof(Value{}))); err != nil {
		return nil, err
	}
	if total := int64(len(items)) * n; total*int64(unsafe.Sizeof(Value{})) > repeatChunk && t.Interruptible() {
		out := make([]Value, total)
		copy(out, items)
		if err := fillRepeat(t, out, len(items)); err != nil {
			return nil, err
		}
		return out, nil
	}
	out := make([]Value, 0, int64(len(items))*n)
	for i := int64(0); i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// addSlotMethods exposes the slots typ has now as dunder methods
// (__len__, __getitem__, __eq__, __add__, ...), so that scripts can call
// them explicitly, e.g. super().__setitem__(k, v) in a dict subclass. The
// wrappers call typ's own slots, never an override of a subclass.
func addSlotMethods(typ *Type) {
	s := &typ.Slots
	add := func(dunder string, nargs int, fn func(t *Thread, self Value, args []Value) (Value, error)) {
		typ.AddMethod(dunder, func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount(dunder, args, kwnames, nargs, nargs); err != nil {
				return Null, err
			}
			return fn(t, self, args)
		})
	}
	if s.Len != nil {
		add("__len__", 0, func(t *Thread, self Value, args []Value) (Value, error) {
			n, err := typ.Slots.Len(t, self)
			return Int(int64(n)), err
		})
	}
	if s.GetItem != nil {
		add("__getitem__", 1, func(t *Thread, self Value, args []Value) (Value, error) {
			return typ.Slots.GetItem(t, self, args[0])
		})
	}
	if s.SetItem != nil {
		add("__setitem__", 2, func(t *Thread, self Value, args []Value) (Value, error) {
			return None, typ.Slots.SetItem(t, self, args[0], args[1])
		})
	}
	if s.DelItem != nil {
		add("__delitem__", 1, func(t *Thread, self Value, args []Value) (Value, error) {
			return None, typ.Slots.DelItem(t, self, args[0])
		})
	}
	if s.Contains != nil {
		add("__contains__", 1, func(t *Thread, self Value, args []Value) (Value, error) {
			r, err := typ.Slots.Contains(t, self, args[0])
			return Bool(r), err
		})
	}
	if s.Iter != nil {
		add("__iter__", 0, func(t *Thread, self Value, args []Value) (Value, error) {
			return typ.Slots.Iter(t, self)
		})
	}
	if s.Next != nil {
		add("__next__", 0, func(t *Thread, self Value, args []Value) (Value, error) {
			r, ok, err := typ.Slots.Next(t, self)
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, NewException(StopIterationType)
			}
			return r, nil
		})
	}
	if s.Repr != nil {
		add("__repr__", 0, func(t *Thread, self Value, args []Value) (Value, error) {
			r, err := typ.Slots.Repr(t, self)
			if err != nil {
				return Null, err
			}
			return Str(r), nil
		})
	}
	if s.Hash != nil {
		add("__hash__", 0, func(t *Thread, self Value, args []Value) (Value, error) {
			h, err := typ.Slots.Hash(t, self)
			return Int(h), err
		})
	}
	if s.Compare != nil {
		for op := CmpLt; op <= CmpGe; op++ {
			op := op
			add(cmpDunders[op], 1, func(t *Thread, self Value, args []Value) (Value, error) {
				return typ.Slots.Compare(t, self, args[0], op)
			})
		}
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		op := op
		if s.Binary[op] != nil {
			add("__"+op.Dunder()+"__", 1, func(t *Thread, self Value, args []Value) (Value, error) {
				return typ.Slots.Binary[op](t, self, args[0])
			})
		}
		if s.Reflected[op] != nil {
			add("__r"+op.Dunder()+"__", 1, func(t *Thread, self Value, args []Value) (Value, error) {
				return typ.Slots.Reflected[op](t, self, args[0])
			})
		}
		if s.InPlace[op] != nil {
			add("__i"+op.Dunder()+"__", 1, func(t *Thread, self Value, args []Value) (Value, error) {
				return typ.Slots.InPlace[op](t, self, args[0])
			})
		}
	}
}

// addNewMethod installs typ.__new__(cls, *args), which scripts reach through
// super().__new__(cls, ...) in subclasses of built-in types.
func addNewMethod(typ *Type) {
	typ.Dict.Set("__new__", Obj(&Method{Name: "__new__", Owner: typ, Static: true,
		Fn: func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
			if len(args)-len(kwnames) < 1 {
				return Null, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", typ.Name)
			}
			cls, ok := args[0].o.(*Type)
			if !ok {
				return Null, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", typ.Name, args[0].TypeName())
			}
			if !cls.IsSubtype(typ) {
				return Null, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, cls.Name, cls.Name, typ.Name)
			}
			return typ.New(t, cls, args[1:], kwnames)
		}}))
}
