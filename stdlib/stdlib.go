// Package stdlib is aio's standard library: the builtins namespace and the
// native modules (math, time, sys). It works on runtime values only and
// never reaches into the vm: script functions are called through
// runtime.Call like any other callable.
package stdlib

import (
	"github.com/aio-lang/aio/runtime"
)

// Options choose what the host grants scripts.
type Options struct {
	// AllowFiles makes open() work on the host's file system; without it
	// open() raises PermissionError.
	AllowFiles bool
	// AllowNetwork lets asyncio open sockets (open_connection,
	// start_server, create_server, create_connection); without it they
	// raise PermissionError.
	AllowNetwork bool
	// AllowSubprocess lets asyncio start child processes
	// (create_subprocess_exec, create_subprocess_shell); without it they
	// raise PermissionError.
	AllowSubprocess bool
}

// Builtins makes the builtins namespace. The vm adds __build_class__,
// globals, locals, exec and eval, and wraps vars() and dir() for their
// zero-argument forms.
func Builtins(opts Options) *runtime.AttrDict {
	d := runtime.NewAttrDict()
	installTypes(d)
	installCore(d)
	installIter(d)
	installNum(d)
	installIO(d, opts)
	for _, e := range runtime.ExceptionTypes {
		d.Set(e.Name, runtime.Obj(e))
	}
	d.Set("NotImplemented", runtime.NotImplemented)
	d.Set("Ellipsis", runtime.Ellipsis)
	d.Set("__debug__", runtime.True)
	return d
}

// Modules lists the native modules by name; each function builds a fresh
// module for the thread that imports it.
func Modules(opts Options) map[string]func(t *runtime.Thread) (*runtime.Module, error) {
	return map[string]func(t *runtime.Thread) (*runtime.Module, error){
		"math":    newMathModule,
		"time":    newTimeModule,
		"sys":     newSysModule,
		"asyncio": func(t *runtime.Thread) (*runtime.Module, error) { return newAsyncioNetModule(t, opts) },
		"json":    newJSONModule,
		"aiohttp": func(t *runtime.Thread) (*runtime.Module, error) { return newAiohttpModule(t, opts) },
		"httpx":   func(t *runtime.Thread) (*runtime.Module, error) { return newHTTPXModule(t, opts) },
	}
}

// installTypes puts the built-in classes in the namespace.
func installTypes(d *runtime.AttrDict) {
	for _, typ := range []*runtime.Type{
		runtime.ObjectType, runtime.TypeType, runtime.IntType, runtime.FloatType,
		runtime.BoolType, runtime.StrType, runtime.BytesType, runtime.ByteArrayType,
		runtime.ListType, runtime.TupleType, runtime.DictType, runtime.SetType,
		runtime.FrozenSetType, runtime.RangeType, runtime.SliceType, runtime.PropertyType,
		runtime.StaticMethodType, runtime.ClassMethodType, runtime.SuperType,
		runtime.ReversedType, runtime.ComplexType,
	} {
		if typ == runtime.ComplexType && typ.New == nil {
			continue
		}
		d.Set(typ.Name, runtime.Obj(typ))
	}
}

// newNativeModule makes a module with the attributes every built-in
// module has.
func newNativeModule(name string) *runtime.Module {
	m := runtime.NewModule(name)
	m.Dict.Set("__doc__", runtime.None)
	m.Dict.Set("__package__", runtime.Str(""))
	m.Dict.Set("__loader__", runtime.None)
	m.Dict.Set("__spec__", runtime.None)
	return m
}

// def installs a builtin function under name.
func def(d *runtime.AttrDict, name string, fn runtime.BuiltinFunc) {
	d.Set(name, runtime.NewBuiltin(name, fn))
}

// newModuleFunc makes a function of a native module.
func newModuleFunc(module, name string, fn runtime.BuiltinFunc) runtime.Value {
	return runtime.Obj(&runtime.Builtin{Name: name, Module: module, Fn: fn})
}

// errInvalidKw is CPython's message for an unknown keyword argument of a
// builtin that takes a fixed set of keywords.
func errInvalidKw(fname, kw string) error {
	return runtime.Errorf(runtime.TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw, fname)
}

// splitArgs separates positional arguments from keyword values.
func splitArgs(args []runtime.Value, kwnames []string) (pos, kwvals []runtime.Value) {
	n := len(args) - len(kwnames)
	return args[:n], args[n:]
}

// typeError is shorthand for a TypeError.
func typeError(format string, args ...any) error {
	return runtime.Errorf(runtime.TypeErrorType, format, args...)
}

// valueError is shorthand for a ValueError.
func valueError(format string, args ...any) error {
	return runtime.Errorf(runtime.ValueErrorType, format, args...)
}

// copyValues copies a borrowed argument slice.
func copyValues(v []runtime.Value) []runtime.Value {
	return append([]runtime.Value(nil), v...)
}

// addIterMethods gives an iterator type the __iter__ and __next__ methods
// that mirror its slots.
func addIterMethods(typ *runtime.Type) {
	typ.AddMethod("__iter__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("__iter__", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return self, nil
	})
	typ.AddMethod("__next__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("__next__", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		r, ok, err := typ.Slots.Next(t, self)
		if err != nil {
			return runtime.Null, err
		}
		if !ok {
			return runtime.Null, runtime.NewException(runtime.StopIterationType)
		}
		return r, nil
	})
}

func iterSelf(t *runtime.Thread, v runtime.Value) (runtime.Value, error) { return v, nil }
