package lexer

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// scanToken scans the name, number, string or operator starting with byte c.
func (l *Lexer) scanToken(c byte) (Token, *Error) {
	switch {
	case isNameStartByte(c):
		return l.scanName()
	case c >= '0' && c <= '9':
		return l.scanNumber()
	case c == '.' && l.off+1 < len(l.src) && isDigit(l.src[l.off+1]):
		return l.scanNumber()
	case c == '"' || c == '\'':
		return l.scanString(l.off)
	case c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(l.src[l.off:])
		if isNameStart(r) {
			return l.scanName()
		}
		return Token{}, l.invalidChar(r)
	}
	return l.scanOp(c)
}

// scanName scans an identifier or keyword, or a string whose prefix it
// turns out to be.
func (l *Lexer) scanName() (Token, *Error) {
	start := l.off
	i := l.off
	for i < len(l.src) {
		c := l.src[i]
		if c < utf8.RuneSelf {
			if !isNameByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(l.src[i:])
		if !isNameContinue(r) {
			break
		}
		i += size
	}
	if i < len(l.src) && (l.src[i] == '"' || l.src[i] == '\'') && isStringPrefix(l.src[start:i]) {
		return l.scanString(start)
	}
	l.off = i
	t := l.token(Name, start, i)
	if keywords[t.Value] {
		t.Type = Keyword
	}
	return t, nil
}

// scanOp scans an operator or delimiter, tracking brackets.
func (l *Lexer) scanOp(c byte) (Token, *Error) {
	start := l.off
	n := opLength(l.src[start:])
	if n == 0 {
		if c < ' ' || c == 0x7f {
			if c == 0 {
				return Token{}, l.errorAt(start, "source code cannot contain null bytes")
			}
			return Token{}, l.errorAt(start, fmt.Sprintf("invalid non-printable character U+%04X", c))
		}
		n = 1 // $, ? and ` become operators that no rule accepts
	}
	switch c {
	case '(', '[', '{':
		if len(l.brackets) >= maxBrackets {
			return Token{}, l.errorAt(start, "too many nested parentheses")
		}
		l.brackets = append(l.brackets, bracket{ch: c, pos: l.pos(start)})
	case ')', ']', '}':
		if err := l.closeBracket(c, start); err != nil {
			return Token{}, err
		}
	}
	l.off = start + n
	return l.token(Op, start, start+n), nil
}

// maxBrackets and maxIndent are CPython's limits on nested brackets and
// indentation levels; they also bound the parser's recursion.
const (
	maxBrackets = 200
	maxIndent   = 100
)

// closeBracket pops the bracket that c closes, or reports the mismatch.
func (l *Lexer) closeBracket(c byte, at int) *Error {
	if len(l.brackets) == 0 {
		return l.errorAt(at, fmt.Sprintf("unmatched '%c'", c))
	}
	open := l.brackets[len(l.brackets)-1]
	if open.ch != partner(c) {
		msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		if open.pos.Line != l.line {
			msg += fmt.Sprintf(" on line %d", open.pos.Line)
		}
		return l.errorAt(at, msg)
	}
	l.brackets = l.brackets[:len(l.brackets)-1]
	return nil
}

// partner returns the opening bracket for a closing one.
func partner(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// opLength returns the length of the operator at the start of s, or 0.
func opLength(s string) int {
	c := s[0]
	var c1, c2 byte
	if len(s) > 1 {
		c1 = s[1]
	}
	if len(s) > 2 {
		c2 = s[2]
	}
	switch c {
	case '(', ')', '[', ']', '{', '}', ',', ';', '~':
		return 1
	case '.':
		if c1 == '.' && c2 == '.' {
			return 3
		}
		return 1
	case '*', '/', '<', '>':
		if c1 == c { // ** // << >>
			if c2 == '=' {
				return 3
			}
			return 2
		}
		if c1 == '=' {
			return 2
		}
		return 1
	case '-':
		if c1 == '=' || c1 == '>' {
			return 2
		}
		return 1
	case '+', '%', '&', '|', '^', '@', '=', '!', ':':
		if c1 == '=' {
			return 2
		}
		return 1
	case '$', '?', '`':
		return 1
	}
	return 0
}

// invalidChar reports a character that cannot start any token.
func (l *Lexer) invalidChar(r rune) *Error {
	if !unicode.IsPrint(r) {
		return l.errorAt(l.off, fmt.Sprintf("invalid non-printable character U+%04X", r))
	}
	return l.errorAt(l.off, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
}

// errorAt returns a SyntaxError pointing at byte offset at on the current
// line.
func (l *Lexer) errorAt(at int, msg string) *Error {
	p := l.pos(at)
	return &Error{Pos: p, EndCol: p.Column, Msg: msg, Kind: "SyntaxError"}
}

// errorCur returns a SyntaxError placed the way CPython's tokenizer places
// errors found while scanning: its 1-based column is the 0-based column of
// cur, the offset just past the offending character.
func (l *Lexer) errorCur(cur int, msg string) *Error {
	p := l.pos(cur)
	p.Column--
	return &Error{Pos: p, EndCol: p.Column, Msg: msg, Kind: "SyntaxError"}
}

// isNameStartByte reports whether ASCII byte c can start an identifier.
func isNameStartByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// isNameByte reports whether ASCII byte c can continue an identifier.
func isNameByte(c byte) bool {
	return isNameStartByte(c) || isDigit(c)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isNameStart approximates Unicode's XID_Start, which Python uses for the
// first character of an identifier.
func isNameStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isNameContinue approximates Unicode's XID_Continue.
func isNameContinue(r rune) bool {
	return isNameStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// isIdentChar reports whether an ASCII byte can be part of an
// identifier; a number may not be followed directly by one. As in CPython,
// a non-ASCII letter after a number is left to the parser.
func isIdentChar(c byte) bool {
	return isNameByte(c)
}

// NormalizeName applies to an identifier the part of Unicode's NFKC
// normalization (which Python applies to every identifier) that matters in
// practice: fullwidth ASCII letters and digits, the micro sign and the long
// s. Go's standard library has no full NFKC tables. ASCII names are
// returned unchanged without allocating.
func NormalizeName(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b []rune
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0 // fullwidth forms of ASCII
		case r == 0xB5:
			r = 0x3BC // micro sign to Greek mu
		case r == 0x17F:
			r = 's' // long s
		}
		b = append(b, r)
	}
	return string(b)
}
