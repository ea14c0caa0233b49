package runtime

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// SortValues sorts items in place as list.sort does: stably, comparing
// with < only (CompareBool(t, a, b, CmpLt)), by key(item) when key is a
// callable (not Null or None), in descending order when reverse is set
// (keeping equal items in their original order). The first error raised by
// key or by a comparison is returned; items then hold a permutation of the
// original values.
func SortValues(t *Thread, items []Value, key Value, reverse bool) error {
	hasKey := !key.IsNull() && !key.IsNone()
	keys := items
	if hasKey {
		keys = make([]Value, len(items))
		for i, x := range items {
			k, err := Call(t, key, []Value{x}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if len(items) < 2 {
		return nil
	}
	if reverse {
		seqReverse(keys)
		if hasKey {
			seqReverse(items)
		}
	}
	var err error
	if hasKey || !sortFast(items) {
		s := sorter{t: t, keys: keys}
		if hasKey {
			s.vals = items
		}
		s.sort()
		err = s.err
	}
	if reverse {
		seqReverse(keys)
		if hasKey {
			seqReverse(items)
		}
	}
	return err
}

// sortFast sorts lists made only of small ints, only of strs or only of
// non-NaN floats without calling back into the generic comparison; it
// reports false when items are of another kind.
func sortFast(items []Value) bool {
	switch items[0].o.(type) {
	case intKind:
		for _, x := range items {
			if !x.IsInt() {
				return false
			}
		}
		nums := make([]int64, len(items))
		for i, x := range items {
			nums[i] = int64(x.n)
		}
		slices.Sort(nums)
		for i, n := range nums {
			items[i] = Int(n)
		}
		return true
	case *StrObject:
		for _, x := range items {
			if _, ok := x.o.(*StrObject); !ok {
				return false
			}
		}
		slices.SortStableFunc(items, func(a, b Value) int {
			return strings.Compare(a.o.(*StrObject).S, b.o.(*StrObject).S)
		})
		return true
	case floatKind:
		for _, x := range items {
			if !x.IsFloat() || math.IsNaN(x.AsFloat()) {
				return false
			}
		}
		slices.SortStableFunc(items, func(a, b Value) int { return cmp.Compare(a.AsFloat(), b.AsFloat()) })
		return true
	}
	return false
}

// sorter is a natural merge sort in the manner of CPython's timsort: runs
// are found with count_run, short runs extended by binary insertion to
// minrun (so small lists are sorted exactly as CPython sorts them, even
// with inconsistent comparisons such as NaN), then merged stably.
type sorter struct {
	t    *Thread
	keys []Value
	vals []Value // nil when the keys are the items
	err  error
	tmpK []Value
	tmpV []Value
}

// lt is keys[i] < keys[j] through the generic comparison; after an error it
// answers false so that the sort ends quickly.
func (s *sorter) lt(a, b Value) bool {
	if s.err != nil {
		return false
	}
	switch ao := a.o.(type) {
	case intKind:
		if b.IsInt() {
			return int64(a.n) < int64(b.n)
		}
	case *StrObject:
		if bo, ok := b.o.(*StrObject); ok {
			return ao.S < bo.S
		}
	case *Tuple:
		if bo, ok := b.o.(*Tuple); ok {
			return s.tupleLt(ao.Items, bo.Items)
		}
	}
	r, err := CompareBool(s.t, a, b, CmpLt)
	if err != nil {
		s.err = err
		return false
	}
	return r
}

// tupleLt is tuple < tuple: the first items that are not equal decide,
// else the lengths do.
func (s *sorter) tupleLt(x, y []Value) bool {
	for i := 0; i < len(x) && i < len(y); i++ {
		a, b := x[i], y[i]
		switch ao := a.o.(type) {
		case intKind:
			if b.IsInt() {
				if a.n == b.n {
					continue
				}
				return int64(a.n) < int64(b.n)
			}
		case *StrObject:
			if bo, ok := b.o.(*StrObject); ok {
				if ao.S == bo.S {
					continue
				}
				return ao.S < bo.S
			}
		}
		eq, err := sameOrEqual(s.t, a, b)
		if err != nil {
			s.err = err
			return false
		}
		if !eq {
			return s.lt(a, b)
		}
	}
	return len(x) < len(y)
}

func (s *sorter) sort() {
	n := len(s.keys)
	minrun := computeMinrun(n)
	type run struct{ lo, n int }
	var stack []run
	lo := 0
	for lo < n {
		rn, desc := s.countRun(lo, n)
		if desc {
			s.reverse(lo, lo+rn)
		}
		if rn < minrun {
			force := min(minrun, n-lo)
			s.binarySort(lo, lo+force, lo+rn)
			rn = force
		}
		stack = append(stack, run{lo, rn})
		lo += rn
		// Keep run lengths decreasing fast enough that merges stay balanced.
		for len(stack) > 1 {
			k := len(stack)
			if k >= 3 && stack[k-3].n <= stack[k-2].n+stack[k-1].n {
				if stack[k-3].n < stack[k-1].n {
					s.merge(stack[k-3].lo, stack[k-2].lo, stack[k-2].lo+stack[k-2].n)
					stack[k-3].n += stack[k-2].n
					stack[k-2] = stack[k-1]
				} else {
					s.merge(stack[k-2].lo, stack[k-1].lo, stack[k-1].lo+stack[k-1].n)
					stack[k-2].n += stack[k-1].n
				}
				stack = stack[:k-1]
			} else if stack[k-2].n <= stack[k-1].n {
				s.merge(stack[k-2].lo, stack[k-1].lo, stack[k-1].lo+stack[k-1].n)
				stack[k-2].n += stack[k-1].n
				stack = stack[:k-1]
			} else {
				break
			}
		}
	}
	for len(stack) > 1 {
		k := len(stack)
		s.merge(stack[k-2].lo, stack[k-1].lo, stack[k-1].lo+stack[k-1].n)
		stack[k-2].n += stack[k-1].n
		stack = stack[:k-1]
	}
}

// computeMinrun is merge_compute_minrun.
func computeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun is count_run: the length of the run starting at lo, and whether
// it is strictly descending.
func (s *sorter) countRun(lo, hi int) (int, bool) {
	k := s.keys
	if lo+1 == hi {
		return 1, false
	}
	n := 2
	if s.lt(k[lo+1], k[lo]) {
		for i := lo + 2; i < hi && s.lt(k[i], k[i-1]); i++ {
			n++
		}
		return n, true
	}
	for i := lo + 2; i < hi && !s.lt(k[i], k[i-1]); i++ {
		n++
	}
	return n, false
}

func (s *sorter) reverse(lo, hi int) {
	seqReverse(s.keys[lo:hi])
	if s.vals != nil {
		seqReverse(s.vals[lo:hi])
	}
}

// binarySort is CPython's binarysort: [lo, start) is sorted; insert the
// items of [start, hi) one by one after a binary search.
func (s *sorter) binarySort(lo, hi, start int) {
	k, v := s.keys, s.vals
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := k[r]
		for l < r {
			p := l + (r-l)>>1
			if s.lt(pivot, k[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(k[l+1:start+1], k[l:start])
		k[l] = pivot
		if v != nil {
			pv := v[start]
			copy(v[l+1:start+1], v[l:start])
			v[l] = pv
		}
	}
}

// merge merges the sorted runs [lo, mid) and [mid, hi) stably.
func (s *sorter) merge(lo, mid, hi int) {
	k, v := s.keys, s.vals
	// Skip the prefix of the left run already in place, and the suffix of
	// the right run.
	for lo < mid && !s.lt(k[mid], k[lo]) {
		lo++
	}
	for mid < hi && !s.lt(k[hi-1], k[mid-1]) {
		hi--
	}
	if lo == mid || mid == hi {
		return
	}
	s.tmpK = append(s.tmpK[:0], k[lo:mid]...)
	if v != nil {
		s.tmpV = append(s.tmpV[:0], v[lo:mid]...)
	}
	i, j, w := 0, mid, lo
	left := len(s.tmpK)
	for i < left && j < hi {
		if s.lt(k[j], s.tmpK[i]) {
			k[w] = k[j]
			if v != nil {
				v[w] = v[j]
			}
			j++
		} else {
			k[w] = s.tmpK[i]
			if v != nil {
				v[w] = s.tmpV[i]
			}
			i++
		}
		w++
	}
	copy(k[w:], s.tmpK[i:left])
	if v != nil {
		copy(v[w:], s.tmpV[i:left])
	}
	clear(s.tmpK)
	clear(s.tmpV)
}
