package parser

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/aio-lang/aio/ast"
)

// numberValue returns the value of a numeric literal the lexer accepted.
// Integers too large for int64 keep their decimal digits in BigInt.
func numberValue(text string) ast.ConstValue {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(text[:len(text)-1], 64)
		return ast.ConstValue{Kind: ast.ConstImag, Float: f}
	}
	base, digits := 10, text
	if len(text) > 1 && text[0] == '0' {
		switch text[1] | 0x20 {
		case 'x':
			base, digits = 16, text[2:]
		case 'o':
			base, digits = 8, text[2:]
		case 'b':
			base, digits = 2, text[2:]
		}
	}
	if base == 10 && strings.ContainsAny(text, ".eE") {
		f, _ := strconv.ParseFloat(text, 64) // out of range gives ±Inf or 0, as in Python
		return ast.ConstValue{Kind: ast.ConstFloat, Float: f}
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return ast.ConstValue{Kind: ast.ConstInt, Int: v}
	}
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return ast.ConstValue{Kind: ast.ConstInt}
	}
	return ast.ConstValue{Kind: ast.ConstBigInt, BigInt: n.String()}
}
