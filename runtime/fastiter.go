package runtime

// RangeIter is range_iterator, exported for the vm's fast path.
type RangeIter = rangeIterator

// ListIter is list_iterator, exported for the vm's fast path.
type ListIter = listIterator

// NextInt advances a range iterator; ok is false when it is exhausted.
func (o *rangeIterator) NextInt() (int64, bool) {
	if o.remaining == 0 {
		return 0, false
	}
	o.remaining--
	v := o.next
	o.next = int64(uint64(o.next) + uint64(o.step))
	return v, true
}

// NextItem advances a list iterator; ok is false when it is exhausted.
func (o *listIterator) NextItem() (Value, bool) {
	if o.l == nil || o.i >= len(o.l.Items) {
		o.l = nil
		return Null, false
	}
	v := o.l.Items[o.i]
	o.i++
	return v, true
}

// FastNext advances the iterators the vm's FOR_ITER meets most (range and
// list iterators) without a slot call. handled is false for other
// iterators, which go through Next.
func FastNext(it Value) (v Value, ok, handled bool) {
	switch o := it.o.(type) {
	case *rangeIterator:
		i, ok := o.NextInt()
		if !ok {
			return Null, false, true
		}
		return Int(i), true, true
	case *listIterator:
		v, ok := o.NextItem()
		return v, ok, true
	}
	return Null, false, false
}
