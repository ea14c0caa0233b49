package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatRepr is repr(f) as Python writes it: the shortest string that reads
// back as f, in positional notation when its decimal exponent is in
// [-4, 16) and in scientific notation (1e+16, 1.5e-07) otherwise.
func FloatRepr(f float64) string {
	if f == math.Trunc(f) && f < 1e16 && f > -1e16 {
		if f == 0 {
			if math.Signbit(f) {
				return "-0.0"
			}
			return "0.0"
		}
		var buf [24]byte
		return string(append(strconv.AppendInt(buf[:0], int64(f), 10), '.', '0'))
	}
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}

// AppendFloatRepr appends repr(f) to dst.
func AppendFloatRepr(dst []byte, f float64) []byte {
	switch {
	case f != f:
		return append(dst, "nan"...)
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	case f == 0:
		if math.Signbit(f) {
			return append(dst, "-0.0"...)
		}
		return append(dst, "0.0"...)
	}
	var tmp [32]byte
	digits, exp, neg := shortestDigits(tmp[:0], f)
	if neg {
		dst = append(dst, '-')
	}
	switch {
	case exp < -4 || exp >= 16:
		dst = append(dst, digits[0])
		if len(digits) > 1 {
			dst = append(dst, '.')
			dst = append(dst, digits[1:]...)
		}
		dst = append(dst, 'e')
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	case exp >= 0:
		if len(digits) <= exp+1 {
			dst = append(dst, digits...)
			for i := len(digits); i <= exp; i++ {
				dst = append(dst, '0')
			}
			dst = append(dst, '.', '0')
		} else {
			dst = append(dst, digits[:exp+1]...)
			dst = append(dst, '.')
			dst = append(dst, digits[exp+1:]...)
		}
	default:
		dst = append(dst, '0', '.')
		for i := -1; i > exp; i-- {
			dst = append(dst, '0')
		}
		dst = append(dst, digits...)
	}
	return dst
}

// shortestDigits gives the shortest decimal digits d1d2...dn that read back
// as f (finite, nonzero), with f = ±d1.d2...dn × 10**exp.
func shortestDigits(buf []byte, f float64) (digits []byte, exp int, neg bool) {
	s := strconv.AppendFloat(buf, f, 'e', -1, 64)
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	e := 0
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == 'e' {
			esign := 1
			for _, c := range s[i+1:] {
				switch {
				case c == '-':
					esign = -1
				case c >= '0' && c <= '9':
					e = e*10 + int(c-'0')
				}
			}
			e *= esign
			s = s[:i]
			break
		}
	}
	if len(s) > 1 && s[1] == '.' {
		copy(s[1:], s[2:])
		s = s[:len(s)-1]
	}
	return s, e, neg
}

// floatOperand returns the float of a float value or of an instance of a
// float subclass.
func floatOperand(v Value) (float64, bool) {
	switch o := v.o.(type) {
	case floatKind:
		return v.AsFloat(), true
	case *Instance:
		if !o.Base.IsNull() && o.Class.IsSubtype(FloatType) {
			return floatOperand(o.Base)
		}
	}
	return 0, false
}

// realToFloat converts an int or float operand (see isRealNumber) to float.
func realToFloat(v Value) (float64, error) {
	if f, ok := floatOperand(v); ok {
		return f, nil
	}
	if x, ok := intOperand(v); ok {
		return intToFloat(x)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", v.TypeName())
}

// ToFloat converts a number to float64 for functions that take real numbers
// (the math module): floats, ints, bools, and objects with __float__ or
// __index__.
func ToFloat(t *Thread, v Value) (float64, error) {
	switch v.o.(type) {
	case floatKind:
		return v.AsFloat(), nil
	case intKind, boolKind:
		return float64(int64(v.n)), nil
	case *BigInt:
		return intToFloat(v)
	}
	typ := v.Type()
	if slot := typ.Slots.Float; slot != nil {
		r, err := slot(t, v)
		if err != nil {
			return 0, err
		}
		f, ok := floatOperand(r)
		if !ok {
			return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, r.TypeName())
		}
		return f, nil
	}
	if typ.Slots.Index != nil {
		r, err := Index(t, v)
		if err != nil {
			return 0, err
		}
		x, _ := intOperand(r)
		return intToFloat(x)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", typ.Name)
}

// floatBinary is op on two floats with Python's semantics.
func floatBinary(op BinOp, x, y float64) (Value, error) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return Null, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return Null, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return Float(q), nil
	case OpMod:
		if y == 0 {
			return Null, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		return Float(floatMod(x, y)), nil
	case OpPow:
		return floatPowValue(x, y)
	}
	return NotImplemented, nil
}

// NumberFast computes a op b when both are small ints or floats (in any
// mix) and the operation cannot fail; ok is false otherwise (big ints,
// other types, division by zero, overflow), and the caller falls back to
// BinaryOp. It never allocates.
func NumberFast(op BinOp, a, b Value) (Value, bool) {
	switch a.o.(type) {
	case intKind:
		switch b.o.(type) {
		case intKind:
			return intFast(op, int64(a.n), int64(b.n))
		case floatKind:
			return floatFast(op, float64(int64(a.n)), b.AsFloat())
		}
	case floatKind:
		switch b.o.(type) {
		case floatKind:
			return floatFast(op, a.AsFloat(), b.AsFloat())
		case intKind:
			return floatFast(op, a.AsFloat(), float64(int64(b.n)))
		}
	}
	return Null, false
}

// floatFast is floatBinary for the cases that cannot raise.
func floatFast(op BinOp, x, y float64) (Value, bool) {
	switch op {
	case OpAdd:
		return Float(x + y), true
	case OpSub:
		return Float(x - y), true
	case OpMul:
		return Float(x * y), true
	case OpTrueDiv:
		if y != 0 {
			return Float(x / y), true
		}
	case OpFloorDiv:
		if y != 0 {
			q, _ := floatDivMod(x, y)
			return Float(q), true
		}
	case OpMod:
		if y != 0 {
			return Float(floatMod(x, y)), true
		}
	case OpPow:
		if r, err := PowFloat(x, y); err == nil {
			return Float(r), true
		}
	}
	return Null, false
}

// floatMod is x % y for y != 0: the result has the sign of y.
func floatMod(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

// floatDivMod is divmod(x, y) for floats, y != 0, computed as CPython does.
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// isOddInteger reports whether f is an odd integer.
func isOddInteger(f float64) bool {
	return math.Mod(math.Abs(f), 2) == 1
}

// floatPowValue is x ** y for floats, with CPython's special cases and
// errors.
func floatPowValue(x, y float64) (Value, error) {
	r, err := PowFloat(x, y)
	if err != nil {
		return Null, err
	}
	return Float(r), nil
}

// PowFloat is x ** y for floats as CPython computes it: IEEE special cases,
// ZeroDivisionError for 0.0 to a negative power, OverflowError when the
// result is too large. A negative base with a non-integer exponent, whose
// result is complex in Python, raises ValueError (aio has no complex type).
func PowFloat(x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case x != x:
		return x, nil
	case y != y:
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, nil
			}
			return math.Abs(x), nil
		}
		if odd {
			return math.Copysign(0, x), nil
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, Errorf(ValueErrorType, "negative number cannot be raised to a fractional power")
		}
		x = -x
		negate = isOddInteger(y)
	}
	var r float64
	switch {
	case x == 1:
		r = 1
	case y == 2:
		r = x * x
	case y == 1:
		r = x
	case y == -1:
		r = 1 / x
	case y == 0.5:
		r = math.Sqrt(x)
	default:
		r = libmPow(x, y)
	}
	if math.IsInf(r, 0) {
		return 0, NewException(OverflowErrorType, Int(34), Str("Numerical result out of range"))
	}
	if negate {
		r = -r
	}
	return r, nil
}

func init() {
	initFloatType()
}

// initFloatType installs float's slots, methods and constructor.
func initFloatType() {
	s := &FloatType.Slots
	for op := BinOp(0); op < NumBinOps; op++ {
		switch op {
		case OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow:
			s.Binary[op] = floatBinarySlot(op)
			s.Reflected[op] = floatReflectedSlot(op)
		}
	}
	s.Compare = floatCompareSlot
	s.Repr = func(t *Thread, v Value) (string, error) {
		f, ok := floatOperand(v)
		if !ok {
			return DefaultRepr(v), nil
		}
		return FloatRepr(f), nil
	}
	s.Hash = func(t *Thread, v Value) (int64, error) {
		f, _ := floatOperand(v)
		return HashFloat(f), nil
	}
	s.Bool = func(t *Thread, v Value) (bool, error) {
		f, _ := floatOperand(v)
		return f != 0, nil
	}
	unary := func(fn func(float64) float64) func(*Thread, Value) (Value, error) {
		return func(t *Thread, v Value) (Value, error) {
			f, ok := floatOperand(v)
			if !ok {
				return NotImplemented, nil
			}
			return Float(fn(f)), nil
		}
	}
	s.Neg = unary(func(f float64) float64 { return -f })
	s.Pos = unary(func(f float64) float64 { return f })
	s.Abs = unary(math.Abs)
	s.Float = s.Pos
	s.Int = func(t *Thread, v Value) (Value, error) {
		f, ok := floatOperand(v)
		if !ok {
			return NotImplemented, nil
		}
		return floatToInt(f)
	}
	FloatType.New = floatNew
	addNumberDunders(FloatType, isRealNumber)
	addFloatMethods(FloatType)
}

// floatBinarySlot is float.__op__ for float, int and bool right operands.
func floatBinarySlot(op BinOp) func(t *Thread, a, b Value) (Value, error) {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok := floatOperand(a)
		if !ok {
			return NotImplemented, nil
		}
		y, ok, err := otherAsFloat(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return floatBinary(op, x, y)
	}
}

// floatReflectedSlot is float.__rop__, called as (self, other).
func floatReflectedSlot(op BinOp) func(t *Thread, a, b Value) (Value, error) {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok := floatOperand(a)
		if !ok {
			return NotImplemented, nil
		}
		y, ok, err := otherAsFloat(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return floatBinary(op, y, x)
	}
}

// otherAsFloat converts the other operand of a float operation; ok is
// false when it is not a number float arithmetic accepts.
func otherAsFloat(b Value) (float64, bool, error) {
	if b.IsFloat() {
		return b.AsFloat(), true, nil
	}
	if f, ok := floatOperand(b); ok {
		return f, true, nil
	}
	if x, ok := intOperand(b); ok {
		f, err := intToFloat(x)
		if err != nil {
			return 0, true, err
		}
		return f, true, nil
	}
	return 0, false, nil
}

// floatCompareSlot compares a float with a float or (exactly) with an int.
func floatCompareSlot(t *Thread, a, b Value, op CmpOp) (Value, error) {
	x, ok := floatOperand(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := floatOperand(b); ok {
		switch op {
		case CmpLt:
			return Bool(x < y), nil
		case CmpLe:
			return Bool(x <= y), nil
		case CmpEq:
			return Bool(x == y), nil
		case CmpNe:
			return Bool(x != y), nil
		case CmpGt:
			return Bool(x > y), nil
		}
		return Bool(x >= y), nil
	}
	if y, ok := intOperand(b); ok {
		c, ok := compareIntFloat(y, x)
		if !ok {
			return Bool(op == CmpNe), nil
		}
		return Bool(cmpResult(op, -c)), nil
	}
	return NotImplemented, nil
}

// floatNew is float(x) and float.__new__.
func floatNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Null, Errorf(TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Null, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	r := Float(0)
	if len(args) == 1 {
		f, err := floatFromObject(t, args[0])
		if err != nil {
			return Null, err
		}
		r = Float(f)
	}
	if cls != FloatType && cls != nil {
		inst := NewInstance(cls)
		inst.Base = r
		return Obj(inst), nil
	}
	return r, nil
}

// floatFromObject is float(x) for one argument.
func floatFromObject(t *Thread, v Value) (float64, error) {
	switch o := v.o.(type) {
	case floatKind:
		return v.AsFloat(), nil
	case intKind, boolKind:
		return float64(int64(v.n)), nil
	case *BigInt:
		return intToFloat(v)
	case *StrObject:
		return parseFloatObject(t, v, o.S)
	case *Bytes:
		return parseFloatObject(t, v, string(o.B))
	case *ByteArray:
		return parseFloatObject(t, v, string(o.B))
	}
	typ := v.Type()
	if typ.Slots.Float != nil || typ.Slots.Index != nil {
		return ToFloat(t, v)
	}
	if inst, ok := v.o.(*Instance); ok && !inst.Base.IsNull() {
		switch inst.Base.o.(type) {
		case *StrObject, *Bytes, *ByteArray:
			return floatFromObject(t, inst.Base)
		}
	}
	return 0, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", typ.Name)
}

// selfFloat is the float behind the self of a float method.
func selfFloat(self Value) float64 {
	f, _ := floatOperand(self)
	return f
}

// addFloatMethods installs float's own methods and attributes.
func addFloatMethods(typ *Type) {
	noArgs := func(name string, fn func(f float64) (Value, error)) {
		typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount(name, args, kwnames, 0, 0); err != nil {
				return Null, err
			}
			return fn(selfFloat(self))
		})
	}
	noArgs("is_integer", func(f float64) (Value, error) {
		return Bool(!math.IsInf(f, 0) && f == math.Floor(f)), nil
	})
	noArgs("as_integer_ratio", floatAsIntegerRatio)
	noArgs("hex", func(f float64) (Value, error) { return Str(floatHex(f)), nil })
	noArgs("__floor__", func(f float64) (Value, error) { return floatToInt(math.Floor(f)) })
	noArgs("__ceil__", func(f float64) (Value, error) { return floatToInt(math.Ceil(f)) })
	typ.Dict.Set("fromhex", Obj(&Method{Name: "fromhex", Owner: typ, Class: true,
		Fn: func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount("fromhex", args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			s, ok := args[0].o.(*StrObject)
			if !ok {
				return Null, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", args[0].TypeName())
			}
			f, err := floatFromHex(s.S)
			if err != nil {
				return Null, err
			}
			if cls, ok := self.o.(*Type); ok && cls != FloatType {
				return Call1(t, self, Float(f))
			}
			return Float(f), nil
		}}))
	typ.Dict.Set("real", Obj(&Property{Fget: NewBuiltin("real", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return Float(selfFloat(args[0])), nil
	})}))
	typ.Dict.Set("imag", Obj(&Property{Fget: NewBuiltin("imag", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Float(0), nil
	})}))
}

// floatAsIntegerRatio is float.as_integer_ratio().
func floatAsIntegerRatio(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if f != f {
		return Null, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	m, e := math.Frexp(f)
	for i := 0; i < 300 && m != math.Floor(m); i++ {
		m *= 2
		e--
	}
	num, _ := new(big.Float).SetFloat64(m).Int(nil)
	den := big.NewInt(1)
	if e > 0 {
		num.Lsh(num, uint(e))
	} else {
		den.Lsh(den, uint(-e))
	}
	return NewTuple([]Value{NewIntFromBig(num), NewIntFromBig(den)}), nil
}

// floatHex is float.hex(): 0x1.8000000000000p+0.
func floatHex(f float64) string {
	switch {
	case f != f:
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0:
		if math.Signbit(f) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
		f = -f
	}
	m, e := math.Frexp(f)
	shift := 1
	if -1021-e > 0 {
		shift = 1 - (-1021 - e)
	}
	m = math.Ldexp(m, shift)
	e -= shift
	const hexDigits = "0123456789abcdef"
	b.WriteString("0x")
	b.WriteByte(hexDigits[int(m)])
	m -= math.Floor(m)
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d := int(m)
		b.WriteByte(hexDigits[d])
		m -= float64(d)
	}
	b.WriteByte('p')
	if e < 0 {
		b.WriteByte('-')
		e = -e
	} else {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, error) {
	invalid := func() (float64, error) {
		return 0, Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.Copysign(math.NaN(), sign), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	mant := new(big.Int)
	ndigits, exp := 0, int64(0)
	seenDot := false
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			if seenDot {
				return invalid()
			}
			seenDot = true
			continue
		}
		d := hexDigitValue(c)
		if d < 0 {
			break
		}
		ndigits++
		if mant.Sign() != 0 || d != 0 {
			mant.Lsh(mant, 4)
			mant.Or(mant, big.NewInt(int64(d)))
		}
		if seenDot {
			exp -= 4
		}
	}
	if ndigits == 0 {
		return invalid()
	}
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		start := i
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i == len(s) {
			return invalid()
		}
		var e int64
		for ; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return invalid()
			}
			if e < 1<<40 {
				e = e*10 + int64(s[i]-'0')
			}
		}
		if s[start] == '-' {
			e = -e
		}
		exp += e
	}
	if i != len(s) {
		return invalid()
	}
	if mant.Sign() == 0 {
		return math.Copysign(0, sign), nil
	}
	top := int64(mant.BitLen()) + exp
	if top > 1025 {
		return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	if top < -1100 {
		return math.Copysign(0, sign), nil
	}
	bf := new(big.Float).SetInt(mant)
	bf.SetMantExp(bf, int(exp))
	f, _ := bf.Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	return sign * f, nil
}

func hexDigitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// Accurate pow. Go's math.Pow can be several ulps off, while CPython
// relies on the C library's pow, which is correctly rounded in practice.
// powPositive computes log(x) and exp(y*log(x)) in double-double
// arithmetic (about 100 bits), so that the final rounding to float64 gives
// the correctly rounded result except in astronomically rare cases.

// dd is an unevaluated sum hi+lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func fastTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

// ddAddOrdered adds double-doubles with |a| >= |b| (or a == 0).
func ddAddOrdered(a, b dd) dd {
	s, e := fastTwoSum(a.hi, b.hi)
	e += a.lo + b.lo
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

const (
	powLn2Hi = 0x1.62e42fefa3800p-1 // ln 2 rounded to 42 bits: k*powLn2Hi is exact
	powLn2Lo = 0x1.ef35793c76730p-45
	// ln(2)/64 = powExpL1 + powExpL2 + powExpL3, powExpL1 with 35 bits.
	powExpL1     = 0x1.62e42fefc0000p-7
	powExpL2     = -0x1.c610ca86c3899p-43
	powExpL3     = 0x1.803f2f6af40f3p-98
	powInvLn2x64 = 0x1.71547652b82fep+6 // 64/ln(2)
)

var (
	ddThird = dd{0x1.5555555555555p-2, 0x1.5555555555555p-56}
	ddSixth = dd{0x1.5555555555555p-3, 0x1.5555555555555p-57}
)

// powLogTab[i] holds, for c = 1+i/128, invc ≈ 1/c and -log(invc) as a
// double-double.
var powLogTab = [128]struct{ invc, logHi, logLo float64 }{
	{0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0},
	{0x1.fc07f01fc07f0p-1, 0x1.fe02a6b106799p-8, -0x1.e44b7e3711e7fp-67},
	{0x1.f81f81f81f820p-1, 0x1.fc0a8b0fc03c4p-7, -0x1.83092c5964281p-62},
	{0x1.f44659e4a4271p-1, 0x1.7b91b07d5b126p-6, -0x1.6d80ab38e9430p-62},
	{0x1.f07c1f07c1f08p-1, 0x1.f829b0e7832f8p-6, 0x1.33e3f04f1ef25p-60},
	{0x1.ecc07b301ecc0p-1, 0x1.39e87b9febd68p-5, -0x1.5bfa937f551b7p-59},
	{0x1.e9131abf0b767p-1, 0x1.77458f632dcffp-5, 0x1.8d3ca87b92968p-63},
	{0x1.e573ac901e574p-1, 0x1.b42dd711971b9p-5, 0x1.0a34531f67db5p-59},
	{0x1.e1e1e1e1e1e1ep-1, 0x1.f0a30c01162a8p-5, 0x1.85f325c5bbacdp-59},
	{0x1.de5d6e3f8868ap-1, 0x1.16536eea37ae3p-4, 0x1.2189705cf74cap-58},
	{0x1.dae6076b981dbp-1, 0x1.341d7961bd1d0p-4, -0x1.3599f227becbbp-58},
	{0x1.d77b654b82c34p-1, 0x1.51b073f06183cp-4, -0x1.5b61c65e5741ap-58},
	{0x1.d41d41d41d41dp-1, 0x1.6f0d28ae56b4ep-4, -0x1.20db323097324p-59},
	{0x1.d0cb58f6ec074p-1, 0x1.8c345d6319b23p-4, -0x1.294d2f5668495p-58},
	{0x1.cd85689039b0bp-1, 0x1.a926d3a4ad562p-4, -0x1.d7a16eab1e2adp-59},
	{0x1.ca4b3055ee191p-1, 0x1.c5e548f5bc743p-4, 0x1.2eb0bf7c0b0d9p-59},
	{0x1.c71c71c71c71cp-1, 0x1.e27076e2af2eap-4, -0x1.61578001e015ap-60},
	{0x1.c3f8f01c3f8f0p-1, 0x1.fec9131dbeabcp-4, -0x1.5746b9981b36cp-58},
	{0x1.c0e070381c0e0p-1, 0x1.0d77e7cd08e5bp-3, 0x1.9a5dc5e9030adp-57},
	{0x1.bdd2b899406f7p-1, 0x1.1b72ad52f67a2p-3, -0x1.fbe7ee5c69946p-57},
	{0x1.bacf914c1bad0p-1, 0x1.29552f81ff521p-3, 0x1.301771c407dc0p-57},
	{0x1.b7d6c3dda338bp-1, 0x1.371fc201e8f75p-3, 0x1.e6cb62af18a02p-62},
	{0x1.b4e81b4e81b4fp-1, 0x1.44d2b6ccb7d1cp-3, 0x1.7d3d950f87e23p-59},
	{0x1.b2036406c80d9p-1, 0x1.526e5e3a1b438p-3, -0x1.546ff8a470d3ap-57},
	{0x1.af286bca1af28p-1, 0x1.5ff3070a793d6p-3, -0x1.bc60efafc6f6cp-58},
	{0x1.ac5701ac5701bp-1, 0x1.6d60fe719d21bp-3, 0x1.d551d97132e87p-57},
	{0x1.a98ef606a63bep-1, 0x1.7ab890210d907p-3, -0x1.1072534a57e7dp-57},
	{0x1.a6d01a6d01a6dp-1, 0x1.87fa06520c911p-3, -0x1.9f7fdbfa08d9ap-57},
	{0x1.a41a41a41a41ap-1, 0x1.9525a9cf456b6p-3, -0x1.26fb3e2b1d1dap-57},
	{0x1.a16d3f97a4b02p-1, 0x1.a23bc1fe2b561p-3, 0x1.24dc46c1ea664p-57},
	{0x1.9ec8e951033d9p-1, 0x1.af3c94e80bff3p-3, 0x1.a3398064df33ep-57},
	{0x1.9c2d14ee4a102p-1, 0x1.bc286742d8cd4p-3, 0x1.cfce744870f57p-58},
	{0x1.999999999999ap-1, 0x1.c8ff7c79a9a20p-3, -0x1.4f689f8434011p-57},
	{0x1.970e4f80cb872p-1, 0x1.d5c216b4fbb94p-3, -0x1.a37794d03657dp-58},
	{0x1.948b0fcd6e9e0p-1, 0x1.e27076e2af2e8p-3, -0x1.61578001e015ep-59},
	{0x1.920fb49d0e229p-1, 0x1.ef0adcbdc5935p-3, 0x1.e8637950dc20dp-57},
	{0x1.8f9c18f9c18fap-1, 0x1.fb9186d5e3e29p-3, 0x1.355519b0de535p-57},
	{0x1.8d3018d3018d3p-1, 0x1.0402594b4d041p-2, -0x1.08ec217a5022dp-57},
	{0x1.8acb90f6bf3aap-1, 0x1.0a324e27390e2p-2, 0x1.bdcfde8061c03p-56},
	{0x1.886e5f0abb04ap-1, 0x1.1058bf9ae4ad4p-2, 0x1.3f415699663ecp-63},
	{0x1.8618618618618p-1, 0x1.1675cababa60fp-2, 0x1.ce63eab883727p-61},
	{0x1.83c977ab2beddp-1, 0x1.1c898c16999fbp-2, 0x1.9f1a39d500e3cp-56},
	{0x1.8181818181818p-1, 0x1.22941fbcf7966p-2, -0x1.dbd7ac258a2bdp-58},
	{0x1.7f405fd017f40p-1, 0x1.2895a13de86a4p-2, 0x1.7ad24c13f040fp-56},
	{0x1.7d05f417d05f4p-1, 0x1.2e8e2bae11d31p-2, -0x1.1e99b72bd7bf2p-57},
	{0x1.7ad2208e0ecc3p-1, 0x1.347dd9a987d56p-2, -0x1.16ea62c048cfbp-56},
	{0x1.78a4c8178a4c8p-1, 0x1.3a64c556945eap-2, 0x1.cbcd735d03424p-60},
	{0x1.767dce434a9b1p-1, 0x1.404308686a7e4p-2, -0x1.f79f6c1059cdbp-57},
	{0x1.745d1745d1746p-1, 0x1.4618bc21c5ec2p-2, -0x1.7a42642661c62p-61},
	{0x1.724287f46debcp-1, 0x1.4be5f957778a1p-2, -0x1.4b366b609027ap-58},
	{0x1.702e05c0b8170p-1, 0x1.51aad872df82ep-2, -0x1.d8db0a7cc1543p-56},
	{0x1.6e1f76b4337c7p-1, 0x1.5767717455a6cp-2, -0x1.fb2a49af933e8p-57},
	{0x1.6c16c16c16c17p-1, 0x1.5d1bdbf5809cap-2, -0x1.7dc9c7c23801fp-56},
	{0x1.6a13cd1537290p-1, 0x1.62c82f2b9c796p-2, -0x1.090a0dd59fe35p-58},
	{0x1.6816816816817p-1, 0x1.686c81e9b14adp-2, 0x1.710af840538e3p-56},
	{0x1.661ec6a5122f9p-1, 0x1.6e08eaa2ba1e4p-2, -0x1.bfb1b39ca3a0fp-56},
	{0x1.642c8590b2164p-1, 0x1.739d7f6bbd007p-2, 0x1.ce24c53fad3f0p-58},
	{0x1.623fa77016240p-1, 0x1.792a55fdd47a1p-2, 0x1.f057691fe9ed7p-56},
	{0x1.6058160581606p-1, 0x1.7eaf83b82afc2p-2, -0x1.698b43096b576p-59},
	{0x1.5e75bb8d015e7p-1, 0x1.842d1da1e8b18p-2, 0x1.54ec519784677p-56},
	{0x1.5c9882b931057p-1, 0x1.89a3386c1425bp-2, 0x1.2d38c40881e0bp-57},
	{0x1.5ac056b015ac0p-1, 0x1.8f11e873662c8p-2, 0x1.f85da755a61a3p-56},
	{0x1.58ed2308158edp-1, 0x1.947941c2116fbp-2, 0x1.1266e8a3e8838p-57},
	{0x1.571ed3c506b3ap-1, 0x1.99d958117e08ap-2, -0x1.315b444ee1f38p-56},
	{0x1.5555555555555p-1, 0x1.9f323ecbf984dp-2, -0x1.a92e513217f58p-59},
	{0x1.5390948f40febp-1, 0x1.a484090e5bb09p-2, 0x1.fff29adc3ad3bp-56},
	{0x1.51d07eae2f815p-1, 0x1.a9cec9a9a084ap-2, -0x1.ab7b00ad0dabcp-58},
	{0x1.5015015015015p-1, 0x1.af1293247786bp-2, 0x1.533844a15dc28p-58},
	{0x1.4e5e0a72f0539p-1, 0x1.b44f77bcc8f64p-2, -0x1.a0892a8b38eedp-61},
	{0x1.4cab88725af6ep-1, 0x1.b9858969310fdp-2, -0x1.f3827583b8877p-57},
	{0x1.4afd6a052bf5bp-1, 0x1.beb4d9da71b7ap-2, 0x1.be1874deaef08p-56},
	{0x1.49539e3b2d067p-1, 0x1.c3dd7a7cdad4dp-2, 0x1.7d9e0a5bd4d37p-57},
	{0x1.47ae147ae147bp-1, 0x1.c8ff7c79a9a21p-2, 0x1.3097607bcbfeep-56},
	{0x1.460cbc7f5cf9ap-1, 0x1.ce1af0b85f3ecp-2, -0x1.6416a1aa97b31p-57},
	{0x1.446f86562d9fbp-1, 0x1.d32fe7e00ebd5p-2, 0x1.4ef6465f5f46ep-57},
	{0x1.42d6625d51f87p-1, 0x1.d83e7258a2f3ep-2, 0x1.c515ba2ec9444p-58},
	{0x1.4141414141414p-1, 0x1.dd46a04c1c4a1p-2, -0x1.19d95b62e2476p-62},
	{0x1.3fb013fb013fbp-1, 0x1.e24881a7c6c26p-2, 0x1.05ec7a2caa523p-57},
	{0x1.3e22cbce4a902p-1, 0x1.e744261d68789p-2, 0x1.cdf68dbcf2ed3p-56},
	{0x1.3c995a47babe7p-1, 0x1.ec399d2468cc1p-2, -0x1.94623581958cfp-59},
	{0x1.3b13b13b13b14p-1, 0x1.f128f5faf06ecp-2, -0x1.328df13bb38c2p-56},
	{0x1.3991c2c187f63p-1, 0x1.f6123fa7028adp-2, 0x1.5456c3cb6cd06p-58},
	{0x1.3813813813814p-1, 0x1.faf588f78f31dp-2, 0x1.cd7d9f2754362p-57},
	{0x1.3698df3de0748p-1, 0x1.ffd2e0857f497p-2, -0x1.4d05f9366f27fp-59},
	{0x1.3521cfb2b78c1p-1, 0x1.02552a5a5d0ffp-1, 0x1.e9c695d7ee800p-57},
	{0x1.33ae45b57bcb2p-1, 0x1.04bdf9da926d2p-1, 0x1.8fe60804593bfp-56},
	{0x1.323e34a2b10bfp-1, 0x1.0723e5c1cdf41p-1, -0x1.6a1a71dbba44ep-59},
	{0x1.30d190130d190p-1, 0x1.0986f4f573521p-1, -0x1.37012b5805e02p-56},
	{0x1.2f684bda12f68p-1, 0x1.0be72e4252a83p-1, 0x1.b4c4bdd99efffp-56},
	{0x1.2e025c04b8097p-1, 0x1.0e44985d1cc8cp-1, -0x1.c546885a5a707p-59},
	{0x1.2c9fb4d812ca0p-1, 0x1.109f39e2d4c96p-1, 0x1.f78fb26c2de46p-55},
	{0x1.2b404ad012b40p-1, 0x1.12f719593efbdp-1, -0x1.67f6e731c1795p-56},
	{0x1.29e4129e4129ep-1, 0x1.154c3d2f4d5eap-1, 0x1.98f33a3965e29p-57},
	{0x1.288b01288b013p-1, 0x1.179eabbd899a0p-1, -0x1.c73e320bf059fp-58},
	{0x1.27350b8812735p-1, 0x1.19ee6b467c96fp-1, -0x1.fa3422887e218p-57},
	{0x1.25e22708092f1p-1, 0x1.1c3b81f713c25p-1, -0x1.0b583899021d1p-56},
	{0x1.2492492492492p-1, 0x1.1e85f5e7040d1p-1, -0x1.084e99683070ep-55},
	{0x1.23456789abcdfp-1, 0x1.20cdcd192ab6ep-1, -0x1.aabf0bc229014p-55},
	{0x1.21fb78121fb78p-1, 0x1.23130d7bebf43p-1, -0x1.748725e374d6ep-55},
	{0x1.20b470c67c0d9p-1, 0x1.2555bce98f7cap-1, 0x1.9810eb6b440f4p-55},
	{0x1.1f7047dc11f70p-1, 0x1.2795e1289b11bp-1, 0x1.ade0fcf6e5a1dp-55},
	{0x1.1e2ef3b3fb874p-1, 0x1.29d37fec2b08bp-1, 0x1.01735b2e9733fp-55},
	{0x1.1cf06ada2811dp-1, 0x1.2c0e9ed448e8cp-1, -0x1.8a158f3917586p-55},
	{0x1.1bb4a4046ed29p-1, 0x1.2e47436e40268p-1, 0x1.0950861a4886bp-55},
	{0x1.1a7b9611a7b96p-1, 0x1.307d7334f10bep-1, 0x1.fdac850fab36dp-56},
	{0x1.19453808ca29cp-1, 0x1.32b1339121d71p-1, 0x1.d02ab5b3d916bp-56},
	{0x1.1811811811812p-1, 0x1.34e289d9ce1d2p-1, 0x1.775c96c42e729p-56},
	{0x1.16e0689427379p-1, 0x1.37117b54747b6p-1, -0x1.808bf6deec882p-55},
	{0x1.15b1e5f75270dp-1, 0x1.393e0d3562a1ap-1, -0x1.38eef67f2483ap-55},
	{0x1.1485f0e0acd3bp-1, 0x1.3b68449fffc23p-1, 0x1.c63b7b06164dap-55},
	{0x1.135c81135c811p-1, 0x1.3d9026a7156fbp-1, 0x1.0084c7a15a4f5p-58},
	{0x1.12358e75d3033p-1, 0x1.3fb5b84d16f43p-1, 0x1.0a74ea82e55dfp-56},
	{0x1.1111111111111p-1, 0x1.41d8fe84672afp-1, -0x1.ee6d0cf42e7fap-55},
	{0x1.0fef010fef011p-1, 0x1.43f9fe2f9ce67p-1, 0x1.e1c9ee6d83b86p-55},
	{0x1.0ecf56be69c90p-1, 0x1.4618bc21c5ec2p-1, 0x1.e85bd9bd99e3ap-56},
	{0x1.0db20a88f4696p-1, 0x1.48353d1ea88dfp-1, -0x1.40a85d133f80bp-55},
	{0x1.0c9714fbcda3bp-1, 0x1.4a4f85db03ebbp-1, -0x1.d76102e1644f2p-55},
	{0x1.0b7e6ec259dc8p-1, 0x1.4c679afccee39p-1, -0x1.e971322ce7900p-57},
	{0x1.0a6810a6810a7p-1, 0x1.4e7d811b75bb0p-1, -0x1.5d3d9ea6e9ea8p-55},
	{0x1.0953f39010954p-1, 0x1.50913cc01686bp-1, 0x1.9e59d2d85ab62p-56},
	{0x1.0842108421084p-1, 0x1.52a2d265bc5abp-1, 0x1.73be4578ad97bp-56},
	{0x1.073260a47f7c6p-1, 0x1.54b2467999498p-1, 0x1.f4550a2d0f60cp-55},
	{0x1.0624dd2f1a9fcp-1, 0x1.56bf9d5b3f399p-1, 0x1.11c6217363fcbp-57},
	{0x1.05197f7d73404p-1, 0x1.58cadb5cd7989p-1, 0x1.624bc9764c22cp-55},
	{0x1.0410410410410p-1, 0x1.5ad404c359f2dp-1, 0x1.eca6aa97c08e7p-55},
	{0x1.03091b51f5e1ap-1, 0x1.5cdb1dc6c1765p-1, 0x1.47b71e2eb8419p-56},
	{0x1.0204081020408p-1, 0x1.5ee02a9241676p-1, -0x1.bca7da80b6f7ep-55},
	{0x1.0101010101010p-1, 0x1.60e32f44788d9p-1, -0x1.58376a5f4b135p-57},
}

// powExpTab[j] is 2**(j/64) as a double-double.
var powExpTab = [64]dd{
	{0x1.0000000000000p+0, 0x0.0p+0},
	{0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56},
	{0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55},
	{0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57},
	{0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54},
	{0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59},
	{0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54},
	{0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54},
	{0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55},
	{0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55},
	{0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54},
	{0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55},
	{0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54},
	{0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55},
	{0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55},
	{0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54},
	{0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55},
	{0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54},
	{0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54},
	{0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56},
	{0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55},
	{0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58},
	{0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59},
	{0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56},
	{0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56},
	{0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54},
	{0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55},
	{0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54},
	{0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54},
	{0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54},
	{0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54},
	{0x1.6623882552225p+0, -0x1.bb60987591c34p-54},
	{0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54},
	{0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57},
	{0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55},
	{0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54},
	{0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55},
	{0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56},
	{0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54},
	{0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54},
	{0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54},
	{0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55},
	{0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57},
	{0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54},
	{0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56},
	{0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54},
	{0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54},
	{0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54},
	{0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54},
	{0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57},
	{0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56},
	{0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55},
	{0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55},
	{0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54},
	{0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56},
	{0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54},
	{0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55},
	{0x1.da9e603db3285p+0, 0x1.c2300696db532p-54},
	{0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54},
	{0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55},
	{0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54},
	{0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54},
	{0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54},
	{0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55},
}

// powOfTwo computes x**y exactly when x is a power of two and the result
// is one too (rounding it once if it is subnormal); ok is false otherwise.
func powOfTwo(x, y float64) (float64, bool) {
	ix := math.Float64bits(x)
	if ix&(1<<52-1) != 0 || ix>>52 == 0 {
		return 0, false
	}
	k := float64(int(ix>>52) - 1023)
	p := k * y
	if p != math.Trunc(p) || math.FMA(k, y, -p) != 0 {
		return 0, false
	}
	switch {
	case p > 1024:
		return math.Inf(1), true
	case p < -1100:
		return 0, true
	}
	return math.Ldexp(1, int(p)), true
}

// powPositive is x**y for finite x > 0, x != 1, and finite y != 0. It
// returns +Inf on overflow and 0 on underflow.
func powPositive(x, y float64) float64 {
	ix := math.Float64bits(x)
	k := int(ix>>52) - 1023
	if ix>>52 == 0 {
		ix = math.Float64bits(x * 0x1p54)
		k = int(ix>>52) - 1023 - 54
	}
	frac := ix & (1<<52 - 1)
	i := int((frac>>44 + 1) >> 1)
	m := math.Float64frombits(frac | 1023<<52)
	if i == 128 {
		i = 0
		k++
		m *= 0.5
	}
	// x = 2**k * m, and m*invc = 1+r with |r| <= 2**-8.
	var r dd
	if i == 0 {
		r = dd{m - 1, 0}
	} else {
		p, pe := twoProd(m, powLogTab[i].invc)
		r.hi, r.lo = twoSum(p-1, pe)
	}
	// log1p(r) = r - r²/2 + r³/3 - r⁴/4 + r⁵(1/5 - r/6 + ...).
	rh := r.hi
	r2 := ddMul(r, r)
	r3 := ddMul(r2, r)
	r4 := ddMul(r2, r2)
	q := 1.0/5 + rh*(-1.0/6+rh*(1.0/7+rh*(-1.0/8+rh*(1.0/9+rh*(-1.0/10+rh*(1.0/11+rh*(-1.0/12+rh*(1.0/13))))))))
	l := ddAddOrdered(dd{-0.25 * r4.hi, -0.25 * r4.lo}, dd{r4.hi * rh * q, 0})
	l = ddAddOrdered(ddMul(r3, ddThird), l)
	l = ddAddOrdered(dd{-0.5 * r2.hi, -0.5 * r2.lo}, l)
	l = ddAddOrdered(r, l)
	if i != 0 || k != 0 {
		fk := float64(k)
		c := ddAddOrdered(dd{fk * powLn2Hi, fk * powLn2Lo}, dd{powLogTab[i].logHi, powLogTab[i].logLo})
		l = ddAddOrdered(c, l)
	}
	if zh := l.hi * y; zh > 710 {
		return math.Inf(1)
	} else if zh < -746 {
		return 0
	}
	z := ddMulF(l, y)
	// exp(z) = 2**(n/64) * exp(rr), rr = z - n*ln2/64, |rr| <= ln2/128.
	n := math.RoundToEven(z.hi * powInvLn2x64)
	s := z.hi - n*powExpL1
	p2, p2e := twoProd(n, powExpL2)
	a, b := twoSum(s, -p2)
	b += z.lo - p2e - n*powExpL3
	ah, al := fastTwoSum(a, b)
	rr := dd{ah, al}
	rr2 := ddMul(rr, rr)
	rr3 := ddMul(rr2, rr)
	poly := 1.0/24 + ah*(1.0/120+ah*(1.0/720+ah*(1.0/5040+ah*(1.0/40320+ah*(1.0/362880+ah*(1.0/3628800))))))
	e := ddAddOrdered(ddMul(rr3, ddSixth), dd{rr2.hi * rr2.hi * poly, 0})
	e = ddAddOrdered(dd{0.5 * rr2.hi, 0.5 * rr2.lo}, e)
	e = ddAddOrdered(rr, e)
	e = ddAddOrdered(dd{1, 0}, e)
	ni := int(n)
	res := ddMul(powExpTab[ni&63], e)
	k2 := ni >> 6
	switch {
	case k2 > 1024:
		return math.Inf(1)
	case k2 >= 1023:
		return (res.hi + res.lo) * 0x1p1023 * float64(k2-1022)
	case k2 >= -1021:
		return (res.hi + res.lo) * math.Float64frombits(uint64(k2+1023)<<52)
	}
	// The result may be subnormal: round the exact value of res*2**k2 once.
	bf := new(big.Float).SetPrec(256).SetFloat64(res.hi)
	bf.Add(bf, new(big.Float).SetFloat64(res.lo))
	bf.SetMantExp(bf, k2)
	f, _ := bf.Float64()
	return f
}
