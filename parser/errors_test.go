package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// compileTimeErrors are programs CPython rejects in its compiler rather
// than its parser; aio's parser accepts them and leaves them to the
// compiler.
var compileTimeErrors = map[string]bool{
	"return_outside.aio": true,
}

// TestSyntaxErrorFormat parses every program under testdata/errors and
// compares Format() with what CPython 3.11 prints (see
// testdata/gen_errors.py).
func TestSyntaxErrorFormat(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.aio")
	if len(files) < 30 {
		t.Fatalf("found only %d error programs", len(files))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".aio") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ParseFile(name, string(src))
			if compileTimeErrors[name] {
				if err != nil {
					t.Fatalf("want no parse error, got %v", err)
				}
				return
			}
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("want *SyntaxError, got %T %v", err, err)
			}
			if got := se.Format(); got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
