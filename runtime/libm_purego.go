//go:build !cgo

package runtime

// libmPow falls back to the correctly rounded Go implementation when cgo
// is off; it may differ from CPython's glibc pow in the last place.
func libmPow(x, y float64) float64 {
	if r, ok := powOfTwo(x, y); ok {
		return r
	}
	return powPositive(x, y)
}
