package runtime

// dictView is dict_keys, dict_values or dict_items: a live view of a dict.
type dictView struct {
	src  Value // the dict (or dict subclass instance) viewed
	d    *Dict
	kind dictIterKind
}

// Type makes dictView an Object.
func (v *dictView) Type() *Type {
	switch v.kind {
	case dictValuesKind:
		return DictValuesType
	case dictItemsKind:
		return DictItemsType
	}
	return DictKeysType
}

// dictViewMethod makes the keys/values/items methods of dict.
func dictViewMethod(fname string, kind dictIterKind) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount(fname, args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		return Obj(&dictView{src: self, d: d, kind: kind}), nil
	}
}

// isSetView reports whether v is a keys or items view (the set-like ones).
func isSetView(v Value) bool {
	dv, ok := v.o.(*dictView)
	return ok && dv.kind != dictValuesKind
}

// contains is x in view.
func (v *dictView) contains(t *Thread, x Value) (bool, error) {
	switch v.kind {
	case dictKeysKind:
		_, ok, err := v.d.Get(t, x)
		return ok, err
	case dictItemsKind:
		tu, ok := x.o.(*Tuple)
		if !ok || len(tu.Items) != 2 {
			return false, nil
		}
		val, found, err := v.d.Get(t, tu.Items[0])
		if err != nil || !found {
			return false, err
		}
		return sameOrEqual(t, val, tu.Items[1])
	}
	for i := 0; i < v.d.n; i++ {
		e := *v.d.entry(i)
		if e.key.o == nil {
			continue
		}
		eq, err := sameOrEqual(t, e.val, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func init() {
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		typ := typ
		s := &typ.Slots
		s.Repr = func(t *Thread, v Value) (string, error) {
			dv := v.o.(*dictView)
			if !reprEnter(t, dv) {
				return "...", nil
			}
			defer reprLeave(t, dv)
			it := newDictIter(dv.d, dv.kind)
			var items []Value
			for {
				x, ok, err := dictIterNext(t, Obj(it))
				if err != nil {
					return "", err
				}
				if !ok {
					break
				}
				items = append(items, x)
			}
			return seqReprItems(t, typ.Name+"([", items, "])")
		}
		s.Len = func(t *Thread, v Value) (int, error) { return v.o.(*dictView).d.used, nil }
		s.Iter = func(t *Thread, v Value) (Value, error) {
			dv := v.o.(*dictView)
			return Obj(newDictIter(dv.d, dv.kind)), nil
		}
		s.Contains = func(t *Thread, v, x Value) (bool, error) { return v.o.(*dictView).contains(t, x) }
		typ.AddMethod("__reversed__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			dv := self.o.(*dictView)
			return Obj(newDictReverseIter(dv.d, dv.kind)), nil
		})
		typ.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
			if name == "mapping" {
				return v.o.(*dictView).src, nil
			}
			return GenericGetAttr(t, v, name)
		}
		if typ == DictValuesType {
			addSlotMethods(typ)
			continue
		}
		s.Hash = unhashable
		s.Compare = dictViewCompare
		for op, fn := range map[BinOp]func(t *Thread, a, b Value) (Value, error){
			OpOr: dictViewOr, OpAnd: dictViewAnd, OpSub: dictViewSub, OpXor: dictViewXor,
		} {
			fn := fn
			s.Binary[op] = fn
			s.Reflected[op] = func(t *Thread, b, a Value) (Value, error) { return fn(t, a, b) }
		}
		typ.AddMethod("isdisjoint", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount("isdisjoint", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			r, err := dictViewIsDisjoint(t, self, args[0])
			return Bool(r), err
		})
		addSlotMethods(typ)
		typ.Dict.Set("__hash__", None)
	}
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(t *Thread, a, b Value) (bool, error) {
	ok := true
	err := ForEach(t, a, func(x Value) (bool, error) {
		in, err := Contains(t, b, x)
		if err != nil {
			return false, err
		}
		ok = in
		return in, nil
	})
	return ok, err
}

func dictViewCompare(t *Thread, a, b Value, op CmpOp) (Value, error) {
	if asSet(b) == nil && !isSetView(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return Null, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return Null, err
	}
	ok := false
	switch op {
	case CmpEq, CmpNe:
		if la == lb {
			if ok, err = allContainedIn(t, a, b); err != nil {
				return Null, err
			}
		}
		if op == CmpNe {
			ok = !ok
		}
	case CmpLt:
		if la < lb {
			ok, err = allContainedIn(t, a, b)
		}
	case CmpLe:
		if la <= lb {
			ok, err = allContainedIn(t, a, b)
		}
	case CmpGt:
		if la > lb {
			ok, err = allContainedIn(t, b, a)
		}
	case CmpGe:
		if la >= lb {
			ok, err = allContainedIn(t, b, a)
		}
	}
	if err != nil {
		return Null, err
	}
	return Bool(ok), nil
}

// The set operations of views build a set from the left operand, then apply
// the set method with the right one, as CPython's dictviews_* do.

func dictViewOr(t *Thread, a, b Value) (Value, error) {
	r, err := SetFromIterable(t, a, false)
	if err != nil {
		return Null, err
	}
	return Obj(r), r.update(t, b)
}

func dictViewSub(t *Thread, a, b Value) (Value, error) {
	r, err := SetFromIterable(t, a, false)
	if err != nil {
		return Null, err
	}
	return Obj(r), r.differenceUpdate(t, b)
}

func dictViewXor(t *Thread, a, b Value) (Value, error) {
	da, okA := a.o.(*dictView)
	db, okB := b.o.(*dictView)
	if okA && okB && da.kind == dictItemsKind && db.kind == dictItemsKind {
		return dictItemsXor(t, da.d, db.d)
	}
	r, err := SetFromIterable(t, a, false)
	if err != nil {
		return Null, err
	}
	return Obj(r), r.symmetricDifferenceUpdate(t, b)
}

// dictItemsXor is items ^ items: pairs in exactly one of the dicts.
func dictItemsXor(t *Thread, d1, d2 *Dict) (Value, error) {
	tmp := d1.Copy()
	result := NewSet()
	for i := 0; i < d2.n; i++ {
		e := *d2.entry(i)
		if e.key.o == nil {
			continue
		}
		ix, _, err := tmp.lookup(t, e.key, e.hash)
		if err != nil {
			return Null, err
		}
		del := false
		if ix >= 0 {
			if del, err = sameOrEqual(t, tmp.entry(ix).val, e.val); err != nil {
				return Null, err
			}
		}
		if del {
			ix, slot, err := tmp.lookup(t, e.key, e.hash)
			if err != nil {
				return Null, err
			}
			if ix >= 0 {
				tmp.deleteAt(ix, slot)
			}
			continue
		}
		if err := result.Add(t, NewPair(e.key, e.val)); err != nil {
			return Null, err
		}
	}
	for i := 0; i < tmp.n; i++ {
		e := *tmp.entry(i)
		if e.key.o == nil {
			continue
		}
		if err := result.Add(t, NewPair(e.key, e.val)); err != nil {
			return Null, err
		}
	}
	return Obj(result), nil
}

// dictViewAnd is _PyDictView_Intersect.
func dictViewAnd(t *Thread, a, b Value) (Value, error) {
	self, other := a, b
	if !isSetView(self) {
		self, other = other, self
	}
	dv := self.o.(*dictView)
	lenSelf := dv.d.used
	if os, ok := other.o.(*Set); ok && !os.Frozen && lenSelf <= os.used {
		r, err := setIntersection(t, other, self)
		if err != nil {
			return Null, err
		}
		return Obj(r), nil
	}
	if ov, ok := other.o.(*dictView); ok && ov.kind != dictValuesKind && ov.d.used > lenSelf {
		self, other = other, self
		dv = ov
	}
	result := NewSet()
	err := ForEach(t, other, func(x Value) (bool, error) {
		in, err := dv.contains(t, x)
		if err != nil {
			return false, err
		}
		if in {
			return true, result.Add(t, x)
		}
		return true, nil
	})
	if err != nil {
		return Null, err
	}
	return Obj(result), nil
}

// dictViewIsDisjoint is dictviews_isdisjoint.
func dictViewIsDisjoint(t *Thread, self, other Value) (bool, error) {
	if Is(self, other) {
		n, err := Len(t, self)
		return n == 0, err
	}
	it, sv := other, self
	if asSet(other) != nil || isSetView(other) {
		ls, err := Len(t, self)
		if err != nil {
			return false, err
		}
		lo, err := Len(t, other)
		if err != nil {
			return false, err
		}
		if lo > ls {
			it, sv = self, other
		}
	}
	disjoint := true
	err := ForEach(t, it, func(x Value) (bool, error) {
		in, err := Contains(t, sv, x)
		if err != nil {
			return false, err
		}
		if in {
			disjoint = false
			return false, nil
		}
		return true, nil
	})
	return disjoint, err
}
