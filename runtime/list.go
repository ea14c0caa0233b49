package runtime

// List is a mutable sequence.
type List struct {
	Items []Value
}

// Type makes List an Object.
func (*List) Type() *Type { return ListType }

// NewList makes a list that takes ownership of items.
func NewList(items []Value) *List { return &List{Items: items} }

// asList returns the list behind v: a list, or the list wrapped by an
// instance of a script subclass of list.
func asList(v Value) *List {
	switch o := v.o.(type) {
	case *List:
		return o
	case *Instance:
		if l, ok := o.Base.o.(*List); ok {
			return l
		}
	}
	return nil
}

// listSelf is asList for method receivers, failing cleanly for objects
// that are not lists.
func listSelf(v Value) (*List, error) {
	if l := asList(v); l != nil {
		return l, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a 'list' object but received a '%s'", v.TypeName())
}

// ListFrom is list(iterable).
func ListFrom(t *Thread, v Value) (*List, error) {
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	return &List{Items: items}, nil
}

func init() {
	ListType.New = listNew
	s := &ListType.Slots
	s.Repr = listRepr
	s.Hash = unhashable
	s.Compare = listCompare
	s.Len = func(t *Thread, v Value) (int, error) {
		l, err := listSelf(v)
		if err != nil {
			return 0, err
		}
		return len(l.Items), nil
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		l, err := listSelf(v)
		if err != nil {
			return Null, err
		}
		return Obj(&listIterator{l: l}), nil
	}
	s.GetItem = listGetItem
	s.SetItem = listSetItem
	s.DelItem = listDelItem
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		l, err := listSelf(v)
		if err != nil {
			return false, err
		}
		i, err := l.find(t, x, 0, len(l.Items))
		return i >= 0, err
	}
	s.Binary[OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		la, lb := asList(a), asList(b)
		if la == nil || lb == nil {
			return NotImplemented, nil
		}
		items := make([]Value, 0, len(la.Items)+len(lb.Items))
		items = append(items, la.Items...)
		items = append(items, lb.Items...)
		return Obj(&List{Items: items}), nil
	}
	s.Binary[OpMul] = listRepeat
	s.Reflected[OpMul] = listRepeat
	s.InPlace[OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		l, err := listSelf(a)
		if err != nil {
			return Null, err
		}
		if err := l.extend(t, b); err != nil {
			return Null, err
		}
		return a, nil
	}
	s.InPlace[OpMul] = func(t *Thread, a, b Value) (Value, error) {
		l, err := listSelf(a)
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
		items, err := seqRepeatItems(t, l.Items, n)
		if err != nil {
			return Null, err
		}
		l.Items = items
		return a, nil
	}

	m := ListType.AddMethod
	m("append", listAppend)
	m("extend", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("list.extend", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		return None, l.extend(t, args[0])
	})
	m("insert", listInsert)
	m("pop", listPop)
	m("remove", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("list.remove", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		i, err := l.find(t, args[0], 0, len(l.Items))
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, Errorf(ValueErrorType, "list.remove(x): x not in list")
		}
		l.deleteRange(i, i+1)
		return None, nil
	})
	m("index", listIndex)
	m("count", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("list.count", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		n, err := seqCount(t, func() []Value { return l.Items }, args[0])
		return Int(int64(n)), err
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("list.clear", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		l.Items = nil
		return None, nil
	})
	m("copy", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("list.copy", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		return Obj(&List{Items: append([]Value(nil), l.Items...)}), nil
	})
	m("reverse", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("list.reverse", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		seqReverse(l.Items)
		return None, nil
	})
	m("sort", listSort)
	m("__init__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("list", kwnames); err != nil {
			return Null, err
		}
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "list expected at most 1 argument, got %d", len(args))
		}
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		l.Items = nil
		if len(args) == 1 {
			return None, l.extend(t, args[0])
		}
		return None, nil
	})
	m("__reversed__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		l, err := listSelf(self)
		if err != nil {
			return Null, err
		}
		return Obj(&listReverseIterator{l: l, i: len(l.Items) - 1}), nil
	})
	addSlotMethods(ListType)
	addNewMethod(ListType)
	ListType.Dict.Set("__hash__", None)
}

// listNew is list(...) and the construction of list subclasses; a subclass
// whose script defines __init__ is filled by list.__init__ instead.
func listNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if cls == ListType || cls == nil {
		if err := NoKwargs("list", kwnames); err != nil {
			return Null, err
		}
		switch len(args) {
		case 0:
			return Obj(&List{}), nil
		case 1:
			l, err := ListFrom(t, args[0])
			if err != nil {
				return Null, err
			}
			return Obj(l), nil
		}
		return Null, Errorf(TypeErrorType, "list expected at most 1 argument, got %d", len(args))
	}
	l := &List{}
	inst := NewInstance(cls)
	inst.Base = Obj(l)
	if !definedByScript(cls, "__init__") {
		if err := NoKwargs("list", kwnames); err != nil {
			return Null, err
		}
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "list expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if err := l.extend(t, args[0]); err != nil {
				return Null, err
			}
		}
	}
	return Obj(inst), nil
}

func listRepr(t *Thread, v Value) (string, error) {
	l, err := listSelf(v)
	if err != nil {
		return "", err
	}
	if len(l.Items) == 0 {
		return "[]", nil
	}
	if !canRecurse(l.Items) {
		return seqReprItems(t, "[", l.Items, "]")
	}
	if !reprEnter(t, l) {
		return "[...]", nil
	}
	defer reprLeave(t, l)
	return seqReprItems(t, "[", l.Items, "]")
}

func listCompare(t *Thread, a, b Value, op CmpOp) (Value, error) {
	la, lb := asList(a), asList(b)
	if la == nil || lb == nil {
		return NotImplemented, nil
	}
	return compareSeq(t, la.Items, lb.Items, op)
}

func listRepeat(t *Thread, a, b Value) (Value, error) {
	l, err := listSelf(a)
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
	items, err := seqRepeatItems(t, l.Items, n)
	if err != nil {
		return Null, err
	}
	return Obj(&List{Items: items}), nil
}

// seqNormIndex turns a possibly negative index into a position, reporting
// whether it is within [0, n).
func seqNormIndex(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false
	}
	return int(i), true
}

func listGetItem(t *Thread, v, key Value) (Value, error) {
	l, err := listSelf(v)
	if err != nil {
		return Null, err
	}
	if key.IsInt() {
		i := int64(key.n)
		if i < 0 {
			i += int64(len(l.Items))
		}
		if i < 0 || i >= int64(len(l.Items)) {
			return Null, Errorf(IndexErrorType, "list index out of range")
		}
		return l.Items[i], nil
	}
	if sl, ok := key.o.(*Slice); ok {
		items, err := sliceValues(t, l.Items, sl)
		if err != nil {
			return Null, err
		}
		return Obj(&List{Items: items}), nil
	}
	i, _, err := seqIndexArg(t, key, "list")
	if err != nil {
		return Null, err
	}
	p, ok := seqNormIndex(i, len(l.Items))
	if !ok {
		return Null, Errorf(IndexErrorType, "list index out of range")
	}
	return l.Items[p], nil
}

// sliceValues is items[sl] as a new slice.
func sliceValues(t *Thread, items []Value, sl *Slice) ([]Value, error) {
	start, _, step, n, err := SliceIndices(t, sl, len(items))
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		return nil, nil
	}
	if step == 1 {
		return append([]Value(nil), items[start:start+n]...), nil
	}
	out := make([]Value, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = items[i]
	}
	return out, nil
}

func listSetItem(t *Thread, v, key, val Value) error {
	l, err := listSelf(v)
	if err != nil {
		return err
	}
	if sl, ok := key.o.(*Slice); ok {
		return l.assignSlice(t, sl, val)
	}
	i, _, err := seqIndexArg(t, key, "list")
	if err != nil {
		return err
	}
	p, ok := seqNormIndex(i, len(l.Items))
	if !ok {
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	l.Items[p] = val
	return nil
}

// assignSlice is l[sl] = val.
func (l *List) assignSlice(t *Thread, sl *Slice, val Value) error {
	var items []Value
	if src := asList(val); src == l {
		items = append([]Value(nil), l.Items...)
	} else if src != nil {
		items = src.Items
	} else if tup, ok := val.o.(*Tuple); ok {
		items = tup.Items
	} else {
		typ := val.Type()
		if typ.Slots.Iter == nil && typ.Slots.GetItem == nil {
			return Errorf(TypeErrorType, "can only assign an iterable")
		}
		var err error
		if items, err = ToSlice(t, val); err != nil {
			return err
		}
	}
	start, stop, step, n, err := l.sliceIndices(t, sl)
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		l.replaceRange(start, stop, items)
		return nil
	}
	if len(items) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	// Copy first: items may alias l.Items.
	items = append([]Value(nil), items...)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		l.Items[i] = items[k]
	}
	return nil
}

// sliceIndices is SliceIndices against the list's length after the slice's
// __index__ methods (which may change the list) have run.
func (l *List) sliceIndices(t *Thread, sl *Slice) (start, stop, step, n int, err error) {
	st, sp, stp, err := sliceUnpack(t, sl)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	start, stop, n = adjustIndices(st, sp, stp, int64(len(l.Items)))
	return start, stop, int(stp), n, nil
}

// replaceRange replaces l.Items[lo:hi] with items.
func (l *List) replaceRange(lo, hi int, items []Value) {
	old := l.Items
	delta := len(items) - (hi - lo)
	if delta == 0 {
		copy(old[lo:hi], items)
		return
	}
	newLen := len(old) + delta
	if delta < 0 {
		copy(old[lo:], items)
		copy(old[lo+len(items):], old[hi:])
		clear(old[newLen:])
		l.Items = old[:newLen]
		return
	}
	if newLen <= cap(old) {
		grown := old[:newLen]
		copy(grown[hi+delta:], old[hi:])
		copy(grown[lo:], items)
		l.Items = grown
		return
	}
	grown := make([]Value, newLen, newLen+newLen/8+4)
	copy(grown, old[:lo])
	copy(grown[lo:], items)
	copy(grown[lo+len(items):], old[hi:])
	l.Items = grown
}

// deleteRange removes l.Items[lo:hi].
func (l *List) deleteRange(lo, hi int) {
	if hi <= lo {
		return
	}
	old := l.Items
	n := copy(old[lo:], old[hi:])
	clear(old[lo+n:])
	l.Items = old[:lo+n]
}

func listDelItem(t *Thread, v, key Value) error {
	l, err := listSelf(v)
	if err != nil {
		return err
	}
	if sl, ok := key.o.(*Slice); ok {
		start, _, step, n, err := l.sliceIndices(t, sl)
		if err != nil {
			return err
		}
		if n <= 0 {
			return nil
		}
		if step == 1 {
			l.deleteRange(start, start+n)
			return nil
		}
		if step < 0 {
			start = start + (n-1)*step
			step = -step
		}
		// Remove every step-th item from start, compacting in place.
		items := l.Items
		w := start
		next := start
		removed := 0
		for r := start; r < len(items); r++ {
			if removed < n && r == next {
				removed++
				next += step
				continue
			}
			items[w] = items[r]
			w++
		}
		clear(items[w:])
		l.Items = items[:w]
		return nil
	}
	i, _, err := seqIndexArg(t, key, "list")
	if err != nil {
		return err
	}
	p, ok := seqNormIndex(i, len(l.Items))
	if !ok {
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	l.deleteRange(p, p+1)
	return nil
}

// Append adds v at the end of the list.
func (l *List) Append(v Value) { l.Items = appendGrow(l.Items, v) }

// extend appends the items of an iterable.
func (l *List) extend(t *Thread, v Value) error {
	switch o := v.o.(type) {
	case *List:
		l.Items = append(l.Items, o.Items...)
		return nil
	case *Tuple:
		l.Items = append(l.Items, o.Items...)
		return nil
	}
	if src := asList(v); src != nil {
		l.Items = append(l.Items, src.Items...)
		return nil
	}
	return ForEach(t, v, func(x Value) (bool, error) {
		l.Items = append(l.Items, x)
		return true, nil
	})
}

// find returns the position of the first item equal to x in [lo, hi), or -1.
// The bounds are re-checked after each comparison, which may run script
// code that changes the list.
func (l *List) find(t *Thread, x Value, lo, hi int) (int, error) {
	for i := lo; i < hi && i < len(l.Items); i++ {
		eq, err := sameOrEqual(t, l.Items[i], x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// seqCount counts the items equal to x; items is re-read after each
// comparison.
func seqCount(t *Thread, items func() []Value, x Value) (int, error) {
	n := 0
	for i := 0; i < len(items()); i++ {
		eq, err := sameOrEqual(t, items()[i], x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

func listAppend(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) != 1 || len(kwnames) != 0 {
		return Null, ArgCount("list.append", args, kwnames, 1, 1)
	}
	l, err := listSelf(self)
	if err != nil {
		return Null, err
	}
	l.Items = append(l.Items, args[0])
	return None, nil
}

func listInsert(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("insert", args, kwnames, 2, 2); err != nil {
		return Null, err
	}
	l, err := listSelf(self)
	if err != nil {
		return Null, err
	}
	i, err := clampedIndex(t, args[0])
	if err != nil {
		return Null, err
	}
	n := int64(len(l.Items))
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = append(l.Items, Null)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = args[1]
	return None, nil
}

// clampedIndex converts an index argument that CPython clamps rather than
// rejects when huge (insert positions).
func clampedIndex(t *Thread, v Value) (int64, error) {
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if _, big := r.o.(*BigInt); big {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int64(r.n), nil
}

func listPop(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("pop", args, kwnames, 0, 1); err != nil {
		return Null, err
	}
	l, err := listSelf(self)
	if err != nil {
		return Null, err
	}
	i := int64(-1)
	if len(args) == 1 {
		if i, err = IndexInt(t, args[0]); err != nil {
			if IsInstanceOf(err, IndexErrorType) {
				return Null, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			return Null, err
		}
	}
	if len(l.Items) == 0 {
		return Null, Errorf(IndexErrorType, "pop from empty list")
	}
	p, ok := seqNormIndex(i, len(l.Items))
	if !ok {
		return Null, Errorf(IndexErrorType, "pop index out of range")
	}
	v := l.Items[p]
	if p == len(l.Items)-1 {
		l.Items[p] = Null
		l.Items = l.Items[:p]
	} else {
		l.deleteRange(p, p+1)
	}
	return v, nil
}

// seqSearchBounds resolves the start/stop arguments of index() methods.
func seqSearchBounds(t *Thread, args []Value, n int) (int, int, error) {
	start, stop := int64(0), int64(n)
	for k := 1; k < len(args) && k < 3; k++ {
		v := args[k]
		if !v.IntLike() && v.Type().Slots.Index == nil {
			return 0, 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		x, err := sliceIndex(t, v)
		if err != nil {
			return 0, 0, err
		}
		if k == 1 {
			start = x
		} else {
			stop = x
		}
	}
	if start < 0 {
		start += int64(n)
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += int64(n)
		if stop < 0 {
			stop = 0
		}
	}
	if stop > int64(n) {
		stop = int64(n)
	}
	if start > stop {
		start = stop
	}
	return int(start), int(stop), nil
}

func listIndex(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("index", args, kwnames, 1, 3); err != nil {
		return Null, err
	}
	l, err := listSelf(self)
	if err != nil {
		return Null, err
	}
	start, stop, err := seqSearchBounds(t, args, len(l.Items))
	if err != nil {
		return Null, err
	}
	i, err := l.find(t, args[0], start, stop)
	if err != nil {
		return Null, err
	}
	if i < 0 {
		r, err := Repr(t, args[0])
		if err != nil {
			return Null, err
		}
		return Null, Errorf(ValueErrorType, "%s is not in list", r)
	}
	return Int(int64(i)), nil
}

func listSort(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) > len(kwnames) {
		return Null, Errorf(TypeErrorType, "sort() takes no positional arguments")
	}
	for _, k := range kwnames {
		if k != "key" && k != "reverse" {
			return Null, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for sort()", k)
		}
	}
	var key, rev Value
	if err := ParseArgs("sort", args, kwnames, 0, []string{"$key", "$reverse"}, &key, &rev); err != nil {
		return Null, err
	}
	reverse := false
	if !rev.IsNull() {
		if !rev.IntLike() {
			if rev.IsFloat() || rev.Type().Slots.Index == nil {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", rev.TypeName())
			}
		}
		b, err := Truth(t, rev)
		if err != nil {
			return Null, err
		}
		reverse = b
	}
	l, err := listSelf(self)
	if err != nil {
		return Null, err
	}
	items := l.Items
	l.Items = nil
	err = SortValues(t, items, key, reverse)
	modified := l.Items != nil
	l.Items = items
	if err != nil {
		return Null, err
	}
	if modified {
		return Null, Errorf(ValueErrorType, "list modified during sort")
	}
	return None, nil
}

func seqReverse(items []Value) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

// listIterator is list_iterator: it reads the list's current items at each
// step, so appends made during the loop are seen.
type listIterator struct {
	l *List
	i int
}

// Type makes listIterator an Object.
func (*listIterator) Type() *Type { return ListIteratorType }

// listReverseIterator is list_reverseiterator.
type listReverseIterator struct {
	l *List
	i int
}

var listReverseIteratorType = NewBuiltinType("list_reverseiterator", ObjectType)

// Type makes listReverseIterator an Object.
func (*listReverseIterator) Type() *Type { return listReverseIteratorType }

func init() {
	ListIteratorType.Slots.Iter = iterSelf
	ListIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.o.(*listIterator)
		if it.l != nil {
			if it.i < len(it.l.Items) {
				x := it.l.Items[it.i]
				it.i++
				return x, true, nil
			}
			it.l = nil
		}
		return Null, false, nil
	}
	addSlotMethods(ListIteratorType)
	listReverseIteratorType.Slots.Iter = iterSelf
	listReverseIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.o.(*listReverseIterator)
		if it.l != nil {
			if it.i >= 0 && it.i < len(it.l.Items) {
				x := it.l.Items[it.i]
				it.i--
				return x, true, nil
			}
			it.l = nil
		}
		return Null, false, nil
	}
	addSlotMethods(listReverseIteratorType)
}
