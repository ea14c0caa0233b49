package runtime

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// Thread is the execution context of one interpreter: what every operation
// that may run script code or print needs. It is used only from the loop's
// goroutine.
type Thread struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader

	// lastSpec is the format spec parsed last (parseFormatSpec).
	lastSpec specCache

	// Depth is the current number of active script frames and Go re-entries;
	// MaxDepth is the recursion limit (RecursionError beyond it).
	Depth    int
	MaxDepth int

	// Ctx, when set, is polled by the vm; its cancellation stops the script.
	Ctx context.Context

	// Modules caches imported modules by name; Import loads a module that is
	// not cached yet.
	Modules map[string]*Module
	Import  func(t *Thread, name string) (*Module, error)

	// Builtins is the builtins module's namespace.
	Builtins *AttrDict

	// VM is the interpreter that owns this thread; the vm package stores
	// itself here. Runtime code treats it as opaque.
	VM any
	// Poller is VM as a Poller, when it is one (checked once, not at
	// every Poll).
	Poller Poller

	// Loop is the running event loop, if any.
	Loop any

	// Clock is the thread's time source (nil: real time); the event loop,
	// loop.time() and the time module read it. See SetVirtualTime.
	Clock *Clock

	// Asyncio holds the thread's asyncio state (the event loop set with
	// set_event_loop, the task name counter); nil until asyncio is used.
	Asyncio *AsyncioState

	// Argv is sys.argv.
	Argv []string

	// CurrentHandled, set by the vm, finds the exception being handled
	// by the running script frames (sys.exc_info, sys.exception).
	CurrentHandled func() *Instance

	// Trace lets the vm attach the script position to internal errors.
	Trace func() string
}

// Handled is the exception being handled, as sys.exc_info() reports it:
// the innermost except clause of the running frames, or nil.
func (t *Thread) Handled() *Instance {
	if t.CurrentHandled == nil {
		return nil
	}
	return t.CurrentHandled()
}

// Callable is implemented by every object that can be called.
type Callable interface {
	Call(t *Thread, args []Value, kwnames []string) (Value, error)
}

// Call calls fn with positional args followed by keyword values, whose
// names are kwnames (the last len(kwnames) elements of args).
func Call(t *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	if c, ok := fn.o.(Callable); ok {
		return c.Call(t, args, kwnames)
	}
	if slot := fn.Type().Slots.Call; slot != nil {
		return slot(t, fn, args, kwnames)
	}
	return Null, Errorf(TypeErrorType, "'%s' object is not callable", fn.TypeName())
}

// Call0, Call1 and Call2 are shorthands for positional calls.
func Call0(t *Thread, fn Value) (Value, error) { return Call(t, fn, nil, nil) }

// Call1 calls fn(a).
func Call1(t *Thread, fn, a Value) (Value, error) { return Call(t, fn, []Value{a}, nil) }

// Call2 calls fn(a, b).
func Call2(t *Thread, fn, a, b Value) (Value, error) { return Call(t, fn, []Value{a, b}, nil) }

// IsCallable is Python's callable().
func IsCallable(v Value) bool {
	if _, ok := v.o.(Callable); ok {
		return true
	}
	return v.Type().Slots.Call != nil
}

// BuiltinFunc is the Go signature of built-in functions.
type BuiltinFunc func(t *Thread, args []Value, kwnames []string) (Value, error)

// Builtin is a Go function callable from scripts.
type Builtin struct {
	Name   string
	Module string
	Fn     BuiltinFunc
}

// Type makes Builtin an Object.
func (*Builtin) Type() *Type { return BuiltinFunctionType }

// Call runs the Go function.
func (b *Builtin) Call(t *Thread, args []Value, kwnames []string) (Value, error) {
	return b.Fn(t, args, kwnames)
}

// NewBuiltin wraps a Go function as a Value.
func NewBuiltin(name string, fn BuiltinFunc) Value {
	return Obj(&Builtin{Name: name, Fn: fn})
}

// MethodFunc is the Go signature of methods of built-in types.
type MethodFunc func(t *Thread, self Value, args []Value, kwnames []string) (Value, error)

// Method is a Go method stored in a built-in type's dict; reading it from an
// instance binds it.
type Method struct {
	Name  string
	Owner *Type
	Fn    MethodFunc
	// Static marks methods that take no self (staticmethod-like, e.g. str.maketrans).
	Static bool
	// Class marks methods that receive the class as self (dict.fromkeys).
	Class bool
}

// Type makes Method an Object.
func (*Method) Type() *Type { return MethodDescriptorType }

// Call calls the unbound method: the first argument is self.
func (m *Method) Call(t *Thread, args []Value, kwnames []string) (Value, error) {
	if m.Static {
		return m.Fn(t, Null, args, kwnames)
	}
	if len(args)-len(kwnames) < 1 {
		return Null, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
	}
	self := args[0]
	if !self.Type().IsSubtype(m.Owner) {
		return Null, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, self.TypeName())
	}
	return m.Fn(t, self, args[1:], kwnames)
}

// BoundMethod is a callable bound to its first argument: a script function
// read from an instance, or a Go method of a built-in value.
type BoundMethod struct {
	Self Value
	Func Value
}

// Type makes BoundMethod an Object.
func (b *BoundMethod) Type() *Type {
	if _, ok := b.Func.o.(*Method); ok {
		return BuiltinMethodType
	}
	return MethodType
}

// Call prepends self to the arguments.
func (b *BoundMethod) Call(t *Thread, args []Value, kwnames []string) (Value, error) {
	if m, ok := b.Func.o.(*Method); ok {
		return m.Fn(t, b.Self, args, kwnames)
	}
	full := make([]Value, len(args)+1)
	full[0] = b.Self
	copy(full[1:], args)
	return Call(t, b.Func, full, kwnames)
}

// ParseArgs binds args to named parameters for a Go function called fname.
// params lists parameter names; a name starting with '$' is keyword-only, one
// starting with '/' positional-only. The first nreq are required. out
// receives the values (Null for optional parameters not given).
func ParseArgs(fname string, args []Value, kwnames []string, nreq int, params []string, out ...*Value) error {
	npos := len(args) - len(kwnames)
	maxPos := 0
	for _, p := range params {
		if strings.HasPrefix(p, "$") {
			break
		}
		maxPos++
	}
	if npos > maxPos {
		if maxPos == nreq {
			return Errorf(TypeErrorType, "%s() takes %s but %d %s given", fname, plural(maxPos, "positional argument"), npos, wasWere(npos))
		}
		return Errorf(TypeErrorType, "%s() takes from %d to %s but %d %s given", fname, nreq, plural(maxPos, "positional argument"), npos, wasWere(npos))
	}
	for i := range out {
		*out[i] = Null
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	for k, name := range kwnames {
		found := false
		for i, p := range params {
			pn := strings.TrimLeft(p, "$/")
			if pn == name && !strings.HasPrefix(p, "/") {
				if !out[i].IsNull() {
					return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fname, name)
				}
				*out[i] = args[npos+k]
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, name)
		}
	}
	for i := 0; i < nreq; i++ {
		if out[i].IsNull() {
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, strings.TrimLeft(params[i], "$/"), i+1)
		}
	}
	return nil
}

// NoKwargs fails when keyword arguments were passed to fname.
func NoKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// ArgCount checks the number of positional arguments of fname.
func ArgCount(fname string, args []Value, kwnames []string, min, max int) error {
	if err := NoKwargs(fname, kwnames); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
	case min == max && min == 1:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, pluralS(min), n)
	default:
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, pluralS(max), n)
	}
}

func plural(n int, word string) string {
	return fmt.Sprintf("%d %s%s", n, word, pluralS(n))
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

func init() {
	BuiltinFunctionType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return "<built-in function " + v.o.(*Builtin).Name + ">", nil
	}
	BuiltinFunctionType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		b := v.o.(*Builtin)
		switch name {
		case "__name__", "__qualname__":
			return Str(b.Name), nil
		case "__module__":
			if b.Module == "" {
				return Str("builtins"), nil
			}
			return Str(b.Module), nil
		case "__self__":
			return None, nil
		}
		return GenericGetAttr(t, v, name)
	}
	methodAttr := func(t *Thread, v Value, name string) (Value, error) {
		b := v.o.(*BoundMethod)
		switch name {
		case "__self__":
			return b.Self, nil
		case "__func__":
			return b.Func, nil
		case "__name__", "__qualname__", "__doc__", "__module__":
			if m, ok := b.Func.o.(*Method); ok {
				switch name {
				case "__name__":
					return Str(m.Name), nil
				case "__qualname__":
					return Str(m.Owner.Name + "." + m.Name), nil
				}
				return None, nil
			}
			return GetAttr(t, b.Func, name)
		}
		return GenericGetAttr(t, v, name)
	}
	MethodType.Slots.GetAttr = methodAttr
	BuiltinMethodType.Slots.GetAttr = methodAttr
	MethodType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		b := v.o.(*BoundMethod)
		name := "?"
		if q, err := GetAttr(t, b.Func, "__qualname__"); err == nil {
			name, _ = StrValue(q)
		}
		self, err := Repr(t, b.Self)
		if err != nil {
			return "", err
		}
		return "<bound method " + name + " of " + self + ">", nil
	}
	BuiltinMethodType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		b := v.o.(*BoundMethod)
		m := b.Func.o.(*Method)
		if _, isType := b.Self.o.(*Type); isType {
			return "<built-in method " + m.Name + " of type object at " + hexString(Address(b.Self)) + ">", nil
		}
		return "<built-in method " + m.Name + " of " + b.Self.TypeName() + " object at " + hexString(Address(b.Self)) + ">", nil
	}
	MethodDescriptorType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		m := v.o.(*Method)
		return "<method '" + m.Name + "' of '" + m.Owner.Name + "' objects>", nil
	}
	MethodDescriptorType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		// str.join.__name__ and __qualname__; a method descriptor has no
		// __module__ (CPython's neither).
		if m, ok := v.o.(*Method); ok {
			switch name {
			case "__name__":
				return Str(m.Name), nil
			case "__qualname__":
				return Str(m.Owner.Name + "." + m.Name), nil
			case "__objclass__":
				return Obj(m.Owner), nil
			}
		}
		return GenericGetAttr(t, v, name)
	}
	for _, typ := range []*Type{MethodType, BuiltinMethodType} {
		typ.Slots.Compare = func(t *Thread, a, b Value, op CmpOp) (Value, error) {
			x, ok1 := a.o.(*BoundMethod)
			y, ok2 := b.o.(*BoundMethod)
			if !ok1 || !ok2 || (op != CmpEq && op != CmpNe) {
				return NotImplemented, nil
			}
			same := Is(x.Self, y.Self) && Is(x.Func, y.Func)
			return Bool(same == (op == CmpEq)), nil
		}
		typ.Slots.Hash = func(t *Thread, v Value) (int64, error) {
			b := v.o.(*BoundMethod)
			h1, err := Hash(t, b.Func)
			if err != nil {
				return 0, err
			}
			return h1 ^ int64(Id(b.Self)>>4), nil
		}
	}
}

func hexString(u uintptr) string {
	return fmt.Sprintf("0x%x", u)
}
