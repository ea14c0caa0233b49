package lexer

import (
	"fmt"
	"strings"
)

// scanString scans a string literal whose prefix (possibly empty) starts at
// start and whose opening quote is at l.off after the prefix. The token's
// Value is the whole literal, prefix and quotes included. As in CPython
// 3.11, an f-string is scanned like any other string: its replacement fields
// are split out later by SplitFString.
func (l *Lexer) scanString(start int) (Token, *Error) {
	q := start
	for l.src[q] != '"' && l.src[q] != '\'' {
		q++
	}
	startPos := l.pos(start)
	quote := l.src[q]
	size := 1
	if q+2 < len(l.src) && l.src[q+1] == quote && l.src[q+2] == quote {
		size = 3
	}
	i := q + size
	for {
		if i >= len(l.src) || size == 1 && l.src[i] == '\n' {
			l.off = i
			return Token{}, l.unterminated(startPos, size)
		}
		c := l.src[i]
		switch {
		case c == quote:
			if size == 1 {
				i++
				l.off = i
				return Token{Type: String, Value: l.src[start:i], Pos: startPos}, nil
			}
			if i+2 < len(l.src) && l.src[i+1] == quote && l.src[i+2] == quote {
				i += 3
				l.off = i
				return Token{Type: String, Value: l.src[start:i], Pos: startPos}, nil
			}
			i++
		case c == '\\':
			i++
			if i < len(l.src) && l.src[i] == '\n' {
				l.newline(i)
			}
			i++
		case c == '\n':
			l.newline(i)
			i++
		default:
			i++
		}
	}
}

// unterminated reports a string that runs past its line or the input. As
// CPython does, it points at the start of the literal and names the line
// where the end was detected.
func (l *Lexer) unterminated(startPos Position, size int) *Error {
	detected := l.line
	if l.off >= len(l.src) && !l.exprMode && strings.HasSuffix(l.src, "\n") {
		detected-- // the input ended after the newline of the last line
	}
	e := &Error{Pos: startPos, EndCol: startPos.Column, Kind: "SyntaxError"}
	if size == 3 {
		e.Msg = fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected)
		e.Incomplete = true
	} else {
		e.Msg = fmt.Sprintf("unterminated string literal (detected at line %d)", detected)
	}
	return e
}

// isStringPrefix reports whether p is a valid string prefix: r, u, b, f and
// the two-letter combinations br, rb, fr and rf, in any case.
func isStringPrefix(p string) bool {
	switch len(p) {
	case 1:
		switch p[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := p[0]|0x20, p[1]|0x20
		return a == 'r' && (b == 'b' || b == 'f') || b == 'r' && (a == 'b' || a == 'f')
	}
	return false
}
