package runtime

// List is a mutable sequence.
type List struct {
	Items []Value
}

// Type makes List an Object.
func (*List) Type() *Type { return ListType }

// NewList makes a list that takes ownership of items.
func NewList(items []Value) *List { return &List{Items: items} }
