//go:build cgo

package stdlib

import "testing"

// Inputs where Go's math package and glibc (hence CPython) disagree in the
// last place; the module must print CPython's values.
func TestMathMatchesLibm(t *testing.T) {
	e := newEnv(Options{})
	runCases(t, e, []callCase{
		{"math.sin", V(I(10)), nil, "-0.5440211108893698"},
		{"math.cos", V(F(0.8086546201638074)), nil, "0.6904722500056357"},
		{"math.tan", V(F(9.902513662775497)), nil, "0.5177362244573175"},
		{"math.exp", V(F(-3.179257377106448)), nil, "0.04161654905055932"},
		{"math.log", V(I(3)), nil, "1.0986122886681098"},
		{"math.pow", V(F(0.15527267446490534), F(6.657566538545947)), nil, "4.117763143736971e-06"},
		{"math.pow", V(F(0.41913375397029107), F(2.459814640884929)), nil, "0.11777618640873395"},
		{"math.cbrt", V(I(27)), nil, "3.0000000000000004"},
	})
}
