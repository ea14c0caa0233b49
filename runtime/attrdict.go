package runtime

import (
	"sync"
	"sync/atomic"
)

// AttrDict is an insertion-ordered map from names to values: the attribute
// store of instances, classes and modules. Small dicts are scanned linearly;
// larger ones keep an index.
type AttrDict struct {
	keys  []string
	vals  []Value
	index map[string]int
	// Version changes on every insertion or deletion (not on updates of an
	// existing key), so caches of slot positions can be validated cheaply.
	Version uint64
}

const attrIndexThreshold = 8

var attrVersionCounter atomic.Uint64

// NewAttrDict makes an empty AttrDict.
func NewAttrDict() *AttrDict { return &AttrDict{} }

// Len is the number of entries.
func (d *AttrDict) Len() int { return len(d.keys) }

// Find returns the position of name, or -1.
func (d *AttrDict) Find(name string) int {
	if d.index != nil {
		if i, ok := d.index[name]; ok {
			return i
		}
		return -1
	}
	for i, k := range d.keys {
		if k == name {
			return i
		}
	}
	return -1
}

// Get returns the value stored under name.
func (d *AttrDict) Get(name string) (Value, bool) {
	if i := d.Find(name); i >= 0 {
		return d.vals[i], true
	}
	return Null, false
}

// At returns the value at position i (from Find).
func (d *AttrDict) At(i int) Value { return d.vals[i] }

// SetAt replaces the value at position i.
func (d *AttrDict) SetAt(i int, v Value) { d.vals[i] = v }

// Set stores v under name, keeping the position of an existing key.
func (d *AttrDict) Set(name string, v Value) {
	if i := d.Find(name); i >= 0 {
		d.vals[i] = v
		return
	}
	name = Intern(name)
	d.keys = append(d.keys, name)
	d.vals = append(d.vals, v)
	if d.index != nil {
		d.index[name] = len(d.keys) - 1
	} else if len(d.keys) > attrIndexThreshold {
		d.index = make(map[string]int, len(d.keys)*2)
		for i, k := range d.keys {
			d.index[k] = i
		}
	}
	d.Version = attrVersionCounter.Add(1)
}

// Delete removes name and reports whether it was present.
func (d *AttrDict) Delete(name string) bool {
	i := d.Find(name)
	if i < 0 {
		return false
	}
	d.keys = append(d.keys[:i], d.keys[i+1:]...)
	d.vals = append(d.vals[:i], d.vals[i+1:]...)
	if d.index != nil {
		delete(d.index, name)
		for j := i; j < len(d.keys); j++ {
			d.index[d.keys[j]] = j
		}
	}
	d.Version = attrVersionCounter.Add(1)
	return true
}

// Keys returns the names in insertion order (the slice must not be modified).
func (d *AttrDict) Keys() []string { return d.keys }

// Values returns the values in insertion order (the slice must not be modified).
func (d *AttrDict) Values() []Value { return d.vals }

// KeyAt returns the name at position i (from Find).
func (d *AttrDict) KeyAt(i int) string { return d.keys[i] }

// typeEpoch changes whenever any class's attributes change; caches of
// attribute lookups keyed on a class compare it.
var typeEpoch atomic.Uint64

// TypeEpoch is the current class-attribute epoch.
func TypeEpoch() uint64 { return typeEpoch.Load() }

// TypeChanged records that a class's attributes changed.
func TypeChanged() { typeEpoch.Add(1) }

// interned maps attribute names to one shared copy, so that the vm's
// caches can compare names by pointer.
var interned sync.Map

// Intern returns the shared copy of name.
func Intern(name string) string {
	if v, ok := interned.Load(name); ok {
		return v.(string)
	}
	v, _ := interned.LoadOrStore(name, name)
	return v.(string)
}
