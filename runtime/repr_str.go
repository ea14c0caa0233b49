package runtime

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the character-level rules of Python's str: how repr()
// quotes and escapes text, and the Unicode character classes (printable,
// space, digit, cased...) behind the str predicates and case mappings,
// pinned to CPython 3.11's Unicode 14 where Go's tables are newer.

// QuoteStr is the Python repr of a str: single quotes unless the text
// contains a single quote and no double quote, backslash escapes for
// control and non-printable characters.
func QuoteStr(s string) string {
	return quoteStr(s, false)
}

// ASCIIQuoteStr is ascii() of a str: like QuoteStr, with every non-ASCII
// character escaped as \xhh, \uhhhh or \Uhhhhhhhh.
func ASCIIQuoteStr(s string) string {
	return quoteStr(s, true)
}

// ASCII is the builtin ascii(v): repr(v) with non-ASCII characters escaped.
func ASCII(t *Thread, v Value) (string, error) {
	r, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	return asciiEscape(r), nil
}

// asciiEscape replaces the non-ASCII characters of s by escapes
// (backslashreplace).
func asciiEscape(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := decodeRuneWTF8(s[i:])
		writeEscapedRune(&b, r)
		i += size
	}
	return b.String()
}

const lowerHexDigits = "0123456789abcdef"

func quoteStr(s string, ascii bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	// Fast path: nothing needs escaping.
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == quote || c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		return string(quote) + s + string(quote)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(lowerHexDigits[c>>4])
				b.WriteByte(lowerHexDigits[c&15])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := decodeRuneWTF8(s[i:])
		if !ascii && size > 1 && isPrintableRune(r) {
			b.WriteString(s[i : i+size])
		} else {
			writeEscapedRune(&b, r)
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

// writeEscapedRune writes r as \xhh, \uhhhh or \Uhhhhhhhh.
func writeEscapedRune(b *strings.Builder, r rune) {
	switch {
	case r <= 0xff:
		b.WriteString(`\x`)
		writeHex(b, uint32(r), 2)
	case r <= 0xffff:
		b.WriteString(`\u`)
		writeHex(b, uint32(r), 4)
	default:
		b.WriteString(`\U`)
		writeHex(b, uint32(r), 8)
	}
}

func writeHex(b *strings.Builder, v uint32, digits int) {
	for k := digits - 1; k >= 0; k-- {
		b.WriteByte(lowerHexDigits[(v>>(uint(k)*4))&15])
	}
}

// decodeRuneWTF8 decodes one code point at the start of s. Lone surrogates
// encoded as three bytes (WTF-8) come back as the surrogate code point; any
// other invalid byte comes back as U+DC80+byte with size 1, as the
// surrogateescape error handler represents undecodable bytes.
func decodeRuneWTF8(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size != 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	if len(s) == 0 {
		return utf8.RuneError, 0
	}
	return 0xdc00 + rune(s[0]), 1
}

// BytesRepr is the Python repr of a bytes value: b'...' with \t \n \r,
// \\, the quote, and \xhh for bytes outside printable ASCII.
func BytesRepr(data []byte) string {
	var b strings.Builder
	writeBytesRepr(&b, data, false)
	return b.String()
}

// writeBytesRepr writes b'...'; bytearray's repr (escapeSingle) escapes a
// single quote even inside double quotes, as CPython does.
func writeBytesRepr(b *strings.Builder, data []byte, escapeSingle bool) {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range data {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b.Grow(len(data) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range data {
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(lowerHexDigits[c>>4])
			b.WriteByte(lowerHexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
}

// runeInRanges reports whether r lies in one of the sorted inclusive ranges.
func runeInRanges(r rune, ranges [][2]rune) bool {
	i := sort.Search(len(ranges), func(i int) bool { return ranges[i][1] >= r })
	return i < len(ranges) && ranges[i][0] <= r
}

// isUnassigned14 reports code points Go's tables know but Unicode 14
// (CPython 3.11) leaves unassigned.
func isUnassigned14(r rune) bool {
	return r >= 0xcf3 && runeInRanges(r, unassigned14)
}

// isPrintableRune is Py_UNICODE_ISPRINTABLE: everything but the Other (C*)
// and Separator (Z*) categories, except the ASCII space.
func isPrintableRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= ' ' && r < 0x7f
	}
	return unicode.IsPrint(r) && !isUnassigned14(r)
}

// isSpaceRune is Py_UNICODE_ISSPACE (str.isspace, str.split()).
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, 0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true, ' ': true}

// isLineBreak reports the characters str.splitlines splits on.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isAlphaRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) && !isUnassigned14(r)
}

func isDecimalRune(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.Is(unicode.Nd, r) && !isUnassigned14(r)
}

func isDigitRune(r rune) bool {
	return isDecimalRune(r) || (r >= 0xb2 && runeInRanges(r, digitExtra))
}

func isNumericRune(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return (unicode.IsNumber(r) && !isUnassigned14(r)) || runeInRanges(r, numericExtra)
}

func isAlnumRune(r rune) bool {
	return isAlphaRune(r) || isNumericRune(r)
}

// isUpperRune is the Unicode Uppercase property.
func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return (unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)) && !isUnassigned14(r)
}

// isLowerRune is the Unicode Lowercase property.
func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	switch r {
	case 0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69: // Other_Lowercase since Unicode 15
		return false
	}
	return (unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)) && !isUnassigned14(r)
}

func isTitleRune(r rune) bool {
	return r >= utf8.RuneSelf && unicode.IsTitle(r)
}

// isCasedRune is the Unicode Cased property.
func isCasedRune(r rune) bool {
	return isUpperRune(r) || isLowerRune(r) || isTitleRune(r)
}

// isCaseIgnorable is the Unicode Case_Ignorable property (approximated by
// its categories and the word-break punctuation it lists).
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x387, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	if r < utf8.RuneSelf {
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// isIDStart is XID_Start plus '_'.
func isIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if isUnassigned14(r) {
		return false
	}
	switch r {
	case 0x2e2f, 0x37a, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e, 0xff9e, 0xff9f, 0xe33, 0xeb3:
		return false
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isIDContinue is XID_Continue.
func isIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if isUnassigned14(r) {
		return false
	}
	switch r {
	case 0x2e2f, 0x37a, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e:
		return false
	}
	return isIDStart(r) || r == 0xe33 || r == 0xeb3 || r == 0xff9e || r == 0xff9f ||
		unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// Full case mappings: Go's unicode package maps one rune to one rune; these
// tables hold the SpecialCasing entries (and Unicode 14 differences) where
// CPython's result differs from that simple mapping.

func upperRune(b *strings.Builder, r rune) {
	if s, ok := specialUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func lowerRune(b *strings.Builder, r rune) {
	if s, ok := specialLower[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func titleRune(b *strings.Builder, r rune) {
	if s, ok := specialTitle[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

func foldRune(b *strings.Builder, r rune) {
	if s, ok := specialFold[r]; ok {
		b.WriteString(s)
		return
	}
	lowerRune(b, r)
}

// The tables below are generated from CPython 3.11 (Unicode 14).

var specialUpper = map[rune]string{
	0xdf: "\u0053\u0053", 0x149: "\u02bc\u004e", 0x1f0: "\u004a\u030c", 0x390: "\u0399\u0308\u0301",
	0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0552", 0x1e96: "\u0048\u0331", 0x1e97: "\u0054\u0308",
	0x1e98: "\u0057\u030a", 0x1e99: "\u0059\u030a", 0x1e9a: "\u0041\u02be", 0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301", 0x1f56: "\u03a5\u0313\u0342", 0x1f80: "\u1f08\u0399",
	0x1f81: "\u1f09\u0399", 0x1f82: "\u1f0a\u0399", 0x1f83: "\u1f0b\u0399", 0x1f84: "\u1f0c\u0399",
	0x1f85: "\u1f0d\u0399", 0x1f86: "\u1f0e\u0399", 0x1f87: "\u1f0f\u0399", 0x1f88: "\u1f08\u0399",
	0x1f89: "\u1f09\u0399", 0x1f8a: "\u1f0a\u0399", 0x1f8b: "\u1f0b\u0399", 0x1f8c: "\u1f0c\u0399",
	0x1f8d: "\u1f0d\u0399", 0x1f8e: "\u1f0e\u0399", 0x1f8f: "\u1f0f\u0399", 0x1f90: "\u1f28\u0399",
	0x1f91: "\u1f29\u0399", 0x1f92: "\u1f2a\u0399", 0x1f93: "\u1f2b\u0399", 0x1f94: "\u1f2c\u0399",
	0x1f95: "\u1f2d\u0399", 0x1f96: "\u1f2e\u0399", 0x1f97: "\u1f2f\u0399", 0x1f98: "\u1f28\u0399",
	0x1f99: "\u1f29\u0399", 0x1f9a: "\u1f2a\u0399", 0x1f9b: "\u1f2b\u0399", 0x1f9c: "\u1f2c\u0399",
	0x1f9d: "\u1f2d\u0399", 0x1f9e: "\u1f2e\u0399", 0x1f9f: "\u1f2f\u0399", 0x1fa0: "\u1f68\u0399",
	0x1fa1: "\u1f69\u0399", 0x1fa2: "\u1f6a\u0399", 0x1fa3: "\u1f6b\u0399", 0x1fa4: "\u1f6c\u0399",
	0x1fa5: "\u1f6d\u0399", 0x1fa6: "\u1f6e\u0399", 0x1fa7: "\u1f6f\u0399", 0x1fa8: "\u1f68\u0399",
	0x1fa9: "\u1f69\u0399", 0x1faa: "\u1f6a\u0399", 0x1fab: "\u1f6b\u0399", 0x1fac: "\u1f6c\u0399",
	0x1fad: "\u1f6d\u0399", 0x1fae: "\u1f6e\u0399", 0x1faf: "\u1f6f\u0399", 0x1fb2: "\u1fba\u0399",
	0x1fb3: "\u0391\u0399", 0x1fb4: "\u0386\u0399", 0x1fb6: "\u0391\u0342", 0x1fb7: "\u0391\u0342\u0399",
	0x1fbc: "\u0391\u0399", 0x1fc2: "\u1fca\u0399", 0x1fc3: "\u0397\u0399", 0x1fc4: "\u0389\u0399",
	0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0399", 0x1fcc: "\u0397\u0399", 0x1fd2: "\u0399\u0308\u0300",
	0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342", 0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300",
	0x1fe3: "\u03a5\u0308\u0301", 0x1fe4: "\u03a1\u0313", 0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0399", 0x1ff3: "\u03a9\u0399", 0x1ff4: "\u038f\u0399", 0x1ff6: "\u03a9\u0342",
	0x1ff7: "\u03a9\u0342\u0399", 0x1ffc: "\u03a9\u0399", 0xfb00: "\u0046\u0046", 0xfb01: "\u0046\u0049",
	0xfb02: "\u0046\u004c", 0xfb03: "\u0046\u0046\u0049", 0xfb04: "\u0046\u0046\u004c", 0xfb05: "\u0053\u0054",
	0xfb06: "\u0053\u0054", 0xfb13: "\u0544\u0546", 0xfb14: "\u0544\u0535", 0xfb15: "\u0544\u053b",
	0xfb16: "\u054e\u0546", 0xfb17: "\u0544\u053d",
}
var specialLower = map[rune]string{
	0x130: "\u0069\u0307",
}
var specialTitle = map[rune]string{
	0xdf: "\u0053\u0073", 0x149: "\u02bc\u004e", 0x1f0: "\u004a\u030c", 0x390: "\u0399\u0308\u0301",
	0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0582", 0x1e96: "\u0048\u0331", 0x1e97: "\u0054\u0308",
	0x1e98: "\u0057\u030a", 0x1e99: "\u0059\u030a", 0x1e9a: "\u0041\u02be", 0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301", 0x1f56: "\u03a5\u0313\u0342", 0x1fb2: "\u1fba\u0345",
	0x1fb4: "\u0386\u0345", 0x1fb6: "\u0391\u0342", 0x1fb7: "\u0391\u0342\u0345", 0x1fc2: "\u1fca\u0345",
	0x1fc4: "\u0389\u0345", 0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0345", 0x1fd2: "\u0399\u0308\u0300",
	0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342", 0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300",
	0x1fe3: "\u03a5\u0308\u0301", 0x1fe4: "\u03a1\u0313", 0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0345", 0x1ff4: "\u038f\u0345", 0x1ff6: "\u03a9\u0342", 0x1ff7: "\u03a9\u0342\u0345",
	0xfb00: "\u0046\u0066", 0xfb01: "\u0046\u0069", 0xfb02: "\u0046\u006c", 0xfb03: "\u0046\u0066\u0069",
	0xfb04: "\u0046\u0066\u006c", 0xfb05: "\u0053\u0074", 0xfb06: "\u0053\u0074", 0xfb13: "\u0544\u0576",
	0xfb14: "\u0544\u0565", 0xfb15: "\u0544\u056b", 0xfb16: "\u054e\u0576", 0xfb17: "\u0544\u056d",
}
var specialFold = map[rune]string{
	0xb5: "\u03bc", 0xdf: "\u0073\u0073", 0x149: "\u02bc\u006e", 0x17f: "\u0073",
	0x1f0: "\u006a\u030c", 0x345: "\u03b9", 0x390: "\u03b9\u0308\u0301", 0x3b0: "\u03c5\u0308\u0301",
	0x3c2: "\u03c3", 0x3d0: "\u03b2", 0x3d1: "\u03b8", 0x3d5: "\u03c6",
	0x3d6: "\u03c0", 0x3f0: "\u03ba", 0x3f1: "\u03c1", 0x3f5: "\u03b5",
	0x587: "\u0565\u0582", 0x13a0: "\u13a0", 0x13a1: "\u13a1", 0x13a2: "\u13a2",
	0x13a3: "\u13a3", 0x13a4: "\u13a4", 0x13a5: "\u13a5", 0x13a6: "\u13a6",
	0x13a7: "\u13a7", 0x13a8: "\u13a8", 0x13a9: "\u13a9", 0x13aa: "\u13aa",
	0x13ab: "\u13ab", 0x13ac: "\u13ac", 0x13ad: "\u13ad", 0x13ae: "\u13ae",
	0x13af: "\u13af", 0x13b0: "\u13b0", 0x13b1: "\u13b1", 0x13b2: "\u13b2",
	0x13b3: "\u13b3", 0x13b4: "\u13b4", 0x13b5: "\u13b5", 0x13b6: "\u13b6",
	0x13b7: "\u13b7", 0x13b8: "\u13b8", 0x13b9: "\u13b9", 0x13ba: "\u13ba",
	0x13bb: "\u13bb", 0x13bc: "\u13bc", 0x13bd: "\u13bd", 0x13be: "\u13be",
	0x13bf: "\u13bf", 0x13c0: "\u13c0", 0x13c1: "\u13c1", 0x13c2: "\u13c2",
	0x13c3: "\u13c3", 0x13c4: "\u13c4", 0x13c5: "\u13c5", 0x13c6: "\u13c6",
	0x13c7: "\u13c7", 0x13c8: "\u13c8", 0x13c9: "\u13c9", 0x13ca: "\u13ca",
	0x13cb: "\u13cb", 0x13cc: "\u13cc", 0x13cd: "\u13cd", 0x13ce: "\u13ce",
	0x13cf: "\u13cf", 0x13d0: "\u13d0", 0x13d1: "\u13d1", 0x13d2: "\u13d2",
	0x13d3: "\u13d3", 0x13d4: "\u13d4", 0x13d5: "\u13d5", 0x13d6: "\u13d6",
	0x13d7: "\u13d7", 0x13d8: "\u13d8", 0x13d9: "\u13d9", 0x13da: "\u13da",
	0x13db: "\u13db", 0x13dc: "\u13dc", 0x13dd: "\u13dd", 0x13de: "\u13de",
	0x13df: "\u13df", 0x13e0: "\u13e0", 0x13e1: "\u13e1", 0x13e2: "\u13e2",
	0x13e3: "\u13e3", 0x13e4: "\u13e4", 0x13e5: "\u13e5", 0x13e6: "\u13e6",
	0x13e7: "\u13e7", 0x13e8: "\u13e8", 0x13e9: "\u13e9", 0x13ea: "\u13ea",
	0x13eb: "\u13eb", 0x13ec: "\u13ec", 0x13ed: "\u13ed", 0x13ee: "\u13ee",
	0x13ef: "\u13ef", 0x13f0: "\u13f0", 0x13f1: "\u13f1", 0x13f2: "\u13f2",
	0x13f3: "\u13f3", 0x13f4: "\u13f4", 0x13f5: "\u13f5", 0x13f8: "\u13f0",
	0x13f9: "\u13f1", 0x13fa: "\u13f2", 0x13fb: "\u13f3", 0x13fc: "\u13f4",
	0x13fd: "\u13f5", 0x1c80: "\u0432", 0x1c81: "\u0434", 0x1c82: "\u043e",
	0x1c83: "\u0441", 0x1c84: "\u0442", 0x1c85: "\u0442", 0x1c86: "\u044a",
	0x1c87: "\u0463", 0x1c88: "\ua64b", 0x1e96: "\u0068\u0331", 0x1e97: "\u0074\u0308",
	0x1e98: "\u0077\u030a", 0x1e99: "\u0079\u030a", 0x1e9a: "\u0061\u02be", 0x1e9b: "\u1e61",
	0x1e9e: "\u0073\u0073", 0x1f50: "\u03c5\u0313", 0x1f52: "\u03c5\u0313\u0300", 0x1f54: "\u03c5\u0313\u0301",
	0x1f56: "\u03c5\u0313\u0342", 0x1f80: "\u1f00\u03b9", 0x1f81: "\u1f01\u03b9", 0x1f82: "\u1f02\u03b9",
	0x1f83: "\u1f03\u03b9", 0x1f84: "\u1f04\u03b9", 0x1f85: "\u1f05\u03b9", 0x1f86: "\u1f06\u03b9",
	0x1f87: "\u1f07\u03b9", 0x1f88: "\u1f00\u03b9", 0x1f89: "\u1f01\u03b9", 0x1f8a: "\u1f02\u03b9",
	0x1f8b: "\u1f03\u03b9", 0x1f8c: "\u1f04\u03b9", 0x1f8d: "\u1f05\u03b9", 0x1f8e: "\u1f06\u03b9",
	0x1f8f: "\u1f07\u03b9", 0x1f90: "\u1f20\u03b9", 0x1f91: "\u1f21\u03b9", 0x1f92: "\u1f22\u03b9",
	0x1f93: "\u1f23\u03b9", 0x1f94: "\u1f24\u03b9", 0x1f95: "\u1f25\u03b9", 0x1f96: "\u1f26\u03b9",
	0x1f97: "\u1f27\u03b9", 0x1f98: "\u1f20\u03b9", 0x1f99: "\u1f21\u03b9", 0x1f9a: "\u1f22\u03b9",
	0x1f9b: "\u1f23\u03b9", 0x1f9c: "\u1f24\u03b9", 0x1f9d: "\u1f25\u03b9", 0x1f9e: "\u1f26\u03b9",
	0x1f9f: "\u1f27\u03b9", 0x1fa0: "\u1f60\u03b9", 0x1fa1: "\u1f61\u03b9", 0x1fa2: "\u1f62\u03b9",
	0x1fa3: "\u1f63\u03b9", 0x1fa4: "\u1f64\u03b9", 0x1fa5: "\u1f65\u03b9", 0x1fa6: "\u1f66\u03b9",
	0x1fa7: "\u1f67\u03b9", 0x1fa8: "\u1f60\u03b9", 0x1fa9: "\u1f61\u03b9", 0x1faa: "\u1f62\u03b9",
	0x1fab: "\u1f63\u03b9", 0x1fac: "\u1f64\u03b9", 0x1fad: "\u1f65\u03b9", 0x1fae: "\u1f66\u03b9",
	0x1faf: "\u1f67\u03b9", 0x1fb2: "\u1f70\u03b9", 0x1fb3: "\u03b1\u03b9", 0x1fb4: "\u03ac\u03b9",
	0x1fb6: "\u03b1\u0342", 0x1fb7: "\u03b1\u0342\u03b9", 0x1fbc: "\u03b1\u03b9", 0x1fbe: "\u03b9",
	0x1fc2: "\u1f74\u03b9", 0x1fc3: "\u03b7\u03b9", 0x1fc4: "\u03ae\u03b9", 0x1fc6: "\u03b7\u0342",
	0x1fc7: "\u03b7\u0342\u03b9", 0x1fcc: "\u03b7\u03b9", 0x1fd2: "\u03b9\u0308\u0300", 0x1fd3: "\u03b9\u0308\u0301",
	0x1fd6: "\u03b9\u0342", 0x1fd7: "\u03b9\u0308\u0342", 0x1fe2: "\u03c5\u0308\u0300", 0x1fe3: "\u03c5\u0308\u0301",
	0x1fe4: "\u03c1\u0313", 0x1fe6: "\u03c5\u0342", 0x1fe7: "\u03c5\u0308\u0342", 0x1ff2: "\u1f7c\u03b9",
	0x1ff3: "\u03c9\u03b9", 0x1ff4: "\u03ce\u03b9", 0x1ff6: "\u03c9\u0342", 0x1ff7: "\u03c9\u0342\u03b9",
	0x1ffc: "\u03c9\u03b9", 0xab70: "\u13a0", 0xab71: "\u13a1", 0xab72: "\u13a2",
	0xab73: "\u13a3", 0xab74: "\u13a4", 0xab75: "\u13a5", 0xab76: "\u13a6",
	0xab77: "\u13a7", 0xab78: "\u13a8", 0xab79: "\u13a9", 0xab7a: "\u13aa",
	0xab7b: "\u13ab", 0xab7c: "\u13ac", 0xab7d: "\u13ad", 0xab7e: "\u13ae",
	0xab7f: "\u13af", 0xab80: "\u13b0", 0xab81: "\u13b1", 0xab82: "\u13b2",
	0xab83: "\u13b3", 0xab84: "\u13b4", 0xab85: "\u13b5", 0xab86: "\u13b6",
	0xab87: "\u13b7", 0xab88: "\u13b8", 0xab89: "\u13b9", 0xab8a: "\u13ba",
	0xab8b: "\u13bb", 0xab8c: "\u13bc", 0xab8d: "\u13bd", 0xab8e: "\u13be",
	0xab8f: "\u13bf", 0xab90: "\u13c0", 0xab91: "\u13c1", 0xab92: "\u13c2",
	0xab93: "\u13c3", 0xab94: "\u13c4", 0xab95: "\u13c5", 0xab96: "\u13c6",
	0xab97: "\u13c7", 0xab98: "\u13c8", 0xab99: "\u13c9", 0xab9a: "\u13ca",
	0xab9b: "\u13cb", 0xab9c: "\u13cc", 0xab9d: "\u13cd", 0xab9e: "\u13ce",
	0xab9f: "\u13cf", 0xaba0: "\u13d0", 0xaba1: "\u13d1", 0xaba2: "\u13d2",
	0xaba3: "\u13d3", 0xaba4: "\u13d4", 0xaba5: "\u13d5", 0xaba6: "\u13d6",
	0xaba7: "\u13d7", 0xaba8: "\u13d8", 0xaba9: "\u13d9", 0xabaa: "\u13da",
	0xabab: "\u13db", 0xabac: "\u13dc", 0xabad: "\u13dd", 0xabae: "\u13de",
	0xabaf: "\u13df", 0xabb0: "\u13e0", 0xabb1: "\u13e1", 0xabb2: "\u13e2",
	0xabb3: "\u13e3", 0xabb4: "\u13e4", 0xabb5: "\u13e5", 0xabb6: "\u13e6",
	0xabb7: "\u13e7", 0xabb8: "\u13e8", 0xabb9: "\u13e9", 0xabba: "\u13ea",
	0xabbb: "\u13eb", 0xabbc: "\u13ec", 0xabbd: "\u13ed", 0xabbe: "\u13ee",
	0xabbf: "\u13ef", 0xfb00: "\u0066\u0066", 0xfb01: "\u0066\u0069", 0xfb02: "\u0066\u006c",
	0xfb03: "\u0066\u0066\u0069", 0xfb04: "\u0066\u0066\u006c", 0xfb05: "\u0073\u0074", 0xfb06: "\u0073\u0074",
	0xfb13: "\u0574\u0576", 0xfb14: "\u0574\u0565", 0xfb15: "\u0574\u056b", 0xfb16: "\u057e\u0576",
	0xfb17: "\u0574\u056d",
}
var unassigned14 = [][2]rune{
	{0xcf3, 0xcf3}, {0xece, 0xece}, {0x10efd, 0x10eff}, {0x1123f, 0x11241}, {0x11b00, 0x11b09}, {0x11f00, 0x11f10},
	{0x11f12, 0x11f3a}, {0x11f3e, 0x11f59}, {0x1342f, 0x1342f}, {0x13440, 0x13455}, {0x1b132, 0x1b132}, {0x1b155, 0x1b155},
	{0x1d2c0, 0x1d2d3}, {0x1df25, 0x1df2a}, {0x1e030, 0x1e06d}, {0x1e08f, 0x1e08f}, {0x1e4d0, 0x1e4f9}, {0x1f6dc, 0x1f6dc},
	{0x1f774, 0x1f776}, {0x1f77b, 0x1f77f}, {0x1f7d9, 0x1f7d9}, {0x1fa75, 0x1fa77}, {0x1fa87, 0x1fa88}, {0x1faad, 0x1faaf},
	{0x1fabb, 0x1fabd}, {0x1fabf, 0x1fabf}, {0x1face, 0x1facf}, {0x1fada, 0x1fadb}, {0x1fae8, 0x1fae8}, {0x1faf7, 0x1faf8},
	{0x2b739, 0x2b739}, {0x31350, 0x323af},
}
var digitExtra = [][2]rune{
	{0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x19da, 0x19da}, {0x2070, 0x2070}, {0x2074, 0x2079},
	{0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490}, {0x24ea, 0x24ea}, {0x24f5, 0x24fd},
	{0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788}, {0x278a, 0x2792}, {0x10a40, 0x10a43}, {0x10e60, 0x10e68},
	{0x11052, 0x1105a}, {0x1f100, 0x1f10a},
}
var numericExtra = [][2]rune{
	{0x3405, 0x3405}, {0x3483, 0x3483}, {0x382a, 0x382a}, {0x3b4d, 0x3b4d}, {0x4e00, 0x4e00}, {0x4e03, 0x4e03},
	{0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c}, {0x4e94, 0x4e94}, {0x4e96, 0x4e96},
	{0x4ebf, 0x4ec0}, {0x4edf, 0x4edf}, {0x4ee8, 0x4ee8}, {0x4f0d, 0x4f0d}, {0x4f70, 0x4f70}, {0x5104, 0x5104},
	{0x5146, 0x5146}, {0x5169, 0x5169}, {0x516b, 0x516b}, {0x516d, 0x516d}, {0x5341, 0x5341}, {0x5343, 0x5345},
	{0x534c, 0x534c}, {0x53c1, 0x53c4}, {0x56db, 0x56db}, {0x58f1, 0x58f1}, {0x58f9, 0x58f9}, {0x5e7a, 0x5e7a},
	{0x5efe, 0x5eff}, {0x5f0c, 0x5f0e}, {0x5f10, 0x5f10}, {0x62fe, 0x62fe}, {0x634c, 0x634c}, {0x67d2, 0x67d2},
	{0x6f06, 0x6f06}, {0x7396, 0x7396}, {0x767e, 0x767e}, {0x8086, 0x8086}, {0x842c, 0x842c}, {0x8cae, 0x8cae},
	{0x8cb3, 0x8cb3}, {0x8d30, 0x8d30}, {0x9621, 0x9621}, {0x9646, 0x9646}, {0x964c, 0x964c}, {0x9678, 0x9678},
	{0x96f6, 0x96f6}, {0xf96b, 0xf96b}, {0xf973, 0xf973}, {0xf978, 0xf978}, {0xf9b2, 0xf9b2}, {0xf9d1, 0xf9d1},
	{0xf9d3, 0xf9d3}, {0xf9fd, 0xf9fd}, {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200e2, 0x200e2}, {0x20121, 0x20121},
	{0x2092a, 0x2092a}, {0x20983, 0x20983}, {0x2098c, 0x2098c}, {0x2099c, 0x2099c}, {0x20aea, 0x20aea}, {0x20afd, 0x20afd},
	{0x20b19, 0x20b19}, {0x22390, 0x22390}, {0x22998, 0x22998}, {0x23b1b, 0x23b1b}, {0x2626d, 0x2626d}, {0x2f890, 0x2f890},
}
