package lexer

import "fmt"

// scanNumber scans a numeric literal with CPython's rules and error
// messages: decimal, 0x, 0o and 0b integers with underscores between digits,
// floats with fractions and exponents, and imaginary numbers ending in j.
func (l *Lexer) scanNumber() (Token, *Error) {
	n := numberScanner{src: l.src, i: l.off}
	end, err := n.scan()
	if err != nil {
		if err.known {
			e := l.errorAt(l.off, err.msg)
			e.EndCol = e.Pos.Column + err.width
			return Token{}, e
		}
		return Token{}, l.errorCur(err.cur, err.msg)
	}
	start := l.off
	l.off = end
	return l.token(Number, start, end), nil
}

// numberScanner walks a numeric literal. c() is the byte at i, 0 past the
// end, mirroring the character-at-a-time style of CPython's tokenizer so
// that errors land in the same columns.
type numberScanner struct {
	src string
	i   int
}

// numberError is a malformed literal. cur is the offset just past the
// character CPython blames; known errors instead span width characters from
// the start of the literal.
type numberError struct {
	msg   string
	cur   int
	known bool
	width int
}

func (n *numberScanner) c() byte {
	if n.i < len(n.src) {
		return n.src[n.i]
	}
	return 0
}

func (n *numberScanner) fail(msg string) *numberError {
	return &numberError{msg: msg, cur: n.i}
}

// scan returns the end offset of the literal.
func (n *numberScanner) scan() (int, *numberError) {
	start := n.i
	if n.c() == '0' {
		n.i++
		switch n.c() {
		case 'x', 'X':
			n.i++
			return n.radix("hexadecimal", isHexDigit, nil)
		case 'o', 'O':
			n.i++
			return n.radix("octal", func(c byte) bool { return c >= '0' && c <= '7' }, isDigit)
		case 'b', 'B':
			n.i++
			return n.radix("binary", func(c byte) bool { return c == '0' || c == '1' }, isDigit)
		}
		return n.zeros(start)
	}
	if n.c() == '.' {
		n.i++
		return n.fraction()
	}
	if err := n.decimalTail(); err != nil {
		return 0, err
	}
	return n.afterInteger()
}

// radix scans the digits of a 0x, 0o or 0b literal after its prefix. A
// decimal digit outside the radix is reported as an invalid digit when
// wrongDigit accepts it.
func (n *numberScanner) radix(kind string, ok, wrongDigit func(byte) bool) (int, *numberError) {
	for {
		if n.c() == '_' {
			n.i++
		}
		if !ok(n.c()) {
			if wrongDigit != nil && wrongDigit(n.c()) {
				n.i++
				return 0, n.fail(fmt.Sprintf("invalid digit '%c' in %s literal", n.src[n.i-1], kind))
			}
			return 0, n.fail(fmt.Sprintf("invalid %s literal", kind))
		}
		for ok(n.c()) {
			n.i++
		}
		if n.c() != '_' {
			break
		}
	}
	if wrongDigit != nil && wrongDigit(n.c()) {
		n.i++
		return 0, n.fail(fmt.Sprintf("invalid digit '%c' in %s literal", n.src[n.i-1], kind))
	}
	return n.end(kind)
}

// zeros scans a literal that starts with 0 and has no radix prefix: only
// zeros may follow unless it is a float or imaginary number.
func (n *numberScanner) zeros(start int) (int, *numberError) {
	for {
		if n.c() == '_' {
			n.i++
			if !isDigit(n.c()) {
				return 0, n.fail("invalid decimal literal")
			}
		}
		if n.c() != '0' {
			break
		}
		n.i++
	}
	zerosEnd := n.i + 1
	nonzero := false
	if isDigit(n.c()) {
		nonzero = true
		if err := n.decimalTail(); err != nil {
			return 0, err
		}
	}
	switch n.c() {
	case '.', 'e', 'E', 'j', 'J':
		return n.afterInteger()
	}
	if nonzero {
		return 0, &numberError{
			msg:   "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
			known: true,
			width: zerosEnd - start - 1,
		}
	}
	return n.end("decimal")
}

// afterInteger scans what may follow the integer part of a decimal literal.
func (n *numberScanner) afterInteger() (int, *numberError) {
	if n.c() == '.' {
		n.i++
		return n.fraction()
	}
	return n.exponent()
}

// fraction scans the digits after a decimal point and what follows them.
func (n *numberScanner) fraction() (int, *numberError) {
	if isDigit(n.c()) {
		if err := n.decimalTail(); err != nil {
			return 0, err
		}
	}
	return n.exponent()
}

// exponent scans an optional exponent and imaginary suffix.
func (n *numberScanner) exponent() (int, *numberError) {
	if c := n.c(); c == 'e' || c == 'E' {
		e := n.i
		n.i++
		if c := n.c(); c == '+' || c == '-' {
			n.i++
			if !isDigit(n.c()) {
				return 0, n.fail("invalid decimal literal")
			}
		} else if !isDigit(n.c()) {
			// "1e" followed by a keyword such as else is 1 then the keyword.
			n.i = e
			if n.followedByKeyword() {
				return n.i, nil
			}
			n.i = e + 1
			return 0, &numberError{msg: "invalid decimal literal", cur: e}
		}
		if err := n.decimalTail(); err != nil {
			return 0, err
		}
	}
	if c := n.c(); c == 'j' || c == 'J' {
		n.i++
		return n.end("imaginary")
	}
	return n.end("decimal")
}

// decimalTail scans digits with single underscores between them.
func (n *numberScanner) decimalTail() *numberError {
	for {
		for isDigit(n.c()) {
			n.i++
		}
		if n.c() != '_' {
			return nil
		}
		n.i++
		if !isDigit(n.c()) {
			return n.fail("invalid decimal literal")
		}
	}
}

// end checks that the literal is not run together with a name: 1abc is an
// error, though 1if and 1or are accepted as CPython 3.11 accepts them.
func (n *numberScanner) end(kind string) (int, *numberError) {
	if n.i < len(n.src) && isIdentChar(n.src[n.i]) && !n.followedByKeyword() {
		return 0, n.fail(fmt.Sprintf("invalid %s literal", kind))
	}
	return n.i, nil
}

// followedByKeyword reports whether one of the keywords that may follow a
// number directly (and, else, for, if, in, is, not, or) starts at i.
func (n *numberScanner) followedByKeyword() bool {
	rest := n.src[n.i:]
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && rest[:len(kw)] == kw {
			return true
		}
	}
	return false
}

func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
