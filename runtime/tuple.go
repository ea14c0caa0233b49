package runtime

// Tuple is an immutable sequence.
type Tuple struct {
	Items []Value
}

// Type makes Tuple an Object.
func (*Tuple) Type() *Type { return TupleType }

// EmptyTuple is the shared ().
var EmptyTuple = Obj(&Tuple{})

// NewTuple makes a tuple that takes ownership of items.
func NewTuple(items []Value) Value {
	if len(items) == 0 {
		return EmptyTuple
	}
	return Obj(&Tuple{Items: items})
}

// asTuple returns the tuple behind v: a tuple, or the tuple wrapped by an
// instance of a script subclass of tuple.
func asTuple(v Value) *Tuple {
	switch o := v.o.(type) {
	case *Tuple:
		return o
	case *Instance:
		if tu, ok := o.Base.o.(*Tuple); ok {
			return tu
		}
	}
	return nil
}

func tupleSelf(v Value) (*Tuple, error) {
	if tu := asTuple(v); tu != nil {
		return tu, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a 'tuple' object but received a '%s'", v.TypeName())
}

// The constants of CPython's xxHash-based tuple hash (64-bit).
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// HashTuple is hash(tuple) exactly as CPython 3.11 computes it.
func HashTuple(t *Thread, items []Value) (int64, error) {
	acc := xxPrime5
	for _, x := range items {
		h, err := keyHash(t, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func init() {
	TupleType.New = tupleNew
	s := &TupleType.Slots
	s.Repr = func(t *Thread, v Value) (string, error) {
		tu, err := tupleSelf(v)
		if err != nil {
			return "", err
		}
		if len(tu.Items) == 0 {
			return "()", nil
		}
		if !canRecurse(tu.Items) {
			if len(tu.Items) == 1 {
				return seqReprItems(t, "(", tu.Items, ",)")
			}
			return seqReprItems(t, "(", tu.Items, ")")
		}
		if !reprEnter(t, tu) {
			return "(...)", nil
		}
		defer reprLeave(t, tu)
		if len(tu.Items) == 1 {
			return seqReprItems(t, "(", tu.Items, ",)")
		}
		return seqReprItems(t, "(", tu.Items, ")")
	}
	s.Hash = func(t *Thread, v Value) (int64, error) {
		tu, err := tupleSelf(v)
		if err != nil {
			return 0, err
		}
		return HashTuple(t, tu.Items)
	}
	s.Compare = func(t *Thread, a, b Value, op CmpOp) (Value, error) {
		ta, tb := asTuple(a), asTuple(b)
		if ta == nil || tb == nil {
			return NotImplemented, nil
		}
		return compareSeq(t, ta.Items, tb.Items, op)
	}
	s.Len = func(t *Thread, v Value) (int, error) {
		tu, err := tupleSelf(v)
		if err != nil {
			return 0, err
		}
		return len(tu.Items), nil
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		tu, err := tupleSelf(v)
		if err != nil {
			return Null, err
		}
		return Obj(&tupleIterator{items: tu.Items}), nil
	}
	s.GetItem = tupleGetItem
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		tu, err := tupleSelf(v)
		if err != nil {
			return false, err
		}
		for _, y := range tu.Items {
			eq, err := sameOrEqual(t, y, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	s.Binary[OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		ta, tb := asTuple(a), asTuple(b)
		if ta == nil || tb == nil {
			return NotImplemented, nil
		}
		if len(tb.Items) == 0 && a.o == Object(ta) {
			return a, nil
		}
		if len(ta.Items) == 0 && b.o == Object(tb) {
			return b, nil
		}
		items := make([]Value, 0, len(ta.Items)+len(tb.Items))
		items = append(items, ta.Items...)
		items = append(items, tb.Items...)
		return NewTuple(items), nil
	}
	s.Binary[OpMul] = tupleRepeat
	s.Reflected[OpMul] = tupleRepeat

	TupleType.AddMethod("index", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("index", args, kwnames, 1, 3); err != nil {
			return Null, err
		}
		tu, err := tupleSelf(self)
		if err != nil {
			return Null, err
		}
		start, stop, err := seqSearchBounds(t, args, len(tu.Items))
		if err != nil {
			return Null, err
		}
		for i := start; i < stop; i++ {
			eq, err := sameOrEqual(t, tu.Items[i], args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		return Null, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	})
	TupleType.AddMethod("count", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("tuple.count", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		tu, err := tupleSelf(self)
		if err != nil {
			return Null, err
		}
		n, err := seqCount(t, func() []Value { return tu.Items }, args[0])
		return Int(int64(n)), err
	})
	addSlotMethods(TupleType)
	addNewMethod(TupleType)
	TupleType.AddMethod("__getnewargs__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		tu, err := tupleSelf(self)
		if err != nil {
			return Null, err
		}
		return NewTuple([]Value{NewTuple(append([]Value(nil), tu.Items...))}), nil
	})

	TupleIteratorType.Slots.Iter = iterSelf
	TupleIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.o.(*tupleIterator)
		if it.i < len(it.items) {
			x := it.items[it.i]
			it.i++
			return x, true, nil
		}
		it.items = nil
		return Null, false, nil
	}
	addSlotMethods(TupleIteratorType)
}

// tupleNew is tuple(...) and tuple.__new__ for subclasses (a tuple's items
// are fixed at creation, so subclasses are filled here too).
func tupleNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		if cls == TupleType || cls == nil {
			return Null, Errorf(TypeErrorType, "tuple() takes no keyword arguments")
		}
		if !definedByScript(cls, "__init__") {
			return Null, Errorf(TypeErrorType, "tuple() takes no keyword arguments")
		}
		args = args[:len(args)-len(kwnames)]
	}
	var v Value
	switch len(args) {
	case 0:
		v = EmptyTuple
	case 1:
		if cls == TupleType || cls == nil {
			return ToTuple(t, args[0])
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return Null, err
		}
		v = Obj(&Tuple{Items: items})
	default:
		return Null, Errorf(TypeErrorType, "tuple expected at most 1 argument, got %d", len(args))
	}
	if cls == TupleType || cls == nil {
		return v, nil
	}
	inst := NewInstance(cls)
	inst.Base = v
	return Obj(inst), nil
}

func tupleGetItem(t *Thread, v, key Value) (Value, error) {
	tu, err := tupleSelf(v)
	if err != nil {
		return Null, err
	}
	if key.IsInt() {
		i := int64(key.n)
		if i < 0 {
			i += int64(len(tu.Items))
		}
		if i < 0 || i >= int64(len(tu.Items)) {
			return Null, Errorf(IndexErrorType, "tuple index out of range")
		}
		return tu.Items[i], nil
	}
	if sl, ok := key.o.(*Slice); ok {
		_, _, step, n, err := SliceIndices(t, sl, len(tu.Items))
		if err != nil {
			return Null, err
		}
		if n == len(tu.Items) && step == 1 && v.o == Object(tu) {
			return v, nil
		}
		items, err := sliceValues(t, tu.Items, sl)
		if err != nil {
			return Null, err
		}
		return NewTuple(items), nil
	}
	i, _, err := seqIndexArg(t, key, "tuple")
	if err != nil {
		return Null, err
	}
	p, ok := seqNormIndex(i, len(tu.Items))
	if !ok {
		return Null, Errorf(IndexErrorType, "tuple index out of range")
	}
	return tu.Items[p], nil
}

func tupleRepeat(t *Thread, a, b Value) (Value, error) {
	tu, err := tupleSelf(a)
	if err != nil {
		return Null, err
	}
	n, ok, err := seqRepeatCount(t, b)
	if !ok {
		return NotImplemented, nil
	}
	if err != nil {
		return Null, err
	}
	if n == 1 && a.o == Object(tu) {
		return a, nil
	}
	items, err := seqRepeatItems(t, tu.Items, n)
	if err != nil {
		return Null, err
	}
	return NewTuple(items), nil
}

// tupleIterator is tuple_iterator.
type tupleIterator struct {
	items []Value
	i     int
}

// Type makes tupleIterator an Object.
func (*tupleIterator) Type() *Type { return TupleIteratorType }
