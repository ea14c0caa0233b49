package compiler

import (
	"math/big"

	"github.com/aio-lang/aio/ast"
)

// cmpOps maps ast comparison operators to COMPARE_OP arguments.
var cmpOps = map[ast.CmpOp]int{
	ast.Lt: CmpLt, ast.LtE: CmpLe, ast.Eq: CmpEq, ast.NotEq: CmpNe, ast.Gt: CmpGt, ast.GtE: CmpGe,
}

func (c *compiler) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Constant:
		c.setPos(e)
		c.loadConst(constValue(e.Value))
	case *ast.Name:
		c.setPos(e)
		c.loadName(e.Id)
	case *ast.BinOp:
		if k, ok := c.foldBinOp(e); ok {
			c.setPos(e)
			c.loadConst(k)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.setPos(e)
		c.emit(BINARY_OP, int(e.Op))
	case *ast.UnaryOp:
		if k, ok := e.Operand.(*ast.Constant); ok && (e.Op == ast.USub || e.Op == ast.UAdd) {
			if v, ok := foldUnary(e.Op, k.Value); ok {
				c.setPos(e)
				c.loadConst(v)
				return
			}
		}
		c.expr(e.Operand)
		c.setPos(e)
		switch e.Op {
		case ast.USub:
			c.emit(UNARY_NEGATIVE, 0)
		case ast.UAdd:
			c.emit(UNARY_POSITIVE, 0)
		case ast.Not:
			c.emit(UNARY_NOT, 0)
		case ast.Invert:
			c.emit(UNARY_INVERT, 0)
		}
	case *ast.BoolOp:
		var ends []int
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				if e.Op == ast.And {
					ends = append(ends, c.emit(JUMP_IF_FALSE_OR_POP, 0))
				} else {
					ends = append(ends, c.emit(JUMP_IF_TRUE_OR_POP, 0))
				}
			}
		}
		for _, j := range ends {
			c.patch(j)
		}
	case *ast.Compare:
		c.compare(e)
	case *ast.IfExp:
		jElse := c.jumpIf(e.Test, false)
		c.expr(e.Body)
		end := c.emit(JUMP, 0)
		for _, j := range jElse {
			c.patch(j)
		}
		c.expr(e.Orelse)
		c.patch(end)
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.emit(COPY, 1)
		c.storeName(e.Target.Id)
	case *ast.Attribute:
		c.expr(e.Value)
		c.setPos(e)
		c.emit(LOAD_ATTR, c.nameIndex(e.Attr))
	case *ast.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
		c.setPos(e)
		c.emit(BINARY_SUBSCR, 0)
	case *ast.Slice:
		n := 2
		c.exprOrNone(e.Lower)
		c.exprOrNone(e.Upper)
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		c.emit(BUILD_SLICE, n)
	case *ast.Call:
		c.call(e)
	case *ast.Tuple:
		if k, ok := constTuple(e.Elts); ok {
			c.setPos(e)
			c.loadConst(k)
			return
		}
		c.sequence(e, e.Elts, BUILD_TUPLE)
	case *ast.List:
		c.sequence(e, e.Elts, BUILD_LIST)
	case *ast.Set:
		if k, ok := constTuple(e.Elts); ok && len(k) > 2 && hashableConsts(k) {
			// CPython 3.11 builds such displays from a frozenset constant,
			// which decides the iteration order.
			c.setPos(e)
			c.emit(BUILD_SET, 0)
			c.loadConst(FrozenSet(k))
			c.emit(SET_UPDATE, 1)
			return
		}
		c.sequence(e, e.Elts, BUILD_SET)
	case *ast.Dict:
		c.dict(e)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.formattedValue(e)
	case *ast.Lambda:
		c.setPos(e)
		fs := c.st.scopes[e]
		c.makeFunction(fs, "<lambda>", e.Args, e.Span().Line, func() {
			c.u.code.Consts = append(c.u.code.Consts[:0], nil)
			c.expr(e.Body)
			c.emit(RETURN_VALUE, 0)
		}, false)
	case *ast.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *ast.Await:
		c.expr(e.Value)
		c.setPos(e)
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.awaitLoop()
	case *ast.Yield:
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		c.setPos(e)
		c.emit(YIELD_VALUE, c.yieldArg())
	case *ast.YieldFrom:
		c.expr(e.Value)
		c.setPos(e)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.awaitLoop()
	case *ast.Starred:
		c.errorf(e, "can't use starred expression here")
	default:
		c.errorf(e, "unsupported expression")
	}
}

// yieldArg is 1 for a yield inside an async generator, whose values are
// delivered to the consumer rather than to the event loop.
func (c *compiler) yieldArg() int {
	if c.u.code.Flags&FlagAsyncGenerator != 0 {
		return 1
	}
	return 0
}

func (c *compiler) exprOrNone(e ast.Expr) {
	if e == nil {
		c.loadConst(nil)
		return
	}
	c.expr(e)
}

// compare compiles a comparison chain.
func (c *compiler) compare(e *ast.Compare) {
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		if op := e.Ops[0]; !((op == ast.In || op == ast.NotIn) && c.foldIterable(e.Comparators[0])) {
			c.expr(e.Comparators[0])
		}
		c.setPos(e)
		c.cmpOp(e.Ops[0])
		return
	}
	var cleanups []int
	for i, op := range e.Ops {
		c.expr(e.Comparators[i])
		if i < len(e.Ops)-1 {
			c.emit(COPY, 1)
			c.emit(ROT_THREE, 0)
			c.setPos(e)
			c.cmpOp(op)
			cleanups = append(cleanups, c.emit(JUMP_IF_FALSE_OR_POP, 0))
		} else {
			c.setPos(e)
			c.cmpOp(op)
		}
	}
	end := c.emit(JUMP, 0)
	for _, j := range cleanups {
		c.patch(j)
	}
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.patch(end)
}

func (c *compiler) cmpOp(op ast.CmpOp) {
	switch op {
	case ast.Is:
		c.emit(IS_OP, 0)
	case ast.IsNot:
		c.emit(IS_OP, 1)
	case ast.In:
		c.emit(CONTAINS_OP, 0)
	case ast.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, cmpOps[op])
	}
}

// jumpIf compiles a condition and returns jumps (to patch) taken when the
// condition's truth equals cond; otherwise execution falls through.
func (c *compiler) jumpIf(e ast.Expr, cond bool) []int {
	switch e := e.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			return c.jumpIf(e.Operand, !cond)
		}
	case *ast.BoolOp:
		// and: jump-if-false short circuits to the false target.
		if (e.Op == ast.And) != cond {
			// `and` with cond=false, or `or` with cond=true: any operand decides.
			var jumps []int
			for _, v := range e.Values {
				jumps = append(jumps, c.jumpIf(v, cond)...)
			}
			return jumps
		}
		// `and` with cond=true or `or` with cond=false: all must agree.
		var fallthroughs []int
		for i, v := range e.Values {
			if i < len(e.Values)-1 {
				fallthroughs = append(fallthroughs, c.jumpIf(v, !cond)...)
			} else {
				jumps := c.jumpIf(v, cond)
				for _, j := range fallthroughs {
					c.patch(j)
				}
				return jumps
			}
		}
	case *ast.Compare:
		if len(e.Ops) == 1 {
			c.compare(e)
			if cond {
				return []int{c.emit(POP_JUMP_IF_TRUE, 0)}
			}
			return []int{c.emit(POP_JUMP_IF_FALSE, 0)}
		}
	}
	c.expr(e)
	if cond {
		return []int{c.emit(POP_JUMP_IF_TRUE, 0)}
	}
	return []int{c.emit(POP_JUMP_IF_FALSE, 0)}
}

// sequence builds a tuple, list or set display, with starred items.
func (c *compiler) sequence(n ast.Node, elts []ast.Expr, op Opcode) {
	starred := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			starred = true
		}
	}
	if !starred {
		for _, e := range elts {
			c.expr(e)
		}
		c.setPos(n)
		c.emit(op, len(elts))
		return
	}
	build, extend := BUILD_LIST, LIST_EXTEND
	if op == BUILD_SET {
		build, extend = BUILD_SET, SET_UPDATE
	}
	c.setPos(n)
	c.emit(build, 0)
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.Value)
			c.setPos(s)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			if op == BUILD_SET {
				c.emit(SET_ADD, 1)
			} else {
				c.emit(LIST_APPEND, 1)
			}
		}
	}
	if op == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *ast.Dict) {
	c.setPos(e)
	hasSpread := false
	for _, k := range e.Keys {
		if k == nil {
			hasSpread = true
		}
	}
	if !hasSpread {
		for i := range e.Keys {
			c.expr(e.Keys[i])
			c.expr(e.Values[i])
		}
		c.setPos(e)
		c.emit(BUILD_MAP, len(e.Keys))
		return
	}
	c.emit(BUILD_MAP, 0)
	for i, k := range e.Keys {
		if k == nil {
			c.expr(e.Values[i])
			c.setPos(e.Values[i])
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		c.emit(MAP_ADD, 1)
	}
}

func (c *compiler) joinedStr(e *ast.JoinedStr) {
	if len(e.Values) == 0 {
		c.setPos(e)
		c.loadConst("")
		return
	}
	for _, v := range e.Values {
		if fv, ok := v.(*ast.FormattedValue); ok && len(e.Values) > 1 {
			c.formatted(fv, FormatToBuild)
			continue
		}
		c.expr(v)
	}
	if len(e.Values) > 1 {
		c.setPos(e)
		c.emit(BUILD_STRING, len(e.Values))
	} else if _, ok := e.Values[0].(*ast.Constant); ok {
		return
	}
}

func (c *compiler) formattedValue(e *ast.FormattedValue) { c.formatted(e, 0) }

// formatted compiles {value!conv:spec}; flags is FormatToBuild for a part
// of an f-string that BUILD_STRING joins.
func (c *compiler) formatted(e *ast.FormattedValue, flags int) {
	c.expr(e.Value)
	switch e.Conversion {
	case 's':
		flags |= 1
	case 'r':
		flags |= 2
	case 'a':
		flags |= 3
	}
	if e.FormatSpec != nil {
		c.joinedStr(e.FormatSpec)
		flags |= 4
	}
	c.setPos(e)
	c.emit(FORMAT_VALUE, flags)
}

// call compiles a call; obj.method(...) uses LOAD_METHOD.
func (c *compiler) call(e *ast.Call) {
	if c.superCall(e) {
		return
	}
	simple := true
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			simple = false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if attr, ok := e.Func.(*ast.Attribute); ok && simple {
		c.expr(attr.Value)
		c.setPos(attr)
		c.emit(LOAD_METHOD, c.nameIndex(attr.Attr))
	} else {
		c.expr(e.Func)
		c.emit(PUSH_NULL, 0)
	}
	if simple {
		for _, a := range e.Args {
			c.expr(a)
		}
		var names Tuple
		for _, k := range e.Keywords {
			c.expr(k.Value)
			names = append(names, k.Arg)
		}
		c.setPos(e)
		if len(names) > 0 {
			c.emit(KW_NAMES, c.constIndex(names))
		}
		c.emit(CALL, len(e.Args)+len(names))
		return
	}
	// General form: positional args as a tuple, keywords as a dict. A
	// lone f(*it) passes the iterable itself: CALL_FUNCTION_EX makes the
	// tuple, with no list in between (as CPython compiles it).
	if s, ok := singleStarred(e.Args); ok {
		c.expr(s.Value)
	} else {
		c.sequence(e, e.Args, BUILD_TUPLE)
	}
	if len(e.Keywords) > 0 {
		c.emit(BUILD_MAP, 0)
		for _, k := range e.Keywords {
			if k.Arg == "" {
				c.expr(k.Value)
				c.setPos(k)
				c.emit(DICT_MERGE, 1)
				continue
			}
			c.loadConst(k.Arg)
			c.expr(k.Value)
			c.emit(MAP_ADD, 1)
		}
		c.setPos(e)
		c.emit(CALL_FUNCTION_EX, 1)
		return
	}
	c.setPos(e)
	c.emit(CALL_FUNCTION_EX, 0)
}

// singleStarred reports whether args is exactly one *iterable.
func singleStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

// superCall turns a zero-argument super() inside a method into
// super(__class__, <first argument>).
func (c *compiler) superCall(e *ast.Call) bool {
	n, ok := e.Func.(*ast.Name)
	if !ok || n.Id != "super" || len(e.Args) != 0 || len(e.Keywords) != 0 {
		return false
	}
	s := c.u.scope
	if s.kind != functionScope || c.resolve("super") != accGlobal {
		return false
	}
	if _, ok := c.u.cells["__class__"]; !ok || len(s.params) == 0 {
		return false
	}
	c.setPos(e.Func)
	c.loadName("super")
	c.emit(PUSH_NULL, 0)
	c.emit(LOAD_DEREF, c.u.cells["__class__"])
	c.loadName(s.params[0])
	c.setPos(e)
	c.emit(CALL, 2)
	return true
}

// comprehension compiles a comprehension as a nested function called with
// the first iterable's iterator.
func (c *compiler) comprehension(e ast.Expr, name string, gens []*ast.Comprehension, elt, val ast.Expr) {
	cs := c.st.scopes[e]
	outerGen := gens[0]
	c.setPos(e)
	qual := c.qualName(name)
	c.enter(cs, name, qual, e.Span().Line)
	code := c.u.code
	code.ArgCount = 1
	code.Flags |= FlagComprehension
	_, isGen := e.(*ast.GeneratorExp)
	switch {
	case isGen && cs.isCoroutine:
		code.Flags |= FlagAsyncGenerator
	case isGen:
		code.Flags |= FlagGenerator
	case cs.isCoroutine:
		code.Flags |= FlagCoroutine
	}
	c.setPos(e)
	switch e.(type) {
	case *ast.ListComp:
		c.emit(BUILD_LIST, 0)
	case *ast.SetComp:
		c.emit(BUILD_SET, 0)
	case *ast.DictComp:
		c.emit(BUILD_MAP, 0)
	}
	c.compGenerator(e, gens, 0, elt, val, isGen)
	if isGen {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	child := c.leave()
	c.setPos(e)
	c.emitClosure(child, 0)
	c.emit(PUSH_NULL, 0)
	if !c.foldIterable(outerGen.Iter) {
		c.expr(outerGen.Iter)
	}
	c.setPos(outerGen.Iter)
	if outerGen.IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.setPos(e)
	c.emit(CALL, 1)
	if cs.isCoroutine && !isGen {
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.awaitLoop()
	}
}

// compGenerator emits the loop for generator clause i; depth counts the
// iterators on the stack above the result container.
func (c *compiler) compGenerator(e ast.Expr, gens []*ast.Comprehension, i int, elt, val ast.Expr, isGen bool) {
	g := gens[i]
	if i == 0 {
		c.emit(LOAD_FAST, 0)
	} else {
		if !c.foldIterable(g.Iter) {
			c.expr(g.Iter)
		}
		c.setPos(g.Iter)
		if g.IsAsync {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
	}
	top := c.here()
	var loop, setup int
	if g.IsAsync {
		setup = c.emit(SETUP_FINALLY, 0)
		c.emit(GET_ANEXT, 0)
		c.loadConst(nil)
		c.awaitLoop()
		c.emit(POP_BLOCK, 0)
	} else {
		loop = c.emit(FOR_ITER, 0)
	}
	c.assign(g.Target)
	var skips []int
	for _, cond := range g.Ifs {
		skips = append(skips, c.jumpIf(cond, false)...)
	}
	if i+1 < len(gens) {
		c.compGenerator(e, gens, i+1, elt, val, isGen)
	} else {
		depth := len(gens) + 1
		switch e.(type) {
		case *ast.GeneratorExp:
			c.expr(elt)
			c.setPos(elt)
			c.emit(YIELD_VALUE, c.yieldArg())
			c.emit(POP_TOP, 0)
		case *ast.ListComp:
			c.expr(elt)
			c.emit(LIST_APPEND, depth)
		case *ast.SetComp:
			c.expr(elt)
			c.emit(SET_ADD, depth)
		case *ast.DictComp:
			c.expr(elt)
			c.expr(val)
			c.emit(MAP_ADD, depth)
		}
	}
	for _, j := range skips {
		c.patchTo(j, top)
	}
	c.emit(JUMP, top)
	if g.IsAsync {
		c.patch(setup)
		c.setPos(e)
		c.emit(END_ASYNC_FOR, 0)
	} else {
		c.patch(loop)
	}
}

// ---------------------------------------------------------------------------
// Constants

func constValue(v ast.ConstValue) any {
	switch v.Kind {
	case ast.ConstNone:
		return nil
	case ast.ConstTrue:
		return true
	case ast.ConstFalse:
		return false
	case ast.ConstEllipsis:
		return EllipsisConst{}
	case ast.ConstInt:
		return v.Int
	case ast.ConstBigInt:
		b, ok := new(big.Int).SetString(v.BigInt, 10)
		if !ok {
			return int64(0)
		}
		return b
	case ast.ConstFloat:
		return v.Float
	case ast.ConstImag:
		return complex(0, v.Float)
	case ast.ConstStr:
		return v.Str
	case ast.ConstBytes:
		return Bytes(v.Str)
	}
	return nil
}

func foldUnary(op ast.UnaryOperator, v ast.ConstValue) (any, bool) {
	switch v.Kind {
	case ast.ConstInt:
		if op == ast.UAdd {
			return v.Int, true
		}
		if v.Int == -v.Int && v.Int != 0 {
			return new(big.Int).Neg(big.NewInt(v.Int)), true
		}
		return -v.Int, true
	case ast.ConstFloat:
		if op == ast.UAdd {
			return v.Float, true
		}
		return -v.Float, true
	case ast.ConstBigInt:
		b, ok := new(big.Int).SetString(v.BigInt, 10)
		if !ok {
			return nil, false
		}
		if op == ast.USub {
			b.Neg(b)
		}
		if b.IsInt64() {
			return b.Int64(), true
		}
		return b, true
	}
	return nil, false
}

// foldBinOp folds arithmetic on small int constants when it cannot fail.
func (c *compiler) foldBinOp(e *ast.BinOp) (any, bool) {
	l, ok1 := c.constOf(e.Left)
	r, ok2 := c.constOf(e.Right)
	if !ok1 || !ok2 {
		return nil, false
	}
	a, ok1 := l.(int64)
	b, ok2 := r.(int64)
	if !ok1 || !ok2 {
		return nil, false
	}
	const lim = 1 << 30
	if a > lim || a < -lim || b > lim || b < -lim {
		return nil, false
	}
	switch e.Op {
	case ast.Add:
		return a + b, true
	case ast.Sub:
		return a - b, true
	case ast.Mult:
		return a * b, true
	}
	return nil, false
}

func (c *compiler) constOf(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		return constValue(e.Value), true
	case *ast.UnaryOp:
		if k, ok := e.Operand.(*ast.Constant); ok && (e.Op == ast.USub || e.Op == ast.UAdd) {
			return foldUnary(e.Op, k.Value)
		}
	case *ast.BinOp:
		return c.foldBinOp(e)
	}
	return nil, false
}

// hashableConsts reports whether constants can be set members.
func hashableConsts(k Tuple) bool {
	for _, e := range k {
		switch x := e.(type) {
		case Tuple:
			if !hashableConsts(x) {
				return false
			}
		case nil, bool, int64, *big.Int, float64, complex128, string, Bytes, EllipsisConst, FrozenSet:
		default:
			return false
		}
	}
	return true
}

// foldIterable is CPython's fold for the iterable of a for loop and the
// right side of `in`: a list display of constants becomes a tuple constant,
// a set display a frozenset constant. It reports whether it emitted code.
func (c *compiler) foldIterable(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.List:
		if k, ok := constTuple(e.Elts); ok && len(k) > 0 {
			c.setPos(e)
			c.loadConst(k)
			return true
		}
	case *ast.Set:
		if k, ok := constTuple(e.Elts); ok && hashableConsts(k) {
			c.setPos(e)
			c.loadConst(FrozenSet(k))
			return true
		}
	}
	return false
}

// constTuple returns a tuple of constants as one constant.
func constTuple(elts []ast.Expr) (Tuple, bool) {
	if len(elts) == 0 {
		return Tuple{}, true
	}
	out := make(Tuple, len(elts))
	for i, e := range elts {
		k, ok := e.(*ast.Constant)
		if !ok {
			return nil, false
		}
		out[i] = constValue(k.Value)
	}
	return out, true
}

// exprKind names an expression kind for error messages.
func exprKind(e ast.Expr) string {
	switch e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Constant:
		return "literal"
	case *ast.Tuple:
		return "tuple"
	case *ast.List:
		return "list"
	case *ast.Compare:
		return "comparison"
	case *ast.BinOp, *ast.UnaryOp, *ast.BoolOp:
		return "expression"
	case *ast.Lambda:
		return "lambda"
	}
	return "expression"
}
