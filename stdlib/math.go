package stdlib

import (
	"math"
	"math/big"

	"github.com/aio-lang/aio/runtime"
)

// This file is the math module. Error behaviour follows CPython's
// mathmodule.c: a NaN result from non-NaN input is "math domain error"
// (ValueError), an infinite result from finite input is "math range
// error" (OverflowError) for functions that can overflow, and a domain
// error otherwise.

func newMathModule(t *runtime.Thread) (*runtime.Module, error) {
	m := newNativeModule("math")
	d := m.Dict
	d.Set("pi", runtime.Float(math.Pi))
	d.Set("e", runtime.Float(math.E))
	d.Set("tau", runtime.Float(2*math.Pi))
	d.Set("inf", runtime.Float(math.Inf(1)))
	d.Set("nan", runtime.Float(math.NaN()))
	fn := func(name string, f runtime.BuiltinFunc) { d.Set(name, newModuleFunc("math", name, f)) }

	unary := []struct {
		name        string
		f           func(float64) float64
		canOverflow bool
	}{
		{"acos", libmAcos, false}, {"acosh", libmAcosh, false}, {"asin", libmAsin, false},
		{"asinh", libmAsinh, false}, {"atan", libmAtan, false}, {"atanh", libmAtanh, false},
		{"cos", libmCos, false}, {"cosh", libmCosh, true}, {"erf", libmErf, false},
		{"erfc", libmErfc, false}, {"exp", libmExp, true}, {"exp2", libmExp2, true},
		{"expm1", libmExpm1, true}, {"fabs", math.Abs, false}, {"log1p", libmLog1p, false},
		{"sin", libmSin, false}, {"sinh", libmSinh, true}, {"sqrt", math.Sqrt, false},
		{"tan", libmTan, false}, {"tanh", libmTanh, false}, {"cbrt", libmCbrt, false},
	}
	for _, u := range unary {
		u := u
		qual := "math." + u.name
		fn(u.name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if len(args) != 1 || len(kwnames) != 0 {
				return runtime.Null, runtime.ArgCount(qual, args, kwnames, 1, 1)
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return runtime.Null, err
			}
			return mathResult(x, u.f(x), u.canOverflow)
		})
	}
	fn("gamma", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, err := oneFloat(t, "math.gamma", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		if x == math.Floor(x) && x <= 0 || math.IsInf(x, -1) {
			return runtime.Null, domainError()
		}
		return mathResult(x, math.Gamma(x), true)
	})
	fn("lgamma", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, err := oneFloat(t, "math.lgamma", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		if x == math.Floor(x) && x <= 0 {
			return runtime.Null, domainError()
		}
		r, _ := math.Lgamma(x)
		return mathResult(x, r, true)
	})
	fn("log", mathLog)
	fn("log2", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return logHelper(t, "math.log2", args, kwnames, libmLog2)
	})
	fn("log10", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return logHelper(t, "math.log10", args, kwnames, libmLog10)
	})
	binary := []struct {
		name string
		f    func(x, y float64) (float64, error)
	}{
		{"pow", mathPow}, {"atan2", plain2(libmAtan2)}, {"copysign", plain2(math.Copysign)},
		{"fmod", mathFmod}, {"remainder", mathRemainder}, {"nextafter", plain2(math.Nextafter)},
	}
	for _, b := range binary {
		b := b
		fn(b.name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount(b.name, args, kwnames, 2, 2); err != nil {
				return runtime.Null, err
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return runtime.Null, err
			}
			y, err := toFloat(t, args[1])
			if err != nil {
				return runtime.Null, err
			}
			r, err := b.f(x, y)
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Float(r), nil
		})
	}
	fn("floor", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return roundToInt(t, "math.floor", "__floor__", math.Floor, args, kwnames)
	})
	fn("ceil", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return roundToInt(t, "math.ceil", "__ceil__", math.Ceil, args, kwnames)
	})
	fn("trunc", mathTrunc)
	fn("factorial", mathFactorial)
	fn("gcd", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return gcdLcm(t, "math.gcd", args, kwnames, false)
	})
	fn("lcm", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return gcdLcm(t, "math.lcm", args, kwnames, true)
	})
	fn("isqrt", mathIsqrt)
	fn("comb", mathComb)
	fn("perm", mathPerm)
	fn("hypot", mathHypot)
	fn("dist", mathDist)
	fn("degrees", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, err := oneFloat(t, "math.degrees", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Float(x * (180.0 / math.Pi)), nil
	})
	fn("radians", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, err := oneFloat(t, "math.radians", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Float(x * (math.Pi / 180.0)), nil
	})
	fn("isclose", mathIsClose)
	predicates := []struct {
		name string
		f    func(float64) bool
	}{
		{"isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }},
		{"isinf", func(x float64) bool { return math.IsInf(x, 0) }},
		{"isnan", math.IsNaN},
	}
	for _, p := range predicates {
		p := p
		fn(p.name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			x, err := oneFloat(t, "math."+p.name, args, kwnames)
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Bool(p.f(x)), nil
		})
	}
	fn("modf", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, err := oneFloat(t, "math.modf", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		if math.IsInf(x, 0) {
			return runtime.NewPair(runtime.Float(math.Copysign(0, x)), runtime.Float(x)), nil
		}
		ip, frac := math.Modf(x)
		return runtime.NewPair(runtime.Float(frac), runtime.Float(ip)), nil
	})
	fn("frexp", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, err := oneFloat(t, "math.frexp", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		m, e := math.Frexp(x)
		return runtime.NewPair(runtime.Float(m), runtime.Int(int64(e))), nil
	})
	fn("ldexp", mathLdexp)
	fn("ulp", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, err := oneFloat(t, "math.ulp", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Float(ulp(x)), nil
	})
	fn("fsum", mathFsum)
	fn("prod", mathProd)
	return m, nil
}

func domainError() error { return valueError("math domain error") }

func rangeError() error {
	return runtime.Errorf(runtime.OverflowErrorType, "math range error")
}

// mathResult applies CPython's math_1 error rules to r = f(x).
func mathResult(x, r float64, canOverflow bool) (runtime.Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return runtime.Null, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return runtime.Null, rangeError()
		}
		return runtime.Null, domainError()
	}
	return runtime.Float(r), nil
}

func oneFloat(t *runtime.Thread, name string, args []runtime.Value, kwnames []string) (float64, error) {
	if err := runtime.ArgCount(name, args, kwnames, 1, 1); err != nil {
		return 0, err
	}
	return toFloat(t, args[0])
}

func plain2(f func(x, y float64) float64) func(x, y float64) (float64, error) {
	return func(x, y float64) (float64, error) {
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return 0, domainError()
		}
		return r, nil
	}
}

func mathPow(x, y float64) (float64, error) {
	// C99 special cases first, as CPython does.
	if math.IsNaN(x) {
		if y == 0 {
			return 1, nil
		}
		return x, nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return 1, nil
		}
		return y, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return libmPow(x, y), nil
	}
	r := libmPow(x, y)
	if math.IsNaN(r) {
		return 0, domainError()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return 0, domainError()
		}
		return 0, rangeError()
	}
	return r, nil
}

func mathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, domainError()
	}
	return r, nil
}

func mathRemainder(x, y float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsNaN(y) {
		return y, nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, domainError()
	}
	if math.IsInf(y, 0) {
		return x, nil
	}
	return math.Remainder(x, y), nil
}

func ulp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, math.Inf(-1))
		return x - x2
	}
	return x2 - x
}

// mathLog is log(x[, base]) = log(x) / log(base).
func mathLog(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(kwnames) > 0 {
		return runtime.Null, typeError("log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return runtime.Null, typeError("math.log requires 1 to 2 arguments")
	}
	num, err := logOf(t, args[0], libmLog)
	if err != nil || len(args) == 1 {
		return runtime.Float(num), err
	}
	den, err := logOf(t, args[1], libmLog)
	if err != nil {
		return runtime.Null, err
	}
	if den == 0 {
		return runtime.Null, runtime.Errorf(runtime.ZeroDivisionErrorType, "float division by zero")
	}
	return runtime.Float(num / den), nil
}

func logHelper(t *runtime.Thread, name string, args []runtime.Value, kwnames []string, f func(float64) float64) (runtime.Value, error) {
	if err := runtime.ArgCount(name, args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	r, err := logOf(t, args[0], f)
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Float(r), nil
}

// logOf is CPython's loghelper: ints too large for a float are split
// into mantissa and exponent.
func logOf(t *runtime.Thread, v runtime.Value, f func(float64) float64) (float64, error) {
	if b, ok := v.Raw().(*runtime.BigInt); ok {
		if b.V.Sign() <= 0 {
			return 0, domainError()
		}
		if x, err := bigToFloat(b.V); err == nil {
			return logChecked(x, f)
		}
		e := b.V.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b.V), -e).Float64()
		return f(m) + f(2.0)*float64(e), nil
	}
	x, err := toFloat(t, v)
	if err != nil {
		return 0, err
	}
	return logChecked(x, f)
}

func logChecked(x float64, f func(float64) float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	return f(x), nil
}

// roundToInt is floor() and ceil(): ints pass through, objects may define
// __floor__/__ceil__, everything else goes through float.
func roundToInt(t *runtime.Thread, name, dunder string, f func(float64) float64, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount(name, args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	v := args[0]
	if v.IsFloat() {
		return floatToInt(f(v.AsFloat()))
	}
	if v.IsInt() {
		return v, nil
	}
	if v.IsBool() {
		return runtime.Int(v.AsInt()), nil
	}
	if _, ok := v.Raw().(*runtime.BigInt); ok {
		return v, nil
	}
	if _, ok := v.Type().Lookup(dunder); ok {
		return runtime.CallMethod(t, v, dunder)
	}
	x, err := toFloat(t, v)
	if err != nil {
		return runtime.Null, err
	}
	return floatToInt(f(x))
}

func mathTrunc(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("math.trunc", args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	v := args[0]
	switch {
	case v.IsFloat():
		return floatToInt(math.Trunc(v.AsFloat()))
	case v.IsInt():
		return v, nil
	case v.IsBool():
		return runtime.Int(v.AsInt()), nil
	}
	if _, ok := v.Raw().(*runtime.BigInt); ok {
		return v, nil
	}
	if _, ok := v.Type().Lookup("__trunc__"); ok {
		return runtime.CallMethod(t, v, "__trunc__")
	}
	return runtime.Null, typeError("type %s doesn't define __trunc__ method", v.TypeName())
}

func mathFactorial(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("math.factorial", args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	n, err := indexValue(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	if intSign(n) < 0 {
		return runtime.Null, valueError("factorial() not defined for negative values")
	}
	if !n.IsInt() {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "factorial() argument should not exceed 9223372036854775807")
	}
	k := n.AsInt()
	if k <= 20 {
		r := int64(1)
		for i := int64(2); i <= k; i++ {
			r *= i
		}
		return runtime.Int(r), nil
	}
	return runtime.NewIntFromBig(new(big.Int).MulRange(1, k)), nil
}

func gcdLcm(t *runtime.Thread, name string, args []runtime.Value, kwnames []string, lcm bool) (runtime.Value, error) {
	if err := runtime.NoKwargs(name, kwnames); err != nil {
		return runtime.Null, err
	}
	if len(args) == 0 {
		if lcm {
			return runtime.Int(1), nil
		}
		return runtime.Int(0), nil
	}
	acc, err := indexValue(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	acc = absInt(acc)
	for _, a := range args[1:] {
		v, err := indexValue(t, a)
		if err != nil {
			return runtime.Null, err
		}
		v = absInt(v)
		if acc.IsInt() && v.IsInt() {
			x, y := acc.AsInt(), v.AsInt()
			g := gcd64(x, y)
			if !lcm {
				acc = runtime.Int(g)
				continue
			}
			if x == 0 || y == 0 {
				acc = runtime.Int(0)
				continue
			}
			q := x / g
			if r := q * y; r/y == q && r >= 0 {
				acc = runtime.Int(r)
				continue
			}
		}
		x, y := toBig(acc), toBig(v)
		g := new(big.Int).GCD(nil, nil, x, y)
		if !lcm {
			acc = runtime.NewIntFromBig(g)
			continue
		}
		if x.Sign() == 0 || y.Sign() == 0 {
			acc = runtime.Int(0)
			continue
		}
		r := new(big.Int).Quo(x, g)
		acc = runtime.NewIntFromBig(r.Mul(r, y))
	}
	return acc, nil
}

func gcd64(x, y int64) int64 {
	for y != 0 {
		x, y = y, x%y
	}
	return x
}

// absInt is abs() of a non-bool int value.
func absInt(v runtime.Value) runtime.Value {
	if b, ok := v.Raw().(*runtime.BigInt); ok {
		if b.V.Sign() < 0 {
			return runtime.NewIntFromBig(new(big.Int).Neg(b.V))
		}
		return v
	}
	if i := v.AsInt(); i < 0 {
		if i == math.MinInt64 {
			return runtime.NewIntFromBig(new(big.Int).Neg(big.NewInt(i)))
		}
		return runtime.Int(-i)
	}
	return v
}

func mathIsqrt(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("math.isqrt", args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	n, err := indexValue(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	if intSign(n) < 0 {
		return runtime.Null, valueError("isqrt() argument must be nonnegative")
	}
	return runtime.NewIntFromBig(new(big.Int).Sqrt(toBig(n))), nil
}

// combArgs reads n and k for comb() and perm().
func combArgs(t *runtime.Thread, nv, kv runtime.Value) (*big.Int, *big.Int, error) {
	n, err := indexValue(t, nv)
	if err != nil {
		return nil, nil, err
	}
	k, err := indexValue(t, kv)
	if err != nil {
		return nil, nil, err
	}
	if intSign(n) < 0 {
		return nil, nil, valueError("n must be a non-negative integer")
	}
	if intSign(k) < 0 {
		return nil, nil, valueError("k must be a non-negative integer")
	}
	return toBig(n), toBig(k), nil
}

func mathComb(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("comb", args, kwnames, 2, 2); err != nil {
		return runtime.Null, err
	}
	n, k, err := combArgs(t, args[0], args[1])
	if err != nil {
		return runtime.Null, err
	}
	if k.Cmp(n) > 0 {
		return runtime.Int(0), nil
	}
	// comb(n, k) == comb(n, n-k): use the smaller k.
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807")
	}
	kk := k.Int64()
	r := big.NewInt(1)
	for i := int64(0); i < kk; i++ {
		r.Mul(r, new(big.Int).Sub(n, big.NewInt(i)))
		r.Quo(r, big.NewInt(i+1))
	}
	return runtime.NewIntFromBig(r), nil
}

func mathPerm(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("perm", args, kwnames, 1, 2); err != nil {
		return runtime.Null, err
	}
	kv := args[0]
	if len(args) == 2 && !args[1].IsNone() {
		kv = args[1]
	}
	n, k, err := combArgs(t, args[0], kv)
	if err != nil {
		return runtime.Null, err
	}
	if k.Cmp(n) > 0 {
		return runtime.Int(0), nil
	}
	if !k.IsInt64() {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "k must not exceed 9223372036854775807")
	}
	kk := k.Int64()
	r := big.NewInt(1)
	for i := int64(0); i < kk; i++ {
		r.Mul(r, new(big.Int).Sub(n, big.NewInt(i)))
	}
	return runtime.NewIntFromBig(r), nil
}

func mathLdexp(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("ldexp", args, kwnames, 2, 2); err != nil {
		return runtime.Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	ev := args[1]
	if !ev.IntLike() {
		return runtime.Null, typeError("Expected an int as second argument to ldexp.")
	}
	var e int64
	if b, ok := ev.Raw().(*runtime.BigInt); ok {
		if b.V.Sign() < 0 {
			e = math.MinInt32
		} else {
			e = math.MaxInt32
		}
	} else {
		e = ev.AsInt()
		if e > math.MaxInt32 {
			e = math.MaxInt32
		} else if e < math.MinInt32 {
			e = math.MinInt32
		}
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return runtime.Float(x), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return runtime.Null, rangeError()
	}
	return runtime.Float(r), nil
}

func mathIsClose(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if npos := len(args) - len(kwnames); npos > 2 {
		return runtime.Null, typeError("isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	for _, k := range kwnames {
		switch k {
		case "a", "b", "rel_tol", "abs_tol":
		default:
			return runtime.Null, errInvalidKw("isclose", k)
		}
	}
	var av, bv, relv, absv runtime.Value
	if err := runtime.ParseArgs("isclose", args, kwnames, 2, []string{"a", "b", "$rel_tol", "$abs_tol"}, &av, &bv, &relv, &absv); err != nil {
		return runtime.Null, err
	}
	a, err := toFloat(t, av)
	if err != nil {
		return runtime.Null, err
	}
	b, err := toFloat(t, bv)
	if err != nil {
		return runtime.Null, err
	}
	rel, abs := 1e-09, 0.0
	if !relv.IsNull() {
		if rel, err = toFloat(t, relv); err != nil {
			return runtime.Null, err
		}
	}
	if !absv.IsNull() {
		if abs, err = toFloat(t, absv); err != nil {
			return runtime.Null, err
		}
	}
	if rel < 0 || abs < 0 {
		return runtime.Null, valueError("tolerances must be non-negative")
	}
	if a == b {
		return runtime.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return runtime.False, nil
	}
	diff := math.Abs(b - a)
	return runtime.Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

// ---- hypot, dist ----

func mathHypot(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.NoKwargs("math.hypot", kwnames); err != nil {
		return runtime.Null, err
	}
	vec := make([]float64, len(args))
	maxv, foundNaN := 0.0, false
	for i, a := range args {
		x, err := toFloat(t, a)
		if err != nil {
			return runtime.Null, err
		}
		x = math.Abs(x)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return runtime.Float(vectorNorm(vec, maxv, foundNaN)), nil
}

func mathDist(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("dist", args, kwnames, 2, 2); err != nil {
		return runtime.Null, err
	}
	p, err := runtime.ToSlice(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	q, err := runtime.ToSlice(t, args[1])
	if err != nil {
		return runtime.Null, err
	}
	if len(p) != len(q) {
		return runtime.Null, valueError("both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	maxv, foundNaN := 0.0, false
	for i := range p {
		px, err := toFloat(t, p[i])
		if err != nil {
			return runtime.Null, err
		}
		qx, err := toFloat(t, q[i])
		if err != nil {
			return runtime.Null, err
		}
		x := math.Abs(px - qx)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return runtime.Float(vectorNorm(vec, maxv, foundNaN)), nil
}

// vectorNorm is CPython 3.11's accurate Euclidean norm of non-negative
// values whose maximum is maxv: scaled, with the squares summed in
// extended precision (Dekker splitting) and a final correction of the
// square root. Products are converted explicitly so that the compiler
// does not fuse them into FMAs, which would change the rounding.
func vectorNorm(vec []float64, maxv float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // 2**27 + 1
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return math.NaN()
	}
	if maxv == 0 || len(vec) <= 1 {
		return maxv
	}
	_, maxE := math.Frexp(maxv)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, maxv/dblMin, foundNaN)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	for _, x := range vec {
		x = float64(x * scale)
		t := float64(x * t27)
		hi := t - (t - x)
		lo := x - hi
		x = float64(hi * hi)
		old := csum
		csum += x
		frac1 += (old - csum) + x
		x = float64(2.0 * hi * lo)
		old = csum
		csum += x
		frac2 += (old - csum) + x
		frac3 += float64(lo * lo)
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
	x := h
	t := float64(x * t27)
	hi := t - (t - x)
	lo := x - hi
	x = float64(-hi * hi)
	old := csum
	csum += x
	frac1 += (old - csum) + x
	x = float64(-2.0 * hi * lo)
	old = csum
	csum += x
	frac2 += (old - csum) + x
	x = float64(-lo * lo)
	old = csum
	csum += x
	frac3 += (old - csum) + x
	x = csum - 1.0 + (frac1 + frac2 + frac3)
	return (h + x/float64(2.0*h)) / scale
}

// ---- fsum, prod ----

// mathFsum is Shewchuk's exact summation as CPython implements it, with
// its final correction for half-even rounding across partials.
func mathFsum(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("math.fsum", args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	var overflow bool
	err := runtime.ForEach(t, args[0], func(v runtime.Value) (bool, error) {
		x, err := toFloat(t, v)
		if err != nil {
			return false, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					overflow = true
					return false, nil
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return true, nil
	})
	if err != nil {
		return runtime.Null, err
	}
	if overflow {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "intermediate overflow in fsum")
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return runtime.Null, valueError("-inf + inf in fsum")
		}
		return runtime.Float(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return runtime.Float(hi), nil
}

func mathProd(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kwvals := splitArgs(args, kwnames)
	acc := runtime.Int(1)
	for i, k := range kwnames {
		if k != "start" {
			return runtime.Null, errInvalidKw("prod", k)
		}
		acc = kwvals[i]
	}
	if len(pos) != 1 {
		return runtime.Null, typeError("prod() takes exactly 1 positional argument (%d given)", len(pos))
	}
	err := runtime.ForEach(t, pos[0], func(x runtime.Value) (bool, error) {
		if acc.IsInt() && x.IsInt() {
			a, b := acc.AsInt(), x.AsInt()
			if r := a * b; a == 0 || (r/a == b && !(a == -1 && b == math.MinInt64)) {
				acc = runtime.Int(r)
				return true, nil
			}
		}
		if acc.IsFloat() && x.IsFloat() {
			acc = runtime.Float(acc.AsFloat() * x.AsFloat())
			return true, nil
		}
		r, err := runtime.BinaryOp(t, runtime.OpMul, acc, x)
		if err != nil {
			return false, err
		}
		acc = r
		return true, nil
	})
	if err != nil {
		return runtime.Null, err
	}
	return acc, nil
}
