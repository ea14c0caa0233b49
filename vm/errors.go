package vm

import (
	"errors"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/parser"
	"github.com/aio-lang/aio/runtime"
)

// reraiseError carries an exception re-raised by RERAISE or END_ASYNC_FOR:
// it keeps its traceback unchanged in the raising frame.
type reraiseError struct{ exc *runtime.Instance }

func (r *reraiseError) Error() string { return r.exc.Error() }

// ToException turns any error into a script exception. Go errors that are
// not exceptions (from host functions) become RuntimeError.
func ToException(err error) *runtime.Instance {
	switch e := err.(type) {
	case *runtime.Instance:
		return e
	case *reraiseError:
		return e.exc
	}
	var inst *runtime.Instance
	if errors.As(err, &inst) {
		return inst
	}
	return runtime.Errorf(runtime.RuntimeErrorType, "%s", err.Error())
}

// handleError finds a handler for err, starting in frame f and unwinding
// callers. It returns the frame to continue in (its pc at the handler), or
// nil and the exception when it escaped the base frame of this run.
func (vm *VM) handleError(f *Frame, err error, reraise, fresh bool) (*Frame, error) {
	if abort, ok := err.(*Abort); ok {
		return vm.abortFrames(f, abort)
	}
	if ae, ok := err.(*runtime.AbortError); ok {
		// The host cancelled the context while the event loop waited.
		return vm.abortFrames(f, &Abort{Reason: ae.Error(), Cause: ae.Cause})
	}
	if rr, ok := err.(*reraiseError); ok {
		reraise = true
		err = rr.exc
	}
	if fr, ok := err.(*freshRaise); ok {
		fresh = false
		err = fr.exc
	}
	exc := ToException(err)
	if !reraise && fresh {
		if handled := currentHandled(f); handled != nil && handled != exc && exc.Exc != nil && exc.Exc.Context == nil {
			setContext(exc, handled)
		}
	}
	for {
		if !reraise {
			vm.addTraceback(exc, f)
		}
		reraise = false
		for len(f.blocks) > 0 {
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			if b.kind == blockExcept {
				continue
			}
			clear(f.slots[b.level:f.sp])
			f.sp = b.level
			f.push(runtime.Obj(exc))
			f.pc = b.handler
			return f, nil
		}
		// The exception leaves frame f.
		if f.gen != nil {
			exc = f.gen.finishWithError(exc)
		}
		if f.base {
			vm.finishBase(f)
			return nil, exc
		}
		back := f.back
		if f.gen != nil && back != nil && back.gen != nil {
			back.gen.delegate = nil
		}
		vm.Thread.Depth--
		vm.releaseFrame(f)
		f = back
		f.lasti = int32(f.pc - 1)
	}
}

// abortFrames unwinds every frame of this run without running handlers.
func (vm *VM) abortFrames(f *Frame, abort *Abort) (*Frame, error) {
	for {
		if f.gen != nil {
			f.gen.state = genClosed
		}
		if f.base {
			vm.finishBase(f)
			return nil, abort
		}
		back := f.back
		vm.Thread.Depth--
		vm.releaseFrame(f)
		f = back
	}
}

// finishBase cleans up the base frame of a run that is over.
func (vm *VM) finishBase(f *Frame) {
	vm.cur = f.back
	if f.gen == nil {
		vm.releaseFrame(f)
	}
}

// setContext sets exc.__context__, avoiding cycles as CPython does.
func setContext(exc, ctx *runtime.Instance) {
	for c := ctx; c != nil && c.Exc != nil; c = c.Exc.Context {
		if c.Exc.Context == exc {
			c.Exc.Context = nil
			break
		}
	}
	exc.Exc.Context = ctx
}

// addTraceback records that exc passed through frame f at its current
// instruction.
func (vm *VM) addTraceback(exc *runtime.Instance, f *Frame) {
	if exc.Exc == nil {
		return
	}
	pos := f.position(int(f.lasti))
	if p, ok := f.secondHalf(int(f.lasti)); ok {
		pos = p
	}
	e := runtime.TraceEntry{
		File:    f.code.Filename,
		Func:    f.code.Name,
		Line:    int(pos.Line),
		Col:     int(pos.Col),
		EndCol:  int(pos.EndCol),
		EndLine: int(pos.EndLine),
	}
	if focusStart, focusEnd, ok := focusRange(f, int(f.lasti), vm.SourceLine(e.File, e.Line)); ok {
		e.FocusEnabled = true
		e.FocusCol, e.FocusEndCol = focusStart, focusEnd
	}
	tb := make([]runtime.TraceEntry, 0, len(exc.Exc.Traceback)+1)
	tb = append(tb, e)
	exc.Exc.Traceback = append(tb, exc.Exc.Traceback...)
}

// secondHalf reports the position of the second half of the fused
// instruction at pc when that half is the one that failed. LOAD_FAST_ATTR,
// LOAD_FAST_METHOD and STORE_FAST_ATTR fail in their first half only when
// the local is unbound; once it is loaded, the error is the attribute's.
func (f *Frame) secondHalf(pc int) (compiler.Position, bool) {
	if pc < 0 || pc >= len(f.code.Code) {
		return compiler.Position{}, false
	}
	in := f.code.Code[pc]
	if in.Op != compiler.LOAD_FAST_ATTR && in.Op != compiler.LOAD_FAST_METHOD && in.Op != compiler.STORE_FAST_ATTR {
		return compiler.Position{}, false
	}
	if f.slots[in.Arg&0xffff].IsNull() {
		return compiler.Position{}, false
	}
	p, ok := f.code.FusedPositions[pc]
	return p, ok
}

// focusRange finds, for a subscript or binary operation, the part that
// CPython 3.11 marks with ^ (the rest of the expression gets ~): from the
// subscript's '[' to its end, or the operator (traceback's
// _extract_caret_anchors_from_line_segment). line is the source line.
func focusRange(f *Frame, pc int, line string) (int, int, bool) {
	if pc < 0 || pc >= len(f.code.Code) {
		return 0, 0, false
	}
	in := f.code.Code[pc]
	pos := f.code.Positions[pc]
	if in.Op != compiler.BINARY_SUBSCR && in.Op != compiler.BINARY_OP || pos.EndLine != pos.Line {
		return 0, 0, false
	}
	if in.Op == compiler.BINARY_OP && in.Arg&compiler.InPlaceFlag != 0 {
		// An augmented assignment spans a statement, which CPython's
		// anchor search (it parses the segment as an expression) skips.
		return 0, 0, false
	}
	if in.Op == compiler.BINARY_SUBSCR {
		// The operand instructions precede; the subscripted value starts
		// where the whole expression does and ends first.
		for i := pc - 1; i >= 0; i-- {
			p := f.code.Positions[i]
			if p.Line == pos.Line && p.Col == pos.Col && p.EndCol < pos.EndCol {
				return int(p.EndCol), int(pos.EndCol), true
			}
		}
		return 0, 0, false
	}
	// The positions of the instructions before BINARY_OP, last first (a
	// fused pair of loads gives both): the first spans the right operand,
	// and after the right operand's own instructions, the first that ends
	// before it spans the left operand (without the parentheses around
	// it, as in CPython's AST).
	var before []compiler.Position
	for i := pc - 1; i >= 0 && len(before) < 64; i-- {
		if p2, ok := f.code.FusedPositions[i]; ok {
			before = append(before, p2)
		}
		before = append(before, f.code.Positions[i])
	}
	if len(before) < 2 {
		return 0, 0, false
	}
	rp := before[0]
	leftEnd := -1
	for _, p := range before[1:] {
		if p.Line != pos.Line || p.Col < pos.Col {
			break
		}
		if p.EndCol <= rp.Col {
			leftEnd = int(p.EndCol)
			break
		}
	}
	if leftEnd < 0 {
		return 0, 0, false
	}
	runes := []rune(line)
	end := int(pos.EndCol)
	if rp.Line != pos.Line || int(rp.Col) < leftEnd || end > len(runes) {
		return 0, 0, false
	}
	// As CPython's traceback.c does: the first character after the left
	// operand that is not white space or a closing parenthesis, and the
	// next one too for a two-character operator.
	left, right := -1, -1
	for i := leftEnd; i < int(rp.Col); i++ {
		if isSpace(runes[i]) {
			continue
		}
		left, right = i, i+1
		if i+1 < int(rp.Col) && !isSpace(runes[i+1]) {
			right++
		}
		if i+1 < int(rp.Col) && runes[i] == ')' {
			continue
		}
		break
	}
	if left < 0 {
		return 0, 0, false
	}
	return left, right, true
}

// isSpace is str.isspace for one character of source.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\f' || r == '\n' || r == '\r' || r == '\v'
}

// raise executes RAISE_VARARGS.
func (vm *VM) raise(f *Frame, argc int) error {
	t := vm.Thread
	if argc == 0 {
		if h := currentHandled(f); h != nil {
			return &reraiseError{exc: h}
		}
		return runtime.Errorf(runtime.RuntimeErrorType, "No active exception to reraise")
	}
	var cause runtime.Value
	if argc == 2 {
		cause = f.pop()
	}
	excVal := f.pop()
	exc, err := makeException(t, excVal)
	if err != nil {
		return err
	}
	if argc == 2 {
		if cause.IsNone() {
			exc.Exc.Cause = nil
		} else {
			c, err := makeException(t, cause)
			if err != nil {
				if runtime.IsInstanceOf(err, runtime.TypeErrorType) {
					return runtime.Errorf(runtime.TypeErrorType, "exception causes must derive from BaseException")
				}
				return err
			}
			exc.Exc.Cause = c
		}
		exc.Exc.SuppressContext = true
	}
	if h := currentHandled(f); h != nil && h != exc {
		setContext(exc, h)
	}
	return &freshRaise{exc: exc}
}

// freshRaise marks an exception raised by a raise statement: it gets a new
// traceback entry but its context is already set.
type freshRaise struct{ exc *runtime.Instance }

func (r *freshRaise) Error() string { return r.exc.Error() }

// Unwrap exposes the exception.
func (r *freshRaise) Unwrap() error { return r.exc }

// makeException turns the operand of raise into an exception instance.
func makeException(t *runtime.Thread, v runtime.Value) (*runtime.Instance, error) {
	if cls, ok := v.Raw().(*runtime.Type); ok {
		if !cls.IsException {
			return nil, runtime.Errorf(runtime.TypeErrorType, "exceptions must derive from BaseException")
		}
		r, err := runtime.Call0(t, v)
		if err != nil {
			return nil, err
		}
		e, ok := r.Raw().(*runtime.Instance)
		if !ok || e.Exc == nil {
			return nil, runtime.Errorf(runtime.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", cls.Name, r.TypeName())
		}
		return e, nil
	}
	if e, ok := v.Raw().(*runtime.Instance); ok && e.Exc != nil {
		return e, nil
	}
	return nil, runtime.Errorf(runtime.TypeErrorType, "exceptions must derive from BaseException")
}

// FormatTraceback renders an exception the way the CLI prints it.
func (vm *VM) FormatTraceback(exc *runtime.Instance) string {
	return runtime.FormatException(vm.Thread, exc, vm.SourceLine)
}

// SyntaxErrorValue turns a parse or compile error into a script
// SyntaxError exception (with msg, filename, lineno, offset and text).
func SyntaxErrorValue(err error) error {
	se, ok := err.(*parser.SyntaxError)
	if !ok {
		return err
	}
	typ := runtime.SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		typ = runtime.IndentationErrorType
	case "TabError":
		typ = runtime.TabErrorType
	}
	e := runtime.NewException(typ, runtime.Str(se.Msg))
	e.Dict.Set("msg", runtime.Str(se.Msg))
	e.Dict.Set("filename", runtime.Str(se.Filename))
	e.Dict.Set("lineno", runtime.Int(int64(se.Line)))
	e.Dict.Set("offset", runtime.Int(int64(se.Col)))
	e.Dict.Set("text", runtime.Str(se.Text))
	return e
}
