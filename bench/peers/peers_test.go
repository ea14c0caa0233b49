package peers

// The embedding benchmarks of aio and of three Go-embeddable interpreters,
// doing the same operations (see BENCHMARKS.md, section "Embedding"):
//
//	New         make an interpreter
//	GoToScript  Go calls a trivial script function f(x) = x + 1 by name
//	ScriptToGo  a script loop calls a trivial Go function add(a, b) (per call,
//	            loop included); Typed uses reflection, Native the
//	            interpreter's own calling convention
//	Struct100   pass a 100-field Go struct to a script function that adds
//	            up all its fields

import (
	"context"
	"io"
	"reflect"
	"testing"

	"github.com/aio-lang/aio"
	"github.com/dop251/goja"
	lua "github.com/yuin/gopher-lua"
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"go.starlark.net/syntax"
)

const struct100Sum = 4950

// aio

func BenchmarkAioNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		aio.New()
	}
}

func newAio(b *testing.B, src string) *aio.Interpreter {
	in := aio.New(aio.WithStdout(io.Discard))
	if err := in.Exec(context.Background(), "bench.aio", src); err != nil {
		b.Fatal(err)
	}
	return in
}

func BenchmarkAioGoToScript(b *testing.B) {
	in := newAio(b, "def f(x):\n    return x + 1\n")
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

func aioLoop(b *testing.B, in *aio.Interpreter) {
	if err := in.Exec(context.Background(), "loop.aio", "def loop(n):\n    for i in range(n):\n        add(i, 1)\n"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := in.Call(context.Background(), "loop", b.N); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkAioScriptToGoTyped(b *testing.B) {
	in := aio.New()
	in.Func("add", func(a, b int) int { return a + b })
	aioLoop(b, in)
}

func BenchmarkAioScriptToGoNative(b *testing.B) {
	in := aio.New()
	in.Func("add", func(a aio.Args) (any, error) {
		x, err := a.Int(0)
		if err != nil {
			return nil, err
		}
		y, err := a.Int(1)
		return x + y, err
	})
	aioLoop(b, in)
}

func BenchmarkAioStruct100(b *testing.B) {
	in := newAio(b, "def total(s):\n    return "+sumExpr("s")+"\n")
	s := newStruct100()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := in.Call(ctx, "total", s)
		if err != nil || v.(int64) != struct100Sum {
			b.Fatal(v, err)
		}
	}
}

// goja

func BenchmarkGojaNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		goja.New()
	}
}

func newGoja(b *testing.B, src string) *goja.Runtime {
	vm := goja.New()
	if _, err := vm.RunString(src); err != nil {
		b.Fatal(err)
	}
	return vm
}

func BenchmarkGojaGoToScript(b *testing.B) {
	vm := newGoja(b, "function f(x) { return x + 1 }")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fn, _ := goja.AssertFunction(vm.Get("f"))
		v, err := fn(goja.Undefined(), vm.ToValue(i))
		if err != nil || v.ToInteger() != int64(i+1) {
			b.Fatal(v, err)
		}
	}
}

func gojaLoop(b *testing.B, vm *goja.Runtime) {
	if _, err := vm.RunString("function loop(n) { for (var i = 0; i < n; i++) { add(i, 1) } }"); err != nil {
		b.Fatal(err)
	}
	loop, _ := goja.AssertFunction(vm.Get("loop"))
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := loop(goja.Undefined(), vm.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkGojaScriptToGoTyped(b *testing.B) {
	vm := goja.New()
	vm.Set("add", func(a, b int) int { return a + b })
	gojaLoop(b, vm)
}

func BenchmarkGojaScriptToGoNative(b *testing.B) {
	vm := goja.New()
	vm.Set("add", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(c.Argument(0).ToInteger() + c.Argument(1).ToInteger())
	})
	gojaLoop(b, vm)
}

func BenchmarkGojaStruct100(b *testing.B) {
	vm := newGoja(b, "function total(s) { return "+sumExpr("s")+" }")
	s := newStruct100()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fn, _ := goja.AssertFunction(vm.Get("total"))
		v, err := fn(goja.Undefined(), vm.ToValue(s))
		if err != nil || v.ToInteger() != struct100Sum {
			b.Fatal(v, err)
		}
	}
}

// gopher-lua

func BenchmarkLuaNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		lua.NewState()
	}
}

func newLua(b *testing.B, src string) *lua.LState {
	L := lua.NewState()
	if err := L.DoString(src); err != nil {
		b.Fatal(err)
	}
	return L
}

func BenchmarkLuaGoToScript(b *testing.B) {
	L := newLua(b, "function f(x) return x + 1 end")
	defer L.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := L.CallByParam(lua.P{Fn: L.GetGlobal("f"), NRet: 1, Protect: true}, lua.LNumber(i)); err != nil {
			b.Fatal(err)
		}
		v := L.Get(-1)
		L.Pop(1)
		if int(v.(lua.LNumber)) != i+1 {
			b.Fatal(v)
		}
	}
}

func BenchmarkLuaScriptToGoNative(b *testing.B) {
	L := newLua(b, "function loop(n) for i = 1, n do add(i, 1) end end")
	defer L.Close()
	L.SetGlobal("add", L.NewFunction(func(L *lua.LState) int {
		L.Push(lua.LNumber(L.CheckInt(1) + L.CheckInt(2)))
		return 1
	}))
	b.ReportAllocs()
	b.ResetTimer()
	if err := L.CallByParam(lua.P{Fn: L.GetGlobal("loop"), NRet: 0, Protect: true}, lua.LNumber(b.N)); err != nil {
		b.Fatal(err)
	}
}

// luaStruct converts a struct to a table by reflection, as a host would.
func luaStruct(L *lua.LState, s any) *lua.LTable {
	rv := reflect.ValueOf(s)
	rt := rv.Type()
	t := L.CreateTable(0, rt.NumField())
	for i := 0; i < rt.NumField(); i++ {
		t.RawSetString(rt.Field(i).Name, lua.LNumber(rv.Field(i).Int()))
	}
	return t
}

func BenchmarkLuaStruct100(b *testing.B) {
	L := newLua(b, "function total(s) return "+sumExpr("s")+" end")
	defer L.Close()
	s := newStruct100()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := L.CallByParam(lua.P{Fn: L.GetGlobal("total"), NRet: 1, Protect: true}, luaStruct(L, s)); err != nil {
			b.Fatal(err)
		}
		v := L.Get(-1)
		L.Pop(1)
		if int(v.(lua.LNumber)) != struct100Sum {
			b.Fatal(v)
		}
	}
}

// starlark

var sinkThread *starlark.Thread

// BenchmarkStarlarkNew makes a thread: starlark has no interpreter object
// (its universe of builtins is shared by all threads).
func BenchmarkStarlarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkThread = &starlark.Thread{Name: "bench"}
	}
}

func newStarlark(b *testing.B, src string, predeclared starlark.StringDict) (*starlark.Thread, starlark.StringDict) {
	thread := &starlark.Thread{Name: "bench"}
	globals, err := starlark.ExecFileOptions(&syntax.FileOptions{}, thread, "bench.star", src, predeclared)
	if err != nil {
		b.Fatal(err)
	}
	return thread, globals
}

func BenchmarkStarlarkGoToScript(b *testing.B) {
	thread, globals := newStarlark(b, "def f(x):\n    return x + 1\n", nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := starlark.Call(thread, globals["f"], starlark.Tuple{starlark.MakeInt(i)}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if n, _ := starlark.AsInt32(v); n != i+1 {
			b.Fatal(v)
		}
	}
}

func BenchmarkStarlarkScriptToGoNative(b *testing.B) {
	add := starlark.NewBuiltin("add", func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x, y int
		if err := starlark.UnpackPositionalArgs("add", args, kwargs, 2, &x, &y); err != nil {
			return nil, err
		}
		return starlark.MakeInt(x + y), nil
	})
	thread, globals := newStarlark(b, "def loop(n):\n    for i in range(n):\n        add(i, 1)\n", starlark.StringDict{"add": add})
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := starlark.Call(thread, globals["loop"], starlark.Tuple{starlark.MakeInt(b.N)}, nil); err != nil {
		b.Fatal(err)
	}
}

// starlarkStruct converts a struct to a starlark struct by reflection.
func starlarkStruct(s any) *starlarkstruct.Struct {
	rv := reflect.ValueOf(s)
	rt := rv.Type()
	d := make(starlark.StringDict, rt.NumField())
	for i := 0; i < rt.NumField(); i++ {
		d[rt.Field(i).Name] = starlark.MakeInt64(rv.Field(i).Int())
	}
	return starlarkstruct.FromStringDict(starlarkstruct.Default, d)
}

func BenchmarkStarlarkStruct100(b *testing.B) {
	thread, globals := newStarlark(b, "def total(s):\n    return "+sumExpr("s")+"\n", nil)
	s := newStruct100()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := starlark.Call(thread, globals["total"], starlark.Tuple{starlarkStruct(s)}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if n, _ := starlark.AsInt32(v); n != struct100Sum {
			b.Fatal(v)
		}
	}
}
