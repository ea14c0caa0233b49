package vm

import (
	"unsafe"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

// fast runs the common instructions of f (and of script functions it
// calls) in a loop that makes no function calls but one (dictQuick, for
// dict subscripts and membership): Go's register allocator then keeps pc,
// sp and the slices in registers instead of spilling them to memory on
// every dispatch. At the first instruction it cannot complete
// without a call (a slow path, an error, a cache miss), it stores pc and
// sp in the frame — pc pointing at that instruction, not yet executed —
// and returns the frame the run loop should continue in.
func (vm *VM) fast(f *Frame) *Frame {
	code := f.code.Code
	slots := f.slots
	pc, sp := f.pc, f.sp
	for {
		if stackCheck {
			vm.checkStack(f, pc, sp)
		}
		in := code[pc]
		switch in.Op {
		case compiler.LOAD_FAST:
			v := slots[in.Arg]
			if v.IsNull() {
				goto exit
			}
			slots[sp] = v
			sp++
		case compiler.LOAD_CONST:
			slots[sp] = f.info.consts[in.Arg]
			sp++
		case compiler.STORE_FAST:
			sp--
			slots[in.Arg] = slots[sp]
		case compiler.POP_TOP:
			sp--
		case compiler.LOAD_FAST_LOAD_CONST:
			v := slots[in.Arg&0xffff]
			if v.IsNull() {
				goto exit
			}
			slots[sp] = v
			slots[sp+1] = f.info.consts[in.Arg>>16]
			sp += 2
		case compiler.LOAD_FAST_LOAD_FAST:
			v, w := slots[in.Arg&0xffff], slots[in.Arg>>16]
			if v.IsNull() || w.IsNull() {
				goto exit
			}
			slots[sp] = v
			slots[sp+1] = w
			sp += 2
		case compiler.STORE_FAST_LOAD_FAST:
			if in.Arg&0xffff != in.Arg>>16 && slots[in.Arg>>16].IsNull() {
				goto exit
			}
			slots[in.Arg&0xffff] = slots[sp-1]
			slots[sp-1] = slots[in.Arg>>16]
		case compiler.COPY:
			slots[sp] = slots[sp-int(in.Arg)]
			sp++
		case compiler.SWAP:
			i, j := sp-1, sp-int(in.Arg)
			slots[i], slots[j] = slots[j], slots[i]
		case compiler.PUSH_NULL:
			slots[sp] = runtime.Null
			sp++
		case compiler.JUMP:
			if int(in.Arg) <= pc {
				vm.checkCountdown -= pc + 1 - int(in.Arg)
				if vm.checkCountdown <= 0 {
					goto exit
				}
			}
			pc = int(in.Arg)
			continue
		case compiler.POP_JUMP_IF_FALSE, compiler.POP_JUMP_IF_TRUE:
			v := slots[sp-1]
			if !v.IsBool() {
				goto exit
			}
			sp--
			if v.AsBool() == (in.Op == compiler.POP_JUMP_IF_TRUE) {
				pc = int(in.Arg)
				continue
			}
		case compiler.COMPARE_OP:
			a, b := slots[sp-2], slots[sp-1]
			if !a.IsInt() || !b.IsInt() {
				goto exit
			}
			x, y := a.AsInt(), b.AsInt()
			var res bool
			switch in.Arg {
			case compiler.CmpLt:
				res = x < y
			case compiler.CmpLe:
				res = x <= y
			case compiler.CmpEq:
				res = x == y
			case compiler.CmpNe:
				res = x != y
			case compiler.CmpGt:
				res = x > y
			default:
				res = x >= y
			}
			sp -= 2
			if next := code[pc+1]; next.Op == compiler.POP_JUMP_IF_FALSE || next.Op == compiler.POP_JUMP_IF_TRUE {
				if res == (next.Op == compiler.POP_JUMP_IF_TRUE) {
					pc = int(next.Arg)
				} else {
					pc += 2
				}
				continue
			}
			slots[sp] = runtime.Bool(res)
			sp++
		case compiler.BINARY_OP:
			a, b := slots[sp-2], slots[sp-1]
			var r runtime.Value
			if a.IsInt() && b.IsInt() {
				x, y := a.AsInt(), b.AsInt()
				switch in.Arg &^ compiler.InPlaceFlag {
				case 0: // +
					s := x + y
					if (s > x) != (y > 0) {
						goto exit
					}
					r = runtime.Int(s)
				case 1: // -
					s := x - y
					if (s < x) != (y > 0) {
						goto exit
					}
					r = runtime.Int(s)
				case 2: // *
					if x <= -(1<<31) || x >= 1<<31 || y <= -(1<<31) || y >= 1<<31 {
						goto exit
					}
					r = runtime.Int(x * y)
				case 5: // %
					if y <= 0 || x < 0 {
						goto exit
					}
					r = runtime.Int(x % y)
				case 12: // //
					if y <= 0 || x < 0 {
						goto exit
					}
					r = runtime.Int(x / y)
				case 11:
					r = runtime.Int(x & y)
				case 9:
					r = runtime.Int(x | y)
				case 10:
					r = runtime.Int(x ^ y)
				default:
					goto exit
				}
			} else if a.IsFloat() && b.IsFloat() {
				x, y := a.AsFloat(), b.AsFloat()
				switch in.Arg &^ compiler.InPlaceFlag {
				case 0:
					r = runtime.Float(x + y)
				case 1:
					r = runtime.Float(x - y)
				case 2:
					r = runtime.Float(x * y)
				case 4:
					if y == 0 {
						goto exit
					}
					r = runtime.Float(x / y)
				default:
					goto exit
				}
			} else {
				goto exit
			}
			sp--
			slots[sp-1] = r
		case compiler.LOAD_GLOBAL, compiler.LOAD_GLOBAL_NULL:
			c := &f.info.globCache[pc]
			g, b := f.globals, vm.Thread.Builtins
			if !c.valid || c.gver != g.Version || c.bver != b.Version {
				goto exit
			}
			if c.builtin {
				slots[sp] = b.At(c.idx)
			} else {
				slots[sp] = g.At(c.idx)
			}
			sp++
			if in.Op == compiler.LOAD_GLOBAL_NULL {
				slots[sp] = runtime.Null
				sp++
			}
		case compiler.LOAD_DEREF:
			v := f.cells[in.Arg].V
			if v.IsNull() {
				goto exit
			}
			slots[sp] = v
			sp++
		case compiler.STORE_DEREF:
			sp--
			f.cells[in.Arg].V = slots[sp]
		case compiler.BINARY_SUBSCR, compiler.STORE_SUBSCR, compiler.CONTAINS_OP:
			obj, key := slots[sp-2], slots[sp-1]
			if in.Op == compiler.CONTAINS_OP {
				obj, key = key, obj
			}
			d, isDict := obj.Raw().(*runtime.Dict)
			if !isDict {
				if in.Op != compiler.BINARY_SUBSCR || !key.IsInt() {
					goto exit
				}
				var items []runtime.Value
				switch o := obj.Raw().(type) {
				case *runtime.List:
					items = o.Items
				case *runtime.Tuple:
					items = o.Items
				default:
					goto exit
				}
				i := key.AsInt()
				if i < 0 {
					i += int64(len(items))
				}
				if i < 0 || i >= int64(len(items)) {
					goto exit
				}
				sp--
				slots[sp-1] = items[i]
				break
			}
			// An exact dict (a subclass is an Instance) with a key whose
			// lookup runs no script code. This is the loop's only call;
			// one call site for the three instructions keeps the register
			// spills it costs the other instructions to a minimum.
			var val runtime.Value
			if in.Op == compiler.STORE_SUBSCR {
				val = slots[sp-3]
			}
			r, ok := dictQuick(in, d, key, val)
			if !ok {
				goto exit
			}
			if in.Op == compiler.STORE_SUBSCR {
				sp -= 3
			} else {
				sp--
				slots[sp-1] = r
			}
		case compiler.FOR_ITER:
			switch it := slots[sp-1].Raw().(type) {
			case *runtime.RangeIter:
				v, ok := it.NextInt()
				if !ok {
					sp--
					pc = int(in.Arg)
					continue
				}
				slots[sp] = runtime.Int(v)
				sp++
			case *runtime.ListIter:
				v, ok := it.NextItem()
				if !ok {
					sp--
					pc = int(in.Arg)
					continue
				}
				slots[sp] = v
				sp++
			default:
				goto exit
			}
		case compiler.LOAD_ATTR, compiler.LOAD_FAST_ATTR:
			// LOAD_FAST_ATTR reads the instance from a local and pushes
			// the attribute in its place.
			top := sp - 1
			if in.Op == compiler.LOAD_FAST_ATTR {
				top = int(in.Arg & 0xffff)
			}
			inst, ok := slots[top].Raw().(*runtime.Instance)
			if !ok {
				goto exit
			}
			c := &f.info.attrCache[pc]
			if c.typ != inst.Class {
				goto exit
			}
			if c.kind != attrSlot {
				goto exit
			}
			if c.epoch != runtime.TypeEpoch() {
				goto exit
			}
			keys, vals := inst.Dict.Keys(), inst.Dict.Values()
			if c.idx >= len(keys) || c.idx >= len(vals) {
				goto exit
			}
			if k := keys[c.idx]; len(k) != len(c.name) {
				goto exit
			} else if unsafe.StringData(k) != unsafe.StringData(c.name) {
				goto exit
			}
			if in.Op == compiler.LOAD_FAST_ATTR {
				sp++
			}
			slots[sp-1] = vals[c.idx]
		case compiler.STORE_ATTR, compiler.STORE_FAST_ATTR:
			// STORE_FAST_ATTR takes the instance from a local; the value
			// is on the stack for both.
			top := sp - 1
			if in.Op == compiler.STORE_FAST_ATTR {
				top = int(in.Arg & 0xffff)
			}
			inst, ok := slots[top].Raw().(*runtime.Instance)
			if !ok {
				goto exit
			}
			c := &f.info.attrCache[pc]
			if c.typ != inst.Class {
				goto exit
			}
			if c.kind != attrSlot {
				goto exit
			}
			if c.epoch != runtime.TypeEpoch() {
				goto exit
			}
			keys, vals := inst.Dict.Keys(), inst.Dict.Values()
			if c.idx >= len(keys) || c.idx >= len(vals) {
				goto exit
			}
			if k := keys[c.idx]; len(k) != len(c.name) {
				goto exit
			} else if unsafe.StringData(k) != unsafe.StringData(c.name) {
				goto exit
			}
			if in.Op == compiler.STORE_FAST_ATTR {
				vals[c.idx] = slots[sp-1]
				sp--
			} else {
				vals[c.idx] = slots[sp-2]
				sp -= 2
			}
		case compiler.LOAD_METHOD, compiler.LOAD_FAST_METHOD:
			top, nameIdx := sp-1, in.Arg
			if in.Op == compiler.LOAD_FAST_METHOD {
				top, nameIdx = int(in.Arg&0xffff), in.Arg>>16
			}
			obj := slots[top]
			inst, ok := obj.Raw().(*runtime.Instance)
			c := &f.info.attrCache[pc]
			if !ok || c.typ != inst.Class || c.kind != attrMethod || c.epoch != runtime.TypeEpoch() {
				goto exit
			}
			name := f.code.Names[nameIdx]
			d := inst.Dict
			for i := 0; i < d.Len(); i++ {
				// Keys are interned, so a shadowing attribute has the
				// same string data as the name.
				if sameString(d.KeyAt(i), name) {
					goto exit
				}
			}
			if in.Op == compiler.LOAD_FAST_METHOD {
				sp++
			}
			slots[sp-1] = c.value
			slots[sp] = obj
			sp++
		case compiler.CALL:
			argc := int(in.Arg)
			base := sp - argc - 2
			callable := slots[base]
			argStart := base + 2
			var bm *runtime.BoundMethod
			if !slots[base+1].IsNull() {
				argStart = base + 1
			} else if m, ok := callable.Raw().(*runtime.BoundMethod); ok {
				bm = m
				callable = bm.Func
				argStart = base + 1
			}
			fn, ok := callable.Raw().(*Function)
			if !ok || fn.fastArgc != sp-argStart || vm.kwnames != nil {
				goto exit
			}
			info := fn.info
			t := vm.Thread
			if t.Depth >= t.MaxDepth || vm.nPool == 0 || vm.checkCountdown <= callCost {
				goto exit
			}
			nf := vm.framePool[vm.nPool-1]
			if cap(nf.slots) < info.nslots {
				goto exit
			}
			if bm != nil {
				slots[base+1] = bm.Self
			}
			vm.nPool--
			vm.checkCountdown -= callCost
			t.Depth++
			nf.slots = nf.slots[:info.nslots]
			nf.code = fn.Code
			nf.info = info
			nf.sp = info.nlocals
			nf.pc = 0
			nf.globals = fn.Globals
			nf.pooled = true
			nf.back = f
			for i := argStart; i < sp; i++ {
				nf.slots[i-argStart] = slots[i]
			}
			// A pooled frame keeps stale values: clear the other locals.
			for i := sp - argStart; i < info.nlocals; i++ {
				nf.slots[i] = runtime.Null
			}
			// Slots above sp may keep stale values; they are cleared when
			// the frame is released.
			f.pc, f.sp = pc+1, base
			f = nf
			vm.cur = f
			code = f.code.Code
			slots = f.slots
			pc, sp = 0, f.sp
			continue
		case compiler.RETURN_VALUE, compiler.RETURN_FAST:
			if f.base || f.gen != nil || !f.pooled {
				goto exit
			}
			// The frame goes back to the pool: it must not keep the
			// value it returns alive (a list a comprehension built, say)
			// after the caller has dropped it.
			var v runtime.Value
			if in.Op == compiler.RETURN_FAST {
				v = slots[in.Arg]
				if v.IsNull() {
					goto exit
				}
				slots[in.Arg] = runtime.Null
			} else {
				sp--
				v = slots[sp]
				slots[sp] = runtime.Null
			}
			back := f.back
			f.blocks = f.blocks[:0]
			f.cells = nil
			f.back = nil
			f.ns = nil
			if vm.nPool < framePoolSize {
				vm.framePool[vm.nPool] = f
				vm.nPool++
			}
			vm.Thread.Depth--
			f = back
			vm.cur = f
			code = f.code.Code
			slots = f.slots
			pc, sp = f.pc, f.sp
			slots[sp] = v
			sp++
			continue
		default:
			goto exit
		}
		pc++
	}
exit:
	f.pc, f.sp = pc, sp
	return f
}

// dictQuick is d[key] (BINARY_SUBSCR), d[key] = val (STORE_SUBSCR) or
// key in d (CONTAINS_OP, whose argument 1 is not in) for the keys whose
// lookup needs no script code; ok is false when the instruction must take
// the general path (another key type, an absent key for d[key]).
func dictQuick(in compiler.Instr, d *runtime.Dict, key, val runtime.Value) (runtime.Value, bool) {
	switch in.Op {
	case compiler.BINARY_SUBSCR:
		return d.GetQuick(key)
	case compiler.STORE_SUBSCR:
		return runtime.None, d.SetQuick(key, val)
	}
	found, ok := d.ContainsQuick(key)
	return runtime.Bool(found != (in.Arg == 1)), ok
}

// sameString compares two strings by their data pointer and length: equal
// for interned names, without calling into the runtime.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}
