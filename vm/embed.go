package vm

import (
	"context"

	"github.com/aio-lang/aio/compiler"
)

// This file holds what the embedding API (the aio package) needs from the
// vm beyond running code: polling from long-running builtins, compiling
// without an interpreter, and copies of code objects for programs compiled
// once and run by many interpreters.

// Poll counts one unit of work done by a long-running builtin and, every
// checkInterval units, runs the periodic check of budgets, the context and
// interrupts. It makes *VM a runtime.Poller.
func (vm *VM) Poll() error {
	vm.checkCountdown--
	if vm.checkCountdown > 0 {
		return nil
	}
	return vm.periodicCheck()
}

// Interruptible reports whether the periodic check can stop the script: a
// cancellable context, a step budget or a host check is installed.
func (vm *VM) Interruptible() bool {
	if vm.MaxSteps > 0 || vm.MemCheck != nil {
		return true
	}
	ctx := vm.Thread.Ctx
	return ctx != nil && ctx != context.Background() && ctx.Done() != nil
}

// Check runs the periodic check at once (Poller.Check): budgets, the
// context and interrupts.
func (vm *VM) Check() error {
	return vm.periodicCheck()
}

// Reserve asks the host's memory budget (MemReserve) for n bytes before a
// large allocation; a refusal stops the script like the periodic check.
func (vm *VM) Reserve(n int64) error {
	if vm.MemReserve == nil {
		return nil
	}
	if err := vm.MemReserve(n); err != nil {
		return &Abort{Reason: err.Error(), Cause: err}
	}
	return nil
}

// CompileSource parses and compiles src without an interpreter. Syntax
// errors come back as a *parser.SyntaxError, as from VM.Compile.
func CompileSource(filename, src string, mode compiler.Mode) (*compiler.Code, error) {
	scratch := &VM{Sources: map[string][]string{}}
	return scratch.Compile(filename, src, mode)
}

// CloneCode returns a copy of code (and of the code objects nested in its
// constants) that shares no state the vm writes to: each interpreter that
// runs a program compiled once gets its own copy, with its own inline
// caches.
func CloneCode(code *compiler.Code) *compiler.Code {
	c := *code
	c.Cache = nil
	c.Names = append([]string(nil), code.Names...)
	c.Consts = make([]any, len(code.Consts))
	for i, k := range code.Consts {
		if inner, ok := k.(*compiler.Code); ok {
			k = CloneCode(inner)
		}
		c.Consts[i] = k
	}
	return &c
}

// HasTopLevelAwait reports whether module code compiled for the REPL
// (compiler.ModeInteractive) awaits at top level, and so must run as a
// coroutine on an event loop.
func HasTopLevelAwait(code *compiler.Code) bool {
	if code.Flags&compiler.FlagTopLevelAwait == 0 {
		return false
	}
	for _, in := range code.Code {
		switch in.Op {
		case compiler.GET_AWAITABLE, compiler.GET_AITER, compiler.GET_ANEXT, compiler.BEFORE_ASYNC_WITH:
			return true
		}
	}
	return false
}
