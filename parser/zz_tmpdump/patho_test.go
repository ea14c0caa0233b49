package zz_tmpdump

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aio-lang/aio/parser"
)

func TestPathological(t *testing.T) {
	cases := map[string]string{
		"names":        "print " + strings.Repeat("a ", 50000) + "\n",
		"commas":       "x = [" + strings.Repeat("a b, ", 20000) + "]\n",
		"deep":         strings.Repeat("(", 199) + "a b" + strings.Repeat(")", 199) + "\n",
		"deepnames":    strings.Repeat("(a ", 199) + "\n",
		"longcall":     "f(" + strings.Repeat("a, ", 100000) + ")\n",
		"fstrings":     "x = f'" + strings.Repeat("{a}", 50000) + "'\n",
		"unicode":      "x = 'é' + " + strings.Repeat("é + ", 50000) + "1\n",
		"manylines":    strings.Repeat("x = 1\n", 200000),
		"nestedif":     "x = " + strings.Repeat("a if b else ", 1500) + "c\n",
		"dictkeys":     "x = {" + strings.Repeat("1: 2, 3 ", 10000) + "}\n",
		"legacy":       strings.Repeat("[a ", 150) + strings.Repeat("b c ", 10000) + "\n",
		"walrus":       "(" + strings.Repeat("a := ", 1500) + "1)\n",
		"unclosedlong": "f(" + strings.Repeat("a b\n", 20000),
	}
	for name, src := range cases {
		start := time.Now()
		_, err := parser.ParseFile("p", src)
		msg := "ok"
		if err != nil {
			msg = err.Error()
			if len(msg) > 80 {
				msg = msg[:80]
			}
		}
		fmt.Printf("%-12s %8d bytes %v  %s\n", name, len(src), time.Since(start), msg)
	}
}
