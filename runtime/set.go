package runtime

// Set is a set or, with Frozen, a frozenset. Iteration order follows
// CPython's hash table layout so that printed sets of ints match: the
// table, probing, dummy reuse and resize policy are those of CPython's
// setobject.c.
type Set struct {
	Frozen bool
	table  []setEntry // len is a power of two (8 at least) once used
	fill   int        // active + dummy entries
	used   int        // active entries
	finger int        // where pop() resumes
	hash   int64      // frozenset hash cache
	hashed bool
}

// setEntry is one table slot: empty (Null key), dummy (setDummy key, hash
// -1) or active.
type setEntry struct {
	key  Value
	hash int64
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// setDummyObject marks deleted slots.
type setDummyObject struct{ _ byte }

// Type makes setDummyObject an Object (never visible to scripts).
func (*setDummyObject) Type() *Type { return NoneType }

var setDummy Object = &setDummyObject{}

// Type makes Set an Object.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet makes an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet makes an empty frozenset, to be filled with Add before it is
// handed to scripts.
func NewFrozenSet() *Set { return &Set{Frozen: true} }

// SetFromIterable is set(v) or, with frozen, frozenset(v).
func SetFromIterable(t *Thread, v Value, frozen bool) (*Set, error) {
	s := &Set{Frozen: frozen}
	if err := s.update(t, v); err != nil {
		return nil, err
	}
	return s, nil
}

// Len is len(s).
func (s *Set) Len() int { return s.used }

// Add adds v (an error for unhashable values or a failing __eq__).
func (s *Set) Add(t *Thread, v Value) error {
	h, err := keyHash(t, v)
	if err != nil {
		return err
	}
	return s.addEntry(t, v, h)
}

// Contains is v in s.
func (s *Set) Contains(t *Thread, v Value) (bool, error) {
	h, err := setKeyHash(t, v)
	if err != nil {
		return false, err
	}
	if h.tmp != nil {
		v = Obj(h.tmp)
	}
	i, err := s.lookkey(t, v, h.h)
	return i >= 0, err
}

// Discard removes v if present and reports whether it was.
func (s *Set) Discard(t *Thread, v Value) (bool, error) {
	h, err := setKeyHash(t, v)
	if err != nil {
		return false, err
	}
	if h.tmp != nil {
		v = Obj(h.tmp)
	}
	return s.discardEntry(t, v, h.h)
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Value {
	out := make([]Value, 0, s.used)
	for i := range s.table {
		if k := s.table[i].key; k.o != nil && k.o != setDummy {
			out = append(out, k)
		}
	}
	return out
}

// setHash is a hash for set membership tests: a set that is looked up is
// hashed as the frozenset with the same elements, as CPython does.
type setHash struct {
	h   int64
	tmp *Set
}

func setKeyHash(t *Thread, v Value) (setHash, error) {
	h, err := keyHash(t, v)
	if err == nil {
		return setHash{h: h}, nil
	}
	if other, ok := v.o.(*Set); ok && !other.Frozen && IsInstanceOf(err, TypeErrorType) {
		tmp := other.copyAs(true)
		return setHash{h: tmp.frozenHash(), tmp: tmp}, nil
	}
	return setHash{}, err
}

func (s *Set) ensureTable() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
}

// isSameKey is the cheap part of the key comparison: identity and the
// str/int cases that never need ==. decided is false when == must run.
func isSameKey(a, b Value) (eq, decided bool) {
	if a.o == b.o && a.n == b.n {
		return true, true
	}
	switch ao := a.o.(type) {
	case *StrObject:
		if bo, ok := b.o.(*StrObject); ok {
			return ao.S == bo.S, true
		}
	case intKind, boolKind:
		if isIntOrBool(b) {
			return a.n == b.n, true
		}
	}
	return false, false
}

// lookkey is set_lookkey: the slot holding key, or -1.
func (s *Set) lookkey(t *Thread, key Value, h int64) (int, error) {
	if s.table == nil {
		return -1, nil
	}
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key.o == nil {
				return -1, nil
			}
			if e.hash == h && e.key.o != setDummy {
				eq, decided := isSameKey(e.key, key)
				if !decided {
					start := e.key
					var err error
					eq, err = Equal(t, start, key)
					if err != nil {
						return -1, err
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || !Is(table[j].key, start) {
						goto restart
					}
				}
				if eq {
					return int(j), nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry is set_add_entry.
func (s *Set) addEntry(t *Thread, key Value, h int64) error {
	s.ensureTable()
	s.hashed = false
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key.o == nil {
				if free >= 0 {
					s.used++
					table[free] = setEntry{key: key, hash: h}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key: key, hash: h}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					return s.resize(t, s.used*2)
				}
				return s.resize(t, s.used*4)
			}
			if e.hash == h && e.key.o != setDummy {
				eq, decided := isSameKey(e.key, key)
				if !decided {
					start := e.key
					var err error
					eq, err = Equal(t, start, key)
					if err != nil {
						return err
					}
					if eq {
						return nil
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || !Is(table[j].key, start) {
						goto restart
					}
				}
				if eq {
					return nil
				}
			} else if e.key.o == setDummy {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean is set_insert_clean: place a key known to be absent into a
// table without dummies.
func insertClean(table []setEntry, key Value, h int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if table[i].key.o == nil {
			table[i] = setEntry{key: key, hash: h}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key.o == nil {
					table[j] = setEntry{key: key, hash: h}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest power of two > minused, the
// live entries reinserted in old table order.
func (s *Set) resize(t *Thread, minused int) error {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	if size == len(old) && s.fill == s.used {
		return nil
	}
	// The new table is built aside: a big one takes tens of milliseconds,
	// so the host's check runs in between, and a stop leaves the set with
	// its old table, still valid.
	table := make([]setEntry, size)
	for i := range old {
		if k := old[i].key; k.o != nil && k.o != setDummy {
			insertClean(table, k, old[i].hash)
		}
		if i&0xffff == 0xffff {
			if err := t.Check(); err != nil {
				return err
			}
		}
	}
	s.table = table
	s.fill = s.used
	return nil
}

// discardEntry is set_discard_entry.
func (s *Set) discardEntry(t *Thread, key Value, h int64) (bool, error) {
	i, err := s.lookkey(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{key: Value{o: setDummy}, hash: -1}
	s.used--
	s.hashed = false
	return true, nil
}

// clear is set_clear_internal: back to an empty minimal table.
func (s *Set) clear() {
	s.table = nil
	s.fill = 0
	s.used = 0
	s.hashed = false
}

// next is set_next: the next active slot at or after pos, or -1.
func (s *Set) next(pos int) int {
	for ; pos < len(s.table); pos++ {
		if k := s.table[pos].key; k.o != nil && k.o != setDummy {
			return pos
		}
	}
	return -1
}

// merge is set_merge: add every element of other (a set).
func (s *Set) merge(t *Thread, other *Set) error {
	if other == s || other.used == 0 {
		return nil
	}
	s.ensureTable()
	s.hashed = false
	if (s.fill+other.used)*5 >= (len(s.table)-1)*3 {
		if err := s.resize(t, (s.used+other.used)*2); err != nil {
			return err
		}
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		copy(s.table, other.table)
		s.fill = other.fill
		s.used = other.used
		return nil
	}
	if s.fill == 0 {
		s.fill = other.used
		s.used = other.used
		for i := range other.table {
			if k := other.table[i].key; k.o != nil && k.o != setDummy {
				insertClean(s.table, k, other.table[i].hash)
			}
		}
		return nil
	}
	for i := 0; i < len(other.table); i++ {
		e := other.table[i]
		if e.key.o != nil && e.key.o != setDummy {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update is set_update_internal: add the elements of any iterable.
func (s *Set) update(t *Thread, v Value) error {
	if other := asSet(v); other != nil {
		return s.merge(t, other)
	}
	if d := asDict(v); d != nil && v.Type() == DictType {
		s.ensureTable()
		if (s.fill+d.used)*5 >= (len(s.table)-1)*3 {
			if err := s.resize(t, (s.used+d.used)*2); err != nil {
				return err
			}
		}
		for i := 0; i < d.n; i++ {
			e := *d.entry(i)
			if e.key.o == nil {
				continue
			}
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	return ForEach(t, v, func(x Value) (bool, error) {
		return true, s.Add(t, x)
	})
}

// copyAs is a copy of s as a set or frozenset.
func (s *Set) copyAs(frozen bool) *Set {
	c := &Set{Frozen: frozen}
	c.merge(nil, s)
	return c
}

// newResult makes an empty set of the kind CPython's
// make_new_set_basetype gives for an operation on so.
func newResult(so Value) *Set {
	s := asSet(so)
	return &Set{Frozen: s != nil && s.Frozen}
}

// asSet returns the set behind v: a set or frozenset, or the one wrapped by
// an instance of a script subclass.
func asSet(v Value) *Set {
	switch o := v.o.(type) {
	case *Set:
		return o
	case *Instance:
		if s, ok := o.Base.o.(*Set); ok {
			return s
		}
	}
	return nil
}

func setSelf(v Value) (*Set, error) {
	if s := asSet(v); s != nil {
		return s, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a 'set' object but received a '%s'", v.TypeName())
}

// intersection is set_intersection(so, other).
func setIntersection(t *Thread, soV Value, other Value) (*Set, error) {
	so := asSet(soV)
	result := newResult(soV)
	if asSet(other) == so {
		return so.copyAs(result.Frozen), nil
	}
	if os := asSet(other); os != nil {
		a, b := so, os
		if b.used > a.used {
			a, b = b, a
		}
		for i := b.next(0); i >= 0; i = b.next(i + 1) {
			e := b.table[i]
			j, err := a.lookkey(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if j >= 0 {
				if err := result.addEntry(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return result, nil
	}
	err := ForEach(t, other, func(x Value) (bool, error) {
		h, err := keyHash(t, x)
		if err != nil {
			return false, err
		}
		j, err := so.lookkey(t, x, h)
		if err != nil {
			return false, err
		}
		if j >= 0 {
			return true, result.addEntry(t, x, h)
		}
		return true, nil
	})
	return result, err
}

// differenceUpdate is set_difference_update_internal.
func (s *Set) differenceUpdate(t *Thread, other Value) error {
	if asSet(other) == s {
		s.clear()
		return nil
	}
	if os := asSet(other); os != nil {
		if os.used>>3 > s.used {
			r, err := setIntersection(t, Obj(s), other)
			if err != nil {
				return err
			}
			os = r
		}
		for i := os.next(0); i >= 0; i = os.next(i + 1) {
			e := os.table[i]
			if _, err := s.discardEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		err := ForEach(t, other, func(x Value) (bool, error) {
			_, err := s.Discard(t, x)
			return true, err
		})
		if err != nil {
			return err
		}
	}
	if s.fill-s.used <= (len(s.table)-1)/4 {
		return nil
	}
	if s.used > 50000 {
		return s.resize(t, s.used*2)
	}
	return s.resize(t, s.used*4)
}

// setDifference is set_difference(so, other).
func setDifference(t *Thread, soV, other Value) (*Set, error) {
	so := asSet(soV)
	var otherSize int
	os := asSet(other)
	od := asDict(other)
	switch {
	case os != nil:
		otherSize = os.used
	case od != nil && other.Type() == DictType:
		otherSize = od.used
	default:
		return setCopyAndDifference(t, soV, other)
	}
	if so.used>>2 > otherSize {
		return setCopyAndDifference(t, soV, other)
	}
	result := newResult(soV)
	for i := so.next(0); i >= 0; i = so.next(i + 1) {
		e := so.table[i]
		var found bool
		if os != nil {
			j, err := os.lookkey(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = j >= 0
		} else {
			ix, _, err := od.lookup(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = ix >= 0
		}
		if !found {
			if err := result.addEntry(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

func setCopyAndDifference(t *Thread, soV, other Value) (*Set, error) {
	result := asSet(soV).copyAs(newResult(soV).Frozen)
	return result, result.differenceUpdate(t, other)
}

// symmetricDifferenceUpdate is set_symmetric_difference_update.
func (s *Set) symmetricDifferenceUpdate(t *Thread, other Value) error {
	if asSet(other) == s {
		s.clear()
		return nil
	}
	var os *Set
	if d := asDict(other); d != nil && other.Type() == DictType {
		for i := 0; i < d.n; i++ {
			e := *d.entry(i)
			if e.key.o == nil {
				continue
			}
			found, err := s.discardEntry(t, e.key, e.hash)
			if err != nil {
				return err
			}
			if !found {
				if err := s.addEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if os = asSet(other); os == nil {
		var err error
		if os, err = SetFromIterable(t, other, s.Frozen); err != nil {
			return err
		}
	}
	for i := os.next(0); i >= 0; i = os.next(i + 1) {
		e := os.table[i]
		found, err := s.discardEntry(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// issubset reports whether every element of s is in other.
func (s *Set) issubset(t *Thread, other *Set) (bool, error) {
	if s.used > other.used {
		return false, nil
	}
	for i := s.next(0); i >= 0; i = s.next(i + 1) {
		e := s.table[i]
		j, err := other.lookkey(t, e.key, e.hash)
		if err != nil || j < 0 {
			return false, err
		}
	}
	return true, nil
}

// toSetArg returns other as a set, building one from an iterable.
func toSetArg(t *Thread, other Value) (*Set, error) {
	if os := asSet(other); os != nil {
		return os, nil
	}
	return SetFromIterable(t, other, false)
}

// frozenHash is CPython's frozenset hash.
func (s *Set) frozenHash() int64 {
	if s.hashed {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var hash uint64
	for i := s.next(0); i >= 0; i = s.next(i + 1) {
		hash ^= shuffle(uint64(s.table[i].hash))
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == ^uint64(0) {
		hash = 590923713
	}
	s.hash = int64(hash)
	s.hashed = true
	return s.hash
}

// setIterator is set_iterator.
type setIterator struct {
	s    *Set
	pos  int
	used int
	left int
}

// Type makes setIterator an Object.
func (*setIterator) Type() *Type { return SetIteratorType }

func init() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ := typ
		s := &typ.Slots
		s.Repr = setRepr
		s.Compare = setCompare
		s.Len = func(t *Thread, v Value) (int, error) {
			so, err := setSelf(v)
			if err != nil {
				return 0, err
			}
			return so.used, nil
		}
		s.Iter = func(t *Thread, v Value) (Value, error) {
			so, err := setSelf(v)
			if err != nil {
				return Null, err
			}
			return Obj(&setIterator{s: so, used: so.used, left: so.used}), nil
		}
		s.Contains = func(t *Thread, v, x Value) (bool, error) {
			so, err := setSelf(v)
			if err != nil {
				return false, err
			}
			return so.Contains(t, x)
		}
		for op, fn := range map[BinOp]func(t *Thread, a, b Value) (Value, error){
			OpOr: setOr, OpAnd: setAnd, OpSub: setSub, OpXor: setXor,
		} {
			fn := fn
			s.Binary[op] = fn
			s.Reflected[op] = func(t *Thread, b, a Value) (Value, error) { return fn(t, a, b) }
		}
		m := func(name string, min, max int, fn func(t *Thread, self Value, so *Set, args []Value) (Value, error)) {
			full := typ.Name + "." + name
			typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if max < 0 {
					if err := NoKwargs(full, kwnames); err != nil {
						return Null, err
					}
				} else if err := ArgCount(full, args, kwnames, min, max); err != nil {
					return Null, err
				}
				so, err := setSelf(self)
				if err != nil {
					return Null, err
				}
				return fn(t, self, so, args)
			})
		}
		m("copy", 0, 0, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			if so.Frozen && self.o == Object(so) {
				return self, nil
			}
			return Obj(so.copyAs(so.Frozen)), nil
		})
		m("union", 0, -1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			result := so.copyAs(so.Frozen)
			for _, other := range args {
				if asSet(other) == so {
					continue
				}
				if err := result.update(t, other); err != nil {
					return Null, err
				}
			}
			return Obj(result), nil
		})
		m("intersection", 0, -1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			r, err := setIntersectionMulti(t, self, args)
			if err != nil {
				return Null, err
			}
			return Obj(r), nil
		})
		m("difference", 0, -1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			if len(args) == 0 {
				return Obj(so.copyAs(so.Frozen)), nil
			}
			result, err := setDifference(t, self, args[0])
			if err != nil {
				return Null, err
			}
			for _, other := range args[1:] {
				if err := result.differenceUpdate(t, other); err != nil {
					return Null, err
				}
			}
			return Obj(result), nil
		})
		m("symmetric_difference", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			r, err := setSymmetricDifference(t, self, args[0])
			if err != nil {
				return Null, err
			}
			return Obj(r), nil
		})
		m("issubset", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			other, err := toSetArg(t, args[0])
			if err != nil {
				return Null, err
			}
			r, err := so.issubset(t, other)
			return Bool(r), err
		})
		m("issuperset", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			other, err := toSetArg(t, args[0])
			if err != nil {
				return Null, err
			}
			r, err := other.issubset(t, so)
			return Bool(r), err
		})
		m("isdisjoint", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			r, err := so.isdisjoint(t, args[0])
			return Bool(r), err
		})
		if typ == FrozenSetType {
			continue
		}
		s.Hash = unhashable
		s.InPlace[OpOr] = func(t *Thread, a, b Value) (Value, error) {
			if asSet(b) == nil {
				return NotImplemented, nil
			}
			so, err := setSelf(a)
			if err != nil {
				return Null, err
			}
			return a, so.update(t, b)
		}
		s.InPlace[OpAnd] = func(t *Thread, a, b Value) (Value, error) {
			if asSet(b) == nil {
				return NotImplemented, nil
			}
			so, err := setSelf(a)
			if err != nil {
				return Null, err
			}
			r, err := setIntersection(t, a, b)
			if err != nil {
				return Null, err
			}
			so.swapBodies(r)
			return a, nil
		}
		s.InPlace[OpSub] = func(t *Thread, a, b Value) (Value, error) {
			if asSet(b) == nil {
				return NotImplemented, nil
			}
			so, err := setSelf(a)
			if err != nil {
				return Null, err
			}
			return a, so.differenceUpdate(t, b)
		}
		s.InPlace[OpXor] = func(t *Thread, a, b Value) (Value, error) {
			if asSet(b) == nil {
				return NotImplemented, nil
			}
			so, err := setSelf(a)
			if err != nil {
				return Null, err
			}
			return a, so.symmetricDifferenceUpdate(t, b)
		}
		m("add", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			return None, so.Add(t, args[0])
		})
		m("remove", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			found, err := so.Discard(t, args[0])
			if err != nil {
				return Null, err
			}
			if !found {
				return Null, NewException(KeyErrorType, args[0])
			}
			return None, nil
		})
		m("discard", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			_, err := so.Discard(t, args[0])
			return None, err
		})
		m("pop", 0, 0, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			if so.used == 0 {
				return Null, Errorf(KeyErrorType, "pop from an empty set")
			}
			mask := len(so.table) - 1
			i := so.finger & mask
			for k := so.table[i].key; k.o == nil || k.o == setDummy; k = so.table[i].key {
				i++
				if i > mask {
					i = 0
				}
			}
			key := so.table[i].key
			so.table[i] = setEntry{key: Value{o: setDummy}, hash: -1}
			so.used--
			so.finger = i + 1
			return key, nil
		})
		m("clear", 0, 0, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			so.clear()
			return None, nil
		})
		m("update", 0, -1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			for _, other := range args {
				if err := so.update(t, other); err != nil {
					return Null, err
				}
			}
			return None, nil
		})
		m("intersection_update", 0, -1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			r, err := setIntersectionMulti(t, self, args)
			if err != nil {
				return Null, err
			}
			so.swapBodies(r)
			return None, nil
		})
		m("difference_update", 0, -1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			for _, other := range args {
				if err := so.differenceUpdate(t, other); err != nil {
					return Null, err
				}
			}
			return None, nil
		})
		m("symmetric_difference_update", 1, 1, func(t *Thread, self Value, so *Set, args []Value) (Value, error) {
			return None, so.symmetricDifferenceUpdate(t, args[0])
		})
		typ.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := NoKwargs("set", kwnames); err != nil {
				return Null, err
			}
			if len(args) > 1 {
				return Null, Errorf(TypeErrorType, "set expected at most 1 argument, got %d", len(args))
			}
			so, err := setSelf(self)
			if err != nil {
				return Null, err
			}
			so.clear()
			if len(args) == 1 {
				return None, so.update(t, args[0])
			}
			return None, nil
		})
	}
	FrozenSetType.Slots.Hash = func(t *Thread, v Value) (int64, error) {
		so, err := setSelf(v)
		if err != nil {
			return 0, err
		}
		return so.frozenHash(), nil
	}
	SetType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		return setNew(t, cls, args, kwnames, false)
	}
	FrozenSetType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		return setNew(t, cls, args, kwnames, true)
	}
	for _, typ := range []*Type{SetType, FrozenSetType} {
		addSlotMethods(typ)
		addNewMethod(typ)
	}
	SetType.Dict.Set("__hash__", None)

	SetIteratorType.Slots.Iter = iterSelf
	SetIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.o.(*setIterator)
		so := it.s
		if so == nil {
			return Null, false, nil
		}
		if it.used != so.used {
			it.used = -1
			return Null, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
		}
		i := so.next(it.pos)
		if i < 0 {
			it.s = nil
			return Null, false, nil
		}
		it.pos = i + 1
		it.left--
		return so.table[i].key, true, nil
	}
	addSlotMethods(SetIteratorType)
}

// setNew is set(...)/frozenset(...) and the construction of subclasses.
func setNew(t *Thread, cls *Type, args []Value, kwnames []string, frozen bool) (Value, error) {
	name := "set"
	base := SetType
	if frozen {
		name = "frozenset"
		base = FrozenSetType
	}
	exact := cls == nil || cls == base
	scriptInit := !exact && definedByScript(cls, "__init__")
	if !scriptInit {
		if err := NoKwargs(name, kwnames); err != nil {
			return Null, err
		}
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
		}
	}
	so := &Set{Frozen: frozen}
	if len(args) >= 1 && (frozen || !scriptInit) {
		if frozen && exact {
			if o, ok := args[0].o.(*Set); ok && o.Frozen {
				return args[0], nil
			}
		}
		if err := so.update(t, args[0]); err != nil {
			return Null, err
		}
	}
	if exact {
		return Obj(so), nil
	}
	inst := NewInstance(cls)
	inst.Base = Obj(so)
	return Obj(inst), nil
}

// swapBodies makes s hold other's elements (set_swap_bodies).
func (s *Set) swapBodies(other *Set) {
	s.table, s.fill, s.used = other.table, other.fill, other.used
	s.hashed = false
}

func setRepr(t *Thread, v Value) (string, error) {
	so, err := setSelf(v)
	if err != nil {
		return "", err
	}
	typ := v.Type()
	if !reprEnter(t, so) {
		return typ.Name + "(...)", nil
	}
	defer reprLeave(t, so)
	if so.used == 0 {
		return typ.Name + "()", nil
	}
	r, err := seqReprItems(t, "{", so.Items(), "}")
	if err != nil {
		return "", err
	}
	if typ != SetType {
		r = typ.Name + "(" + r + ")"
	}
	return r, nil
}

func setCompare(t *Thread, a, b Value, op CmpOp) (Value, error) {
	sa, sb := asSet(a), asSet(b)
	if sa == nil || sb == nil {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case CmpEq, CmpNe:
		if sa.used == sb.used {
			r, err = sa.issubset(t, sb)
		}
		if op == CmpNe {
			r = !r
		}
	case CmpLe:
		r, err = sa.issubset(t, sb)
	case CmpGe:
		r, err = sb.issubset(t, sa)
	case CmpLt:
		if sa.used < sb.used {
			r, err = sa.issubset(t, sb)
		}
	case CmpGt:
		if sa.used > sb.used {
			r, err = sb.issubset(t, sa)
		}
	}
	if err != nil {
		return Null, err
	}
	return Bool(r), nil
}

func setOr(t *Thread, a, b Value) (Value, error) {
	sa, sb := asSet(a), asSet(b)
	if sa == nil || sb == nil {
		return NotImplemented, nil
	}
	result := sa.copyAs(sa.Frozen)
	if sa != sb {
		if err := result.merge(t, sb); err != nil {
			return Null, err
		}
	}
	return Obj(result), nil
}

func setAnd(t *Thread, a, b Value) (Value, error) {
	if asSet(a) == nil || asSet(b) == nil {
		return NotImplemented, nil
	}
	r, err := setIntersection(t, a, b)
	if err != nil {
		return Null, err
	}
	return Obj(r), nil
}

func setSub(t *Thread, a, b Value) (Value, error) {
	if asSet(a) == nil || asSet(b) == nil {
		return NotImplemented, nil
	}
	r, err := setDifference(t, a, b)
	if err != nil {
		return Null, err
	}
	return Obj(r), nil
}

func setXor(t *Thread, a, b Value) (Value, error) {
	if asSet(a) == nil || asSet(b) == nil {
		return NotImplemented, nil
	}
	r, err := setSymmetricDifference(t, a, b)
	if err != nil {
		return Null, err
	}
	return Obj(r), nil
}

// setSymmetricDifference is set_symmetric_difference: a new set of other's
// elements, updated with so's.
func setSymmetricDifference(t *Thread, soV, other Value) (*Set, error) {
	result := newResult(soV)
	if err := result.update(t, other); err != nil {
		return nil, err
	}
	return result, result.symmetricDifferenceUpdate(t, soV)
}

// setIntersectionMulti is set_intersection_multi.
func setIntersectionMulti(t *Thread, soV Value, others []Value) (*Set, error) {
	so := asSet(soV)
	if len(others) == 0 {
		return so.copyAs(so.Frozen), nil
	}
	result := soV
	var r *Set
	for _, other := range others {
		var err error
		if r, err = setIntersection(t, result, other); err != nil {
			return nil, err
		}
		result = Obj(r)
	}
	return r, nil
}

// isdisjoint is set_isdisjoint.
func (s *Set) isdisjoint(t *Thread, other Value) (bool, error) {
	if os := asSet(other); os == s {
		return s.used == 0, nil
	}
	if os, ok := other.o.(*Set); ok {
		a, b := s, os
		if b.used > a.used {
			a, b = b, a
		}
		for i := b.next(0); i >= 0; i = b.next(i + 1) {
			e := b.table[i]
			j, err := a.lookkey(t, e.key, e.hash)
			if err != nil {
				return false, err
			}
			if j >= 0 {
				return false, nil
			}
		}
		return true, nil
	}
	disjoint := true
	err := ForEach(t, other, func(x Value) (bool, error) {
		found, err := s.Contains(t, x)
		if err != nil {
			return false, err
		}
		if found {
			disjoint = false
			return false, nil
		}
		return true, nil
	})
	return disjoint, err
}

// BuildSet is the vm's set display {a, b, c} when some element is not a
// compile-time constant (CPython's BUILD_SET): the items are added in order.
func BuildSet(t *Thread, items []Value) (*Set, error) {
	s := &Set{}
	for _, x := range items {
		if err := s.Add(t, x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// BuildConstSet is the vm's set display of more than two compile-time
// constants: CPython 3.11 folds those into a frozenset constant and merges
// it into a new set (BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE), which
// gives a different iteration order than adding the items one by one.
// Loops over a constant set display (`for x in {3, 1, 2}`) and `in` tests
// use the frozenset itself: see NewConstFrozenSet.
func BuildConstSet(t *Thread, items []Value) (*Set, error) {
	fs, err := NewConstFrozenSet(t, items)
	if err != nil {
		return nil, err
	}
	s := &Set{}
	return s, s.merge(t, fs)
}

// NewConstFrozenSet is the frozenset constant CPython's compiler makes of a
// constant set display: the items added in order.
func NewConstFrozenSet(t *Thread, items []Value) (*Set, error) {
	s, err := BuildSet(t, items)
	if err != nil {
		return nil, err
	}
	s.Frozen = true
	return s, nil
}

// Update adds the items of an iterable, as set.update does: another set is
// merged table-to-table, which keeps CPython's layout (and so its order).
func (s *Set) Update(t *Thread, it Value) error {
	if other, ok := it.o.(*Set); ok {
		return s.merge(t, other)
	}
	return ForEach(t, it, func(v Value) (bool, error) { return true, s.Add(t, v) })
}
