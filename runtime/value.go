// Package runtime holds aio's value model: Value, the built-in types and
// their methods, exceptions, and the operations (arithmetic, comparison,
// attribute access, calls, iteration) that the vm and the standard library
// apply to values. It never imports the vm: script functions plug in through
// the Callable interface, and the vm reaches back through Thread.
package runtime

import (
	"math"
)

// Value is one aio value. Small data — None, bools, ints that fit in int64
// and floats — is held inline in n, tagged by a zero-size kind marker in o,
// so arithmetic on them never allocates. Everything else is an Object behind
// a pointer in o. The zero Value (o == nil) means "no value": an unbound
// local, a missing result.
type Value struct {
	o Object
	n uint64
}

// Object is anything a Value can hold. Every implementation is a pointer
// type (or one of the zero-size immediate kinds) so that identity is pointer
// equality.
type Object interface {
	Type() *Type
}

type noneKind struct{}
type boolKind struct{}
type intKind struct{}
type floatKind struct{}
type notImplKind struct{}
type ellipsisKind struct{}

func (noneKind) Type() *Type     { return NoneType }
func (boolKind) Type() *Type     { return BoolType }
func (intKind) Type() *Type      { return IntType }
func (floatKind) Type() *Type    { return FloatType }
func (notImplKind) Type() *Type  { return NotImplementedType }
func (ellipsisKind) Type() *Type { return EllipsisType }

// The singleton immediate values.
var (
	None           = Value{o: noneKind{}}
	True           = Value{o: boolKind{}, n: 1}
	False          = Value{o: boolKind{}, n: 0}
	NotImplemented = Value{o: notImplKind{}}
	Ellipsis       = Value{o: ellipsisKind{}}
	Null           = Value{}
)

// Int makes an int value.
func Int(i int64) Value { return Value{o: intKind{}, n: uint64(i)} }

// Float makes a float value.
func Float(f float64) Value { return Value{o: floatKind{}, n: math.Float64bits(f)} }

// Bool makes True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Obj wraps a heap object as a Value.
func Obj(o Object) Value { return Value{o: o} }

// IsNull reports whether v is the absent value.
func (v Value) IsNull() bool { return v.o == nil }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { _, ok := v.o.(noneKind); return ok }

// IsInt reports whether v is a small (int64) int; bools are not included.
func (v Value) IsInt() bool { _, ok := v.o.(intKind); return ok }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { _, ok := v.o.(floatKind); return ok }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { _, ok := v.o.(boolKind); return ok }

// IsNotImplemented reports whether v is the NotImplemented singleton.
func (v Value) IsNotImplemented() bool { _, ok := v.o.(notImplKind); return ok }

// AsInt returns the int64 of a small int or bool value (unchecked).
func (v Value) AsInt() int64 { return int64(v.n) }

// AsFloat returns the float64 of a float value (unchecked).
func (v Value) AsFloat() float64 { return math.Float64frombits(v.n) }

// AsBool returns the truth of a bool value (unchecked).
func (v Value) AsBool() bool { return v.n != 0 }

// Object returns the heap object of v, or nil for immediates.
func (v Value) Object() Object {
	switch v.o.(type) {
	case noneKind, boolKind, intKind, floatKind, notImplKind, ellipsisKind:
		return nil
	}
	return v.o
}

// Raw returns whatever v holds in its object slot, immediate markers included.
func (v Value) Raw() Object { return v.o }

// Type returns the type of v.
func (v Value) Type() *Type {
	if v.o == nil {
		return NoneType
	}
	return v.o.Type()
}

// TypeName is the Python name of v's type, for error messages.
func (v Value) TypeName() string { return v.Type().Name }

// Is is Python's `is`: identity for objects, equal bits and kind for immediates.
func Is(a, b Value) bool {
	return a.o == b.o && a.n == b.n
}

// IntLike reports whether v is an int, a bool, or a big int.
func (v Value) IntLike() bool {
	switch v.o.(type) {
	case intKind, boolKind, *BigInt:
		return true
	}
	return false
}
