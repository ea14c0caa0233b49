package lexer

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// Definition is the aio lexer as a participle lexer.Definition. The zero
// value is ready to use.
type Definition struct{}

var (
	_ plex.Definition       = Definition{}
	_ plex.StringDefinition = Definition{}
	_ plex.BytesDefinition  = Definition{}
)

// Symbols returns the token types by name, as participle requires.
func (Definition) Symbols() map[string]TokenType {
	out := make(map[string]TokenType, len(symbols))
	for k, v := range symbols {
		out[k] = v
	}
	return out
}

// Lex reads all of r and returns a lexer over it.
func (d Definition) Lex(filename string, r io.Reader) (plex.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return New(filename, string(b)), nil
}

// LexString returns a lexer over src.
func (Definition) LexString(filename string, src string) (plex.Lexer, error) {
	return New(filename, src), nil
}

// LexBytes returns a lexer over src.
func (Definition) LexBytes(filename string, src []byte) (plex.Lexer, error) {
	return New(filename, string(src)), nil
}

// Lexer produces the tokens of one source text. It implements participle's
// lexer.Lexer.
type Lexer struct {
	filename  string
	src       string
	off       int  // byte offset of the next unread byte
	line      int  // 1-based line of off
	lineStart int  // byte offset where the current line starts
	lineASCII bool // the current line holds only ASCII, so columns are byte counts
	colBase   int  // column of lineStart: non-zero only on the first line of an f-string expression
	runeOff   int  // a byte offset on the current line whose column is runeCol
	runeCol   int

	indents     []int // indentation columns, tabs advancing to multiples of 8
	altIndents  []int // the same columns with a tab counted as one space
	brackets    []bracket
	atLineStart bool // the next token is the first on its line
	comment     int  // offset of a comment ending the current line, or -1
	exprMode    bool // lexing an f-string expression: no line structure

	queue []Token // tokens ready to be returned, ahead of scanning
	qhead int

	err         *Error
	deferErrors bool
	done        bool // EOF has been queued or returned
}

// bracket is an open (, [ or { waiting for its closing partner.
type bracket struct {
	ch  byte
	pos Position
}

// New returns a lexer over src. Carriage returns are normalised to newlines
// first, as Python does when it reads source files.
func New(filename, src string) *Lexer {
	if strings.IndexByte(src, '\r') >= 0 {
		src = strings.ReplaceAll(src, "\r\n", "\n")
		src = strings.ReplaceAll(src, "\r", "\n")
	}
	l := &Lexer{
		filename:    filename,
		src:         src,
		line:        1,
		indents:     []int{0},
		altIndents:  []int{0},
		atLineStart: true,
		comment:     -1,
	}
	l.lineASCII = isASCIILine(src, 0)
	return l
}

// NewExpr returns a lexer for an expression embedded in an f-string. text
// is the expression's source, which starts at the given 1-based line and
// column. The lexer yields no INDENT, DEDENT or NEWLINE tokens.
func NewExpr(filename, text string, line, col int) *Lexer {
	l := New(filename, text)
	l.line = line
	l.colBase = col - 1
	l.atLineStart = false
	l.exprMode = true
	return l
}

// DeferErrors makes the lexer report a lexing error as one ErrorToken
// (whose Value is the message) followed by EOF, instead of returning it from
// Next. Err then returns the error. A parser uses this to report syntax
// errors that come before the lexing error in the source, as CPython does.
func (l *Lexer) DeferErrors() { l.deferErrors = true }

// Err returns the lexing error met so far, or nil.
func (l *Lexer) Err() *Error { return l.err }

// Tokenize returns all tokens of src up to and including EOF.
func Tokenize(filename, src string) ([]Token, error) {
	l := New(filename, src)
	var out []Token
	for {
		t, err := l.Next()
		if err != nil {
			return out, err
		}
		out = append(out, t)
		if t.Type == EOF {
			return out, nil
		}
	}
}

// Next returns the next token. After EOF it keeps returning EOF.
func (l *Lexer) Next() (Token, error) {
	if l.qhead < len(l.queue) {
		t := l.queue[l.qhead]
		l.qhead++
		if l.qhead == len(l.queue) {
			l.queue = l.queue[:0]
			l.qhead = 0
		}
		return t, nil
	}
	if l.done || l.err != nil {
		return Token{Type: EOF, Pos: l.pos(len(l.src))}, nil
	}
	t, err := l.scan()
	if err != nil {
		l.err = err
		l.queue = l.queue[:0]
		l.qhead = 0
		if l.deferErrors {
			return Token{Type: ErrorToken, Value: err.Msg, Pos: err.Pos}, nil
		}
		return Token{}, err
	}
	return t, nil
}

// scan finds the next token, handling line structure: indentation at the
// start of a line, comments, blank lines, line joining and the end of input.
func (l *Lexer) scan() (Token, *Error) {
	for {
		if l.atLineStart && len(l.brackets) == 0 {
			t, ok, err := l.indentation()
			if err != nil || ok {
				return t, err
			}
		}
		l.skipSpaces()
		if l.off >= len(l.src) {
			return l.endOfInput()
		}
		c := l.src[l.off]
		switch {
		case c == '#':
			l.comment = l.off
			l.skipComment()
		case c == '\n':
			if len(l.brackets) > 0 {
				l.comment = -1
				l.newline(l.off)
				continue
			}
			return l.newlineToken(), nil
		case c == '\\':
			if err := l.continuation(); err != nil {
				return Token{}, err
			}
		default:
			return l.scanToken(c)
		}
	}
}

// indentation measures the indentation of a new line. It skips blank and
// comment-only lines, and returns an INDENT or the first DEDENT (queueing
// the rest) when the level changes; ok is false when no token results.
func (l *Lexer) indentation() (t Token, ok bool, err *Error) {
	for {
		col, altcol, i := 0, 0, l.off
	measure:
		for i < len(l.src) {
			switch l.src[i] {
			case ' ':
				col++
				altcol++
			case '\t':
				col = (col/8 + 1) * 8
				altcol++
			case '\f':
				col, altcol = 0, 0
			default:
				break measure
			}
			i++
		}
		for i < len(l.src) && l.src[i] == '\\' {
			// A backslash that starts a line joins the next one. The
			// indentation measured so far counts, and a line left empty is
			// blank.
			l.off = i
			if err := l.continuation(); err != nil {
				return Token{}, false, err
			}
			for i = l.off; i < len(l.src) && (l.src[i] == ' ' || l.src[i] == '\t' || l.src[i] == '\f'); i++ {
			}
		}
		if i >= len(l.src) {
			l.off = i
			return Token{}, false, nil // end of input: handled by the caller
		}
		if c := l.src[i]; c == '#' || c == '\n' {
			// A blank line: no NEWLINE and no change of indentation.
			l.off = i
			l.skipComment()
			if l.off < len(l.src) {
				l.newline(l.off)
			}
			continue
		}
		l.off = i
		l.atLineStart = false
		return l.changeIndent(col, altcol)
	}
}

// changeIndent compares a line's indentation with the stack and returns the
// INDENT or DEDENT tokens it implies.
func (l *Lexer) changeIndent(col, altcol int) (Token, bool, *Error) {
	top := len(l.indents) - 1
	pos := l.pos(l.off)
	switch {
	case col == l.indents[top]:
		if altcol != l.altIndents[top] {
			return Token{}, false, l.tabError()
		}
		return Token{}, false, nil
	case col > l.indents[top]:
		if altcol <= l.altIndents[top] {
			return Token{}, false, l.tabError()
		}
		if len(l.indents) >= maxIndent {
			e := l.tabError()
			e.Msg, e.Kind = "too many levels of indentation", "IndentationError"
			return Token{}, false, e
		}
		l.indents = append(l.indents, col)
		l.altIndents = append(l.altIndents, altcol)
		return Token{Type: Indent, Pos: pos}, true, nil
	}
	n := 0
	for top > 0 && col < l.indents[top] {
		top--
		n++
	}
	if col != l.indents[top] {
		end := l.lineEnd()
		return Token{}, false, &Error{
			Pos:      l.pos(end),
			EndCol:   -1,
			Msg:      "unindent does not match any outer indentation level",
			Kind:     "IndentationError",
			Deferred: true,
		}
	}
	if altcol != l.altIndents[top] {
		return Token{}, false, l.tabError()
	}
	l.indents = l.indents[:top+1]
	l.altIndents = l.altIndents[:top+1]
	for i := 1; i < n; i++ {
		l.queue = append(l.queue, Token{Type: Dedent, Pos: pos})
	}
	return Token{Type: Dedent, Pos: pos}, true, nil
}

// tabError reports indentation that depends on the width of a tab.
func (l *Lexer) tabError() *Error {
	p := l.pos(l.lineStart)
	p.Column = 1
	return &Error{Pos: p, Msg: "inconsistent use of tabs and spaces in indentation", Kind: "TabError", Deferred: true}
}

// endOfInput queues the final NEWLINE and DEDENTs and returns the first
// token of the end of input.
func (l *Lexer) endOfInput() (Token, *Error) {
	end := len(l.src)
	if l.exprMode {
		if len(l.brackets) > 0 {
			return Token{}, l.unclosed()
		}
		l.done = true
		return Token{Type: EOF, Pos: l.pos(end)}, nil
	}
	if len(l.brackets) > 0 {
		return Token{}, l.unclosed()
	}
	pos := l.pos(end)
	if !l.atLineStart {
		l.queue = append(l.queue, l.newlineToken())
	}
	for i := 1; i < len(l.indents); i++ {
		l.queue = append(l.queue, Token{Type: Dedent, Pos: pos})
	}
	l.indents = l.indents[:1]
	l.done = true
	if len(l.queue) == 0 {
		return Token{Type: EOF, Pos: pos}, nil
	}
	l.queue = append(l.queue, Token{Type: EOF, Pos: pos})
	t := l.queue[0]
	l.qhead = 1
	return t, nil
}

// newlineToken returns the NEWLINE token ending the current line at l.off
// (a newline character or the end of input) and moves to the next line. As
// in CPython, a comment before the newline belongs to the token: it starts
// the token and its text is part of the Value.
func (l *Lexer) newlineToken() Token {
	start := l.off
	if l.comment >= 0 {
		start = l.comment
		l.comment = -1
	}
	end := l.off
	if end < len(l.src) {
		end++
	}
	t := l.token(Newline, start, end)
	if l.off < len(l.src) {
		l.newline(l.off)
	}
	l.atLineStart = true
	return t
}

// unclosed reports the innermost bracket still open at the end of input.
func (l *Lexer) unclosed() *Error {
	b := l.brackets[len(l.brackets)-1]
	return &Error{
		Pos:        b.pos,
		Msg:        fmt.Sprintf("'%c' was never closed", b.ch),
		Kind:       "SyntaxError",
		Incomplete: true,
		Unclosed:   true,
	}
}

// continuation handles a backslash outside a string: it must end the line,
// which then joins the next one.
func (l *Lexer) continuation() *Error {
	next := l.off + 1
	if next >= len(l.src) || l.src[next] == '\n' && next+1 >= len(l.src) {
		return &Error{Pos: l.pos(next), EndCol: -1, Msg: "unexpected EOF while parsing", Kind: "SyntaxError", Incomplete: true, Deferred: true}
	}
	if l.src[next] == '\n' {
		l.newline(next)
		return nil
	}
	return &Error{Pos: l.pos(next), Msg: "unexpected character after line continuation character", Kind: "SyntaxError", Deferred: true}
}

// skipSpaces skips blanks between tokens.
func (l *Lexer) skipSpaces() {
	for l.off < len(l.src) {
		switch l.src[l.off] {
		case ' ', '\t', '\f':
			l.off++
		default:
			return
		}
	}
}

// skipComment skips a comment up to, not including, the end of the line.
func (l *Lexer) skipComment() {
	if l.off < len(l.src) && l.src[l.off] == '#' {
		if i := strings.IndexByte(l.src[l.off:], '\n'); i >= 0 {
			l.off += i
		} else {
			l.off = len(l.src)
		}
	}
}

// newline records that the byte at offset at is a newline.
func (l *Lexer) newline(at int) {
	l.off = at + 1
	l.line++
	l.lineStart = l.off
	l.colBase = 0
	l.lineASCII = isASCIILine(l.src, l.off)
}

// lineEnd returns the offset of the end of the current line.
func (l *Lexer) lineEnd() int {
	if i := strings.IndexByte(l.src[l.off:], '\n'); i >= 0 {
		return l.off + i
	}
	return len(l.src)
}

// pos returns the position of byte offset off, which must be on the current
// line.
func (l *Lexer) pos(off int) Position {
	col := off - l.lineStart
	if !l.lineASCII {
		col = l.runeColumn(off)
	}
	return Position{Filename: l.filename, Offset: off, Line: l.line, Column: l.colBase + col + 1}
}

// runeColumn counts the code points from the start of the line to off.
// Positions are asked for in increasing order, so it counts on from the
// last answer rather than from the start of the line.
func (l *Lexer) runeColumn(off int) int {
	if l.runeOff < l.lineStart || off < l.runeOff {
		l.runeOff, l.runeCol = l.lineStart, 0
	}
	l.runeCol += utf8.RuneCountInString(l.src[l.runeOff:off])
	l.runeOff = off
	return l.runeCol
}

// token makes a token of type typ from the source between start and end,
// both on the current line.
func (l *Lexer) token(typ TokenType, start, end int) Token {
	return Token{Type: typ, Value: l.src[start:end], Pos: l.pos(start)}
}

// isASCIILine reports whether the line starting at off has only ASCII bytes.
func isASCIILine(src string, off int) bool {
	for i := off; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			return true
		}
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
