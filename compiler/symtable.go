package compiler

import (
	"github.com/aio-lang/aio/ast"
)

// scopeKind tells what kind of block a scope is.
type scopeKind int

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
)

// symFlags record how a name is used in one scope.
type symFlags uint16

const (
	symAssigned symFlags = 1 << iota
	symParam
	symUsed
	symGlobal   // declared global
	symNonlocal // declared nonlocal
	symFree     // resolved to an enclosing function's cell
	symCell     // a local captured by an inner function
	symImported
)

// scope is the symbol table of one code block.
type scope struct {
	kind     scopeKind
	name     string
	node     ast.Node
	parent   *scope
	children []*scope
	syms     map[string]symFlags
	order    []string // names in first-seen order
	params   []string
	// declNodes remembers where global/nonlocal declarations are, for errors.
	declNodes map[string]ast.Node
	// isGenerator, isAsync etc. describe the code produced for this scope.
	isGenerator   bool
	isCoroutine   bool
	isLambda      bool
	isComprehen   bool
	needsClassCel bool // a method body uses super() or __class__
	hasClassCell  bool // class scope: create the __class__ cell
	topLevelAwait bool
}

func newScope(kind scopeKind, name string, node ast.Node, parent *scope) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: parent, syms: map[string]symFlags{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) add(name string, f symFlags) {
	if _, ok := s.syms[name]; !ok {
		s.order = append(s.order, name)
	}
	s.syms[name] |= f
}

// symtable walks the module and builds a scope per code block. Errors are
// syntax errors (global after use, nonlocal without binding, ...).
type symtable struct {
	filename string
	scopes   map[ast.Node]*scope
	err      error
	cur      *scope
}

func buildSymtable(filename string, mod *ast.Module, topLevelAwait bool) (*symtable, *scope, error) {
	st := &symtable{filename: filename, scopes: map[ast.Node]*scope{}}
	top := newScope(moduleScope, "<module>", nil, nil)
	top.topLevelAwait = topLevelAwait
	st.cur = top
	st.stmts(mod.Body)
	if st.err != nil {
		return nil, nil, st.err
	}
	if err := st.resolve(top); err != nil {
		return nil, nil, err
	}
	return st, top, nil
}

func (st *symtable) fail(n ast.Node, msg string) {
	if st.err == nil {
		st.err = syntaxError(st.filename, n, msg)
	}
}

func (st *symtable) push(kind scopeKind, name string, node ast.Node) *scope {
	s := newScope(kind, name, node, st.cur)
	st.scopes[node] = s
	st.cur = s
	return s
}

func (st *symtable) pop() { st.cur = st.cur.parent }

func (st *symtable) stmts(list []ast.Stmt) {
	for _, s := range list {
		st.stmt(s)
	}
}

func (st *symtable) bind(name string, n ast.Node) {
	f := st.cur.syms[name]
	if f&(symGlobal|symNonlocal) != 0 {
		st.cur.add(name, symAssigned)
		return
	}
	st.cur.add(name, symAssigned)
}

func (st *symtable) declare(n ast.Node, names []string, flag symFlags) {
	what := "global"
	if flag == symNonlocal {
		what = "nonlocal"
		if st.cur.kind == moduleScope {
			st.fail(n, "nonlocal declaration not allowed at module level")
			return
		}
	}
	for _, name := range names {
		f := st.cur.syms[name]
		if f&symParam != 0 {
			st.fail(n, "name '"+name+"' is parameter and "+what)
			return
		}
		if f&symNonlocal != 0 && flag == symGlobal {
			st.fail(n, "name '"+name+"' is nonlocal and global")
			return
		}
		if f&symGlobal != 0 && flag == symNonlocal {
			st.fail(n, "name '"+name+"' is nonlocal and global")
			return
		}
		if f&symUsed != 0 && f&(symGlobal|symNonlocal) == 0 {
			st.fail(n, "name '"+name+"' is used prior to "+what+" declaration")
			return
		}
		if f&symAssigned != 0 && f&(symGlobal|symNonlocal) == 0 {
			st.fail(n, "name '"+name+"' is assigned to before "+what+" declaration")
			return
		}
		st.cur.add(name, flag)
		if st.cur.declNodes == nil {
			st.cur.declNodes = map[string]ast.Node{}
		}
		st.cur.declNodes[name] = n
	}
}

func (st *symtable) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		for _, d := range s.DecoratorList {
			st.expr(d)
		}
		st.argDefaults(s.Args)
		st.annotations(s.Args, s.Returns)
		st.bind(s.Name, s)
		fs := st.push(functionScope, s.Name, s)
		fs.isCoroutine = s.IsAsync
		st.params(s.Args)
		st.stmts(s.Body)
		st.pop()
	case *ast.ClassDef:
		for _, d := range s.DecoratorList {
			st.expr(d)
		}
		for _, b := range s.Bases {
			st.expr(b)
		}
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.bind(s.Name, s)
		st.push(classScope, s.Name, s)
		st.stmts(s.Body)
		st.pop()
	case *ast.Return:
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			st.target(t)
		}
	case *ast.Assign:
		st.expr(s.Value)
		for _, t := range s.Targets {
			st.target(t)
		}
	case *ast.AugAssign:
		st.expr(s.Value)
		if n, ok := s.Target.(*ast.Name); ok {
			st.cur.add(n.Id, symUsed)
		}
		st.target(s.Target)
	case *ast.AnnAssign:
		if s.Value != nil {
			st.expr(s.Value)
		}
		if st.cur.kind != functionScope {
			st.expr(s.Annotation)
		}
		if n, ok := s.Target.(*ast.Name); ok && s.Value == nil {
			if st.cur.syms[n.Id]&(symGlobal|symNonlocal) == 0 {
				st.cur.add(n.Id, symAssigned)
			}
			return
		}
		st.target(s.Target)
	case *ast.For:
		st.expr(s.Iter)
		st.target(s.Target)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
		if s.IsAsync {
			st.checkAsync(s, "'async for'")
		}
	case *ast.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *ast.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *ast.With:
		for _, it := range s.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.target(it.OptionalVars)
			}
		}
		st.stmts(s.Body)
		if s.IsAsync {
			st.checkAsync(s, "'async with'")
		}
	case *ast.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
		}
		if s.Cause != nil {
			st.expr(s.Cause)
		}
	case *ast.Try:
		st.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.bind(h.Name, h)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Orelse)
		st.stmts(s.Finalbody)
	case *ast.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *ast.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			st.bind(name, s)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if st.cur.kind != moduleScope {
					st.fail(s, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			st.bind(name, s)
		}
	case *ast.Global:
		st.declare(s, s.Names, symGlobal)
	case *ast.Nonlocal:
		st.declare(s, s.Names, symNonlocal)
	case *ast.ExprStmt:
		st.expr(s.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	}
}

// checkAsync rejects async constructs outside async functions.
func (st *symtable) checkAsync(n ast.Node, what string) {
	s := st.cur
	for s.kind == functionScope && s.isComprehen {
		s = s.parent
	}
	if s.kind == functionScope && s.isCoroutine {
		return
	}
	if s.kind == moduleScope && s.topLevelAwait {
		return
	}
	st.fail(n, what+" outside async function")
}

func (st *symtable) argDefaults(a *ast.Arguments) {
	for _, d := range a.Defaults {
		st.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(d)
		}
	}
}

func (st *symtable) annotations(a *ast.Arguments, ret ast.Expr) {
	each := func(args []*ast.Arg) {
		for _, x := range args {
			if x != nil && x.Annotation != nil {
				st.expr(x.Annotation)
			}
		}
	}
	each(a.Posonlyargs)
	each(a.Args)
	each(a.Kwonlyargs)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		st.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		st.expr(a.Kwarg.Annotation)
	}
	if ret != nil {
		st.expr(ret)
	}
}

func (st *symtable) params(a *ast.Arguments) {
	seen := map[string]bool{}
	add := func(x *ast.Arg) {
		if seen[x.Arg] {
			st.fail(x, "duplicate argument '"+x.Arg+"' in function definition")
		}
		seen[x.Arg] = true
		st.cur.add(x.Arg, symParam|symAssigned)
		st.cur.params = append(st.cur.params, x.Arg)
	}
	for _, x := range a.Posonlyargs {
		add(x)
	}
	for _, x := range a.Args {
		add(x)
	}
	for _, x := range a.Kwonlyargs {
		add(x)
	}
	if a.Vararg != nil {
		add(a.Vararg)
	}
	if a.Kwarg != nil {
		add(a.Kwarg)
	}
}

// target records the names bound by an assignment target.
func (st *symtable) target(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		st.bind(e.Id, e)
	case *ast.Tuple:
		for _, x := range e.Elts {
			st.target(x)
		}
	case *ast.List:
		for _, x := range e.Elts {
			st.target(x)
		}
	case *ast.Starred:
		st.target(e.Value)
	case *ast.Attribute:
		st.expr(e.Value)
	case *ast.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	default:
		st.expr(e)
	}
}

func (st *symtable) expr(e ast.Expr) {
	switch e := e.(type) {
	case nil:
	case *ast.Name:
		if e.Ctx == ast.Load {
			st.cur.add(e.Id, symUsed)
			if e.Id == "super" || e.Id == "__class__" {
				st.markClassCell()
			}
		} else {
			st.bind(e.Id, e)
		}
	case *ast.BoolOp:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *ast.NamedExpr:
		st.expr(e.Value)
		// The target binds in the nearest enclosing non-comprehension scope.
		s := st.cur
		for s.isComprehen {
			s = s.parent
		}
		if s.kind == classScope && st.cur.isComprehen {
			st.fail(e, "assignment expression within a comprehension cannot be used in a class body")
			return
		}
		if s != st.cur {
			if s.syms[e.Target.Id]&(symGlobal) == 0 {
				s.add(e.Target.Id, symAssigned)
			}
			for c := st.cur; c != s; c = c.parent {
				if c.syms[e.Target.Id]&symAssigned != 0 {
					st.fail(e, "assignment expression cannot rebind comprehension iteration variable '"+e.Target.Id+"'")
					return
				}
				c.add(e.Target.Id, symNonlocal)
			}
			if s.kind == moduleScope {
				for c := st.cur; c != s; c = c.parent {
					c.syms[e.Target.Id] = (c.syms[e.Target.Id] &^ symNonlocal) | symGlobal
				}
			}
		} else {
			st.bind(e.Target.Id, e)
		}
	case *ast.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *ast.UnaryOp:
		st.expr(e.Operand)
	case *ast.Lambda:
		st.argDefaults(e.Args)
		ls := st.push(functionScope, "<lambda>", e)
		ls.isLambda = true
		st.params(e.Args)
		st.expr(e.Body)
		st.pop()
	case *ast.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *ast.Dict:
		for i := range e.Keys {
			st.expr(e.Keys[i])
			st.expr(e.Values[i])
		}
	case *ast.Set:
		for _, x := range e.Elts {
			st.expr(x)
		}
	case *ast.ListComp:
		st.comprehension(e, "<listcomp>", e.Generators, e.Elt)
	case *ast.SetComp:
		st.comprehension(e, "<setcomp>", e.Generators, e.Elt)
	case *ast.GeneratorExp:
		st.comprehension(e, "<genexpr>", e.Generators, e.Elt)
	case *ast.DictComp:
		st.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.Await:
		st.checkAwait(e)
		st.expr(e.Value)
	case *ast.Yield:
		st.markGenerator(e)
		if e.Value != nil {
			st.expr(e.Value)
		}
	case *ast.YieldFrom:
		st.markGenerator(e)
		if st.cur.isCoroutine {
			st.fail(e, "'yield from' inside async function")
		}
		st.expr(e.Value)
	case *ast.Compare:
		st.expr(e.Left)
		for _, c := range e.Comparators {
			st.expr(c)
		}
	case *ast.Call:
		st.expr(e.Func)
		for _, a := range e.Args {
			st.expr(a)
		}
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *ast.FormattedValue:
		st.expr(e.Value)
		if e.FormatSpec != nil {
			st.expr(e.FormatSpec)
		}
	case *ast.JoinedStr:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *ast.Constant:
	case *ast.Attribute:
		st.expr(e.Value)
	case *ast.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	case *ast.Starred:
		st.expr(e.Value)
	case *ast.List:
		for _, x := range e.Elts {
			if e.Ctx == ast.Load {
				st.expr(x)
			} else {
				st.target(x)
			}
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			if e.Ctx == ast.Load {
				st.expr(x)
			} else {
				st.target(x)
			}
		}
	case *ast.Slice:
		st.expr(e.Lower)
		st.expr(e.Upper)
		st.expr(e.Step)
	}
}

func (st *symtable) markClassCell() {
	for s := st.cur; s != nil; s = s.parent {
		if s.kind == functionScope {
			s.needsClassCel = true
			continue
		}
		if s.kind == classScope {
			s.hasClassCell = true
		}
		return
	}
}

func (st *symtable) markGenerator(n ast.Node) {
	s := st.cur
	if s.kind != functionScope {
		if s.kind == classScope {
			st.fail(n, "'yield' outside function")
		} else {
			st.fail(n, "'yield' outside function")
		}
		return
	}
	if s.isComprehen {
		st.fail(n, "'yield' inside list comprehension")
		return
	}
	s.isGenerator = true
}

func (st *symtable) checkAwait(n ast.Node) {
	s := st.cur
	for s.kind == functionScope && s.isComprehen {
		if s.node != nil {
			if _, ok := s.node.(*ast.GeneratorExp); ok {
				break
			}
		}
		s.isCoroutine = true
		s = s.parent
	}
	if s.kind == functionScope && s.isCoroutine && !s.isLambda {
		return
	}
	if s.kind == moduleScope && s.topLevelAwait {
		return
	}
	if s.kind == functionScope && s.isComprehen {
		// await inside a generator expression makes it an async generator.
		if s.parent != nil && (s.parent.isCoroutine || (s.parent.kind == moduleScope && s.parent.topLevelAwait)) {
			s.isCoroutine = true
			return
		}
	}
	if s.kind == functionScope {
		st.fail(n, "'await' outside async function")
		return
	}
	st.fail(n, "'await' outside function")
}

// comprehension gives a comprehension its own function scope; the first
// iterable is evaluated in the enclosing scope.
func (st *symtable) comprehension(node ast.Expr, name string, gens []*ast.Comprehension, elts ...ast.Expr) {
	st.expr(gens[0].Iter)
	cs := st.push(functionScope, name, node)
	cs.isComprehen = true
	if _, ok := node.(*ast.GeneratorExp); ok {
		cs.isGenerator = true
	}
	cs.add(".0", symParam|symAssigned)
	cs.params = append(cs.params, ".0")
	for i, g := range gens {
		if g.IsAsync {
			cs.isCoroutine = true
			if _, ok := node.(*ast.GeneratorExp); !ok {
				p := cs.parent
				for p.kind == functionScope && p.isComprehen {
					p = p.parent
				}
				if !(p.kind == functionScope && p.isCoroutine) && !(p.kind == moduleScope && p.topLevelAwait) {
					st.fail(node, "asynchronous comprehension outside of an asynchronous function")
				}
			}
		}
		if i > 0 {
			st.expr(g.Iter)
		}
		st.target(g.Target)
		for _, c := range g.Ifs {
			st.expr(c)
		}
	}
	for _, e := range elts {
		st.expr(e)
	}
	st.pop()
	// A comprehension that awaits makes the enclosing function async-only.
	if cs.isCoroutine {
		if _, ok := node.(*ast.GeneratorExp); !ok {
			_ = cs
		}
	}
}

// resolve decides, for every scope, which names are locals, cells, free
// variables or globals.
func (st *symtable) resolve(s *scope) error {
	for _, c := range s.children {
		if err := st.resolve(c); err != nil {
			return err
		}
	}
	if s.kind == functionScope {
		for _, name := range s.order {
			f := s.syms[name]
			if f&symNonlocal != 0 {
				if !st.bindsInEnclosing(s, name) {
					n := s.node
					if d, ok := s.declNodes[name]; ok {
						n = d
					}
					return syntaxError(st.filename, n, "no binding for nonlocal '"+name+"' found")
				}
			}
		}
	}
	// Names used in children but not bound there become free in them and
	// cells here (or pass through as free).
	for _, c := range s.children {
		st.pullFree(s, c)
	}
	return nil
}

func (st *symtable) bindsInEnclosing(s *scope, name string) bool {
	for p := s.parent; p != nil; p = p.parent {
		if p.kind != functionScope {
			continue
		}
		f := p.syms[name]
		if f&symGlobal != 0 {
			return false
		}
		if f&(symAssigned|symParam|symNonlocal) != 0 {
			return true
		}
	}
	return false
}

// pullFree propagates the free variables of child c into s.
func (st *symtable) pullFree(s, c *scope) {
	for _, name := range c.freeNames() {
		if s.kind == functionScope {
			f := s.syms[name]
			if f&symGlobal != 0 {
				continue
			}
			if f&(symAssigned|symParam) != 0 && f&symNonlocal == 0 {
				s.syms[name] |= symCell
				continue
			}
			s.add(name, symFree)
			continue
		}
		if s.kind == classScope {
			if name == "__class__" && s.hasClassCell {
				continue
			}
			// Classes don't create cells for their own names: pass it on.
			s.add(name, symFree|symUsed)
			s.syms[name] |= symFree
		}
	}
}

// freeNames lists names the scope takes from enclosing function scopes.
func (s *scope) freeNames() []string {
	var out []string
	for _, name := range s.order {
		f := s.syms[name]
		if f&symGlobal != 0 {
			continue
		}
		if f&symNonlocal != 0 || f&symFree != 0 {
			out = append(out, name)
			continue
		}
		if s.kind == functionScope && f&(symAssigned|symParam) == 0 && f&symUsed != 0 {
			if s.enclosingFunctionBinds(name) {
				out = append(out, name)
			}
		}
		if s.kind == classScope && f&symUsed != 0 && f&symAssigned == 0 && s.enclosingFunctionBinds(name) {
			out = append(out, name)
		}
	}
	if s.needsClassCel {
		found := false
		for _, n := range out {
			if n == "__class__" {
				found = true
			}
		}
		if !found {
			out = append(out, "__class__")
		}
	}
	return out
}

// enclosingFunctionBinds reports whether an enclosing function scope binds name.
func (s *scope) enclosingFunctionBinds(name string) bool {
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == classScope {
			if name == "__class__" && p.hasClassCell {
				return true
			}
			continue
		}
		if p.kind == moduleScope {
			return false
		}
		f := p.syms[name]
		if f&symGlobal != 0 {
			return false
		}
		if f&(symAssigned|symParam|symNonlocal|symFree) != 0 {
			return true
		}
		if p.enclosingFunctionBinds(name) {
			return true
		}
		return false
	}
	return false
}
