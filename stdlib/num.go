package stdlib

import (
	"math"
	"math/big"

	"github.com/aio-lang/aio/runtime"
)

// This file holds the numeric conversions that the builtins and the math
// module share.

// toFloat is CPython's PyFloat_AsDouble: floats as they are, ints rounded
// to the nearest float, then __float__ and __index__.
func toFloat(t *runtime.Thread, v runtime.Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	return runtime.ToFloat(t, v)
}

// bigToFloat rounds a big int to the nearest float, half to even.
func bigToFloat(b *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, runtime.Errorf(runtime.OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// floatToInt converts an integral-valued float to an int value (small
// when it fits), failing for infinities and NaN like int(x).
func floatToInt(f float64) (runtime.Value, error) {
	if math.IsInf(f, 0) {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return runtime.Null, valueError("cannot convert float NaN to integer")
	}
	if f >= -9.223372036854775e18 && f <= 9.223372036854775e18 {
		return runtime.Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return runtime.NewIntFromBig(b), nil
}

// toBig returns an int value as a big.Int (a fresh one for small ints).
func toBig(v runtime.Value) *big.Int {
	if b, ok := v.Raw().(*runtime.BigInt); ok {
		return b.V
	}
	return big.NewInt(v.AsInt())
}

// indexValue is operator.index(v) normalised to a plain int value (bools
// become 0 or 1).
func indexValue(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
	r, err := runtime.Index(t, v)
	if err != nil {
		return runtime.Null, err
	}
	if r.IsBool() {
		return runtime.Int(r.AsInt()), nil
	}
	return r, nil
}

// intSign is the sign of an int value.
func intSign(v runtime.Value) int {
	if b, ok := v.Raw().(*runtime.BigInt); ok {
		return b.V.Sign()
	}
	switch i := v.AsInt(); {
	case i < 0:
		return -1
	case i > 0:
		return 1
	}
	return 0
}
