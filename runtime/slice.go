package runtime

import (
	"math"
	"strings"
)

// SliceIndices resolves slice s against a sequence of the given length, as
// CPython's PySlice_Unpack followed by PySlice_AdjustIndices: None parts get
// their defaults, negative indices count from the end, out-of-range indices
// are clamped. n is the number of items the slice selects.
func SliceIndices(t *Thread, s *Slice, length int) (start, stop, step, n int, err error) {
	st, sp, stp, err := sliceUnpack(t, s)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	start, stop, n = adjustIndices(st, sp, stp, int64(length))
	return start, stop, int(stp), n, nil
}

// sliceUnpack is PySlice_Unpack: defaults for None, __index__ for the rest,
// clamped to the int64 range.
func sliceUnpack(t *Thread, s *Slice) (start, stop, step int64, err error) {
	step = 1
	if !s.Step.IsNull() && !s.Step.IsNone() {
		step, err = sliceIndex(t, s.Step)
		if err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueErrorType, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt64 {
			step = -math.MaxInt64
		}
	}
	if s.Start.IsNull() || s.Start.IsNone() {
		if step < 0 {
			start = math.MaxInt64
		}
	} else if start, err = sliceIndex(t, s.Start); err != nil {
		return
	}
	if s.Stop.IsNull() || s.Stop.IsNone() {
		if step < 0 {
			stop = math.MinInt64
		} else {
			stop = math.MaxInt64
		}
	} else if stop, err = sliceIndex(t, s.Stop); err != nil {
		return
	}
	return
}

// sliceIndex is _PyEval_SliceIndex: an int (via __index__) clamped to int64.
func sliceIndex(t *Thread, v Value) (int64, error) {
	switch o := v.o.(type) {
	case intKind, boolKind:
		return int64(v.n), nil
	case *BigInt:
		if o.V.Sign() < 0 {
			return math.MinInt64, nil
		}
		return math.MaxInt64, nil
	}
	if v.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	return sliceIndex(t, r)
}

// adjustIndices is PySlice_AdjustIndices.
func adjustIndices(start, stop, step, length int64) (int, int, int) {
	if start < 0 {
		start += length
		if start < 0 {
			if step < 0 {
				start = -1
			} else {
				start = 0
			}
		}
	} else if start >= length {
		if step < 0 {
			start = length - 1
		} else {
			start = length
		}
	}
	if stop < 0 {
		stop += length
		if stop < 0 {
			if step < 0 {
				stop = -1
			} else {
				stop = 0
			}
		}
	} else if stop >= length {
		if step < 0 {
			stop = length - 1
		} else {
			stop = length
		}
	}
	var n int64
	if step < 0 {
		if stop < start {
			n = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/step + 1
	}
	return int(start), int(stop), int(n)
}

// NewSlice makes a slice object; absent parts should be None.
func NewSlice(start, stop, step Value) Value {
	return Obj(&Slice{Start: noneIfNull(start), Stop: noneIfNull(stop), Step: noneIfNull(step)})
}

func noneIfNull(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

func init() {
	SliceType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("slice", kwnames); err != nil {
			return Null, err
		}
		switch len(args) {
		case 0:
			return Null, Errorf(TypeErrorType, "slice expected at least 1 argument, got 0")
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		}
		return Null, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
	}
	SliceType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		s := v.o.(*Slice)
		var b strings.Builder
		b.WriteString("slice(")
		for i, part := range []Value{s.Start, s.Stop, s.Step} {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, noneIfNull(part))
			if err != nil {
				return "", err
			}
			b.WriteString(r)
		}
		b.WriteByte(')')
		return b.String(), nil
	}
	SliceType.Slots.Hash = unhashable
	SliceType.Slots.Compare = func(t *Thread, a, b Value, op CmpOp) (Value, error) {
		sb, ok := b.o.(*Slice)
		if !ok {
			return NotImplemented, nil
		}
		sa := a.o.(*Slice)
		x := []Value{noneIfNull(sa.Start), noneIfNull(sa.Stop), noneIfNull(sa.Step)}
		y := []Value{noneIfNull(sb.Start), noneIfNull(sb.Stop), noneIfNull(sb.Step)}
		return compareSeq(t, x, y, op)
	}
	SliceType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		s := v.o.(*Slice)
		switch name {
		case "start":
			return noneIfNull(s.Start), nil
		case "stop":
			return noneIfNull(s.Stop), nil
		case "step":
			return noneIfNull(s.Step), nil
		}
		return GenericGetAttr(t, v, name)
	}
	SliceType.AddMethod("indices", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("indices", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		length, err := Index(t, args[0])
		if err != nil {
			return Null, err
		}
		if _, big := length.o.(*BigInt); big {
			return Null, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if length.AsInt() < 0 {
			return Null, Errorf(ValueErrorType, "length should not be negative")
		}
		s := self.o.(*Slice)
		st, sp, stp, err := sliceUnpack(t, s)
		if err != nil {
			return Null, err
		}
		start, stop, _ := adjustIndices(st, sp, stp, length.AsInt())
		return NewTuple([]Value{Int(int64(start)), Int(int64(stop)), Int(stp)}), nil
	})
}
