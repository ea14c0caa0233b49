package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text conversions of numbers: int() and float() parsing, hex/oct/bin
// formatting, and round().

// ParseIntLiteral is int(s, base) for a str s: surrounding whitespace, a
// sign, underscores between digits and (for base 0, 2, 8 and 16) a 0x/0o/0b
// prefix are accepted as Python accepts them. base is 0 or 2..36.
func ParseIntLiteral(s string, base int) (Value, error) {
	return parseIntObject(nil, Null, s, base)
}

// parseIntObject parses the text s of obj (a str, bytes or bytearray, or
// Null for a plain str) in base; errors quote repr(obj).
func parseIntObject(t *Thread, obj Value, s string, base int) (Value, error) {
	_, isStr := obj.o.(*StrObject)
	if obj.IsNull() {
		isStr = true
	}
	text := s
	if isStr {
		text = transformDecimalAndSpace(s)
	}
	v, ndigits, ok := parseIntText(text, base)
	if ok {
		return v, nil
	}
	if ndigits > 0 {
		return Null, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits, ndigits)
	}
	if obj.IsNull() {
		obj = Str(s)
	}
	return Null, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, truncatedRepr(t, obj, 200))
}

// parseIntText parses ASCII text as int(text, base) does. When the number
// has more digits than IntMaxStrDigits allows, ok is false and ndigits is
// the digit count; on a syntax error ok is false and ndigits is 0.
func parseIntText(s string, base int) (Value, int, bool) {
	i, n := 0, len(s)
	for i < n && isASCIISpace(s[i]) {
		i++
	}
	for n > i && isASCIISpace(s[n-1]) {
		n--
	}
	s = s[i:n]
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	nonzeroIsError := false
	if base == 0 {
		switch {
		case len(s) < 2 || s[0] != '0':
			base = 10
		case s[1] == 'x' || s[1] == 'X':
			base = 16
		case s[1] == 'o' || s[1] == 'O':
			base = 8
		case s[1] == 'b' || s[1] == 'B':
			base = 2
		default:
			nonzeroIsError = true
			base = 10
		}
	}
	if len(s) >= 2 && s[0] == '0' {
		c := s[1] | 0x20
		if (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b') {
			s = s[2:]
			if s != "" && s[0] == '_' {
				s = s[1:]
			}
		}
	}
	if s == "" || s[0] == '_' {
		return Null, 0, false
	}
	// Validate, count digits and note whether underscores must be removed.
	ndigits := 0
	underscores := false
	allZero := true
	prevUnderscore := false
	for j := 0; j < len(s); j++ {
		c := s[j]
		if c == '_' {
			if prevUnderscore {
				return Null, 0, false
			}
			prevUnderscore = true
			underscores = true
			continue
		}
		prevUnderscore = false
		d := digitValue(c)
		if d < 0 || d >= base {
			return Null, 0, false
		}
		if d != 0 {
			allZero = false
		}
		ndigits++
	}
	if prevUnderscore {
		return Null, 0, false
	}
	if nonzeroIsError && !allZero {
		return Null, 0, false
	}
	if base&(base-1) != 0 && IntMaxStrDigits > 0 && ndigits > IntMaxStrDigits {
		return Null, ndigits, false
	}
	if underscores {
		s = strings.ReplaceAll(s, "_", "")
	}
	if len(s) <= 12 || (base == 10 && len(s) <= 18) {
		var u int64
		for j := 0; j < len(s); j++ {
			u = u*int64(base) + int64(digitValue(s[j]))
		}
		if neg {
			u = -u
		}
		return Int(u), 0, true
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return Null, 0, false
	}
	if neg {
		b.Neg(b)
	}
	return NewIntFromBig(b), 0, true
}

// digitValue is the value of an ASCII digit or letter (a=10 ... z=35), or -1.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return -1
}

func isASCIISpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// isPySpace is Python's str.isspace for one character.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// transformDecimalAndSpace maps Unicode decimal digits to ASCII digits and
// Unicode whitespace to ' ', as CPython does before parsing numbers; other
// non-ASCII characters become '?', which no parser accepts.
func transformDecimalAndSpace(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		default:
			if d := unicodeDecimal(r); d >= 0 {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// unicodeDecimal is the value of a Unicode decimal digit (category Nd), or
// -1. Decimal digits come in runs of ten starting at zero.
func unicodeDecimal(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// truncatedRepr is repr(v) cut to at most n characters, like %.200R.
func truncatedRepr(t *Thread, v Value, n int) string {
	var s string
	if so, ok := v.o.(*StrObject); ok {
		s = QuoteStr(so.S)
	} else if r, err := Repr(t, v); err == nil {
		s = r
	} else {
		s = ReprNoThread(v)
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// parseFloatObject parses the text s of obj (a str, bytes or bytearray) as
// float(obj) does.
func parseFloatObject(t *Thread, obj Value, s string) (float64, error) {
	text := s
	if _, isStr := obj.o.(*StrObject); isStr {
		text = transformDecimalAndSpace(s)
	}
	if f, ok := parseFloatText(text); ok {
		return f, nil
	}
	return 0, Errorf(ValueErrorType, "could not convert string to float: %s", truncatedRepr(t, obj, 200))
}

// ParseFloatText parses s as float(s) does (whitespace, sign, underscores
// between digits, inf/infinity/nan in any case); ok is false when s is not a
// valid float literal.
func ParseFloatText(s string) (float64, bool) {
	return parseFloatText(transformDecimalAndSpace(s))
}

func parseFloatText(s string) (float64, bool) {
	i, n := 0, len(s)
	for i < n && isASCIISpace(s[i]) {
		i++
	}
	for n > i && isASCIISpace(s[n-1]) {
		n--
	}
	s = s[i:n]
	if s == "" {
		return 0, false
	}
	// Underscores are allowed only between digits.
	if strings.IndexByte(s, '_') >= 0 {
		var b strings.Builder
		prev := byte(0)
		for j := 0; j < len(s); j++ {
			c := s[j]
			if c == '_' {
				if prev < '0' || prev > '9' {
					return 0, false
				}
			} else {
				if prev == '_' && (c < '0' || c > '9') {
					return 0, false
				}
				b.WriteByte(c)
			}
			prev = c
		}
		if prev == '_' {
			return 0, false
		}
		s = b.String()
	}
	body := s
	neg := false
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch len(body) {
	case 3, 8:
		switch strings.ToLower(body) {
		case "inf", "infinity":
			if neg {
				return math.Inf(-1), true
			}
			return math.Inf(1), true
		case "nan":
			if neg {
				return math.Copysign(math.NaN(), -1), true
			}
			return math.NaN(), true
		}
	}
	// [digits][.digits][(e|E)[sign]digits], with at least one mantissa digit.
	j, mant := 0, 0
	for j < len(body) && body[j] >= '0' && body[j] <= '9' {
		j++
		mant++
	}
	if j < len(body) && body[j] == '.' {
		j++
		for j < len(body) && body[j] >= '0' && body[j] <= '9' {
			j++
			mant++
		}
	}
	if mant == 0 {
		return 0, false
	}
	if j < len(body) && (body[j] == 'e' || body[j] == 'E') {
		j++
		if j < len(body) && (body[j] == '+' || body[j] == '-') {
			j++
		}
		start := j
		for j < len(body) && body[j] >= '0' && body[j] <= '9' {
			j++
		}
		if j == start {
			return 0, false
		}
	}
	if j != len(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// FormatInt writes an int (or bool) in base 2, 8, 10 or 16 as bin(), oct(),
// str() and hex() do: hex(-16) is "-0x10". The decimal form is not
// subject to IntMaxStrDigits. Non-int values give "".
func FormatInt(v Value, base int) string {
	x, ok := intOperand(v)
	if !ok {
		return ""
	}
	prefix := ""
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	}
	if x.IsInt() {
		i := int64(x.n)
		if i < 0 {
			return "-" + prefix + strconv.FormatUint(uint64(-i), base)
		}
		return prefix + strconv.FormatUint(uint64(i), base)
	}
	b := bigOf(x)
	if b.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(b).Text(base)
	}
	return prefix + b.Text(base)
}

// RoundValue is the built-in round(x, ndigits); ndigits is Null or None
// for the one-argument form. Ints and floats round half to even on their
// exact values (round(2.675, 2) == 2.67); other objects are asked through
// __round__.
func RoundValue(t *Thread, x Value, ndigits Value) (Value, error) {
	typ := x.Type()
	if !definedByScript(typ, "__round__") && isRealNumber(x) {
		return roundNumber(t, x, ndigits)
	}
	if _, ok := typ.Lookup("__round__"); !ok {
		return Null, Errorf(TypeErrorType, "type %s doesn't define __round__ method", typ.Name)
	}
	if ndigits.IsNull() || ndigits.IsNone() {
		return CallMethod(t, x, "__round__")
	}
	return CallMethod(t, x, "__round__", ndigits)
}

// roundNumber is int.__round__ and float.__round__.
func roundNumber(t *Thread, x Value, ndigits Value) (Value, error) {
	if ix, ok := intOperand(x); ok {
		if ndigits.IsNull() || ndigits.IsNone() {
			return ix, nil
		}
		nd, err := Index(t, ndigits)
		if err != nil {
			return Null, err
		}
		n, _ := intOperand(nd)
		if intSign(n) >= 0 {
			return ix, nil
		}
		return roundIntDigits(ix, n), nil
	}
	f, ok := floatOperand(x)
	if !ok {
		return Null, Errorf(TypeErrorType, "type %s doesn't define __round__ method", x.TypeName())
	}
	if ndigits.IsNull() || ndigits.IsNone() {
		return floatToInt(math.RoundToEven(f))
	}
	nd, err := Index(t, ndigits)
	if err != nil {
		return Null, err
	}
	nv, _ := intOperand(nd)
	var n int64
	switch {
	case nv.IsInt():
		n = int64(nv.n)
	case intSign(nv) > 0:
		n = math.MaxInt64
	default:
		n = math.MinInt64
	}
	r, err := roundFloat(f, n)
	if err != nil {
		return Null, err
	}
	return Float(r), nil
}

// roundIntDigits rounds x to a multiple of 10**-n (n < 0), half to even.
func roundIntDigits(x, n Value) Value {
	bx := bigOf(x)
	// 10**k exceeds |x| by far when k > digits(x)+1: the result is 0.
	maxk := int64(float64(bx.BitLen())*0.30103) + 2
	if !n.IsInt() || -int64(n.n) > maxk {
		return Int(0)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-int64(n.n)), nil)
	q, r := new(big.Int).DivMod(bx, p, new(big.Int)) // r >= 0
	r2 := new(big.Int).Lsh(r, 1)
	if c := r2.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return NewIntFromBig(q.Mul(q, p))
}

// roundFloat is round(f, n): f rounded to n decimal places, half to even on
// the exact binary value, as CPython's correctly rounded dtoa does.
func roundFloat(f float64, n int64) (float64, error) {
	if math.IsInf(f, 0) || f != f {
		return f, nil
	}
	if n > 323 {
		return f, nil
	}
	if n < -308 {
		return 0.0 * f, nil
	}
	if n >= 0 {
		var buf [64]byte
		s := strconv.AppendFloat(buf[:0], f, 'f', int(n), 64)
		r, _ := strconv.ParseFloat(string(s), 64)
		return r, nil
	}
	// Negative n: round f/10**-n to an integer q, half to even, exactly.
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	rat := new(big.Rat).SetFloat64(f)
	num := new(big.Int).Abs(rat.Num())
	den := new(big.Int).Mul(rat.Denom(), p)
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	r2 := r.Lsh(r, 1)
	if c := r2.Cmp(den); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	if q.Sign() == 0 {
		return math.Copysign(0, f), nil
	}
	res, _ := new(big.Float).SetInt(q.Mul(q, p)).Float64()
	if math.IsInf(res, 0) {
		return 0, Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	return math.Copysign(res, f), nil
}
