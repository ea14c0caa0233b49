package vm

import (
	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

// Frame is one activation of a code object. Frames live on the heap and
// are linked through back; the interpreter loop switches between them
// without Go recursion.
type Frame struct {
	code    *compiler.Code
	info    *codeInfo
	slots   []runtime.Value // locals, then the operand stack
	cells   []*Cell
	sp      int // index into slots of the next free stack entry
	pc      int
	blocks  []block
	back    *Frame
	globals *runtime.AttrDict
	// ns is the namespace of class bodies and of modules run with a
	// separate locals mapping; nil means names go to globals.
	ns *runtime.AttrDict
	// gen is the generator or coroutine that owns this frame, if any.
	gen *Generator
	// lasti is the instruction being executed, for tracebacks.
	lasti int32
	// base marks the frame at which the current run of the loop returns to
	// its Go caller.
	base bool
	// pooled frames can be reused after they return.
	pooled bool
}

type blockKind uint8

const (
	blockFinally blockKind = iota // SETUP_FINALLY: handler at pc
	blockExcept                   // PUSH_EXC_INFO: an exception is being handled
)

type block struct {
	kind    blockKind
	handler int
	level   int
	exc     *runtime.Instance
}

// locals are the frame's local variables: the first slots.
func (f *Frame) locals() []runtime.Value {
	if f.info == nil {
		return nil
	}
	return f.slots[:f.info.nlocals]
}

func (f *Frame) push(v runtime.Value) {
	f.slots[f.sp] = v
	f.sp++
}

func (f *Frame) pop() runtime.Value {
	f.sp--
	v := f.slots[f.sp]
	f.slots[f.sp] = runtime.Null
	return v
}

// newFrame makes (or reuses) a frame for fn.
func (vm *VM) newFrame(fn *Function) *Frame {
	info := fn.info
	var f *Frame
	if n := vm.nPool; n > 0 {
		f = vm.framePool[n-1]
		vm.nPool--
		if cap(f.slots) >= info.nslots {
			// A pooled frame keeps stale values (the fast loop leaves
			// popped operands behind): clear the locals it will use.
			f.slots = f.slots[:info.nslots]
			for i := range f.slots[:info.nlocals] {
				f.slots[i] = runtime.Null
			}
		} else {
			f.slots = make([]runtime.Value, info.nslots)
		}
	} else {
		f = &Frame{slots: make([]runtime.Value, info.nslots)}
	}
	f.code = fn.Code
	f.info = info
	f.sp = info.nlocals
	f.pc = 0
	f.globals = fn.Globals
	if info.ncells > 0 {
		f.cells = make([]*Cell, info.ncells)
		nc := len(fn.Code.CellVars)
		for i := 0; i < nc; i++ {
			f.cells[i] = &Cell{}
		}
		copy(f.cells[nc:], fn.Closure)
	}
	return f
}

// framePoolSize bounds the frames kept for reuse.
const framePoolSize = 256

// releaseFrame returns a finished frame to the pool.
func (vm *VM) releaseFrame(f *Frame) {
	if f.gen != nil || !f.pooled {
		return
	}
	f.blocks = f.blocks[:0]
	f.cells = nil
	f.back = nil
	f.ns = nil
	f.base = false
	if vm.nPool < framePoolSize {
		vm.framePool[vm.nPool] = f
		vm.nPool++
	}
}

// currentHandled is the exception being handled by the innermost except
// clause, looking through the calling frames.
func currentHandled(f *Frame) *runtime.Instance {
	for ; f != nil; f = f.back {
		for i := len(f.blocks) - 1; i >= 0; i-- {
			if f.blocks[i].kind == blockExcept {
				return f.blocks[i].exc
			}
		}
	}
	return nil
}

// position returns the source span of instruction pc.
func (f *Frame) position(pc int) compiler.Position {
	if pc >= 0 && pc < len(f.code.Positions) {
		return f.code.Positions[pc]
	}
	return compiler.Position{Line: int32(f.code.FirstLine)}
}

// Line is the current line of the frame.
func (f *Frame) Line() int { return int(f.position(int(f.lasti)).Line) }
