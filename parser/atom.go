package parser

import (
	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
)

// atom parses a name, literal, or bracketed display.
func (p *parser) atom() ast.Expr {
	t := p.tok
	start := p.start()
	switch t.Type {
	case lexer.Name:
		p.next()
		return &ast.Name{Pos: p.span(start), Id: lexer.NormalizeName(t.Value), Ctx: ast.Load}
	case lexer.Number:
		p.next()
		return &ast.Constant{Pos: p.span(start), Value: numberValue(t.Value)}
	case lexer.String:
		return p.strings()
	case lexer.Keyword:
		var kind ast.ConstKind
		switch t.Value {
		case "None":
			kind = ast.ConstNone
		case "True":
			kind = ast.ConstTrue
		case "False":
			kind = ast.ConstFalse
		default:
			p.syntaxError("invalid syntax")
		}
		p.next()
		return &ast.Constant{Pos: p.span(start), Value: ast.ConstValue{Kind: kind}}
	case lexer.Op:
		switch t.Value {
		case "(":
			return p.parenthesized()
		case "[":
			return p.listDisplay()
		case "{":
			return p.braceDisplay()
		case "...":
			p.next()
			return &ast.Constant{Pos: p.span(start), Value: ast.ConstValue{Kind: ast.ConstEllipsis}}
		}
	}
	p.syntaxError("invalid syntax")
	return nil
}

// parenthesized parses `()`, `(x)`, `(yield x)`, a tuple or a generator
// expression. A plain parenthesized expression keeps its own position.
func (p *parser) parenthesized() ast.Expr {
	start := p.start()
	p.next()
	p.nesting++
	defer func() { p.nesting-- }()
	if p.acceptOp(")") {
		return &ast.Tuple{Pos: p.span(start), Ctx: ast.Load}
	}
	if p.isKw("yield") {
		e := p.yieldExpr()
		p.expectOp(")")
		return e
	}
	elStart := p.start()
	first := p.starNamedExpression()
	if p.isComprehension() {
		p.noStarInComprehension(first)
		gens := p.comprehensions()
		p.expectOp(")")
		return &ast.GeneratorExp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	if p.isOp(",") {
		elts := p.elements(elStart, first, ")")
		p.expectOp(")")
		return &ast.Tuple{Pos: p.span(start), Elts: elts, Ctx: ast.Load}
	}
	p.checkStrayAssign(elStart, first)
	p.expectOp(")")
	if _, ok := first.(*ast.Starred); ok {
		p.errorAtNode(first, "cannot use starred expression here")
	}
	return first
}

// elements parses the rest of a comma-separated display after its first
// element, up to (not including) closer.
func (p *parser) elements(firstStart position, first ast.Expr, closer string) []ast.Expr {
	elts := []ast.Expr{first}
	for p.acceptOp(",") && !p.isOp(closer) {
		elStart := p.start()
		e := p.starNamedExpression()
		p.checkStrayAssign(elStart, e)
		elts = append(elts, e)
	}
	return elts
}

// listDisplay parses `[a, b]` or a list comprehension.
func (p *parser) listDisplay() ast.Expr {
	start := p.start()
	p.next()
	p.nesting++
	defer func() { p.nesting-- }()
	if p.acceptOp("]") {
		return &ast.List{Pos: p.span(start), Ctx: ast.Load}
	}
	elStart := p.start()
	first := p.starNamedExpression()
	if p.isComprehension() {
		p.noStarInComprehension(first)
		gens := p.comprehensions()
		p.expectOp("]")
		return &ast.ListComp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	p.checkStrayAssign(elStart, first)
	elts := p.elements(elStart, first, "]")
	p.expectOp("]")
	return &ast.List{Pos: p.span(start), Elts: elts, Ctx: ast.Load}
}

// braceDisplay parses a dict, a set, or their comprehensions.
func (p *parser) braceDisplay() ast.Expr {
	start := p.start()
	p.next()
	p.nesting++
	defer func() { p.nesting-- }()
	if p.acceptOp("}") {
		return &ast.Dict{Pos: p.span(start)}
	}
	if p.isOp("**") {
		return p.dictItems(start, nil, nil)
	}
	elStart := p.start()
	first := p.starNamedExpression()
	if p.isOp(":") {
		if _, ok := first.(*ast.Starred); ok {
			p.syntaxError("invalid syntax")
		}
		value := p.dictValue()
		if p.isComprehension() {
			gens := p.comprehensions()
			p.expectOp("}")
			return &ast.DictComp{Pos: p.span(start), Key: first, Value: value, Generators: gens}
		}
		return p.dictItems(start, first, value)
	}
	if p.isComprehension() {
		p.noStarInComprehension(first)
		gens := p.comprehensions()
		p.expectOp("}")
		return &ast.SetComp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	p.checkStrayAssign(elStart, first)
	elts := p.elements(elStart, first, "}")
	p.expectOp("}")
	return &ast.Set{Pos: p.span(start), Elts: elts}
}

// dictItems parses the items of a dict display after its first key and
// value (none when it starts with `**`), and the closing brace.
func (p *parser) dictItems(start position, key, value ast.Expr) ast.Expr {
	d := &ast.Dict{}
	if value != nil {
		d.Keys, d.Values = append(d.Keys, key), append(d.Values, value)
		if !p.acceptOp(",") {
			p.expectOp("}")
			d.Pos = p.span(start)
			return d
		}
	}
	for !p.isOp("}") {
		if p.acceptOp("**") {
			d.Keys, d.Values = append(d.Keys, nil), append(d.Values, p.bitwiseOr())
		} else {
			// CPython suggests no missing comma after a later key.
			saved := p.noCommaAt
			p.noCommaAt = p.nesting
			k := p.expression()
			p.noCommaAt = saved
			if !p.isOp(":") {
				end := k.Span()
				p.raise(&SyntaxError{Msg: "':' expected after dictionary key", Kind: "SyntaxError", Line: end.EndLine, Col: end.EndCol})
			}
			d.Keys, d.Values = append(d.Keys, k), append(d.Values, p.dictValue())
		}
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp("}")
	d.Pos = p.span(start)
	return d
}

// dictValue parses `: value` after a dict key.
func (p *parser) dictValue() ast.Expr {
	colon := p.next()
	if p.isOp("}") || p.isOp(",") {
		p.errorAtToken(colon, "expression expected after dictionary key and ':'", "SyntaxError")
	}
	if p.isOp("*") {
		start := p.start()
		p.next()
		p.bitwiseOr()
		p.errorRange(start, p.prevEnd, "cannot use a starred expression in a dictionary value")
	}
	return p.expression()
}

// isComprehension reports whether a `for` clause starts here (or an async
// that must start one).
func (p *parser) isComprehension() bool {
	if p.isKw("for") {
		return true
	}
	return p.isKw("async")
}

// noStarInComprehension rejects `[*a for ...]`.
func (p *parser) noStarInComprehension(elt ast.Expr) {
	if _, ok := elt.(*ast.Starred); ok {
		p.errorAtNode(elt, "iterable unpacking cannot be used in comprehension")
	}
}

// comprehensions parses `[async] for target in iter [if cond]...` clauses.
func (p *parser) comprehensions() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.isComprehension() {
		c := &ast.Comprehension{IsAsync: p.acceptKw("async")}
		p.expectKw("for")
		first := p.tok
		c.Target = p.targetList()
		if !p.isKw("in") {
			p.checkMissingComma(first, c.Target)
		}
		p.checkTarget(c.Target, forTarget, false)
		p.expectKw("in")
		c.Iter = p.disjunction()
		for p.acceptKw("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// slices parses the inside of a subscript: one index or slice, or a tuple
// of them.
func (p *parser) slices() ast.Expr {
	start := p.start()
	first := p.slice()
	if !p.isOp(",") {
		if _, ok := first.(*ast.Starred); !ok {
			return first
		}
	}
	elts := []ast.Expr{first}
	for p.acceptOp(",") && !p.isOp("]") {
		elts = append(elts, p.slice())
	}
	// A lone starred index such as a[*b] is a one-element tuple.
	return &ast.Tuple{Pos: p.span(start), Elts: elts, Ctx: ast.Load}
}

// slice parses `a`, `*a` or `[lower]:[upper][:[step]]`.
func (p *parser) slice() ast.Expr {
	start := p.start()
	var lower ast.Expr
	if !p.isOp(":") {
		if p.isOp("*") {
			return p.starred()
		}
		lower = p.namedExpression()
		if !p.isOp(":") {
			p.checkStrayAssign(start, lower)
			return lower
		}
	}
	p.next()
	s := &ast.Slice{Lower: lower}
	if !p.isOp(":") && !p.isOp("]") && !p.isOp(",") {
		s.Upper = p.expression()
	}
	if p.acceptOp(":") && !p.isOp("]") && !p.isOp(",") {
		s.Step = p.expression()
	}
	s.Pos = p.span(start)
	return s
}

// targetList parses the targets of a for loop or comprehension: targets
// separated by commas, a Tuple when there is a comma.
func (p *parser) targetList() ast.Expr {
	start := p.start()
	first := p.targetElement()
	if !p.isOp(",") {
		return first
	}
	elts := []ast.Expr{first}
	for p.acceptOp(",") && !p.isKw("in") && !p.isOp("=") {
		elts = append(elts, p.targetElement())
	}
	return &ast.Tuple{Pos: p.span(start), Elts: elts, Ctx: ast.Load}
}

// targetElement parses one target: `*bitwise_or` or a bitwise_or, which
// stops before `in`.
func (p *parser) targetElement() ast.Expr {
	if p.isOp("*") {
		return p.starred()
	}
	return p.bitwiseOr()
}
