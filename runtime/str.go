package runtime

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// StrObject is a Python str. The text is kept as UTF-8 in S; indexing is by
// code point. The code-point count, whether every code point is one byte,
// and (for long non-ASCII strings) a sparse index of byte offsets are
// computed on first use and cached.
type StrObject struct {
	S      string
	hash   int64
	n      int       // code points, valid when flags&strCounted
	index  *strIndex // byte offsets of every strIndexStride-th code point
	hashed bool
	flags  uint8
}

const (
	strCounted     = 1 << iota // n and the other flags are valid
	strByteIndexed             // one byte per code point: index by byte
	strValidUTF8               // S is valid UTF-8
)

// strIndexStride is the spacing, in code points, of the cached byte
// offsets that make indexing a non-ASCII string O(stride).
const strIndexStride = 32

type strIndex struct {
	offsets []int
}

// Type makes StrObject an Object.
func (*StrObject) Type() *Type { return StrType }

// Str makes a str value. The empty string and one-character Latin-1
// strings are shared.
func Str(s string) Value {
	switch len(s) {
	case 0:
		return emptyStr
	case 1:
		if s[0] < utf8.RuneSelf {
			return charStrs[s[0]]
		}
	case 2:
		if s[0] == 0xc2 || s[0] == 0xc3 {
			if r, _ := utf8.DecodeRuneInString(s); r != utf8.RuneError {
				return charStrs[r]
			}
		}
	}
	return Obj(&StrObject{S: s})
}

// emptyStr and charStrs are the shared ” and one-character strings for
// U+0000..U+00FF, with their hashes and counts precomputed so that they are
// never written after initialisation.
var emptyStr, charStrs = makeSharedStrs()

func makeSharedStrs() (Value, [256]Value) {
	e := &StrObject{S: ""}
	e.Hash()
	e.count()
	var chars [256]Value
	for i := range chars {
		s := &StrObject{S: string(rune(i))}
		s.Hash()
		s.count()
		chars[i] = Obj(s)
	}
	return Obj(e), chars
}

// charStr is the one-character str for r, made from its encoding s (which
// may be a single invalid byte) when it is not shared.
func charStr(r rune, s string) Value {
	if r >= 0 && r < 256 {
		return charStrs[r]
	}
	return Obj(&StrObject{S: s})
}

var strSeed = maphash.MakeSeed()

// Hash is hash(s), cached.
func (s *StrObject) Hash() int64 {
	if !s.hashed {
		var h int64
		if s.S != "" {
			h = int64(maphash.String(strSeed, s.S) >> 1)
		}
		if h == -1 {
			h = -2
		}
		s.hash = h
		s.hashed = true
	}
	return s.hash
}

// count fills the cached code-point count.
func (s *StrObject) count() {
	if s.flags&strCounted != 0 {
		return
	}
	n := len(s.S)
	if !isASCII(s.S) {
		n = utf8.RuneCountInString(s.S)
	}
	f := uint8(strCounted)
	if n == len(s.S) {
		f |= strByteIndexed
	} else if utf8.ValidString(s.S) {
		f |= strValidUTF8
	}
	s.n = n
	s.flags = f
}

// isASCII reports whether every byte of s is below 0x80, eight bytes at a
// time: about ten times faster than counting runes, and most text is ASCII.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// byteIndexed reports whether every code point of s is one byte.
func (s *StrObject) byteIndexed() bool {
	s.count()
	return s.flags&strByteIndexed != 0
}

// RuneCount is len(s): the number of code points.
func RuneCount(s *StrObject) int {
	s.count()
	return s.n
}

// offset returns the byte offset of code point i, 0 <= i <= RuneCount(s).
func (s *StrObject) offset(i int) int {
	s.count()
	if s.flags&strByteIndexed != 0 || i <= 0 {
		return i
	}
	if i >= s.n {
		return len(s.S)
	}
	pos, k := 0, 0
	if s.n > 2*strIndexStride {
		if s.index == nil {
			s.buildIndex()
		}
		k = i / strIndexStride * strIndexStride
		pos = s.index.offsets[i/strIndexStride]
	}
	str := s.S
	if s.flags&strValidUTF8 != 0 {
		// Skip code points by their lead bytes.
		for ; k < i; k++ {
			pos++
			for pos < len(str) && str[pos]&0xc0 == 0x80 {
				pos++
			}
		}
		return pos
	}
	for ; k < i; k++ {
		if str[pos] < utf8.RuneSelf {
			pos++
		} else {
			_, size := utf8.DecodeRuneInString(str[pos:])
			pos += size
		}
	}
	return pos
}

func (s *StrObject) buildIndex() {
	offs := make([]int, 0, s.n/strIndexStride+1)
	k := 0
	for pos := range s.S {
		if k%strIndexStride == 0 {
			offs = append(offs, pos)
		}
		k++
	}
	s.index = &strIndex{offsets: offs}
}

// runeIndex converts a byte offset of s into a code-point index.
func (s *StrObject) runeIndex(byteOff int) int {
	if s.byteIndexed() {
		return byteOff
	}
	return utf8.RuneCountInString(s.S[:byteOff])
}

// asStr returns the str of v: a str, or the str inside an instance of a
// subclass of str.
func asStr(v Value) (*StrObject, bool) {
	switch o := v.o.(type) {
	case *StrObject:
		return o, true
	case *Instance:
		if s, ok := o.Base.o.(*StrObject); ok {
			return s, true
		}
	}
	return nil, false
}

// StrValue returns the Go string of a str value (or of an instance of a
// str subclass); ok is false for anything else.
func StrValue(v Value) (string, bool) {
	if s, ok := v.o.(*StrObject); ok {
		return s.S, true
	}
	if s, ok := asStr(v); ok {
		return s.S, true
	}
	return "", false
}

// strSelf is the str of a slot's or method's self, which is a str or an
// instance of a str subclass.
func strSelf(v Value) *StrObject {
	if s, ok := asStr(v); ok {
		return s
	}
	return &StrObject{}
}

// StrIterator iterates over the characters of a str.
type StrIterator struct {
	s   *StrObject
	pos int // byte offset of the next character
}

// Type makes StrIterator an Object.
func (*StrIterator) Type() *Type { return StrIteratorType }

// NewStrIter makes an iterator over the characters of s.
func NewStrIter(s *StrObject) Value { return Obj(&StrIterator{s: s}) }

// next returns the next character, or ok=false at the end.
func (it *StrIterator) next() (Value, bool) {
	str := it.s.S
	if it.pos >= len(str) {
		return Null, false
	}
	c := str[it.pos]
	if c < utf8.RuneSelf {
		it.pos++
		return charStrs[c], true
	}
	r, size := utf8.DecodeRuneInString(str[it.pos:])
	v := charStr(r, str[it.pos:it.pos+size])
	it.pos += size
	return v, true
}

func init() {
	s := &StrType.Slots
	s.Repr = func(t *Thread, v Value) (string, error) { return QuoteStr(strSelf(v).S), nil }
	s.Str = func(t *Thread, v Value) (string, error) { return strSelf(v).S, nil }
	s.Hash = func(t *Thread, v Value) (int64, error) { return strSelf(v).Hash(), nil }
	s.Compare = strCompare
	s.Bool = func(t *Thread, v Value) (bool, error) { return strSelf(v).S != "", nil }
	s.Len = func(t *Thread, v Value) (int, error) { return RuneCount(strSelf(v)), nil }
	s.Contains = strContains
	s.GetItem = strGetItem
	s.Iter = func(t *Thread, v Value) (Value, error) { return NewStrIter(strSelf(v)), nil }
	s.Binary[OpAdd] = strAdd
	s.Binary[OpMul] = strMul
	s.Reflected[OpMul] = strMul
	s.Binary[OpMod] = func(t *Thread, a, b Value) (Value, error) {
		r, err := PercentFormat(t, strSelf(a).S, b)
		if err != nil {
			return Null, err
		}
		return Str(r), nil
	}
	StrType.New = strNew

	StrIteratorType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	StrIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		r, ok := v.o.(*StrIterator).next()
		return r, ok, nil
	}
	addIteratorDunders(StrIteratorType)
	StrIteratorType.AddMethod("__length_hint__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		it, ok := self.o.(*StrIterator)
		if !ok {
			return Int(0), nil
		}
		return Int(int64(utf8.RuneCountInString(it.s.S[it.pos:]))), nil
	})
}

// addIteratorDunders gives an iterator type whose Iter and Next slots are
// set the __iter__ and __next__ methods scripts may call directly.
func addIteratorDunders(typ *Type) {
	typ.AddMethod("__iter__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__iter__", styleExpected, args, kw, 0, 0); err != nil {
			return Null, err
		}
		return self, nil
	})
	typ.AddMethod("__next__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__next__", styleExpected, args, kw, 0, 0); err != nil {
			return Null, err
		}
		v, ok, err := Next(t, self)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, NewException(StopIterationType)
		}
		return v, nil
	})
}

func strCompare(t *Thread, a, b Value, op CmpOp) (Value, error) {
	x := strSelf(a)
	y, ok := asStr(b)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpResult(op, strings.Compare(x.S, y.S))), nil
}

func strContains(t *Thread, v, x Value) (bool, error) {
	sub, ok := asStr(x)
	if !ok {
		return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", x.TypeName())
	}
	return strings.Contains(strSelf(v).S, sub.S), nil
}

func strGetItem(t *Thread, v, key Value) (Value, error) {
	s := strSelf(v)
	var i int64
	switch k := key.o.(type) {
	case intKind, boolKind:
		i = int64(key.n)
	case *Slice:
		return strSlice(t, s, k)
	default:
		if !key.IntLike() && key.Type().Slots.Index == nil {
			return Null, Errorf(TypeErrorType, "string indices must be integers, not '%s'", key.TypeName())
		}
		n, err := IndexInt(t, key)
		if err != nil {
			return Null, err
		}
		i = n
	}
	n := int64(RuneCount(s))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Null, Errorf(IndexErrorType, "string index out of range")
	}
	if s.flags&strByteIndexed != 0 {
		return charStrAt(s.S, int(i)), nil
	}
	off := s.offset(int(i))
	r, size := utf8.DecodeRuneInString(s.S[off:])
	return charStr(r, s.S[off:off+size]), nil
}

// charStrAt is the one-byte character at byte i of s.
func charStrAt(s string, i int) Value {
	c := s[i]
	if c < utf8.RuneSelf {
		return charStrs[c]
	}
	return Obj(&StrObject{S: s[i : i+1]})
}

func strSlice(t *Thread, s *StrObject, sl *Slice) (Value, error) {
	start, stop, step, n, err := SliceIndices(t, sl, RuneCount(s))
	if err != nil {
		return Null, err
	}
	if n <= 0 {
		return emptyStr, nil
	}
	if step == 1 {
		if n == s.n {
			return Obj(s), nil
		}
		return Str(s.S[s.offset(start):s.offset(stop)]), nil
	}
	var b strings.Builder
	if s.byteIndexed() {
		b.Grow(n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b.WriteByte(s.S[i])
		}
		return Str(b.String()), nil
	}
	offs := make([]int, 0, s.n+1)
	for pos := range s.S {
		offs = append(offs, pos)
	}
	offs = append(offs, len(s.S))
	b.Grow(n * 2)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		b.WriteString(s.S[offs[i]:offs[i+1]])
	}
	return Str(b.String()), nil
}

func strAdd(t *Thread, a, b Value) (Value, error) {
	y, ok := asStr(b)
	if !ok {
		return NotImplemented, nil
	}
	x := strSelf(a)
	if y.S == "" {
		if _, exact := a.o.(*StrObject); exact {
			return a, nil
		}
		return Str(x.S), nil
	}
	if x.S == "" {
		if _, exact := b.o.(*StrObject); exact {
			return b, nil
		}
	}
	return Str(x.S + y.S), nil
}

// maxStrBytes bounds the strings repetition may build.
const maxStrBytes = 1 << 34

// repeatCount reads the count operand of sequence repetition; ok is false
// when n is not an integer (the operation is then NotImplemented).
func repeatCount(t *Thread, n Value) (int64, bool, error) {
	switch n.o.(type) {
	case intKind, boolKind:
		return int64(n.n), true, nil
	case *BigInt:
		if n.o.(*BigInt).V.Sign() < 0 {
			return 0, true, nil
		}
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n.Type().Slots.Index == nil {
		return 0, false, nil
	}
	r, err := Index(t, n)
	if err != nil {
		return 0, true, err
	}
	return repeatCount(t, r)
}

func strMul(t *Thread, a, b Value) (Value, error) {
	n, ok, err := repeatCount(t, b)
	if !ok || err != nil {
		if !ok {
			return NotImplemented, nil
		}
		return Null, err
	}
	s := strSelf(a)
	if n <= 0 || s.S == "" {
		return emptyStr, nil
	}
	if n == 1 {
		if _, exact := a.o.(*StrObject); exact {
			return a, nil
		}
	}
	if n > math.MaxInt64/int64(len(s.S)) {
		return Null, Errorf(OverflowErrorType, "repeated string is too long")
	}
	if int64(len(s.S))*n > maxStrBytes {
		return Null, Errorf(MemoryErrorType, "")
	}
	total := int64(len(s.S)) * n
	if err := t.Reserve(total); err != nil {
		return Null, err
	}
	if total > repeatChunk && t.Interruptible() {
		b := make([]byte, total)
		copy(b, s.S)
		if err := fillRepeat(t, b, len(s.S)); err != nil {
			return Null, err
		}
		return Str(unsafe.String(&b[0], len(b))), nil
	}
	return Str(strings.Repeat(s.S, int(n))), nil
}

// strNew is str(object=”, encoding='utf-8', errors='strict').
func strNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if len(args) == 1 && len(kwnames) == 0 && cls == StrType {
		// str(x): the common case, without keyword parsing.
		if _, ok := args[0].o.(*StrObject); ok {
			return args[0], nil
		}
		if args[0].IsInt() {
			return Str(strconv.FormatInt(args[0].AsInt(), 10)), nil
		}
		s, err := ToStr(t, args[0])
		if err != nil {
			return Null, err
		}
		return Str(s), nil
	}
	var obj, enc, errs Value
	if err := kwMethodArgs("str", args, kwnames, 0, []string{"object", "encoding", "errors"}, &obj, &enc, &errs); err != nil {
		return Null, err
	}
	var r Value
	switch {
	case obj.IsNull():
		r = emptyStr
	case enc.IsNull() && errs.IsNull():
		if _, ok := obj.o.(*StrObject); ok {
			r = obj
		} else {
			s, err := ToStr(t, obj)
			if err != nil {
				return Null, err
			}
			r = Str(s)
		}
	default:
		encoding, errors, err := codecArgs("str", enc, errs)
		if err != nil {
			return Null, err
		}
		data, ok := bytesOf(obj)
		if !ok {
			if _, isStr := asStr(obj); isStr {
				return Null, Errorf(TypeErrorType, "decoding str is not supported")
			}
			return Null, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", obj.TypeName())
		}
		s, err := Decode(data, encoding, errors)
		if err != nil {
			return Null, err
		}
		r = Str(s)
	}
	if cls != StrType && cls != nil {
		inst := NewInstance(cls)
		inst.Base = Str(strSelf(r).S)
		return Obj(inst), nil
	}
	return r, nil
}

// Codecs: the encodings str.encode, bytes.decode, str(b, enc) and
// bytes(s, enc) support — UTF-8, ASCII and Latin-1 — with the strict,
// ignore, replace, backslashreplace, xmlcharrefreplace (encoding) and
// surrogateescape error handlers.

// codecArgs reads the encoding and errors arguments of str() and bytes().
func codecArgs(fname string, enc, errs Value) (string, string, error) {
	encoding, errors := "utf-8", "strict"
	if !enc.IsNull() {
		s, ok := StrValue(enc)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, enc.TypeName())
		}
		encoding = s
	}
	if !errs.IsNull() {
		s, ok := StrValue(errs)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, errs.TypeName())
		}
		errors = s
	}
	return encoding, errors, nil
}

// textCodec identifies a supported encoding.
type textCodec int

const (
	codecUTF8 textCodec = iota
	codecASCII
	codecLatin1
)

var codecNames = [...]string{"utf-8", "ascii", "latin-1"}

// lookupCodec normalises an encoding name as Python's codec registry does.
func lookupCodec(name string) (textCodec, error) {
	norm := strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return r + 32
		case r == '-' || r == ' ':
			return '_'
		}
		return r
	}, name)
	switch norm {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return codecUTF8, nil
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6":
		return codecASCII, nil
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1:1987":
		return codecLatin1, nil
	}
	return 0, Errorf(LookupErrorType, "unknown encoding: %s", name)
}

func unknownHandler(errors string) error {
	return Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
}

// Encode converts text to bytes in the named encoding.
func Encode(s, encoding, errors string) ([]byte, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if c == codecUTF8 && utf8.ValidString(s) {
		return []byte(s), nil
	}
	if c != codecUTF8 && strIsASCII(s) {
		return []byte(s), nil
	}
	limit := rune(0x7f)
	reason := "ordinal not in range(128)"
	switch c {
	case codecLatin1:
		limit, reason = 0xff, "ordinal not in range(256)"
	case codecUTF8:
		limit, reason = utf8.MaxRune, "surrogates not allowed"
	}
	bad := func(r rune) bool { return r > limit || (r >= 0xd800 && r <= 0xdfff) }
	out := make([]byte, 0, len(s))
	pos := 0 // code-point index
	for i := 0; i < len(s); {
		r, size := decodeRuneWTF8(s[i:])
		if !bad(r) {
			if c == codecUTF8 {
				out = append(out, s[i:i+size]...)
			} else {
				out = append(out, byte(r))
			}
			i += size
			pos++
			continue
		}
		// A run of unencodable characters.
		j, end := i, pos
		var run []rune
		for j < len(s) {
			r2, size2 := decodeRuneWTF8(s[j:])
			if !bad(r2) {
				break
			}
			run = append(run, r2)
			j += size2
			end++
		}
		switch errors {
		case "strict":
			return nil, encodeError(codecNames[c], s, pos, end, run, reason)
		case "ignore":
		case "replace":
			for range run {
				out = append(out, '?')
			}
		case "backslashreplace":
			var b strings.Builder
			for _, x := range run {
				writeEscapedRune(&b, x)
			}
			out = append(out, b.String()...)
		case "xmlcharrefreplace":
			for _, x := range run {
				out = append(out, "&#"...)
				out = strconv.AppendInt(out, int64(x), 10)
				out = append(out, ';')
			}
		case "surrogateescape":
			for k, x := range run {
				if x < 0xdc80 || x > 0xdcff {
					return nil, encodeError(codecNames[c], s, pos+k, pos+k+1, run[k:k+1], reason)
				}
				out = append(out, byte(x-0xdc00))
			}
		default:
			return nil, unknownHandler(errors)
		}
		i, pos = j, end
	}
	return out, nil
}

func encodeError(codecName, s string, start, end int, run []rune, reason string) error {
	var msg string
	if end-start == 1 {
		var b strings.Builder
		writeEscapedRune(&b, run[0])
		msg = "'" + codecName + "' codec can't encode character '" + b.String() + "' in position " + strconv.Itoa(start) + ": " + reason
	} else {
		msg = "'" + codecName + "' codec can't encode characters in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
	}
	e := NewException(UnicodeEncodeErrorType, Str(msg))
	e.Dict.Set("encoding", Str(codecName))
	e.Dict.Set("object", Str(s))
	e.Dict.Set("start", Int(int64(start)))
	e.Dict.Set("end", Int(int64(end)))
	e.Dict.Set("reason", Str(reason))
	return e
}

func decodeError(codecName string, data []byte, start, end int, reason string) error {
	var msg string
	if end-start == 1 {
		msg = fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codecName, data[start], start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codecName, start, end-1, reason)
	}
	e := NewException(UnicodeDecodeErrorType, Str(msg))
	e.Dict.Set("encoding", Str(codecName))
	e.Dict.Set("object", Obj(&Bytes{B: append([]byte{}, data...)}))
	e.Dict.Set("start", Int(int64(start)))
	e.Dict.Set("end", Int(int64(end)))
	e.Dict.Set("reason", Str(reason))
	return e
}

// Decode converts bytes in the named encoding to text.
func Decode(data []byte, encoding, errors string) (string, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return "", err
	}
	if c == codecUTF8 && utf8.Valid(data) || c != codecUTF8 && strIsASCII(string(data)) {
		return string(data), nil
	}
	var b strings.Builder
	b.Grow(len(data) + 8)
	for i := 0; i < len(data); {
		x := data[i]
		if x < utf8.RuneSelf {
			b.WriteByte(x)
			i++
			continue
		}
		var n int
		var reason string
		switch c {
		case codecLatin1:
			b.WriteRune(rune(x))
			i++
			continue
		case codecASCII:
			n, reason = 1, "ordinal not in range(128)"
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r != utf8.RuneError || size > 1 {
				b.Write(data[i : i+size])
				i += size
				continue
			}
			n, reason = utf8Invalid(data[i:])
		}
		switch errors {
		case "strict":
			return "", decodeError(codecNames[c], data, i, i+n, reason)
		case "ignore":
		case "replace":
			b.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, y := range data[i : i+n] {
				b.WriteString(`\x`)
				b.WriteByte(lowerHexDigits[y>>4])
				b.WriteByte(lowerHexDigits[y&15])
			}
		case "surrogateescape":
			// Lone surrogates are kept in WTF-8 form (ED B2..B3 xx),
			// which decodeRuneWTF8 reads back.
			for _, y := range data[i : i+n] {
				r := 0xdc00 + rune(y)
				b.WriteByte(0xed)
				b.WriteByte(byte(0x80 | (r>>6)&0x3f))
				b.WriteByte(byte(0x80 | r&0x3f))
			}
		default:
			return "", unknownHandler(errors)
		}
		i += n
	}
	return b.String(), nil
}

// utf8Invalid classifies the invalid UTF-8 sequence at the start of p as
// CPython's decoder does: how many bytes it spans and why it is invalid.
func utf8Invalid(p []byte) (int, string) {
	c := p[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(p) {
			return k, "unexpected end of data"
		}
		b := p[k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xbf) {
			return k, "invalid continuation byte"
		}
	}
	return need + 1, "invalid continuation byte"
}
