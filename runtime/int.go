package runtime

import "math/big"

// BigInt is an int that does not fit in int64. It is immutable; results
// that fit in int64 are always returned as small ints (see NewIntFromBig).
type BigInt struct {
	V *big.Int
}

// Type makes BigInt an Object: it is a Python int.
func (*BigInt) Type() *Type { return IntType }

// NewIntFromBig returns b as an int value, small when it fits in int64.
func NewIntFromBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Obj(&BigInt{V: b})
}

// Hash is Python's hash of the big int.
func (b *BigInt) Hash() int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(b.V), big.NewInt(hashModulus)).Int64()
	if b.V.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

// intFast computes op on two small ints when the result is a small int;
// ok is false when the slow path (promotion, errors, floats) is needed.
func intFast(op BinOp, a, b int64) (Value, bool) {
	switch op {
	case OpAdd:
		r := a + b
		if (r > a) == (b > 0) {
			return Int(r), true
		}
	case OpSub:
		r := a - b
		if (r < a) == (b > 0) {
			return Int(r), true
		}
	}
	return Null, false
}
