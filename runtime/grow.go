package runtime

// appendGrow is append(s, v) for slices that may grow very large: past 256
// elements it doubles the capacity where append would grow it by about a
// quarter. The old arrays are garbage until the next collection, so growing
// to n elements by quarters allocates about five times n in all, and
// doubling about two times: with the collector running rarely (GOGC=400 in
// the command), that garbage is what the process's peak memory holds.
func appendGrow[T any](s []T, v T) []T {
	if len(s) == cap(s) && len(s) >= 256 {
		s = growDouble(s)
	}
	return append(s, v)
}

func growDouble[T any](s []T) []T {
	n := make([]T, len(s), 2*cap(s))
	copy(n, s)
	return n
}
