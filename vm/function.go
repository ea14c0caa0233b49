package vm

import (
	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/runtime"
)

// Function is a script function: code plus what it closed over.
type Function struct {
	Code       *compiler.Code
	info       *codeInfo
	Globals    *runtime.AttrDict
	Defaults   []runtime.Value
	KwDefaults map[string]runtime.Value
	Closure    []*Cell
	Name       string
	QualName   string
	Module     runtime.Value
	Doc        runtime.Value
	Dict       *runtime.AttrDict
	// simple is true when calls with exactly ArgCount positional arguments
	// can copy them straight into the locals.
	simple bool
	// fastArgc is the number of positional arguments with which the fast
	// loop may call the function in place: ArgCount for a simple function
	// that is no generator or coroutine and has no cells; -1 otherwise.
	fastArgc int
}

// Type makes Function a runtime object.
func (*Function) Type() *runtime.Type { return runtime.FunctionType }

// AttrDict exposes the function's attribute dict to generic attribute access.
func (f *Function) AttrDict() *runtime.AttrDict { return f.Dict }

// Call runs the function from Go (a re-entry into the interpreter loop).
func (f *Function) Call(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vm := t.VM.(*VM)
	return vm.callFunction(f, args, kwnames)
}

// Cell holds a variable shared between a function and its inner functions.
type Cell struct {
	V runtime.Value
}

// Type makes Cell a runtime object.
func (*Cell) Type() *runtime.Type { return runtime.CellType }

// codeInfo is the vm's per-code-object data: constants converted to values
// and inline caches.
type codeInfo struct {
	consts    []runtime.Value
	kwnames   map[int][]string // KW_NAMES constant index -> names
	globCache []globalCache    // per instruction (LOAD_GLOBAL only)
	attrCache []attrCache      // per instruction (LOAD_ATTR, STORE_ATTR, LOAD_METHOD)
	nlocals   int
	ncells    int
	nslots    int
}

// attrCache remembers how an attribute of instances of one class was
// found, valid while no class attribute changes (runtime.TypeEpoch).
type attrCache struct {
	typ   *runtime.Type
	epoch uint64
	kind  uint8 // attrNone, attrSlot, attrClass, attrMethod
	idx   int   // position in the instance dict (attrSlot)
	// name is the interned key expected at idx (attrSlot): comparing its
	// data pointer and length is the whole key check.
	name  string
	value runtime.Value
}

// slotIn returns inst's attribute values when this entry still says where
// the attribute is in them (vals[c.idx]): the class, the type epoch and the
// interned key at idx all match. VM.run's LOAD_ATTR and STORE_ATTR use
// it; the fast loop spells the same tests out one per if, which the
// compiler turns into fewer instructions there (inlining this made the
// method-call benchmark 3% slower).
func (c *attrCache) slotIn(inst *runtime.Instance) (vals []runtime.Value, ok bool) {
	if c.typ != inst.Class || c.kind != attrSlot || c.epoch != runtime.TypeEpoch() {
		return nil, false
	}
	// keys and vals have the same length (an AttrDict's invariant).
	keys := inst.Dict.Keys()
	if c.idx >= len(keys) || !sameString(keys[c.idx], c.name) {
		return nil, false
	}
	return inst.Dict.Values(), true
}

const (
	attrNone   = iota
	attrSlot   // in the instance dict at idx
	attrClass  // a plain class attribute (value), not shadowed
	attrMethod // a method to call unbound (LOAD_METHOD)
)

// globalCache remembers where LOAD_GLOBAL found its name.
type globalCache struct {
	gver, bver uint64
	idx        int
	builtin    bool
	valid      bool
}

func newFunction(code *compiler.Code, globals *runtime.AttrDict, info *codeInfo) *Function {
	fn := &Function{
		Code:     code,
		info:     info,
		Globals:  globals,
		Name:     code.Name,
		QualName: code.QualName,
		Doc:      runtime.None,
		Dict:     runtime.NewAttrDict(),
	}
	if len(info.consts) > 0 && code.Flags&compiler.FlagClass == 0 {
		if d := info.consts[0]; !d.IsNull() {
			if _, ok := runtime.StrValue(d); ok {
				fn.Doc = d
			}
		}
	}
	if m, ok := globals.Get("__name__"); ok {
		fn.Module = m
	} else {
		fn.Module = runtime.None
	}
	fn.simple = code.Flags&(compiler.FlagVarArgs|compiler.FlagVarKw) == 0 && code.KwOnlyCount == 0 &&
		len(code.CellVars) == 0
	fn.setFastArgc()
	return fn
}

// setFastArgc derives fastArgc from simple and the code's flags.
func (fn *Function) setFastArgc() {
	fn.fastArgc = -1
	if fn.simple && fn.Code.Flags&genFlags == 0 && fn.info.ncells == 0 {
		fn.fastArgc = fn.Code.ArgCount
	}
}

func init() {
	runtime.FunctionType.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		f := v.Raw().(*Function)
		switch name {
		case "__name__":
			return runtime.Str(f.Name), nil
		case "__qualname__":
			return runtime.Str(f.QualName), nil
		case "__doc__":
			return f.Doc, nil
		case "__module__":
			return f.Module, nil
		case "__defaults__":
			if len(f.Defaults) == 0 {
				return runtime.None, nil
			}
			return runtime.NewTuple(append([]runtime.Value(nil), f.Defaults...)), nil
		case "__code__":
			return runtime.Obj(&CodeObject{Code: f.Code}), nil
		case "__globals__":
			return runtime.Obj(runtime.AttrDictToDict(f.Globals)), nil
		case "__closure__":
			if len(f.Closure) == 0 {
				return runtime.None, nil
			}
			items := make([]runtime.Value, len(f.Closure))
			for i, c := range f.Closure {
				items[i] = runtime.Obj(c)
			}
			return runtime.NewTuple(items), nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}
	runtime.FunctionType.Slots.SetAttr = func(t *runtime.Thread, v runtime.Value, name string, val runtime.Value) error {
		f := v.Raw().(*Function)
		switch name {
		case "__name__":
			s, ok := runtime.StrValue(val)
			if !ok {
				return runtime.Errorf(runtime.TypeErrorType, "__name__ must be set to a string object")
			}
			f.Name = s
			return nil
		case "__qualname__":
			s, ok := runtime.StrValue(val)
			if !ok {
				return runtime.Errorf(runtime.TypeErrorType, "__qualname__ must be set to a string object")
			}
			f.QualName = s
			return nil
		case "__doc__":
			f.Doc = val
			return nil
		case "__module__":
			f.Module = val
			return nil
		}
		f.Dict.Set(name, val)
		return nil
	}
	runtime.FunctionType.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		f := v.Raw().(*Function)
		return "<function " + f.QualName + " at " + hexAddr(v) + ">", nil
	}
	runtime.CellType.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		if name == "cell_contents" {
			c := v.Raw().(*Cell)
			if c.V.IsNull() {
				return runtime.Null, runtime.Errorf(runtime.ValueErrorType, "Cell is empty")
			}
			return c.V, nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}
	runtime.CodeType.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		c := v.Raw().(*CodeObject).Code
		switch name {
		case "co_name":
			return runtime.Str(c.Name), nil
		case "co_qualname":
			return runtime.Str(c.QualName), nil
		case "co_filename":
			return runtime.Str(c.Filename), nil
		case "co_firstlineno":
			return runtime.Int(int64(c.FirstLine)), nil
		case "co_argcount":
			return runtime.Int(int64(c.ArgCount)), nil
		case "co_varnames":
			items := make([]runtime.Value, len(c.VarNames))
			for i, n := range c.VarNames {
				items[i] = runtime.Str(n)
			}
			return runtime.NewTuple(items), nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}
}

// CodeObject exposes a compiled code object to scripts (fn.__code__).
type CodeObject struct {
	Code *compiler.Code
}

// Type makes CodeObject a runtime object.
func (*CodeObject) Type() *runtime.Type { return runtime.CodeType }

// IsCoroutineFunction reports whether calling f makes a coroutine (async def).
func (f *Function) IsCoroutineFunction() bool {
	return f.Code.Flags&compiler.FlagCoroutine != 0
}

// IsAsyncGenFunction reports whether calling f makes an async generator.
func (f *Function) IsAsyncGenFunction() bool {
	return f.Code.Flags&compiler.FlagAsyncGenerator != 0
}
