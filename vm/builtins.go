package vm

import (
	"io/fs"
	"path"
	"strings"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

// installVMBuiltins adds the builtins that need the interpreter itself:
// __build_class__, globals, locals, vars without arguments, exec, eval.
func (vm *VM) installVMBuiltins() {
	vm.buildClass = runtime.NewBuiltin("__build_class__", vm.builtinBuildClass)
	b := vm.Thread.Builtins
	if b == nil {
		return
	}
	b.Set("__build_class__", vm.buildClass)
	b.Set("globals", runtime.NewBuiltin("globals", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("globals", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(runtime.AttrDictToDict(vm.cur.globals)), nil
	}))
	b.Set("locals", runtime.NewBuiltin("locals", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("locals", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(vm.frameLocals(vm.cur)), nil
	}))
	b.Set("exec", runtime.NewBuiltin("exec", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return vm.execOrEval(args, kwnames, compiler.ModeExec)
	}))
	b.Set("eval", runtime.NewBuiltin("eval", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return vm.execOrEval(args, kwnames, compiler.ModeEval)
	}))
	if vars, ok := b.Get("vars"); ok {
		inner := vars
		b.Set("vars", runtime.NewBuiltin("vars", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if len(args) == 0 && len(kwnames) == 0 {
				return runtime.Obj(vm.frameLocals(vm.cur)), nil
			}
			return runtime.Call(t, inner, args, kwnames)
		}))
	}
	if dir, ok := b.Get("dir"); ok {
		inner := dir
		b.Set("dir", runtime.NewBuiltin("dir", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if len(args) == 0 && len(kwnames) == 0 {
				d := vm.frameLocals(vm.cur)
				keys := d.Keys()
				l := runtime.NewList(append([]runtime.Value(nil), keys...))
				if err := runtime.SortValues(t, l.Items, runtime.Null, false); err != nil {
					return runtime.Null, err
				}
				return runtime.Obj(l), nil
			}
			return runtime.Call(t, inner, args, kwnames)
		}))
	}
}

// frameLocals builds the locals() dict of a frame.
func (vm *VM) frameLocals(f *Frame) *runtime.Dict {
	if f == nil {
		return runtime.NewDict()
	}
	if f.ns != nil {
		return runtime.AttrDictToDict(f.ns)
	}
	if f.code.Flags&compiler.FlagModule != 0 {
		return runtime.AttrDictToDict(f.globals)
	}
	d := runtime.NewDict()
	for i, name := range f.code.VarNames {
		if v := f.locals()[i]; !v.IsNull() {
			d.SetStr(name, v)
		}
	}
	for i := range f.cells {
		if v := f.cells[i].V; !v.IsNull() {
			d.SetStr(f.cellName(i), v)
		}
	}
	return d
}

// execOrEval is exec(src[, globals]) and eval(src[, globals]).
func (vm *VM) execOrEval(args []runtime.Value, kwnames []string, mode compiler.Mode) (runtime.Value, error) {
	name := "exec"
	if mode == compiler.ModeEval {
		name = "eval"
	}
	if err := runtime.ArgCount(name, args, kwnames, 1, 3); err != nil {
		return runtime.Null, err
	}
	src, ok := runtime.StrValue(args[0])
	var code *compiler.Code
	if !ok {
		co, isCode := args[0].Raw().(*CodeObject)
		if !isCode {
			return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "%s() arg 1 must be a string, bytes or code object", name)
		}
		code = co.Code
	} else {
		if mode == compiler.ModeEval {
			src = strings.TrimSpace(src)
		}
		c, err := vm.Compile("<string>", src, mode)
		if err != nil {
			return runtime.Null, SyntaxErrorValue(err)
		}
		code = c
	}
	globals := vm.cur.globals
	var ns *runtime.AttrDict
	if len(args) >= 2 && !args[1].IsNone() {
		d, ok := args[1].Raw().(*runtime.Dict)
		if !ok {
			return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "%s() globals must be a dict, not %s", name, args[1].TypeName())
		}
		globals = runtime.NewAttrDict()
		for _, k := range d.Keys() {
			ks, _ := runtime.StrValue(k)
			v, _, _ := d.Get(vm.Thread, k)
			globals.Set(ks, v)
		}
		defer func() {
			for i, k := range globals.Keys() {
				d.SetStr(k, globals.Values()[i])
			}
		}()
	} else if vm.cur.code.Flags&compiler.FlagModule == 0 {
		ns = runtime.NewAttrDict()
		l := vm.frameLocals(vm.cur)
		for _, k := range l.Keys() {
			ks, _ := runtime.StrValue(k)
			v, _, _ := l.Get(vm.Thread, k)
			ns.Set(ks, v)
		}
	}
	fn := vm.MakeFunction(code, globals)
	f, err := vm.setupFrame(fn, nil, nil)
	if err != nil {
		return runtime.Null, err
	}
	f.ns = ns
	r, err := vm.runBase(f)
	if err != nil {
		return runtime.Null, err
	}
	if mode == compiler.ModeExec {
		return runtime.None, nil
	}
	return r, nil
}

// builtinBuildClass is __build_class__(body, name, *bases, **kw).
func (vm *VM) builtinBuildClass(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].Raw().(*Function)
	if !ok {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "__build_class__: func must be a function")
	}
	name, _ := runtime.StrValue(args[1])
	var bases []*runtime.Type
	for _, b := range args[2:npos] {
		bt, ok := b.Raw().(*runtime.Type)
		if !ok {
			return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "bases must be types")
		}
		bases = append(bases, bt)
	}
	var subArgs []runtime.Value
	var subNames []string
	for i, k := range kwnames {
		if k != "metaclass" {
			subArgs = append(subArgs, args[npos+i])
			subNames = append(subNames, k)
			continue
		}
		// Only type itself: a class built as if another metaclass were
		// not there would behave differently without a word.
		if meta := args[npos+i]; !runtime.Is(meta, runtime.Obj(runtime.TypeType)) {
			return runtime.Null, runtime.Errorf(runtime.NotImplementedErrorType, "class %s: metaclasses other than type are not supported (metaclass=%s)", name, metaName(meta))
		}
	}
	ns := runtime.NewAttrDict()
	module := "__main__"
	if m, ok := body.Globals.Get("__name__"); ok {
		if s, ok := runtime.StrValue(m); ok {
			module = s
		}
		ns.Set("__module__", m)
	}
	f, err := vm.setupFrame(body, nil, nil)
	if err != nil {
		return runtime.Null, err
	}
	f.ns = ns
	cell, err := vm.runBase(f)
	if err != nil {
		return runtime.Null, err
	}
	qualname, err := runtime.PopQualname(ns)
	if err != nil {
		return runtime.Null, err
	}
	cls, err := runtime.NewClass(t, name, bases, ns, module)
	if err != nil {
		return runtime.Null, err
	}
	cls.SetQualname(qualname)
	if c, ok := cell.Raw().(*Cell); ok {
		c.V = runtime.Obj(cls)
	}
	// __set_name__ for descriptors defined in the body.
	for i, k := range ns.Keys() {
		v := ns.Values()[i]
		if m, ok := v.Type().Lookup("__set_name__"); ok && !v.Type().Builtin {
			if _, err := callUnbound(t, m, v, runtime.Obj(cls), runtime.Str(k)); err != nil {
				return runtime.Null, err
			}
		}
	}
	called := false
	for _, b := range cls.MRO[1:] {
		if m, ok := b.Dict.Get("__init_subclass__"); ok && !b.Builtin {
			fn := m
			if cm, ok := m.Raw().(*runtime.ClassMethod); ok {
				fn = cm.Func
			}
			full := append([]runtime.Value{runtime.Obj(cls)}, subArgs...)
			if _, err := runtime.Call(t, fn, full, subNames); err != nil {
				return runtime.Null, err
			}
			called = true
			break
		}
	}
	if !called && len(subNames) > 0 {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return runtime.Obj(cls), nil
}

// metaName names a metaclass argument for the error above.
func metaName(meta runtime.Value) string {
	if t, ok := meta.Raw().(*runtime.Type); ok {
		return t.PyQualname()
	}
	return meta.TypeName() + " object"
}

// importName resolves `import name` (level 0) for IMPORT_NAME.
// With a from-list (from a.b import c) the result is the last module of
// the dotted name, else (import a.b) the first.
func (vm *VM) importName(f *Frame, name string, level int, from bool) (runtime.Value, error) {
	if level > 0 {
		return runtime.Null, runtime.Errorf(runtime.ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(name, ".")
	m, err := vm.importModule(vm.Thread, parts[0])
	if err != nil {
		return runtime.Null, err
	}
	cur := m
	for i := 1; i < len(parts); i++ {
		full := strings.Join(parts[:i+1], ".")
		sub, err := vm.importModule(vm.Thread, full)
		if err != nil {
			return runtime.Null, err
		}
		cur.Dict.Set(parts[i], runtime.Obj(sub))
		cur = sub
	}
	if from {
		return runtime.Obj(cur), nil
	}
	return runtime.Obj(m), nil
}

// importModule loads a module by name: cached, native, or name.aio from FS.
func (vm *VM) importModule(t *runtime.Thread, name string) (*runtime.Module, error) {
	if m, ok := t.Modules[name]; ok {
		return m, nil
	}
	if mk, ok := vm.Native[name]; ok {
		m, err := mk(t)
		if err != nil {
			return nil, err
		}
		t.Modules[name] = m
		return m, nil
	}
	if vm.FS != nil {
		file := strings.ReplaceAll(name, ".", "/") + ".aio"
		data, err := fs.ReadFile(vm.FS, file)
		if err == nil {
			return vm.loadSourceModule(name, file, string(data))
		}
	}
	e := runtime.Errorf(runtime.ModuleNotFoundErrorType, "No module named '%s'", name)
	e.Dict.Set("name", runtime.Str(name))
	return nil, e
}

func (vm *VM) loadSourceModule(name, file, src string) (*runtime.Module, error) {
	t := vm.Thread
	display := file
	if base, ok := vm.Main.Dict.Get("__file__"); ok {
		if s, ok := runtime.StrValue(base); ok {
			display = path.Join(path.Dir(s), file)
		}
	}
	code, err := vm.Compile(display, src, compiler.ModeExec)
	if err != nil {
		return nil, SyntaxErrorValue(err)
	}
	m := runtime.NewModule(name)
	m.File = display
	m.Dict.Set("__file__", runtime.Str(display))
	m.Dict.Set("__builtins__", runtime.Obj(&runtime.Module{Name: "builtins", Dict: t.Builtins}))
	t.Modules[name] = m
	if _, err := vm.RunModule(code, m); err != nil {
		delete(t.Modules, name)
		return nil, err
	}
	return m, nil
}
