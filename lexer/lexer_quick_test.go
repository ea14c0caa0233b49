package lexer

import (
	"fmt"
	"testing"
)

func TestQuick(t *testing.T) {
	for _, src := range []string{"if x:\n    a = 1\n  b = 2\n", "x = (1,\n 2)\nif a:\n\tpass\n", "f(x for x in y)\n", "x = 0x_1f + 1.5e-3j + .5\n", "s = rb'a\\'b' \"\"\"x\ny\"\"\"\n", "a = 1 \\\n + 2\n", "x = 1\n\n# c\n   # d\n  \ny = 2"} {
		toks, err := Tokenize("t", src)
		fmt.Printf("%q\n", src)
		for _, tk := range toks {
			fmt.Printf("  %s %q %d:%d\n", TypeName(tk.Type), tk.Value, tk.Pos.Line, tk.Pos.Column)
		}
		if err != nil {
			fmt.Println("  ERR", err)
		}
	}
	parts, err := SplitFString(`f"a{x!r:>{w}}b{{c}} {y=} {z = :>3} \{q}"`, nil)
	fmt.Println(err)
	for _, p := range parts {
		if p.Field != nil {
			fmt.Printf("  field %q at %d conv %c spec %v %+v\n", p.Field.Expr, p.Field.Offset, p.Field.Conversion, p.Field.HasSpec, p.Field.Spec)
		} else {
			fmt.Printf("  text %q\n", p.Text)
		}
	}
}
