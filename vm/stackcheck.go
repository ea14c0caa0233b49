//go:build aiostackcheck

package vm

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	"github.com/aio-lang/aio/compiler"
)

// Built with the aiostackcheck tag, the fast loop checks at every
// instruction that the operand stack holds exactly the depth the compiler
// computed for that instruction (compiler.StackDepths) and never more than
// the code's StackSize. Every instruction, whichever tier executes it,
// starts at the top of the fast loop, so that one place sees them all.
// Without the tag stackCheck is false and the check compiles to nothing.
const stackCheck = true

// stackDepths caches compiler.StackDepths per code object. Interpreters may
// run on several goroutines at once.
var stackDepths sync.Map // *compiler.Code -> []int

// stackChecks counts the checks made, so tests can tell the check ran.
var stackChecks atomic.Int64

// stackCheckFailed reports a violation. It ends the process: a script's
// except clause must not be able to swallow it, and the run under test
// fails loudly with the message.
var stackCheckFailed = func(err error) {
	fmt.Fprintln(os.Stderr, "aiostackcheck:", err)
	os.Exit(3)
}

// checkStack checks frame f about to execute instruction pc with sp.
func (vm *VM) checkStack(f *Frame, pc, sp int) {
	stackChecks.Add(1)
	if err := checkStackAt(f.code, pc, sp-f.info.nlocals); err != nil {
		stackCheckFailed(err)
	}
}

// checkStackAt checks that depth operands on entry to instruction pc of
// code is what the compiler computed and within code.StackSize.
func checkStackAt(code *compiler.Code, pc, depth int) error {
	var depths []int
	if v, ok := stackDepths.Load(code); ok {
		depths = v.([]int)
	} else {
		d, err := compiler.StackDepths(code)
		if err != nil {
			return fmt.Errorf("%s (%s): %v", code.QualName, code.Filename, err)
		}
		stackDepths.Store(code, d)
		depths = d
	}
	if pc < 0 || pc >= len(depths) {
		return fmt.Errorf("%s (%s): pc %d outside the code", code.QualName, code.Filename, pc)
	}
	op := code.Code[pc].Op
	switch {
	case depth < 0 || depth > code.StackSize:
		return fmt.Errorf("%s (%s): stack depth %d at instruction %d (%s) outside 0..StackSize %d", code.QualName, code.Filename, depth, pc, op, code.StackSize)
	case depths[pc] < 0:
		return fmt.Errorf("%s (%s): instruction %d (%s) runs but the compiler found no path to it", code.QualName, code.Filename, pc, op)
	case depths[pc] != depth:
		return fmt.Errorf("%s (%s): stack depth %d at instruction %d (%s), the compiler computed %d", code.QualName, code.Filename, depth, pc, op, depths[pc])
	}
	return nil
}
