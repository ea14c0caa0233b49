package runtime

import "strconv"

// FloatRepr is repr(f) as Python writes it: the shortest string that reads
// back as f.
func FloatRepr(f float64) string {
	return strconv.FormatFloat(f, 'r', -1, 64)
}
