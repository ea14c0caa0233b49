package parser

import "github.com/aio-lang/aio/ast"

// targetKind says what a target is for, which decides what is allowed and
// how errors are worded.
type targetKind int

const (
	storeTarget targetKind = iota // assignment
	forTarget                     // for loop, comprehension, with ... as
	delTarget                     // del statement
)

// checkTarget validates e as a target and sets its context (and that of
// nested targets) to Store or Del. hint adds CPython's "Maybe you meant
// '=='" suggestion for the first target of a plain assignment.
func (p *parser) checkTarget(e ast.Expr, kind targetKind, hint bool) {
	bad := invalidTarget(e, kind)
	if bad == nil {
		ctx := ast.Store
		if kind == delTarget {
			ctx = ast.Del
		}
		setContext(e, ctx)
		return
	}
	msg := "cannot assign to " + exprName(bad)
	if kind == delTarget {
		msg = "cannot delete " + exprName(bad)
	}
	if hint && bad == e && hintable(e) {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	p.errorAtNode(bad, msg)
}

// invalidTarget returns the first part of e that cannot be a target, or
// nil.
func invalidTarget(e ast.Expr, kind targetKind) ast.Expr {
	switch n := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Starred:
		if kind == delTarget {
			return n
		}
		return invalidTarget(n.Value, kind)
	case *ast.Tuple:
		for _, el := range n.Elts {
			if bad := invalidTarget(el, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.List:
		for _, el := range n.Elts {
			if bad := invalidTarget(el, kind); bad != nil {
				return bad
			}
		}
		return nil
	}
	return e
}

// hintable reports whether CPython would suggest '==' for an invalid
// assignment target: it does for operands of binary operators and tighter,
// unless they start with a list, a tuple, a generator expression or one of
// the constants True, False and None.
func hintable(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Compare, *ast.BoolOp, *ast.Lambda, *ast.IfExp, *ast.NamedExpr, *ast.Starred:
		return false
	case *ast.UnaryOp:
		return n.Op != ast.Not
	}
	first := leftmost(e)
	if s, f := e.Span(), first.Span(); s.Line != f.Line || s.Col != f.Col {
		return true // the leftmost operand is parenthesized
	}
	switch n := first.(type) {
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
		return false
	case *ast.Constant:
		switch n.Value.Kind {
		case ast.ConstTrue, ast.ConstFalse, ast.ConstNone:
			return false
		}
	}
	return true
}

// leftmost returns the operand an expression starts with.
func leftmost(e ast.Expr) ast.Expr {
	for {
		switch n := e.(type) {
		case *ast.BinOp:
			e = n.Left
		case *ast.Attribute:
			e = n.Value
		case *ast.Subscript:
			e = n.Value
		case *ast.Call:
			e = n.Func
		default:
			return e
		}
	}
}

// setContext sets the context of a target and of the targets nested in it.
func setContext(e ast.Expr, ctx ast.ExprContext) {
	switch n := e.(type) {
	case *ast.Name:
		n.Ctx = ctx
	case *ast.Attribute:
		n.Ctx = ctx
	case *ast.Subscript:
		n.Ctx = ctx
	case *ast.Starred:
		n.Ctx = ctx
		setContext(n.Value, ctx)
	case *ast.List:
		n.Ctx = ctx
		for _, el := range n.Elts {
			setContext(el, ctx)
		}
	case *ast.Tuple:
		n.Ctx = ctx
		for _, el := range n.Elts {
			setContext(el, ctx)
		}
	}
}

// exprName names an expression the way CPython's error messages do.
func exprName(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.Constant:
		switch n.Value.Kind {
		case ast.ConstNone:
			return "None"
		case ast.ConstTrue:
			return "True"
		case ast.ConstFalse:
			return "False"
		case ast.ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	}
	return "expression"
}
