package parser

import (
	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/lexer"
)

// call parses `(args)` after fn, which started at start.
func (p *parser) call(start position, fn ast.Expr) ast.Expr {
	p.next()
	p.nesting++
	args, keywords := p.callArguments()
	p.expectOp(")")
	p.nesting--
	return &ast.Call{Pos: p.span(start), Func: fn, Args: args, Keywords: keywords}
}

// callArguments parses the arguments of a call or class definition after
// the opening parenthesis, stopping before the closing one. A lone
// generator expression argument spans the parentheses, as in CPython.
func (p *parser) callArguments() (args []ast.Expr, keywords []*ast.Keyword) {
	parenStart := position{p.prevEnd.line, p.prevEnd.col - 1}
	sawKeyword, sawDoubleStar := false, false
	misplaced := "" // CPython reports a misplaced positional argument after the last argument
	for !p.isOp(")") {
		argStart := p.start()
		switch {
		case p.isOp("*"):
			if sawDoubleStar {
				p.errorAtToken(p.tok, "iterable argument unpacking follows keyword argument unpacking", "SyntaxError")
			}
			p.next()
			v := p.expression()
			args = append(args, &ast.Starred{Pos: p.span(argStart), Value: v, Ctx: ast.Load})
		case p.isOp("**"):
			p.next()
			v := p.expression()
			keywords = append(keywords, &ast.Keyword{Pos: p.span(argStart), Value: v})
			sawDoubleStar = true
		case p.tok.Type == lexer.Name && p.peekIsOp("="):
			name := lexer.NormalizeName(p.next().Value)
			p.next()
			v := p.expression()
			keywords = append(keywords, &ast.Keyword{Pos: p.span(argStart), Arg: name, Value: v})
			sawKeyword = true
		default:
			e := p.assignmentExpression()
			if p.isComprehension() {
				var gens []*ast.Comprehension
				if first := len(args) == 0 && len(keywords) == 0; first {
					gens = p.comprehensions()
				} else if forTok := p.tok; !p.attempt(func() { gens = p.comprehensions() }) {
					// CPython takes a generator expression only as the first
					// argument and otherwise fails at its `for`.
					p.errorAtToken(forTok, "invalid syntax", "SyntaxError")
				}
				if len(args) > 0 || len(keywords) > 0 || p.isOp(",") {
					p.errorRange(position{e.Span().Line, e.Span().Col}, p.prevEnd, "Generator expression must be parenthesized")
				}
				if !p.isOp(")") {
					p.syntaxError("invalid syntax")
				}
				end := tokenEnd(p.tok)
				pos := ast.Pos{Line: parenStart.line, Col: parenStart.col, EndLine: end.line, EndCol: end.col}
				return []ast.Expr{&ast.GeneratorExp{Pos: pos, Elt: e, Generators: gens}}, nil
			}
			if p.isOp("=") {
				s := e.Span()
				p.errorRange(position{s.Line, s.Col}, tokenEnd(p.tok), `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			switch {
			case misplaced != "":
			case sawDoubleStar:
				misplaced = "positional argument follows keyword argument unpacking"
			case sawKeyword:
				misplaced = "positional argument follows keyword argument"
			}
			args = append(args, e)
		}
		if !p.acceptOp(",") {
			break
		}
	}
	if misplaced != "" {
		p.syntaxError(misplaced)
	}
	return args, keywords
}

// peekIsOp reports whether the token after the current one is operator op.
func (p *parser) peekIsOp(op string) bool {
	t := p.peek()
	return t.Type == lexer.Op && t.Value == op
}

// parameters parses a parameter list up to (not including) closer: ")" for
// def, with annotations, and ":" for lambda, without.
func (p *parser) parameters(closer string, annotations bool) *ast.Arguments {
	a := &ast.Arguments{}
	sawDefault, sawStar, sawSlash := false, false, false
	var bareStar *lexer.Token
	for !p.isOp(closer) {
		if a.Kwarg != nil {
			if p.tok.Type == lexer.Name || p.isOp("*") || p.isOp("**") || p.isOp("/") {
				p.syntaxError("arguments cannot follow var-keyword argument")
			}
			p.syntaxError("invalid syntax")
		}
		switch {
		case p.isOp("/"):
			switch {
			case sawSlash:
				p.syntaxError("/ may appear only once")
			case sawStar:
				p.syntaxError("/ must be ahead of *")
			case len(a.Args) == 0:
				if p.peekIsOp(",") {
					p.syntaxError("at least one argument must precede /")
				}
				p.syntaxError("invalid syntax")
			}
			p.next()
			if p.isOp("*") {
				p.syntaxError("expected comma between / and *")
			}
			sawSlash = true
			a.Posonlyargs, a.Args = a.Args, nil
		case p.isOp("*"):
			if sawStar {
				p.syntaxError("* argument may appear only once")
			}
			star := p.next()
			sawStar = true
			if p.isOp(",") || p.isOp(closer) {
				bareStar = star
				if !annotations {
					// For a lambda CPython reports this at the token that
					// shows it: the colon or a following **.
					if p.isOp(",") {
						bareStar = p.peek()
					} else {
						bareStar = p.tok
					}
					if bareStar.Type == lexer.Op && (bareStar.Value == ":" || bareStar.Value == "**") {
						p.errorAtToken(bareStar, "named arguments must follow bare *", "SyntaxError")
					}
					bareStar = star
				}
				break
			}
			a.Vararg = p.param(annotations, true)
			if p.isOp("=") {
				p.syntaxError("var-positional argument cannot have default value")
			}
		case p.isOp("**"):
			p.next()
			a.Kwarg = p.param(annotations, false)
			if p.isOp("=") {
				p.syntaxError("var-keyword argument cannot have default value")
			}
		case p.isOp("("):
			p.parenthesizedParams(annotations, sawDefault || sawStar || sawSlash)
		default:
			arg := p.param(annotations, false)
			var def ast.Expr
			if p.isOp("=") {
				eq := p.next()
				if p.isOp(",") || p.isOp(closer) {
					p.errorAtToken(eq, "expected default value expression", "SyntaxError")
				}
				def = p.expression()
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
				break
			}
			a.Args = append(a.Args, arg)
			switch {
			case def != nil:
				a.Defaults = append(a.Defaults, def)
				sawDefault = true
			case sawDefault:
				p.errorAtNode(arg, "non-default argument follows default argument")
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	if bareStar != nil && len(a.Kwonlyargs) == 0 {
		p.errorAtToken(bareStar, "named arguments must follow bare *", "SyntaxError")
	}
	return a
}

// parenthesizedParams reports `def f((a, b))`, which Python 2 allowed,
// with CPython's message when only plain names came before.
func (p *parser) parenthesizedParams(annotations, afterOthers bool) {
	open := p.tok
	start := p.start()
	if !afterOthers && p.attempt(func() {
		p.next()
		for {
			p.param(annotations, false)
			if !p.acceptOp(",") || p.isOp(")") {
				break
			}
		}
		p.expectOp(")")
	}) {
		what := "Function"
		if !annotations {
			what = "Lambda expression"
		}
		p.errorRange(start, p.prevEnd, what+" parameters cannot be parenthesized")
	}
	p.errorAtToken(open, "invalid syntax", "SyntaxError")
}

// param parses a parameter name with an optional annotation; starAnn
// allows `*args: *Ts`.
func (p *parser) param(annotations, starAnn bool) *ast.Arg {
	start := p.start()
	arg := &ast.Arg{Arg: p.name()}
	if annotations && p.acceptOp(":") {
		if starAnn && p.isOp("*") {
			arg.Annotation = p.starred()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.span(start)
	return arg
}
