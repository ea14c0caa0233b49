package parser

import (
	"fmt"

	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
)

// block parses the body of a compound statement after its colon: either
// simple statements on the same line, or an indented block. what and line
// name the statement for the error when the indented block is missing.
func (p *parser) block(what string, line int) []ast.Stmt {
	if p.tok.Type != lexer.Newline {
		return p.simpleStatements(nil)
	}
	p.next()
	if p.tok.Type != lexer.Indent {
		p.errorAtToken(p.tok, fmt.Sprintf("expected an indented block after %s on line %d", what, line), "IndentationError")
	}
	p.next()
	var body []ast.Stmt
	for p.tok.Type != lexer.Dedent && p.tok.Type != lexer.EOF {
		body = p.statement(body)
	}
	p.next()
	return body
}

// expectColon consumes the colon of a compound statement header. Unless
// forced, CPython says "expected ':'" only when the line ends there.
func (p *parser) expectColon(forced bool) {
	if p.acceptOp(":") {
		return
	}
	if forced || p.tok.Type == lexer.Newline {
		p.syntaxError("expected ':'")
	}
	p.syntaxError("invalid syntax")
}

// ifStmt parses if/elif/else; an elif chain nests Ifs in Orelse.
func (p *parser) ifStmt() ast.Stmt {
	start := p.start()
	kw := p.next()
	s := &ast.If{Test: p.condition()}
	p.expectColon(false)
	s.Body = p.block("'"+kw.Value+"' statement", kw.Pos.Line)
	switch {
	case p.isKw("elif"):
		s.Orelse = []ast.Stmt{p.ifStmt()}
	case p.isKw("else"):
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

// condition parses the test of an if, elif or while, catching a stray `=`.
func (p *parser) condition() ast.Expr {
	start := p.start()
	e := p.namedExpression()
	p.checkStrayAssign(start, e)
	return e
}

// elseBlock parses `else: block`.
func (p *parser) elseBlock() []ast.Stmt {
	kw := p.next()
	p.expectColon(true)
	return p.block("'else' statement", kw.Pos.Line)
}

// whileStmt parses while/else.
func (p *parser) whileStmt() ast.Stmt {
	start := p.start()
	kw := p.next()
	s := &ast.While{Test: p.condition()}
	p.expectColon(false)
	s.Body = p.block("'while' statement", kw.Pos.Line)
	if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

// forStmt parses for/else; start is where `async` or `for` begins.
func (p *parser) forStmt(start position, async bool) ast.Stmt {
	kw := p.next()
	target := p.targetList()
	p.checkTarget(target, forTarget, false)
	p.expectKw("in")
	s := &ast.For{Target: target, Iter: p.starExpressions(), IsAsync: async}
	p.expectColon(false)
	s.Body = p.block("'for' statement", kw.Pos.Line)
	if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

// tryStmt parses try/except/else/finally, including except*.
func (p *parser) tryStmt() ast.Stmt {
	start := p.start()
	kw := p.next()
	p.expectColon(true)
	s := &ast.Try{Body: p.block("'try' statement", kw.Pos.Line)}
	sawPlain, sawStar := false, false
	for p.isKw("except") {
		h := p.exceptHandler()
		star := h.star
		if star && sawPlain || !star && sawStar {
			p.errorAtNode(h.ExceptHandler, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		sawPlain, sawStar = sawPlain || !star, sawStar || star
		s.Handlers = append(s.Handlers, h.ExceptHandler)
	}
	s.IsStar = sawStar
	if p.isKw("else") {
		if len(s.Handlers) == 0 {
			p.syntaxError("expected 'except' or 'finally' block")
		}
		s.Orelse = p.elseBlock()
	}
	if p.isKw("finally") {
		fkw := p.next()
		p.expectColon(true)
		s.Finalbody = p.block("'finally' statement", fkw.Pos.Line)
	}
	if len(s.Handlers) == 0 && len(s.Finalbody) == 0 {
		p.syntaxError("expected 'except' or 'finally' block")
	}
	s.Pos = p.span(start)
	return s
}

// handler is a parsed except clause and whether it was `except*`.
type handler struct {
	*ast.ExceptHandler
	star bool
}

// exceptHandler parses `except [*] [type [as name]]: block`.
func (p *parser) exceptHandler() handler {
	start := p.start()
	kw := p.next()
	h := handler{ExceptHandler: &ast.ExceptHandler{}}
	what := "'except' statement"
	if p.acceptOp("*") {
		h.star = true
		what = "'except*' statement"
		if p.isOp(":") {
			p.syntaxError("expected one or more exception types")
		}
	}
	if !p.isOp(":") {
		tStart := p.start()
		h.Type = p.expression()
		if p.isOp(",") {
			p.next()
			p.expressionList()
			p.errorRange(tStart, p.prevEnd, "multiple exception types must be parenthesized")
		}
		if p.acceptKw("as") {
			h.Name = p.name()
		}
	}
	p.expectColon(false)
	h.Body = p.block(what, kw.Pos.Line)
	h.Pos = p.span(start)
	return h
}

// withStmt parses `with a as b, c:` in both the plain and the
// parenthesized form; start is where `async` or `with` begins.
func (p *parser) withStmt(start position, async bool) ast.Stmt {
	kw := p.next()
	s := &ast.With{IsAsync: async}
	parenthesized := p.isOp("(") && p.attempt(func() {
		p.next()
		p.nesting++
		s.Items = p.withItems(")")
		p.expectOp(")")
		p.nesting--
		if !p.isOp(":") {
			p.syntaxError("invalid syntax")
		}
	})
	if !parenthesized {
		s.Items = p.withItems(":")
	}
	p.expectColon(false)
	s.Body = p.block("'with' statement", kw.Pos.Line)
	s.Pos = p.span(start)
	return s
}

// withItems parses `expr [as target]` items separated by commas, allowing
// a trailing comma before closer.
func (p *parser) withItems(closer string) []*ast.WithItem {
	var items []*ast.WithItem
	for {
		item := &ast.WithItem{ContextExpr: p.expression()}
		if p.acceptKw("as") {
			item.OptionalVars = p.targetElement()
			p.checkTarget(item.OptionalVars, forTarget, false)
		}
		items = append(items, item)
		if !p.acceptOp(",") || p.isOp(closer) {
			return items
		}
	}
}

// asyncStmt parses `async def`, `async for` and `async with`.
func (p *parser) asyncStmt(decorators []ast.Expr) ast.Stmt {
	start := p.start()
	p.next()
	switch {
	case p.isKw("def"):
		return p.funcDef(start, decorators, true)
	case decorators == nil && p.isKw("for"):
		return p.forStmt(start, true)
	case decorators == nil && p.isKw("with"):
		return p.withStmt(start, true)
	}
	p.syntaxError("invalid syntax")
	return nil
}

// decorated parses decorators and the function or class they decorate.
func (p *parser) decorated() ast.Stmt {
	var decorators []ast.Expr
	for p.acceptOp("@") {
		decorators = append(decorators, p.namedExpression())
		if p.tok.Type != lexer.Newline {
			p.syntaxError("invalid syntax")
		}
		p.next()
	}
	switch {
	case p.isKw("def"):
		return p.funcDef(p.start(), decorators, false)
	case p.isKw("class"):
		return p.classDef(decorators)
	case p.isKw("async"):
		return p.asyncStmt(decorators)
	}
	p.syntaxError("invalid syntax")
	return nil
}

// funcDef parses `def name(params) [-> ret]: block`; start is where `async`
// or `def` begins.
func (p *parser) funcDef(start position, decorators []ast.Expr, async bool) ast.Stmt {
	kw := p.next()
	s := &ast.FunctionDef{Name: p.name(), DecoratorList: decorators, IsAsync: async}
	if !p.isOp("(") {
		p.syntaxError("expected '('")
	}
	p.next()
	p.nesting++
	s.Args = p.parameters(")", true)
	p.expectOp(")")
	p.nesting--
	if p.isOp("->") {
		p.attempt(func() {
			p.next()
			s.Returns = p.expression()
		})
	}
	p.expectColon(true)
	s.Body = p.block("function definition", kw.Pos.Line)
	s.Pos = p.span(start)
	return s
}

// classDef parses `class Name[(bases)]: block`.
func (p *parser) classDef(decorators []ast.Expr) ast.Stmt {
	start := p.start()
	kw := p.next()
	s := &ast.ClassDef{Name: p.name(), DecoratorList: decorators}
	if p.acceptOp("(") {
		p.nesting++
		s.Bases, s.Keywords = p.callArguments()
		p.expectOp(")")
		p.nesting--
	}
	p.expectColon(false)
	s.Body = p.block("class definition", kw.Pos.Line)
	s.Pos = p.span(start)
	return s
}
