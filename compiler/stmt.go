package compiler

import (
	"strings"

	"github.com/aio-lang/aio/ast"
)

func (c *compiler) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	c.setPos(s)
	switch s := s.(type) {
	case *ast.ExprStmt:
		if c.mode == ModeInteractive && c.u.scope.kind == moduleScope && len(c.stack) == 0 {
			c.expr(s.Value)
			c.setPos(s)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if k, ok := s.Value.(*ast.Constant); ok && k.Value.Kind != ast.ConstNone {
			return // a bare literal (docstring-like) has no effect
		}
		c.expr(s.Value)
		c.emit(POP_TOP, 0)
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.assign(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		if s.Value != nil {
			c.expr(s.Value)
			c.assign(s.Target)
		}
	case *ast.If:
		c.ifStmt(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.For:
		if s.IsAsync {
			c.asyncForStmt(s)
		} else {
			c.forStmt(s)
		}
	case *ast.Break:
		c.breakStmt(s)
	case *ast.Continue:
		c.continueStmt(s)
	case *ast.Pass:
	case *ast.Return:
		c.returnStmt(s)
	case *ast.FunctionDef:
		c.functionDef(s)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.deleteTarget(t)
		}
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.setPos(s)
		c.emit(RAISE_VARARGS, n)
	case *ast.Try:
		c.tryStmt(s)
	case *ast.With:
		c.withStmt(s, 0)
	case *ast.Assert:
		c.expr(s.Test)
		j := c.emit(POP_JUMP_IF_TRUE, 0)
		c.setPos(s)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.emit(PUSH_NULL, 0)
			c.expr(s.Msg)
			c.setPos(s)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.patch(j)
	case *ast.Import:
		for _, a := range s.Names {
			c.setPos(a)
			c.loadConst(int64(0))
			c.loadConst(nil)
			c.emit(IMPORT_NAME, c.nameIndex(a.Name))
			if a.Asname != "" {
				parts := strings.Split(a.Name, ".")
				for _, p := range parts[1:] {
					c.emit(IMPORT_FROM, c.nameIndex(p))
					c.emit(SWAP, 2)
					c.emit(POP_TOP, 0)
				}
				c.storeName(a.Asname)
			} else {
				c.storeName(strings.Split(a.Name, ".")[0])
			}
		}
	case *ast.ImportFrom:
		c.loadConst(int64(s.Level))
		names := make(Tuple, len(s.Names))
		for i, a := range s.Names {
			names[i] = a.Name
		}
		c.loadConst(names)
		c.emit(IMPORT_NAME, c.nameIndex(s.Module))
		if len(s.Names) == 1 && s.Names[0].Name == "*" {
			c.emit(IMPORT_STAR, 0)
			return
		}
		for _, a := range s.Names {
			c.setPos(a)
			c.emit(IMPORT_FROM, c.nameIndex(a.Name))
			if a.Asname != "" {
				c.storeName(a.Asname)
			} else {
				c.storeName(a.Name)
			}
		}
		c.emit(POP_TOP, 0)
	case *ast.Global, *ast.Nonlocal:
	default:
		c.errorf(s, "unsupported statement")
	}
}

// assign stores the value on top of the stack into target.
func (c *compiler) assign(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Name:
		c.storeName(t.Id)
	case *ast.Attribute:
		c.expr(t.Value)
		c.setPos(t)
		c.emit(STORE_ATTR, c.nameIndex(t.Attr))
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.setPos(t)
		c.emit(STORE_SUBSCR, 0)
	case *ast.Tuple:
		c.unpack(t, t.Elts)
	case *ast.List:
		c.unpack(t, t.Elts)
	case *ast.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t, "cannot assign to expression")
	}
}

func (c *compiler) unpack(n ast.Node, elts []ast.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.errorf(e, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	c.setPos(n)
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.assign(s.Value)
		} else {
			c.assign(e)
		}
	}
}

func (c *compiler) deleteTarget(t ast.Expr) {
	c.setPos(t)
	switch t := t.(type) {
	case *ast.Name:
		c.deleteName(t.Id)
	case *ast.Attribute:
		c.expr(t.Value)
		c.setPos(t)
		c.emit(DELETE_ATTR, c.nameIndex(t.Attr))
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.setPos(t)
		c.emit(DELETE_SUBSCR, 0)
	case *ast.Tuple:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	default:
		c.errorf(t, "cannot delete expression")
	}
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	op := int(s.Op) + InPlaceFlag
	switch t := s.Target.(type) {
	case *ast.Name:
		c.loadName(t.Id)
		c.expr(s.Value)
		c.setPos(s)
		c.emit(BINARY_OP, op)
		c.storeName(t.Id)
	case *ast.Attribute:
		if n, ok := t.Value.(*ast.Name); ok && c.resolve(n.Id) == accFast && !rebinds(s.Value) {
			// obj.x += v with obj a local that v cannot rebind: load the
			// local again for the store instead of keeping a copy on the
			// stack, so both ends fuse (LOAD_FAST_ATTR, STORE_FAST_ATTR)
			// and self.x += v is four instructions instead of seven.
			c.expr(t.Value)
			c.setPos(t)
			c.emit(LOAD_ATTR, c.nameIndex(t.Attr))
			c.expr(s.Value)
			c.setPos(s)
			c.emit(BINARY_OP, op)
			c.expr(t.Value)
			c.setPos(t)
			c.emit(STORE_ATTR, c.nameIndex(t.Attr))
			return
		}
		c.expr(t.Value)
		c.emit(COPY, 1)
		c.setPos(t)
		c.emit(LOAD_ATTR, c.nameIndex(t.Attr))
		c.expr(s.Value)
		c.setPos(s)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 2)
		c.setPos(t)
		c.emit(STORE_ATTR, c.nameIndex(t.Attr))
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.setPos(t)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.setPos(s)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.setPos(t)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.errorf(s.Target, "'%s' is an illegal expression for augmented assignment", exprKind(s.Target))
	}
}

// rebinds reports whether evaluating e could assign a local of the
// current function: only an assignment expression can (one inside a
// comprehension binds in the enclosing function), so any NamedExpr counts.
func rebinds(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.NamedExpr); ok {
			found = true
		}
		return !found
	})
	return found
}

func (c *compiler) ifStmt(s *ast.If) {
	jElse := c.jumpIf(s.Test, false)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		jEnd := c.emit(JUMP, 0)
		for _, j := range jElse {
			c.patch(j)
		}
		c.stmts(s.Orelse)
		c.patch(jEnd)
	} else {
		for _, j := range jElse {
			c.patch(j)
		}
	}
}

func (c *compiler) whileStmt(s *ast.While) {
	top := c.here()
	var exits []int
	if k, ok := s.Test.(*ast.Constant); !ok || !constTruthy(k) {
		exits = c.jumpIf(s.Test, false)
	}
	var breaks []int
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWhile, continueL: top, breaks: &breaks})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(JUMP, top)
	for _, j := range exits {
		c.patch(j)
	}
	c.stmts(s.Orelse)
	for _, j := range breaks {
		c.patch(j)
	}
}

func constTruthy(k *ast.Constant) bool {
	switch k.Value.Kind {
	case ast.ConstTrue, ast.ConstEllipsis:
		return true
	case ast.ConstInt:
		return k.Value.Int != 0
	case ast.ConstStr:
		return k.Value.Str != ""
	}
	return false
}

func (c *compiler) forStmt(s *ast.For) {
	if !c.foldIterable(s.Iter) {
		c.expr(s.Iter)
	}
	c.setPos(s.Iter)
	c.emit(GET_ITER, 0)
	top := c.here()
	c.setPos(s)
	loop := c.emit(FOR_ITER, 0)
	c.assign(s.Target)
	var breaks []int
	_, isCall := s.Iter.(*ast.Call)
	_, isGenExp := s.Iter.(*ast.GeneratorExp)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, continueL: top, breaks: &breaks, tempIter: isCall || isGenExp})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(JUMP, top)
	c.patch(loop)
	c.stmts(s.Orelse)
	for _, j := range breaks {
		c.patch(j)
	}
}

func (c *compiler) asyncForStmt(s *ast.For) {
	c.expr(s.Iter)
	c.setPos(s.Iter)
	c.emit(GET_AITER, 0)
	top := c.here()
	c.setPos(s)
	setup := c.emit(SETUP_FINALLY, 0)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.awaitLoop()
	c.emit(POP_BLOCK, 0)
	c.assign(s.Target)
	var breaks []int
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbAsyncFor, continueL: top, breaks: &breaks})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(JUMP, top)
	c.patch(setup)
	c.setPos(s)
	c.emit(END_ASYNC_FOR, 0)
	c.stmts(s.Orelse)
	for _, j := range breaks {
		c.patch(j)
	}
}

// awaitLoop emits the SEND/YIELD_VALUE loop that drives an awaitable (or a
// yield-from iterator) on the stack, with the first value to send above it.
func (c *compiler) awaitLoop() {
	send := c.emit(SEND, 0)
	c.emit(YIELD_VALUE, 0)
	c.emit(JUMP, send)
	c.patch(send)
}

// unwind emits the clean-up of the blocks from the innermost up to (not
// including) index stop, for return (withValue) or break/continue.
func (c *compiler) unwind(stop int, withValue bool) {
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= stop; i-- {
		b := saved[i]
		switch b.kind {
		case fbFor, fbAsyncFor:
			if withValue {
				c.emit(SWAP, 2)
			}
			c.popIter(b)
		case fbTryExcept:
			c.emit(POP_BLOCK, 0)
		case fbTryFinally:
			c.emit(POP_BLOCK, 0)
			c.u.fblocks = saved[:i]
			c.stmts(b.final)
			c.u.fblocks = saved
		case fbFinallyEnd:
			c.emit(POP_EXCEPT, 0)
			if withValue {
				c.emit(SWAP, 2)
			}
			c.emit(POP_TOP, 0)
		case fbHandlerName:
			c.emit(POP_BLOCK, 0)
			c.emit(POP_EXCEPT, 0)
			c.loadConst(nil)
			c.storeName(b.name)
			c.deleteName(b.name)
		case fbHandler:
			c.emit(POP_EXCEPT, 0)
		case fbWith, fbAsyncWith:
			c.emit(POP_BLOCK, 0)
			if withValue {
				c.emit(SWAP, 2)
			}
			c.callExitNone(b.kind == fbAsyncWith)
		}
	}
}

// callExitNone calls the __exit__ on the stack with (None, None, None).
func (c *compiler) callExitNone(async bool) {
	c.emit(PUSH_NULL, 0)
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emit(CALL, 3)
	if async {
		c.emit(GET_AWAITABLE, 2)
		c.loadConst(nil)
		c.awaitLoop()
	}
	c.emit(POP_TOP, 0)
}

func (c *compiler) innermostLoop() int {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		switch c.u.fblocks[i].kind {
		case fbWhile, fbFor, fbAsyncFor:
			return i
		}
	}
	return -1
}

func (c *compiler) breakStmt(s *ast.Break) {
	i := c.innermostLoop()
	if i < 0 {
		c.errorf(s, "'break' outside loop")
	}
	c.checkExceptStar(s, i+1)
	c.unwind(i+1, false)
	b := c.u.fblocks[i]
	if b.kind != fbWhile {
		c.popIter(b)
	}
	j := c.emit(JUMP, 0)
	*b.breaks = append(*b.breaks, j)
}

// popIter drops a for loop's iterator when leaving the loop early.
func (c *compiler) popIter(b fblock) {
	if b.tempIter {
		c.emit(POP_ITER, 0)
	} else {
		c.emit(POP_TOP, 0)
	}
}

func (c *compiler) continueStmt(s *ast.Continue) {
	i := c.innermostLoop()
	if i < 0 {
		c.errorf(s, "'continue' not properly in loop")
	}
	c.checkExceptStar(s, i+1)
	c.unwind(i+1, false)
	c.emit(JUMP, c.u.fblocks[i].continueL)
}

func (c *compiler) returnStmt(s *ast.Return) {
	if c.u.scope.kind != functionScope || c.u.scope.isComprehen {
		c.errorf(s, "'return' outside function")
	}
	if s.Value != nil && c.u.scope.isGenerator && c.u.scope.isCoroutine {
		c.errorf(s, "'return' with value in async generator")
	}
	if s.Value != nil {
		c.expr(s.Value)
	} else {
		c.loadConst(nil)
	}
	c.setPos(s)
	c.checkExceptStar(s, 0)
	c.unwind(0, true)
	c.emit(RETURN_VALUE, 0)
}

func (c *compiler) tryStmt(s *ast.Try) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(s)
		return
	}
	c.tryExcept(s)
}

// tryExcept compiles the handlers of a try statement (and its body and
// else clause); try/except* goes to tryStarExcept.
func (c *compiler) tryExcept(s *ast.Try) {
	if s.IsStar {
		c.tryStarExcept(s)
		return
	}
	c.tryPlainExcept(s)
}

// tryStarExcept compiles try/except* as CPython 3.11 does: each handler
// splits what is left of the exception group (CHECK_EG_MATCH leaves the
// rest and the match, None when nothing matched), runs with the match as
// the handled exception, and collects what it raises; at the end
// PREP_RERAISE_STAR combines the raised exceptions with the unhandled
// rest, and the result, if any, is re-raised.
func (c *compiler) tryStarExcept(s *ast.Try) {
	end := c.tryBody(s)
	c.emit(PUSH_EXC_INFO, 0) // eg
	c.emit(COPY, 1)          // orig eg
	c.emit(BUILD_LIST, 0)    // orig eg raised
	c.emit(SWAP, 2)          // orig raised eg
	for _, h := range s.Handlers {
		c.setPos(h)
		if h.Type == nil {
			c.errorf(h, "expected one or more exception types")
		}
		c.expr(h.Type)
		c.setPos(h)
		c.emit(CHECK_EG_MATCH, 0) // orig raised rest match
		c.emit(COPY, 1)
		noMatch := c.emit(POP_JUMP_IF_NONE, 0)
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emit(POP_TOP, 0)
		}
		// orig raised rest
		cleanup := c.emit(SETUP_FINALLY, 0)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExceptStar})
		c.stmts(h.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(POP_BLOCK, 0)
		if h.Name != "" {
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
		}
		next := c.emit(JUMP, 0)
		// The handler raised: orig raised rest exc. Keep exc for the end.
		c.patch(cleanup)
		if h.Name != "" {
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
		}
		c.emit(LIST_APPEND, 2)
		next2 := c.emit(JUMP, 0)
		c.patch(noMatch) // orig raised rest None
		c.emit(POP_TOP, 0)
		c.patch(next)
		c.patch(next2)
	}
	c.emit(LIST_APPEND, 1) // the unhandled rest (or None) joins the raised
	c.emit(PREP_RERAISE_STAR, 0)
	c.emit(COPY, 1)
	reraise := c.emit(POP_JUMP_IF_NOT_NONE, 0)
	c.emit(POP_TOP, 0)
	c.emit(POP_EXCEPT, 0)
	done := c.emit(JUMP, 0)
	c.patch(reraise)
	c.emit(RERAISE, 0)
	c.patch(end)
	c.patch(done)
}

// checkExceptStar rejects break, continue and return (n) that would leave
// an except* clause: the fblocks from stop up are the ones they unwind.
func (c *compiler) checkExceptStar(n ast.Node, stop int) {
	for i := len(c.u.fblocks) - 1; i >= stop; i-- {
		if c.u.fblocks[i].kind == fbExceptStar {
			c.errorf(n, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
	}
}

func (c *compiler) tryFinally(s *ast.Try) {
	setup := c.emit(SETUP_FINALLY, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryFinally, final: s.Finalbody})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(POP_BLOCK, 0)
	c.stmts(s.Finalbody)
	end := c.emit(JUMP, 0)
	// Exceptional path: the exception is on the stack.
	c.patch(setup)
	c.emit(PUSH_EXC_INFO, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
	c.stmts(s.Finalbody)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
	c.patch(end)
}

// tryBody compiles the body of a try statement under a handler, then its
// else clause and a jump past the handlers (returned, to patch); the code
// that follows is the handlers' entry, with the exception on the stack.
func (c *compiler) tryBody(s *ast.Try) (end int) {
	setup := c.emit(SETUP_FINALLY, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(POP_BLOCK, 0)
	c.stmts(s.Orelse)
	end = c.emit(JUMP, 0)
	c.patch(setup)
	return end
}

func (c *compiler) tryPlainExcept(s *ast.Try) {
	ends := []int{c.tryBody(s)}
	c.emit(PUSH_EXC_INFO, 0)
	for i, h := range s.Handlers {
		c.setPos(h)
		var next int = -1
		if h.Type != nil {
			c.expr(h.Type)
			c.setPos(h)
			c.emit(CHECK_EXC_MATCH, 0)
			next = c.emit(POP_JUMP_IF_FALSE, 0)
		} else if i != len(s.Handlers)-1 {
			c.errorf(h, "default 'except:' must be last")
		}
		if h.Name != "" {
			c.storeName(h.Name)
			cleanup := c.emit(SETUP_FINALLY, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandlerName, name: h.Name})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(POP_BLOCK, 0)
			c.emit(POP_EXCEPT, 0)
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
			ends = append(ends, c.emit(JUMP, 0))
			// An exception inside the handler: clear the name, re-raise.
			c.patch(cleanup)
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(POP_EXCEPT, 0)
			ends = append(ends, c.emit(JUMP, 0))
		}
		if next >= 0 {
			c.patch(next)
		}
	}
	// No handler matched: re-raise (the exception is on the stack).
	if len(s.Handlers) == 0 || s.Handlers[len(s.Handlers)-1].Type != nil {
		c.emit(RERAISE, 0)
	}
	for _, j := range ends {
		c.patch(j)
	}
}

// withStmt compiles `with` items from index i on, nesting one per item.
func (c *compiler) withStmt(s *ast.With, i int) {
	item := s.Items[i]
	c.expr(item.ContextExpr)
	c.setPos(item.ContextExpr)
	kind := fbWith
	if s.IsAsync {
		kind = fbAsyncWith
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.emit(GET_AWAITABLE, 1)
		c.loadConst(nil)
		c.awaitLoop()
	} else {
		c.emit(BEFORE_WITH, 0)
	}
	if item.OptionalVars != nil {
		c.assign(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	setup := c.emit(SETUP_FINALLY, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind})
	if i+1 < len(s.Items) {
		c.withStmt(s, i+1)
	} else {
		c.stmts(s.Body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setPos(s)
	c.emit(POP_BLOCK, 0)
	c.callExitNone(s.IsAsync)
	end := c.emit(JUMP, 0)
	c.patch(setup)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	if s.IsAsync {
		c.emit(GET_AWAITABLE, 2)
		c.loadConst(nil)
		c.awaitLoop()
	}
	suppress := c.emit(POP_JUMP_IF_TRUE, 0)
	c.emit(RERAISE, 0)
	c.patch(suppress)
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.emit(POP_TOP, 0)
	c.patch(end)
}

func (c *compiler) functionDef(s *ast.FunctionDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
		c.emit(PUSH_NULL, 0)
	}
	c.setPos(s)
	fs := c.st.scopes[s]
	c.makeFunction(fs, s.Name, s.Args, s.Span().Line, func() {
		body := s.Body
		if doc := docstring(body); doc != nil {
			c.u.code.Consts = append(c.u.code.Consts[:0], *doc)
			body = body[1:]
		} else {
			c.u.code.Consts = append(c.u.code.Consts[:0], nil)
		}
		c.stmts(body)
		c.loadConst(nil)
		c.emit(RETURN_VALUE, 0)
	}, s.IsAsync)
	c.setPos(s)
	for range s.DecoratorList {
		c.emit(CALL, 1)
	}
	c.storeName(s.Name)
}

// qualName is the dotted name of a new code object defined in the current unit.
func (c *compiler) qualName(name string) string {
	u := c.u
	if u.scope.kind == moduleScope {
		return name
	}
	if u.scope.kind == functionScope {
		return u.code.QualName + ".<locals>." + name
	}
	return u.code.QualName + "." + name
}

// makeFunction compiles a function body with bodyFn and emits MAKE_FUNCTION
// with defaults, keyword defaults and closure.
func (c *compiler) makeFunction(fs *scope, name string, args *ast.Arguments, line int, bodyFn func(), async bool) {
	flags := 0
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(args.Defaults))
		flags |= 1
	}
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			c.loadConst(args.Kwonlyargs[i].Arg)
			c.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		c.emit(BUILD_MAP, nkw)
		flags |= 2
	}
	qual := c.qualName(name)
	c.enter(fs, name, qual, line)
	code := c.u.code
	code.ArgCount = len(args.Posonlyargs) + len(args.Args)
	code.PosOnlyCount = len(args.Posonlyargs)
	code.KwOnlyCount = len(args.Kwonlyargs)
	if args.Vararg != nil {
		code.Flags |= FlagVarArgs
	}
	if args.Kwarg != nil {
		code.Flags |= FlagVarKw
	}
	if fs.isGenerator && (async || fs.isCoroutine) {
		code.Flags |= FlagAsyncGenerator
	} else if fs.isGenerator {
		code.Flags |= FlagGenerator
	} else if async || fs.isCoroutine {
		code.Flags |= FlagCoroutine
	}
	if len(c.stack) > 1 || c.stack[0].scope.kind != moduleScope {
		code.Flags |= FlagNested
	}
	bodyFn()
	child := c.leave()
	c.emitClosure(child, flags)
}

// emitClosure loads the cells a child code needs, the code, and MAKE_FUNCTION.
func (c *compiler) emitClosure(child *Code, flags int) {
	if len(child.FreeVars) > 0 {
		for _, name := range child.FreeVars {
			idx, ok := c.u.cells[name]
			if !ok {
				c.errorf(nil, "internal: free variable %s not found", name)
			}
			c.emit(LOAD_CLOSURE, idx)
		}
		c.emit(BUILD_TUPLE, len(child.FreeVars))
		flags |= 8
	}
	c.loadConst(child)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) classDef(s *ast.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
		c.emit(PUSH_NULL, 0)
	}
	c.setPos(s)
	cs := c.st.scopes[s]
	c.emit(LOAD_BUILD_CLASS, 0)
	c.emit(PUSH_NULL, 0)
	qual := c.qualName(s.Name)
	c.enter(cs, s.Name, qual, s.Span().Line)
	c.u.code.Flags |= FlagClass
	c.setPos(s)
	body := s.Body
	if doc := docstring(body); doc != nil {
		c.loadConst(*doc)
		c.emit(STORE_NAME, c.nameIndex("__doc__"))
		body = body[1:]
	}
	c.loadConst(qual)
	c.emit(STORE_NAME, c.nameIndex("__qualname__"))
	c.stmts(body)
	if idx, ok := c.u.cells["__class__"]; ok && cs.hasClassCell {
		c.emit(LOAD_CLOSURE, idx)
	} else {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	child := c.leave()
	c.setPos(s)
	c.emitClosure(child, 0)
	c.loadConst(s.Name)
	n := 2
	for _, b := range s.Bases {
		c.expr(b)
		n++
	}
	var kwnames Tuple
	for _, k := range s.Keywords {
		if k.Arg == "" {
			c.errorf(k, "**kwargs in class bases are not supported")
		}
		c.expr(k.Value)
		kwnames = append(kwnames, k.Arg)
		n++
	}
	c.setPos(s)
	if len(kwnames) > 0 {
		c.emit(KW_NAMES, c.constIndex(kwnames))
	}
	c.emit(CALL, n)
	for range s.DecoratorList {
		c.emit(CALL, 1)
	}
	c.storeName(s.Name)
}
