package ast

// Inspect traverses the tree rooted at n depth first, in source order. It
// calls f(n); when f returns true it then inspects each child of n. Besides
// statements and expressions, the nodes visited include exception handlers,
// parameters (*Arg), keyword arguments and import aliases; the parts of
// comprehensions, with items and parameter lists, which are not nodes
// themselves, are visited through their expressions. n may be nil.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	visit := func(c Node) { Inspect(c, f) }
	switch n := n.(type) {
	// Statements.
	case *FunctionDef:
		exprs(n.DecoratorList, visit)
		arguments(n.Args, visit)
		visitExpr(n.Returns, visit)
		stmts(n.Body, visit)
	case *ClassDef:
		exprs(n.DecoratorList, visit)
		exprs(n.Bases, visit)
		for _, k := range n.Keywords {
			visit(k)
		}
		stmts(n.Body, visit)
	case *Return:
		visitExpr(n.Value, visit)
	case *Delete:
		exprs(n.Targets, visit)
	case *Assign:
		exprs(n.Targets, visit)
		visit(n.Value)
	case *AugAssign:
		visit(n.Target)
		visit(n.Value)
	case *AnnAssign:
		visit(n.Target)
		visit(n.Annotation)
		visitExpr(n.Value, visit)
	case *For:
		visit(n.Target)
		visit(n.Iter)
		stmts(n.Body, visit)
		stmts(n.Orelse, visit)
	case *While:
		visit(n.Test)
		stmts(n.Body, visit)
		stmts(n.Orelse, visit)
	case *If:
		visit(n.Test)
		stmts(n.Body, visit)
		stmts(n.Orelse, visit)
	case *With:
		for _, item := range n.Items {
			visit(item.ContextExpr)
			visitExpr(item.OptionalVars, visit)
		}
		stmts(n.Body, visit)
	case *Raise:
		visitExpr(n.Exc, visit)
		visitExpr(n.Cause, visit)
	case *Try:
		stmts(n.Body, visit)
		for _, h := range n.Handlers {
			visit(h)
		}
		stmts(n.Orelse, visit)
		stmts(n.Finalbody, visit)
	case *ExceptHandler:
		visitExpr(n.Type, visit)
		stmts(n.Body, visit)
	case *Assert:
		visit(n.Test)
		visitExpr(n.Msg, visit)
	case *Import:
		for _, a := range n.Names {
			visit(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			visit(a)
		}
	case *ExprStmt:
		visit(n.Value)

	// Expressions.
	case *BoolOp:
		exprs(n.Values, visit)
	case *NamedExpr:
		visit(n.Target)
		visit(n.Value)
	case *BinOp:
		visit(n.Left)
		visit(n.Right)
	case *UnaryOp:
		visit(n.Operand)
	case *Lambda:
		arguments(n.Args, visit)
		visit(n.Body)
	case *IfExp:
		visit(n.Body)
		visit(n.Test)
		visit(n.Orelse)
	case *Dict:
		for i, v := range n.Values {
			if i < len(n.Keys) {
				visitExpr(n.Keys[i], visit)
			}
			visit(v)
		}
	case *Set:
		exprs(n.Elts, visit)
	case *ListComp:
		visit(n.Elt)
		comprehensions(n.Generators, visit)
	case *SetComp:
		visit(n.Elt)
		comprehensions(n.Generators, visit)
	case *DictComp:
		visit(n.Key)
		visit(n.Value)
		comprehensions(n.Generators, visit)
	case *GeneratorExp:
		visit(n.Elt)
		comprehensions(n.Generators, visit)
	case *Await:
		visit(n.Value)
	case *Yield:
		visitExpr(n.Value, visit)
	case *YieldFrom:
		visit(n.Value)
	case *Compare:
		visit(n.Left)
		exprs(n.Comparators, visit)
	case *Call:
		visit(n.Func)
		exprs(n.Args, visit)
		for _, k := range n.Keywords {
			visit(k)
		}
	case *FormattedValue:
		visit(n.Value)
		if n.FormatSpec != nil {
			visit(n.FormatSpec)
		}
	case *JoinedStr:
		exprs(n.Values, visit)
	case *Attribute:
		visit(n.Value)
	case *Subscript:
		visit(n.Value)
		visit(n.Slice)
	case *Starred:
		visit(n.Value)
	case *List:
		exprs(n.Elts, visit)
	case *Tuple:
		exprs(n.Elts, visit)
	case *Slice:
		visitExpr(n.Lower, visit)
		visitExpr(n.Upper, visit)
		visitExpr(n.Step, visit)

	// Pieces.
	case *Arg:
		visitExpr(n.Annotation, visit)
	case *Keyword:
		visit(n.Value)
	}
}

// InspectBody inspects each statement of a body, such as a Module's.
func InspectBody(body []Stmt, f func(Node) bool) {
	for _, s := range body {
		Inspect(s, f)
	}
}

func visitExpr(e Expr, visit func(Node)) {
	if e != nil {
		visit(e)
	}
}

func exprs(list []Expr, visit func(Node)) {
	for _, e := range list {
		visitExpr(e, visit)
	}
}

func stmts(list []Stmt, visit func(Node)) {
	for _, s := range list {
		visit(s)
	}
}

// arguments visits parameters in source order, each default after the
// parameter it belongs to.
func arguments(a *Arguments, visit func(Node)) {
	if a == nil {
		return
	}
	positional := append(append([]*Arg{}, a.Posonlyargs...), a.Args...)
	firstDefault := len(positional) - len(a.Defaults)
	for i, arg := range positional {
		visit(arg)
		if i >= firstDefault {
			visitExpr(a.Defaults[i-firstDefault], visit)
		}
	}
	if a.Vararg != nil {
		visit(a.Vararg)
	}
	for i, arg := range a.Kwonlyargs {
		visit(arg)
		if i < len(a.KwDefaults) {
			visitExpr(a.KwDefaults[i], visit)
		}
	}
	if a.Kwarg != nil {
		visit(a.Kwarg)
	}
}

// comprehensions visits the targets, iterables and conditions of for
// clauses.
func comprehensions(gens []*Comprehension, visit func(Node)) {
	for _, g := range gens {
		visit(g.Target)
		visit(g.Iter)
		exprs(g.Ifs, visit)
	}
}
