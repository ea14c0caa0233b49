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
		arg := make([]Value, 1)
		for i, x := range items {
			arg[0] = x
			k, err := Call(t, key, arg, nil)
			if err != nil {
				return err
			}
			keys[i] = k
			// A builtin key (str, abs) runs no bytecode: poll here.
			if err := t.Poll(); err != nil {
				return err
			}
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
	// Big sorts under a host that can stop the script take the polling
	// path (the fast path's Go sort cannot stop early).
	if hasKey || len(items) > 1<<16 && t.Interruptible() || !sortFast(items) {
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

// sorter is CPython's timsort (Objects/listsort.txt), ported so that the
// same comparisons are made in the same order as CPython 3.11 makes them:
// runs found by count_run and extended by binary insertion to minrun, the
// powersort merge policy, and merges that gallop. With consistent
// comparisons any stable sort gives the same result; this matters for
// inconsistent ones (NaN) and for comparisons with side effects.
type sorter struct {
	t         *Thread
	keys      []Value
	vals      []Value // nil when the keys are the items
	err       error
	minGallop int
	pending   []sortRun
	tmpK      []Value
	tmpV      []Value
}

// sortRun is a pending run: keys[base:base+n], with its powersort power.
type sortRun struct {
	base, n, power int
}

const sortMinGallop = 7

// lt is a < b through the generic comparison; after an error it answers
// false so that the sort ends quickly without calling back again.
func (s *sorter) lt(a, b Value) bool {
	if s.err != nil {
		return false
	}
	if err := s.t.Poll(); err != nil {
		s.err = err
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
	s.minGallop = sortMinGallop
	minrun := computeMinrun(n)
	lo := 0
	// An error (a comparison raised, the host stopped the script) ends the
	// sort between merges: the items stay a permutation of the input.
	for lo < n && s.err == nil {
		rn, desc := s.countRun(lo, n)
		if desc {
			s.reverse(lo, lo+rn)
		}
		if rn < minrun {
			force := min(minrun, n-lo)
			s.binarySort(lo, lo+force, lo+rn)
			rn = force
		}
		s.foundNewRun(rn, n)
		s.pending = append(s.pending, sortRun{base: lo, n: rn})
		lo += rn
	}
	for len(s.pending) > 1 && s.err == nil {
		k := len(s.pending) - 2
		if k > 0 && s.pending[k-1].n < s.pending[k+1].n {
			k--
		}
		s.mergeAt(k)
	}
}

// foundNewRun is found_new_run: merge pending runs whose power exceeds the
// new boundary's.
func (s *sorter) foundNewRun(n2, total int) {
	if len(s.pending) == 0 {
		return
	}
	last := s.pending[len(s.pending)-1]
	power := powerloop(last.base, last.n, n2, total)
	for len(s.pending) > 1 && s.pending[len(s.pending)-2].power > power {
		s.mergeAt(len(s.pending) - 2)
	}
	s.pending[len(s.pending)-1].power = power
}

// powerloop is the powersort node power of the boundary between the runs
// [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n items.
func powerloop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
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

// mergeAt is merge_at: merge pending runs i and i+1.
func (s *sorter) mergeAt(i int) {
	p := s.pending
	pa, na := p[i].base, p[i].n
	pb, nb := p[i+1].base, p[i+1].n
	p[i].n = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	s.pending = p[:len(p)-1]
	// Items of A before where B's first item goes are already in place.
	k := s.gallopRight(s.keys[pb], s.keys[pa:pa+na], 0)
	pa += k
	na -= k
	if na == 0 {
		return
	}
	// Items of B after where A's last item goes are already in place.
	nb = s.gallopLeft(s.keys[pa+na-1], s.keys[pb:pb+nb], nb-1)
	if nb <= 0 {
		return
	}
	if na <= nb {
		s.mergeLo(pa, na, pb, nb)
	} else {
		s.mergeHi(pa, na, pb, nb)
	}
}

// gallopLeft is gallop_left: the position where key belongs in the sorted
// a, to the left of any equal items, searching from hint.
func (s *sorter) gallopLeft(key Value, a []Value, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if s.lt(a[hint], key) {
		maxofs := n - hint
		for ofs < maxofs {
			if !s.lt(a[hint+ofs], key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			if s.lt(a[hint-ofs], key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if s.lt(a[m], key) {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight is gallop_right: like gallopLeft, but to the right of any
// equal items.
func (s *sorter) gallopRight(key Value, a []Value, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if s.lt(key, a[hint]) {
		maxofs := hint + 1
		for ofs < maxofs {
			if !s.lt(key, a[hint-ofs]) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			if s.lt(key, a[hint+ofs]) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if s.lt(key, a[m]) {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs
}

// saveTemp copies keys (and values) [lo, lo+n) into the temp arrays.
func (s *sorter) saveTemp(lo, n int) {
	s.tmpK = append(s.tmpK[:0], s.keys[lo:lo+n]...)
	if s.vals != nil {
		s.tmpV = append(s.tmpV[:0], s.vals[lo:lo+n]...)
	}
}

// move copies n items (keys and values) within the list from src to dst.
func (s *sorter) move(dst, src, n int) {
	copy(s.keys[dst:dst+n], s.keys[src:src+n])
	if s.vals != nil {
		copy(s.vals[dst:dst+n], s.vals[src:src+n])
	}
}

// fromTemp copies n items from the temp arrays at src to the list at dst.
func (s *sorter) fromTemp(dst, src, n int) {
	copy(s.keys[dst:dst+n], s.tmpK[src:src+n])
	if s.vals != nil {
		copy(s.vals[dst:dst+n], s.tmpV[src:src+n])
	}
}

// mergeLo is merge_lo: merge the adjacent runs A = [pa, pa+na) and
// B = [pb, pb+nb) (na <= nb), copying A to the temp arrays.
func (s *sorter) mergeLo(pa, na, pb, nb int) {
	s.saveTemp(pa, na)
	keys := s.keys
	dest, ia, ib := pa, 0, pb
	mg := s.minGallop
	s.move(dest, ib, 1)
	dest++
	ib++
	nb--
	if nb == 0 {
		goto succeed
	}
	if na == 1 {
		goto copyB
	}
	for {
		acount, bcount := 0, 0
		for {
			if s.lt(keys[ib], s.tmpK[ia]) {
				s.move(dest, ib, 1)
				dest++
				ib++
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					goto succeed
				}
				if bcount >= mg {
					break
				}
			} else {
				s.fromTemp(dest, ia, 1)
				dest++
				ia++
				acount++
				bcount = 0
				na--
				if na == 1 {
					goto copyB
				}
				if acount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			s.minGallop = mg
			k := s.gallopRight(keys[ib], s.tmpK[ia:ia+na], 0)
			acount = k
			if k > 0 {
				s.fromTemp(dest, ia, k)
				dest += k
				ia += k
				na -= k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					goto succeed
				}
			}
			s.move(dest, ib, 1)
			dest++
			ib++
			nb--
			if nb == 0 {
				goto succeed
			}
			k = s.gallopLeft(s.tmpK[ia], keys[ib:ib+nb], 0)
			bcount = k
			if k > 0 {
				s.move(dest, ib, k)
				dest += k
				ib += k
				nb -= k
				if nb == 0 {
					goto succeed
				}
			}
			s.fromTemp(dest, ia, 1)
			dest++
			ia++
			na--
			if na == 1 {
				goto copyB
			}
			if acount < sortMinGallop && bcount < sortMinGallop {
				break
			}
		}
		mg++
		s.minGallop = mg
	}
succeed:
	if na > 0 {
		s.fromTemp(dest, ia, na)
	}
	s.clearTemp()
	return
copyB:
	// The last item of A belongs after what is left of B.
	s.move(dest, ib, nb)
	s.fromTemp(dest+nb, ia, 1)
	s.clearTemp()
}

// mergeHi is merge_hi: like mergeLo for na > nb, merging from the right
// with B in the temp arrays.
func (s *sorter) mergeHi(pa, na, pb, nb int) {
	s.saveTemp(pb, nb)
	keys := s.keys
	dest := pb + nb - 1
	ia := pa + na - 1 // last item of A, in the list
	ib := nb - 1      // last item of B, in the temp arrays
	mg := s.minGallop
	s.move(dest, ia, 1)
	dest--
	ia--
	na--
	if na == 0 {
		goto succeed
	}
	if nb == 1 {
		goto copyA
	}
	for {
		acount, bcount := 0, 0
		for {
			if s.lt(s.tmpK[ib], keys[ia]) {
				s.move(dest, ia, 1)
				dest--
				ia--
				acount++
				bcount = 0
				na--
				if na == 0 {
					goto succeed
				}
				if acount >= mg {
					break
				}
			} else {
				s.fromTemp(dest, ib, 1)
				dest--
				ib--
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					goto copyA
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			s.minGallop = mg
			k := s.gallopRight(s.tmpK[ib], keys[pa:pa+na], na-1)
			k = na - k
			acount = k
			if k > 0 {
				dest -= k
				ia -= k
				s.move(dest+1, ia+1, k)
				na -= k
				if na == 0 {
					goto succeed
				}
			}
			s.fromTemp(dest, ib, 1)
			dest--
			ib--
			nb--
			if nb == 1 {
				goto copyA
			}
			k = s.gallopLeft(keys[ia], s.tmpK[:nb], nb-1)
			k = nb - k
			bcount = k
			if k > 0 {
				dest -= k
				ib -= k
				s.fromTemp(dest+1, ib+1, k)
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					goto succeed
				}
			}
			s.move(dest, ia, 1)
			dest--
			ia--
			na--
			if na == 0 {
				goto succeed
			}
			if acount < sortMinGallop && bcount < sortMinGallop {
				break
			}
		}
		mg++
		s.minGallop = mg
	}
succeed:
	if nb > 0 {
		s.fromTemp(dest-(nb-1), 0, nb)
	}
	s.clearTemp()
	return
copyA:
	// The first item of B belongs before what is left of A.
	s.move(dest+1-na, ia+1-na, na)
	dest -= na
	s.fromTemp(dest, ib, 1)
	s.clearTemp()
}

// clearTemp drops the temp arrays' references.
func (s *sorter) clearTemp() {
	clear(s.tmpK)
	clear(s.tmpV)
}
