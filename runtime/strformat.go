package runtime

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// This file implements str.format / str.format_map and printf-style
// formatting (str % args).

// StrFormat is str.format(*args, **kwargs) on the template format; args
// holds positional values followed by keyword values named by kwnames.
// When mapping is not Null (format_map), names are looked up in it instead
// and positional fields are an error.
func StrFormat(t *Thread, format string, args []Value, kwnames []string, mapping Value) (string, error) {
	f := &formatter{t: t, pos: args[:len(args)-len(kwnames)], kwvals: args[len(args)-len(kwnames):], kwnames: kwnames, mapping: mapping}
	var b strings.Builder
	b.Grow(len(format) + 16)
	if err := f.render(&b, format, 2); err != nil {
		return "", err
	}
	return b.String(), nil
}

// formatter holds the state of one str.format call: the arguments and the
// automatic field numbering shared by nested format specs.
type formatter struct {
	t       *Thread
	pos     []Value
	kwvals  []Value
	kwnames []string
	mapping Value
	autoIdx int
	// numbering is 0 until the first field, then 'a' (automatic) or 'm'
	// (manual).
	numbering byte
}

// render expands format into b; depth limits nested specs.
func (f *formatter) render(b *strings.Builder, format string, depth int) error {
	if depth <= 0 {
		return Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	i := 0
	for i < len(format) {
		// Literal text up to the next brace.
		j := i
		for j < len(format) && format[j] != '{' && format[j] != '}' {
			j++
		}
		b.WriteString(format[i:j])
		if j >= len(format) {
			return nil
		}
		c := format[j]
		j++
		if j < len(format) && format[j] == c {
			b.WriteByte(c)
			i = j + 1
			continue
		}
		if c == '}' {
			return Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if j >= len(format) {
			return Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		field, next, err := parseField(format, j)
		if err != nil {
			return err
		}
		i = next
		if err := f.renderField(b, field, depth); err != nil {
			return err
		}
	}
	return nil
}

// replacementField is one parsed {name!conv:spec}.
type replacementField struct {
	name        string
	conversion  byte
	spec        string
	specExpands bool
}

// parseField is CPython's parse_field: it reads the field starting after
// '{' at format[i:] and returns it and the index after the closing '}'.
func parseField(format string, i int) (replacementField, int, error) {
	var fld replacementField
	start := i
	var c byte
	for i < len(format) {
		c = format[i]
		i++
		if c == '{' {
			return fld, 0, Errorf(ValueErrorType, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(format) && format[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	if c != '}' && c != ':' && c != '!' {
		return fld, 0, Errorf(ValueErrorType, "expected '}' before end of string")
	}
	fld.name = format[start : i-1]
	if c == '}' {
		return fld, i, nil
	}
	if c == '!' {
		if i >= len(format) {
			return fld, 0, Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		fld.conversion = format[i]
		i++
		if i < len(format) {
			c2 := format[i]
			i++
			if c2 == '}' {
				return fld, i, nil
			}
			if c2 != ':' {
				return fld, 0, Errorf(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := i
	count := 1
	for i < len(format) {
		c := format[i]
		i++
		switch c {
		case '{':
			fld.specExpands = true
			count++
		case '}':
			count--
			if count == 0 {
				fld.spec = format[specStart : i-1]
				return fld, i, nil
			}
		}
	}
	return fld, 0, Errorf(ValueErrorType, "unmatched '{' in format spec")
}

// renderField looks the field's object up, converts and formats it.
func (f *formatter) renderField(b *strings.Builder, fld replacementField, depth int) error {
	obj, err := f.lookup(fld.name)
	if err != nil {
		return err
	}
	switch fld.conversion {
	case 0:
	case 'r', 's', 'a':
		var s string
		switch fld.conversion {
		case 'r':
			s, err = Repr(f.t, obj)
		case 's':
			s, err = ToStr(f.t, obj)
		default:
			s, err = ASCII(f.t, obj)
		}
		if err != nil {
			return err
		}
		obj = Str(s)
	default:
		if fld.conversion > ' ' && fld.conversion < 0x7f {
			return Errorf(ValueErrorType, "Unknown conversion specifier %c", fld.conversion)
		}
		return Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", fld.conversion)
	}
	spec := fld.spec
	if fld.specExpands {
		var sb strings.Builder
		if err := f.render(&sb, spec, depth-1); err != nil {
			return err
		}
		spec = sb.String()
	}
	s, err := FormatValue(f.t, obj, spec)
	if err != nil {
		return err
	}
	b.WriteString(s)
	return nil
}

// lookup resolves a field name: an argument index or keyword, then .attr
// and [key] parts.
func (f *formatter) lookup(name string) (Value, error) {
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first, rest := name[:k], name[k:]
	var obj Value
	if first == "" {
		if f.numbering == 'm' {
			return Null, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		f.numbering = 'a'
		idx := f.autoIdx
		f.autoIdx++
		v, err := f.positional(idx)
		if err != nil {
			return Null, err
		}
		obj = v
	} else if idx, ok, err := fieldIndex(first); err != nil {
		return Null, err
	} else if ok {
		if f.numbering == 'a' {
			return Null, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		f.numbering = 'm'
		v, err := f.positional(idx)
		if err != nil {
			return Null, err
		}
		obj = v
	} else {
		v, err := f.keyword(first)
		if err != nil {
			return Null, err
		}
		obj = v
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			e := 1
			for e < len(rest) && rest[e] != '.' && rest[e] != '[' {
				e++
			}
			attr := rest[1:e]
			if attr == "" {
				return Null, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			v, err := GetAttr(f.t, obj, attr)
			if err != nil {
				return Null, err
			}
			obj, rest = v, rest[e:]
		case '[':
			e := strings.IndexByte(rest, ']')
			if e < 0 {
				return Null, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:e]
			if key == "" {
				return Null, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			var kv Value
			if idx, ok, err := fieldIndex(key); err != nil {
				return Null, err
			} else if ok {
				kv = Int(int64(idx))
			} else {
				kv = Str(key)
			}
			v, err := GetItem(f.t, obj, kv)
			if err != nil {
				return Null, err
			}
			obj, rest = v, rest[e+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return Null, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return Null, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

// fieldIndex reads an all-digit field name or key as an int.
func fieldIndex(s string) (int, bool, error) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false, nil
		}
		if n > (math.MaxInt32-int(c-'0'))/10 {
			return 0, false, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + int(c-'0')
	}
	return n, s != "", nil
}

func (f *formatter) positional(idx int) (Value, error) {
	if !f.mapping.IsNull() {
		return Null, Errorf(ValueErrorType, "Format string contains positional fields")
	}
	if idx >= len(f.pos) {
		return Null, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
	}
	return f.pos[idx], nil
}

func (f *formatter) keyword(name string) (Value, error) {
	if !f.mapping.IsNull() {
		return GetItem(f.t, f.mapping, Str(name))
	}
	for i, k := range f.kwnames {
		if k == name {
			return f.kwvals[i], nil
		}
	}
	return Null, NewException(KeyErrorType, Str(name))
}

// PercentFormat is printf-style formatting: format % args.
func PercentFormat(t *Thread, format string, args Value) (string, error) {
	return percentFormat(t, format, args, false)
}

// BytesPercentFormat is printf-style formatting of bytes: format % args.
func BytesPercentFormat(t *Thread, format []byte, args Value) ([]byte, error) {
	s, err := percentFormat(t, latin1String(format), args, true)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out, nil
}

// latin1String maps each byte to the code point of the same value.
func latin1String(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// percentFormat formats str templates, or bytes templates (bytesMode)
// given as Latin-1 text and producing Latin-1 text.
func percentFormat(t *Thread, format string, args Value, bytesMode bool) (string, error) {
	p := percentState{t: t, args: args, arglen: -1, argidx: -2, bytes: bytesMode}
	if tup, ok := args.o.(*Tuple); ok {
		p.items = tup.Items
		p.arglen, p.argidx = len(tup.Items), 0
	} else if inst, ok := args.o.(*Instance); ok {
		if tup, ok := inst.Base.o.(*Tuple); ok {
			p.items = tup.Items
			p.arglen, p.argidx = len(tup.Items), 0
		}
	}
	if p.arglen < 0 && args.Type().Slots.GetItem != nil {
		_, isStr := asStr(args)
		_, isBytes := args.o.(*Bytes)
		if !isStr && !(bytesMode && isBytes) {
			p.dict = args
		}
	}
	var b strings.Builder
	b.Grow(len(format) + 16)
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		next, err := p.conversion(&b, format, i)
		if err != nil {
			return "", err
		}
		i = next
	}
	if p.argidx < p.arglen && p.dict.IsNull() {
		if bytesMode {
			return "", Errorf(TypeErrorType, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

type percentState struct {
	t      *Thread
	args   Value
	items  []Value
	arglen int
	argidx int
	// dict is the mapping of %(key) conversions, or Null.
	dict Value
	// bytes selects the rules of bytes % args.
	bytes bool
}

func (p *percentState) nextArg() (Value, error) {
	if p.argidx < p.arglen {
		p.argidx++
		if p.arglen < 0 {
			return p.args, nil
		}
		return p.items[p.argidx-1], nil
	}
	return Null, Errorf(TypeErrorType, "not enough arguments for format string")
}

// Flags of a printf conversion.
const (
	pfLeft = 1 << iota
	pfSign
	pfBlank
	pfAlt
	pfZero
)

// conversion handles one conversion starting after the '%' at format[i:]
// and returns the index after it.
func (p *percentState) conversion(b *strings.Builder, format string, i int) (int, error) {
	incomplete := func() (int, error) { return 0, Errorf(ValueErrorType, "incomplete format") }
	if i >= len(format) {
		return incomplete()
	}
	if format[i] == '%' {
		b.WriteByte('%')
		return i + 1, nil
	}
	if format[i] == '(' {
		if p.dict.IsNull() {
			return 0, Errorf(TypeErrorType, "format requires a mapping")
		}
		depth := 1
		k := i + 1
		for k < len(format) && depth > 0 {
			switch format[k] {
			case '(':
				depth++
			case ')':
				depth--
			}
			k++
		}
		if depth > 0 {
			return 0, Errorf(ValueErrorType, "incomplete format key")
		}
		key := Str(format[i+1 : k-1])
		if p.bytes {
			b, _ := Encode(format[i+1:k-1], "latin-1", "strict")
			key = NewBytes(b)
		}
		v, err := GetItem(p.t, p.dict, key)
		if err != nil {
			return 0, err
		}
		// As in CPython, the value replaces the arguments for this
		// conversion; a later keyless conversion finds none left.
		p.args, p.items = v, nil
		p.arglen, p.argidx = -1, -2
		i = k
	}
	flags := 0
flagLoop:
	for i < len(format) {
		switch format[i] {
		case '-':
			flags |= pfLeft
		case '+':
			flags |= pfSign
		case ' ':
			flags |= pfBlank
		case '#':
			flags |= pfAlt
		case '0':
			flags |= pfZero
		default:
			break flagLoop
		}
		i++
	}
	width, prec := -1, -1
	if i < len(format) && format[i] == '*' {
		v, err := p.starArg()
		if err != nil {
			return 0, err
		}
		if v < 0 {
			flags |= pfLeft
			v = -v
		}
		width = v
		i++
	} else {
		n, k, err := percentInt(format, i, "width")
		if err != nil {
			return 0, err
		}
		if k > i {
			width = n
		}
		i = k
	}
	if err := p.t.Reserve(int64(width)); err != nil {
		return 0, err
	}
	if i < len(format) && format[i] == '.' {
		i++
		prec = 0
		if i < len(format) && format[i] == '*' {
			v, err := p.starArg()
			if err != nil {
				return 0, err
			}
			if v < 0 {
				v = 0
			}
			prec = v
			i++
		} else {
			n, k, err := percentInt(format, i, "precision")
			if err != nil {
				return 0, err
			}
			prec = n
			i = k
		}
		if err := p.t.Reserve(int64(prec)); err != nil {
			return 0, err
		}
	}
	if i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
		i++
	}
	if i >= len(format) {
		return incomplete()
	}
	c, size := utf8.DecodeRuneInString(format[i:])
	i += size
	v, err := p.nextArg()
	if err != nil {
		return 0, err
	}
	s, numeric, err := p.convert(v, c, flags, prec, i-size)
	if err != nil {
		return 0, err
	}
	writePercentField(b, s, numeric, flags, width)
	return i, nil
}

// starArg reads a '*' width or precision from the arguments.
func (p *percentState) starArg() (int, error) {
	v, err := p.nextArg()
	if err != nil {
		return 0, err
	}
	if !v.IsInt() && !v.IsBool() {
		if _, big := v.o.(*BigInt); big {
			return 0, Errorf(ValueErrorType, "width too big")
		}
		return 0, Errorf(TypeErrorType, "* wants int")
	}
	n := v.AsInt()
	if n > math.MaxInt32 || n < -math.MaxInt32 {
		return 0, Errorf(ValueErrorType, "width too big")
	}
	return int(n), nil
}

// percentInt reads decimal digits at format[i:]; it returns the value and
// the index after them.
func percentInt(format string, i int, what string) (int, int, error) {
	n := 0
	for i < len(format) && format[i] >= '0' && format[i] <= '9' {
		d := int(format[i] - '0')
		if n > (math.MaxInt32-d)/10 {
			return 0, 0, Errorf(ValueErrorType, "%s too big", what)
		}
		n = n*10 + d
		i++
	}
	return n, i, nil
}

// convert renders one argument for conversion c; numeric reports whether
// sign and zero-padding rules apply to the result.
func (p *percentState) convert(v Value, c rune, flags, prec, at int) (string, bool, error) {
	if p.bytes {
		switch c {
		case 's', 'b':
			return p.bytesArg(v, prec)
		case 'r':
			c = 'a'
		case 'c':
			if b, ok := bytesOf(v); ok && len(b) == 1 {
				return string(rune(b[0])), false, nil
			}
			if !v.IntLike() && v.Type().Slots.Index == nil {
				return "", false, NewException(TypeErrorType, Str("%c requires an integer in range(256) or a single byte"))
			}
			iv, err := Index(p.t, v)
			if err != nil {
				return "", false, err
			}
			n, small := fmtSmallInt(iv)
			if !small || n < 0 || n > 255 {
				return "", false, NewException(OverflowErrorType, Str("%c arg not in range(256)"))
			}
			return string(rune(n)), false, nil
		}
	}
	switch c {
	case 's', 'r', 'a':
		var s string
		var err error
		switch c {
		case 's':
			s, err = ToStr(p.t, v)
		case 'r':
			s, err = Repr(p.t, v)
		default:
			s, err = ASCII(p.t, v)
		}
		if err != nil {
			return "", false, err
		}
		if prec >= 0 {
			s = truncateRunes(s, prec)
		}
		return s, false, nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		iv, err := percentIntArg(p.t, v, c)
		if err != nil {
			return "", false, err
		}
		return formatPercentInt(iv, c, flags, prec), true, nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := pctFloatArg(p.t, v)
		if err != nil {
			return "", false, err
		}
		if prec < 0 {
			prec = 6
		}
		return formatFloatShort(x, byte(c), prec, false, flags&pfAlt != 0, false, false), true, nil
	case 'c':
		if s, ok := StrValue(v); ok {
			if utf8.RuneCountInString(s) != 1 {
				return "", false, NewException(TypeErrorType, Str("%c requires int or char"))
			}
			return s, false, nil
		}
		if !v.IntLike() && v.Type().Slots.Index == nil {
			return "", false, NewException(TypeErrorType, Str("%c requires int or char"))
		}
		iv, err := Index(p.t, v)
		if err != nil {
			return "", false, err
		}
		n, small := fmtSmallInt(iv)
		if !small || n < 0 || n > utf8.MaxRune {
			return "", false, NewException(OverflowErrorType, Str("%c arg not in range(0x110000)"))
		}
		return string(rune(n)), false, nil
	}
	ch := byte('?')
	if c >= 31 && c <= 126 {
		ch = byte(c)
	}
	return "", false, Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", ch, c, at)
}

// bytesArg renders the argument of a %s or %b conversion of bytes % args.
func (p *percentState) bytesArg(v Value, prec int) (string, bool, error) {
	b, ok := bytesOf(v)
	if !ok {
		typ := v.Type()
		if m, has := typ.Lookup("__bytes__"); has && definedByScript(typ, "__bytes__") {
			r, err := Call1(p.t, m, v)
			if err != nil {
				return "", false, err
			}
			rb, isBytes := r.o.(*Bytes)
			if !isBytes {
				return "", false, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.TypeName())
			}
			b, ok = rb.B, true
		}
	}
	if !ok {
		return "", false, Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.TypeName())
	}
	if prec >= 0 && prec < len(b) {
		b = b[:prec]
	}
	return latin1String(b), false, nil
}

// percentIntArg converts the argument of an integer conversion.
func percentIntArg(t *Thread, v Value, c rune) (Value, error) {
	if v.IntLike() {
		if v.IsBool() {
			return Int(v.AsInt()), nil
		}
		return v, nil
	}
	wrong := func() error {
		if c == 'o' || c == 'x' || c == 'X' {
			return Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", c, v.TypeName())
		}
		return Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", c, v.TypeName())
	}
	typ := v.Type()
	if c == 'o' || c == 'x' || c == 'X' {
		if typ.Slots.Index == nil {
			return Null, wrong()
		}
		return Index(t, v)
	}
	if v.IsFloat() {
		return pctFloatToInt(v.AsFloat())
	}
	if typ.Slots.Index == nil && typ.Slots.Int == nil && typ.Slots.Float == nil {
		return Null, wrong()
	}
	if typ.Slots.Int != nil {
		r, err := typ.Slots.Int(t, v)
		if err != nil {
			return Null, err
		}
		if !r.IntLike() {
			return Null, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", r.TypeName())
		}
		return r, nil
	}
	if typ.Slots.Index != nil {
		return Index(t, v)
	}
	return Null, wrong()
}

// pctFloatToInt truncates a float to an int value.
func pctFloatToInt(x float64) (Value, error) {
	if math.IsInf(x, 0) {
		return Null, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return Null, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	x = math.Trunc(x)
	if x >= -9.2e18 && x <= 9.2e18 {
		return Int(int64(x)), nil
	}
	bf := new(big.Float).SetFloat64(x)
	bi, _ := bf.Int(nil)
	return NewIntFromBig(bi), nil
}

// pctFloatArg converts the argument of a float conversion.
func pctFloatArg(t *Thread, v Value) (float64, error) {
	switch v.o.(type) {
	case floatKind:
		return v.AsFloat(), nil
	case intKind, boolKind, *BigInt:
		return fmtIntToFloat(v)
	}
	typ := v.Type()
	if typ.Slots.Float != nil {
		r, err := typ.Slots.Float(t, v)
		if err != nil {
			return 0, err
		}
		if !r.IsFloat() {
			return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, r.TypeName())
		}
		return r.AsFloat(), nil
	}
	if typ.Slots.Index != nil {
		r, err := Index(t, v)
		if err != nil {
			return 0, err
		}
		return fmtIntToFloat(r)
	}
	if inst, ok := v.o.(*Instance); ok && inst.Base.IsFloat() {
		return inst.Base.AsFloat(), nil
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", v.TypeName())
}

// formatPercentInt renders an int for %d/%o/%x/%X with precision (minimum
// digits) and the alternate-form prefix; the sign is left in place.
func formatPercentInt(v Value, c rune, flags, prec int) string {
	base := 10
	switch c {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	neg, digits := fmtIntDigits(v, base)
	if c == 'X' {
		digits = strings.ToUpper(digits)
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	prefix := ""
	if flags&pfAlt != 0 {
		switch c {
		case 'o':
			prefix = "0o"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if neg {
		return "-" + prefix + digits
	}
	return prefix + digits
}

// writePercentField writes a converted value with sign, width and
// justification.
func writePercentField(b *strings.Builder, s string, numeric bool, flags, width int) {
	sign := ""
	if numeric {
		if strings.HasPrefix(s, "-") {
			sign, s = "-", s[1:]
		} else if flags&pfSign != 0 {
			sign = "+"
		} else if flags&pfBlank != 0 {
			sign = " "
		}
	}
	prefix := ""
	if numeric && flags&pfAlt != 0 && len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o') {
		prefix, s = s[:2], s[2:]
	}
	n := len(sign) + len(prefix) + utf8.RuneCountInString(s)
	padding := 0
	if width > n {
		padding = width - n
	}
	zero := numeric && flags&pfZero != 0 && flags&pfLeft == 0
	if flags&pfLeft == 0 && !zero {
		writeRepeatByte(b, ' ', padding)
	}
	b.WriteString(sign)
	b.WriteString(prefix)
	if zero {
		writeRepeatByte(b, '0', padding)
	}
	b.WriteString(s)
	if flags&pfLeft != 0 {
		writeRepeatByte(b, ' ', padding)
	}
}

func writeRepeatByte(b *strings.Builder, c byte, n int) {
	for i := 0; i < n; i++ {
		b.WriteByte(c)
	}
}
