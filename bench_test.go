package aio_test

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/aio-lang/aio"
)

// The embedding benchmarks; bench/peers runs the same operations on other
// Go-embeddable interpreters (see BENCHMARKS.md, section "Embedding").

// BenchmarkNew makes an interpreter.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		aio.New()
	}
}

// BenchmarkCallGoToAio calls a trivial script function by name.
func BenchmarkCallGoToAio(b *testing.B) {
	in := aio.New(aio.WithStdout(io.Discard))
	if err := in.Exec(context.Background(), "bench.aio", "def f(x):\n    return x + 1\n"); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := in.Call(ctx, "f", i)
		if err != nil || v.(int64) != int64(i+1) {
			b.Fatal(v, err)
		}
	}
}

// benchLoop measures a script loop calling the Go function add, per call.
func benchLoop(b *testing.B, in *aio.Interpreter) {
	if err := in.Exec(context.Background(), "loop.aio", "def loop(n):\n    for i in range(n):\n        add(i, 1)\n"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := in.Call(context.Background(), "loop", b.N); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkCallAioToGo calls a trivial typed Go function from a script.
func BenchmarkCallAioToGo(b *testing.B) {
	in := aio.New()
	in.Func("add", func(a, b int) int { return a + b })
	benchLoop(b, in)
}

// BenchmarkCallAioToGoArgs calls a Go function of the Args form.
func BenchmarkCallAioToGoArgs(b *testing.B) {
	in := aio.New()
	in.Func("add", func(a aio.Args) (any, error) {
		x, err := a.Int(0)
		if err != nil {
			return nil, err
		}
		y, err := a.Int(1)
		return x + y, err
	})
	benchLoop(b, in)
}

// BenchmarkCallAioToGoReflect calls a typed Go function whose signature
// has no fast path (reflect.Value.Call).
func BenchmarkCallAioToGoReflect(b *testing.B) {
	in := aio.New()
	in.Func("add", func(a, b int32) int32 { return a + b })
	benchLoop(b, in)
}

// BenchmarkCallAioToGoLowLevel calls a Go function of the low-level form.
func BenchmarkCallAioToGoLowLevel(b *testing.B) {
	in := aio.New()
	in.Func("add", func(args []any, kwargs map[string]any) (any, error) {
		return args[0].(int64) + args[1].(int64), nil
	})
	benchLoop(b, in)
}

// Struct100 is a struct with 100 fields.
type Struct100 struct {
	F0, F1, F2, F3, F4, F5, F6, F7, F8, F9           int
	F10, F11, F12, F13, F14, F15, F16, F17, F18, F19 int
	F20, F21, F22, F23, F24, F25, F26, F27, F28, F29 int
	F30, F31, F32, F33, F34, F35, F36, F37, F38, F39 int
	F40, F41, F42, F43, F44, F45, F46, F47, F48, F49 int
	F50, F51, F52, F53, F54, F55, F56, F57, F58, F59 int
	F60, F61, F62, F63, F64, F65, F66, F67, F68, F69 int
	F70, F71, F72, F73, F74, F75, F76, F77, F78, F79 int
	F80, F81, F82, F83, F84, F85, F86, F87, F88, F89 int
	F90, F91, F92, F93, F94, F95, F96, F97, F98, F99 int
}

func newStruct100() Struct100 {
	var s Struct100
	rv := reflect.ValueOf(&s).Elem()
	for i := 0; i < 100; i++ {
		rv.Field(i).SetInt(int64(i))
	}
	return s
}

// BenchmarkConvertStruct100 passes a 100-field struct to a script
// function that adds up all the fields.
func BenchmarkConvertStruct100(b *testing.B) {
	fields := make([]string, 100)
	for i := range fields {
		fields[i] = fmt.Sprintf("s.F%d", i)
	}
	in := aio.New()
	if err := in.Exec(context.Background(), "bench.aio", "def total(s):\n    return "+strings.Join(fields, " + ")+"\n"); err != nil {
		b.Fatal(err)
	}
	s := newStruct100()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := in.Call(ctx, "total", s)
		if err != nil || v.(int64) != 4950 {
			b.Fatal(v, err)
		}
	}
}

// BenchmarkGetDict100 converts a 100-key dict to a map[string]any.
func BenchmarkGetDict100(b *testing.B) {
	in := aio.New()
	if err := in.Exec(context.Background(), "bench.aio", "d = {f'k{i}': i for i in range(100)}"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := in.Get("d"); err != nil {
			b.Fatal(err)
		}
	}
}
