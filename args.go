package aio

import (
	"context"
	"errors"
	"reflect"

	"github.com/aio-lang/aio/runtime"
)

// Args are the arguments of a script's call to a Go function of the form
// func(aio.Args) (any, error), a form that is fast for any arguments:
// nothing is converted until the function asks for it, and no reflection
// is involved. Args are valid only during the call.
// Their methods return the TypeError the script sees (naming the argument)
// when an argument is missing or of the wrong type: return it.
type Args struct {
	f       *goFunc
	t       *runtime.Thread
	pos     []runtime.Value
	kwnames []string
	kwvals  []runtime.Value
}

type argsFunc = func(Args) (any, error)

// Len is the number of positional arguments.
func (a Args) Len() int { return len(a.pos) }

// Context is the context of the call into the interpreter that runs the
// script.
func (a Args) Context() context.Context {
	if a.t != nil && a.t.Ctx != nil {
		return a.t.Ctx
	}
	return context.Background()
}

// Keywords lists the names of the keyword arguments, in call order.
func (a Args) Keywords() []string { return a.kwnames }

// arg returns positional argument i.
func (a Args) arg(i int) (runtime.Value, error) {
	if i < 0 || i >= len(a.pos) {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "%s() missing required argument %d (got %d)", a.f.name, i+1, len(a.pos))
	}
	return a.pos[i], nil
}

func (a Args) wrong(i int, want string, v runtime.Value) error {
	return a.f.argError(i, &mismatch{want: want, got: v.TypeName()})
}

// Int returns positional argument i, which must be an int (or a bool)
// that fits in an int64.
func (a Args) Int(i int) (int64, error) {
	v, err := a.arg(i)
	if err != nil {
		return 0, err
	}
	if v.IsInt() || v.IsBool() {
		return v.AsInt(), nil
	}
	if _, ok := v.Raw().(*runtime.BigInt); ok {
		return 0, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to Go int64")
	}
	return 0, a.wrong(i, "int", v)
}

// Float returns positional argument i, a float or an int.
func (a Args) Float(i int) (float64, error) {
	v, err := a.arg(i)
	if err != nil {
		return 0, err
	}
	switch {
	case v.IsFloat():
		return v.AsFloat(), nil
	case v.IsInt(), v.IsBool():
		return float64(v.AsInt()), nil
	}
	return 0, a.wrong(i, "float", v)
}

// String returns positional argument i, which must be a str.
func (a Args) String(i int) (string, error) {
	v, err := a.arg(i)
	if err != nil {
		return "", err
	}
	if s, ok := runtime.StrValue(v); ok {
		return s, nil
	}
	return "", a.wrong(i, "str", v)
}

// Bool returns positional argument i, which must be a bool.
func (a Args) Bool(i int) (bool, error) {
	v, err := a.arg(i)
	if err != nil {
		return false, err
	}
	if v.IsBool() {
		return v.AsBool(), nil
	}
	return false, a.wrong(i, "bool", v)
}

// Any returns positional argument i converted as by Interpreter.Get.
func (a Args) Any(i int) (any, error) {
	v, err := a.arg(i)
	if err != nil {
		return nil, err
	}
	return a.f.in.toGo(v)
}

// Into converts positional argument i into what ptr points to, as a typed
// parameter of a Go function is converted.
func (a Args) Into(i int, ptr any) error {
	v, err := a.arg(i)
	if err != nil {
		return err
	}
	return a.into(v, ptr, func(err error) error { return a.f.argError(i, err) })
}

// Kwarg returns the keyword argument name converted as by
// Interpreter.Get, and whether it was passed.
func (a Args) Kwarg(name string) (any, bool, error) {
	for i, k := range a.kwnames {
		if k == name {
			g, err := a.f.in.toGo(a.kwvals[i])
			return g, true, err
		}
	}
	return nil, false, nil
}

func (a Args) into(v runtime.Value, ptr any, wrap func(error) error) error {
	pv := reflect.ValueOf(ptr)
	if pv.Kind() != reflect.Pointer || pv.IsNil() {
		return errors.New("aio: Args.Into needs a non-nil pointer")
	}
	rv, err := a.f.in.convertTo(v, pv.Type().Elem(), 0)
	if err != nil {
		return wrap(err)
	}
	pv.Elem().Set(rv)
	return nil
}

// callArgs calls a function of the Args form.
func (f *goFunc) callArgs(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	npos := len(args) - len(kwnames)
	a := Args{f: f, t: t, pos: args[:npos], kwnames: kwnames, kwvals: args[npos:]}
	var res any
	var e error
	if err := f.guard(func() { res, e = f.args(a) }); err != nil {
		return runtime.Null, err
	}
	if e != nil {
		return runtime.Null, f.in.exceptionFor(e)
	}
	switch x := res.(type) {
	case int64:
		return runtime.Int(x), nil
	case int:
		return runtime.Int(int64(x)), nil
	case float64:
		return runtime.Float(x), nil
	case string:
		return runtime.Str(x), nil
	case bool:
		return runtime.Bool(x), nil
	case nil:
		return runtime.None, nil
	}
	return f.in.toValue(res)
}
