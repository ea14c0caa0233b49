package runtime

// Range is range(start, stop, step).
type Range struct {
	Start, Stop, Step int64
}

// Type makes Range an Object.
func (*Range) Type() *Type { return RangeType }

// Slice is slice(start, stop, step); absent parts are None.
type Slice struct {
	Start, Stop, Step Value
}

// Type makes Slice an Object.
func (*Slice) Type() *Type { return SliceType }
