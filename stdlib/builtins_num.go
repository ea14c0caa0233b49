package stdlib

import (
	"math"

	"github.com/aio-lang/aio/runtime"
)

// This file holds the numeric builtins: abs, round, divmod, pow and sum.
// The arithmetic itself is the runtime's (RoundValue, DivMod, Pow).

func installNum(d *runtime.AttrDict) {
	def(d, "abs", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 || len(kwnames) != 0 {
			return runtime.Null, runtime.ArgCount("abs", args, kwnames, 1, 1)
		}
		v := args[0]
		switch {
		case v.IsInt():
			if i := v.AsInt(); i >= 0 {
				return v, nil
			} else if i != math.MinInt64 {
				return runtime.Int(-i), nil
			}
		case v.IsFloat():
			return runtime.Float(math.Abs(v.AsFloat())), nil
		case v.IsBool():
			return runtime.Int(v.AsInt()), nil
		}
		if v.Type() == runtime.IntType {
			return absInt(v), nil
		}
		return runtime.Abs(t, v)
	})
	def(d, "round", builtinRound)
	def(d, "divmod", builtinDivmod)
	def(d, "pow", builtinPow)
	def(d, "sum", builtinSum)
}

// ---- round ----

func builtinRound(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var number, ndigits runtime.Value
	for _, k := range kwnames {
		if k != "number" && k != "ndigits" {
			return runtime.Null, errInvalidKw("round", k)
		}
	}
	if err := runtime.ParseArgs("round", args, kwnames, 1, []string{"number", "ndigits"}, &number, &ndigits); err != nil {
		return runtime.Null, err
	}
	return runtime.RoundValue(t, number, ndigits)
}

// ---- divmod ----

func builtinDivmod(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("divmod", args, kwnames, 2, 2); err != nil {
		return runtime.Null, err
	}
	return runtime.DivMod(t, args[0], args[1])
}

// ---- pow ----

func builtinPow(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var base, exp, mod runtime.Value
	if err := runtime.ParseArgs("pow", args, kwnames, 2, []string{"base", "exp", "mod"}, &base, &exp, &mod); err != nil {
		return runtime.Null, err
	}
	return runtime.Pow(t, base, exp, mod)
}

// ---- sum ----

// builtinSum adds left to right like CPython 3.11: an int fast path that
// switches to float addition (plain, uncompensated) when a float appears,
// and the generic + for everything else.
func builtinSum(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kwvals := splitArgs(args, kwnames)
	acc := runtime.Int(0)
	if len(pos) == 0 {
		return runtime.Null, typeError("sum() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 2 {
		return runtime.Null, typeError("sum() takes at most 2 arguments (%d given)", len(args))
	}
	if len(pos) == 2 {
		acc = pos[1]
	}
	for i, k := range kwnames {
		if k != "start" || len(pos) == 2 {
			if k == "start" {
				return runtime.Null, typeError("argument for sum() given by name ('start') and position (2)")
			}
			return runtime.Null, errInvalidKw("sum", k)
		}
		acc = kwvals[i]
	}
	switch acc.Type() {
	case runtime.StrType:
		return runtime.Null, typeError("sum() can't sum strings [use ''.join(seq) instead]")
	case runtime.BytesType:
		return runtime.Null, typeError("sum() can't sum bytes [use b''.join(seq) instead]")
	case runtime.ByteArrayType:
		return runtime.Null, typeError("sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	const (
		modeInt = iota
		modeFloat
		modeGeneric
	)
	mode := modeGeneric
	var isum int64
	var fsum float64
	switch {
	case acc.IsInt():
		mode, isum = modeInt, acc.AsInt()
	case acc.IsFloat():
		mode, fsum = modeFloat, acc.AsFloat()
	}
	err := runtime.ForEach(t, pos[0], func(x runtime.Value) (bool, error) {
		switch mode {
		case modeInt:
			if x.IsInt() || x.IsBool() {
				y := x.AsInt()
				if r := isum + y; (r > isum) == (y > 0) {
					isum = r
					return true, nil
				}
			}
			if x.IsFloat() {
				mode, fsum = modeFloat, float64(isum)+x.AsFloat()
				return true, nil
			}
			mode, acc = modeGeneric, runtime.Int(isum)
		case modeFloat:
			if x.IsFloat() {
				fsum += x.AsFloat()
				return true, nil
			}
			if x.IsInt() || x.IsBool() {
				fsum += float64(x.AsInt())
				return true, nil
			}
			mode, acc = modeGeneric, runtime.Float(fsum)
		}
		r, err := runtime.BinaryOp(t, runtime.OpAdd, acc, x)
		if err != nil {
			return false, err
		}
		acc = r
		return true, nil
	})
	if err != nil {
		return runtime.Null, err
	}
	switch mode {
	case modeInt:
		return runtime.Int(isum), nil
	case modeFloat:
		return runtime.Float(fsum), nil
	}
	return acc, nil
}
