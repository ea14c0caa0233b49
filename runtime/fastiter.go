package runtime

// FastNext advances the iterators the vm's FOR_ITER meets most (range and
// list iterators) without a slot call. handled is false for other
// iterators, which go through Next.
func FastNext(it Value) (v Value, ok, handled bool) {
	switch o := it.o.(type) {
	case *rangeIterator:
		if o.remaining == 0 {
			return Null, false, true
		}
		o.remaining--
		v := o.next
		o.next = int64(uint64(o.next) + uint64(o.step))
		return Int(v), true, true
	case *listIterator:
		if o.l == nil || o.i >= len(o.l.Items) {
			o.l = nil
			return Null, false, true
		}
		v := o.l.Items[o.i]
		o.i++
		return v, true, true
	}
	return Null, false, false
}
