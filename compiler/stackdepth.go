package compiler

import "fmt"

// The operand stack of a frame is sized exactly: after the code is final
// (superinstructions fused), the control-flow graph is walked from the
// entry, as CPython's stackdepth() does, carrying the depth along every
// edge — fall-through, each jump target and each exception handler entry —
// and the largest depth reached is the code's StackSize. Every suspended
// coroutine keeps its frame's slots, so a spare slot costs memory per task.
//
// Each opcode's effect is written as the operands it consumes and the
// operands it leaves, as the vm implements it (vm/eval.go, vm/fast.go,
// vm/slow.go, vm/generator.go, vm/errors.go). An instruction that reads
// deeper into the stack than it changes (COPY, SWAP, LIST_APPEND, ...)
// counts what it reads on both sides, so the walk also proves that no
// instruction reaches below the bottom of the stack.

// stackError is an inconsistency found by the walk: always a compiler bug.
type stackError struct {
	pc  int
	op  Opcode
	msg string
}

// Error says which instruction is wrong and how.
func (e *stackError) Error() string {
	return fmt.Sprintf("stack depth: instruction %d (%s): %s", e.pc, e.op, e.msg)
}

// edge says which way control leaves an instruction.
type edge uint8

const (
	edgeNext    edge = iota // fall-through to the next instruction
	edgeJump                // a jump to the argument
	edgeHandler             // SETUP_FINALLY's handler, entered with the exception pushed
)

// flow describes where an instruction can go next: whether it falls through
// and whether (and how) it can reach the instruction named by its argument.
func flow(op Opcode) (next bool, target edge, hasTarget bool) {
	switch op {
	case RETURN_VALUE, RETURN_FAST, RERAISE, RAISE_VARARGS:
		return false, 0, false
	case JUMP:
		return false, edgeJump, true
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND:
		return true, edgeJump, true
	case SETUP_FINALLY:
		return true, edgeHandler, true
	}
	return true, 0, false
}

// stackEffect is what instruction in consumes and leaves on the way out
// along edge e. ok is false for an unknown opcode or an argument that makes
// no sense for it.
func stackEffect(in Instr, e edge) (pop, push int, ok bool) {
	arg := int(in.Arg)
	if arg < 0 {
		return 0, 0, false
	}
	jump := e == edgeJump
	switch in.Op {
	// No operands.
	case NOP, RETURN_GENERATOR, SETUP_ANNOTATIONS, DELETE_FAST, DELETE_DEREF,
		DELETE_GLOBAL, DELETE_NAME, KW_NAMES, POP_BLOCK, POP_EXCEPT, JUMP:
		return 0, 0, true
	case SETUP_FINALLY:
		if e == edgeHandler {
			// handleError resets sp to the level saved here and pushes
			// the exception before jumping to the handler.
			return 0, 1, true
		}
		return 0, 0, true

	// Pushes of one value.
	case LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, LOAD_GLOBAL,
		LOAD_NAME, PUSH_NULL, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR:
		return 0, 1, true
	case LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST, LOAD_GLOBAL_NULL, LOAD_FAST_METHOD:
		return 0, 2, true
	case LOAD_FAST_ATTR:
		return 0, 1, true

	// Pops of one value.
	case POP_TOP, POP_ITER, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME,
		DELETE_ATTR, IMPORT_STAR, PRINT_EXPR, RETURN_VALUE, RERAISE:
		return 1, 0, true
	case STORE_ATTR, DELETE_SUBSCR:
		return 2, 0, true
	case STORE_FAST_ATTR:
		return 1, 0, true
	case RETURN_FAST:
		return 0, 0, true
	case STORE_SUBSCR:
		return 3, 0, true
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE:
		return 1, 0, true
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		// The value stays when the jump is taken.
		if jump {
			return 1, 1, true
		}
		return 1, 0, true

	// One in, one out.
	case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT, LOAD_ATTR, GET_ITER,
		GET_AITER, GET_YIELD_FROM_ITER, GET_AWAITABLE, LIST_TO_TUPLE, PUSH_EXC_INFO,
		STORE_FAST_LOAD_FAST:
		return 1, 1, true
	case YIELD_VALUE:
		// The yielded value is popped; resuming pushes the sent value.
		return 1, 1, true

	// Two in, one out.
	case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, IMPORT_NAME:
		return 2, 1, true
	case CHECK_EXC_MATCH, CHECK_EG_MATCH:
		// exc type -> exc bool; eg type -> rest match
		return 2, 2, true
	case PREP_RERAISE_STAR: // orig list -> exc_or_None
		return 2, 1, true

	case LOAD_METHOD: // obj -> meth self | attr NULL
		return 1, 2, true
	case IMPORT_FROM: // module -> module attr
		return 1, 2, true
	case GET_ANEXT: // aiter -> aiter awaitable
		return 1, 2, true
	case BEFORE_WITH, BEFORE_ASYNC_WITH: // mgr -> exit result
		return 1, 2, true
	case WITH_EXCEPT_START: // exit exc -> exit exc result
		return 2, 3, true
	case END_ASYNC_FOR: // aiter exc -> (or the exception is re-raised)
		return 2, 0, true
	case FOR_ITER:
		// it -> it next; exhausted: the iterator is popped at the target.
		if jump {
			return 1, 0, true
		}
		return 1, 2, true
	case SEND:
		// receiver v -> receiver y; done: receiver result at the target
		// (the receiver's slot is overwritten by the result).
		if jump {
			return 2, 1, true
		}
		return 2, 2, true

	// Stack manipulation: count the deepest operand read on both sides.
	case COPY:
		if arg < 1 {
			return 0, 0, false
		}
		return arg, arg + 1, true
	case SWAP:
		if arg < 1 {
			return 0, 0, false
		}
		return arg, arg, true
	case ROT_THREE:
		return 3, 3, true

	// Appends into a container arg items below the popped value(s).
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		if arg < 1 {
			return 0, 0, false
		}
		return arg + 1, arg, true
	case MAP_ADD:
		if arg < 1 {
			return 0, 0, false
		}
		return arg + 2, arg, true

	// Builds.
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return arg, 1, true
	case BUILD_MAP:
		return 2 * arg, 1, true
	case BUILD_SLICE:
		if arg != 2 && arg != 3 {
			return 0, 0, false
		}
		return arg, 1, true
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return 2, 1, true
		}
		return 1, 1, true
	case UNPACK_SEQUENCE:
		return 1, arg, true
	case UNPACK_EX:
		return 1, arg&0xff + arg>>8 + 1, true

	// Calls.
	case CALL: // f self|NULL args... -> result
		return arg + 2, 1, true
	case CALL_FUNCTION_EX: // f NULL args [kwargs] -> result
		return 3 + arg&1, 1, true
	case MAKE_FUNCTION: // [defaults] [kwdefaults] [closure] code -> fn
		n := 1
		for _, flag := range [...]int{1, 2, 8} {
			if arg&flag != 0 {
				n++
			}
		}
		return n, 1, true
	case RAISE_VARARGS:
		if arg > 2 {
			return 0, 0, false
		}
		return arg, 0, true
	}
	return 0, 0, false
}

// analyzeStack walks the control flow of code from its first instruction
// and returns the operand stack depth on entry to each instruction (-1 for
// an instruction never reached) and the maximum depth. Two paths reaching
// one instruction with different depths, an instruction reading below the
// bottom of the stack, a jump out of the code, an unknown opcode or
// falling off the end are all reported as errors.
func analyzeStack(code *Code) (depths []int, maxDepth int, err error) {
	n := len(code.Code)
	depths = make([]int, n)
	for i := range depths {
		depths[i] = -1
	}
	if n == 0 {
		return depths, 0, nil
	}
	work := make([]int, 0, 16)
	// reach records depth d arriving at instruction to from instruction
	// from, queueing to when it is new.
	reach := func(from, to, d int) error {
		if to < 0 || to >= n {
			if to == n {
				return &stackError{from, code.Code[from].Op, "control falls off the end of the code"}
			}
			return &stackError{from, code.Code[from].Op, fmt.Sprintf("jump target %d out of range", to)}
		}
		switch old := depths[to]; {
		case old < 0:
			depths[to] = d
			if d > maxDepth {
				maxDepth = d
			}
			work = append(work, to)
		case old != d:
			return &stackError{from, code.Code[from].Op, fmt.Sprintf("reaches instruction %d (%s) with depth %d, another path with %d", to, code.Code[to].Op, d, old)}
		}
		return nil
	}
	depths[0] = 0
	work = append(work, 0)
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		in := code.Code[pc]
		d := depths[pc]
		next, target, hasTarget := flow(in.Op)
		if hasTarget {
			after, err := applyEffect(pc, in, target, d)
			if err != nil {
				return nil, 0, err
			}
			if err := reach(pc, int(in.Arg), after); err != nil {
				return nil, 0, err
			}
		}
		// A terminator (return, raise) is checked for its operands too.
		after, err := applyEffect(pc, in, edgeNext, d)
		if err != nil {
			return nil, 0, err
		}
		if next {
			if err := reach(pc, pc+1, after); err != nil {
				return nil, 0, err
			}
		}
	}
	return depths, maxDepth, nil
}

// applyEffect is the depth after instruction in (at pc, entered with depth
// d) along edge e.
func applyEffect(pc int, in Instr, e edge, d int) (int, error) {
	pop, push, ok := stackEffect(in, e)
	if !ok {
		return 0, &stackError{pc, in.Op, fmt.Sprintf("unknown opcode or bad argument %d", in.Arg)}
	}
	if pop > d {
		return 0, &stackError{pc, in.Op, fmt.Sprintf("needs %d operands, the stack holds %d", pop, d)}
	}
	return d - pop + push, nil
}

// StackDepths returns the operand stack depth on entry to each instruction
// of code (-1 where no path reaches it), as the vm must find it when it
// executes the instruction. It fails if the code is inconsistent.
func StackDepths(code *Code) ([]int, error) {
	depths, _, err := analyzeStack(code)
	return depths, err
}

// stackSize is the exact maximum operand stack depth of the final code.
func stackSize(code *Code) (int, error) {
	_, maxDepth, err := analyzeStack(code)
	return maxDepth, err
}
