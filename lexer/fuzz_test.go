package lexer

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLexer checks that no input makes the lexer panic or loop, that the
// token stream always ends, and that literal decoding copes with every
// string token.
func FuzzLexer(f *testing.F) {
	for _, s := range []string{"x = 1\n", "if x:\n\ty\n  z\n", "f'{x!r:>{w}}'", "'''abc", "0x_1f 1e5j"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<14 {
			return
		}
		l := New("fuzz", src)
		l.DeferErrors()
		for n := 0; ; n++ {
			if n > 4*len(src)+10 {
				t.Fatalf("more tokens than the input can hold")
			}
			tok, err := l.Next()
			if err != nil {
				t.Fatalf("error with DeferErrors: %v", err)
			}
			if tok.Pos.Line < 1 || tok.Pos.Column < 1 {
				t.Fatalf("bad position %v for %q", tok.Pos, tok.Value)
			}
			if tok.Type == String {
				lit := SplitLiteral(tok.Value)
				if lit.Format {
					SplitFString(tok.Value, func(string, int) (any, error) { return nil, nil })
				} else if !lit.Raw {
					Unescape(lit.Body, lit.Bytes)
				}
			}
			if tok.Type == EOF {
				break
			}
		}
	})
}

// TestFuzzSeedsExist makes sure the seed corpus is in place.
func TestFuzzSeedsExist(t *testing.T) {
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzLexer/*")
	if len(seeds) < 20 {
		t.Fatalf("only %d seeds in testdata/fuzz/FuzzLexer", len(seeds))
	}
	if _, err := os.Stat(seeds[0]); err != nil {
		t.Fatal(err)
	}
}
