package runtime

// Dict is an insertion-ordered hash map with Python's key semantics
// (hash and ==, which may run script code).
type Dict struct {
	keys []Value
	vals []Value
}

// Type makes Dict an Object.
func (*Dict) Type() *Type { return DictType }

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{} }

// AttrDictToDict copies an attribute dict into a dict with str keys.
func AttrDictToDict(a *AttrDict) *Dict {
	d := NewDict()
	for i, k := range a.Keys() {
		d.keys = append(d.keys, Str(k))
		d.vals = append(d.vals, a.Values()[i])
	}
	return d
}
