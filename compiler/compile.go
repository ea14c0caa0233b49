package compiler

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/aio-lang/aio/ast"
)

// Mode selects what a compiled module does with its statements.
type Mode int

// The compile modes.
const (
	// ModeExec compiles a module: statements run for their effect.
	ModeExec Mode = iota
	// ModeEval compiles a single expression whose value is returned.
	ModeEval
	// ModeInteractive compiles a REPL entry: expression statements echo
	// their value (PRINT_EXPR) and await is allowed at top level.
	ModeInteractive
)

// Error is a compile-time syntax error with its position.
type Error struct {
	Filename string
	Line     int
	Col      int // 1-based
	EndCol   int
	Msg      string
}

func (e *Error) Error() string {
	return fmt.Sprintf("SyntaxError: %s (%s, line %d)", e.Msg, e.Filename, e.Line)
}

func syntaxError(filename string, n ast.Node, msg string) *Error {
	e := &Error{Filename: filename, Msg: msg}
	if n != nil {
		p := n.Span()
		e.Line, e.Col, e.EndCol = p.Line, p.Col+1, p.EndCol+1
		if p.EndLine != p.Line {
			e.EndCol = 0
		}
	}
	return e
}

// Compile compiles a parsed module.
func Compile(filename string, mod *ast.Module, mode Mode) (code *Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(*Error); ok {
				err = ce
				return
			}
			err = &Error{Filename: filename, Line: 1, Col: 1, Msg: fmt.Sprintf("internal compiler error: %v", r)}
		}
	}()
	st, top, err := buildSymtable(filename, mod, mode == ModeInteractive)
	if err != nil {
		return nil, err
	}
	c := &compiler{filename: filename, st: st, mode: mode}
	c.enter(top, "<module>", "<module>", 1)
	c.u.code.Flags |= FlagModule
	if mode == ModeInteractive {
		c.u.code.Flags |= FlagTopLevelAwait
	}
	body := mod.Body
	if mode == ModeEval {
		if len(body) != 1 {
			return nil, &Error{Filename: filename, Line: 1, Col: 1, Msg: "invalid syntax"}
		}
		es, ok := body[0].(*ast.ExprStmt)
		if !ok {
			return nil, syntaxError(filename, body[0], "invalid syntax")
		}
		c.expr(es.Value)
		c.emit(RETURN_VALUE, 0)
		return c.leave(), nil
	}
	if len(body) > 0 && mode != ModeInteractive {
		if doc := docstring(body); doc != nil {
			c.setPos(body[0])
			c.loadConst(*doc)
			c.storeName("__doc__")
			body = body[1:]
		}
	}
	c.stmts(body)
	c.u.pos = Position{}
	if n := len(mod.Body); n > 0 {
		p := mod.Body[n-1].Span()
		c.u.pos = Position{Line: int32(p.EndLine), Col: int32(p.EndCol), EndLine: int32(p.EndLine), EndCol: int32(p.EndCol)}
	}
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	return c.leave(), nil
}

// compiler holds the state of one compilation.
type compiler struct {
	filename string
	st       *symtable
	mode     Mode
	u        *unit
	stack    []*unit
}

// unit is one code object under construction.
type unit struct {
	scope    *scope
	code     *Code
	consts   map[any]int
	names    map[string]int
	varnames map[string]int
	cells    map[string]int // cell and free variable indexes (cells first)
	fblocks  []fblock
	pos      Position
}

type fblockKind int

const (
	fbWhile fblockKind = iota
	fbFor
	fbAsyncFor
	fbTryExcept   // inside the body of try/except: a handler block is active
	fbTryFinally  // inside the body of try/finally
	fbFinallyEnd  // inside the exceptional copy of a finally body: exc on stack
	fbHandler     // inside an except clause: ExceptHandler block active
	fbHandlerName // inside a named except clause: plus a cleanup block
	fbExceptStar  // inside an except* clause: no break, continue or return
	fbWith
	fbAsyncWith
)

type fblock struct {
	kind      fblockKind
	continueL int    // loops: jump target for continue
	breaks    *[]int // loops: jumps to patch to the loop's end
	final     []ast.Stmt
	name      string
	// tempIter marks a for loop over a call's result: leaving it early
	// closes the generator, as CPython's reference counting does.
	tempIter bool
}

func (c *compiler) enter(s *scope, name, qualname string, firstLine int) {
	u := &unit{
		scope:    s,
		consts:   map[any]int{},
		names:    map[string]int{},
		varnames: map[string]int{},
		cells:    map[string]int{},
		code: &Code{
			Name:      name,
			QualName:  qualname,
			Filename:  c.filename,
			FirstLine: firstLine,
		},
	}
	// Parameters first, in order, then the other locals.
	for _, p := range s.params {
		u.addVar(p)
	}
	if s.kind == functionScope {
		for _, name := range s.order {
			f := s.syms[name]
			if f&(symAssigned|symParam) != 0 && f&(symGlobal|symNonlocal) == 0 {
				u.addVar(name)
			}
		}
	}
	// Cells: locals captured by inner functions, then __class__ for classes.
	for _, name := range s.order {
		if s.syms[name]&symCell != 0 && s.kind == functionScope {
			u.cells[name] = len(u.code.CellVars)
			u.code.CellVars = append(u.code.CellVars, name)
		}
	}
	if s.kind == classScope && s.hasClassCell {
		u.cells["__class__"] = len(u.code.CellVars)
		u.code.CellVars = append(u.code.CellVars, "__class__")
	}
	u.code.Cell2Arg = make([]int, len(u.code.CellVars))
	for i, name := range u.code.CellVars {
		u.code.Cell2Arg[i] = -1
		if s.syms[name]&symParam != 0 {
			u.code.Cell2Arg[i] = u.varnames[name]
		}
	}
	for _, name := range s.freeNames() {
		if _, ok := u.cells[name]; ok {
			continue
		}
		u.cells[name] = len(u.code.CellVars) + len(u.code.FreeVars)
		u.code.FreeVars = append(u.code.FreeVars, name)
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
	}
	c.u = u
}

func (u *unit) addVar(name string) int {
	if i, ok := u.varnames[name]; ok {
		return i
	}
	i := len(u.code.VarNames)
	u.varnames[name] = i
	u.code.VarNames = append(u.code.VarNames, name)
	return i
}

// leave finishes the current code object — superinstructions, then the
// exact stack size of the final code — and returns to the enclosing unit.
func (c *compiler) leave() *Code {
	code := c.u.code
	fuse(code)
	size, err := stackSize(code)
	if err != nil {
		// An inconsistent stack is a bug in code generation: report it as
		// a compile error (Compile recovers it) rather than run bad code.
		pos := Position{Line: int32(code.FirstLine)}
		if se, ok := err.(*stackError); ok && se.pc < len(code.Positions) {
			pos = code.Positions[se.pc]
		}
		panic(&Error{Filename: c.filename, Line: int(pos.Line), Col: int(pos.Col) + 1,
			Msg: fmt.Sprintf("internal compiler error in %s: %v", code.QualName, err)})
	}
	code.StackSize = size
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// ---------------------------------------------------------------------------
// Emission helpers

func (c *compiler) setPos(n ast.Node) {
	p := n.Span()
	c.u.pos = Position{Line: int32(p.Line), Col: int32(p.Col), EndLine: int32(p.EndLine), EndCol: int32(p.EndCol)}
}

func (c *compiler) emit(op Opcode, arg int) int {
	u := c.u
	u.code.Code = append(u.code.Code, Instr{Op: op, Arg: int32(arg)})
	u.code.Positions = append(u.code.Positions, u.pos)
	return len(u.code.Code) - 1
}

// here is the index of the next instruction.
func (c *compiler) here() int { return len(c.u.code.Code) }

// patch points the jump at i to the next instruction.
func (c *compiler) patch(i int) { c.u.code.Code[i].Arg = int32(c.here()) }

// patchTo points the jump at i to target.
func (c *compiler) patchTo(i, target int) { c.u.code.Code[i].Arg = int32(target) }

// ---------------------------------------------------------------------------
// Constants and names

// constKey distinguishes constants that compare equal in Go but differ in
// Python (1 vs 1.0 vs True, 0.0 vs -0.0).
type constKey struct {
	kind string
	val  any
}

func (c *compiler) constIndex(v any) int {
	key := constKeyOf(v)
	if key != nil {
		if i, ok := c.u.consts[key]; ok {
			return i
		}
	}
	i := len(c.u.code.Consts)
	c.u.code.Consts = append(c.u.code.Consts, v)
	if key != nil {
		c.u.consts[key] = i
	}
	return i
}

func constKeyOf(v any) any {
	switch x := v.(type) {
	case nil:
		return constKey{"none", nil}
	case bool:
		return constKey{"bool", x}
	case int64:
		return constKey{"int", x}
	case float64:
		return constKey{"float", fmt.Sprintf("%b", x)}
	case string:
		return constKey{"str", x}
	case Bytes:
		return constKey{"bytes", string(x)}
	case *big.Int:
		return constKey{"bigint", x.String()}
	case EllipsisConst:
		return constKey{"ellipsis", nil}
	case Tuple:
		var b strings.Builder
		for _, e := range x {
			k := constKeyOf(e)
			if k == nil {
				return nil
			}
			fmt.Fprintf(&b, "%v;", k)
		}
		return constKey{"tuple", b.String()}
	case FrozenSet:
		var b strings.Builder
		for _, e := range x {
			k := constKeyOf(e)
			if k == nil {
				return nil
			}
			fmt.Fprintf(&b, "%v;", k)
		}
		return constKey{"frozenset", b.String()}
	}
	return nil
}

func (c *compiler) loadConst(v any) { c.emit(LOAD_CONST, c.constIndex(v)) }

func (c *compiler) nameIndex(name string) int {
	if i, ok := c.u.names[name]; ok {
		return i
	}
	i := len(c.u.code.Names)
	c.u.names[name] = i
	c.u.code.Names = append(c.u.code.Names, name)
	return i
}

// access is how a name is reached from the current scope.
type access int

const (
	accFast access = iota
	accDeref
	accClassDeref
	accGlobal
	accName
)

func (c *compiler) resolve(name string) access {
	s := c.u.scope
	f := s.syms[name]
	switch s.kind {
	case moduleScope:
		return accGlobal
	case classScope:
		if f&symGlobal != 0 {
			return accGlobal
		}
		if f&symNonlocal != 0 {
			return accDeref
		}
		if f&symAssigned != 0 {
			return accName
		}
		if _, ok := c.u.cells[name]; ok && name != "__class__" {
			return accClassDeref
		}
		return accName
	}
	if f&symGlobal != 0 {
		return accGlobal
	}
	if _, ok := c.u.cells[name]; ok {
		return accDeref
	}
	if f&(symAssigned|symParam) != 0 {
		return accFast
	}
	return accGlobal
}

func (c *compiler) loadName(name string) {
	switch c.resolve(name) {
	case accFast:
		c.emit(LOAD_FAST, c.u.varnames[name])
	case accDeref:
		c.emit(LOAD_DEREF, c.u.cells[name])
	case accClassDeref:
		c.emit(LOAD_CLASSDEREF, c.u.cells[name])
	case accGlobal:
		c.emit(LOAD_GLOBAL, c.nameIndex(name))
	case accName:
		c.emit(LOAD_NAME, c.nameIndex(name))
	}
}

func (c *compiler) storeName(name string) {
	switch c.resolve(name) {
	case accFast:
		c.emit(STORE_FAST, c.u.varnames[name])
	case accDeref, accClassDeref:
		c.emit(STORE_DEREF, c.u.cells[name])
	case accGlobal:
		c.emit(STORE_GLOBAL, c.nameIndex(name))
	case accName:
		c.emit(STORE_NAME, c.nameIndex(name))
	}
}

func (c *compiler) deleteName(name string) {
	switch c.resolve(name) {
	case accFast:
		c.emit(DELETE_FAST, c.u.varnames[name])
	case accDeref, accClassDeref:
		c.emit(DELETE_DEREF, c.u.cells[name])
	case accGlobal:
		c.emit(DELETE_GLOBAL, c.nameIndex(name))
	case accName:
		c.emit(DELETE_NAME, c.nameIndex(name))
	}
}

func (c *compiler) errorf(n ast.Node, format string, args ...any) {
	panic(syntaxError(c.filename, n, fmt.Sprintf(format, args...)))
}

// docstring returns the docstring of a body, if its first statement is a
// string literal.
func docstring(body []ast.Stmt) *string {
	if len(body) == 0 {
		return nil
	}
	es, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	k, ok := es.Value.(*ast.Constant)
	if !ok || k.Value.Kind != ast.ConstStr {
		return nil
	}
	s := k.Value.Str
	return &s
}
