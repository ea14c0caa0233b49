//go:build !aiostackcheck

package vm

// stackCheck enables the operand stack check of the aiostackcheck build
// (stackcheck.go); off, the check and its call compile to nothing.
const stackCheck = false

// checkStack is the check of the aiostackcheck build; never called here.
func (vm *VM) checkStack(*Frame, int, int) {}
