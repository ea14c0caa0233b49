package vm

import (
	"strconv"
	"strings"
	"unsafe"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

// action tells the dispatch loop what to do after a slow-path instruction.
type action int

const (
	actNext   action = iota // continue with f.pc and f.sp
	actSwitch               // continue in vm.switchTo
	actYield                // the chain yields vm.yieldValue
	actReturn               // the base frame returned vm.yieldValue
)

// execSlow executes the less frequent instructions. f.pc already points
// past the instruction and f.sp is current.
func (vm *VM) execSlow(f *Frame, in compiler.Instr) (action, error) {
	t := vm.Thread
	arg := int(in.Arg)
	switch in.Op {
	case compiler.NOP, compiler.RETURN_GENERATOR, compiler.SETUP_ANNOTATIONS:
	case compiler.COPY:
		f.push(f.slots[f.sp-arg])
	case compiler.SWAP:
		i, j := f.sp-1, f.sp-arg
		f.slots[i], f.slots[j] = f.slots[j], f.slots[i]
	case compiler.ROT_THREE:
		s := f.slots
		top := s[f.sp-1]
		s[f.sp-1] = s[f.sp-2]
		s[f.sp-2] = s[f.sp-3]
		s[f.sp-3] = top
	case compiler.DELETE_FAST:
		if f.locals()[arg].IsNull() {
			return actNext, unboundLocal(f.code.VarNames[arg])
		}
		f.locals()[arg] = runtime.Null
	case compiler.LOAD_DEREF:
		v := f.cells[arg].V
		if v.IsNull() {
			return actNext, vm.unboundDeref(f, arg)
		}
		f.push(v)
	case compiler.STORE_DEREF:
		f.cells[arg].V = f.pop()
	case compiler.DELETE_DEREF:
		if f.cells[arg].V.IsNull() {
			return actNext, vm.unboundDeref(f, arg)
		}
		f.cells[arg].V = runtime.Null
	case compiler.LOAD_CLOSURE:
		f.push(runtime.Obj(f.cells[arg]))
	case compiler.LOAD_CLASSDEREF:
		name := f.cellName(arg)
		if f.ns != nil {
			if v, ok := f.ns.Get(name); ok {
				f.push(v)
				return actNext, nil
			}
		}
		v := f.cells[arg].V
		if v.IsNull() {
			return actNext, vm.unboundDeref(f, arg)
		}
		f.push(v)
	case compiler.STORE_GLOBAL:
		f.globals.Set(f.code.Names[arg], f.pop())
	case compiler.DELETE_GLOBAL:
		name := f.code.Names[arg]
		if !f.globals.Delete(name) {
			return actNext, runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", name)
		}
	case compiler.LOAD_NAME:
		name := f.code.Names[arg]
		if f.ns != nil {
			if v, ok := f.ns.Get(name); ok {
				f.push(v)
				return actNext, nil
			}
		}
		if v, ok := f.globals.Get(name); ok {
			f.push(v)
			return actNext, nil
		}
		if v, ok := t.Builtins.Get(name); ok {
			f.push(v)
			return actNext, nil
		}
		return actNext, runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", name)
	case compiler.STORE_NAME:
		v := f.pop()
		if f.ns != nil {
			f.ns.Set(f.code.Names[arg], v)
		} else {
			f.globals.Set(f.code.Names[arg], v)
		}
	case compiler.DELETE_NAME:
		name := f.code.Names[arg]
		d := f.ns
		if d == nil {
			d = f.globals
		}
		if !d.Delete(name) {
			return actNext, runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", name)
		}
	case compiler.DELETE_ATTR:
		obj := f.pop()
		return actNext, runtime.DelAttr(t, obj, f.code.Names[arg])
	case compiler.UNARY_NEGATIVE:
		r, err := runtime.Neg(t, f.slots[f.sp-1])
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = r
	case compiler.UNARY_POSITIVE:
		r, err := runtime.Pos(t, f.slots[f.sp-1])
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = r
	case compiler.UNARY_INVERT:
		r, err := runtime.Invert(t, f.slots[f.sp-1])
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = r
	case compiler.UNARY_NOT:
		truth, err := runtime.Truth(t, f.slots[f.sp-1])
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = runtime.Bool(!truth)
	case compiler.IS_OP:
		b := f.pop()
		a := f.pop()
		f.push(runtime.Bool(runtime.Is(a, b) != (arg == 1)))
	case compiler.CONTAINS_OP:
		container := f.pop()
		x := f.pop()
		in, err := runtime.Contains(t, container, x)
		if err != nil {
			return actNext, err
		}
		f.push(runtime.Bool(in != (arg == 1)))
	case compiler.BINARY_SUBSCR:
		k := f.pop()
		obj := f.pop()
		r, err := runtime.GetItem(t, obj, k)
		if err != nil {
			return actNext, err
		}
		f.push(r)
	case compiler.STORE_SUBSCR:
		k := f.pop()
		obj := f.pop()
		v := f.pop()
		return actNext, runtime.SetItem(t, obj, k, v)
	case compiler.DELETE_SUBSCR:
		k := f.pop()
		obj := f.pop()
		return actNext, runtime.DelItem(t, obj, k)
	case compiler.BUILD_SLICE:
		var step runtime.Value = runtime.None
		if arg == 3 {
			step = f.pop()
		}
		stop := f.pop()
		start := f.pop()
		f.push(runtime.Obj(&runtime.Slice{Start: start, Stop: stop, Step: step}))
	case compiler.BUILD_TUPLE:
		items := make([]runtime.Value, arg)
		copy(items, f.slots[f.sp-arg:f.sp])
		f.popN(arg)
		f.push(runtime.NewTuple(items))
	case compiler.BUILD_LIST:
		items := make([]runtime.Value, arg)
		copy(items, f.slots[f.sp-arg:f.sp])
		f.popN(arg)
		f.push(runtime.Obj(runtime.NewList(items)))
	case compiler.BUILD_SET:
		s := runtime.NewSet()
		for _, v := range f.slots[f.sp-arg : f.sp] {
			if err := s.Add(t, v); err != nil {
				return actNext, err
			}
		}
		f.popN(arg)
		f.push(runtime.Obj(s))
	case compiler.BUILD_MAP:
		d := runtime.NewDict()
		items := f.slots[f.sp-2*arg : f.sp]
		for i := 0; i < len(items); i += 2 {
			if err := d.Set(t, items[i], items[i+1]); err != nil {
				return actNext, err
			}
		}
		f.popN(2 * arg)
		f.push(runtime.Obj(d))
	case compiler.BUILD_STRING:
		// The parts are strs, and small ints that FORMAT_VALUE left for
		// this instruction to write (compiler.FormatToBuild).
		parts := f.slots[f.sp-arg : f.sp]
		n := 0
		for _, v := range parts {
			if v.IsInt() {
				n += 20
				continue
			}
			s, _ := runtime.StrValue(v)
			n += len(s)
		}
		buf := make([]byte, 0, n)
		for _, v := range parts {
			if v.IsInt() {
				buf = strconv.AppendInt(buf, v.AsInt(), 10)
				continue
			}
			s, _ := runtime.StrValue(v)
			buf = append(buf, s...)
		}
		f.popN(arg)
		f.push(runtime.Str(unsafe.String(unsafe.SliceData(buf), len(buf))))
	case compiler.LIST_APPEND:
		v := f.pop()
		f.slots[f.sp-arg].Raw().(*runtime.List).Append(v)
	case compiler.SET_ADD:
		v := f.pop()
		return actNext, f.slots[f.sp-arg].Raw().(*runtime.Set).Add(t, v)
	case compiler.MAP_ADD:
		v := f.pop()
		k := f.pop()
		return actNext, f.slots[f.sp-arg].Raw().(*runtime.Dict).Set(t, k, v)
	case compiler.LIST_EXTEND:
		it := f.pop()
		l := f.slots[f.sp-arg].Raw().(*runtime.List)
		items, err := runtime.ToSlice(t, it)
		if err != nil {
			if runtime.IsInstanceOf(err, runtime.TypeErrorType) && !isIterable(it) {
				return actNext, runtime.Errorf(runtime.TypeErrorType, "Value after * must be an iterable, not %s", it.TypeName())
			}
			return actNext, err
		}
		l.Items = append(l.Items, items...)
	case compiler.SET_UPDATE:
		it := f.pop()
		s := f.slots[f.sp-arg].Raw().(*runtime.Set)
		if err := s.Update(t, it); err != nil {
			return actNext, err
		}
	case compiler.DICT_UPDATE, compiler.DICT_MERGE:
		m := f.pop()
		d := f.slots[f.sp-arg].Raw().(*runtime.Dict)
		// DICT_MERGE builds a call's keywords: below the dict are the
		// positional arguments, NULL and the callable.
		callee := runtime.Null
		if in.Op == compiler.DICT_MERGE {
			callee = f.slots[f.sp-arg-3]
		}
		if err := vm.mergeMapping(d, m, callee); err != nil {
			return actNext, err
		}
	case compiler.LIST_TO_TUPLE:
		l := f.pop().Raw().(*runtime.List)
		f.push(runtime.NewTuple(l.Items))
	case compiler.FORMAT_VALUE:
		if arg == compiler.FormatToBuild && f.slots[f.sp-1].IsInt() {
			// BUILD_STRING writes the digits: no string object between.
			return actNext, nil
		}
		spec := ""
		if arg&4 != 0 {
			spec, _ = runtime.StrValue(f.pop())
		}
		v := f.pop()
		var s string
		var err error
		switch arg & 3 {
		case 1:
			s, err = runtime.ToStr(t, v)
			v = runtime.Str(s)
		case 2:
			s, err = runtime.Repr(t, v)
			v = runtime.Str(s)
		case 3:
			s, err = runtime.Repr(t, v)
			v = runtime.Str(asciiEscape(s))
		}
		if err != nil {
			return actNext, err
		}
		if spec == "" {
			// An exact str formats as itself; a subclass's value becomes
			// a plain str, as str.__format__ returns.
			if _, exact := v.Raw().(*runtime.StrObject); exact {
				f.push(v)
				return actNext, nil
			}
			if str, ok := runtime.StrValue(v); ok {
				f.push(runtime.Str(str))
				return actNext, nil
			}
		}
		s, err = runtime.FormatValue(t, v, spec)
		if err != nil {
			return actNext, err
		}
		f.push(runtime.Str(s))
	case compiler.JUMP_IF_FALSE_OR_POP, compiler.JUMP_IF_TRUE_OR_POP:
		truth, err := runtime.Truth(t, f.slots[f.sp-1])
		if err != nil {
			return actNext, err
		}
		if truth == (in.Op == compiler.JUMP_IF_TRUE_OR_POP) {
			f.pc = arg
		} else {
			f.pop()
		}
	case compiler.POP_JUMP_IF_NONE:
		if f.pop().IsNone() {
			f.pc = arg
		}
	case compiler.POP_JUMP_IF_NOT_NONE:
		if !f.pop().IsNone() {
			f.pc = arg
		}
	case compiler.GET_ITER:
		it, err := runtime.Iter(t, f.slots[f.sp-1])
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = it
	case compiler.UNPACK_SEQUENCE:
		seq := f.pop()
		var items []runtime.Value
		switch o := seq.Raw().(type) {
		case *runtime.Tuple:
			if len(o.Items) == arg {
				items = o.Items
			}
		case *runtime.List:
			if len(o.Items) == arg {
				items = o.Items
			}
		}
		if items == nil {
			var err error
			items, err = runtime.UnpackSequence(t, seq, arg)
			if err != nil {
				return actNext, err
			}
		}
		for i := arg - 1; i >= 0; i-- {
			f.push(items[i])
		}
	case compiler.UNPACK_EX:
		seq := f.pop()
		before, after := arg&0xff, arg>>8
		items, err := runtime.UnpackEx(t, seq, before, after)
		if err != nil {
			return actNext, err
		}
		for i := len(items) - 1; i >= 0; i-- {
			f.push(items[i])
		}
	case compiler.CALL_FUNCTION_EX:
		var kw runtime.Value
		if arg&1 != 0 {
			kw = f.pop()
		}
		argsv := f.pop()
		f.pop() // NULL
		fn := f.pop()
		var args []runtime.Value
		if tup, ok := argsv.Raw().(*runtime.Tuple); ok {
			args = tup.Items
		} else {
			// f(*it): the iterable as given (check_args_iterable, then
			// PySequence_Tuple). ToSlice copies a list, so the callee never
			// shares the list's array.
			if !isIterable(argsv) {
				name, err := functionStr(t, fn)
				if err != nil {
					return actNext, err
				}
				return actNext, runtime.Errorf(runtime.TypeErrorType, "%s argument after * must be an iterable, not %s", name, argsv.TypeName())
			}
			items, err := runtime.ToSlice(t, argsv)
			if err != nil {
				return actNext, err
			}
			args = items
		}
		var kwnames []string
		if !kw.IsNull() {
			d := kw.Raw().(*runtime.Dict)
			all := make([]runtime.Value, 0, len(args)+d.Len())
			all = append(all, args...)
			for _, k := range d.Keys() {
				name, ok := runtime.StrValue(k)
				if !ok {
					return actNext, runtime.Errorf(runtime.TypeErrorType, "keywords must be strings")
				}
				v, _, _ := d.Get(t, k)
				kwnames = append(kwnames, name)
				all = append(all, v)
			}
			args = all
		}
		r, err := runtime.Call(t, fn, args, kwnames)
		vm.cur = f
		if err != nil {
			return actNext, err
		}
		f.push(r)
	case compiler.MAKE_FUNCTION:
		codeObj := f.pop().Raw().(*CodeObject)
		fn := newFunction(codeObj.Code, f.globals, vm.prepare(codeObj.Code))
		if arg&8 != 0 {
			cells := f.pop().Raw().(*runtime.Tuple).Items
			fn.Closure = make([]*Cell, len(cells))
			for i, c := range cells {
				fn.Closure[i] = c.Raw().(*Cell)
			}
		}
		if arg&2 != 0 {
			d := f.pop().Raw().(*runtime.Dict)
			fn.KwDefaults = map[string]runtime.Value{}
			for _, k := range d.Keys() {
				name, _ := runtime.StrValue(k)
				v, _, _ := d.Get(t, k)
				fn.KwDefaults[name] = v
			}
		}
		if arg&1 != 0 {
			fn.Defaults = f.pop().Raw().(*runtime.Tuple).Items
		}
		if fn.Code.Flags&compiler.FlagClass == 0 && len(fn.Defaults)+len(fn.KwDefaults) > 0 {
			fn.simple = false
			fn.setFastArgc()
		}
		f.push(runtime.Obj(fn))
	case compiler.YIELD_VALUE:
		v := f.pop()
		if arg == 1 {
			v = runtime.Obj(&asyncGenValue{v: v})
		}
		vm.yieldValue = v
		return actYield, nil
	case compiler.GET_YIELD_FROM_ITER:
		v := f.slots[f.sp-1]
		if g, ok := v.Raw().(*Generator); ok {
			if g.kind == kindCoroutine && f.code.Flags&compiler.FlagCoroutine == 0 {
				return actNext, runtime.Errorf(runtime.TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
			}
			return actNext, nil
		}
		it, err := runtime.Iter(t, v)
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = it
	case compiler.GET_AWAITABLE:
		v := f.slots[f.sp-1]
		aw, err := vm.getAwaitable(v, arg)
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = aw
	case compiler.SEND:
		return vm.send(f, arg)
	case compiler.SETUP_FINALLY:
		f.blocks = append(f.blocks, block{kind: blockFinally, handler: arg, level: f.sp})
	case compiler.POP_BLOCK:
		f.blocks = f.blocks[:len(f.blocks)-1]
	case compiler.PUSH_EXC_INFO:
		exc, _ := f.slots[f.sp-1].Raw().(*runtime.Instance)
		f.blocks = append(f.blocks, block{kind: blockExcept, level: f.sp - 1, exc: exc})
	case compiler.POP_EXCEPT:
		for i := len(f.blocks) - 1; i >= 0; i-- {
			if f.blocks[i].kind == blockExcept {
				f.blocks = append(f.blocks[:i], f.blocks[i+1:]...)
				break
			}
		}
	case compiler.RERAISE:
		exc := f.pop()
		e, _ := exc.Raw().(*runtime.Instance)
		if e == nil {
			return actNext, runtime.Errorf(runtime.SystemErrorType, "RERAISE of a non-exception")
		}
		return actNext, &reraiseError{exc: e}
	case compiler.RAISE_VARARGS:
		return actNext, vm.raise(f, arg)
	case compiler.CHECK_EG_MATCH:
		typ := f.pop()
		rest, match, err := runtime.ExceptStarMatch(t, f.slots[f.sp-1], typ)
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = rest
		f.push(match)
		if m, ok := match.Raw().(*runtime.Instance); ok {
			// The clause handles the match: it is what sys.exc_info()
			// and a bare raise see, and the context of what it raises.
			for i := len(f.blocks) - 1; i >= 0; i-- {
				if f.blocks[i].kind == blockExcept {
					f.blocks[i].exc = m
					break
				}
			}
		}
	case compiler.PREP_RERAISE_STAR:
		list := f.pop()
		orig := f.pop()
		r, err := runtime.PrepReraiseStar(t, orig, list.Raw().(*runtime.List).Items)
		if err != nil {
			return actNext, err
		}
		f.push(r)
	case compiler.CHECK_EXC_MATCH:
		typ := f.pop()
		exc := f.slots[f.sp-1]
		ok, err := excMatches(exc, typ)
		if err != nil {
			return actNext, err
		}
		f.push(runtime.Bool(ok))
	case compiler.BEFORE_WITH, compiler.BEFORE_ASYNC_WITH:
		mgr := f.pop()
		async := in.Op == compiler.BEFORE_ASYNC_WITH
		enterName, exitName := "__enter__", "__exit__"
		if async {
			enterName, exitName = "__aenter__", "__aexit__"
		}
		exit, enter, err := vm.contextMethods(mgr, enterName, exitName, async)
		if err != nil {
			return actNext, err
		}
		r, err := runtime.Call0(t, enter)
		vm.cur = f
		if err != nil {
			return actNext, err
		}
		f.push(exit)
		f.push(r)
	case compiler.WITH_EXCEPT_START:
		exc := f.slots[f.sp-1]
		exit := f.slots[f.sp-2]
		r, err := runtime.Call(t, exit, []runtime.Value{runtime.Obj(exc.Type()), exc, runtime.None}, nil)
		vm.cur = f
		if err != nil {
			return actNext, err
		}
		f.push(r)
	case compiler.LOAD_BUILD_CLASS:
		f.push(vm.buildClass)
	case compiler.LOAD_ASSERTION_ERROR:
		f.push(runtime.Obj(runtime.AssertionErrorType))
	case compiler.IMPORT_NAME:
		fromlist := f.pop()
		level := f.pop()
		m, err := vm.importName(f, f.code.Names[arg], int(level.AsInt()), !fromlist.IsNone())
		if err != nil {
			return actNext, err
		}
		f.push(m)
	case compiler.IMPORT_FROM:
		mod := f.slots[f.sp-1]
		name := f.code.Names[arg]
		v, ok, err := runtime.GetAttrOr(t, mod, name)
		if err != nil {
			return actNext, err
		}
		if !ok {
			modName := "?"
			if m, isMod := mod.Raw().(*runtime.Module); isMod {
				modName = m.Name
				if sub, err := vm.importName(f, m.Name+"."+name, 0, true); err == nil {
					f.push(sub)
					return actNext, nil
				}
			}
			return actNext, runtime.Errorf(runtime.ImportErrorType, "cannot import name '%s' from '%s'", name, modName)
		}
		f.push(v)
	case compiler.IMPORT_STAR:
		mod := f.pop()
		m, ok := mod.Raw().(*runtime.Module)
		if !ok {
			return actNext, nil
		}
		for i, k := range m.Dict.Keys() {
			if !strings.HasPrefix(k, "_") {
				f.globals.Set(k, m.Dict.Values()[i])
			}
		}
	case compiler.GET_AITER:
		v := f.slots[f.sp-1]
		m, ok := v.Type().Lookup("__aiter__")
		if !ok {
			return actNext, runtime.Errorf(runtime.TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", v.TypeName())
		}
		r, err := callUnbound(t, m, v)
		vm.cur = f
		if err != nil {
			return actNext, err
		}
		f.slots[f.sp-1] = r
	case compiler.GET_ANEXT:
		v := f.slots[f.sp-1]
		m, ok := v.Type().Lookup("__anext__")
		if !ok {
			return actNext, runtime.Errorf(runtime.TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", v.TypeName())
		}
		r, err := callUnbound(t, m, v)
		vm.cur = f
		if err != nil {
			return actNext, err
		}
		aw, err := vm.getAwaitable(r, 3)
		if err != nil {
			return actNext, err
		}
		f.push(aw)
	case compiler.END_ASYNC_FOR:
		exc := f.pop()
		f.pop() // the async iterator
		if e, ok := exc.Raw().(*runtime.Instance); ok {
			if e.Class.IsSubtype(runtime.StopAsyncIterationType) {
				return actNext, nil
			}
			return actNext, &reraiseError{exc: e}
		}
	case compiler.POP_ITER:
		it := f.pop()
		if g, ok := it.Raw().(*Generator); ok && g.kind == kindGenerator && g.state == genSuspended {
			if err := g.Close(t); err != nil {
				vm.cur = f
				return actNext, err
			}
			vm.cur = f
		}
	case compiler.PRINT_EXPR:
		v := f.pop()
		if v.IsNone() {
			return actNext, nil
		}
		t.Builtins.Set("_", v)
		s, err := runtime.Repr(t, v)
		if err != nil {
			return actNext, err
		}
		_, _ = t.Stdout.Write([]byte(s + "\n"))
	default:
		return actNext, runtime.Errorf(runtime.SystemErrorType, "unknown opcode %s", in.Op)
	}
	return actNext, nil
}

func (f *Frame) popN(n int) {
	clear(f.slots[f.sp-n : f.sp])
	f.sp -= n
}

func (f *Frame) cellName(i int) string {
	if i < len(f.code.CellVars) {
		return f.code.CellVars[i]
	}
	return f.code.FreeVars[i-len(f.code.CellVars)]
}

func (vm *VM) unboundDeref(f *Frame, i int) error {
	name := f.cellName(i)
	if i < len(f.code.CellVars) {
		return unboundLocal(name)
	}
	return runtime.Errorf(runtime.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func isIterable(v runtime.Value) bool {
	s := v.Type().Slots
	return s.Iter != nil || s.GetItem != nil
}

// callUnbound calls a method found on a type with self prepended.
func callUnbound(t *runtime.Thread, m, self runtime.Value, args ...runtime.Value) (runtime.Value, error) {
	full := make([]runtime.Value, 0, len(args)+1)
	full = append(full, self)
	full = append(full, args...)
	if sm, ok := m.Raw().(*runtime.StaticMethod); ok {
		return runtime.Call(t, sm.Func, args, nil)
	}
	return runtime.Call(t, m, full, nil)
}

// contextMethods finds the bound enter and exit methods of a context manager.
func (vm *VM) contextMethods(mgr runtime.Value, enterName, exitName string, async bool) (exit, enter runtime.Value, err error) {
	t := vm.Thread
	typ := mgr.Type()
	if _, ok := typ.Lookup(enterName); !ok {
		return runtime.Null, runtime.Null, protocolError(mgr, async)
	}
	if _, ok := typ.Lookup(exitName); !ok {
		return runtime.Null, runtime.Null, protocolError(mgr, async)
	}
	enter, err = runtime.GetAttr(t, mgr, enterName)
	if err != nil {
		return
	}
	exit, err = runtime.GetAttr(t, mgr, exitName)
	return
}

func protocolError(mgr runtime.Value, async bool) error {
	if async {
		return runtime.Errorf(runtime.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", mgr.TypeName())
	}
	return runtime.Errorf(runtime.TypeErrorType, "'%s' object does not support the context manager protocol", mgr.TypeName())
}

// mergeMapping adds the items of mapping m to d: DICT_UPDATE, or with
// callee set (not Null) DICT_MERGE, which builds the keywords of a call to
// callee and refuses a keyword given twice.
func (vm *VM) mergeMapping(d *runtime.Dict, m runtime.Value, callee runtime.Value) error {
	t := vm.Thread
	merge := !callee.IsNull()
	add := func(k, v runtime.Value) error {
		if merge {
			if _, ok, _ := d.Get(t, k); ok {
				name, _ := runtime.StrValue(k)
				fs, err := functionStr(t, callee)
				if err != nil {
					return err
				}
				return runtime.Errorf(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", fs, name)
			}
			if _, ok := runtime.StrValue(k); !ok {
				return runtime.Errorf(runtime.TypeErrorType, "keywords must be strings")
			}
		}
		return d.Set(t, k, v)
	}
	if src, ok := m.Raw().(*runtime.Dict); ok {
		for _, k := range src.Keys() {
			v, _, _ := src.Get(t, k)
			if err := add(k, v); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, ok, err := runtime.GetAttrOr(t, m, "keys")
	if err != nil {
		return err
	}
	if !ok {
		if merge {
			fs, err := functionStr(t, callee)
			if err != nil {
				return err
			}
			return runtime.Errorf(runtime.TypeErrorType, "%s argument after ** must be a mapping, not %s", fs, m.TypeName())
		}
		return runtime.Errorf(runtime.TypeErrorType, "'%s' object is not a mapping", m.TypeName())
	}
	keys, err := runtime.Call0(t, keysFn)
	if err != nil {
		return err
	}
	return runtime.ForEach(t, keys, func(k runtime.Value) (bool, error) {
		v, err := runtime.GetItem(t, m, k)
		if err != nil {
			return false, err
		}
		return true, add(k, v)
	})
}

// functionStr names a callable in the messages about a call's arguments,
// as CPython's _PyObject_FunctionStr: "module.qualname()", "qualname()" for
// builtins, or str(fn) when fn has no __qualname__.
func functionStr(t *runtime.Thread, fn runtime.Value) (string, error) {
	q, ok, err := runtime.GetAttrOr(t, fn, "__qualname__")
	if err != nil {
		return "", err
	}
	if !ok {
		return runtime.ToStr(t, fn)
	}
	qs, err := runtime.ToStr(t, q)
	if err != nil {
		return "", err
	}
	m, ok, err := runtime.GetAttrOr(t, fn, "__module__")
	if err != nil {
		return "", err
	}
	if ok && !m.IsNone() {
		if ms, isStr := runtime.StrValue(m); !isStr || ms != "builtins" {
			mod, err := runtime.ToStr(t, m)
			if err != nil {
				return "", err
			}
			return mod + "." + qs + "()", nil
		}
	}
	return qs + "()", nil
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString("\\x" + hex2(int(r)))
		case r <= 0xffff:
			b.WriteString("\\u" + hex2(int(r>>8)) + hex2(int(r&0xff)))
		default:
			b.WriteString("\\U" + hex2(int(r>>24)) + hex2(int(r>>16&0xff)) + hex2(int(r>>8&0xff)) + hex2(int(r&0xff)))
		}
	}
	return b.String()
}

func hex2(n int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[n>>4&0xf], digits[n&0xf]})
}

// excMatches is the test of an except clause.
func excMatches(exc, typ runtime.Value) (bool, error) {
	e, _ := exc.Raw().(*runtime.Instance)
	if tup, ok := typ.Raw().(*runtime.Tuple); ok {
		for _, x := range tup.Items {
			m, err := excMatches(exc, x)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	cls, ok := typ.Raw().(*runtime.Type)
	if !ok || !cls.IsException {
		return false, runtime.Errorf(runtime.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
	}
	return e != nil && e.Class.IsSubtype(cls), nil
}
