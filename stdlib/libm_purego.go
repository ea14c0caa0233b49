//go:build !cgo

package stdlib

import "math"

// Without cgo the math functions are Go's, which may differ from CPython's
// libm in the last place.

func libmSin(x float64) float64 { return math.Sin(x) }

func libmCos(x float64) float64 { return math.Cos(x) }

func libmTan(x float64) float64 { return math.Tan(x) }

func libmAsin(x float64) float64 { return math.Asin(x) }

func libmAcos(x float64) float64 { return math.Acos(x) }

func libmAtan(x float64) float64 { return math.Atan(x) }

func libmSinh(x float64) float64 { return math.Sinh(x) }

func libmCosh(x float64) float64 { return math.Cosh(x) }

func libmTanh(x float64) float64 { return math.Tanh(x) }

func libmAsinh(x float64) float64 { return math.Asinh(x) }

func libmAcosh(x float64) float64 { return math.Acosh(x) }

func libmAtanh(x float64) float64 { return math.Atanh(x) }

func libmExp(x float64) float64 { return math.Exp(x) }

func libmExp2(x float64) float64 { return math.Exp2(x) }

func libmExpm1(x float64) float64 { return math.Expm1(x) }

func libmLog(x float64) float64 { return math.Log(x) }

func libmLog2(x float64) float64 { return math.Log2(x) }

func libmLog10(x float64) float64 { return math.Log10(x) }

func libmLog1p(x float64) float64 { return math.Log1p(x) }

func libmErf(x float64) float64 { return math.Erf(x) }

func libmErfc(x float64) float64 { return math.Erfc(x) }

func libmCbrt(x float64) float64 { return math.Cbrt(x) }

func libmAtan2(x, y float64) float64 { return math.Atan2(x, y) }

func libmPow(x, y float64) float64 { return math.Pow(x, y) }
