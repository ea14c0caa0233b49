package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// BigInt is an int that does not fit in int64. It is immutable; results
// that fit in int64 are always returned as small ints (see NewIntFromBig).
type BigInt struct {
	V *big.Int
}

// Type makes BigInt an Object: it is a Python int.
func (*BigInt) Type() *Type { return IntType }

// NewIntFromBig returns b as an int value, small when it fits in int64.
// The value takes ownership of b.
func NewIntFromBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Obj(&BigInt{V: b})
}

// Hash is Python's hash of the big int: its value modulo 2**61-1, with the
// sign of the int, and -1 replaced by -2.
func (b *BigInt) Hash() int64 {
	// Horner's rule in base 2**W (the word size): multiplying by 2**W
	// modulo 2**61-1 rotates the 61-bit residue left by W mod 61 bits.
	const rot = bits.UintSize % 61
	var h uint64
	words := b.V.Bits()
	for i := len(words) - 1; i >= 0; i-- {
		h = ((h << rot) & hashModulus) | h>>(61-rot)
		h += uint64(words[i]) % hashModulus
		if h >= hashModulus {
			h -= hashModulus
		}
	}
	r := int64(h)
	if b.V.Sign() < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// IntMaxStrDigits is the limit on the number of decimal digits of an int
// converted to or from a string (sys.set_int_max_str_digits); 0 disables it.
var IntMaxStrDigits = 4300

// maxIntBits bounds the size of int results (shifts, powers): beyond it
// the operation raises MemoryError instead of exhausting the Go heap.
const maxIntBits = 1 << 32

// intFast computes op on two small ints when the result is a small int (or,
// for /, a float that int64 division gives exactly); ok is false when the
// slow path (promotion, errors) is needed.
func intFast(op BinOp, a, b int64) (Value, bool) {
	switch op {
	case OpAdd:
		r := a + b
		if (a^r)&(b^r) >= 0 {
			return Int(r), true
		}
	case OpSub:
		r := a - b
		if (a^b)&(a^r) >= 0 {
			return Int(r), true
		}
	case OpMul:
		if r, ok := mulInt64(a, b); ok {
			return Int(r), true
		}
	case OpFloorDiv:
		if b != 0 && (b != -1 || a != math.MinInt64) {
			q := a / b
			if (a^b) < 0 && q*b != a {
				q--
			}
			return Int(q), true
		}
	case OpMod:
		if b != 0 {
			if b == -1 {
				return Int(0), true
			}
			r := a % b
			if r != 0 && (r^b) < 0 {
				r += b
			}
			return Int(r), true
		}
	case OpTrueDiv:
		if b != 0 && a >= -1<<53 && a <= 1<<53 && b >= -1<<53 && b <= 1<<53 {
			return Float(float64(a) / float64(b)), true
		}
	case OpPow:
		if b >= 0 {
			if r, ok := powInt64(a, b); ok {
				return Int(r), true
			}
		}
	case OpLShift:
		if b >= 0 && b < 64 {
			r := a << uint(b)
			if r>>uint(b) == a {
				return Int(r), true
			}
		}
	case OpRShift:
		if b >= 0 {
			if b > 63 {
				b = 63
			}
			return Int(a >> uint(b)), true
		}
	case OpAnd:
		return Int(a & b), true
	case OpOr:
		return Int(a | b), true
	case OpXor:
		return Int(a ^ b), true
	}
	return Null, false
}

// mulInt64 multiplies with overflow detection.
func mulInt64(a, b int64) (int64, bool) {
	if uint64(a+0x80000000) <= 0xFFFFFFFF && uint64(b+0x80000000) <= 0xFFFFFFFF {
		return a * b, true
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if a < 0 {
		hi -= uint64(b)
	}
	if b < 0 {
		hi -= uint64(a)
	}
	if int64(hi) == int64(lo)>>63 {
		return int64(lo), true
	}
	return 0, false
}

// powInt64 is a**b for b >= 0 when the result fits in int64.
func powInt64(a, b int64) (int64, bool) {
	switch a {
	case 0:
		if b == 0 {
			return 1, true
		}
		return 0, true
	case 1:
		return 1, true
	case -1:
		if b&1 != 0 {
			return -1, true
		}
		return 1, true
	case 2:
		if b < 63 {
			return 1 << uint(b), true
		}
		return 0, false
	}
	if b >= 64 {
		return 0, false
	}
	r := int64(1)
	var ok bool
	for {
		if b&1 != 0 {
			if r, ok = mulInt64(r, a); !ok {
				return 0, false
			}
		}
		b >>= 1
		if b == 0 {
			return r, true
		}
		if a, ok = mulInt64(a, a); !ok {
			return 0, false
		}
	}
}

// intOperand returns v as a normalised int (a small Int or a *BigInt): bools
// become small ints and instances of int subclasses give their value.
func intOperand(v Value) (Value, bool) {
	switch o := v.o.(type) {
	case intKind:
		return v, true
	case boolKind:
		return Value{o: intKind{}, n: v.n}, true
	case *BigInt:
		return v, true
	case *Instance:
		if !o.Base.IsNull() && o.Class.IsSubtype(IntType) {
			return intOperand(o.Base)
		}
	}
	return Null, false
}

// bigOf returns a normalised int as a big.Int that the caller must not
// modify.
func bigOf(v Value) *big.Int {
	if b, ok := v.o.(*BigInt); ok {
		return b.V
	}
	return big.NewInt(int64(v.n))
}

// bigResult holds a big int result and its BigInt in one allocation,
// with room for a small operand so that converting it allocates nothing.
type bigResult struct {
	BigInt
	val   big.Int
	small big.Int
	word  [1]big.Word
}

func newBigResult() *bigResult {
	r := &bigResult{}
	r.V = &r.val
	return r
}

// args returns x and y as big.Ints; a small one is placed in r.small
// unless both are small (an int64 overflow, which is rare).
func (r *bigResult) args(x, y Value) (*big.Int, *big.Int) {
	if x.IsInt() && y.IsInt() {
		return big.NewInt(int64(x.n)), big.NewInt(int64(y.n))
	}
	return r.arg(x), r.arg(y)
}

func (r *bigResult) arg(v Value) *big.Int {
	if b, ok := v.o.(*BigInt); ok {
		return b.V
	}
	i := int64(v.n)
	if i < 0 {
		r.word[0] = big.Word(-uint64(i))
		return r.small.Neg(r.small.SetBits(r.word[:]))
	}
	r.word[0] = big.Word(uint64(i))
	return r.small.SetBits(r.word[:])
}

// value is the result as a normalised int value.
func (r *bigResult) value() Value {
	if r.val.IsInt64() {
		return Int(r.val.Int64())
	}
	return Obj(&r.BigInt)
}

// intSign is -1, 0 or 1 for a normalised int.
func intSign(v Value) int {
	if b, ok := v.o.(*BigInt); ok {
		return b.V.Sign()
	}
	i := int64(v.n)
	switch {
	case i < 0:
		return -1
	case i > 0:
		return 1
	}
	return 0
}

// intBinary is op on two normalised ints.
func intBinary(t *Thread, op BinOp, x, y Value) (Value, error) {
	if x.IsInt() && y.IsInt() {
		if r, ok := intFast(op, int64(x.n), int64(y.n)); ok {
			return r, nil
		}
	}
	switch op {
	case OpAdd:
		r := newBigResult()
		bx, by := r.args(x, y)
		r.val.Add(bx, by)
		return r.value(), nil
	case OpSub:
		r := newBigResult()
		bx, by := r.args(x, y)
		r.val.Sub(bx, by)
		return r.value(), nil
	case OpMul:
		r := newBigResult()
		bx, by := r.args(x, y)
		if err := t.Reserve(int64(bx.BitLen()+by.BitLen()) / 8); err != nil {
			return Null, err
		}
		r.val.Mul(bx, by)
		return r.value(), nil
	case OpTrueDiv:
		return intTrueDiv(x, y)
	case OpFloorDiv:
		q, _, err := intDivMod(x, y, "integer division or modulo by zero")
		return q, err
	case OpMod:
		_, r, err := intDivMod(x, y, "integer modulo by zero")
		return r, err
	case OpPow:
		return intPow(t, x, y)
	case OpLShift:
		return intLShift(t, x, y)
	case OpRShift:
		return intRShift(x, y)
	case OpAnd:
		return NewIntFromBig(new(big.Int).And(bigOf(x), bigOf(y))), nil
	case OpOr:
		return NewIntFromBig(new(big.Int).Or(bigOf(x), bigOf(y))), nil
	case OpXor:
		return NewIntFromBig(new(big.Int).Xor(bigOf(x), bigOf(y))), nil
	}
	return NotImplemented, nil
}

// intDivMod is Python's floor division and modulo of normalised ints.
func intDivMod(x, y Value, zeroMsg string) (Value, Value, error) {
	if intSign(y) == 0 {
		return Null, Null, Errorf(ZeroDivisionErrorType, "%s", zeroMsg)
	}
	if x.IsInt() && y.IsInt() {
		a, b := int64(x.n), int64(y.n)
		if b != -1 || a != math.MinInt64 {
			q, r := a/b, a%b
			if r != 0 && (r^b) < 0 {
				q--
				r += b
			}
			return Int(q), Int(r), nil
		}
	}
	a, b := bigOf(x), bigOf(y)
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && r.Sign() != b.Sign() {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return NewIntFromBig(q), NewIntFromBig(r), nil
}

// intTrueDiv is x / y for normalised ints, correctly rounded.
func intTrueDiv(x, y Value) (Value, error) {
	sy := intSign(y)
	if sy == 0 {
		return Null, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	sx := intSign(x)
	if sx == 0 {
		if sy < 0 {
			return Float(math.Copysign(0, -1)), nil
		}
		return Float(0), nil
	}
	f, _ := new(big.Rat).SetFrac(bigOf(x), bigOf(y)).Float64()
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intPow is x ** y for normalised ints; a negative exponent gives a float.
func intPow(t *Thread, x, y Value) (Value, error) {
	if intSign(y) < 0 {
		fx, err := intToFloat(x)
		if err != nil {
			return Null, err
		}
		fy, err := intToFloat(y)
		if err != nil {
			return Null, err
		}
		return floatPowValue(fx, fy)
	}
	if x.IsInt() {
		switch int64(x.n) {
		case 0:
			if intSign(y) == 0 {
				return Int(1), nil
			}
			return Int(0), nil
		case 1:
			return Int(1), nil
		case -1:
			if bigOf(y).Bit(0) == 1 {
				return Int(-1), nil
			}
			return Int(1), nil
		}
	}
	if !y.IsInt() {
		return Null, NewException(MemoryErrorType)
	}
	e := int64(y.n)
	if x.IsInt() && e >= 0 {
		if r, ok := powInt64(int64(x.n), e); ok {
			return Int(r), nil
		}
	}
	bx := bigOf(x)
	if uint64(bx.BitLen()-1)*uint64(e) > maxIntBits {
		return Null, NewException(MemoryErrorType)
	}
	if err := t.Reserve(int64(bx.BitLen()-1) * e / 8); err != nil {
		return Null, err
	}
	return NewIntFromBig(new(big.Int).Exp(bx, big.NewInt(e), nil)), nil
}

// intLShift is x << y for normalised ints.
func intLShift(t *Thread, x, y Value) (Value, error) {
	if intSign(y) < 0 {
		return Null, Errorf(ValueErrorType, "negative shift count")
	}
	if intSign(x) == 0 {
		return Int(0), nil
	}
	if !y.IsInt() || int64(y.n) > maxIntBits {
		return Null, NewException(MemoryErrorType)
	}
	if err := t.Reserve(int64(bigOf(x).BitLen())/8 + int64(y.n)/8); err != nil {
		return Null, err
	}
	return NewIntFromBig(new(big.Int).Lsh(bigOf(x), uint(y.n))), nil
}

// intRShift is x >> y for normalised ints (rounding towards -inf).
func intRShift(x, y Value) (Value, error) {
	if intSign(y) < 0 {
		return Null, Errorf(ValueErrorType, "negative shift count")
	}
	bx := bigOf(x)
	if !y.IsInt() || int64(y.n) > int64(bx.BitLen()) {
		if bx.Sign() < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	return NewIntFromBig(new(big.Int).Rsh(bx, uint(y.n))), nil
}

// intToFloat converts a normalised int to the nearest float.
func intToFloat(v Value) (float64, error) {
	if v.IsInt() {
		return float64(int64(v.n)), nil
	}
	f, _ := new(big.Float).SetInt(bigOf(v)).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// intCompare is the three-way comparison of normalised ints.
func intCompare(x, y Value) int {
	if x.IsInt() && y.IsInt() {
		return compareInt64(int64(x.n), int64(y.n))
	}
	return bigOf(x).Cmp(bigOf(y))
}

// compareIntFloat compares a normalised int with a float exactly; ok is
// false when f is NaN (the values are unordered).
func compareIntFloat(x Value, f float64) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1, true
		}
		return 1, true
	}
	if x.IsInt() {
		i := int64(x.n)
		if i >= -1<<53 && i <= 1<<53 {
			fi := float64(i)
			switch {
			case fi < f:
				return -1, true
			case fi > f:
				return 1, true
			}
			return 0, true
		}
		if f >= 9223372036854775808.0 {
			return -1, true
		}
		if f < -9223372036854775808.0 {
			return 1, true
		}
		tf := math.Trunc(f)
		if c := compareInt64(i, int64(tf)); c != 0 {
			return c, true
		}
		switch frac := f - tf; {
		case frac > 0:
			return -1, true
		case frac < 0:
			return 1, true
		}
		return 0, true
	}
	bf := new(big.Float).SetInt(bigOf(x))
	return bf.Cmp(big.NewFloat(f)), true
}

// floatToInt is int(f): truncation towards zero.
func floatToInt(f float64) (Value, error) {
	if f > -9223372036854775808.0 && f < 9223372036854775808.0 {
		return Int(int64(f)), nil
	}
	if math.IsNaN(f) {
		return Null, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewIntFromBig(b), nil
}

// intRepr is repr(int) for a normalised int, honouring IntMaxStrDigits.
func intRepr(v Value) (string, error) {
	if v.IsInt() {
		return strconv.FormatInt(int64(v.n), 10), nil
	}
	b := bigOf(v)
	if IntMaxStrDigits > 0 {
		// A number of n bits has at least floor((n-1)*log10(2))+1 digits.
		if min := int(float64(b.BitLen()-1)*0.30102999566398120) + 1; min > IntMaxStrDigits {
			return "", intStrLimitError()
		}
	}
	s := b.String()
	if IntMaxStrDigits > 0 {
		n := len(s)
		if b.Sign() < 0 {
			n--
		}
		if n > IntMaxStrDigits {
			return "", intStrLimitError()
		}
	}
	return s, nil
}

func intStrLimitError() error {
	return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits)
}

// ToInt64 returns v as an int64 when v is an int (or bool, or an instance of
// an int subclass) that fits; it never runs script code.
func ToInt64(t *Thread, v Value) (int64, bool) {
	if v.IsInt() {
		return int64(v.n), true
	}
	x, ok := intOperand(v)
	if !ok || !x.IsInt() {
		return 0, false
	}
	return int64(x.n), true
}

// ToInt is int(v) with one argument: ints, bools, floats (truncated),
// strings and bytes (parsed in base 10) and objects with __int__,
// __index__ or __trunc__. The result is a plain int.
func ToInt(t *Thread, v Value) (Value, error) {
	switch o := v.o.(type) {
	case intKind:
		return v, nil
	case boolKind:
		return Int(int64(v.n)), nil
	case *BigInt:
		return v, nil
	case floatKind:
		return floatToInt(v.AsFloat())
	case *StrObject:
		return parseIntObject(t, v, o.S, 10)
	case *Bytes:
		return parseIntObject(t, v, string(o.B), 10)
	case *ByteArray:
		return parseIntObject(t, v, string(o.B), 10)
	}
	typ := v.Type()
	if slot := typ.Slots.Int; slot != nil {
		r, err := slot(t, v)
		if err != nil {
			return Null, err
		}
		x, ok := intOperand(r)
		if !ok {
			return Null, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", r.TypeName())
		}
		return x, nil
	}
	if slot := typ.Slots.Index; slot != nil {
		r, err := slot(t, v)
		if err != nil {
			return Null, err
		}
		x, ok := intOperand(r)
		if !ok {
			return Null, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.TypeName())
		}
		return x, nil
	}
	if _, ok := typ.Lookup("__trunc__"); ok && !typ.Builtin {
		r, err := CallMethod(t, v, "__trunc__")
		if err != nil {
			return Null, err
		}
		if x, ok := intOperand(r); ok {
			return x, nil
		}
		if r.Type().Slots.Index == nil {
			return Null, Errorf(TypeErrorType, "__trunc__ returned non-Integral (type %s)", r.TypeName())
		}
		return Index(t, r)
	}
	if inst, ok := v.o.(*Instance); ok && !inst.Base.IsNull() {
		switch inst.Base.o.(type) {
		case *StrObject, *Bytes, *ByteArray:
			return ToInt(t, inst.Base)
		}
	}
	return Null, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typ.Name)
}

// intNew is int(...) and int.__new__.
func intNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if len(args) > 2 {
		return Null, Errorf(TypeErrorType, "int() takes at most 2 arguments (%d given)", len(args))
	}
	x, base := Null, Null
	if npos >= 1 {
		x = args[0]
	}
	if npos >= 2 {
		base = args[1]
	}
	for i, name := range kwnames {
		if name != "base" {
			return Null, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for int()", name)
		}
		if !base.IsNull() {
			return Null, Errorf(TypeErrorType, "argument for int() given by name ('base') and position (2)")
		}
		base = args[npos+i]
	}
	var r Value
	var err error
	switch {
	case x.IsNull() && base.IsNull():
		r = Int(0)
	case x.IsNull():
		return Null, Errorf(TypeErrorType, "int() missing string argument")
	case base.IsNull():
		r, err = ToInt(t, x)
	default:
		b, berr := IndexInt(t, base)
		if berr != nil {
			if IsInstanceOf(berr, IndexErrorType) {
				return Null, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
			}
			return Null, berr
		}
		s, ok := stringOrBytes(x)
		if !ok {
			return Null, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
		}
		if b != 0 && (b < 2 || b > 36) {
			return Null, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		r, err = parseIntObject(t, x, s, int(b))
	}
	if err != nil {
		return Null, err
	}
	if cls != IntType && cls != nil {
		inst := NewInstance(cls)
		inst.Base = r
		return Obj(inst), nil
	}
	return r, nil
}

// stringOrBytes returns the text of a str, bytes or bytearray (or of an
// instance of a subclass of one).
func stringOrBytes(v Value) (string, bool) {
	switch o := v.o.(type) {
	case *StrObject:
		return o.S, true
	case *Bytes:
		return string(o.B), true
	case *ByteArray:
		return string(o.B), true
	case *Instance:
		if !o.Base.IsNull() {
			return stringOrBytes(o.Base)
		}
	}
	return "", false
}

// Pow is pow(base, exp, mod); mod may be Null or None for the two-argument
// form.
func Pow(t *Thread, base, exp, mod Value) (Value, error) {
	if mod.IsNull() || mod.IsNone() {
		return BinaryOp(t, OpPow, base, exp)
	}
	if typ := base.Type(); definedByScript(typ, "__pow__") {
		r, err := CallMethod(t, base, "__pow__", exp, mod)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	return pow3(base, exp, mod)
}

// pow3 is the built-in three-argument pow of int.__pow__.
func pow3(base, exp, mod Value) (Value, error) {
	if b, ok := intOperand(base); ok {
		if e, ok := intOperand(exp); ok {
			if m, ok := intOperand(mod); ok {
				return intModPow(b, e, m)
			}
		}
	}
	if isRealNumber(base) && isRealNumber(exp) && isRealNumber(mod) {
		return Null, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return Null, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.TypeName(), exp.TypeName(), mod.TypeName())
}

// isRealNumber reports whether v is an int, bool or float (or a subclass).
func isRealNumber(v Value) bool {
	if _, ok := intOperand(v); ok {
		return true
	}
	_, ok := floatOperand(v)
	return ok
}

// intModPow is pow(b, e, m) for normalised ints.
func intModPow(b, e, m Value) (Value, error) {
	sm := intSign(m)
	if sm == 0 {
		return Null, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	if b.IsInt() && e.IsInt() && m.IsInt() && int64(e.n) >= 0 && int64(m.n) > 0 {
		return Int(int64(modPow64(int64(b.n), uint64(e.n), uint64(m.n)))), nil
	}
	mb := bigOf(m)
	mabs := new(big.Int).Abs(mb)
	if mabs.IsInt64() && mabs.Int64() == 1 {
		return Int(0), nil
	}
	base := new(big.Int).Mod(bigOf(b), mabs)
	exp := bigOf(e)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mabs)
		if inv == nil || base.Sign() == 0 {
			return Null, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, mabs)
	if sm < 0 && r.Sign() != 0 {
		r.Add(r, mb)
	}
	return NewIntFromBig(r), nil
}

// modPow64 is b**e mod m for m > 0, with the result in [0, m).
func modPow64(b int64, e, m uint64) uint64 {
	if m == 1 {
		return 0
	}
	var x uint64
	if b >= 0 {
		x = uint64(b) % m
	} else {
		x = (m - uint64(-(b+1))%m - 1) % m
	}
	r := uint64(1)
	for e > 0 {
		if e&1 != 0 {
			hi, lo := bits.Mul64(r, x)
			_, r = bits.Div64(hi, lo, m)
		}
		e >>= 1
		if e > 0 {
			hi, lo := bits.Mul64(x, x)
			_, x = bits.Div64(hi, lo, m)
		}
	}
	return r
}

// DivMod is divmod(a, b): a (quotient, remainder) tuple.
func DivMod(t *Thread, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	if !ta.Builtin || !tb.Builtin {
		if r, err := scriptDivMod(t, a, b, ta, tb); err != nil || !r.IsNull() {
			return r, err
		}
	}
	if x, ok := intOperand(a); ok {
		if y, ok := intOperand(b); ok {
			q, r, err := intDivMod(x, y, "integer division or modulo by zero")
			if err != nil {
				return Null, err
			}
			return NewTuple([]Value{q, r}), nil
		}
	}
	if isRealNumber(a) && isRealNumber(b) {
		x, err := realToFloat(a)
		if err != nil {
			return Null, err
		}
		y, err := realToFloat(b)
		if err != nil {
			return Null, err
		}
		if y == 0 {
			return Null, Errorf(ZeroDivisionErrorType, "float divmod()")
		}
		q, r := floatDivMod(x, y)
		return NewTuple([]Value{Float(q), Float(r)}), nil
	}
	return Null, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}

// scriptDivMod tries __divmod__ and __rdivmod__ of script classes; it
// returns Null when neither applies.
func scriptDivMod(t *Thread, a, b Value, ta, tb *Type) (Value, error) {
	tryFwd := func() (Value, error) {
		if m, ok := ta.Lookup("__divmod__"); ok && definedByScript(ta, "__divmod__") {
			r, err := Call2(t, m, a, b)
			if err != nil || !r.IsNotImplemented() {
				return r, err
			}
		}
		return Null, nil
	}
	tryRev := func() (Value, error) {
		if ta == tb {
			return Null, nil
		}
		if m, ok := tb.Lookup("__rdivmod__"); ok && definedByScript(tb, "__rdivmod__") {
			r, err := Call2(t, m, b, a)
			if err != nil || !r.IsNotImplemented() {
				return r, err
			}
		}
		return Null, nil
	}
	first, second := tryFwd, tryRev
	if ta != tb && tb.IsSubtype(ta) {
		first, second = tryRev, tryFwd
	}
	if r, err := first(); err != nil || !r.IsNull() {
		return r, err
	}
	return second()
}

func init() {
	initIntType()
	initBoolType()
}

// initIntType installs int's slots, methods and constructor.
func initIntType() {
	s := &IntType.Slots
	for op := BinOp(0); op < NumBinOps; op++ {
		if op == OpMatMul {
			continue
		}
		s.Binary[op] = intBinarySlot(op)
		s.Reflected[op] = intReflectedSlot(op)
	}
	s.Compare = intCompareSlot
	s.Repr = func(t *Thread, v Value) (string, error) {
		x, ok := intOperand(v)
		if !ok {
			return DefaultRepr(v), nil
		}
		return intRepr(x)
	}
	s.Hash = func(t *Thread, v Value) (int64, error) {
		x, _ := intOperand(v)
		return HashInt(x), nil
	}
	s.Bool = func(t *Thread, v Value) (bool, error) {
		x, _ := intOperand(v)
		return intSign(x) != 0, nil
	}
	s.Neg = func(t *Thread, v Value) (Value, error) {
		x, ok := intOperand(v)
		if !ok {
			return NotImplemented, nil
		}
		if x.IsInt() && int64(x.n) != math.MinInt64 {
			return Int(-int64(x.n)), nil
		}
		return NewIntFromBig(new(big.Int).Neg(bigOf(x))), nil
	}
	s.Pos = func(t *Thread, v Value) (Value, error) {
		x, ok := intOperand(v)
		if !ok {
			return NotImplemented, nil
		}
		return x, nil
	}
	s.Abs = func(t *Thread, v Value) (Value, error) {
		x, ok := intOperand(v)
		if !ok {
			return NotImplemented, nil
		}
		if intSign(x) >= 0 {
			return x, nil
		}
		return s.Neg(t, x)
	}
	s.Invert = func(t *Thread, v Value) (Value, error) {
		x, ok := intOperand(v)
		if !ok {
			return NotImplemented, nil
		}
		if x.IsInt() {
			return Int(^int64(x.n)), nil
		}
		return NewIntFromBig(new(big.Int).Not(bigOf(x))), nil
	}
	s.Index = s.Pos
	s.Int = s.Pos
	s.Float = func(t *Thread, v Value) (Value, error) {
		x, ok := intOperand(v)
		if !ok {
			return NotImplemented, nil
		}
		f, err := intToFloat(x)
		if err != nil {
			return Null, err
		}
		return Float(f), nil
	}
	IntType.New = intNew
	addNumberDunders(IntType, isIntOperand)
	addIntMethods(IntType)
}

// intBinarySlot is int.__op__: ints, bools and int subclasses, and floats
// (computed as float.__rop__ would).
func intBinarySlot(op BinOp) func(t *Thread, a, b Value) (Value, error) {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok := intOperand(a)
		if !ok {
			return NotImplemented, nil
		}
		if b.IsFloat() {
			fx, err := intToFloat(x)
			if err != nil {
				return Null, err
			}
			return floatBinary(op, fx, b.AsFloat())
		}
		y, ok := intOperand(b)
		if !ok {
			return NotImplemented, nil
		}
		return intBinary(t, op, x, y)
	}
}

// intReflectedSlot is int.__rop__: called as (self, other) for other op self.
func intReflectedSlot(op BinOp) func(t *Thread, a, b Value) (Value, error) {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok := intOperand(a)
		if !ok {
			return NotImplemented, nil
		}
		if b.IsFloat() {
			fx, err := intToFloat(x)
			if err != nil {
				return Null, err
			}
			return floatBinary(op, b.AsFloat(), fx)
		}
		y, ok := intOperand(b)
		if !ok {
			return NotImplemented, nil
		}
		return intBinary(t, op, y, x)
	}
}

// intCompareSlot is the rich comparison of an int with an int or a float.
func intCompareSlot(t *Thread, a, b Value, op CmpOp) (Value, error) {
	x, ok := intOperand(a)
	if !ok {
		return NotImplemented, nil
	}
	if b.IsFloat() {
		c, ok := compareIntFloat(x, b.AsFloat())
		if !ok {
			return Bool(op == CmpNe), nil
		}
		return Bool(cmpResult(op, c)), nil
	}
	y, ok := intOperand(b)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpResult(op, intCompare(x, y))), nil
}

// addNumberDunders exposes a numeric type's slots as dunder methods
// (int.__add__, float.__lt__, ...), for explicit calls and super().
func addNumberDunders(typ *Type, accepts func(Value) bool) {
	s := &typ.Slots
	for op := BinOp(0); op < NumBinOps; op++ {
		fwd, rev := s.Binary[op], s.Reflected[op]
		if fwd == nil {
			continue
		}
		name := "__" + op.Dunder() + "__"
		rname := "__r" + op.Dunder() + "__"
		if op == OpPow {
			typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := ArgCount(name, args, kwnames, 1, 2); err != nil {
					return Null, err
				}
				if !accepts(args[0]) {
					return NotImplemented, nil
				}
				if len(args) == 2 && !args[1].IsNone() {
					if !accepts(args[1]) {
						return NotImplemented, nil
					}
					return pow3(self, args[0], args[1])
				}
				return fwd(t, self, args[0])
			})
		} else {
			typ.AddMethod(name, binaryMethod(name, fwd, accepts))
		}
		typ.AddMethod(rname, binaryMethod(rname, rev, accepts))
	}
	typ.AddMethod("__divmod__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__divmod__", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !accepts(args[0]) {
			return NotImplemented, nil
		}
		return DivMod(t, self, args[0])
	})
	typ.AddMethod("__rdivmod__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__rdivmod__", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if !accepts(args[0]) {
			return NotImplemented, nil
		}
		return DivMod(t, args[0], self)
	})
	for op := CmpLt; op <= CmpGe; op++ {
		op := op
		name := cmpDunders[op]
		typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount(name, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			if !accepts(args[0]) {
				return NotImplemented, nil
			}
			return s.Compare(t, self, args[0], op)
		})
	}
	unary := map[string]func(*Thread, Value) (Value, error){
		"__neg__": s.Neg, "__pos__": s.Pos, "__abs__": s.Abs, "__int__": s.Int,
		"__float__": s.Float, "__trunc__": s.Int,
	}
	if s.Invert != nil {
		unary["__invert__"] = s.Invert
		unary["__index__"] = s.Index
	}
	for name, fn := range unary {
		typ.AddMethod(name, unaryMethod(name, fn))
	}
	typ.AddMethod("__bool__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__bool__", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		b, err := s.Bool(t, self)
		return Bool(b), err
	})
	typ.AddMethod("__repr__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__repr__", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		r, err := s.Repr(t, self)
		if err != nil {
			return Null, err
		}
		return Str(r), nil
	})
	typ.AddMethod("__hash__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__hash__", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		h, err := s.Hash(t, self)
		return Int(h), err
	})
	typ.AddMethod("__round__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__round__", args, kwnames, 0, 1); err != nil {
			return Null, err
		}
		nd := None
		if len(args) == 1 {
			nd = args[0]
		}
		return roundNumber(t, self, nd)
	})
	typ.AddMethod("conjugate", unaryMethod("conjugate", s.Pos))
	newName := typ.Name + ".__new__"
	newFn := typ.New
	typ.Dict.Set("__new__", Obj(&Method{Name: "__new__", Owner: typ, Static: true,
		Fn: func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
			if len(args)-len(kwnames) < 1 {
				return Null, Errorf(TypeErrorType, "%s(): not enough arguments", newName)
			}
			cls, ok := args[0].o.(*Type)
			if !ok {
				return Null, Errorf(TypeErrorType, "%s(X): X is not a type object (%s)", newName, args[0].TypeName())
			}
			if !cls.IsSubtype(typ) {
				return Null, Errorf(TypeErrorType, "%s(%s): %s is not a subtype of %s", newName, cls.Name, cls.Name, typ.Name)
			}
			return newFn(t, cls, args[1:], kwnames)
		}}))
}

// binaryMethod wraps a binary slot as a method; operands that accepts
// rejects give NotImplemented.
func binaryMethod(name string, fn func(*Thread, Value, Value) (Value, error), accepts func(Value) bool) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount(name, args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		if accepts != nil && !accepts(args[0]) {
			return NotImplemented, nil
		}
		return fn(t, self, args[0])
	}
}

// isIntOperand reports whether v is an int, a bool or an int subclass
// instance: the operands int's dunder methods accept.
func isIntOperand(v Value) bool {
	_, ok := intOperand(v)
	return ok
}

func unaryMethod(name string, fn func(*Thread, Value) (Value, error)) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount(name, args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return fn(t, self)
	}
}

// selfInt is the normalised int behind the self of an int method.
func selfInt(self Value) Value {
	x, ok := intOperand(self)
	if !ok {
		return Int(0)
	}
	return x
}

// addIntMethods installs int's own methods and attributes.
func addIntMethods(typ *Type) {
	typ.AddMethod("bit_length", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("bit_length", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		x := selfInt(self)
		if x.IsInt() {
			i := int64(x.n)
			if i < 0 {
				return Int(int64(bits.Len64(uint64(-i)))), nil
			}
			return Int(int64(bits.Len64(uint64(i)))), nil
		}
		return Int(int64(bigOf(x).BitLen())), nil
	})
	typ.AddMethod("bit_count", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("bit_count", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		x := selfInt(self)
		if x.IsInt() {
			i := int64(x.n)
			if i < 0 {
				return Int(int64(bits.OnesCount64(uint64(-i)))), nil
			}
			return Int(int64(bits.OnesCount64(uint64(i)))), nil
		}
		n := 0
		for _, w := range bigOf(x).Bits() {
			n += bits.OnesCount64(uint64(w))
		}
		return Int(int64(n)), nil
	})
	typ.AddMethod("as_integer_ratio", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("as_integer_ratio", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		return NewTuple([]Value{selfInt(self), Int(1)}), nil
	})
	typ.AddMethod("__floor__", unaryMethod("__floor__", typ.Slots.Pos))
	typ.AddMethod("__ceil__", unaryMethod("__ceil__", typ.Slots.Pos))
	typ.AddMethod("to_bytes", intToBytes)
	typ.Dict.Set("from_bytes", Obj(&Method{Name: "from_bytes", Owner: typ, Class: true, Fn: intFromBytes}))
	identity := func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return selfInt(args[0]), nil
	}
	typ.Dict.Set("real", Obj(&Property{Fget: NewBuiltin("real", identity)}))
	typ.Dict.Set("numerator", Obj(&Property{Fget: NewBuiltin("numerator", identity)}))
	typ.Dict.Set("imag", Obj(&Property{Fget: NewBuiltin("imag", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(0), nil
	})}))
	typ.Dict.Set("denominator", Obj(&Property{Fget: NewBuiltin("denominator", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(1), nil
	})}))
}

// parseByteOrder reads the byteorder argument of to_bytes/from_bytes.
func parseByteOrder(v Value) (little bool, err error) {
	if v.IsNull() {
		return false, nil
	}
	s, ok := v.o.(*StrObject)
	if !ok {
		return false, Errorf(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", v.TypeName())
	}
	switch s.S {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var length, order, signed Value
	if err := ParseArgs("to_bytes", args, kwnames, 0, []string{"length", "byteorder", "$signed"}, &length, &order, &signed); err != nil {
		return Null, err
	}
	n := int64(1)
	if !length.IsNull() {
		var err error
		if n, err = IndexInt(t, length); err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, Errorf(ValueErrorType, "length argument must be non-negative")
		}
	}
	little, err := parseByteOrder(order)
	if err != nil {
		return Null, err
	}
	isSigned := false
	if !signed.IsNull() {
		if isSigned, err = Truth(t, signed); err != nil {
			return Null, err
		}
	}
	x := bigOf(selfInt(self))
	if x.Sign() < 0 && !isSigned {
		return Null, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// The value fits in n bytes when -2**(8n-1) <= x < 2**(8n-1) (signed)
	// or x < 2**(8n) (unsigned).
	nbits := x.BitLen()
	if isSigned {
		if x.Sign() < 0 {
			nbits = new(big.Int).Not(x).BitLen()
		}
		nbits++
	}
	if int64(nbits) > 8*n {
		return Null, Errorf(OverflowErrorType, "int too big to convert")
	}
	if n > maxIntBits/8 {
		return Null, NewException(MemoryErrorType)
	}
	v := x
	if x.Sign() < 0 {
		v = new(big.Int).Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	out := make([]byte, n)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Obj(&Bytes{B: out}), nil
}

// intFromBytes is the class method int.from_bytes(bytes, byteorder='big',
// *, signed=False).
func intFromBytes(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var data, order, signed Value
	if err := ParseArgs("from_bytes", args, kwnames, 1, []string{"bytes", "byteorder", "$signed"}, &data, &order, &signed); err != nil {
		return Null, err
	}
	little, err := parseByteOrder(order)
	if err != nil {
		return Null, err
	}
	isSigned := false
	if !signed.IsNull() {
		if isSigned, err = Truth(t, signed); err != nil {
			return Null, err
		}
	}
	var buf []byte
	switch o := data.o.(type) {
	case *Bytes:
		buf = append([]byte(nil), o.B...)
	case *ByteArray:
		buf = append([]byte(nil), o.B...)
	case *StrObject:
		return Null, Errorf(TypeErrorType, "cannot convert 'str' object to bytes")
	default:
		err := ForEach(t, data, func(item Value) (bool, error) {
			i, err := IndexInt(t, item)
			if err != nil && !IsInstanceOf(err, IndexErrorType) {
				return false, err
			}
			if err != nil || i < 0 || i > 255 {
				return false, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			buf = append(buf, byte(i))
			return true, nil
		})
		if err != nil {
			if IsInstanceOf(err, TypeErrorType) && data.Type().Slots.Iter == nil && data.Type().Slots.GetItem == nil {
				return Null, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", data.TypeName())
			}
			return Null, err
		}
	}
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	v := new(big.Int).SetBytes(buf)
	if isSigned && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
	}
	r := NewIntFromBig(v)
	if cls, ok := self.o.(*Type); ok && cls != IntType {
		return Call1(t, self, r)
	}
	return r, nil
}
