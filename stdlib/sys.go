package stdlib

import (
	"math"
	"sort"

	"github.com/aio-lang/aio/runtime"
)

// This file is the sys module. Its stream objects write to the thread's
// current Stdout/Stderr at call time, so a host may redirect them between
// runs.

// Version is what sys.version reports.
const Version = "3.11.7 (aio)"

// The struct sequence types of sys.
var (
	VersionInfoType = newStructSeqType("sys", "version_info")
	FloatInfoType   = newStructSeqType("sys", "float_info")
)

func newSysModule(t *runtime.Thread) (*runtime.Module, error) {
	m := newNativeModule("sys")
	d := m.Dict
	fn := func(name string, f runtime.BuiltinFunc) { d.Set(name, newModuleFunc("sys", name, f)) }
	argv := make([]runtime.Value, 0, len(t.Argv))
	for _, a := range t.Argv {
		argv = append(argv, runtime.Str(a))
	}
	if len(argv) == 0 {
		argv = append(argv, runtime.Str(""))
	}
	d.Set("argv", runtime.Obj(runtime.NewList(argv)))
	d.Set("orig_argv", runtime.Obj(runtime.NewList(copyValues(argv))))
	stdout := runtime.Obj(newStdStream(kindStdout))
	stderr := runtime.Obj(newStdStream(kindStderr))
	stdin := runtime.Obj(newStdStream(kindStdin))
	d.Set("stdout", stdout)
	d.Set("stderr", stderr)
	d.Set("stdin", stdin)
	d.Set("__stdout__", stdout)
	d.Set("__stderr__", stderr)
	d.Set("__stdin__", stdin)
	d.Set("version", runtime.Str(Version))
	d.Set("version_info", newStructSeq(VersionInfoType,
		[]string{"major", "minor", "micro", "releaselevel", "serial"},
		[]runtime.Value{runtime.Int(3), runtime.Int(11), runtime.Int(7), runtime.Str("final"), runtime.Int(0)}))
	d.Set("hexversion", runtime.Int(0x030b07f0))
	d.Set("platform", runtime.Str("linux"))
	d.Set("byteorder", runtime.Str("little"))
	d.Set("maxsize", runtime.Int(math.MaxInt64))
	d.Set("maxunicode", runtime.Int(0x10ffff))
	d.Set("path", runtime.Obj(runtime.NewList(nil)))
	d.Set("executable", runtime.Str(""))
	d.Set("prefix", runtime.Str(""))
	d.Set("copyright", runtime.Str(""))
	d.Set("dont_write_bytecode", runtime.True)
	impl := runtime.NewAttrDict()
	impl.Set("name", runtime.Str("aio"))
	impl.Set("cache_tag", runtime.None)
	impl.Set("version", d.Values()[d.Find("version_info")])
	d.Set("implementation", runtime.Obj(&namespace{dict: impl}))
	d.Set("float_info", newStructSeq(FloatInfoType,
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		[]runtime.Value{runtime.Float(math.MaxFloat64), runtime.Int(1024), runtime.Int(308),
			runtime.Float(2.2250738585072014e-308), runtime.Int(-1021), runtime.Int(-307), runtime.Int(15),
			runtime.Int(53), runtime.Float(2.220446049250313e-16), runtime.Int(2), runtime.Int(1)}))
	fn("exit", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("exit", args, kwnames, 0, 1); err != nil {
			return runtime.Null, err
		}
		if len(args) == 0 {
			return runtime.Null, systemExit(runtime.Null)
		}
		return runtime.Null, systemExit(args[0])
	})
	fn("getrecursionlimit", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("getrecursionlimit", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.Int(int64(t.MaxDepth)), nil
	})
	fn("setrecursionlimit", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("setrecursionlimit", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		if args[0].IsFloat() {
			return runtime.Null, typeError("'float' object cannot be interpreted as an integer")
		}
		n, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		if n < 1 {
			return runtime.Null, valueError("recursion limit must be greater or equal than 1")
		}
		if n > math.MaxInt32 {
			return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to C int")
		}
		if int(n) <= t.Depth {
			return runtime.Null, runtime.Errorf(runtime.RecursionErrorType,
				"cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.Depth)
		}
		t.MaxDepth = int(n)
		return runtime.None, nil
	})
	fn("intern", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("intern", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		if args[0].Type() != runtime.StrType {
			return runtime.Null, typeError("intern() argument must be str, not %s", args[0].TypeName())
		}
		return args[0], nil
	})
	fn("exc_info", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("exc_info", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		e := t.Handled()
		if e == nil {
			return runtime.NewTuple([]runtime.Value{runtime.None, runtime.None, runtime.None}), nil
		}
		tb, _ := runtime.GetAttr(t, runtime.Obj(e), "__traceback__")
		if tb.IsNull() {
			tb = runtime.None
		}
		return runtime.NewTuple([]runtime.Value{runtime.Obj(e.Class), runtime.Obj(e), tb}), nil
	})
	fn("exception", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("exception", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		if e := t.Handled(); e != nil {
			return runtime.Obj(e), nil
		}
		return runtime.None, nil
	})
	fn("getdefaultencoding", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("getdefaultencoding", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.Str("utf-8"), nil
	})
	// sys.modules is a snapshot of the thread's module table taken at import.
	mods := runtime.NewDict()
	names := make([]string, 0, len(t.Modules))
	for name := range t.Modules {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		mods.SetStr(name, runtime.Obj(t.Modules[name]))
	}
	mods.SetStr("sys", runtime.Obj(m))
	d.Set("modules", runtime.Obj(mods))
	return m, nil
}
