package parser

import (
	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
)

// statement parses one statement: a compound statement, or a line of
// simple statements separated by semicolons. It appends to body.
func (p *parser) statement(body []ast.Stmt) []ast.Stmt {
	t := p.tok
	switch t.Type {
	case lexer.Keyword:
		switch t.Value {
		case "if":
			return append(body, p.ifStmt())
		case "while":
			return append(body, p.whileStmt())
		case "for":
			return append(body, p.forStmt(p.start(), false))
		case "try":
			return append(body, p.tryStmt())
		case "with":
			return append(body, p.withStmt(p.start(), false))
		case "def":
			return append(body, p.funcDef(p.start(), nil, false))
		case "class":
			return append(body, p.classDef(nil))
		case "async":
			return append(body, p.asyncStmt(nil))
		}
	case lexer.Op:
		if t.Value == "@" {
			return append(body, p.decorated())
		}
	case lexer.Indent:
		p.errorAtToken(t, "unexpected indent", "IndentationError")
	}
	return p.simpleStatements(body)
}

// simpleStatements parses simple statements separated by semicolons up to
// the end of the line.
func (p *parser) simpleStatements(body []ast.Stmt) []ast.Stmt {
	for {
		body = append(body, p.simpleStatement())
		if !p.acceptOp(";") || p.tok.Type == lexer.Newline {
			break
		}
	}
	if p.tok.Type != lexer.Newline {
		p.syntaxError("invalid syntax")
	}
	p.next()
	return body
}

// simpleStatement parses one simple statement.
func (p *parser) simpleStatement() ast.Stmt {
	start := p.start()
	if p.tok.Type == lexer.Keyword {
		switch p.tok.Value {
		case "pass":
			p.next()
			return &ast.Pass{Pos: p.span(start)}
		case "break":
			p.next()
			return &ast.Break{Pos: p.span(start)}
		case "continue":
			p.next()
			return &ast.Continue{Pos: p.span(start)}
		case "return":
			p.next()
			var v ast.Expr
			if p.startsExpression() {
				v = p.starExpressions()
			}
			return &ast.Return{Pos: p.span(start), Value: v}
		case "raise":
			return p.raiseStmt()
		case "global", "nonlocal":
			return p.globalStmt()
		case "del":
			return p.delStmt()
		case "assert":
			p.next()
			s := &ast.Assert{Test: p.expression()}
			if p.acceptOp(",") {
				s.Msg = p.expression()
			}
			s.Pos = p.span(start)
			return s
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImportStmt()
		}
	}
	return p.exprStatement()
}

// raiseStmt parses `raise [exc [from cause]]`.
func (p *parser) raiseStmt() ast.Stmt {
	start := p.start()
	p.next()
	s := &ast.Raise{}
	if p.startsExpression() {
		s.Exc = p.expression()
		if p.acceptKw("from") {
			s.Cause = p.expression()
		}
	}
	s.Pos = p.span(start)
	return s
}

// globalStmt parses `global a, b` and `nonlocal a, b`.
func (p *parser) globalStmt() ast.Stmt {
	start := p.start()
	kw := p.next().Value
	names := []string{p.name()}
	for p.acceptOp(",") {
		names = append(names, p.name())
	}
	if kw == "global" {
		return &ast.Global{Pos: p.span(start), Names: names}
	}
	return &ast.Nonlocal{Pos: p.span(start), Names: names}
}

// delStmt parses `del t1, t2`.
func (p *parser) delStmt() ast.Stmt {
	start := p.start()
	p.next()
	var targets []ast.Expr
	p.inDel = true
	defer func() { p.inDel = false }()
	for {
		t := p.starExpression()
		p.checkTarget(t, delTarget, false)
		targets = append(targets, t)
		if !p.acceptOp(",") || !p.startsExpression() {
			break
		}
	}
	return &ast.Delete{Pos: p.span(start), Targets: targets}
}

// importStmt parses `import a.b as c, d`.
func (p *parser) importStmt() ast.Stmt {
	start := p.start()
	p.next()
	s := &ast.Import{}
	for {
		aStart := p.start()
		a := &ast.Alias{Name: p.dottedName()}
		if p.acceptKw("as") {
			a.Asname = p.name()
		}
		a.Pos = p.span(aStart)
		s.Names = append(s.Names, a)
		if !p.acceptOp(",") {
			break
		}
	}
	s.Pos = p.span(start)
	return s
}

// fromImportStmt parses `from [.]module import names`.
func (p *parser) fromImportStmt() ast.Stmt {
	start := p.start()
	p.next()
	s := &ast.ImportFrom{}
	for {
		if p.acceptOp(".") {
			s.Level++
		} else if p.acceptOp("...") {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || !p.isKw("import") {
		s.Module = p.dottedName()
	}
	p.expectKw("import")
	switch {
	case p.isOp("*"):
		aStart := p.start()
		p.next()
		s.Names = []*ast.Alias{{Pos: p.span(aStart), Name: "*"}}
	case p.acceptOp("("):
		s.Names = p.importNames(true)
		p.expectOp(")")
	default:
		s.Names = p.importNames(false)
	}
	s.Pos = p.span(start)
	return s
}

// importNames parses `a as b, c` after `from m import`.
func (p *parser) importNames(parenthesized bool) []*ast.Alias {
	var names []*ast.Alias
	for {
		aStart := p.start()
		a := &ast.Alias{Name: p.name()}
		if p.acceptKw("as") {
			a.Asname = p.name()
		}
		a.Pos = p.span(aStart)
		names = append(names, a)
		if !p.isOp(",") {
			return names
		}
		p.next()
		if p.tok.Type != lexer.Name {
			if !parenthesized && p.tok.Type == lexer.Newline {
				p.syntaxError("trailing comma not allowed without surrounding parentheses")
			}
			return names
		}
	}
}

// dottedName parses `a.b.c`.
func (p *parser) dottedName() string {
	name := p.name()
	for p.acceptOp(".") {
		name += "." + p.name()
	}
	return name
}

// exprStatement parses an expression statement or an assignment of any
// kind, which all begin with an expression.
func (p *parser) exprStatement() ast.Stmt {
	start := p.start()
	parenStart := p.isOp("(")
	var e ast.Expr
	isYield := p.isKw("yield")
	if isYield {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	if p.tok.Type == lexer.Op {
		switch v := p.tok.Value; {
		case v == "=":
			return p.assignment(start, e, isYield)
		case isYield:
			// CPython has no rule for `yield += 1` or `yield: int`: the
			// statement ends here and the operator is a syntax error.
		case v == ":":
			return p.annAssign(start, e, parenStart)
		case augOps[v] != nil:
			return p.augAssign(start, e)
		case v == ":=":
			if _, ok := e.(*ast.Name); !ok {
				p.checkWalrusTarget(e)
			}
		}
	}
	return &ast.ExprStmt{Pos: p.span(start), Value: e}
}

// assignment parses the rest of `t1 = t2 = value` after the first target.
// Like CPython, it checks each target on reaching its `=`, before parsing
// what follows.
func (p *parser) assignment(start position, first ast.Expr, firstIsYield bool) ast.Stmt {
	exprs := []ast.Expr{first}
	isYield := firstIsYield
	for p.isOp("=") {
		target := exprs[len(exprs)-1]
		if isYield {
			p.errorAtNode(target, "assignment to yield expression not possible")
		}
		if len(exprs) == 1 {
			p.checkFirstTarget(target)
		} else {
			p.checkTarget(target, storeTarget, false)
		}
		p.next()
		isYield = p.isKw("yield")
		if isYield {
			exprs = append(exprs, p.yieldExpr())
		} else {
			exprs = append(exprs, p.starExpressions())
		}
	}
	return &ast.Assign{Pos: p.span(start), Targets: exprs[:len(exprs)-1], Value: exprs[len(exprs)-1]}
}

// checkFirstTarget checks the first target of an assignment, whose `=` is
// next. CPython suggests '==' for it when a single value follows.
func (p *parser) checkFirstTarget(target ast.Expr) {
	if invalidTarget(target, storeTarget) == nil {
		p.checkTarget(target, storeTarget, false)
		return
	}
	single := false
	p.probe(func() {
		p.next()
		p.bitwiseOr()
		single = !p.isOp("=") && !p.isOp(":=")
	})
	p.checkTarget(target, storeTarget, single)
}

// augOps maps augmented assignment operators to their binary operators.
var augOps = map[string]*ast.Operator{}

func init() {
	for sym, op := range map[string]ast.Operator{
		"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mult, "@=": ast.MatMult, "/=": ast.Div,
		"%=": ast.Mod, "**=": ast.Pow, "<<=": ast.LShift, ">>=": ast.RShift, "|=": ast.BitOr,
		"^=": ast.BitXor, "&=": ast.BitAnd, "//=": ast.FloorDiv,
	} {
		op := op
		augOps[sym] = &op
	}
}

// augAssign parses the rest of `target op= value`.
func (p *parser) augAssign(start position, target ast.Expr) ast.Stmt {
	switch target.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		setContext(target, ast.Store)
	default:
		p.errorAtNode(target, "'"+exprName(target)+"' is an illegal expression for augmented assignment")
	}
	op := *augOps[p.next().Value]
	var value ast.Expr
	if p.isKw("yield") {
		value = p.yieldExpr()
	} else {
		value = p.starExpressions()
	}
	return &ast.AugAssign{Pos: p.span(start), Target: target, Op: op, Value: value}
}

// annAssign parses the rest of `target: annotation [= value]`.
func (p *parser) annAssign(start position, target ast.Expr, parenStart bool) ast.Stmt {
	simple := false
	switch target.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
	default:
		if !tokenStartsExpression(p.peek()) {
			p.syntaxError("invalid syntax") // CPython fails at the colon
		}
	}
	switch t := target.(type) {
	case *ast.Name:
		simple = t.Line == start.line && t.Col == start.col
	case *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		if !parenStart && len(t.Elts) > 0 {
			p.errorAtNode(t.Elts[0], "only single target (not tuple) can be annotated")
		}
		p.errorAtNode(t, "only single target (not tuple) can be annotated")
	case *ast.List:
		p.errorAtNode(t, "only single target (not list) can be annotated")
	default:
		p.errorAtNode(target, "illegal target for annotation")
	}
	setContext(target, ast.Store)
	p.next() // :
	s := &ast.AnnAssign{Target: target, Annotation: p.expression(), Simple: simple}
	if p.acceptOp("=") {
		if p.isKw("yield") {
			s.Value = p.yieldExpr()
		} else {
			s.Value = p.starExpressions()
		}
	}
	s.Pos = p.span(start)
	return s
}
