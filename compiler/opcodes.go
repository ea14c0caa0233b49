package compiler

// Opcode is a bytecode operation. Stack effects are written before -> after,
// top of stack rightmost.
type Opcode uint8

// The opcodes.
const (
	NOP                  Opcode = iota
	POP_TOP                     // x ->
	COPY                        // copy the arg-th item (1 = top) to the top
	SWAP                        // swap top with the arg-th item
	ROT_THREE                   // a b c -> c a b
	LOAD_CONST                  // -> consts[arg]
	LOAD_FAST                   // -> locals[arg] (UnboundLocalError if unset)
	STORE_FAST                  // v ->
	DELETE_FAST                 //
	LOAD_DEREF                  // -> cell[arg] contents (cells then free vars)
	STORE_DEREF                 // v ->
	DELETE_DEREF                //
	LOAD_CLOSURE                // -> cell[arg] itself
	LOAD_CLASSDEREF             // class body: namespace[names of free arg] or the cell
	LOAD_GLOBAL                 // -> globals/builtins[names[arg]]
	STORE_GLOBAL                // v ->
	DELETE_GLOBAL               //
	LOAD_NAME                   // class/module body lookup: namespace, globals, builtins
	STORE_NAME                  // v ->
	DELETE_NAME                 //
	LOAD_ATTR                   // obj -> obj.names[arg]
	STORE_ATTR                  // v obj ->
	DELETE_ATTR                 // obj ->
	LOAD_METHOD                 // obj -> meth self | attr NULL
	PUSH_NULL                   // -> NULL
	BINARY_OP                   // a b -> a op b; arg is runtime.BinOp, +16 for in-place
	UNARY_NEGATIVE              // a -> -a
	UNARY_POSITIVE              // a -> +a
	UNARY_NOT                   // a -> not a
	UNARY_INVERT                // a -> ~a
	COMPARE_OP                  // a b -> a cmp b; arg is runtime.CmpOp
	IS_OP                       // a b -> a is b (arg 1: is not)
	CONTAINS_OP                 // a b -> a in b (arg 1: not in)
	BINARY_SUBSCR               // a k -> a[k]
	STORE_SUBSCR                // v a k ->
	DELETE_SUBSCR               // a k ->
	BUILD_SLICE                 // lo hi [step] -> slice (arg 2 or 3)
	BUILD_TUPLE                 // arg items -> tuple
	BUILD_LIST                  // arg items -> list
	BUILD_SET                   // arg items -> set
	BUILD_MAP                   // 2*arg items (k v ...) -> dict
	BUILD_STRING                // arg strs -> str
	LIST_APPEND                 // list at depth arg (after pop) gets v: ... v ->
	SET_ADD                     //
	MAP_ADD                     // ... k v ->
	LIST_EXTEND                 // list iterable -> list (list at depth arg)
	SET_UPDATE                  //
	DICT_UPDATE                 // dict m -> dict (dict at depth arg)
	DICT_MERGE                  // like DICT_UPDATE but duplicate keys are an error (calls)
	LIST_TO_TUPLE               // list -> tuple
	FORMAT_VALUE                // v [spec] -> str; arg&3: 0 none,1 str,2 repr,3 ascii; arg&4: has spec; arg&8: FormatToBuild
	JUMP                        // pc = arg
	POP_JUMP_IF_FALSE           // v ->
	POP_JUMP_IF_TRUE            // v ->
	JUMP_IF_FALSE_OR_POP        // v -> v (jump) | ->
	JUMP_IF_TRUE_OR_POP         //
	POP_JUMP_IF_NONE            // v ->
	POP_JUMP_IF_NOT_NONE        // v ->
	GET_ITER                    // v -> iter(v)
	FOR_ITER                    // it -> it next | (exhausted: pop it and jump to arg)
	UNPACK_SEQUENCE             // seq -> v[arg-1] ... v[0]
	UNPACK_EX                   // seq -> ...; arg = before | after<<8
	KW_NAMES                    // set the keyword names (consts[arg], a Tuple) for the next CALL
	CALL                        // f self|NULL args... -> result; arg = number of args incl. keyword values
	CALL_FUNCTION_EX            // f NULL argstuple [kwdict] -> result; arg&1: has kwargs
	MAKE_FUNCTION               // [defaults] [kwdefaults] [closure] code -> fn; arg flags 1,2,8
	RETURN_VALUE                // v ->
	YIELD_VALUE                 // v -> sent
	GET_YIELD_FROM_ITER         // v -> iter
	SEND                        // receiver v -> receiver result (yield) | value (done: jump arg)
	GET_AWAITABLE               // v -> awaitable; arg: 0 await, 1 async with enter, 2 exit
	SETUP_FINALLY               // push a handler block at arg
	POP_BLOCK                   // pop the innermost block
	PUSH_EXC_INFO               // exc -> exc (marks it as being handled)
	POP_EXCEPT                  // end of an except block
	RERAISE                     // exc -> (raises exc again)
	RAISE_VARARGS               // [exc [cause]] -> (arg = 0, 1 or 2)
	CHECK_EXC_MATCH             // exc type -> exc bool
	CHECK_EG_MATCH              // eg type -> rest match (except*: match is None when nothing matched)
	BEFORE_WITH                 // mgr -> exit enter_result
	BEFORE_ASYNC_WITH           // mgr -> exit awaitable(aenter)
	WITH_EXCEPT_START           // exit exc -> exit exc result
	LOAD_BUILD_CLASS            // -> __build_class__
	IMPORT_NAME                 // level fromlist -> module; names[arg]
	IMPORT_FROM                 // module -> module attr; names[arg]
	IMPORT_STAR                 // module ->
	LOAD_ASSERTION_ERROR        // -> AssertionError
	GET_AITER                   // v -> aiter
	GET_ANEXT                   // aiter -> aiter awaitable
	END_ASYNC_FOR               // aiter exc -> (StopAsyncIteration ends the loop, others re-raise)
	PRINT_EXPR                  // v -> (REPL echo)
	RETURN_GENERATOR            // marks generator code start (no-op in the vm)
	SETUP_ANNOTATIONS           //
	POP_ITER                    // it -> (leaving a for loop early: a temporary generator is closed)
	PREP_RERAISE_STAR           // orig raised_list -> exception to re-raise, or None (end of except*)
	// Superinstructions made by the peephole pass; two 16-bit operands are
	// packed in the argument as first | second<<16.
	LOAD_FAST_LOAD_FAST  // -> locals[a] locals[b]
	LOAD_FAST_LOAD_CONST // -> locals[a] consts[b]
	STORE_FAST_LOAD_FAST // v -> locals[b] (after locals[a] = v)
	LOAD_GLOBAL_NULL     // -> global NULL (LOAD_GLOBAL then PUSH_NULL)
	LOAD_FAST_ATTR       // -> locals[a].names[b] (LOAD_FAST then LOAD_ATTR)
	LOAD_FAST_METHOD     // -> method self (LOAD_FAST then LOAD_METHOD names[b])
	STORE_FAST_ATTR      // v -> (locals[a].names[b] = v: LOAD_FAST then STORE_ATTR)
	RETURN_FAST          // -> (returns locals[arg]: LOAD_FAST then RETURN_VALUE)
	numOpcodes
)

var opNames = [...]string{
	"NOP", "POP_TOP", "COPY", "SWAP", "ROT_THREE", "LOAD_CONST", "LOAD_FAST", "STORE_FAST",
	"DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE",
	"LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME",
	"STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD",
	"PUSH_NULL", "BINARY_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_NOT",
	"UNARY_INVERT", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BINARY_SUBSCR", "STORE_SUBSCR",
	"DELETE_SUBSCR", "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP",
	"BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE",
	"DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "FORMAT_VALUE", "JUMP",
	"POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
	"POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "GET_ITER", "FOR_ITER", "UNPACK_SEQUENCE",
	"UNPACK_EX", "KW_NAMES", "CALL", "CALL_FUNCTION_EX", "MAKE_FUNCTION", "RETURN_VALUE",
	"YIELD_VALUE", "GET_YIELD_FROM_ITER", "SEND", "GET_AWAITABLE", "SETUP_FINALLY",
	"POP_BLOCK", "PUSH_EXC_INFO", "POP_EXCEPT", "RERAISE", "RAISE_VARARGS",
	"CHECK_EXC_MATCH", "CHECK_EG_MATCH", "BEFORE_WITH", "BEFORE_ASYNC_WITH",
	"WITH_EXCEPT_START", "LOAD_BUILD_CLASS", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR",
	"LOAD_ASSERTION_ERROR", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "PRINT_EXPR",
	"RETURN_GENERATOR", "SETUP_ANNOTATIONS", "POP_ITER", "PREP_RERAISE_STAR", "LOAD_FAST_LOAD_FAST",
	"LOAD_FAST_LOAD_CONST", "STORE_FAST_LOAD_FAST", "LOAD_GLOBAL_NULL", "LOAD_FAST_ATTR",
	"LOAD_FAST_METHOD", "STORE_FAST_ATTR", "RETURN_FAST",
}

// String is the opcode's name.
func (o Opcode) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "OP_?"
}

// isJump reports whether the opcode's argument is a jump target.
func (o Opcode) isJump() bool {
	switch o {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND, SETUP_FINALLY:
		return true
	}
	return false
}

// Binary operator and comparison numbers used in BINARY_OP and COMPARE_OP
// arguments; they equal runtime.BinOp and runtime.CmpOp.
const (
	// FormatToBuild marks a FORMAT_VALUE whose result only BUILD_STRING
	// reads: with no conversion and no spec, a small int may stay an int,
	// which BUILD_STRING writes out itself (formatting one has no side
	// effect to reorder).
	FormatToBuild = 8

	InPlaceFlag = 16
	CmpLt       = 0
	CmpLe       = 1
	CmpEq       = 2
	CmpNe       = 3
	CmpGt       = 4
	CmpGe       = 5
)
