//go:build cgo

package runtime

/*
#cgo LDFLAGS: -lm
#include <math.h>
*/
import "C"

// libmPow is the C library's pow, the one CPython uses for float ** float,
// so results agree to the last bit.
func libmPow(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }
