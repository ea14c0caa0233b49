// Package parser turns aio source text into the syntax tree of package ast.
//
// The grammar is Python 3.11's, without the match statement. Parsing runs
// on participle: the lexer package supplies tokens through participle's
// lexer.Definition, participle drives the parse from a small grammar root,
// and the rules are hand-written parse functions registered with
// participle.ParseTypeWith that follow CPython's grammar rule by rule, with
// precedence climbing for binary operators. Hand-written rules keep the
// parser fast and let it report errors with CPython's wording and positions.
//
// Every error is a *SyntaxError.
package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
)

// ParseFile parses a whole program.
func ParseFile(filename, src string) (mod *ast.Module, err error) {
	defer recoverInternal(filename, src, &err)
	lx := lexer.New(filename, src)
	lx.DeferErrors()
	chunks := &chunker{lx: lx}
	mod = &ast.Module{}
	for !chunks.done || chunks.pending != nil {
		stream, err := plex.Upgrade(chunks.next())
		if err != nil {
			return nil, internalError(filename, src, err)
		}
		g, err := fileParser.ParseFromLexer(stream)
		if err != nil {
			return nil, finishError(err, chunks.drain(), filename, src)
		}
		mod.Body = append(mod.Body, g.Module.(*moduleNode).body...)
	}
	return mod, nil
}

// ParseExpr parses one expression (a tuple when there are commas), as the
// eval built-in does. Leading blanks are ignored.
func ParseExpr(filename, src string) (e ast.Expr, err error) {
	defer recoverInternal(filename, src, &err)
	lx := lexer.New(filename, src)
	lx.DeferErrors()
	stream, err := plex.Upgrade(lx)
	if err != nil {
		return nil, internalError(filename, src, err)
	}
	g, err := exprParser.ParseFromLexer(stream)
	if err != nil {
		return nil, finishError(err, lx.Err(), filename, src)
	}
	return g.Expr.(*exprNode).expr, nil
}

// The participle grammars. Each root holds one production that a
// hand-written parse function fills in.
type (
	fileGrammar struct {
		Module parsedModule `parser:"@@"` // a chunk of statements
	}
	exprGrammar struct {
		Expr parsedExpr `parser:"@@"`
	}
	// parsedModule is a chunk of parsed statements; parseModule produces it.
	parsedModule interface{ module() }
	// parsedExpr is a parsed eval input; parseEvalInput produces it.
	parsedExpr interface{ evalInput() }

	moduleNode struct{ body []ast.Stmt }
	exprNode   struct{ expr ast.Expr }
)

func (*moduleNode) module()  {}
func (*exprNode) evalInput() {}

var (
	fileParser = participle.MustBuild[fileGrammar](
		participle.Lexer(lexer.Definition{}),
		participle.ParseTypeWith(parseModule),
	)
	exprParser = participle.MustBuild[exprGrammar](
		participle.Lexer(lexer.Definition{}),
		participle.ParseTypeWith(parseEvalInput),
	)
)

// parseModule parses statements up to the end of the input or of a chunk
// of it.
func parseModule(lex *plex.PeekingLexer) (m parsedModule, err error) {
	p := newParser(lex)
	defer p.catch(&err)
	var body []ast.Stmt
	for p.tok.Type != lexer.EOF {
		body = p.statement(body)
	}
	return &moduleNode{body}, nil
}

// parseEvalInput parses an expression list followed only by newlines.
func parseEvalInput(lex *plex.PeekingLexer) (x parsedExpr, err error) {
	p := newParser(lex)
	defer p.catch(&err)
	if p.tok.Type == lexer.Indent {
		p.next() // eval ignores leading blanks
	}
	e := p.starExpressions()
	for p.tok.Type == lexer.Newline || p.tok.Type == lexer.Dedent {
		p.next()
	}
	if p.tok.Type != lexer.EOF {
		p.syntaxError("invalid syntax")
	}
	return &exprNode{e}, nil
}

// parser holds the state of one parse over a participle token stream.
type parser struct {
	lex     *plex.PeekingLexer
	tok     *lexer.Token // the current token, not yet consumed
	prevEnd position     // where the last consumed token other than NEWLINE, INDENT or DEDENT ends
	context
	// lookedPast is a `not` after which CPython looked for `in`: a plain
	// error there is reported at the token after it, as CPython does.
	lookedPast *lexer.Token
	// fstring is set while parsing the expression of an f-string field.
	fstring *fstringContext
}

// context is the part of the parser's state that rules change and restore
// as they nest; a rule that backtracks restores it whole.
type context struct {
	nesting   int  // brackets open around the current token
	depth     int  // nesting of the rules that recurse without brackets
	inDel     bool // parsing del targets, where CPython suggests no commas
	noCommaAt int  // a nesting level where CPython suggests no commas, or -1
	noHints   bool // inside CPython's expression_without_invalid: no hints
	inLegacy  bool // trying what follows a name for Python 2's print statement
}

// position is a point in the source: a 1-based line and a 0-based column
// in code points.
type position struct{ line, col int }

func newParser(lex *plex.PeekingLexer) *parser {
	p := &parser{lex: lex, context: context{noCommaAt: -1}}
	p.tok = lex.Peek()
	return p
}

// catch turns a SyntaxError raised by the rules into the parse result. Any
// other panic is a bug in the parser: it becomes an internal error placed
// at the current token, so that no Go panic reaches the caller.
func (p *parser) catch(err *error) {
	r := recover()
	if r == nil {
		return
	}
	se, ok := r.(*SyntaxError)
	if !ok {
		se = &SyntaxError{Msg: fmt.Sprintf("internal parser error: %v", r), Kind: "SyntaxError",
			Line: p.tok.Pos.Line, Col: p.tok.Pos.Column}
	}
	*err = se
}

// next consumes the current token and returns it.
func (p *parser) next() *lexer.Token {
	t := p.tok
	p.lex.Next()
	switch t.Type {
	case lexer.Newline, lexer.Indent, lexer.Dedent:
		// Spans end at the last token with text, as in CPython: a
		// compound statement ends at its last statement or at a trailing
		// semicolon.
	default:
		p.prevEnd = tokenEnd(t)
	}
	p.tok = p.lex.Peek()
	return t
}

// peek returns the token after the current one.
func (p *parser) peek() *lexer.Token {
	if p.tok.Type == lexer.EOF {
		return p.tok
	}
	cp := p.lex.MakeCheckpoint()
	p.lex.Next()
	t := p.lex.Peek()
	p.lex.LoadCheckpoint(cp)
	return t
}

// start returns where the current token starts.
func (p *parser) start() position {
	return position{p.tok.Pos.Line, p.tok.Pos.Column - 1}
}

// span returns the source span from start to the end of the last consumed
// token.
func (p *parser) span(start position) ast.Pos {
	return ast.Pos{Line: start.line, Col: start.col, EndLine: p.prevEnd.line, EndCol: p.prevEnd.col}
}

// isOp reports whether the current token is the operator op.
func (p *parser) isOp(op string) bool {
	return p.tok.Type == lexer.Op && p.tok.Value == op
}

// isKw reports whether the current token is the keyword kw.
func (p *parser) isKw(kw string) bool {
	return p.tok.Type == lexer.Keyword && p.tok.Value == kw
}

// acceptOp consumes the operator op if it is next.
func (p *parser) acceptOp(op string) bool {
	if p.isOp(op) {
		p.next()
		return true
	}
	return false
}

// acceptKw consumes the keyword kw if it is next.
func (p *parser) acceptKw(kw string) bool {
	if p.isKw(kw) {
		p.next()
		return true
	}
	return false
}

// expectOp consumes the operator op or fails with "invalid syntax".
func (p *parser) expectOp(op string) {
	if !p.acceptOp(op) {
		p.syntaxError("invalid syntax")
	}
}

// expectKw consumes the keyword kw or fails with "invalid syntax".
func (p *parser) expectKw(kw string) {
	if !p.acceptKw(kw) {
		p.syntaxError("invalid syntax")
	}
}

// name consumes an identifier and returns it, normalized as Python
// normalizes identifiers.
func (p *parser) name() string {
	if p.tok.Type != lexer.Name {
		p.syntaxError("invalid syntax")
	}
	return lexer.NormalizeName(p.next().Value)
}

// attempt runs rule and reports whether it parsed. When it fails, the
// input is rewound as if nothing had been consumed.
func (p *parser) attempt(rule func()) (ok bool) {
	return p.try(rule, false)
}

// probe runs rule for what it would find and rewinds the input either way.
// Like attempt, it lets specific and lexing errors through.
func (p *parser) probe(rule func()) {
	p.try(rule, true)
}

// try runs rule, rewinding the input when it fails or when rewind is set.
func (p *parser) try(rule func(), rewind bool) (ok bool) {
	cp, tok, prevEnd, ctx := p.lex.MakeCheckpoint(), p.tok, p.prevEnd, p.context
	defer func() {
		if ok && !rewind {
			return
		}
		if ok {
			p.lex.LoadCheckpoint(cp)
			p.tok, p.prevEnd, p.context = tok, prevEnd, ctx
			return
		}
		r := recover()
		if e, isSyntax := r.(*SyntaxError); r != nil && (!isSyntax || !e.soft) {
			// Only plain grammar failures are backtracked over. A specific
			// error, or a lexing error reached while trying, is reported at
			// once, as CPython reports what its error rules and tokenizer
			// raise.
			panic(r)
		}
		p.lex.LoadCheckpoint(cp)
		p.tok, p.prevEnd, p.context = tok, prevEnd, ctx
	}()
	rule()
	return true
}

// maxDepth bounds the recursion of rules such as unary minus, which
// brackets and indentation limits do not bound: -----x nests one level per
// operator.
const maxDepth = 2000

// enter notes one more level of recursion, failing when there are too many.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.syntaxError("too many nested expressions")
	}
}

// leave undoes enter.
func (p *parser) leave() { p.depth-- }

// tokenEnd returns where a token ends.
func tokenEnd(t *lexer.Token) position {
	v := t.Value
	line, col := t.Pos.Line, t.Pos.Column-1
	if t.Type == lexer.String {
		if i := strings.LastIndexByte(v, '\n'); i >= 0 {
			return position{line + strings.Count(v, "\n"), runeLen(v[i+1:])}
		}
	}
	if t.Type == lexer.Newline {
		return position{line, col + runeLen(strings.TrimSuffix(v, "\n"))}
	}
	return position{line, col + runeLen(v)}
}

// runeLen counts the code points of s.
func runeLen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(s)
		}
	}
	return len(s)
}

// recoverInternal turns a panic outside the rules (in the lexer, say) into
// a SyntaxError, so that no Go panic reaches the caller.
func recoverInternal(filename, src string, err *error) {
	if r := recover(); r != nil {
		*err = internalError(filename, src, fmt.Errorf("%v", r))
	}
}

// internalError reports a failure of the parser itself.
func internalError(filename, src string, cause error) *SyntaxError {
	return &SyntaxError{Filename: filename, Line: 1, Msg: "internal parser error: " + cause.Error(), Kind: "SyntaxError", Text: lineText(src, 1), textSet: true}
}
