package stdlib

import (
	"bytes"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/aio-lang/aio/runtime"
)

// env is a thread with captured output and the builtins namespace.
type env struct {
	t        *runtime.Thread
	b        *runtime.AttrDict
	out, err *bytes.Buffer
	mods     map[string]func(*runtime.Thread) (*runtime.Module, error)
}

func newEnv(opts Options) *env {
	out, errb := &bytes.Buffer{}, &bytes.Buffer{}
	b := Builtins(opts)
	t := &runtime.Thread{Stdout: out, Stderr: errb, Stdin: strings.NewReader(""), MaxDepth: 1000,
		Modules: map[string]*runtime.Module{}, Builtins: b}
	return &env{t: t, b: b, out: out, err: errb, mods: Modules(opts)}
}

// fn returns the builtin or module attribute named "name" or "mod.name".
func (e *env) fn(tb testing.TB, name string) runtime.Value {
	tb.Helper()
	if i := strings.IndexByte(name, '.'); i > 0 {
		m := e.module(tb, name[:i])
		v, ok := m.Dict.Get(name[i+1:])
		if !ok {
			tb.Fatalf("no %s", name)
		}
		return v
	}
	v, ok := e.b.Get(name)
	if !ok {
		tb.Fatalf("no builtin %s", name)
	}
	return v
}

func (e *env) module(tb testing.TB, name string) *runtime.Module {
	tb.Helper()
	if m, ok := e.t.Modules[name]; ok {
		return m
	}
	mk, ok := e.mods[name]
	if !ok {
		tb.Fatalf("no module %s", name)
	}
	m, err := mk(e.t)
	if err != nil {
		tb.Fatal(err)
	}
	e.t.Modules[name] = m
	return m
}

// call calls a builtin; kw alternates names and values after the
// positional arguments: call("f", pos, "name", v, ...).
func (e *env) call(tb testing.TB, name string, pos []runtime.Value, kw ...any) (runtime.Value, error) {
	tb.Helper()
	args := append([]runtime.Value(nil), pos...)
	var kwnames []string
	for i := 0; i+1 < len(kw); i += 2 {
		kwnames = append(kwnames, kw[i].(string))
		args = append(args, kw[i+1].(runtime.Value))
	}
	return runtime.Call(e.t, e.fn(tb, name), args, kwnames)
}

// show renders a result as `print(repr(r))` or an exception as
// `Type: message`, formatting floats itself so that tests do not depend
// on the runtime's float repr.
func show(t *runtime.Thread, v runtime.Value, err error) string {
	if err != nil {
		e, ok := err.(*runtime.Instance)
		if !ok {
			return "go error: " + err.Error()
		}
		return e.Class.Name + ": " + runtime.ExceptionMessage(e)
	}
	return showValue(t, v)
}

func showValue(t *runtime.Thread, v runtime.Value) string {
	switch o := v.Raw().(type) {
	case *runtime.Tuple:
		parts := make([]string, len(o.Items))
		for i, x := range o.Items {
			parts[i] = showValue(t, x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *runtime.List:
		parts := make([]string, len(o.Items))
		for i, x := range o.Items {
			parts[i] = showValue(t, x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *runtime.BigInt:
		return o.V.String()
	}
	if v.IsFloat() {
		return pyFloat(v.AsFloat())
	}
	s, err := runtime.Repr(t, v)
	if err != nil {
		return "repr error: " + err.Error()
	}
	return s
}

// pyFloat is Python's repr of a float.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	var s string
	if exp < -4 || exp >= 16 {
		s = digits[:1]
		if len(digits) > 1 {
			s += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		s += "e" + sign + es
	} else if exp < 0 {
		s = "0." + strings.Repeat("0", -exp-1) + digits
	} else if exp+1 >= len(digits) {
		s = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	} else {
		s = digits[:exp+1] + "." + digits[exp+1:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Value constructors for tables.
var (
	I = runtime.Int
	F = runtime.Float
	S = runtime.Str
	N = runtime.None
)

func T(items ...runtime.Value) runtime.Value { return runtime.NewTuple(items) }

func L(items ...runtime.Value) runtime.Value { return runtime.Obj(runtime.NewList(items)) }

func V(items ...runtime.Value) []runtime.Value { return items }

// big10 is 10**n.
func big10(n int) runtime.Value {
	return runtime.NewIntFromBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
}

// goFn wraps a Go function as a callable value.
func goFn(fn func(args []runtime.Value) (runtime.Value, error)) runtime.Value {
	return runtime.NewBuiltin("f", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return fn(args)
	})
}

// callCase is one builtin call and the line python3 prints for it.
type callCase struct {
	fn   string
	args []runtime.Value
	kw   []any
	want string
}

func runCases(t *testing.T, e *env, cases []callCase) {
	t.Helper()
	for _, c := range cases {
		r, err := e.call(t, c.fn, c.args, c.kw...)
		if got := show(e.t, r, err); got != c.want {
			t.Errorf("%s%v %v:\n got %s\nwant %s", c.fn, c.args, c.kw, got, c.want)
		}
	}
}

func TestPyFloat(t *testing.T) {
	for f, want := range map[float64]string{
		1: "1.0", 0.1: "0.1", 1e16: "1e+16", 1.5e-5: "1.5e-05", 123.456: "123.456",
		1e15: "1000000000000000.0", 0.0001: "0.0001", -2.5: "-2.5", 2.220446049250313e-16: "2.220446049250313e-16",
	} {
		if got := pyFloat(f); got != want {
			t.Errorf("pyFloat(%v) = %s, want %s", f, got, want)
		}
	}
}
