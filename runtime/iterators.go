package runtime

import (
	"unicode/utf8"
)

// This file holds what iteration over the containers shares: reversed(),
// the reversed object, and sequence unpacking for the vm. Each container's
// own iterator lives beside the container.

// iterSelf is the Iter slot of iterators: iter(it) is it.
func iterSelf(t *Thread, v Value) (Value, error) { return v, nil }

// ReversedType is the type of reversed(seq) for sequences without their
// own __reversed__ (tuple, str, script sequences).
var ReversedType = NewBuiltinType("reversed", ObjectType)

// reversedObj walks a sequence backwards through __getitem__, with fast
// paths for tuples and strs.
type reversedObj struct {
	seq   Value
	items []Value // the tuple's items, when seq is a tuple
	str   string  // the rest of the str, when seq is a str
	isStr bool
	i     int64
}

// Type makes reversedObj an Object.
func (*reversedObj) Type() *Type { return ReversedType }

// Reversed is the builtin reversed(v): the object's __reversed__ when it has
// one (list, range, dict and its views, script classes), otherwise a
// reversed iterator over a sequence with __len__ and __getitem__.
func Reversed(t *Thread, v Value) (Value, error) {
	switch o := v.o.(type) {
	case *List:
		return Obj(&listReverseIterator{l: o, i: len(o.Items) - 1}), nil
	case *Tuple:
		return Obj(&reversedObj{seq: v, items: o.Items, i: int64(len(o.Items)) - 1}), nil
	case *StrObject:
		return Obj(&reversedObj{seq: v, str: o.S, isStr: true}), nil
	case *Range:
		return Obj(o.reversedIter()), nil
	case *Dict:
		return DictReversed(t, v)
	}
	typ := v.Type()
	if m, ok := typ.Lookup("__reversed__"); ok {
		if m.IsNone() {
			return Null, Errorf(TypeErrorType, "'%s' object is not reversible", typ.Name)
		}
		return CallMethod(t, v, "__reversed__")
	}
	if typ.Slots.GetItem == nil || typ.IsSubtype(DictType) {
		return Null, Errorf(TypeErrorType, "'%s' object is not reversible", typ.Name)
	}
	if typ.Slots.Len == nil {
		return Null, Errorf(TypeErrorType, "object of type '%s' has no len()", typ.Name)
	}
	n, err := Len(t, v)
	if err != nil {
		return Null, err
	}
	return Obj(&reversedObj{seq: v, i: int64(n) - 1}), nil
}

func init() {
	ReversedType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("reversed", kwnames); err != nil {
			return Null, err
		}
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
		}
		return Reversed(t, args[0])
	}
	ReversedType.Slots.Iter = iterSelf
	ReversedType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		r := v.o.(*reversedObj)
		if r.isStr {
			if r.str == "" {
				return Null, false, nil
			}
			c, size := utf8.DecodeLastRuneInString(r.str)
			ch := r.str[len(r.str)-size:]
			if c == utf8.RuneError && size == 1 {
				ch = string(c)
			}
			r.str = r.str[:len(r.str)-size]
			return Str(ch), true, nil
		}
		if r.i < 0 || r.seq.IsNull() {
			return Null, false, nil
		}
		if r.items != nil {
			x := r.items[r.i]
			r.i--
			return x, true, nil
		}
		x, err := GetItem(t, r.seq, Int(r.i))
		if err != nil {
			if IsInstanceOf(err, IndexErrorType) || IsInstanceOf(err, StopIterationType) {
				r.i = -1
				r.seq = Null
				return Null, false, nil
			}
			return Null, false, err
		}
		r.i--
		return x, true, nil
	}
	addSlotMethods(ReversedType)
}

// UnpackSequence is the vm's `a, b, c = v`: exactly n items of an iterable,
// with CPython's messages when there are too few or too many.
func UnpackSequence(t *Thread, v Value, n int) ([]Value, error) {
	var items []Value
	isSeq := true
	switch o := v.o.(type) {
	case *Tuple:
		items = o.Items
	case *List:
		items = o.Items
	default:
		isSeq = false
	}
	if isSeq {
		if len(items) == n {
			return append([]Value(nil), items...), nil
		}
		if len(items) < n {
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	it, err := unpackIter(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, n)
	for len(out) < n {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(out))
		}
		out = append(out, x)
	}
	_, more, err := Next(t, it)
	if err != nil {
		return nil, err
	}
	if more {
		return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	return out, nil
}

// UnpackEx is the vm's `a, *b, c = v`: before items, a list of the middle
// items, then after items (before+1+after values in all).
func UnpackEx(t *Thread, v Value, before, after int) ([]Value, error) {
	it, err := unpackIter(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, before+1+after)
	for len(out) < before {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(out))
		}
		out = append(out, x)
	}
	rest, err := ToSlice(t, it)
	if err != nil {
		return nil, err
	}
	if len(rest) < after {
		return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, before+len(rest))
	}
	mid := len(rest) - after
	out = append(out, Obj(&List{Items: rest[:mid:mid]}))
	out = append(out, rest[mid:]...)
	return out, nil
}

// unpackIter is iter(v) with the unpacking message for non-iterables.
func unpackIter(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	if typ.Slots.Iter == nil && (typ.Slots.GetItem == nil || typ.IsSubtype(DictType)) {
		return Null, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", typ.Name)
	}
	return Iter(t, v)
}

func init() {
	// Iterators and views cannot be subclassed (their slots assume their own
	// Go types).
	for _, typ := range []*Type{ListIteratorType, listReverseIteratorType, TupleIteratorType,
		RangeIteratorType, SetIteratorType, DictKeyIteratorType, DictValueIteratorType,
		DictItemIteratorType, dictReverseKeyIteratorType, dictReverseValueIteratorType,
		dictReverseItemIteratorType, DictKeysType, DictValuesType, DictItemsType, ReversedType} {
		typ.Final = true
	}
}
