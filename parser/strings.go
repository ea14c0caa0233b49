package parser

import (
	"strings"

	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
	plex "github.com/alecthomas/participle/v2/lexer"
)

// strings parses adjacent string literals, which concatenate into one
// Constant, or into one JoinedStr when any of them is an f-string. As in
// CPython 3.11, the pieces of a JoinedStr all span the whole group of
// literals, and a format spec spans the literal it is written in.
func (p *parser) strings() ast.Expr {
	start := p.start()
	var toks []*lexer.Token
	for p.tok.Type == lexer.String {
		toks = append(toks, p.next())
	}
	group := p.span(start)
	bytes, format, mixed := false, false, false
	for i, t := range toks {
		lit := lexer.SplitLiteral(t.Value)
		if i > 0 && lit.Bytes != bytes {
			mixed = true
		}
		bytes = lit.Bytes
		format = format || lit.Format
	}
	if mixed {
		p.syntaxError("cannot mix bytes and nonbytes literals")
	}
	if !format {
		return &ast.Constant{Pos: group, Value: p.plainStrings(toks, bytes)}
	}
	j := joined{pos: group}
	for _, t := range toks {
		lit := lexer.SplitLiteral(t.Value)
		if !lit.Format {
			j.text(p.decodeLiteral(t, lit))
			continue
		}
		at := textCursor{text: t.Value, line: t.Pos.Line, col: t.Pos.Column - 1}
		parts, err := lexer.SplitFString(t.Value, func(expr string, offset int) (any, error) {
			line, col := at.advance(offset - 1)
			return p.fstringExpr(t.Pos.Filename, expr, line, col), nil
		})
		if err != nil {
			p.syntaxError(err.Error())
		}
		p.addParts(&j, t, parts)
	}
	return j.finish(group)
}

// plainStrings decodes and concatenates literals without f-strings.
func (p *parser) plainStrings(toks []*lexer.Token, bytes bool) ast.ConstValue {
	kind := ast.ConstStr
	if bytes {
		kind = ast.ConstBytes
	}
	if len(toks) == 1 {
		return ast.ConstValue{Kind: kind, Str: p.decodeLiteral(toks[0], lexer.SplitLiteral(toks[0].Value))}
	}
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(p.decodeLiteral(t, lexer.SplitLiteral(t.Value)))
	}
	return ast.ConstValue{Kind: kind, Str: b.String()}
}

// decodeLiteral returns the value of one non-f-string literal.
func (p *parser) decodeLiteral(t *lexer.Token, lit lexer.Literal) string {
	if lit.Bytes {
		for i := 0; i < len(lit.Body); i++ {
			if lit.Body[i] >= 0x80 {
				p.errorAtToken(t, "bytes can only contain ASCII literal characters", "SyntaxError")
			}
		}
	}
	if lit.Raw {
		return lit.Body
	}
	s, err := lexer.Unescape(lit.Body, lit.Bytes)
	if err != nil {
		p.syntaxError(err.Error())
	}
	return s
}

// joined accumulates the values of a JoinedStr, merging adjacent text.
type joined struct {
	pos    ast.Pos
	values []ast.Expr
	buf    strings.Builder
}

// text appends literal text.
func (j *joined) text(s string) { j.buf.WriteString(s) }

// flush turns pending text into a Constant spanning pos.
func (j *joined) flush(pos ast.Pos) {
	if j.buf.Len() > 0 {
		j.values = append(j.values, &ast.Constant{Pos: pos, Value: ast.ConstValue{Kind: ast.ConstStr, Str: j.buf.String()}})
		j.buf.Reset()
	}
}

// field appends a replacement field.
func (j *joined) field(f *ast.FormattedValue) {
	j.flush(j.pos)
	j.values = append(j.values, f)
}

// finish returns the JoinedStr, spanning pos. Text after the last field
// spans pos too, where text before a field spans the whole group of
// literals: a CPython 3.11 quirk visible in format specs.
func (j *joined) finish(pos ast.Pos) *ast.JoinedStr {
	j.flush(pos)
	values := j.values
	if values == nil {
		values = []ast.Expr{}
	}
	return &ast.JoinedStr{Pos: pos, Values: values}
}

// addParts adds the parts of f-string token t to j.
func (p *parser) addParts(j *joined, t *lexer.Token, parts []lexer.FStringPart) {
	for _, part := range parts {
		if part.Field == nil {
			j.text(part.Text)
			continue
		}
		f := &ast.FormattedValue{Pos: j.pos, Value: part.Field.Parsed.(ast.Expr), Conversion: part.Field.Conversion}
		if part.Field.HasSpec {
			end := tokenEnd(t)
			spec := joined{pos: j.pos}
			p.addParts(&spec, t, part.Field.Spec)
			f.FormatSpec = spec.finish(ast.Pos{Line: t.Pos.Line, Col: t.Pos.Column - 1, EndLine: end.line, EndCol: end.col})
		}
		j.field(f)
	}
}

// fstringContext describes the f-string field whose expression is being
// parsed. CPython 3.11 parses the expression as "(expr)" on its own and
// reports errors against that text, prefixed with "f-string: ".
type fstringContext struct {
	text      string // "(" + expr + ")"
	line, col int    // where the '(' stands in the source: the field's '{'
}

// textCursor finds the line and column of byte offsets in a token's text,
// asked for in increasing order.
type textCursor struct {
	text      string
	off       int // offset of the position line:col
	line, col int
}

// advance moves to offset off and returns its line and column.
func (c *textCursor) advance(off int) (line, col int) {
	if off < c.off {
		panic("textCursor moved backwards")
	}
	for _, r := range c.text[c.off:off] {
		if r == '\n' {
			c.line++
			c.col = 0
		} else {
			c.col++
		}
	}
	c.off = off
	return c.line, c.col
}

// fstringExpr parses the expression of a replacement field whose '{' is at
// line:col (col 0-based).
func (p *parser) fstringExpr(filename, expr string, line, col int) ast.Expr {
	ctx := &fstringContext{text: "(" + expr + ")", line: line, col: col}
	lx := lexer.NewExpr(filename, ctx.text, line, col+1)
	lx.DeferErrors()
	stream, err := plex.Upgrade(lx)
	if err != nil {
		p.syntaxError(err.Error())
	}
	sub := newParser(stream)
	sub.fstring = ctx
	defer func() {
		if r := recover(); r != nil {
			if lexErr := lx.Err(); lexErr != nil {
				e := &SyntaxError{Line: lexErr.Pos.Line, Col: lexErr.Pos.Column, EndCol: lexErr.EndCol, Msg: lexErr.Msg, Kind: lexErr.Kind}
				ctx.place(e)
				panic(e)
			}
			panic(r)
		}
	}()
	e := sub.parenthesized()
	if sub.tok.Type != lexer.EOF {
		sub.syntaxError("invalid syntax")
	}
	return e
}

// adjust rewrites an error raised inside a field's expression the way
// CPython 3.11 reports it.
func (c *fstringContext) adjust(e *SyntaxError) {
	c.place(e)
	e.Msg = "f-string: " + e.Msg
}

// place moves an error's columns and text onto the "(expr)" text.
func (c *fstringContext) place(e *SyntaxError) {
	if e.at != placeToken {
		e.at = placeToken
		e.Line = c.line + strings.Count(c.text, "\n")
		e.Col = runeLen(c.text[strings.LastIndexByte(c.text, '\n')+1:]) + 1
		e.EndCol = -1
	}
	rel := e.Line - c.line
	if rel == 0 {
		e.Col -= c.col
		if e.EndCol > 0 {
			e.EndCol -= c.col
		}
	}
	lines := strings.Split(c.text, "\n")
	if rel >= 0 && rel < len(lines) {
		e.Text = lines[rel]
	}
	e.textSet = true
}
