package lexer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Literal is the source text of a String token taken apart.
type Literal struct {
	Bytes      bool   // b prefix
	Raw        bool   // r prefix: backslashes are kept as written
	Format     bool   // f prefix
	Body       string // the text between the quotes, escapes not yet decoded
	BodyOffset int    // byte offset of Body within the token text
}

// SplitLiteral takes apart the text of a String token: its prefix, quotes
// and body.
func SplitLiteral(text string) Literal {
	var lit Literal
	i := 0
	for i < len(text) && text[i] != '"' && text[i] != '\'' {
		switch text[i] | 0x20 {
		case 'b':
			lit.Bytes = true
		case 'r':
			lit.Raw = true
		case 'f':
			lit.Format = true
		}
		i++
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	lit.BodyOffset = i + q
	if len(text)-q >= lit.BodyOffset {
		lit.Body = text[i+q : len(text)-q]
	}
	return lit
}

// EscapeError is an invalid escape sequence, worded as CPython words it.
type EscapeError struct {
	Msg string
}

// Error returns the message.
func (e *EscapeError) Error() string { return e.Msg }

// Unescape decodes the backslash escapes of a non-raw literal body. For
// bytes, \u, \U and \N are not escapes, and \x and octal escapes give raw
// bytes; the result is then a Go string holding those bytes.
func Unescape(body string, bytes bool) (string, error) {
	i := strings.IndexByte(body, '\\')
	if i < 0 {
		return body, nil
	}
	var b strings.Builder
	b.Grow(len(body))
	b.WriteString(body[:i])
	for i < len(body) {
		c := body[i]
		if c != '\\' {
			j := strings.IndexByte(body[i:], '\\')
			if j < 0 {
				j = len(body) - i
			}
			b.WriteString(body[i : i+j])
			i += j
			continue
		}
		n, err := unescapeOne(&b, body, i, bytes)
		if err != nil {
			return "", err
		}
		i += n
	}
	return b.String(), nil
}

// unescapeOne decodes the escape sequence starting with the backslash at
// body[i] and returns its length.
func unescapeOne(b *strings.Builder, body string, i int, bytes bool) (int, error) {
	if i+1 >= len(body) {
		// Only an f-string literal piece can end in a lone backslash (as in
		// f"\{x}"); CPython keeps it.
		b.WriteByte('\\')
		return 1, nil
	}
	c := body[i+1]
	switch c {
	case '\n':
		return 2, nil
	case '\\', '\'', '"':
		b.WriteByte(c)
		return 2, nil
	case 'a':
		b.WriteByte('\a')
		return 2, nil
	case 'b':
		b.WriteByte('\b')
		return 2, nil
	case 'f':
		b.WriteByte('\f')
		return 2, nil
	case 'n':
		b.WriteByte('\n')
		return 2, nil
	case 'r':
		b.WriteByte('\r')
		return 2, nil
	case 't':
		b.WriteByte('\t')
		return 2, nil
	case 'v':
		b.WriteByte('\v')
		return 2, nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, n := 0, 1
		for n <= 3 && i+n < len(body) && body[i+n] >= '0' && body[i+n] <= '7' {
			v = v*8 + int(body[i+n]-'0')
			n++
		}
		if bytes {
			b.WriteByte(byte(v))
		} else {
			b.WriteRune(rune(v))
		}
		return n, nil
	case 'x':
		v, n, ok := hexDigits(body, i+2, 2)
		if !ok {
			if bytes {
				return 0, &EscapeError{fmt.Sprintf("(value error) invalid \\x escape at position %d", i)}
			}
			return 0, truncated(i, i+1+n, "\\xXX")
		}
		if bytes {
			b.WriteByte(byte(v))
		} else {
			b.WriteRune(rune(v))
		}
		return 4, nil
	}
	if bytes {
		b.WriteByte('\\')
		return 1, nil
	}
	switch c {
	case 'u', 'U':
		width, name := 4, "\\uXXXX"
		if c == 'U' {
			width, name = 8, "\\UXXXXXXXX"
		}
		v, n, ok := hexDigits(body, i+2, width)
		if !ok {
			return 0, truncated(i, i+1+n, name)
		}
		if v > utf8.MaxRune {
			return 0, &EscapeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", i, i+1+width)}
		}
		b.WriteRune(rune(v))
		return 2 + width, nil
	case 'N':
		return unescapeName(b, body, i)
	}
	// An unknown escape keeps its backslash.
	b.WriteByte('\\')
	return 1, nil
}

// hexDigits reads up to width hex digits at body[i:]; ok is false when
// fewer are there, and n counts those read.
func hexDigits(body string, i, width int) (v, n int, ok bool) {
	for n < width && i+n < len(body) && isHexDigit(body[i+n]) {
		c := body[i+n]
		switch {
		case c <= '9':
			v = v*16 + int(c-'0')
		case c >= 'a':
			v = v*16 + int(c-'a'+10)
		default:
			v = v*16 + int(c-'A'+10)
		}
		n++
	}
	return v, n, n == width
}

// truncated reports an escape with too few hex digits.
func truncated(start, end int, name string) error {
	return &EscapeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", start, end, name)}
}

// unescapeName decodes \N{NAME} at body[i].
func unescapeName(b *strings.Builder, body string, i int) (int, error) {
	if i+2 >= len(body) || body[i+2] != '{' {
		return 0, &EscapeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", i, i+1)}
	}
	end := strings.IndexByte(body[i+3:], '}')
	if end < 0 {
		return 0, &EscapeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", i, len(body)-1)}
	}
	name := body[i+3 : i+3+end]
	r, ok := lookupCharName(name)
	if !ok {
		return 0, &EscapeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name", i, i+3+end)}
	}
	b.WriteRune(r)
	return 4 + end, nil
}
