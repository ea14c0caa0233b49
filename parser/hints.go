package parser

import (
	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
)

// CPython 3.11 parses in two passes: when the grammar fails, it parses
// again with extra "invalid_" rules that recognise common mistakes and
// raise errors with hints. The checks here play the part of those rules at
// the places where CPython tries them. Each one either raises its error or
// leaves the input as it found it, so that a plain "invalid syntax" is
// reported where the grammar failed, as CPython reports it.

// checkStrayAssign reports `x = 1` where an expression was expected, as in
// `if x = 1:`, with CPython's suggestions.
func (p *parser) checkStrayAssign(start position, e ast.Expr) {
	if p.noHints || !p.isOp("=") {
		return
	}
	s := e.Span()
	isName := false
	if _, ok := e.(*ast.Name); ok && s.Line == start.line && s.Col == start.col {
		isName = true
	}
	if !isName && !hintable(e) {
		return
	}
	matched := false
	var end position
	p.probe(func() {
		p.next()
		p.bitwiseOr()
		matched, end = !p.isOp("=") && !p.isOp(":="), p.prevEnd
	})
	if !matched {
		return
	}
	if isName {
		p.errorRange(start, end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	p.errorAtNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
}

// checkMissingComma handles an expression followed by the start of
// another, as in `[a b]` or `print "x"`. It plays two CPython rules in
// turn. The first suggests a missing comma inside brackets; it tries the
// second expression with hints off and, outside brackets, only for what
// trying finds (a lexing error). The second is Python 2's print statement:
// after a lone name it tries to parse what follows, with hints on, and
// reports print and exec. first is the first token of e.
func (p *parser) checkMissingComma(first *lexer.Token, e ast.Expr) {
	if p.noHints || !p.startsBareExpression() {
		return
	}
	switch e.(type) {
	case *ast.Lambda, *ast.IfExp, *ast.Starred, *ast.NamedExpr, *ast.Yield, *ast.YieldFrom:
		return
	}
	start := position{first.Pos.Line, first.Pos.Column - 1}
	name, isName := e.(*ast.Name)
	nameString := isName && p.tok.Type == lexer.String
	softKeyword := first.Type == lexer.Name && isSoftKeyword(first.Value)
	if !nameString && !softKeyword && !p.inDel && p.nesting != p.noCommaAt {
		if p.nesting == 0 {
			p.probe(func() { p.expressionWithoutInvalid() })
		} else if p.expressionWithoutInvalid() {
			p.errorRange(start, p.prevEnd, "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	if isName && !p.isOp("(") && !p.inLegacy {
		// Within the tried expressions this alternative is not tried
		// again: CPython's memo makes that cheap, and here it would make
		// `print a b c ...` quadratic.
		saved := p.inLegacy
		p.inLegacy = true
		defer func() { p.inLegacy = saved }()
		if name.Id != "print" && name.Id != "exec" {
			p.probe(func() { p.starExpressions() })
		} else if p.attempt(func() { p.starExpressions() }) || p.attempt(func() { p.atom() }) {
			// CPython backtracks out of a trailer that fails to parse, so
			// at the least what follows is an atom.
			p.errorRange(start, p.prevEnd, "Missing parentheses in call to '"+name.Id+"'. Did you mean "+name.Id+"(...)?")
		}
	}
}

// expressionWithoutInvalid parses the second expression of a missing
// comma the way CPython's expression_without_invalid does: with hints off,
// and a conditional without else is just its first part. It reports
// whether something parsed; on failure the input is where it failed.
func (p *parser) expressionWithoutInvalid() (ok bool) {
	saved := p.noHints
	p.noHints = true
	defer func() { p.noHints = saved }()
	if p.isKw("lambda") {
		return p.attempt(func() { p.lambda() })
	}
	if !p.attempt(func() { p.disjunction() }) {
		return false
	}
	if p.isKw("if") {
		p.attempt(func() {
			p.next()
			p.disjunction()
			p.expectKw("else")
			p.expression()
		})
	}
	return true
}

// startsBareExpression reports whether the current token starts an
// expression and cannot continue the one before it.
func (p *parser) startsBareExpression() bool {
	t := p.tok
	switch t.Type {
	case lexer.Name, lexer.Number, lexer.String:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "None", "True", "False", "not", "lambda", "await":
			return true
		}
	case lexer.Op:
		switch t.Value {
		case "{", "~", "...":
			return true
		}
	}
	return false
}

// isSoftKeyword reports whether a name is one of Python 3.11's soft
// keywords.
func isSoftKeyword(s string) bool {
	return s == "match" || s == "case" || s == "_"
}

// checkWalrusTarget reports `expr := value` where expr is not a name, as
// CPython does when a value follows.
func (p *parser) checkWalrusTarget(e ast.Expr) {
	if !p.noHints && p.attempt(func() { p.next(); p.expression() }) {
		p.errorAtNode(e, "cannot use assignment expressions with "+exprName(e))
	}
}
