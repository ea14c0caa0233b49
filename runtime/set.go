package runtime

// Set is a set or, with Frozen, a frozenset. Iteration order follows
// CPython's hash table layout so that printed sets of ints match.
type Set struct {
	Frozen bool
}

// Type makes Set an Object.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}
