package parser

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
)

// SyntaxError is a program that cannot be parsed. Its fields mirror
// CPython's SyntaxError so that Format can print what CPython prints.
type SyntaxError struct {
	Filename string
	Line     int    // 1-based line of the error
	Col      int    // 1-based column of the first caret; 0 draws none
	EndCol   int    // 1-based column after the last caret; 0 or -1 draw one caret
	Text     string // the source line, without its newline; Format omits it when empty and unknown
	Msg      string // e.g. "invalid syntax" or "expected ':'"
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	// Incomplete is set when the input ended too early (an unclosed
	// bracket, an unterminated triple-quoted string, a trailing backslash,
	// a block header with no body): a REPL should read more lines.
	Incomplete bool

	at       errorPlace // how to place the error when the input ended
	textSet  bool       // Text is known and final (it may be empty, or not the source line)
	atLexErr bool       // the parser stopped at the lexer's error token
	keep     bool       // a lexing error later in the file does not replace this one
	tokLine  int        // line of the furthest token the parser had looked at
	soft     bool       // a plain grammar failure, which backtracking rules may swallow
}

// errorPlace says how an error found at the end of the input is placed:
// CPython points generic errors at column 0 of the last line and specific
// ones just past its end.
type errorPlace int

const (
	placeToken    errorPlace = iota // Line and Col are set
	placeEOF                        // just past the end of the last line
	placeEOFStart                   // column 0 of the last line
)

// Error returns "Kind: Msg (file, line N)".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Kind, e.Msg, e.Filename, e.Line)
}

// Format renders the error as CPython 3.11 prints it, each line ending in a
// newline:
//
//	  File "x.aio", line 3
//	    if x = 1:
//	       ^^^^^
//	SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
func (e *SyntaxError) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text == "" && !e.textSet {
		// No source line is known (CPython's text is None).
		fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
		return b.String()
	}
	rtext := []rune(strings.TrimRight(e.Text, "\n"))
	ltext := []rune(strings.TrimLeft(string(rtext), " \n\f"))
	spaces := len(rtext) - len(ltext)
	b.WriteString("    " + string(ltext) + "\n")
	offset, end := e.Col, e.EndCol
	if end == 0 {
		end = offset
	}
	if offset == end || end == -1 {
		end = offset + 1
	}
	colno, endColno := offset-1-spaces, end-1-spaces
	if colno >= 0 {
		b.WriteString("    ")
		for i := 0; i < colno && i < len(ltext); i++ {
			if unicode.IsSpace(ltext[i]) {
				b.WriteRune(ltext[i])
			} else {
				b.WriteByte(' ')
			}
		}
		if n := endColno - colno; n > 0 {
			b.WriteString(strings.Repeat("^", n))
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

// NewSyntaxError returns a SyntaxError found after parsing, by the
// compiler for instance, with its source line taken from src so that Format
// can show it. col and endCol are 1-based as in SyntaxError; endCol may be
// 0 for a single caret.
func NewSyntaxError(filename, src string, line, col, endCol int, msg string) *SyntaxError {
	return &SyntaxError{Filename: filename, Line: line, Col: col, EndCol: endCol, Msg: msg, Kind: "SyntaxError",
		Text: lineText(src, line), textSet: true}
}

// IsIncomplete reports whether err is a SyntaxError caused by input that
// ended too early, so that a REPL should ask for more lines.
func IsIncomplete(err error) bool {
	var se *SyntaxError
	return errors.As(err, &se) && se.Incomplete
}

// syntaxError fails the parse with msg at the current token. A plain
// "invalid syntax" at an INDENT is an unexpected indent, as in CPython.
func (p *parser) syntaxError(msg string) {
	if p.tok.Type == lexer.Indent && msg == "invalid syntax" {
		p.errorAtToken(p.tok, "unexpected indent", "IndentationError")
	}
	if p.tok == p.lookedPast && msg == "invalid syntax" {
		p.errorAtToken(p.peek(), msg, "SyntaxError")
	}
	p.errorAtToken(p.tok, msg, "SyntaxError")
}

// errorAtToken fails the parse at token t, placing the error as CPython
// places errors reported at a token.
func (p *parser) errorAtToken(t *lexer.Token, msg, kind string) {
	e := &SyntaxError{Msg: msg, Kind: kind, Line: t.Pos.Line, Col: t.Pos.Column}
	switch {
	case t.Type == lexer.EOF || t.Type == lexer.Dedent && p.atEnd():
		e.Incomplete = true
		e.EndCol = -1
		e.at = placeEOF
		if msg == "invalid syntax" {
			e.at = placeEOFStart
		}
	case t.Type == lexer.Dedent:
		e.Col, e.EndCol = 0, -1
	case t.Type == lexer.Indent:
		// CPython reports an unexpected indent without looking for
		// lexing errors further on.
		e.Col, e.EndCol = t.Pos.Column-1, -1
		e.keep = true
	case t.Type == lexer.Newline:
		e.EndCol = tokenEnd(t).col + 1
	default:
		end := tokenEnd(t)
		e.EndCol = end.col + 1
	}
	p.raise(e)
}

// errorRange fails the parse with msg spanning from start to end.
func (p *parser) errorRange(start, end position, msg string) {
	p.raise(&SyntaxError{Msg: msg, Kind: "SyntaxError", Line: start.line, Col: start.col + 1, EndCol: end.col + 1})
}

// errorAtNode fails the parse with msg spanning node n.
func (p *parser) errorAtNode(n ast.Node, msg string) {
	s := n.Span()
	p.errorRange(position{s.Line, s.Col}, position{s.EndLine, s.EndCol}, msg)
}

// raise fails the parse with e, adjusted when inside an f-string field.
func (p *parser) raise(e *SyntaxError) {
	e.tokLine = p.tok.Pos.Line
	if p.tok.Type == lexer.ErrorToken {
		// CPython's tokenizer reports its error as soon as the parser
		// looks at the token, before any rule can fail.
		e.atLexErr = true
	}
	e.soft = !e.atLexErr && (p.noHints || e.Msg == "invalid syntax" || e.Msg == "unexpected indent")
	if p.fstring != nil {
		p.fstring.adjust(e)
	}
	panic(e)
}

// atEnd reports whether only DEDENT tokens remain before the end of input.
func (p *parser) atEnd() bool {
	cp := p.lex.MakeCheckpoint()
	defer p.lex.LoadCheckpoint(cp)
	for {
		t := p.lex.Peek()
		switch t.Type {
		case lexer.EOF:
			return t.Value != chunkEnd
		case lexer.Dedent:
			p.lex.Next()
		default:
			return false
		}
	}
}

// finishError turns what the parse returned into the SyntaxError to report.
func finishError(err error, lexErr *lexer.Error, filename, src string) *SyntaxError {
	var se *SyntaxError
	if !errors.As(err, &se) {
		se = internalError(filename, src, err)
	}
	if lexErr != nil && lexerErrorWins(se, lexErr) {
		se = &SyntaxError{
			Line:       lexErr.Pos.Line,
			Col:        lexErr.Pos.Column,
			EndCol:     lexErr.EndCol,
			Msg:        lexErr.Msg,
			Kind:       lexErr.Kind,
			Incomplete: lexErr.Incomplete,
		}
	}
	se.Filename = filename
	if se.at != placeToken {
		last, text := lastLine(src)
		se.Line = last
		se.Col = 0
		if se.at == placeEOF {
			se.Col = len([]rune(text)) + 1
		}
		se.at = placeToken
	}
	if !se.textSet {
		se.Text = lineText(src, se.Line)
		se.textSet = true
	}
	return se
}

// lexerErrorWins decides between a parser error and a lexing error found
// later in the file, as CPython does: it scans the rest of the file after a
// parser error and reports what its tokenizer raises there, except for the
// errors its parser only reports on reaching them; an unclosed bracket wins
// only when the parser had looked past the bracket's line.
func lexerErrorWins(se *SyntaxError, lexErr *lexer.Error) bool {
	switch {
	case se.atLexErr:
		return true
	case se.keep || lexErr.Deferred:
		return false
	case lexErr.Unclosed:
		return se.tokLine > lexErr.Pos.Line
	}
	return true
}

// lineText returns line n (1-based) of src without its newline.
func lineText(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r")
}

// lastLine returns the number and text of the last line of src, counting a
// final newline as ending the last line rather than starting another.
func lastLine(src string) (int, string) {
	n := strings.Count(src, "\n")
	if !strings.HasSuffix(src, "\n") || src == "" {
		n++
	}
	return n, lineText(src, n)
}
