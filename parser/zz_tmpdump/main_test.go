package zz_tmpdump

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aio-lang/aio/parser"
)

// TestDump reads file names from $DUMP_FILES and prints, per file, the dump
// or the formatted error, separated by a marker line.
func TestDump(t *testing.T) {
	out, _ := os.Create(os.Getenv("DUMP_OUT"))
	defer out.Close()
	for _, f := range strings.Fields(os.Getenv("DUMP_FILES")) {
		src, _ := os.ReadFile(f)
		m, err := parser.ParseFile(f, string(src))
		if err != nil {
			if se, ok := err.(*parser.SyntaxError); ok {
				fmt.Fprint(out, se.Format())
			} else {
				fmt.Fprintln(out, "NONSYNTAX", err)
			}
		} else {
			fmt.Fprintln(out, parser.DumpModule(m, true))
		}
		fmt.Fprintln(out, "=====")
	}
}
