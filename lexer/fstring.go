package lexer

import (
	"fmt"
	"strings"
)

// FStringPart is a piece of an f-string: literal text, or a replacement
// field when Field is not nil.
type FStringPart struct {
	Text  string // decoded literal text
	Field *FStringField
}

// FStringField is one replacement field, {expr!c:spec}.
type FStringField struct {
	Expr       string        // the expression's source text, verbatim
	Offset     int           // byte offset of Expr within the token text
	Parsed     any           // what the compile callback of SplitFString returned for Expr
	Conversion rune          // 0, 's', 'r' or 'a'
	HasSpec    bool          // a ':' format spec is present, possibly empty
	Spec       []FStringPart // the format spec, itself made of text and fields
}

// FStringError is a malformed f-string, worded as CPython 3.11 words it.
type FStringError struct {
	Msg string
}

// Error returns the message.
func (e *FStringError) Error() string { return e.Msg }

// maxFStringNesting bounds the brackets open inside one replacement field.
const maxFStringNesting = 200

// SplitFString splits the text of an f-string token into literal pieces and
// replacement fields, following CPython 3.11: {{ and }} are braces, a field
// may carry a self-documenting =, a !s, !r or !a conversion and a format
// spec that may hold nested fields one level deep. compile is called on each
// field's expression as soon as it is found, so that errors come out in
// CPython's order; its result is stored in FStringField.Parsed. A
// self-documenting field yields a literal piece with the expression text
// before the field.
func SplitFString(text string, compile func(expr string, offset int) (any, error)) ([]FStringPart, error) {
	lit := SplitLiteral(text)
	s := fsplitter{text: text, end: lit.BodyOffset + len(lit.Body), raw: lit.Raw, compile: compile}
	i := lit.BodyOffset
	return s.parse(&i, 0)
}

// fsplitter walks the body of one f-string.
type fsplitter struct {
	text    string
	end     int // offset of the closing quote
	raw     bool
	compile func(expr string, offset int) (any, error)
}

func fstringError(msg string) error { return &FStringError{Msg: msg} }

// parse reads literal text and fields up to the end of the body (level 0)
// or up to the '}' that closes a format spec (level 1 and 2).
func (s *fsplitter) parse(i *int, level int) ([]FStringPart, error) {
	parts := []FStringPart{}
	addText := func(t string) {
		if t == "" {
			return
		}
		if n := len(parts); n > 0 && parts[n-1].Field == nil {
			parts[n-1].Text += t
			return
		}
		parts = append(parts, FStringPart{Text: t})
	}
	for {
		text, doubled, err := s.literal(i, level)
		if err != nil {
			return nil, err
		}
		addText(text)
		if doubled {
			continue
		}
		if *i >= s.end || s.text[*i] == '}' {
			break
		}
		field, debug, err := s.field(i, level)
		if err != nil {
			return nil, err
		}
		addText(debug)
		parts = append(parts, FStringPart{Field: field})
	}
	if level > 0 && (*i >= s.end || s.text[*i] != '}') {
		return nil, fstringError("f-string: expecting '}'")
	}
	return parts, nil
}

// literal reads literal text up to a brace. At level 0 a doubled brace ends
// the piece with one brace kept, and doubled reports it.
func (s *fsplitter) literal(i *int, level int) (text string, doubled bool, err error) {
	start, p := *i, *i
	for p < s.end {
		ch := s.text[p]
		p++
		if !s.raw && ch == '\\' && p < s.end {
			ch = s.text[p]
			p++
			if ch == 'N' {
				// \N{NAME}: the braces belong to the escape.
				if p < s.end {
					p++
					if s.text[p-1] == '{' {
						for p < s.end {
							p++
							if s.text[p-1] == '}' {
								break
							}
						}
					}
				}
				continue
			}
		}
		if ch == '{' || ch == '}' {
			if level == 0 {
				if p < s.end && s.text[p] == ch {
					*i = p + 1
					text, err = s.decode(s.text[start:p])
					return text, true, err
				}
				if ch == '}' {
					*i = p - 1
					return "", false, fstringError("f-string: single '}' is not allowed")
				}
			}
			p--
			break
		}
	}
	*i = p
	text, err = s.decode(s.text[start:p])
	return text, false, err
}

// decode applies escapes to a literal piece unless the string is raw.
func (s *fsplitter) decode(piece string) (string, error) {
	if s.raw {
		return piece, nil
	}
	return Unescape(piece, false)
}

// field reads one replacement field starting at its '{'. debug is the text
// of a self-documenting field's expression and '=', or "".
func (s *fsplitter) field(i *int, level int) (f *FStringField, debug string, err error) {
	if level >= 2 {
		return nil, "", fstringError("f-string: expressions nested too deeply")
	}
	*i++
	exprStart := *i
	if err := s.skipExpr(i); err != nil {
		return nil, "", err
	}
	if *i >= s.end {
		return nil, "", fstringError("f-string: expecting '}'")
	}
	expr := s.text[exprStart:*i]
	if strings.Trim(expr, " \t\n\f") == "" {
		if c := s.text[*i]; c == '!' || c == ':' || c == '=' {
			return nil, "", fstringError(fmt.Sprintf("f-string: expression required before '%c'", c))
		}
		return nil, "", fstringError("f-string: empty expression not allowed")
	}
	f = &FStringField{Expr: expr, Offset: exprStart}
	if s.compile != nil {
		if f.Parsed, err = s.compile(expr, exprStart); err != nil {
			return nil, "", err
		}
	}
	if s.text[*i] == '=' {
		*i++
		for *i < s.end && strings.IndexByte(" \t\n\r\f\v", s.text[*i]) >= 0 {
			*i++
		}
		if *i >= s.end {
			return nil, "", fstringError("f-string: expecting '}'")
		}
		debug = s.text[exprStart:*i]
	}
	if s.text[*i] == '!' {
		*i++
		if *i >= s.end {
			return nil, "", fstringError("f-string: expecting '}'")
		}
		c := s.text[*i]
		*i++
		if c != 's' && c != 'r' && c != 'a' {
			return nil, "", fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		f.Conversion = rune(c)
	}
	if *i < s.end && s.text[*i] == ':' {
		*i++
		if *i >= s.end {
			return nil, "", fstringError("f-string: expecting '}'")
		}
		if f.Spec, err = s.parse(i, level+1); err != nil {
			return nil, "", err
		}
		f.HasSpec = true
	}
	if *i >= s.end || s.text[*i] != '}' {
		return nil, "", fstringError("f-string: expecting '}'")
	}
	*i++
	if debug != "" && !f.HasSpec && f.Conversion == 0 {
		f.Conversion = 'r'
	}
	return f, debug, nil
}

// skipExpr moves *i over a field's expression, stopping at a top-level !,
// :, = or } that is not part of an operator such as != or <=.
func (s *fsplitter) skipExpr(i *int) error {
	var quote byte
	triple := false
	var stack []byte
	for ; *i < s.end; *i++ {
		ch := s.text[*i]
		if ch == '\\' {
			return fstringError("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if !triple {
					quote = 0
				} else if *i+2 < s.end && s.text[*i+1] == ch && s.text[*i+2] == ch {
					*i += 2
					quote = 0
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			triple = *i+2 < s.end && s.text[*i+1] == ch && s.text[*i+2] == ch
			if triple {
				*i += 2
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			if len(stack) >= maxFStringNesting {
				return fstringError("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case ch == '#':
			return fstringError("f-string expression part cannot include '#'")
		case len(stack) == 0 && strings.IndexByte("!:}=<>", ch) >= 0:
			if *i+1 < s.end && s.text[*i+1] == '=' && ch != ':' && ch != '}' {
				*i++ // != == <= >=
				continue
			}
			if ch == '<' || ch == '>' {
				continue
			}
			return s.endOfExpr(quote, stack)
		case ch == ']' || ch == '}' || ch == ')':
			if len(stack) == 0 {
				return fstringError(fmt.Sprintf("f-string: unmatched '%c'", ch))
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if open != partner(ch) {
				return fstringError(fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open))
			}
		}
	}
	return s.endOfExpr(quote, stack)
}

// endOfExpr checks the state in which an expression's text ended.
func (s *fsplitter) endOfExpr(quote byte, stack []byte) error {
	if quote != 0 {
		return fstringError("f-string: unterminated string")
	}
	if len(stack) > 0 {
		return fstringError(fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1]))
	}
	return nil
}
