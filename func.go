package aio

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/aio-lang/aio/runtime"
)

// This file makes Go functions callable (and, for AsyncFunc, awaitable)
// from scripts.

// GoFunc describes a Go function for Func, AsyncFunc, Set and Module when
// more than the func itself must be said.
type GoFunc struct {
	// Fn is the Go function (see Interpreter.Func for the forms).
	Fn any
	// Params names Fn's parameters after a leading context.Context, in
	// order, so that scripts can pass them as keyword arguments; error
	// messages use them too. It may also name a final variadic parameter.
	Params []string
	// Async makes the function awaitable (see Interpreter.AsyncFunc).
	Async bool
}

// The low-level forms of Go functions, which take the arguments as
// converted by Get.
type (
	lowFunc    = func(args []any, kwargs map[string]any) (any, error)
	lowCtxFunc = func(ctx context.Context, args []any, kwargs map[string]any) (any, error)
)

var contextType = reflect.TypeFor[context.Context]()

// funcSig is what calls need to know about a Go func type.
type funcSig struct {
	ctx      bool           // the first parameter is a context.Context
	params   []reflect.Type // the other parameters
	variadic bool
	nres     int
	errLast  bool // the last result is an error
}

var funcSigs sync.Map // reflect.Type → *funcSig

func sigOf(ft reflect.Type) *funcSig {
	if s, ok := funcSigs.Load(ft); ok {
		return s.(*funcSig)
	}
	s := &funcSig{variadic: ft.IsVariadic(), nres: ft.NumOut()}
	for i := 0; i < ft.NumIn(); i++ {
		p := ft.In(i)
		if i == 0 && p == contextType {
			s.ctx = true
			continue
		}
		s.params = append(s.params, p)
	}
	s.errLast = s.nres > 0 && ft.Out(s.nres-1) == errorType
	actual, _ := funcSigs.LoadOrStore(ft, s)
	return actual.(*funcSig)
}

// nfixed is the number of parameters before a variadic one.
func (s *funcSig) nfixed() int {
	if s.variadic {
		return len(s.params) - 1
	}
	return len(s.params)
}

// goFunc is a Go function as a script callable.
type goFunc struct {
	in    *Interpreter
	name  string
	fn    reflect.Value
	orig  any
	sig   *funcSig
	names []string
	async bool
	low   lowFunc
	lowC  lowCtxFunc
	args  argsFunc
	fast  fastCaller
}

// goFuncType is the class of Go functions, named as CPython names its
// built-in functions.
var goFuncType = func() *runtime.Type {
	typ := runtime.NewBuiltinType("builtin_function_or_method", runtime.ObjectType)
	typ.Final = true
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "cannot create 'builtin_function_or_method' instances")
	}
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		if f, ok := v.Raw().(*goFunc); ok {
			return "<built-in function " + f.name + ">", nil
		}
		return runtime.DefaultRepr(v), nil
	}
	typ.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		if f, ok := v.Raw().(*goFunc); ok {
			switch name {
			case "__name__", "__qualname__":
				return runtime.Str(f.name), nil
			case "__module__", "__doc__", "__self__":
				return runtime.None, nil
			}
		}
		return runtime.GenericGetAttr(t, v, name)
	}
	return typ
}()

// Type makes goFunc an Object.
func (f *goFunc) Type() *runtime.Type { return goFuncType }

// IsCoroutineFunction makes asyncio.iscoroutinefunction true for async
// Go functions.
func (f *goFunc) IsCoroutineFunction() bool { return f.async }

// goValue is the Go function itself.
func (f *goFunc) goValue() any {
	if f.orig != nil {
		return f.orig
	}
	return f.fn.Interface()
}

// newGoFunc checks a GoFunc and makes its callable.
func newGoFunc(in *Interpreter, name string, gf GoFunc) (*goFunc, error) {
	rv := reflect.ValueOf(gf.Fn)
	if rv.Kind() != reflect.Func || rv.IsNil() {
		return nil, fmt.Errorf("aio: %s: want a func, got %T", nameOr(name, "Func"), gf.Fn)
	}
	f, err := newGoFuncValue(in, name, rv, gf.Params, gf.Async)
	if err != nil {
		return nil, err
	}
	f.orig = gf.Fn
	if !gf.Async {
		switch fn := gf.Fn.(type) {
		case lowFunc:
			f.low = fn
		case lowCtxFunc:
			f.lowC = fn
		case argsFunc:
			f.args = fn
		default:
			f.fast = fastCallerFor(gf.Fn)
		}
	}
	return f, nil
}

func nameOr(name, alt string) string {
	if name != "" {
		return name
	}
	return alt
}

// newGoFuncValue makes the callable of a func value.
func newGoFuncValue(in *Interpreter, name string, rv reflect.Value, params []string, async bool) (*goFunc, error) {
	if name == "" {
		name = funcName(rv)
	}
	sig := sigOf(rv.Type())
	if params != nil && len(params) != sig.nfixed() && len(params) != len(sig.params) {
		return nil, fmt.Errorf("aio: %s: %d parameter names for %d parameters", name, len(params), len(sig.params))
	}
	if async {
		if !sig.ctx {
			return nil, fmt.Errorf("aio: async function %s must take a context.Context first", name)
		}
		if sig.nres > 2 || sig.nres == 2 && !sig.errLast {
			return nil, fmt.Errorf("aio: async function %s must return (T, error), T or error", name)
		}
	}
	return &goFunc{in: in, name: name, fn: rv, sig: sig, names: params, async: async}, nil
}

// funcName is the short name of a Go function, for reprs and messages.
func funcName(rv reflect.Value) string {
	fn := goruntime.FuncForPC(rv.Pointer())
	if fn == nil {
		return "func"
	}
	name := fn.Name()
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimSuffix(name, "-fm")
	if name == "" || strings.HasPrefix(name, "func") || strings.Contains(name, ".func") {
		return "func"
	}
	return name
}

// Call calls the Go function with script arguments.
func (f *goFunc) Call(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if f.fast != nil && len(kwnames) == 0 {
		return f.fast(f, args)
	}
	if f.args != nil {
		return f.callArgs(t, args, kwnames)
	}
	if f.async {
		return f.callAsync(t, args, kwnames)
	}
	if f.low != nil || f.lowC != nil {
		return f.callLow(t, args, kwnames)
	}
	argv, err := f.bind(t, args, kwnames, true)
	if err != nil {
		return runtime.Null, err
	}
	out, err := f.invoke(argv)
	if err != nil {
		return runtime.Null, err
	}
	return f.results(out)
}

// bind converts script arguments (positional, then keyword values named
// by kwnames) to the function's parameters; withCtx puts the call's
// context first when the function takes one.
func (f *goFunc) bind(t *runtime.Thread, args []runtime.Value, kwnames []string, withCtx bool) ([]reflect.Value, error) {
	sig := f.sig
	nfixed := sig.nfixed()
	npos := len(args) - len(kwnames)
	ordered := args[:npos]
	if len(kwnames) > 0 {
		if f.names == nil {
			return nil, runtime.Errorf(runtime.TypeErrorType, "%s() takes no keyword arguments", f.name)
		}
		slots := make([]runtime.Value, max(nfixed, npos))
		copy(slots, args[:npos])
		for i, k := range kwnames {
			j := -1
			for p := 0; p < nfixed && p < len(f.names); p++ {
				if f.names[p] == k {
					j = p
					break
				}
			}
			if j < 0 {
				return nil, runtime.Errorf(runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", f.name, k)
			}
			if !slots[j].IsNull() {
				return nil, runtime.Errorf(runtime.TypeErrorType, "%s() got multiple values for argument '%s'", f.name, k)
			}
			slots[j] = args[npos+i]
		}
		var missing []string
		for p := 0; p < nfixed; p++ {
			if slots[p].IsNull() {
				missing = append(missing, "'"+f.names[p]+"'")
			}
		}
		if len(missing) > 0 {
			return nil, runtime.Errorf(runtime.TypeErrorType, "%s() missing %d required argument%s: %s",
				f.name, len(missing), plural(len(missing)), strings.Join(missing, ", "))
		}
		ordered = slots
	}
	if err := f.checkCount(len(ordered)); err != nil {
		return nil, err
	}
	argv := make([]reflect.Value, 0, len(ordered)+1)
	if sig.ctx && withCtx {
		ctx := t.Ctx
		if ctx == nil {
			ctx = context.Background()
		}
		argv = append(argv, reflect.ValueOf(ctx))
	}
	for i, a := range ordered {
		pt := sig.params[min(i, len(sig.params)-1)]
		if i >= nfixed {
			pt = sig.params[nfixed].Elem()
		}
		rv, err := f.in.param(a, pt)
		if err != nil {
			return nil, f.argError(i, err)
		}
		argv = append(argv, rv)
	}
	return argv, nil
}

// checkCount checks the number of arguments.
func (f *goFunc) checkCount(n int) error {
	nfixed := f.sig.nfixed()
	switch {
	case f.sig.variadic && n < nfixed:
		return runtime.Errorf(runtime.TypeErrorType, "%s() takes at least %d argument%s (%d given)", f.name, nfixed, plural(nfixed), n)
	case !f.sig.variadic && n != nfixed:
		if nfixed == 0 {
			return runtime.Errorf(runtime.TypeErrorType, "%s() takes no arguments (%d given)", f.name, n)
		}
		return runtime.Errorf(runtime.TypeErrorType, "%s() takes exactly %d argument%s (%d given)", f.name, nfixed, plural(nfixed), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// argError is the TypeError for argument i that did not convert.
func (f *goFunc) argError(i int, err error) error {
	var m *mismatch
	if !errors.As(err, &m) {
		return err
	}
	which := strconv.Itoa(i + 1)
	if i < len(f.names) {
		which = "'" + f.names[i] + "'"
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() argument %s %s", f.name, which, m.Error())
}

// param converts one argument; the common kinds skip the general path.
func (in *Interpreter) param(v runtime.Value, pt reflect.Type) (reflect.Value, error) {
	switch pt.Kind() {
	case reflect.Int:
		if v.IsInt() && pt == intType {
			return reflect.ValueOf(int(v.AsInt())), nil
		}
	case reflect.Int64:
		if v.IsInt() && pt == int64Type {
			return reflect.ValueOf(v.AsInt()), nil
		}
	case reflect.Float64:
		if v.IsFloat() && pt == float64Type {
			return reflect.ValueOf(v.AsFloat()), nil
		}
	case reflect.String:
		if s, ok := v.Raw().(*runtime.StrObject); ok && pt == stringType {
			return reflect.ValueOf(s.S), nil
		}
	case reflect.Bool:
		if v.IsBool() && pt == boolType {
			return reflect.ValueOf(v.AsBool()), nil
		}
	}
	return in.convertTo(v, pt, 0)
}

var (
	intType     = reflect.TypeFor[int]()
	int64Type   = reflect.TypeFor[int64]()
	float64Type = reflect.TypeFor[float64]()
	stringType  = reflect.TypeFor[string]()
	boolType    = reflect.TypeFor[bool]()
)

// invoke calls the function, letting other goroutines use the
// interpreter meanwhile, with panics caught.
func (f *goFunc) invoke(argv []reflect.Value) (out []reflect.Value, err error) {
	how := f.in.aside()
	defer func() {
		f.in.unaside(how)
		if p := recover(); p != nil {
			out, err = nil, f.panicked(p)
		}
	}()
	return f.fn.Call(argv), nil
}

// panicked is the exception for a panic in the Go function.
func (f *goFunc) panicked(p any) error {
	return runtime.Errorf(runtime.RuntimeErrorType, "Go function %s panicked: %v", f.name, p)
}

// How aside set the interpreter aside.
const (
	asideNone = iota
	asideLock
	asideLoop
)

// aside is called before running a Go function from a script: while the
// interpreter is not started it releases the interpreter lock (other
// goroutines may run script code until the Go function returns, as under
// Python's GIL); on a started loop it records that a Go function runs, so
// that calls it makes back into the interpreter run nested. unaside
// undoes it.
func (in *Interpreter) aside() int {
	if in.gilHeld.Load() {
		in.gilHeld.Store(false)
		in.mu.Unlock()
		return asideLock
	}
	if in.started.Load() {
		in.inGoCall.Add(1)
		return asideLoop
	}
	return asideNone
}

func (in *Interpreter) unaside(how int) {
	switch how {
	case asideLock:
		in.mu.Lock()
		in.gilHeld.Store(true)
	case asideLoop:
		in.inGoCall.Add(-1)
	}
}

// results converts what the function returned: a last error result is
// raised, one other result is the value, more are a tuple.
func (f *goFunc) results(out []reflect.Value) (runtime.Value, error) {
	if f.sig.errLast {
		if e := out[len(out)-1]; !e.IsNil() {
			err, _ := e.Interface().(error)
			return runtime.Null, f.in.exceptionFor(err)
		}
		out = out[:len(out)-1]
	}
	switch len(out) {
	case 0:
		return runtime.None, nil
	case 1:
		return f.in.resultValue(out[0])
	}
	items := make([]runtime.Value, len(out))
	for i, o := range out {
		v, err := f.in.resultValue(o)
		if err != nil {
			return runtime.Null, err
		}
		items[i] = v
	}
	return runtime.NewTuple(items), nil
}

// resultValue converts a result of a Go function.
func (in *Interpreter) resultValue(rv reflect.Value) (runtime.Value, error) {
	switch rv.Kind() {
	case reflect.Int, reflect.Int64:
		if rv.Type() != durationType {
			return runtime.Int(rv.Int()), nil
		}
	case reflect.Float64:
		return runtime.Float(rv.Float()), nil
	case reflect.String:
		return runtime.Str(rv.String()), nil
	case reflect.Bool:
		return runtime.Bool(rv.Bool()), nil
	}
	v, err := in.reflectToValue(rv, 0)
	if err != nil {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "cannot convert the result: %v", err)
	}
	return v, nil
}

// callLow calls a function of the low-level form.
func (f *goFunc) callLow(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	in := f.in
	npos := len(args) - len(kwnames)
	pos := make([]any, npos)
	for i, a := range args[:npos] {
		g, err := in.toGo(a)
		if err != nil {
			return runtime.Null, err
		}
		pos[i] = g
	}
	var kw map[string]any
	if len(kwnames) > 0 {
		kw = make(map[string]any, len(kwnames))
		for i, k := range kwnames {
			g, err := in.toGo(args[npos+i])
			if err != nil {
				return runtime.Null, err
			}
			kw[k] = g
		}
	}
	ctx := t.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	res, err := f.invokeLow(ctx, pos, kw)
	if err != nil {
		return runtime.Null, in.exceptionFor(err)
	}
	return in.toValue(res)
}

func (f *goFunc) invokeLow(ctx context.Context, pos []any, kw map[string]any) (res any, err error) {
	how := f.in.aside()
	defer func() {
		f.in.unaside(how)
		if p := recover(); p != nil {
			res, err = nil, f.panicked(p)
		}
	}()
	if f.lowC != nil {
		return f.lowC(ctx, pos, kw)
	}
	return f.low(pos, kw)
}

// callAsync makes the coroutine of an async Go function: awaiting it
// starts the function on a goroutine and waits for its result.
func (f *goFunc) callAsync(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	argv, err := f.bind(t, args, kwnames, false)
	if err != nil {
		return runtime.Null, err
	}
	body := func(t *runtime.Thread, c *runtime.Coro, res runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 1 {
			return res, err
		}
		c.PC = 1
		l := runtime.RunningLoop(t)
		if l == nil {
			return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "no running event loop")
		}
		fut := l.CreateFuture()
		f.in.startHostCall(t, l, fut, f, argv)
		return c.Await(fut.Value())
	}
	return runtime.Obj(runtime.NewCoro(f.name, "", runtime.CoroFunc(body))), nil
}

// startHostCall runs an async Go function on a new goroutine; its outcome
// resolves fut on the loop. Cancelling fut, the end of the calling run's
// context and Close cancel the function's context.
func (in *Interpreter) startHostCall(t *runtime.Thread, l *runtime.Loop, fut *runtime.Future, f *goFunc, argv []reflect.Value) {
	base := t.Ctx
	if base == nil {
		base = context.Background()
	}
	ctx, cancel := context.WithCancel(context.WithValue(base, originKey{}, &origin{in: in, loop: l}))
	stop := context.AfterFunc(in.life, cancel)
	_ = fut.AddGoCallback(&runtime.GoCallback{Name: "aio_cancel_go_call", Fn: func(*runtime.Thread, *runtime.Future) error {
		cancel()
		return nil
	}})
	full := make([]reflect.Value, 0, len(argv)+1)
	full = append(full, reflect.ValueOf(ctx))
	full = append(full, argv...)
	l.StartOp()
	in.hostCalls.Add(1)
	go func() {
		defer in.hostCalls.Done()
		out, err := f.callOffLoop(full)
		stop()
		l.Complete(func(t *runtime.Thread) error {
			cancel()
			if fut.Done() {
				return nil
			}
			var v runtime.Value
			if err == nil {
				v, err = f.results(out)
			}
			if err != nil {
				return fut.SetExceptionInstance(in.exceptionFor(err))
			}
			return fut.SetResult(v)
		})
	}()
}

// callOffLoop calls an async Go function on its own goroutine.
func (f *goFunc) callOffLoop(argv []reflect.Value) (out []reflect.Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, f.panicked(p)
		}
	}()
	return f.fn.Call(argv), nil
}
