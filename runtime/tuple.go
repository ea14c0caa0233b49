package runtime

// Tuple is an immutable sequence.
type Tuple struct {
	Items []Value
}

// Type makes Tuple an Object.
func (*Tuple) Type() *Type { return TupleType }

// EmptyTuple is the shared ().
var EmptyTuple = Obj(&Tuple{})

// NewTuple makes a tuple that takes ownership of items.
func NewTuple(items []Value) Value {
	if len(items) == 0 {
		return EmptyTuple
	}
	return Obj(&Tuple{Items: items})
}
