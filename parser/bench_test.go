package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aio-lang/aio/compiler"
)

// program10k returns a generated program of 10,000 lines mixing function
// and class definitions, loops, arithmetic, calls, strings and dicts.
func program10k() string {
	var b strings.Builder
	lines := 0
	for i := 0; lines < 10000; i++ {
		chunk := fmt.Sprintf(`# section %[1]d
def compute_%[1]d(a, b=2, *args, scale=1.5, **kw):
    total = 0
    for i in range(a):
        if i %% 3 == 0 and i > b:
            total += i * scale - (b ** 2) // 7
        elif i in kw:
            total -= kw[i]
        else:
            total = total + len(args) * 2
    while total > 1000:
        total /= 2
    return {"name": "compute_%[1]d", "total": total, "items": [x * 2 for x in args if x]}

class Shape%[1]d(Base):
    sides = %[1]d

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height + self.sides

    def describe(self):
        return f"Shape%[1]d({self.width}x{self.height}) area={self.area():.2f}"

try:
    result = compute_%[1]d(10, 3, 1, 2, 3, scale=2.0)
    data = {"key": [1, 2, 3], 'other': (4, 5), "nested": {"a": None, "b": True}}
    print(result["total"], data.get("key"), Shape%[1]d(3, 4).describe())
except (ValueError, KeyError) as err:
    print("error:", err)
`, i)
		b.WriteString(chunk)
		lines += strings.Count(chunk, "\n")
	}
	return b.String()
}

// BenchmarkParse10k parses a generated 10,000-line program and reports the
// parsing speed in lines per second.
func BenchmarkParse10k(b *testing.B) {
	src := program10k()
	lines := strings.Count(src, "\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.aio", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkParseCompile10k parses and compiles the 10,000-line program to
// bytecode: the whole front end, reported in lines per second.
func BenchmarkParseCompile10k(b *testing.B) {
	src := program10k()
	lines := strings.Count(src, "\n")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		mod, err := ParseFile("bench.aio", src)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := compiler.Compile("bench.aio", mod, compiler.ModeExec); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
