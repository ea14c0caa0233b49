package runtime

import (
	"math"
	"math/big"
	"strconv"
)

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

// length is the number of items, which may exceed MaxInt64.
func (r *Range) length() uint64 {
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		return (uint64(r.Stop)-uint64(r.Start)-1)/uint64(r.Step) + 1
	case r.Step < 0 && r.Start > r.Stop:
		return (uint64(r.Start)-uint64(r.Stop)-1)/(0-uint64(r.Step)) + 1
	}
	return 0
}

// Len is len(r), failing like CPython when it does not fit an int.
func (r *Range) Len() (int, error) {
	n := r.length()
	if n > math.MaxInt64 {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// at is the item at position i (0 <= i < length), computed modulo 2**64 so
// that it is exact whenever the true value fits in int64.
func (r *Range) at(i uint64) int64 {
	return int64(uint64(r.Start) + i*uint64(r.Step))
}

// contains reports whether the int x is one of r's items.
func (r *Range) contains(x int64) bool {
	if r.Step > 0 {
		if x < r.Start || x >= r.Stop {
			return false
		}
		return (uint64(x)-uint64(r.Start))%uint64(r.Step) == 0
	}
	if x > r.Start || x <= r.Stop {
		return false
	}
	return (uint64(r.Start)-uint64(x))%(0-uint64(r.Step)) == 0
}

// NewRangeIter is iter(range(start, stop, step)); step must not be zero.
func NewRangeIter(start, stop, step int64) Value {
	r := Range{Start: start, Stop: stop, Step: step}
	return Obj(&rangeIterator{next: start, step: step, remaining: r.length()})
}

// rangeIterator is range_iterator.
type rangeIterator struct {
	next, step int64
	remaining  uint64
}

// Type makes rangeIterator an Object.
func (*rangeIterator) Type() *Type { return RangeIteratorType }

func (r *Range) reversedIter() *rangeIterator {
	n := r.length()
	if n == 0 {
		return &rangeIterator{step: 1}
	}
	return &rangeIterator{next: r.at(n - 1), step: int64(0 - uint64(r.Step)), remaining: n}
}

func init() {
	RangeType.New = rangeNew
	s := &RangeType.Slots
	s.Repr = func(t *Thread, v Value) (string, error) {
		r := v.o.(*Range)
		out := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
		if r.Step != 1 {
			out += ", " + strconv.FormatInt(r.Step, 10)
		}
		return out + ")", nil
	}
	s.Hash = func(t *Thread, v Value) (int64, error) {
		r := v.o.(*Range)
		n := r.length()
		parts := []Value{Int(int64(n)), None, None}
		if n > math.MaxInt64 {
			parts[0] = NewIntFromBig(new(big.Int).SetUint64(n))
		}
		if n > 0 {
			parts[1] = Int(r.Start)
			if n > 1 {
				parts[2] = Int(r.Step)
			}
		}
		return HashTuple(t, parts)
	}
	s.Compare = func(t *Thread, a, b Value, op CmpOp) (Value, error) {
		rb, ok := b.o.(*Range)
		if !ok || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		eq := rangeEqual(a.o.(*Range), rb)
		return Bool(eq == (op == CmpEq)), nil
	}
	s.Bool = func(t *Thread, v Value) (bool, error) { return v.o.(*Range).length() > 0, nil }
	s.Len = func(t *Thread, v Value) (int, error) { return v.o.(*Range).Len() }
	s.Iter = func(t *Thread, v Value) (Value, error) {
		r := v.o.(*Range)
		return Obj(&rangeIterator{next: r.Start, step: r.Step, remaining: r.length()}), nil
	}
	s.GetItem = rangeGetItem
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		r := v.o.(*Range)
		switch x.o.(type) {
		case intKind, boolKind:
			return r.contains(int64(x.n)), nil
		case *BigInt:
			return false, nil
		}
		_, found, err := r.search(t, x)
		return found, err
	}
	s.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		r := v.o.(*Range)
		switch name {
		case "start":
			return Int(r.Start), nil
		case "stop":
			return Int(r.Stop), nil
		case "step":
			return Int(r.Step), nil
		}
		return GenericGetAttr(t, v, name)
	}
	RangeType.AddMethod("count", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("range.count", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		r := self.o.(*Range)
		x := args[0]
		switch x.o.(type) {
		case intKind, boolKind:
			if r.contains(int64(x.n)) {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n := int64(0)
		err := ForEach(t, self, func(y Value) (bool, error) {
			eq, err := Equal(t, y, x)
			if eq {
				n++
			}
			return true, err
		})
		return Int(n), err
	})
	RangeType.AddMethod("index", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("range.index", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		r := self.o.(*Range)
		x := args[0]
		switch x.o.(type) {
		case intKind, boolKind:
			i := int64(x.n)
			if r.contains(i) {
				if r.Step > 0 {
					return Int(int64((uint64(i) - uint64(r.Start)) / uint64(r.Step))), nil
				}
				return Int(int64((uint64(r.Start) - uint64(i)) / (0 - uint64(r.Step)))), nil
			}
			rs, err := Repr(t, x)
			if err != nil {
				return Null, err
			}
			return Null, Errorf(ValueErrorType, "%s is not in range", rs)
		}
		i, found, err := r.search(t, x)
		if err != nil {
			return Null, err
		}
		if !found {
			return Null, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return Int(i), nil
	})
	RangeType.AddMethod("__reversed__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return Obj(self.o.(*Range).reversedIter()), nil
	})
	addSlotMethods(RangeType)

	RangeIteratorType.Slots.Iter = iterSelf
	RangeIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.o.(*rangeIterator)
		if it.remaining == 0 {
			return Null, false, nil
		}
		x := it.next
		it.next = int64(uint64(it.next) + uint64(it.step))
		it.remaining--
		return Int(x), true, nil
	}
	addSlotMethods(RangeIteratorType)
}

// search finds x among r's items by ==, as CPython does for non-int values.
func (r *Range) search(t *Thread, x Value) (int64, bool, error) {
	n := r.length()
	for i := uint64(0); i < n; i++ {
		eq, err := Equal(t, Int(r.at(i)), x)
		if err != nil {
			return 0, false, err
		}
		if eq {
			return int64(i), true, nil
		}
	}
	return 0, false, nil
}

func rangeEqual(a, b *Range) bool {
	if a == b {
		return true
	}
	n := a.length()
	if n != b.length() {
		return false
	}
	if n == 0 {
		return true
	}
	if a.Start != b.Start {
		return false
	}
	return n == 1 || a.Step == b.Step
}

func rangeNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("range", kwnames); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return Null, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return Null, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	var nums [3]int64
	for i, a := range args {
		if a.IsInt() {
			nums[i] = int64(a.n)
			continue
		}
		v, err := Index(t, a)
		if err != nil {
			return Null, err
		}
		if _, big := v.o.(*BigInt); big {
			return Null, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		nums[i] = int64(v.n)
	}
	r := &Range{Step: 1}
	switch len(args) {
	case 1:
		r.Stop = nums[0]
	case 2:
		r.Start, r.Stop = nums[0], nums[1]
	case 3:
		r.Start, r.Stop, r.Step = nums[0], nums[1], nums[2]
		if r.Step == 0 {
			return Null, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
	}
	return Obj(r), nil
}

func rangeGetItem(t *Thread, v, key Value) (Value, error) {
	r := v.o.(*Range)
	if sl, ok := key.o.(*Slice); ok {
		n, err := r.Len()
		if err != nil {
			return Null, err
		}
		start, stop, step, _, err := SliceIndices(t, sl, n)
		if err != nil {
			return Null, err
		}
		return Obj(&Range{
			Start: r.at(uint64(int64(start))),
			Stop:  r.at(uint64(int64(stop))),
			Step:  int64(uint64(r.Step) * uint64(int64(step))),
		}), nil
	}
	if _, big := key.o.(*BigInt); big {
		return Null, Errorf(IndexErrorType, "range object index out of range")
	}
	i, _, err := seqIndexArg(t, key, "range")
	if err != nil {
		return Null, err
	}
	n := r.length()
	if i < 0 {
		if uint64(-i) > n {
			return Null, Errorf(IndexErrorType, "range object index out of range")
		}
		return Int(r.at(n - uint64(-i))), nil
	}
	if uint64(i) >= n {
		return Null, Errorf(IndexErrorType, "range object index out of range")
	}
	return Int(r.at(uint64(i))), nil
}
