package compiler

// fuse replaces common instruction pairs by superinstructions, so the
// interpreter dispatches fewer times: LOAD_FAST+LOAD_FAST (and
// LOAD_FAST+COPY 1, which loads the same local twice),
// LOAD_FAST+LOAD_CONST, LOAD_FAST+LOAD_ATTR, LOAD_FAST+LOAD_METHOD,
// LOAD_FAST+STORE_ATTR, LOAD_FAST+RETURN_VALUE, STORE_FAST+LOAD_FAST and
// LOAD_GLOBAL+PUSH_NULL. A pair is fused only
// when no jump lands on its second instruction; jump targets are
// renumbered afterwards. A fused pair whose halves can fail separately
// keeps the second half's position in FusedPositions.
func fuse(code *Code) {
	n := len(code.Code)
	if n < 2 {
		return
	}
	target := make([]bool, n+1)
	for _, in := range code.Code {
		if in.Op.isJump() {
			target[in.Arg] = true
		}
	}
	newIndex := make([]int32, n+1)
	out := make([]Instr, 0, n)
	pos := make([]Position, 0, n)
	for i := 0; i < n; i++ {
		newIndex[i] = int32(len(out))
		in := code.Code[i]
		if i+1 < n && !target[i+1] {
			next := code.Code[i+1]
			if op, ok := fusedOp(in, next); ok {
				arg := in.Arg | next.Arg<<16
				if op == LOAD_GLOBAL_NULL || op == RETURN_FAST {
					arg = in.Arg
				}
				if op == LOAD_FAST_LOAD_FAST && next.Op == COPY {
					// LOAD_FAST a; COPY 1 loads a twice.
					arg = in.Arg | in.Arg<<16
				}
				if op != LOAD_GLOBAL_NULL && op != STORE_FAST_LOAD_FAST && op != RETURN_FAST {
					if code.FusedPositions == nil {
						code.FusedPositions = map[int]Position{}
					}
					code.FusedPositions[len(out)] = code.Positions[i+1]
				}
				out = append(out, Instr{Op: op, Arg: arg})
				pos = append(pos, code.Positions[i])
				i++
				newIndex[i] = int32(len(out) - 1)
				continue
			}
		}
		out = append(out, in)
		pos = append(pos, code.Positions[i])
	}
	newIndex[n] = int32(len(out))
	for i := range out {
		if out[i].Op.isJump() {
			out[i].Arg = newIndex[out[i].Arg]
		}
	}
	code.Code = out
	code.Positions = pos
}

// fusedOp names the superinstruction for a pair, if there is one and both
// operands fit in 16 bits.
func fusedOp(a, b Instr) (Opcode, bool) {
	small := a.Arg >= 0 && a.Arg < 1<<15 && b.Arg >= 0 && b.Arg < 1<<15
	switch {
	case a.Op == LOAD_FAST && b.Op == LOAD_FAST && small:
		return LOAD_FAST_LOAD_FAST, true
	case a.Op == LOAD_FAST && b.Op == COPY && b.Arg == 1 && small:
		return LOAD_FAST_LOAD_FAST, true
	case a.Op == LOAD_FAST && b.Op == LOAD_ATTR && small:
		return LOAD_FAST_ATTR, true
	case a.Op == LOAD_FAST && b.Op == LOAD_METHOD && small:
		return LOAD_FAST_METHOD, true
	case a.Op == LOAD_FAST && b.Op == STORE_ATTR && small:
		return STORE_FAST_ATTR, true
	case a.Op == LOAD_FAST && b.Op == RETURN_VALUE:
		return RETURN_FAST, true
	case a.Op == LOAD_FAST && b.Op == LOAD_CONST && small:
		return LOAD_FAST_LOAD_CONST, true
	case a.Op == STORE_FAST && b.Op == LOAD_FAST && small:
		return STORE_FAST_LOAD_FAST, true
	case a.Op == LOAD_GLOBAL && b.Op == PUSH_NULL:
		return LOAD_GLOBAL_NULL, true
	}
	return 0, false
}
