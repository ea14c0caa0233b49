// Package compiler turns an ast.Module into bytecode: it resolves every name
// to a local slot, a cell, a global or a class-namespace entry, and emits
// code objects that hold plain Go constants (no runtime values) for the vm
// to run.
package compiler

import (
	"math/big"
)

// Code is a compiled function body, class body or module.
type Code struct {
	Name      string
	QualName  string
	Filename  string
	FirstLine int
	Flags     CodeFlags

	// Parameters: ArgCount positional (including PosOnlyCount positional-only),
	// then KwOnlyCount keyword-only, then *args and **kwargs if flagged.
	ArgCount     int
	PosOnlyCount int
	KwOnlyCount  int

	VarNames []string // local slots; parameters first
	CellVars []string // cells this code creates
	FreeVars []string // cells received through the closure
	// Cell2Arg maps a cell index to the parameter slot that initialises it,
	// or -1.
	Cell2Arg []int
	Names    []string // global, attribute and import names
	Consts   []any    // see Const* below

	Code      []Instr
	Positions []Position // one per instruction
	// FusedPositions holds, for a superinstruction made of two loads
	// (LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST, LOAD_FAST_ATTR,
	// LOAD_FAST_METHOD), the position of its second half: tracebacks mark
	// operands by it, and an error raised by the second half is reported
	// at it.
	FusedPositions map[int]Position

	// StackSize is the operand stack's maximum depth, exact (stackdepth.go).
	StackSize int

	// Cache is owned by the vm (converted constants and inline caches).
	Cache any
}

// CodeFlags describe what kind of code object this is.
type CodeFlags uint32

// The code flags.
const (
	FlagVarArgs CodeFlags = 1 << iota
	FlagVarKw
	FlagGenerator
	FlagCoroutine
	FlagAsyncGenerator
	FlagNested
	FlagModule
	FlagClass
	FlagComprehension
	// FlagTopLevelAwait marks a module compiled for the REPL, where await
	// is allowed at top level and the module runs as a coroutine.
	FlagTopLevelAwait
)

// Position is the source span of an instruction, for tracebacks.
type Position struct {
	Line, Col, EndLine, EndCol int32
}

// Instr is one instruction.
type Instr struct {
	Op  Opcode
	Arg int32
}

// Constants are plain Go values: nil is None; bool, int64, *big.Int,
// float64, complex128, string (str), Bytes, Ellipsis, *Code and Tuple.

// Bytes is a bytes constant.
type Bytes string

// EllipsisConst is the `...` constant.
type EllipsisConst struct{}

// Tuple is a tuple constant (also used for keyword-name lists of calls).
type Tuple []any

// FrozenSet is a frozenset constant: its items in source order (the vm adds
// them in that order, which fixes the iteration order as in CPython).
type FrozenSet []any

var _ = big.NewInt
