package vm

import (
	"fmt"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

const genFlags = compiler.FlagGenerator | compiler.FlagCoroutine | compiler.FlagAsyncGenerator

// checkInterval is about how many instructions run between checks of the
// context, the step budget and interrupts. Instructions are counted at
// backward jumps (the length of the loop body) and calls (callCost each).
const checkInterval = 1024

// callCost is what a call counts for in the step budget.
const callCost = 16

// run executes frames from f until the base frame of this run returns or a
// frame of the running generator chain yields. sent is pushed first when
// resuming after YIELD_VALUE; throw, when set, is raised at f's resume point.
func (vm *VM) run(f *Frame, sent runtime.Value, throw *runtime.Instance) (result runtime.Value, yielded bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			pos := ""
			if vm.cur != nil {
				pos = fmt.Sprintf(" (%s, line %d)", vm.cur.code.Filename, vm.cur.Line())
			}
			if e, ok := r.(*runtime.Instance); ok {
				err = e
			} else {
				err = runtime.Errorf(runtime.SystemErrorType, "internal error: %v%s", r, pos)
			}
			result, yielded = runtime.Null, false
		}
	}()
	vm.cur = f
	reraise := false
	fresh := true
	if throw != nil {
		err = throw
		f.lasti = int32(f.pc - 1)
		fresh = false
	} else if !sent.IsNull() {
		f.push(sent)
	}
	for {
		if err != nil {
			var exc error
			f, exc = vm.handleError(f, err, reraise, fresh)
			if f == nil {
				return runtime.Null, false, exc
			}
			err = nil
			reraise = false
			fresh = true
			vm.cur = f
		}
		// Load the frame's state into locals for the dispatch loop.
		// Only code, slots, pc and sp live in Go locals: fewer live values
		// let the compiler keep them in registers. Locals are the first
		// slots, so LOAD_FAST indexes slots directly.
		code := f.code.Code
		slots := f.slots
		pc := f.pc
		sp := f.sp
	dispatch:
		for {
			// The call-free fast loop runs as far as it can; this loop then
			// executes the one instruction it stopped at.
			f.pc, f.sp = pc, sp
			if nf := vm.fast(f); nf != f {
				f = nf
				code = f.code.Code
				slots = f.slots
			}
			pc, sp = f.pc, f.sp
			in := code[pc]
			pc++
			switch in.Op {
			case compiler.LOAD_FAST:
				v := slots[in.Arg]
				if v.IsNull() {
					err = unboundLocal(f.code.VarNames[in.Arg])
					break dispatch
				}
				slots[sp] = v
				sp++
			case compiler.LOAD_CONST:
				slots[sp] = f.info.consts[in.Arg]
				sp++
			case compiler.LOAD_FAST_LOAD_CONST:
				v := slots[in.Arg&0xffff]
				if v.IsNull() {
					err = unboundLocal(f.code.VarNames[in.Arg&0xffff])
					break dispatch
				}
				slots[sp] = v
				slots[sp+1] = f.info.consts[in.Arg>>16]
				sp += 2
			case compiler.LOAD_FAST_LOAD_FAST:
				v := slots[in.Arg&0xffff]
				w := slots[in.Arg>>16]
				if v.IsNull() || w.IsNull() {
					name := f.code.VarNames[in.Arg>>16]
					if v.IsNull() {
						name = f.code.VarNames[in.Arg&0xffff]
					}
					err = unboundLocal(name)
					break dispatch
				}
				slots[sp] = v
				slots[sp+1] = w
				sp += 2
			case compiler.STORE_FAST_LOAD_FAST:
				sp--
				slots[in.Arg&0xffff] = slots[sp]
				v := slots[in.Arg>>16]
				if v.IsNull() {
					slots[sp] = runtime.Null
					err = unboundLocal(f.code.VarNames[in.Arg>>16])
					break dispatch
				}
				slots[sp] = v
				sp++
			case compiler.STORE_FAST:
				sp--
				slots[in.Arg] = slots[sp]
				slots[sp] = runtime.Null
			case compiler.POP_TOP:
				sp--
				slots[sp] = runtime.Null
			case compiler.BINARY_OP:
				a, b := slots[sp-2], slots[sp-1]
				var r runtime.Value
				if a.IsInt() && b.IsInt() {
					if v, ok := intBinary(int(in.Arg), a.AsInt(), b.AsInt()); ok {
						sp--
						slots[sp] = runtime.Null
						slots[sp-1] = v
						continue
					}
				} else if a.IsFloat() && b.IsFloat() {
					if v, ok := floatBinary(int(in.Arg), a.AsFloat(), b.AsFloat()); ok {
						sp--
						slots[sp] = runtime.Null
						slots[sp-1] = v
						continue
					}
				}
				f.pc, f.sp = pc, sp
				if in.Arg >= compiler.InPlaceFlag {
					r, err = runtime.InPlaceOp(vm.Thread, runtime.BinOp(in.Arg-compiler.InPlaceFlag), a, b)
				} else {
					r, err = runtime.BinaryOp(vm.Thread, runtime.BinOp(in.Arg), a, b)
				}
				if err != nil {
					break dispatch
				}
				sp--
				slots[sp] = runtime.Null
				slots[sp-1] = r
			case compiler.COMPARE_OP:
				a, b := slots[sp-2], slots[sp-1]
				var r runtime.Value
				if a.IsInt() && b.IsInt() {
					res := intCompare(int(in.Arg), a.AsInt(), b.AsInt())
					// Fuse with a following conditional jump.
					if next := code[pc]; next.Op == compiler.POP_JUMP_IF_FALSE || next.Op == compiler.POP_JUMP_IF_TRUE {
						sp -= 2
						slots[sp], slots[sp+1] = runtime.Null, runtime.Null
						if res == (next.Op == compiler.POP_JUMP_IF_TRUE) {
							pc = int(next.Arg)
						} else {
							pc++
						}
						continue
					}
					r = runtime.Bool(res)
				} else {
					f.pc, f.sp = pc, sp
					r, err = runtime.RichCompare(vm.Thread, a, b, runtime.CmpOp(in.Arg))
					if err != nil {
						break dispatch
					}
				}
				sp--
				slots[sp] = runtime.Null
				slots[sp-1] = r
			case compiler.POP_JUMP_IF_FALSE:
				sp--
				v := slots[sp]
				slots[sp] = runtime.Null
				if v.IsBool() {
					if !v.AsBool() {
						pc = int(in.Arg)
					}
					continue
				}
				f.pc, f.sp = pc, sp
				truth, e := runtime.Truth(vm.Thread, v)
				if e != nil {
					err = e
					break dispatch
				}
				if !truth {
					pc = int(in.Arg)
				}
			case compiler.POP_JUMP_IF_TRUE:
				sp--
				v := slots[sp]
				slots[sp] = runtime.Null
				if v.IsBool() {
					if v.AsBool() {
						pc = int(in.Arg)
					}
					continue
				}
				f.pc, f.sp = pc, sp
				truth, e := runtime.Truth(vm.Thread, v)
				if e != nil {
					err = e
					break dispatch
				}
				if truth {
					pc = int(in.Arg)
				}
			case compiler.JUMP:
				if int(in.Arg) < pc {
					// Backward jumps (loops) count the loop body's
					// instructions and poll for budgets and cancellation.
					vm.checkCountdown -= pc - int(in.Arg)
					if vm.checkCountdown <= 0 {
						f.pc, f.sp, f.lasti = pc, sp, int32(pc-1)
						if e := vm.periodicCheck(); e != nil {
							err = e
							break dispatch
						}
					}
				}
				pc = int(in.Arg)
			case compiler.LOAD_GLOBAL, compiler.LOAD_GLOBAL_NULL:
				c := &f.info.globCache[pc-1]
				g := f.globals
				b := vm.Thread.Builtins
				if c.valid && c.gver == g.Version && c.bver == b.Version {
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
					continue
				}
				name := f.code.Names[in.Arg]
				if i := g.Find(name); i >= 0 {
					*c = globalCache{gver: g.Version, bver: b.Version, idx: i, valid: true}
					slots[sp] = g.At(i)
				} else if i := b.Find(name); i >= 0 {
					*c = globalCache{gver: g.Version, bver: b.Version, idx: i, builtin: true, valid: true}
					slots[sp] = b.At(i)
				} else {
					err = runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", name)
					break dispatch
				}
				sp++
				if in.Op == compiler.LOAD_GLOBAL_NULL {
					slots[sp] = runtime.Null
					sp++
				}
			case compiler.PUSH_NULL:
				slots[sp] = runtime.Null
				sp++
			case compiler.KW_NAMES:
				vm.kwnames = f.info.kwnames[int(in.Arg)]
			case compiler.CALL:
				// The names of KW_NAMES belong to this call alone, even
				// if the check below stops it.
				kw := vm.kwnames
				vm.kwnames = nil
				vm.checkCountdown -= callCost
				if vm.checkCountdown <= 0 {
					f.pc, f.sp, f.lasti = pc, sp, int32(pc-1)
					if e := vm.periodicCheck(); e != nil {
						err = e
						break dispatch
					}
				}
				argc := int(in.Arg)
				base := sp - argc - 2
				callable := slots[base]
				self := slots[base+1]
				argStart := base + 2
				if !self.IsNull() {
					argStart = base + 1
				} else if bm, ok := callable.Raw().(*runtime.BoundMethod); ok {
					if _, isFn := bm.Func.Raw().(*Function); isFn {
						callable = bm.Func
						slots[base+1] = bm.Self
						argStart = base + 1
					}
				}
				if fn, ok := callable.Raw().(*Function); ok && fn.Code.Flags&genFlags == 0 {
					args := slots[argStart:sp]
					var nf *Frame
					if fn.simple && len(kw) == 0 && len(args) == fn.Code.ArgCount {
						nf = vm.newFrame(fn)
						// A plain loop: copy() of a few values costs more
						// (typedslicecopy with write barriers) than it saves.
						//lint:ignore S1001 measured: the loop is faster here
						for i := range args {
							nf.slots[i] = args[i]
						}
					} else {
						nf, err = vm.setupFrame(fn, args, kw)
					}
					for i := base; i < sp; i++ {
						slots[i] = runtime.Null
					}
					sp = base
					if err != nil {
						break dispatch
					}
					if vm.Thread.Depth >= vm.Thread.MaxDepth {
						vm.releaseFrame(nf)
						err = runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
						break dispatch
					}
					vm.Thread.Depth++
					nf.pooled = true
					nf.back = f
					f.pc, f.sp, f.lasti = pc, sp, int32(pc-1)
					f = nf
					vm.cur = f
					code = f.code.Code
					slots = f.slots
					pc = 0
					sp = f.sp
					continue
				}
				f.pc, f.sp, f.lasti = pc, sp, int32(pc-1)
				var r runtime.Value
				var e error
				if m, ok := callable.Raw().(*runtime.Method); ok && argStart == base+1 && !m.Static && !m.Class {
					// A method found by LOAD_METHOD on its own type: call
					// the Go function directly with self.
					r, e = m.Fn(vm.Thread, slots[base+1], slots[base+2:sp], kw)
				} else {
					r, e = runtime.Call(vm.Thread, callable, slots[argStart:sp], kw)
				}
				vm.cur = f
				clear(slots[base:sp])
				sp = base
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = r
				sp++
			case compiler.RETURN_VALUE, compiler.RETURN_FAST:
				var v runtime.Value
				if in.Op == compiler.RETURN_FAST {
					// The local is not pushed: that could go past the
					// stack size the compiler computed.
					v = slots[in.Arg]
					if v.IsNull() {
						err = unboundLocal(f.code.VarNames[in.Arg])
						break dispatch
					}
					slots[in.Arg] = runtime.Null
				} else {
					sp--
					v = slots[sp]
					slots[sp] = runtime.Null
				}
				f.sp = sp
				if f.base || f.gen != nil {
					f.pc = pc
					nf, done := vm.frameReturned(f, v)
					if done {
						return v, false, nil
					}
					f = nf
					vm.cur = f
					break dispatch
				}
				back := f.back
				vm.Thread.Depth--
				vm.releaseFrame(f)
				f = back
				vm.cur = f
				code = f.code.Code
				slots = f.slots
				pc = f.pc
				sp = f.sp
				slots[sp] = v
				sp++
			case compiler.LOAD_FAST_ATTR:
				v := slots[in.Arg&0xffff]
				if v.IsNull() {
					err = unboundLocal(f.code.VarNames[in.Arg&0xffff])
					break dispatch
				}
				slots[sp] = v
				sp++
				in.Arg >>= 16
				fallthrough
			case compiler.LOAD_ATTR:
				obj := slots[sp-1]
				name := f.code.Names[in.Arg]
				c := &f.info.attrCache[pc-1]
				if inst, ok := obj.Raw().(*runtime.Instance); ok {
					if vals, ok := c.slotIn(inst); ok {
						slots[sp-1] = vals[c.idx]
						continue
					}
					if c.kind == attrClass && c.typ == inst.Class && c.epoch == runtime.TypeEpoch() && inst.Dict.Find(name) < 0 {
						slots[sp-1] = c.value
						continue
					}
				}
				f.pc, f.sp = pc, sp
				r, e := runtime.GetAttr(vm.Thread, obj, name)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = r
				fillLoadAttrCache(c, obj, name)
			case compiler.LOAD_FAST_METHOD:
				v := slots[in.Arg&0xffff]
				if v.IsNull() {
					err = unboundLocal(f.code.VarNames[in.Arg&0xffff])
					break dispatch
				}
				slots[sp] = v
				sp++
				in.Arg >>= 16
				fallthrough
			case compiler.LOAD_METHOD:
				obj := slots[sp-1]
				name := f.code.Names[in.Arg]
				c := &f.info.attrCache[pc-1]
				if c.kind == attrMethod && c.typ == obj.Type() && c.epoch == runtime.TypeEpoch() {
					if inst, ok := obj.Raw().(*runtime.Instance); !ok || inst.Dict.Find(name) < 0 {
						slots[sp-1] = c.value
						slots[sp] = obj
						sp++
						continue
					}
				}
				if m, ok := lookupMethod(obj, name); ok {
					*c = attrCache{typ: obj.Type(), epoch: runtime.TypeEpoch(), kind: attrMethod, value: m}
					slots[sp-1] = m
					slots[sp] = obj
					sp++
					continue
				}
				f.pc, f.sp = pc, sp
				r, e := runtime.GetAttr(vm.Thread, obj, name)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = r
				slots[sp] = runtime.Null
				sp++
			case compiler.STORE_ATTR, compiler.STORE_FAST_ATTR:
				// STORE_FAST_ATTR takes the object from a local (pushing
				// it would go past the stack size the compiler computed).
				nameIdx, npop := in.Arg, 2
				obj := slots[sp-1]
				if in.Op == compiler.STORE_FAST_ATTR {
					obj = slots[in.Arg&0xffff]
					if obj.IsNull() {
						err = unboundLocal(f.code.VarNames[in.Arg&0xffff])
						break dispatch
					}
					nameIdx, npop = in.Arg>>16, 1
				}
				v := slots[sp-npop]
				name := f.code.Names[nameIdx]
				c := &f.info.attrCache[pc-1]
				if inst, ok := obj.Raw().(*runtime.Instance); ok {
					if vals, ok := c.slotIn(inst); ok {
						vals[c.idx] = v
						sp -= npop
						clear(slots[sp : sp+npop])
						continue
					}
				}
				f.pc, f.sp = pc, sp
				e := runtime.SetAttr(vm.Thread, obj, name, v)
				sp -= npop
				clear(slots[sp : sp+npop])
				if e != nil {
					err = e
					break dispatch
				}
				fillStoreAttrCache(c, obj, name)
			case compiler.FOR_ITER:
				it := slots[sp-1]
				if v, ok, handled := runtime.FastNext(it); handled {
					if ok {
						slots[sp] = v
						sp++
					} else {
						sp--
						slots[sp] = runtime.Null
						pc = int(in.Arg)
					}
					continue
				}
				f.pc, f.sp = pc, sp
				v, ok, e := runtime.Next(vm.Thread, it)
				if e != nil {
					err = e
					break dispatch
				}
				if !ok {
					sp--
					slots[sp] = runtime.Null
					pc = int(in.Arg)
					continue
				}
				slots[sp] = v
				sp++
			case compiler.COPY:
				slots[sp] = slots[sp-int(in.Arg)]
				sp++
			case compiler.SWAP:
				i, j := sp-1, sp-int(in.Arg)
				slots[i], slots[j] = slots[j], slots[i]
			case compiler.LOAD_DEREF:
				v := f.cells[in.Arg].V
				if v.IsNull() {
					f.pc, f.sp = pc, sp
					err = vm.unboundDeref(f, int(in.Arg))
					break dispatch
				}
				slots[sp] = v
				sp++
			case compiler.STORE_DEREF:
				sp--
				f.cells[in.Arg].V = slots[sp]
				slots[sp] = runtime.Null
			case compiler.IS_OP:
				sp--
				r := runtime.Is(slots[sp-1], slots[sp]) != (in.Arg == 1)
				slots[sp] = runtime.Null
				slots[sp-1] = runtime.Bool(r)
			case compiler.POP_JUMP_IF_NONE:
				sp--
				if slots[sp].IsNone() {
					pc = int(in.Arg)
				}
				slots[sp] = runtime.Null
			case compiler.POP_JUMP_IF_NOT_NONE:
				sp--
				if !slots[sp].IsNone() {
					pc = int(in.Arg)
				}
				slots[sp] = runtime.Null
			case compiler.BINARY_SUBSCR:
				obj, key := slots[sp-2], slots[sp-1]
				if key.IsInt() {
					i := key.AsInt()
					var items []runtime.Value
					switch o := obj.Raw().(type) {
					case *runtime.List:
						items = o.Items
					case *runtime.Tuple:
						items = o.Items
					}
					if items != nil {
						if i < 0 {
							i += int64(len(items))
						}
						if i >= 0 && i < int64(len(items)) {
							sp--
							slots[sp] = runtime.Null
							slots[sp-1] = items[i]
							continue
						}
					}
				}
				f.pc, f.sp = pc, sp
				if d, ok := obj.Raw().(*runtime.Dict); ok {
					// An exact dict: one lookup (== may run script code,
					// which must not run twice), KeyError when absent.
					v, found, e := d.Get(vm.Thread, key)
					if e == nil && !found {
						e = runtime.NewException(runtime.KeyErrorType, key)
					}
					if e != nil {
						err = e
						break dispatch
					}
					sp--
					slots[sp] = runtime.Null
					slots[sp-1] = v
					continue
				}
				r, e := runtime.GetItem(vm.Thread, obj, key)
				if e != nil {
					err = e
					break dispatch
				}
				sp--
				slots[sp] = runtime.Null
				slots[sp-1] = r
			case compiler.STORE_SUBSCR:
				key, obj, v := slots[sp-1], slots[sp-2], slots[sp-3]
				if l, ok := obj.Raw().(*runtime.List); ok && key.IsInt() {
					i := key.AsInt()
					if i < 0 {
						i += int64(len(l.Items))
					}
					if i >= 0 && i < int64(len(l.Items)) {
						l.Items[i] = v
						sp -= 3
						slots[sp] = runtime.Null
						slots[sp+1] = runtime.Null
						slots[sp+2] = runtime.Null
						continue
					}
				}
				f.pc, f.sp = pc, sp
				var e error
				if d, ok := obj.Raw().(*runtime.Dict); ok {
					e = d.Set(vm.Thread, key, v)
				} else {
					e = runtime.SetItem(vm.Thread, obj, key, v)
				}
				// Three stores: clear() on Values would take the bulk
				// write barrier path while the GC is marking.
				sp -= 3
				slots[sp] = runtime.Null
				slots[sp+1] = runtime.Null
				slots[sp+2] = runtime.Null
				if e != nil {
					err = e
					break dispatch
				}
			case compiler.CONTAINS_OP:
				f.pc, f.sp = pc, sp
				found, e := runtime.Contains(vm.Thread, slots[sp-1], slots[sp-2])
				if e != nil {
					err = e
					break dispatch
				}
				sp--
				slots[sp] = runtime.Null
				slots[sp-1] = runtime.Bool(found != (in.Arg == 1))
			case compiler.UNARY_NOT:
				v := slots[sp-1]
				if v.IsBool() {
					slots[sp-1] = runtime.Bool(!v.AsBool())
					continue
				}
				f.pc, f.sp = pc, sp
				truth, e := runtime.Truth(vm.Thread, v)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = runtime.Bool(!truth)
			case compiler.LIST_APPEND:
				sp--
				slots[sp-int(in.Arg)].Raw().(*runtime.List).Append(slots[sp])
				slots[sp] = runtime.Null
			default:
				f.pc, f.sp, f.lasti = pc, sp, int32(pc-1)
				act, e := vm.execSlow(f, in)
				if e != nil {
					err = e
					pc, sp = f.pc, f.sp
					break dispatch
				}
				switch act {
				case actNext:
					pc, sp = f.pc, f.sp
				case actSwitch:
					f = vm.switchTo
					vm.switchTo = nil
					vm.cur = f
					break dispatch
				case actYield:
					r := vm.yieldValue
					vm.yieldValue = runtime.Null
					return r, true, nil
				case actReturn:
					r := vm.yieldValue
					vm.yieldValue = runtime.Null
					return r, false, nil
				}
			}
		}
		if err != nil {
			f.pc, f.sp = pc, sp
			f.lasti = int32(pc - 1)
		}
	}
}

// intBinary is the fast path of BINARY_OP on two small ints.
func intBinary(op int, a, b int64) (runtime.Value, bool) {
	switch op {
	case 0, compiler.InPlaceFlag: // +
		r := a + b
		if (r > a) == (b > 0) {
			return runtime.Int(r), true
		}
	case 1, 1 + compiler.InPlaceFlag: // -
		r := a - b
		if (r < a) == (b > 0) {
			return runtime.Int(r), true
		}
	case 2, 2 + compiler.InPlaceFlag: // *
		if a > -(1<<31) && a < 1<<31 && b > -(1<<31) && b < 1<<31 {
			return runtime.Int(a * b), true
		}
	case 5, 5 + compiler.InPlaceFlag: // %
		if b > 0 && a >= 0 {
			return runtime.Int(a % b), true
		}
	case 12, 12 + compiler.InPlaceFlag: // //
		if b > 0 && a >= 0 {
			return runtime.Int(a / b), true
		}
	case 11, 11 + compiler.InPlaceFlag: // &
		return runtime.Int(a & b), true
	case 9, 9 + compiler.InPlaceFlag: // |
		return runtime.Int(a | b), true
	case 10, 10 + compiler.InPlaceFlag: // ^
		return runtime.Int(a ^ b), true
	}
	return runtime.Null, false
}

// floatBinary is the fast path of BINARY_OP on two floats.
func floatBinary(op int, a, b float64) (runtime.Value, bool) {
	switch op {
	case 0, compiler.InPlaceFlag:
		return runtime.Float(a + b), true
	case 1, 1 + compiler.InPlaceFlag:
		return runtime.Float(a - b), true
	case 2, 2 + compiler.InPlaceFlag:
		return runtime.Float(a * b), true
	case 4, 4 + compiler.InPlaceFlag:
		if b != 0 {
			return runtime.Float(a / b), true
		}
	}
	return runtime.Null, false
}

func intCompare(op int, a, b int64) bool {
	switch op {
	case compiler.CmpLt:
		return a < b
	case compiler.CmpLe:
		return a <= b
	case compiler.CmpEq:
		return a == b
	case compiler.CmpNe:
		return a != b
	case compiler.CmpGt:
		return a > b
	}
	return a >= b
}

// fillLoadAttrCache records how LOAD_ATTR found name on an instance.
func fillLoadAttrCache(c *attrCache, obj runtime.Value, name string) {
	inst, ok := obj.Raw().(*runtime.Instance)
	if !ok || inst.Class.Slots.GetAttr != nil {
		return
	}
	typ := inst.Class
	*c = attrCache{typ: typ, epoch: runtime.TypeEpoch()}
	attr, found := typ.Lookup(name)
	if found {
		if attr.Type().Slots.Get != nil || attr.Type().Slots.DescSet != nil {
			return
		}
		if _, isProp := attr.Raw().(*runtime.Property); isProp {
			return
		}
		if inst.Dict.Find(name) < 0 {
			c.kind, c.value = attrClass, attr
		}
		return
	}
	if i := inst.Dict.Find(name); i >= 0 {
		c.kind, c.idx, c.name = attrSlot, i, inst.Dict.KeyAt(i)
	}
}

// fillStoreAttrCache records where STORE_ATTR put name on an instance.
func fillStoreAttrCache(c *attrCache, obj runtime.Value, name string) {
	inst, ok := obj.Raw().(*runtime.Instance)
	if !ok || inst.Class.Slots.SetAttr != nil {
		return
	}
	typ := inst.Class
	if attr, found := typ.Lookup(name); found {
		if _, isProp := attr.Raw().(*runtime.Property); isProp || attr.Type().Slots.DescSet != nil {
			return
		}
	}
	if i := inst.Dict.Find(name); i >= 0 {
		*c = attrCache{typ: typ, epoch: runtime.TypeEpoch(), kind: attrSlot, idx: i, name: inst.Dict.KeyAt(i)}
	}
}

// lookupMethod finds a method for LOAD_METHOD without binding it: a script
// function or Go method on the type, not shadowed by an instance attribute.
func lookupMethod(obj runtime.Value, name string) (runtime.Value, bool) {
	typ := obj.Type()
	if typ.Slots.GetAttr != nil {
		return runtime.Null, false
	}
	if _, isType := obj.Raw().(*runtime.Type); isType {
		return runtime.Null, false
	}
	attr, ok := typ.Lookup(name)
	if !ok {
		return runtime.Null, false
	}
	switch m := attr.Raw().(type) {
	case *Function:
	case *runtime.Method:
		if m.Static || m.Class {
			return runtime.Null, false
		}
	default:
		return runtime.Null, false
	}
	if inst, ok := obj.Raw().(*runtime.Instance); ok {
		if _, shadowed := inst.Dict.Get(name); shadowed {
			return runtime.Null, false
		}
	}
	return attr, true
}

func unboundLocal(name string) error {
	return runtime.Errorf(runtime.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

// periodicCheck enforces the step budget, context cancellation, memory
// budget and interrupts.
func (vm *VM) periodicCheck() error {
	vm.Steps += int64(checkInterval - vm.checkCountdown)
	vm.checkCountdown = checkInterval
	if exc := vm.interrupt.Swap(nil); exc != nil {
		return exc
	}
	if vm.MaxSteps > 0 && vm.Steps > vm.MaxSteps {
		return &Abort{Reason: fmt.Sprintf("step budget of %d instructions exceeded", vm.MaxSteps)}
	}
	if ctx := vm.Thread.Ctx; ctx != nil {
		select {
		case <-ctx.Done():
			return &Abort{Reason: "interrupted: " + ctx.Err().Error(), Cause: ctx.Err()}
		default:
		}
	}
	if vm.MemCheck != nil {
		if err := vm.MemCheck(); err != nil {
			return &Abort{Reason: err.Error(), Cause: err}
		}
	}
	return nil
}

// Abort is an uncatchable stop of the script: a budget was exceeded or the
// host cancelled the run. Script except clauses do not see it.
type Abort struct {
	Reason string
	Cause  error
}

func (a *Abort) Error() string { return a.Reason }

// Unwrap returns the cause (e.g. context.DeadlineExceeded).
func (a *Abort) Unwrap() error { return a.Cause }
