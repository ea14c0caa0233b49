package runtime

import "slices"

// Dict is an insertion-ordered hash map with Python's key semantics
// (hash and ==, which may run script code). The layout is CPython's compact
// dict: entries in insertion order (deleted ones left as holes until the
// next resize) and an open-addressing index table of positions in entries,
// probed with CPython's perturbation sequence.
//
// Unlike CPython, the entries are not one array: the first dictChunkSize
// live in head, which grows by doubling, and the rest in fixed-size chunks
// that are added as the dict grows and never move. A large dict therefore
// grows without copying its entries (copying a big array of pointers
// cannot be interrupted, holds up the GC when it needs this goroutine, and
// touches twice the memory), and the index is rebuilt, from the stored
// hashes, only when it is too full.
type Dict struct {
	head []dictEntry   // entries 0 .. dictChunkSize-1
	tail [][]dictEntry // the following entries, dictChunkSize per chunk
	n    int           // entries in head and tail, holes included
	// indices holds, per slot, the entry's position + 1 (so a freshly made
	// table is all empty), ixEmpty or ixDummy. Its length is a power of
	// two, or 0 before the first insert.
	indices []int32
	used    int // live entries
	// limit is how many entries (live or holes) the index table takes
	// before it must be rebuilt: CPython's USABLE_FRACTION of its size.
	limit int
}

// dictEntry is one key/value pair; a deleted entry has a Null key.
type dictEntry struct {
	hash int64
	key  Value
	val  Value
}

const (
	// Index table markers.
	ixEmpty = 0
	ixDummy = -1
	// dictMinSz is the smallest index table.
	dictMinSz = 8
	// dictChunkSize entries make a chunk: 512 entries of 56 bytes are
	// exactly one of the allocator's size classes (28 KiB).
	dictChunkShift = 9
	dictChunkSize  = 1 << dictChunkShift
	dictChunkMask  = dictChunkSize - 1
)

// Type makes Dict an Object.
func (*Dict) Type() *Type { return DictType }

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized makes an empty dict with room for n entries.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	if n > 5 {
		d.newIndex(dictSizeFor(n * 3 / 2))
		d.head = make([]dictEntry, 0, min(d.limit, dictChunkSize))
	}
	return d
}

// AttrDictToDict copies an attribute dict into a dict with str keys.
func AttrDictToDict(a *AttrDict) *Dict {
	keys, vals := a.Keys(), a.Values()
	d := NewDictSized(len(keys))
	for i, k := range keys {
		d.SetStr(k, vals[i])
	}
	return d
}

// dictSizeFor is the smallest power of two index table size >= n (at least 8).
func dictSizeFor(n int) int {
	size := dictMinSz
	for size < n {
		size <<= 1
	}
	return size
}

// usableFor is CPython's USABLE_FRACTION: how many entries a table holds.
func usableFor(size int) int { return size * 2 / 3 }

// entry is the entry at position i < d.n.
func (d *Dict) entry(i int) *dictEntry {
	if i < len(d.head) {
		return &d.head[i]
	}
	i -= dictChunkSize
	return &d.tail[i>>dictChunkShift][i&dictChunkMask]
}

// appendEntry adds an entry after the last one (its index slot is set
// by the caller).
func (d *Dict) appendEntry(key Value, h int64, val Value) {
	e := dictEntry{hash: h, key: key, val: val}
	if n := len(d.head); n < dictChunkSize {
		if n == cap(d.head) {
			// Asking for more than twice the length makes append
			// allocate exactly that (rounded up to a size class).
			d.head = append(d.head, make([]dictEntry, min(max(n, 4)+1, dictChunkSize-n))...)[:n]
		}
		d.head = append(d.head, e)
	} else {
		k := len(d.tail) - 1
		if k < 0 || len(d.tail[k]) == dictChunkSize {
			d.tail = append(d.tail, make([]dictEntry, 0, dictChunkSize))
			k++
		}
		d.tail[k] = append(d.tail[k], e)
	}
	d.n++
	d.used++
}

// truncate drops the entries from position n on, clearing them so that
// they keep nothing alive.
func (d *Dict) truncate(n int) {
	if n >= d.n {
		return
	}
	if n <= dictChunkSize {
		clear(d.head[n:])
		d.head = d.head[:n]
		clear(d.tail)
		d.tail = d.tail[:0]
	} else {
		m := n - dictChunkSize
		k := m >> dictChunkShift
		if off := m & dictChunkMask; off > 0 {
			clear(d.tail[k][off:])
			d.tail[k] = d.tail[k][:off]
			k++
		}
		clear(d.tail[k:])
		d.tail = d.tail[:k]
	}
	d.n = n
}

// newIndex gives d an empty index table of size slots.
func (d *Dict) newIndex(size int) {
	d.indices = make([]int32, size)
	d.limit = usableFor(size)
}

// resize rebuilds the index table for the live entries, after dropping
// the holes left by deletions; the new size follows CPython's GROWTH_RATE
// (used*3).
func (d *Dict) resize() {
	d.newIndex(dictSizeFor(d.used * 3))
	if d.used != d.n {
		d.compact()
	}
	d.reindex()
}

// compact drops the holes from the entries, keeping the order.
func (d *Dict) compact() {
	w := 0
	for r := 0; r < d.n; r++ {
		if e := d.entry(r); e.key.o != nil {
			if w != r {
				*d.entry(w) = *e
			}
			w++
		}
	}
	d.truncate(w)
	if cap(d.head) > 2*max(len(d.head), dictMinSz) {
		// The dict shrank a lot: do not keep a large head.
		d.head = append([]dictEntry(nil), d.head...)
	}
}

// reindex fills the (empty) index table from the hole-free entries.
func (d *Dict) reindex() {
	mask := uint64(len(d.indices) - 1)
	ind := d.indices
	pos := int32(1)
	fill := func(entries []dictEntry) {
		for i := range entries {
			h := entries[i].hash
			perturb := uint64(h)
			j := uint64(h) & mask
			for ind[j] != ixEmpty {
				perturb >>= 5
				j = (j*5 + perturb + 1) & mask
			}
			ind[j] = pos
			pos++
		}
	}
	fill(d.head)
	for _, c := range d.tail {
		fill(c)
	}
}

// emptySlot is find_empty_slot: the first empty or dummy index slot on
// hash's probe sequence.
func (d *Dict) emptySlot(h int64) uint64 {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.indices[i] > 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// lookup finds key (whose hash is h): its position in the entries and in
// the index table, or ix = -1 and the empty slot that ended the search.
// Equality is identity, then str/int fast paths, then ==; if == runs code
// that changes the dict, the search restarts.
func (d *Dict) lookup(t *Thread, key Value, h int64) (ix int, slot uint64, err error) {
	switch k := key.o.(type) {
	case intKind, boolKind:
		if ix, slot, ok := d.lookupInt(key.n, h); ok {
			return ix, slot, nil
		}
	case *StrObject:
		if ix, slot, ok := d.lookupStrKey(k, h); ok {
			return ix, slot, nil
		}
	}
	return d.lookupAny(t, key, h)
}

// lookupInt is lookup for a small int or bool key with bits n and hash h.
// ok is false when the probe meets a key of another type with the same
// hash (a float, or a script object), which only lookupAny can compare.
func (d *Dict) lookupInt(n uint64, h int64) (ix int, slot uint64, ok bool) {
	indices := d.indices
	if len(indices) == 0 {
		return -1, 0, true
	}
	mask := uint64(len(indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		x := int(indices[i]) - 1
		if x >= 0 {
			e := d.entry(x)
			if e.hash == h {
				switch e.key.o.(type) {
				case intKind, boolKind:
					if e.key.n == n {
						return x, i, true
					}
				default:
					return 0, 0, false
				}
			}
		} else if x == ixEmpty-1 {
			return -1, i, true
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStrKey is lookup for a str key with hash h; ok is false when the
// probe meets a key that is not a str with the same hash.
func (d *Dict) lookupStrKey(ks *StrObject, h int64) (ix int, slot uint64, ok bool) {
	indices := d.indices
	if len(indices) == 0 {
		return -1, 0, true
	}
	mask := uint64(len(indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		x := int(indices[i]) - 1
		if x >= 0 {
			e := d.entry(x)
			if e.hash == h {
				es, isStr := e.key.o.(*StrObject)
				if !isStr {
					return 0, 0, false
				}
				if es == ks || es.S == ks.S {
					return x, i, true
				}
			}
		} else if x == ixEmpty-1 {
			return -1, i, true
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupAny is lookup for any key: candidates with the same hash are
// compared with ==, which may run script code.
func (d *Dict) lookupAny(t *Thread, key Value, h int64) (ix int, slot uint64, err error) {
	ks, isStr := key.o.(*StrObject)
	isInt := !isStr && isIntOrBool(key)
restart:
	indices := d.indices
	if len(indices) == 0 {
		return -1, 0, nil
	}
	mask := uint64(len(indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		x := int(indices[i]) - 1
		if x == ixEmpty-1 {
			return -1, i, nil
		}
		if x >= 0 {
			e := d.entry(x)
			if e.hash == h {
				if e.key.o == key.o && e.key.n == key.n {
					return x, i, nil
				}
				skip := false
				if isStr {
					if es, ok := e.key.o.(*StrObject); ok {
						if es.S == ks.S {
							return x, i, nil
						}
						skip = true
					}
				} else if isInt && isIntOrBool(e.key) {
					if e.key.n == key.n {
						return x, i, nil
					}
					skip = true
				}
				if !skip {
					start := e.key
					eq, err := Equal(t, start, key)
					if err != nil {
						return -1, 0, err
					}
					// CPython restarts when the table was replaced or the
					// entry's key changed while == ran. Entries move only
					// when the index table is rebuilt or the dict cleared.
					if len(d.indices) != len(indices) || &d.indices[0] != &indices[0] ||
						d.n <= x || !Is(d.entry(x).key, start) {
						goto restart
					}
					if eq {
						return x, i, nil
					}
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup for a Go string key that is known to hash to h; keys
// that are not strs never match.
func (d *Dict) lookupStr(s string, h int64) (int, uint64) {
	indices := d.indices
	if len(indices) == 0 {
		return -1, 0
	}
	mask := uint64(len(indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		x := int(indices[i]) - 1
		if x == ixEmpty-1 {
			return -1, i
		}
		if x >= 0 {
			e := d.entry(x)
			if e.hash == h {
				if es, ok := e.key.o.(*StrObject); ok && es.S == s {
					return x, i
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// keyHash is hash(key) with the common cases inline.
func keyHash(t *Thread, key Value) (int64, error) {
	switch k := key.o.(type) {
	case *StrObject:
		return k.Hash(), nil
	case intKind:
		if i := int64(key.n); i >= 0 && i < hashModulus {
			return i, nil
		}
		return HashInt(key), nil
	case *BigInt:
		return k.Hash(), nil
	}
	return Hash(t, key)
}

// isIntOrBool reports whether v is a small int or a bool: such keys are
// equal exactly when their n fields are.
func isIntOrBool(v Value) bool {
	switch v.o.(type) {
	case intKind, boolKind:
		return true
	}
	return false
}

// strHash is the hash a str value with text s has.
func strHash(s string) int64 {
	so := StrObject{S: s}
	return so.Hash()
}

// findQuick is lookup for a key that needs no script code to hash or
// compare: a small non-negative int (its own hash) or an exact str. It
// returns the key's entry, or nil; ok is false for other keys and when a
// key of another type with the same hash is in the way.
func (d *Dict) findQuick(key Value) (e *dictEntry, ok bool) {
	ix := -1
	switch k := key.o.(type) {
	case intKind:
		n := int64(key.n)
		if n < 0 || n >= hashModulus {
			return nil, false
		}
		ix, _, ok = d.lookupInt(key.n, n)
	case *StrObject:
		ix, _, ok = d.lookupStrKey(k, k.Hash())
	}
	if !ok || ix < 0 {
		return nil, ok
	}
	return d.entry(ix), true
}

// GetQuick is d[key] for the interpreter's fast path: it answers only for
// a key findQuick accepts, and only when the key is present. ok is false
// when the caller must use the general path (Get, then KeyError or
// __missing__).
func (d *Dict) GetQuick(key Value) (v Value, ok bool) {
	if e, _ := d.findQuick(key); e != nil {
		return e.val, true
	}
	return Null, false
}

// ContainsQuick is key in d for a key findQuick accepts; ok is false when
// the caller must use the general path.
func (d *Dict) ContainsQuick(key Value) (found, ok bool) {
	e, ok := d.findQuick(key)
	return e != nil, ok
}

// SetQuick is d[key] = val for a small non-negative int or an exact str
// key; it reports false, having done nothing, when the caller must use Set.
func (d *Dict) SetQuick(key, val Value) bool {
	var ix int
	var slot uint64
	var h int64
	ok := false
	switch k := key.o.(type) {
	case intKind:
		h = int64(key.n)
		if h < 0 || h >= hashModulus {
			return false
		}
		ix, slot, ok = d.lookupInt(key.n, h)
	case *StrObject:
		h = k.Hash()
		ix, slot, ok = d.lookupStrKey(k, h)
	}
	if !ok {
		return false
	}
	d.store(ix, slot, key, h, val)
	return true
}

// Get returns d[key]; ok is false when key is absent. The error is a
// TypeError for unhashable keys or whatever a script __eq__/__hash__ raised.
func (d *Dict) Get(t *Thread, key Value) (Value, bool, error) {
	if e, ok := d.findQuick(key); ok {
		if e == nil {
			return Null, false, nil
		}
		return e.val, true, nil
	}
	h, err := keyHash(t, key)
	if err != nil {
		return Null, false, err
	}
	ix, _, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return Null, false, err
	}
	return d.entry(ix).val, true, nil
}

// GetStr returns the value stored under the str key s.
func (d *Dict) GetStr(s string) (Value, bool) {
	if d.used == 0 {
		return Null, false
	}
	ix, _ := d.lookupStr(s, strHash(s))
	if ix < 0 {
		return Null, false
	}
	return d.entry(ix).val, true
}

// Set stores d[key] = val.
func (d *Dict) Set(t *Thread, key, val Value) error {
	if d.SetQuick(key, val) {
		return nil
	}
	h, err := keyHash(t, key)
	if err != nil {
		return err
	}
	return d.setHashed(t, key, h, val)
}

// setHashed is Set for a key whose hash h is known.
func (d *Dict) setHashed(t *Thread, key Value, h int64, val Value) error {
	ix, slot, err := d.lookup(t, key, h)
	if err != nil {
		return err
	}
	d.store(ix, slot, key, h, val)
	return nil
}

// store finishes a Set after a lookup that found position ix (replace the
// value) or found nothing, ending at the empty index slot (insert).
func (d *Dict) store(ix int, slot uint64, key Value, h int64, val Value) {
	if ix >= 0 {
		d.entry(ix).val = val
		return
	}
	if d.n >= d.limit {
		d.insertNew(key, h, val)
		return
	}
	// The probe ended on an empty slot: use it.
	d.indices[slot] = int32(d.n + 1)
	d.appendEntry(key, h, val)
}

// insertNew appends an entry for a key known to be absent.
func (d *Dict) insertNew(key Value, h int64, val Value) {
	if d.n >= d.limit {
		d.resize()
	}
	d.indices[d.emptySlot(h)] = int32(d.n + 1)
	d.appendEntry(key, h, val)
}

// SetStr stores d[s] = val for a str key.
func (d *Dict) SetStr(s string, val Value) {
	h := strHash(s)
	if ix, _ := d.lookupStr(s, h); ix >= 0 {
		d.entry(ix).val = val
		return
	}
	key := &StrObject{S: s}
	key.Hash()
	d.insertNew(Obj(key), h, val)
}

// Delete removes key and reports whether it was present.
func (d *Dict) Delete(t *Thread, key Value) (bool, error) {
	h, err := keyHash(t, key)
	if err != nil {
		return false, err
	}
	ix, slot, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return false, err
	}
	d.deleteAt(ix, slot)
	return true, nil
}

// deleteAt removes the entry at position ix, found at index slot: the
// slot becomes a dummy and the entry a hole.
func (d *Dict) deleteAt(ix int, slot uint64) {
	d.indices[slot] = ixDummy
	*d.entry(ix) = dictEntry{}
	d.used--
}

// pop removes key and returns its value; ok is false when it was absent.
func (d *Dict) pop(t *Thread, key Value) (Value, bool, error) {
	h, err := keyHash(t, key)
	if err != nil {
		return Null, false, err
	}
	ix, slot, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return Null, false, err
	}
	v := d.entry(ix).val
	d.deleteAt(ix, slot)
	return v, true, nil
}

// Len is len(d).
func (d *Dict) Len() int { return d.used }

// Clear empties the dict.
func (d *Dict) Clear() {
	*d = Dict{}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for i := 0; i < d.n; i++ {
		if e := d.entry(i); e.key.o != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in insertion order.
func (d *Dict) Values() []Value {
	out := make([]Value, 0, d.used)
	for i := 0; i < d.n; i++ {
		if e := d.entry(i); e.key.o != nil {
			out = append(out, e.val)
		}
	}
	return out
}

// Items returns the key/value pairs in insertion order.
func (d *Dict) Items() [][2]Value {
	out := make([][2]Value, 0, d.used)
	for i := 0; i < d.n; i++ {
		if e := d.entry(i); e.key.o != nil {
			out = append(out, [2]Value{e.key, e.val})
		}
	}
	return out
}

// Range calls fn for each entry in insertion order until fn returns false.
// fn must not change the dict.
func (d *Dict) Range(fn func(k, v Value) bool) {
	for i := 0; i < d.n; i++ {
		e := d.entry(i)
		if e.key.o != nil && !fn(e.key, e.val) {
			return
		}
	}
}

// Copy is a shallow copy with the same order.
func (d *Dict) Copy() *Dict {
	c := &Dict{}
	if d.used == 0 {
		return c
	}
	if d.used == d.n {
		// No holes: the same index table fits.
		c.indices = slices.Clone(d.indices)
		c.limit = d.limit
		c.head = make([]dictEntry, len(d.head), cap(d.head))
		copy(c.head, d.head)
		if len(d.tail) > 0 {
			c.tail = make([][]dictEntry, len(d.tail))
			for k, chunk := range d.tail {
				c.tail[k] = make([]dictEntry, len(chunk), dictChunkSize)
				copy(c.tail[k], chunk)
			}
		}
		c.n, c.used = d.n, d.used
		return c
	}
	c.newIndex(dictSizeFor(d.used * 3 / 2))
	c.head = make([]dictEntry, 0, min(d.used, dictChunkSize))
	for i := 0; i < d.n; i++ {
		e := d.entry(i)
		if e.key.o == nil {
			continue
		}
		c.indices[c.emptySlot(e.hash)] = int32(c.n + 1)
		c.appendEntry(e.key, e.hash, e.val)
	}
	return c
}

// popLast removes and returns the most recently inserted entry.
func (d *Dict) popLast() (Value, Value, bool) {
	i := d.n - 1
	for i >= 0 && d.entry(i).key.o == nil {
		i--
	}
	if i < 0 {
		return Null, Null, false
	}
	e := *d.entry(i)
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(e.hash)
	s := uint64(e.hash) & mask
	for int(d.indices[s]) != i+1 {
		perturb >>= 5
		s = (s*5 + perturb + 1) & mask
	}
	d.indices[s] = ixDummy
	d.truncate(i)
	d.used--
	return e.key, e.val, true
}

// merge copies src's entries into d (src's values win).
func (d *Dict) merge(t *Thread, src *Dict) error {
	if src == d || src.used == 0 {
		return nil
	}
	if d.used == 0 && d.n == 0 && src.used == src.n {
		*d = *src.Copy()
		return nil
	}
	n := src.n
	for i := 0; i < n && i < src.n; i++ {
		e := *src.entry(i)
		if e.key.o == nil {
			continue
		}
		if err := d.setHashed(t, e.key, e.hash, e.val); err != nil {
			return err
		}
	}
	return nil
}

// asDict returns the dict behind v: a dict, or the dict wrapped by an
// instance of a script subclass of dict.
func asDict(v Value) *Dict {
	switch o := v.o.(type) {
	case *Dict:
		return o
	case *Instance:
		if d, ok := o.Base.o.(*Dict); ok {
			return d
		}
	}
	return nil
}

func dictSelf(v Value) (*Dict, error) {
	if d := asDict(v); d != nil {
		return d, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a 'dict' object but received a '%s'", v.TypeName())
}

// DictUpdate is d.update(arg): from a mapping (a dict, or anything with
// keys()) or from an iterable of key/value pairs.
func DictUpdate(t *Thread, d *Dict, arg Value) error {
	if src, ok := arg.o.(*Dict); ok {
		return d.merge(t, src)
	}
	if src := asDict(arg); src != nil && !definedByScript(arg.Type(), "__iter__") {
		return d.merge(t, src)
	}
	keysFn, ok, err := GetAttrOr(t, arg, "keys")
	if err != nil {
		return err
	}
	if ok {
		keys, err := Call0(t, keysFn)
		if err != nil {
			return err
		}
		return ForEach(t, keys, func(k Value) (bool, error) {
			v, err := GetItem(t, arg, k)
			if err != nil {
				return false, err
			}
			return true, d.Set(t, k, v)
		})
	}
	return dictMergeSeq2(t, d, arg)
}

// dictMergeSeq2 is PyDict_MergeFromSeq2: items are 2-sequences.
func dictMergeSeq2(t *Thread, d *Dict, arg Value) error {
	n := 0
	return ForEach(t, arg, func(item Value) (bool, error) {
		var pair []Value
		switch o := item.o.(type) {
		case *Tuple:
			pair = o.Items
		case *List:
			pair = o.Items
		default:
			typ := item.Type()
			if typ.Slots.Iter == nil && typ.Slots.GetItem == nil {
				return false, Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			var err error
			if pair, err = ToSlice(t, item); err != nil {
				return false, err
			}
		}
		if len(pair) != 2 {
			return false, Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		n++
		return true, d.Set(t, pair[0], pair[1])
	})
}

// dictUpdateArgs applies update-style arguments: at most one positional
// (mapping or pairs) and keyword arguments.
func dictUpdateArgs(t *Thread, d *Dict, fname string, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", fname, npos)
	}
	if npos == 1 {
		if err := DictUpdate(t, d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

func init() {
	DictType.New = dictNew
	s := &DictType.Slots
	s.Repr = dictRepr
	s.Hash = unhashable
	s.Compare = func(t *Thread, a, b Value, op CmpOp) (Value, error) {
		da, db := asDict(a), asDict(b)
		if da == nil || db == nil || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		eq, err := dictEqual(t, da, db)
		if err != nil {
			return Null, err
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	s.Len = func(t *Thread, v Value) (int, error) {
		d, err := dictSelf(v)
		if err != nil {
			return 0, err
		}
		return d.used, nil
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		d, err := dictSelf(v)
		if err != nil {
			return Null, err
		}
		return Obj(newDictIter(d, dictKeysKind)), nil
	}
	s.GetItem = dictGetItem
	s.SetItem = func(t *Thread, v, key, val Value) error {
		d, err := dictSelf(v)
		if err != nil {
			return err
		}
		return d.Set(t, key, val)
	}
	s.DelItem = func(t *Thread, v, key Value) error {
		d, err := dictSelf(v)
		if err != nil {
			return err
		}
		ok, err := d.Delete(t, key)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, key)
		}
		return nil
	}
	s.Contains = func(t *Thread, v, key Value) (bool, error) {
		d, err := dictSelf(v)
		if err != nil {
			return false, err
		}
		_, ok, err := d.Get(t, key)
		return ok, err
	}
	s.Binary[OpOr] = dictOr
	s.Reflected[OpOr] = func(t *Thread, b, a Value) (Value, error) { return dictOr(t, a, b) }
	s.InPlace[OpOr] = func(t *Thread, a, b Value) (Value, error) {
		d, err := dictSelf(a)
		if err != nil {
			return Null, err
		}
		if err := DictUpdate(t, d, b); err != nil {
			return Null, err
		}
		return a, nil
	}

	m := DictType.AddMethod
	m("keys", dictViewMethod("dict.keys", dictKeysKind))
	m("values", dictViewMethod("dict.values", dictValuesKind))
	m("items", dictViewMethod("dict.items", dictItemsKind))
	m("get", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("get", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		v, ok, err := d.Get(t, args[0])
		if err != nil {
			return Null, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	m("setdefault", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("setdefault", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		h, err := keyHash(t, args[0])
		if err != nil {
			return Null, err
		}
		ix, _, err := d.lookup(t, args[0], h)
		if err != nil {
			return Null, err
		}
		if ix >= 0 {
			return d.entry(ix).val, nil
		}
		def := None
		if len(args) == 2 {
			def = args[1]
		}
		d.insertNew(args[0], h, def)
		return def, nil
	})
	m("pop", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("pop", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		v, ok, err := d.pop(t, args[0])
		if err != nil {
			return Null, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return Null, NewException(KeyErrorType, args[0])
	})
	m("popitem", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("dict.popitem", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		k, v, ok := d.popLast()
		if !ok {
			return Null, Errorf(KeyErrorType, "popitem(): dictionary is empty")
		}
		return NewTuple([]Value{k, v}), nil
	})
	m("update", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		return None, dictUpdateArgs(t, d, "update", args, kwnames)
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("dict.clear", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		d.Clear()
		return None, nil
	})
	m("copy", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("dict.copy", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		return Obj(d.Copy()), nil
	})
	m("__init__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		d, err := dictSelf(self)
		if err != nil {
			return Null, err
		}
		return None, dictUpdateArgs(t, d, "dict", args, kwnames)
	})
	m("__reversed__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return DictReversed(t, self)
	})
	DictType.Dict.Set("fromkeys", Obj(&Method{Name: "fromkeys", Owner: DictType, Class: true, Fn: dictFromKeys}))
	addSlotMethods(DictType)
	addNewMethod(DictType)
	DictType.Dict.Set("__hash__", None)
}

// dictNew is dict(...) and the construction of dict subclasses; a subclass
// whose script defines __init__ is filled by dict.__init__ instead.
func dictNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	d := &Dict{}
	var result Value
	if cls == DictType || cls == nil {
		result = Obj(d)
	} else {
		inst := NewInstance(cls)
		inst.Base = Obj(d)
		result = Obj(inst)
		if definedByScript(cls, "__init__") {
			return result, nil
		}
	}
	if len(args) > 0 {
		if err := dictUpdateArgs(t, d, "dict", args, kwnames); err != nil {
			return Null, err
		}
	}
	return result, nil
}

func dictFromKeys(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("fromkeys", args, kwnames, 1, 2); err != nil {
		return Null, err
	}
	val := None
	if len(args) == 2 {
		val = args[1]
	}
	cls, _ := self.o.(*Type)
	var res Value
	if cls == nil || cls == DictType {
		res = Obj(&Dict{})
	} else {
		r, err := CallType(t, cls, nil, nil)
		if err != nil {
			return Null, err
		}
		res = r
	}
	if d, ok := res.o.(*Dict); ok {
		return res, ForEach(t, args[0], func(k Value) (bool, error) {
			return true, d.Set(t, k, val)
		})
	}
	return res, ForEach(t, args[0], func(k Value) (bool, error) {
		return true, SetItem(t, res, k, val)
	})
}

func dictGetItem(t *Thread, v, key Value) (Value, error) {
	d, err := dictSelf(v)
	if err != nil {
		return Null, err
	}
	r, ok, err := d.Get(t, key)
	if err != nil {
		return Null, err
	}
	if ok {
		return r, nil
	}
	if inst, isInst := v.o.(*Instance); isInst {
		if _, has := inst.Class.Lookup("__missing__"); has {
			return CallMethod(t, v, "__missing__", key)
		}
	}
	return Null, NewException(KeyErrorType, key)
}

func dictRepr(t *Thread, v Value) (string, error) {
	d, err := dictSelf(v)
	if err != nil {
		return "", err
	}
	if d.used == 0 {
		return "{}", nil
	}
	if d.valuesCanRecurse() {
		if !reprEnter(t, d) {
			return "{...}", nil
		}
		defer reprLeave(t, d)
	}
	buf := make([]byte, 0, 16*d.used)
	buf = append(buf, '{')
	first := true
	for i := 0; i < d.n; i++ {
		e := *d.entry(i)
		if e.key.o == nil {
			continue
		}
		if !first {
			buf = append(buf, ", "...)
		}
		first = false
		ks, err := Repr(t, e.key)
		if err != nil {
			return "", err
		}
		buf = append(buf, ks...)
		buf = append(buf, ": "...)
		if e.val.IsInt() {
			buf = seqAppendInt(buf, int64(e.val.n))
			continue
		}
		vs, err := Repr(t, e.val)
		if err != nil {
			return "", err
		}
		buf = append(buf, vs...)
	}
	buf = append(buf, '}')
	return string(buf), nil
}

// valuesCanRecurse reports whether the repr of d's keys or values could
// reach d again.
func (d *Dict) valuesCanRecurse() bool {
	for i := 0; i < d.n; i++ {
		e := d.entry(i)
		switch e.val.o.(type) {
		case nil, intKind, floatKind, boolKind, noneKind, *StrObject:
		default:
			return true
		}
		switch e.key.o.(type) {
		case nil, intKind, floatKind, boolKind, noneKind, *StrObject:
		default:
			return true
		}
	}
	return false
}

func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < a.n; i++ {
		e := *a.entry(i)
		if e.key.o == nil {
			continue
		}
		ix, _, err := b.lookup(t, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if ix < 0 {
			return false, nil
		}
		eq, err := sameOrEqual(t, e.val, b.entry(ix).val)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictOr(t *Thread, a, b Value) (Value, error) {
	da, db := asDict(a), asDict(b)
	if da == nil || db == nil {
		return NotImplemented, nil
	}
	c := da.Copy()
	if err := DictUpdate(t, c, b); err != nil {
		return Null, err
	}
	return Obj(c), nil
}

// dictIterKind says what a dict iterator or view yields.
type dictIterKind uint8

const (
	dictKeysKind dictIterKind = iota
	dictValuesKind
	dictItemsKind
)

// dictIter iterates a dict's keys, values or items, forwards or backwards.
type dictIter struct {
	d       *Dict
	kind    dictIterKind
	reverse bool
	pos     int
	used    int // the dict's size when iteration began; -1 after a change
	left    int
}

var (
	dictReverseKeyIteratorType   = NewBuiltinType("dict_reversekeyiterator", ObjectType)
	dictReverseValueIteratorType = NewBuiltinType("dict_reversevalueiterator", ObjectType)
	dictReverseItemIteratorType  = NewBuiltinType("dict_reverseitemiterator", ObjectType)
)

// Type makes dictIter an Object.
func (it *dictIter) Type() *Type {
	if it.reverse {
		switch it.kind {
		case dictValuesKind:
			return dictReverseValueIteratorType
		case dictItemsKind:
			return dictReverseItemIteratorType
		}
		return dictReverseKeyIteratorType
	}
	switch it.kind {
	case dictValuesKind:
		return DictValueIteratorType
	case dictItemsKind:
		return DictItemIteratorType
	}
	return DictKeyIteratorType
}

func newDictIter(d *Dict, kind dictIterKind) *dictIter {
	return &dictIter{d: d, kind: kind, used: d.used, left: d.used}
}

// DictReversed is reversed(d) for a dict (or dict subclass instance).
func DictReversed(t *Thread, v Value) (Value, error) {
	d, err := dictSelf(v)
	if err != nil {
		return Null, err
	}
	return Obj(newDictReverseIter(d, dictKeysKind)), nil
}

func newDictReverseIter(d *Dict, kind dictIterKind) *dictIter {
	return &dictIter{d: d, kind: kind, reverse: true, pos: d.n - 1, used: d.used, left: d.used}
}

// pairTuple is a 2-tuple allocated in one piece.
type pairTuple struct {
	t     Tuple
	items [2]Value
}

// NewPair makes the tuple (a, b) with a single allocation.
func NewPair(a, b Value) Value {
	p := &pairTuple{items: [2]Value{a, b}}
	p.t.Items = p.items[:]
	return Obj(&p.t)
}

func dictIterNext(t *Thread, v Value) (Value, bool, error) {
	it := v.o.(*dictIter)
	d := it.d
	if d == nil {
		return Null, false, nil
	}
	if it.used != d.used {
		it.used = -1
		return Null, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	var e *dictEntry
	if it.reverse {
		i := min(it.pos, d.n-1)
		for ; i >= 0; i-- {
			if e = d.entry(i); e.key.o != nil {
				break
			}
		}
		if i < 0 {
			it.d = nil
			return Null, false, nil
		}
		it.pos = i - 1
	} else {
		i := it.pos
		for ; i < d.n; i++ {
			if e = d.entry(i); e.key.o != nil {
				break
			}
		}
		if i >= d.n {
			it.d = nil
			return Null, false, nil
		}
		it.pos = i + 1
	}
	if it.left == 0 {
		it.d = nil
		return Null, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	it.left--
	switch it.kind {
	case dictValuesKind:
		return e.val, true, nil
	case dictItemsKind:
		return NewPair(e.key, e.val), true, nil
	}
	return e.key, true, nil
}

func init() {
	for _, typ := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType,
		dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType} {
		typ.Slots.Iter = iterSelf
		typ.Slots.Next = dictIterNext
		addSlotMethods(typ)
	}
}
