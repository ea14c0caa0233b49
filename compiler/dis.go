package compiler

import (
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
)

// Disassemble writes a listing of code and every code object nested in it,
// in the layout of Python's dis module: source line, offset, opcode,
// argument and what the argument means.
func Disassemble(w io.Writer, code *Code) {
	disassembleOne(w, code)
	for _, k := range code.Consts {
		if child, ok := k.(*Code); ok {
			fmt.Fprintf(w, "\nDisassembly of <code object %s, file \"%s\", line %d>:\n", child.Name, child.Filename, child.FirstLine)
			Disassemble(w, child)
		}
	}
}

func disassembleOne(w io.Writer, code *Code) {
	targets := map[int]bool{}
	for _, in := range code.Code {
		if in.Op.isJump() {
			targets[int(in.Arg)] = true
		}
	}
	lastLine := int32(-1)
	for pc, in := range code.Code {
		line := code.Positions[pc].Line
		if line != lastLine && line > 0 {
			if pc > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "%4d ", line)
			lastLine = line
		} else {
			fmt.Fprint(w, "     ")
		}
		mark := "  "
		if targets[pc] {
			mark = ">>"
		}
		fmt.Fprintf(w, "%s %5d %-22s", mark, pc, in.Op)
		if hasArg(in.Op) {
			fmt.Fprintf(w, " %4d", in.Arg)
			if s := argMeaning(code, in); s != "" {
				fmt.Fprintf(w, " (%s)", s)
			}
		}
		fmt.Fprintln(w)
	}
}

func hasArg(op Opcode) bool {
	switch op {
	case NOP, POP_TOP, ROT_THREE, PUSH_NULL, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT,
		UNARY_INVERT, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, LIST_TO_TUPLE, GET_ITER,
		RETURN_VALUE, YIELD_VALUE, GET_YIELD_FROM_ITER, POP_BLOCK, PUSH_EXC_INFO, POP_EXCEPT,
		RERAISE, CHECK_EXC_MATCH, CHECK_EG_MATCH, BEFORE_WITH, BEFORE_ASYNC_WITH,
		WITH_EXCEPT_START, LOAD_BUILD_CLASS, IMPORT_STAR, LOAD_ASSERTION_ERROR, GET_AITER,
		GET_ANEXT, END_ASYNC_FOR, PRINT_EXPR, RETURN_GENERATOR, SETUP_ANNOTATIONS, POP_ITER,
		PREP_RERAISE_STAR:
		return false
	}
	return true
}

var binOpNames = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var cmpNames = [...]string{"<", "<=", "==", "!=", ">", ">="}

func argMeaning(code *Code, in Instr) string {
	a := int(in.Arg)
	switch in.Op {
	case LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST:
		x, y := a&0xffff, a>>16
		if x < len(code.VarNames) && y < len(code.VarNames) {
			return code.VarNames[x] + ", " + code.VarNames[y]
		}
	case LOAD_FAST_LOAD_CONST:
		x, y := a&0xffff, a>>16
		if x < len(code.VarNames) && y < len(code.Consts) {
			return code.VarNames[x] + ", " + ConstRepr(code.Consts[y])
		}
	case LOAD_FAST_ATTR, LOAD_FAST_METHOD, STORE_FAST_ATTR:
		x, y := a&0xffff, a>>16
		if x < len(code.VarNames) && y < len(code.Names) {
			return code.VarNames[x] + "." + code.Names[y]
		}
	case FORMAT_VALUE:
		// As CPython's dis: the conversion and "with format"; then aio's
		// own flag.
		var parts []string
		if conv := [...]string{"", "str", "repr", "ascii"}[a&3]; conv != "" {
			parts = append(parts, conv)
		}
		if a&4 != 0 {
			parts = append(parts, "with format")
		}
		if a&FormatToBuild != 0 {
			parts = append(parts, "for BUILD_STRING")
		}
		return strings.Join(parts, ", ")
	case LOAD_GLOBAL_NULL:
		if a < len(code.Names) {
			return code.Names[a] + " + NULL"
		}
	case LOAD_CONST, KW_NAMES:
		if a < len(code.Consts) {
			return ConstRepr(code.Consts[a])
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST, RETURN_FAST:
		if a < len(code.VarNames) {
			return code.VarNames[a]
		}
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		if a < len(code.CellVars) {
			return code.CellVars[a]
		}
		if a-len(code.CellVars) < len(code.FreeVars) {
			return code.FreeVars[a-len(code.CellVars)]
		}
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		if a < len(code.Names) {
			return code.Names[a]
		}
	case BINARY_OP:
		if a&InPlaceFlag != 0 {
			return binOpNames[a&^InPlaceFlag] + "="
		}
		if a < len(binOpNames) {
			return binOpNames[a]
		}
	case COMPARE_OP:
		if a < len(cmpNames) {
			return cmpNames[a]
		}
	case IS_OP:
		if a == 1 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if a == 1 {
			return "not in"
		}
		return "in"
	}
	if in.Op.isJump() {
		return "to " + strconv.Itoa(a)
	}
	return ""
}

// ConstRepr renders a constant as Python's repr would.
func ConstRepr(k any) string {
	switch v := k.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case complex128:
		return strconv.FormatFloat(imag(v), 'g', -1, 64) + "j"
	case string:
		return strconv.Quote(v)
	case Bytes:
		return "b" + strconv.Quote(string(v))
	case EllipsisConst:
		return "Ellipsis"
	case *Code:
		return fmt.Sprintf("<code object %s, file \"%s\", line %d>", v.Name, v.Filename, v.FirstLine)
	case FrozenSet:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = ConstRepr(e)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case Tuple:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = ConstRepr(e)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprint(k)
}
