package runtime

// bool is a subclass of int with two instances, True and False. In
// arithmetic it behaves as the int 0 or 1; &, | and ^ between two bools
// give a bool.

// initBoolType installs bool's slots and methods. It runs after
// initIntType, whose slots bool inherits (NewBuiltinType copied int's
// slots before they were filled in).
func initBoolType() {
	BoolType.Slots = IntType.Slots
	s := &BoolType.Slots
	s.Repr = func(t *Thread, v Value) (string, error) {
		x, _ := intOperand(v)
		if intSign(x) != 0 {
			return "True", nil
		}
		return "False", nil
	}
	for _, op := range []BinOp{OpAnd, OpOr, OpXor} {
		fwd, rev := IntType.Slots.Binary[op], IntType.Slots.Reflected[op]
		s.Binary[op] = boolBitSlot(op, fwd)
		s.Reflected[op] = boolBitSlot(op, rev)
		BoolType.AddMethod("__"+op.Dunder()+"__", binaryMethod("__"+op.Dunder()+"__", s.Binary[op], isIntOperand))
		BoolType.AddMethod("__r"+op.Dunder()+"__", binaryMethod("__r"+op.Dunder()+"__", s.Reflected[op], isIntOperand))
	}
	BoolType.New = boolNew
	BoolType.AddMethod("__repr__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__repr__", args, kwnames, 0, 0); err != nil {
			return Null, err
		}
		r, err := s.Repr(t, self)
		return Str(r), err
	})
	BoolType.Dict.Set("__new__", Obj(&Method{Name: "__new__", Owner: BoolType, Static: true,
		Fn: func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
			if len(args)-len(kwnames) < 1 {
				return Null, Errorf(TypeErrorType, "bool.__new__(): not enough arguments")
			}
			if cls, ok := args[0].o.(*Type); !ok || cls != BoolType {
				return Null, Errorf(TypeErrorType, "bool.__new__(X): X is not bool")
			}
			return boolNew(t, BoolType, args[1:], kwnames)
		}}))
}

// boolBitSlot wraps int's &, | or ^ so that two bools give a bool.
func boolBitSlot(op BinOp, intSlot func(*Thread, Value, Value) (Value, error)) func(*Thread, Value, Value) (Value, error) {
	return func(t *Thread, a, b Value) (Value, error) {
		if a.IsBool() && b.IsBool() {
			switch op {
			case OpAnd:
				return Bool(a.n&b.n != 0), nil
			case OpOr:
				return Bool(a.n|b.n != 0), nil
			default:
				return Bool(a.n^b.n != 0), nil
			}
		}
		return intSlot(t, a, b)
	}
}

// boolNew is bool(x): the truth value of x.
func boolNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Null, Errorf(TypeErrorType, "bool() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return False, nil
	case 1:
		b, err := Truth(t, args[0])
		if err != nil {
			return Null, err
		}
		return Bool(b), nil
	}
	return Null, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
}
