package aio

import (
	"reflect"

	"github.com/aio-lang/aio/runtime"
)

// This file calls Go functions of common signatures (see
// fastfunc_table.go) without reflect.Value.Call, which costs several
// hundred nanoseconds a call.

// fastCaller calls a Go function with positional script arguments.
type fastCaller func(f *goFunc, args []runtime.Value) (runtime.Value, error)

// argOf converts a script argument to the parameter type A.
func argOf[A any](in *Interpreter, v runtime.Value) (a A, err error) {
	switch p := any(&a).(type) {
	case *int:
		if v.IsInt() {
			*p = int(v.AsInt())
			return a, nil
		}
	case *int64:
		if v.IsInt() {
			*p = v.AsInt()
			return a, nil
		}
	case *float64:
		if v.IsFloat() {
			*p = v.AsFloat()
			return a, nil
		}
		if v.IsInt() {
			*p = float64(v.AsInt())
			return a, nil
		}
	case *string:
		if s, ok := v.Raw().(*runtime.StrObject); ok {
			*p = s.S
			return a, nil
		}
	case *bool:
		if v.IsBool() {
			*p = v.AsBool()
			return a, nil
		}
	case *any:
		*p, err = in.toGo(v)
		return a, err
	}
	rv, err := in.convertTo(v, reflect.TypeFor[A](), 0)
	if err != nil {
		return a, err
	}
	return rv.Interface().(A), nil
}

// resultOf converts a result of type R.
func resultOf[R any](in *Interpreter, r R) (runtime.Value, error) {
	switch x := any(r).(type) {
	case int:
		return runtime.Int(int64(x)), nil
	case int64:
		return runtime.Int(x), nil
	case float64:
		return runtime.Float(x), nil
	case string:
		return runtime.Str(x), nil
	case bool:
		return runtime.Bool(x), nil
	}
	return in.toValue(any(r))
}

// guard runs call with the interpreter set aside (see aside) and panics
// turned into a RuntimeError.
func (f *goFunc) guard(call func()) (err error) {
	how := f.in.aside()
	defer func() {
		f.in.unaside(how)
		if p := recover(); p != nil {
			err = f.panicked(p)
		}
	}()
	call()
	return nil
}

// errResult raises the error a function returned.
func (f *goFunc) errResult(e error) (runtime.Value, error) {
	if e != nil {
		return runtime.Null, f.in.exceptionFor(e)
	}
	return runtime.None, nil
}

func fastV0(fn func()) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 0 {
			return runtime.Null, f.checkCount(len(args))
		}
		if err := f.guard(fn); err != nil {
			return runtime.Null, err
		}
		return runtime.None, nil
	}
}

func fastE0(fn func() error) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 0 {
			return runtime.Null, f.checkCount(len(args))
		}
		var e error
		if err := f.guard(func() { e = fn() }); err != nil {
			return runtime.Null, err
		}
		return f.errResult(e)
	}
}

func fast0[R any](fn func() R) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 0 {
			return runtime.Null, f.checkCount(len(args))
		}
		var r R
		if err := f.guard(func() { r = fn() }); err != nil {
			return runtime.Null, err
		}
		return resultOf(f.in, r)
	}
}

func fast0E[R any](fn func() (R, error)) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 0 {
			return runtime.Null, f.checkCount(len(args))
		}
		var r R
		var e error
		if err := f.guard(func() { r, e = fn() }); err != nil {
			return runtime.Null, err
		}
		if e != nil {
			return f.errResult(e)
		}
		return resultOf(f.in, r)
	}
}

func fastV1[A any](fn func(A)) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 1 {
			return runtime.Null, f.checkCount(len(args))
		}
		a, err := argOf[A](f.in, args[0])
		if err != nil {
			return runtime.Null, f.argError(0, err)
		}
		if err := f.guard(func() { fn(a) }); err != nil {
			return runtime.Null, err
		}
		return runtime.None, nil
	}
}

func fastE1[A any](fn func(A) error) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 1 {
			return runtime.Null, f.checkCount(len(args))
		}
		a, err := argOf[A](f.in, args[0])
		if err != nil {
			return runtime.Null, f.argError(0, err)
		}
		var e error
		if err := f.guard(func() { e = fn(a) }); err != nil {
			return runtime.Null, err
		}
		return f.errResult(e)
	}
}

func fast1[A, R any](fn func(A) R) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 1 {
			return runtime.Null, f.checkCount(len(args))
		}
		a, err := argOf[A](f.in, args[0])
		if err != nil {
			return runtime.Null, f.argError(0, err)
		}
		var r R
		if err := f.guard(func() { r = fn(a) }); err != nil {
			return runtime.Null, err
		}
		return resultOf(f.in, r)
	}
}

func fast1E[A, R any](fn func(A) (R, error)) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 1 {
			return runtime.Null, f.checkCount(len(args))
		}
		a, err := argOf[A](f.in, args[0])
		if err != nil {
			return runtime.Null, f.argError(0, err)
		}
		var r R
		var e error
		if err := f.guard(func() { r, e = fn(a) }); err != nil {
			return runtime.Null, err
		}
		if e != nil {
			return f.errResult(e)
		}
		return resultOf(f.in, r)
	}
}

func fastV2[A, B any](fn func(A, B)) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		a, b, err := args2[A, B](f, args)
		if err != nil {
			return runtime.Null, err
		}
		if err := f.guard(func() { fn(a, b) }); err != nil {
			return runtime.Null, err
		}
		return runtime.None, nil
	}
}

func fastE2[A, B any](fn func(A, B) error) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		a, b, err := args2[A, B](f, args)
		if err != nil {
			return runtime.Null, err
		}
		var e error
		if err := f.guard(func() { e = fn(a, b) }); err != nil {
			return runtime.Null, err
		}
		return f.errResult(e)
	}
}

func fast2[A, B, R any](fn func(A, B) R) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		a, b, err := args2[A, B](f, args)
		if err != nil {
			return runtime.Null, err
		}
		var r R
		if err := f.guard(func() { r = fn(a, b) }); err != nil {
			return runtime.Null, err
		}
		return resultOf(f.in, r)
	}
}

func fast2E[A, B, R any](fn func(A, B) (R, error)) fastCaller {
	return func(f *goFunc, args []runtime.Value) (runtime.Value, error) {
		a, b, err := args2[A, B](f, args)
		if err != nil {
			return runtime.Null, err
		}
		var r R
		var e error
		if err := f.guard(func() { r, e = fn(a, b) }); err != nil {
			return runtime.Null, err
		}
		if e != nil {
			return f.errResult(e)
		}
		return resultOf(f.in, r)
	}
}

// args2 converts the two arguments of a two-parameter function.
func args2[A, B any](f *goFunc, args []runtime.Value) (a A, b B, err error) {
	if len(args) != 2 {
		return a, b, f.checkCount(len(args))
	}
	if a, err = argOf[A](f.in, args[0]); err != nil {
		return a, b, f.argError(0, err)
	}
	if b, err = argOf[B](f.in, args[1]); err != nil {
		return a, b, f.argError(1, err)
	}
	return a, b, nil
}
