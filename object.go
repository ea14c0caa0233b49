package aio

import (
	"context"

	"github.com/aio-lang/aio/runtime"
)

// Object is an aio value that has no Go equivalent (a function, a class,
// an instance of a script class, a module...), as Get, Call and Go
// functions with an *Object parameter receive it. It keeps the value alive
// and can be passed back to the interpreter it came from. Its methods are
// safe for concurrent use; they run on the interpreter like other calls.
type Object struct {
	in *Interpreter
	v  runtime.Value
}

// Call calls the object with args converted as by Set and returns its
// result converted as by Get; an async function runs to completion, as
// with Interpreter.Call and Interpreter.Submit.
func (o *Object) Call(ctx context.Context, args ...any) (any, error) {
	return o.in.call(ctx, "", o.v, args)
}

// Attr returns the attribute name of the object, converted as by Get.
func (o *Object) Attr(name string) (any, error) {
	return o.in.do(context.Background(), &job{
		start: func(t *runtime.Thread) (runtime.Value, error) {
			return runtime.GetAttr(t, o.v, name)
		},
		finish: o.in.result,
	})
}

// SetAttr sets the attribute name of the object to value, converted as by
// Set.
func (o *Object) SetAttr(name string, value any) error {
	_, err := o.in.do(context.Background(), &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		v, err := o.in.toValue(value)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, runtime.SetAttr(t, o.v, name, v)
	}})
	return err
}

// TypeName is the name of the object's class, e.g. "function".
func (o *Object) TypeName() string {
	s, err := o.text(func(t *runtime.Thread) (string, error) { return o.v.TypeName(), nil })
	if err != nil {
		return "?"
	}
	return s
}

// String is str() of the object (its repr when str() fails).
func (o *Object) String() string {
	s, err := o.text(func(t *runtime.Thread) (string, error) {
		if s, err := runtime.ToStr(t, o.v); err == nil {
			return s, nil
		}
		return runtime.ReprNoThread(o.v), nil
	})
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return s
}

// Repr is repr() of the object.
func (o *Object) Repr() (string, error) {
	return o.text(func(t *runtime.Thread) (string, error) { return runtime.Repr(t, o.v) })
}

// text computes a string on the interpreter's goroutine.
func (o *Object) text(fn func(t *runtime.Thread) (string, error)) (string, error) {
	var s string
	_, err := o.in.do(context.Background(), &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		var err error
		s, err = fn(t)
		return runtime.None, err
	}})
	return s, err
}
