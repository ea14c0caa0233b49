package runtime

import (
	"strings"
	"testing"
)

// numLit parses a test operand: True/False, an int, or a float repr.
func numLit(t *testing.T, s string) Value {
	t.Helper()
	switch s {
	case "True":
		return True
	case "False":
		return False
	}
	if strings.ContainsAny(s, ".en") && !strings.HasPrefix(s, "0x") {
		f, ok := ParseFloatText(s)
		if !ok {
			t.Fatalf("bad float literal %q", s)
		}
		return Float(f)
	}
	v, err := ParseIntLiteral(s, 10)
	if err != nil {
		t.Fatalf("bad int literal %q: %v", s, err)
	}
	return v
}

var numOpBySymbol = map[string]BinOp{
	"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpTrueDiv, "//": OpFloorDiv, "%": OpMod,
	"**": OpPow, "<<": OpLShift, ">>": OpRShift, "&": OpAnd, "|": OpOr, "^": OpXor,
}

// numResult renders a value or an error as the tables write them.
func numResult(v Value, err error) string {
	if err != nil {
		return err.Error()
	}
	s, err := Repr(nil, v)
	if err != nil {
		return "repr error: " + err.Error()
	}
	return s
}

func TestNumBinaryTable(t *testing.T) {
	for _, c := range numBinaryCases {
		a, b := numLit(t, c.a), numLit(t, c.b)
		got := numResult(BinaryOp(nil, numOpBySymbol[c.op], a, b))
		if got != c.want {
			t.Errorf("%s %s %s = %s, want %s", c.a, c.op, c.b, got, c.want)
		}
	}
}

func TestNumCompareTable(t *testing.T) {
	for _, c := range numCompareCases {
		a, b := numLit(t, c.a), numLit(t, c.b)
		var parts []string
		for op := CmpLt; op <= CmpGe; op++ {
			parts = append(parts, numResult(RichCompare(nil, a, b, op)))
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("compare %s, %s = %s, want %s", c.a, c.b, got, c.want)
		}
	}
}

func TestNumHashTable(t *testing.T) {
	for _, c := range numHashCases {
		h, err := Hash(nil, numLit(t, c.v))
		if got := numResult(Int(h), err); got != c.want {
			t.Errorf("hash(%s) = %s, want %s", c.v, got, c.want)
		}
	}
}
