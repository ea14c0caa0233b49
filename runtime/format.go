package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// This file implements the format-spec mini-language of format(), f-strings
// and str.format for ints, floats and strs, and the float-to-text
// conversion they share with repr and printf-style formatting.

// FormatValue is the builtin format(v, spec): a script __format__ if v's
// class defines one, the mini-language for ints, floats and strs, and
// str(v) for other objects when spec is empty.
func FormatValue(t *Thread, v Value, spec string) (string, error) {
	switch o := v.o.(type) {
	case *StrObject:
		if spec == "" {
			return o.S, nil
		}
		return formatStrSpec(t, o.S, spec)
	case intKind:
		if spec == "" {
			return strconv.FormatInt(int64(v.n), 10), nil
		}
		return formatIntSpec(t, v, spec, "int")
	case floatKind:
		if spec == "" {
			return formatFloatShort(v.AsFloat(), 'r', 0, true, false, false, false), nil
		}
		return formatFloatSpec(t, v.AsFloat(), spec, "float")
	}
	typ := v.Type()
	if !typ.Builtin && definedByScript(typ, "__format__") {
		m, _ := typ.Lookup("__format__")
		r, err := Call(t, m, []Value{v, Str(spec)}, nil)
		if err != nil {
			return "", err
		}
		s, ok := StrValue(r)
		if !ok {
			return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", r.TypeName())
		}
		return s, nil
	}
	base := v
	if inst, ok := v.o.(*Instance); ok && !inst.Base.IsNull() {
		base = inst.Base
	}
	switch o := base.o.(type) {
	case *StrObject:
		if spec == "" {
			return ToStr(t, v)
		}
		return formatStrSpecNamed(t, o.S, spec, typ.Name)
	case intKind, boolKind, *BigInt:
		if spec == "" {
			if b, ok := v.o.(*BigInt); ok {
				return b.V.String(), nil
			}
			return ToStr(t, v)
		}
		return formatIntSpec(t, base, spec, typ.Name)
	case floatKind:
		if spec == "" {
			return ToStr(t, v)
		}
		return formatFloatSpec(t, base.AsFloat(), spec, typ.Name)
	}
	if spec != "" {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", typ.Name)
	}
	return ToStr(t, v)
}

func init() {
	formatMethod := func(typ *Type) {
		if _, ok := typ.Dict.Get("__format__"); ok {
			return
		}
		typ.AddMethod("__format__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs("__format__", styleExpected, args, kw, 1, 1); err != nil {
				return Null, err
			}
			spec, ok := StrValue(args[0])
			if !ok {
				return Null, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].TypeName())
			}
			var r string
			var err error
			base := self
			if inst, ok := self.o.(*Instance); ok && !inst.Base.IsNull() {
				base = inst.Base
			}
			switch base.o.(type) {
			case intKind, boolKind, *BigInt:
				if spec == "" {
					r, err = ToStr(t, self)
				} else {
					r, err = formatIntSpec(t, base, spec, self.TypeName())
				}
			case floatKind:
				if spec == "" {
					r, err = ToStr(t, self)
				} else {
					r, err = formatFloatSpec(t, base.AsFloat(), spec, self.TypeName())
				}
			default:
				if spec != "" {
					return Null, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", self.TypeName())
				}
				r, err = ToStr(t, self)
			}
			if err != nil {
				return Null, err
			}
			return Str(r), nil
		})
	}
	formatMethod(IntType)
	formatMethod(FloatType)
	formatMethod(ObjectType)
}

// formatSpec is a parsed standard format specifier:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type formatSpec struct {
	fill      string
	align     byte // '<', '>', '^', '=' or 0
	sign      byte // '+', '-', ' ' or 0
	noNegZero bool
	alt       bool
	width     int // -1 when absent
	group     byte
	groupSize int  // 3 for decimal, 4 for '_' with b/o/x/X
	precision int  // -1 when absent
	typ       rune // 0 when absent
}

func isAlignChar(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// parseFormatSpec parses spec for an object of type typeName whose default
// alignment is defAlign. The spec last parsed on the thread is kept: a
// loop formatting with one constant spec parses it once (the memory budget
// is still asked for its width and precision every time).
func parseFormatSpec(t *Thread, spec string, defAlign byte, typeName string) (formatSpec, error) {
	if t == nil {
		return parseFormatSpecText(t, spec, defAlign, typeName)
	}
	if c := &t.lastSpec; c.ok && c.align == defAlign && len(spec) == len(c.spec) && unsafe.StringData(spec) == unsafe.StringData(c.spec) {
		if c.f.width >= 0 {
			if err := t.Reserve(int64(c.f.width)); err != nil {
				return c.f, err
			}
		}
		if c.f.precision >= 0 {
			if err := t.Reserve(int64(c.f.precision)); err != nil {
				return c.f, err
			}
		}
		return c.f, nil
	}
	f, err := parseFormatSpecText(t, spec, defAlign, typeName)
	if err == nil {
		t.lastSpec = specCache{spec: spec, align: defAlign, f: f, ok: true}
	}
	return f, err
}

// specCache is the format spec a thread parsed last.
type specCache struct {
	spec  string
	align byte
	ok    bool
	f     formatSpec
}

func parseFormatSpecText(t *Thread, spec string, defAlign byte, typeName string) (formatSpec, error) {
	f := formatSpec{fill: " ", width: -1, precision: -1, groupSize: 3}
	pos := 0
	fillSet, alignSet := false, false
	if spec != "" {
		_, size := utf8.DecodeRuneInString(spec)
		if size < len(spec) && isAlignChar(spec[size]) {
			f.fill, f.align = spec[:size], spec[size]
			fillSet, alignSet = true, true
			pos = size + 1
		} else if isAlignChar(spec[0]) {
			f.align = spec[0]
			alignSet = true
			pos = 1
		}
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		f.sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		f.noNegZero = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		f.alt = true
		pos++
	}
	if !fillSet && pos < len(spec) && spec[pos] == '0' {
		f.fill = "0"
		if !alignSet && defAlign == '>' {
			f.align = '='
		}
		pos++
	}
	n, consumed, err := specInt(spec, pos)
	if err != nil {
		return f, err
	}
	if consumed > 0 {
		if err := t.Reserve(int64(n)); err != nil {
			return f, err
		}
		f.width = n
		pos += consumed
	}
	if pos < len(spec) && spec[pos] == ',' {
		f.group = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if f.group != 0 {
			return f, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		f.group = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && f.group == '_' {
		return f, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		n, consumed, err := specInt(spec, pos)
		if err != nil {
			return f, err
		}
		if consumed == 0 {
			return f, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		if err := t.Reserve(int64(n)); err != nil {
			return f, err
		}
		f.precision = n
		pos += consumed
	}
	if rest := spec[pos:]; rest != "" {
		r, size := utf8.DecodeRuneInString(rest)
		if size != len(rest) {
			return f, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
		}
		f.typ = r
	}
	if f.group != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.group == '_' {
				f.groupSize = 4
				break
			}
			fallthrough
		default:
			return f, Errorf(ValueErrorType, "Cannot specify '%c' with '%s'.", f.group, typeCodeText(f.typ))
		}
	}
	if f.align == 0 {
		f.align = defAlign
	}
	return f, nil
}

// typeCodeText renders a presentation type for error messages.
func typeCodeText(r rune) string {
	if r > ' ' && r < 0x7f {
		return string(r)
	}
	return "\\x" + strconv.FormatInt(int64(r), 16)
}

// specInt reads the decimal digits at spec[pos:].
func specInt(spec string, pos int) (n, consumed int, err error) {
	for pos+consumed < len(spec) {
		c := spec[pos+consumed]
		if c < '0' || c > '9' {
			break
		}
		if n > (math.MaxInt32-int(c-'0'))/10 {
			return 0, 0, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + int(c-'0')
		consumed++
	}
	return n, consumed, nil
}

func unknownFormatCode(r rune, typeName string) error {
	if r > ' ' && r < 0x7f {
		return Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", r, typeName)
	}
	return Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", r, typeName)
}

// formatStrSpec formats a str with a non-empty spec.
func formatStrSpec(t *Thread, s, spec string) (string, error) {
	return formatStrSpecNamed(t, s, spec, "str")
}

func formatStrSpecNamed(t *Thread, s, spec, typeName string) (string, error) {
	f, err := parseFormatSpec(t, spec, '<', typeName)
	if err != nil {
		return "", err
	}
	if f.typ != 0 && f.typ != 's' {
		return "", unknownFormatCode(f.typ, typeName)
	}
	switch {
	case f.sign != 0:
		return "", Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	case f.noNegZero:
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case f.alt:
		return "", Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	case f.group != 0:
		return "", Errorf(ValueErrorType, "Cannot specify '%c' with 's'.", f.group)
	}
	if f.precision >= 0 {
		s = truncateRunes(s, f.precision)
	}
	return padSpec(s, utf8.RuneCountInString(s), f), nil
}

// truncateRunes keeps the first n code points of s.
func truncateRunes(s string, n int) string {
	if n >= len(s) {
		return s
	}
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

// padSpec aligns s (n code points) within f.width using f.fill.
func padSpec(s string, n int, f formatSpec) string {
	if f.width <= n {
		return s
	}
	total := f.width - n
	left := 0
	switch f.align {
	case '>', '=':
		left = total
	case '^':
		left = total / 2
	}
	var b strings.Builder
	b.Grow(len(s) + total*len(f.fill))
	for i := 0; i < left; i++ {
		b.WriteString(f.fill)
	}
	b.WriteString(s)
	for i := left; i < total; i++ {
		b.WriteString(f.fill)
	}
	return b.String()
}

// formatIntSpec formats an int (small, big or bool) with a non-empty spec.
func formatIntSpec(t *Thread, v Value, spec, typeName string) (string, error) {
	f, err := parseFormatSpec(t, spec, '>', typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := fmtIntToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatWith(x, f)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", unknownFormatCode(f.typ, typeName)
	}
	if f.noNegZero {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.precision >= 0 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		c, ok := fmtSmallInt(v)
		if !ok {
			return "", Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if c < 0 || c > utf8.MaxRune {
			return "", NewException(OverflowErrorType, Str("%c arg not in range(0x110000)"))
		}
		return layoutNumber(false, "", "", string(rune(c)), f), nil
	}
	base, prefix := 10, ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.alt {
		prefix = ""
	}
	if _, big := v.o.(*BigInt); !big && f.typ != 'X' {
		// A small int's digits go to a buffer on the stack: layoutNumber
		// copies them into the result and keeps nothing.
		var buf [72]byte
		i := int64(v.n)
		neg := i < 0
		d := strconv.AppendUint(buf[:0], absInt64(i), base)
		return layoutNumber(neg, prefix, unsafe.String(&d[0], len(d)), "", f), nil
	}
	neg, digits := fmtIntDigits(v, base)
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return layoutNumber(neg, prefix, digits, "", f), nil
}

// absInt64 is |i| as a uint64, correct for math.MinInt64 too.
func absInt64(i int64) uint64 {
	if i < 0 {
		return uint64(-i)
	}
	return uint64(i)
}

// fmtSmallInt returns the int64 of an int value, ok=false for big ints.
func fmtSmallInt(v Value) (int64, bool) {
	switch v.o.(type) {
	case intKind, boolKind:
		return int64(v.n), true
	}
	return 0, false
}

// fmtIntDigits returns the sign and the digits of |v| in base.
func fmtIntDigits(v Value, base int) (bool, string) {
	if b, ok := v.o.(*BigInt); ok {
		s := b.V.Text(base)
		if strings.HasPrefix(s, "-") {
			return true, s[1:]
		}
		return false, s
	}
	i := int64(v.n)
	if i < 0 {
		return true, strconv.FormatUint(uint64(-i), base)
	}
	return false, strconv.FormatInt(i, base)
}

// fmtIntToFloat converts an int value to float64, raising OverflowError when
// it is too large.
func fmtIntToFloat(v Value) (float64, error) {
	if b, ok := v.o.(*BigInt); ok {
		f, acc := new(big.Float).SetInt(b.V).Float64()
		if math.IsInf(f, 0) || (f == 0 && acc != big.Exact && b.V.Sign() != 0) {
			return 0, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return float64(int64(v.n)), nil
}

// layoutNumber assembles sign, prefix, grouped integer digits and the rest
// (fraction, exponent, '%', or a 'c' character) with padding, as CPython's
// calc_number_widths and fill_number do.
func layoutNumber(neg bool, prefix, digits, rest string, f formatSpec) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	restLen := utf8.RuneCountInString(rest)
	nonDigits := len(sign) + len(prefix) + restLen
	minWidth := 0
	if f.fill == "0" && f.align == '=' {
		minWidth = f.width - nonDigits
	}
	sep := ""
	if f.group != 0 {
		sep = string(f.group)
	}
	grouped := ""
	if digits != "" {
		grouped = groupDigits(digits, minWidth, sep, f.groupSize)
	}
	padding := f.width - (nonDigits + len(grouped))
	var lpad, spad, rpad int
	if padding > 0 {
		switch f.align {
		case '<':
			rpad = padding
		case '^':
			lpad = padding / 2
			rpad = padding - lpad
		case '=':
			spad = padding
		default:
			lpad = padding
		}
	}
	// One allocation of the exact size, filled in place.
	buf := make([]byte, 0, len(sign)+len(prefix)+len(grouped)+len(rest)+(lpad+spad+rpad)*len(f.fill))
	buf = appendFill(buf, f.fill, lpad)
	buf = append(buf, sign...)
	buf = append(buf, prefix...)
	buf = appendFill(buf, f.fill, spad)
	buf = append(buf, grouped...)
	buf = append(buf, rest...)
	buf = appendFill(buf, f.fill, rpad)
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// appendFill appends n copies of fill (one character, often one byte).
func appendFill(buf []byte, fill string, n int) []byte {
	if len(fill) == 1 {
		c := fill[0]
		for ; n > 0; n-- {
			buf = append(buf, c)
		}
		return buf
	}
	for ; n > 0; n-- {
		buf = append(buf, fill...)
	}
	return buf
}

// groupDigits inserts sep every size digits from the right and pads with
// zeros to at least minWidth characters, as
// _PyUnicode_InsertThousandsGrouping does.
func groupDigits(digits string, minWidth int, sep string, size int) string {
	if sep == "" {
		if len(digits) >= minWidth {
			return digits
		}
		return strings.Repeat("0", minWidth-len(digits)) + digits
	}
	var groups []string
	remaining := len(digits)
	for {
		l := size
		if m := max(remaining, minWidth, 1); l > m {
			l = m
		}
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		groups = append(groups, strings.Repeat("0", zeros)+digits[remaining-chars:remaining])
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	var b strings.Builder
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(groups[i])
		if i > 0 {
			b.WriteString(sep)
		}
	}
	return b.String()
}

// formatFloatSpec formats a float with a non-empty spec.
func formatFloatSpec(t *Thread, x float64, spec, typeName string) (string, error) {
	f, err := parseFormatSpec(t, spec, '>', typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownFormatCode(f.typ, typeName)
	}
	return formatFloatWith(x, f)
}

// formatFloatWith is CPython's format_float_internal.
func formatFloatWith(x float64, f formatSpec) (string, error) {
	typ := f.typ
	precision := f.precision
	addDot0 := false
	defPrecision := 6
	if typ == 0 {
		addDot0 = true
		typ = 'r'
		defPrecision = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		pct = true
	}
	if precision < 0 {
		precision = defPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	s := formatFloatShort(x, byte(typ), precision, addDot0, f.alt, f.noNegZero, false)
	if pct {
		s += "%"
	}
	neg := false
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return layoutNumber(neg, "", s[:i], s[i:], f), nil
}

// formatFloatShort is CPython's PyOS_double_to_string / format_float_short:
// code is 'e', 'f', 'g' (or upper case) with precision, or 'r' for the
// shortest repr. addDot0 adds ".0" to integral results without exponent,
// alt keeps the decimal point and trailing zeros, noNegZero drops the sign
// of a result that rounds to zero, and plus forces a '+' on non-negatives.
func formatFloatShort(x float64, code byte, precision int, addDot0, alt, noNegZero, plus bool) string {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	neg := math.Signbit(x)
	sign := ""
	if math.IsNaN(x) {
		neg = false
	}
	if neg {
		sign = "-"
	} else if plus {
		sign = "+"
	}
	if math.IsInf(x, 0) || math.IsNaN(x) {
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		return sign + s
	}
	if (code == 'f' || code == 'e') && !alt && !(noNegZero && neg) {
		// strconv rounds exactly as dtoa does and lays 'e' and 'f' out
		// the same way.
		var buf [64]byte
		out := append(buf[:0], sign...)
		if neg {
			out = out[:0]
		}
		out = strconv.AppendFloat(out, x, code, precision, 64)
		if upper && code == 'e' {
			for i, c := range out {
				if c == 'e' {
					out[i] = 'E'
				}
			}
		}
		return string(out)
	}
	var digits string
	var decpt int
	switch code {
	case 'e':
		precision++
		digits, decpt = floatDigits(x, 2, precision)
	case 'f':
		digits, decpt = floatDigits(x, 3, precision)
	case 'g':
		if precision == 0 {
			precision = 1
		}
		digits, decpt = floatDigits(x, 2, precision)
	default:
		digits, decpt = floatDigits(x, 0, 0)
	}
	if noNegZero && neg && digits == "0" {
		neg = false
		sign = ""
		if plus {
			sign = "+"
		}
	}
	useExp := false
	vEnd := len(digits)
	switch code {
	case 'e':
		useExp = true
		vEnd = precision
	case 'f':
		vEnd = decpt + precision
	case 'g':
		limit := precision
		if addDot0 {
			limit = precision - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = precision
		}
	default:
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	var b strings.Builder
	b.Grow(len(digits) + 8 + max(0, -vStart) + max(0, vEnd-len(digits)))
	b.WriteString(sign)
	if decpt <= 0 {
		b.WriteString(strings.Repeat("0", decpt-vStart))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", -decpt))
	} else {
		b.WriteString(strings.Repeat("0", -vStart))
	}
	if decpt > 0 && decpt <= len(digits) {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if len(digits) < decpt {
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", vEnd-decpt))
	} else {
		b.WriteString(strings.Repeat("0", vEnd-len(digits)))
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		s += string(e)
		if exp < 0 {
			s += "-"
			exp = -exp
		} else {
			s += "+"
		}
		if exp < 10 {
			s += "0"
		}
		s += strconv.Itoa(exp)
	}
	return s
}

// floatDigits is _Py_dg_dtoa for a finite x: the significant decimal
// digits of |x| without trailing zeros ("0" for zero) and the position of
// the decimal point. mode 0 is the shortest round-tripping string, mode 2
// rounds to ndigits significant digits and mode 3 to ndigits digits after
// the point, all correctly rounded (half-even on the exact binary value).
func floatDigits(x float64, mode, ndigits int) (string, int) {
	x = math.Abs(x)
	if x == 0 {
		return "0", 1
	}
	var buf [32]byte
	if mode == 3 {
		s := strconv.AppendFloat(buf[:0], x, 'f', ndigits, 64)
		dot := len(s)
		digits := make([]byte, 0, len(s))
		for i, c := range s {
			if c == '.' {
				dot = i
				continue
			}
			digits = append(digits, c)
		}
		decpt := dot
		k := 0
		for k < len(digits) && digits[k] == '0' {
			k++
		}
		digits = digits[k:]
		decpt -= k
		for len(digits) > 0 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		if len(digits) == 0 {
			return "0", 1
		}
		return string(digits), decpt
	}
	prec := -1
	if mode == 2 {
		prec = ndigits - 1
	}
	s := strconv.AppendFloat(buf[:0], x, 'e', prec, 64)
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp, _ := strconv.Atoi(string(s[e+1:]))
	digits := make([]byte, 0, e)
	for _, c := range s[:e] {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return string(digits), exp + 1
}

// FormatFloatCode renders x as printf-style and format() do for the
// presentation type code ('e', 'E', 'f', 'F', 'g', 'G', or 'r' for repr)
// and precision; alt is the '#' flag.
func FormatFloatCode(x float64, code byte, precision int, alt bool) string {
	if code == 'r' {
		return formatFloatShort(x, 'r', 0, true, false, false, false)
	}
	return formatFloatShort(x, code, precision, false, alt, false, false)
}
