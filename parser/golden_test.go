package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenAST parses every .aio file under testdata/ast and
// testdata/conformance and compares the dump of its tree, positions
// included, with the .ast file CPython produced (see testdata/gen_golden.py).
func TestGoldenAST(t *testing.T) {
	var files []string
	for _, root := range []string{"testdata/ast", "testdata/conformance"} {
		filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(path, ".aio") {
				files = append(files, path)
			}
			return nil
		})
	}
	if len(files) < 80 {
		t.Fatalf("found only %d test programs", len(files))
	}
	for _, path := range files {
		t.Run(path, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".aio") + ".ast")
			if err != nil {
				t.Fatal(err)
			}
			m, err := ParseFile(path, string(src))
			if err != nil {
				t.Fatalf("parse error: %v", err)
			}
			got := DumpModule(m, true)
			if w := strings.TrimSpace(string(want)); got != w {
				t.Errorf("dump differs\n%s", firstDifference(got, w))
			}
		})
	}
}

// firstDifference shows both texts around the first place they differ.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-200)
	return "got:  ..." + got[from:min(len(got), i+150)] + "\nwant: ..." + want[from:min(len(want), i+150)]
}
