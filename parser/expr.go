package parser

import (
	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
)

// The expression rules follow CPython's grammar from the loosest binding
// (star_expressions) to the tightest (atom). Every node spans from the first
// to the last token of the rule that made it, so a parenthesized operand
// widens its parent but keeps its own position.

// starExpressions parses `a, *b, c` (a Tuple when there is a comma).
func (p *parser) starExpressions() ast.Expr {
	start := p.start()
	e := p.starExpression()
	if !p.isOp(",") {
		return e
	}
	elts := []ast.Expr{e}
	for p.acceptOp(",") && p.startsExpression() {
		elts = append(elts, p.starExpression())
	}
	return &ast.Tuple{Pos: p.span(start), Elts: elts, Ctx: ast.Load}
}

// expressionList parses `a, b, c` (a Tuple when there is a comma) without
// starred items.
func (p *parser) expressionList() ast.Expr {
	start := p.start()
	e := p.expression()
	if !p.isOp(",") {
		return e
	}
	elts := []ast.Expr{e}
	for p.acceptOp(",") && p.startsExpression() {
		elts = append(elts, p.expression())
	}
	return &ast.Tuple{Pos: p.span(start), Elts: elts, Ctx: ast.Load}
}

// starExpression parses `*bitwise_or` or an expression.
func (p *parser) starExpression() ast.Expr {
	if p.isOp("*") {
		return p.starred()
	}
	return p.expression()
}

// starNamedExpression parses `*bitwise_or` or a named expression.
func (p *parser) starNamedExpression() ast.Expr {
	if p.isOp("*") {
		return p.starred()
	}
	return p.namedExpression()
}

// starred parses `*bitwise_or`.
func (p *parser) starred() ast.Expr {
	start := p.start()
	p.next()
	v := p.bitwiseOr()
	return &ast.Starred{Pos: p.span(start), Value: v, Ctx: ast.Load}
}

// namedExpression parses `name := value` or an expression, and reports
// `:=` after anything but a name.
func (p *parser) namedExpression() ast.Expr {
	e := p.assignmentExpression()
	if p.isOp(":=") {
		p.checkWalrusTarget(e)
	}
	return e
}

// assignmentExpression parses `name := value` or an expression; call
// arguments use it directly, where CPython reports a stray := plainly.
func (p *parser) assignmentExpression() ast.Expr {
	start := p.start()
	if p.tok.Type == lexer.Name {
		if next := p.peek(); next.Type == lexer.Op && next.Value == ":=" {
			target := &ast.Name{Id: lexer.NormalizeName(p.next().Value), Ctx: ast.Store}
			target.Pos = p.span(start)
			p.next()
			value := p.expression()
			return &ast.NamedExpr{Pos: p.span(start), Target: target, Value: value}
		}
	}
	return p.expression()
}

// expression parses a lambda, a conditional expression or a disjunction.
func (p *parser) expression() ast.Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambda()
	}
	first := p.tok
	start := p.start()
	body := p.disjunction()
	if !p.isKw("if") {
		p.checkMissingComma(first, body)
		return body
	}
	p.next()
	test := p.disjunction()
	if !p.acceptKw("else") {
		if p.isOp(":") {
			p.syntaxError("invalid syntax")
		}
		p.errorRange(start, p.prevEnd, "expected 'else' after 'if' expression")
	}
	orelse := p.expression()
	return &ast.IfExp{Pos: p.span(start), Test: test, Body: body, Orelse: orelse}
}

// lambda parses `lambda params: body`.
func (p *parser) lambda() ast.Expr {
	start := p.start()
	p.next()
	args := p.parameters(":", false)
	p.expectOp(":")
	body := p.expression()
	return &ast.Lambda{Pos: p.span(start), Args: args, Body: body}
}

// yieldExpr parses `yield [values]` and `yield from value`.
func (p *parser) yieldExpr() ast.Expr {
	start := p.start()
	p.next()
	if p.acceptKw("from") {
		v := p.expression()
		return &ast.YieldFrom{Pos: p.span(start), Value: v}
	}
	var v ast.Expr
	if p.startsExpression() {
		v = p.starExpressions()
	}
	return &ast.Yield{Pos: p.span(start), Value: v}
}

// disjunction parses `a or b or c`.
func (p *parser) disjunction() ast.Expr {
	start := p.start()
	e := p.conjunction()
	if !p.isKw("or") {
		return e
	}
	values := []ast.Expr{e}
	for p.acceptKw("or") {
		values = append(values, p.conjunction())
	}
	return &ast.BoolOp{Pos: p.span(start), Op: ast.Or, Values: values}
}

// conjunction parses `a and b and c`.
func (p *parser) conjunction() ast.Expr {
	start := p.start()
	e := p.inversion()
	if !p.isKw("and") {
		return e
	}
	values := []ast.Expr{e}
	for p.acceptKw("and") {
		values = append(values, p.inversion())
	}
	return &ast.BoolOp{Pos: p.span(start), Op: ast.And, Values: values}
}

// inversion parses `not a`.
func (p *parser) inversion() ast.Expr {
	if !p.isKw("not") {
		return p.comparison()
	}
	start := p.start()
	p.next()
	p.enter()
	operand := p.inversion()
	p.leave()
	return &ast.UnaryOp{Pos: p.span(start), Op: ast.Not, Operand: operand}
}

// comparison parses a chain such as `a < b <= c`.
func (p *parser) comparison() ast.Expr {
	start := p.start()
	left := p.bitwiseOr()
	op, ok := p.compareOp()
	if !ok {
		return left
	}
	c := &ast.Compare{Left: left}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitwiseOr())
		op, ok = p.compareOp()
	}
	c.Pos = p.span(start)
	return c
}

// compareOp consumes a comparison operator if one is next.
func (p *parser) compareOp() (ast.CmpOp, bool) {
	t := p.tok
	var op ast.CmpOp
	switch t.Type {
	case lexer.Op:
		switch t.Value {
		case "==":
			op = ast.Eq
		case "!=":
			op = ast.NotEq
		case "<":
			op = ast.Lt
		case "<=":
			op = ast.LtE
		case ">":
			op = ast.Gt
		case ">=":
			op = ast.GtE
		default:
			return 0, false
		}
		p.next()
		return op, true
	case lexer.Keyword:
		switch t.Value {
		case "in":
			p.next()
			return ast.In, true
		case "is":
			p.next()
			if p.acceptKw("not") {
				return ast.IsNot, true
			}
			return ast.Is, true
		case "not":
			if next := p.peek(); next.Type == lexer.Keyword && next.Value == "in" {
				p.next()
				p.next()
				return ast.NotIn, true
			}
			p.lookedPast = t
		}
	}
	return 0, false
}

// binaryPrecedence gives the binding power of the binary operators from
// `|` (loosest) to `*` and friends (tightest); ** is handled by power.
func binaryPrecedence(t *lexer.Token) (ast.Operator, int) {
	if t.Type != lexer.Op {
		return 0, 0
	}
	switch t.Value {
	case "|":
		return ast.BitOr, 1
	case "^":
		return ast.BitXor, 2
	case "&":
		return ast.BitAnd, 3
	case "<<":
		return ast.LShift, 4
	case ">>":
		return ast.RShift, 4
	case "+":
		return ast.Add, 5
	case "-":
		return ast.Sub, 5
	case "*":
		return ast.Mult, 6
	case "/":
		return ast.Div, 6
	case "//":
		return ast.FloorDiv, 6
	case "%":
		return ast.Mod, 6
	case "@":
		return ast.MatMult, 6
	}
	return 0, 0
}

// bitwiseOr parses binary operators by precedence climbing.
func (p *parser) bitwiseOr() ast.Expr {
	return p.binary(p.start(), p.factor(), 1)
}

// binary extends left with operators binding at least as tightly as min;
// all of them associate to the left.
func (p *parser) binary(start position, left ast.Expr, min int) ast.Expr {
	for {
		op, prec := binaryPrecedence(p.tok)
		if prec < min {
			return left
		}
		p.next()
		rStart := p.start()
		right := p.factor()
		for {
			_, next := binaryPrecedence(p.tok)
			if next <= prec {
				break
			}
			right = p.binary(rStart, right, prec+1)
		}
		left = &ast.BinOp{Pos: p.span(start), Left: left, Op: op, Right: right}
	}
}

// factor parses unary `+`, `-` and `~`.
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch {
	case p.isOp("-"):
		op = ast.USub
	case p.isOp("+"):
		op = ast.UAdd
	case p.isOp("~"):
		op = ast.Invert
	default:
		return p.power()
	}
	start := p.start()
	p.next()
	p.enter()
	operand := p.factor()
	p.leave()
	return &ast.UnaryOp{Pos: p.span(start), Op: op, Operand: operand}
}

// power parses `a ** b`, which binds tighter than a unary operator on its
// left and looser than one on its right: -2**-1 is -(2**(-1)).
func (p *parser) power() ast.Expr {
	start := p.start()
	base := p.awaitPrimary()
	if !p.isOp("**") {
		return base
	}
	p.next()
	p.enter()
	exp := p.factor()
	p.leave()
	return &ast.BinOp{Pos: p.span(start), Left: base, Op: ast.Pow, Right: exp}
}

// awaitPrimary parses `await primary` or a primary.
func (p *parser) awaitPrimary() ast.Expr {
	if !p.isKw("await") {
		return p.primary()
	}
	start := p.start()
	p.next()
	v := p.primary()
	return &ast.Await{Pos: p.span(start), Value: v}
}

// primary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) primary() ast.Expr {
	start := p.start()
	e := p.atom()
	for p.tok.Type == lexer.Op {
		switch p.tok.Value {
		case ".":
			p.next()
			attr := p.name()
			e = &ast.Attribute{Pos: p.span(start), Value: e, Attr: attr, Ctx: ast.Load}
		case "(":
			e = p.call(start, e)
		case "[":
			p.next()
			p.nesting++
			slice := p.slices()
			p.expectOp("]")
			p.nesting--
			e = &ast.Subscript{Pos: p.span(start), Value: e, Slice: slice, Ctx: ast.Load}
		default:
			return e
		}
	}
	return e
}

// startsExpression reports whether the current token can begin an
// expression, which decides whether optional values are present.
func (p *parser) startsExpression() bool {
	return tokenStartsExpression(p.tok)
}

// tokenStartsExpression reports whether t can begin an expression.
func tokenStartsExpression(t *lexer.Token) bool {
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
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}
