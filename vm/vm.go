// Package vm runs compiled aio code: frames on the heap, one interpreter
// loop that switches between them without Go recursion, generators and
// coroutines that suspend by leaving their frames in place.
package vm

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"strings"
	"sync/atomic"

	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/parser"
	"github.com/aio-lang/aio/runtime"
)

// VM is one interpreter: a thread of execution, its modules and its
// frame pool. It is used from one goroutine at a time.
type VM struct {
	Thread *runtime.Thread
	// Main is the __main__ module.
	Main *runtime.Module
	// Native holds Go-implemented modules by name, created on first import.
	Native map[string]func(t *runtime.Thread) (*runtime.Module, error)
	// FS is where `import name` looks for name.aio; nil disables file imports.
	FS fs.FS
	// Sources keeps the text of every file compiled, for tracebacks.
	Sources map[string][]string

	cur *Frame
	// kwnames are the keyword names KW_NAMES set for the CALL that
	// follows it.
	kwnames []string

	framePool [framePoolSize]*Frame
	nPool     int

	// switchTo and yieldValue pass results from the slow path to the loop.
	switchTo   *Frame
	yieldValue runtime.Value
	buildClass runtime.Value

	// MaxSteps, when positive, is the instruction budget of one Run/Call;
	// Steps counts instructions executed.
	MaxSteps int64
	Steps    int64
	// checkCountdown triggers the periodic context/budget check.
	checkCountdown int
	// interrupt is set from other goroutines to stop the running script.
	interrupt atomic.Pointer[runtime.Instance]
	// MemCheck, when set, is called periodically and returns an error to
	// stop the script (memory budget).
	MemCheck func() error
	// MemReserve, when set, is asked before one large allocation of n
	// bytes and returns an error when the memory budget cannot hold it.
	MemReserve func(n int64) error
}

// New makes a VM with a fresh __main__ module and the given builtins.
func New(builtins *runtime.AttrDict) *VM {
	vm := &VM{
		Native:  map[string]func(t *runtime.Thread) (*runtime.Module, error){},
		Sources: map[string][]string{},
	}
	t := &runtime.Thread{
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		Stdin:    os.Stdin,
		MaxDepth: 1000,
		Modules:  map[string]*runtime.Module{},
		Builtins: builtins,
		VM:       vm,
		Poller:   vm,
	}
	t.Import = vm.importModule
	t.Trace = vm.position
	t.CurrentHandled = func() *runtime.Instance { return currentHandled(vm.cur) }
	vm.Thread = t
	vm.Main = runtime.NewModule("__main__")
	vm.Main.Dict.Set("__builtins__", runtime.Obj(&runtime.Module{Name: "builtins", Dict: builtins}))
	t.Modules["__main__"] = vm.Main
	vm.installVMBuiltins()
	return vm
}

// SetStdout redirects print and sys.stdout.
func (vm *VM) SetStdout(w io.Writer) { vm.Thread.Stdout = w }

// Interrupt asks the running script to stop by raising exc at the next
// check; it may be called from any goroutine.
func (vm *VM) Interrupt(exc *runtime.Instance) { vm.interrupt.Store(exc) }

// position describes the current script position, for internal errors.
func (vm *VM) position() string {
	if vm.cur == nil {
		return ""
	}
	return fmt.Sprintf("%s, line %d", vm.cur.code.Filename, vm.cur.Line())
}

// Compile parses and compiles src. Syntax errors come back as a
// *parser.SyntaxError.
func (vm *VM) Compile(filename, src string, mode compiler.Mode) (*compiler.Code, error) {
	vm.Sources[filename] = strings.Split(src, "\n")
	var mod *ast.Module
	if mode == compiler.ModeEval {
		e, err := parser.ParseExpr(filename, src)
		if err != nil {
			return nil, err
		}
		mod = &ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Pos: e.Span(), Value: e}}}
	} else {
		m, err := parser.ParseFile(filename, src)
		if err != nil {
			return nil, err
		}
		mod = m
	}
	code, err := compiler.Compile(filename, mod, mode)
	if err != nil {
		if ce, ok := err.(*compiler.Error); ok {
			se := &parser.SyntaxError{Filename: ce.Filename, Line: ce.Line, Col: ce.Col, EndCol: ce.EndCol, Msg: ce.Msg, Kind: "SyntaxError"}
			if lines := vm.Sources[filename]; ce.Line >= 1 && ce.Line <= len(lines) {
				se.Text = lines[ce.Line-1]
			}
			return nil, se
		}
		return nil, err
	}
	return code, nil
}

// SourceLine returns line n (1-based) of a compiled file, or "".
func (vm *VM) SourceLine(file string, n int) string {
	lines := vm.Sources[file]
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// RunModule runs module-level code with mod's dict as its globals.
func (vm *VM) RunModule(code *compiler.Code, mod *runtime.Module) (runtime.Value, error) {
	fn := vm.MakeFunction(code, mod.Dict)
	return vm.callFunction(fn, nil, nil)
}

// MakeFunction wraps module-level code as a function over globals.
func (vm *VM) MakeFunction(code *compiler.Code, globals *runtime.AttrDict) *Function {
	return newFunction(code, globals, vm.prepare(code))
}

// prepare converts a code object's constants once and sizes its frames.
func (vm *VM) prepare(code *compiler.Code) *codeInfo {
	if info, ok := code.Cache.(*codeInfo); ok {
		return info
	}
	info := &codeInfo{
		consts:  make([]runtime.Value, len(code.Consts)),
		kwnames: map[int][]string{},
		nlocals: len(code.VarNames),
		ncells:  len(code.CellVars) + len(code.FreeVars),
	}
	info.nslots = info.nlocals + code.StackSize
	for i, k := range code.Consts {
		info.consts[i] = constToValue(k)
		if tup, ok := k.(compiler.Tuple); ok {
			names := make([]string, 0, len(tup))
			allStr := true
			for _, e := range tup {
				s, ok := e.(string)
				if !ok {
					allStr = false
					break
				}
				names = append(names, s)
			}
			if allStr {
				info.kwnames[i] = names
			}
		}
	}
	for i, name := range code.Names {
		code.Names[i] = runtime.Intern(name)
	}
	info.globCache = make([]globalCache, len(code.Code))
	info.attrCache = make([]attrCache, len(code.Code))
	code.Cache = info
	return info
}

func constToValue(k any) runtime.Value {
	switch v := k.(type) {
	case nil:
		return runtime.None
	case bool:
		return runtime.Bool(v)
	case int64:
		return runtime.Int(v)
	case *big.Int:
		return runtime.NewIntFromBig(v)
	case float64:
		return runtime.Float(v)
	case complex128:
		return runtime.None
	case string:
		return runtime.Str(v)
	case compiler.Bytes:
		return runtime.Obj(&runtime.Bytes{B: []byte(v)})
	case compiler.EllipsisConst:
		return runtime.Ellipsis
	case compiler.Tuple:
		items := make([]runtime.Value, len(v))
		for i, e := range v {
			items[i] = constToValue(e)
		}
		return runtime.NewTuple(items)
	case *compiler.Code:
		return runtime.Obj(&CodeObject{Code: v})
	case compiler.FrozenSet:
		items := make([]runtime.Value, len(v))
		for i, e := range v {
			items[i] = constToValue(e)
		}
		s, err := runtime.NewConstFrozenSet(nil, items)
		if err != nil {
			return runtime.None
		}
		return runtime.Obj(s)
	}
	return runtime.None
}

// callFunction calls fn from Go: a new frame run to completion by a nested
// interpreter loop.
func (vm *VM) callFunction(fn *Function, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	code := fn.Code
	if code.Flags&(compiler.FlagGenerator|compiler.FlagCoroutine|compiler.FlagAsyncGenerator) != 0 {
		f, err := vm.setupFrame(fn, args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(newGenerator(f, fn)), nil
	}
	f, err := vm.setupFrame(fn, args, kwnames)
	if err != nil {
		return runtime.Null, err
	}
	f.pooled = true
	return vm.runBase(f)
}

// runBase runs f as the base of a nested loop and returns its result.
func (vm *VM) runBase(f *Frame) (runtime.Value, error) {
	if vm.Thread.Depth >= vm.Thread.MaxDepth {
		vm.releaseFrame(f)
		return runtime.Null, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
	}
	f.back = vm.cur
	f.base = true
	saved := vm.cur
	vm.Thread.Depth++
	v, _, err := vm.run(f, runtime.Null, nil)
	vm.Thread.Depth--
	vm.cur = saved
	return v, err
}

// setupFrame makes a frame for fn and binds the arguments.
func (vm *VM) setupFrame(fn *Function, args []runtime.Value, kwnames []string) (*Frame, error) {
	f := vm.newFrame(fn)
	f.pooled = false
	if fn.simple && len(kwnames) == 0 && len(args) == fn.Code.ArgCount {
		copy(f.locals(), args)
		return f, nil
	}
	if err := bindArgs(f, fn, args, kwnames); err != nil {
		vm.releaseFrame(f)
		return nil, err
	}
	return f, nil
}

// bindArgs assigns call arguments to parameters, with Python's rules and
// error messages.
func bindArgs(f *Frame, fn *Function, args []runtime.Value, kwnames []string) error {
	code := fn.Code
	locals := f.locals()
	nargs := len(args) - len(kwnames)
	npos := code.ArgCount
	nkwonly := code.KwOnlyCount
	idx := npos + nkwonly
	n := nargs
	if n > npos {
		n = npos
	}
	copy(locals, args[:n])
	if code.Flags&compiler.FlagVarArgs != 0 {
		if nargs > npos {
			locals[idx] = runtime.NewTuple(append([]runtime.Value(nil), args[npos:nargs]...))
		} else {
			locals[idx] = runtime.EmptyTuple
		}
		idx++
	} else if nargs > npos {
		return tooManyPositional(fn, nargs, len(kwnames) > 0, locals)
	}
	var kwdict *runtime.Dict
	if code.Flags&compiler.FlagVarKw != 0 {
		kwdict = runtime.NewDict()
		locals[idx] = runtime.Obj(kwdict)
	}
	for k, name := range kwnames {
		v := args[nargs+k]
		found := -1
		for i := code.PosOnlyCount; i < npos+nkwonly; i++ {
			if code.VarNames[i] == name {
				found = i
				break
			}
		}
		if found >= 0 {
			if !locals[found].IsNull() {
				return runtime.Errorf(runtime.TypeErrorType, "%s() got multiple values for argument '%s'", fn.QualName, name)
			}
			locals[found] = v
			continue
		}
		if kwdict != nil {
			kwdict.SetStr(name, v)
			continue
		}
		for i := 0; i < code.PosOnlyCount; i++ {
			if code.VarNames[i] == name {
				return runtime.Errorf(runtime.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.QualName, name)
			}
		}
		return runtime.Errorf(runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.QualName, name)
	}
	if nargs < npos {
		ndef := len(fn.Defaults)
		var missing []string
		for i := nargs; i < npos; i++ {
			if !locals[i].IsNull() {
				continue
			}
			if j := i - (npos - ndef); j >= 0 {
				locals[i] = fn.Defaults[j]
				continue
			}
			missing = append(missing, code.VarNames[i])
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "positional")
		}
	}
	if nkwonly > 0 {
		var missing []string
		for i := npos; i < npos+nkwonly; i++ {
			if !locals[i].IsNull() {
				continue
			}
			if d, ok := fn.KwDefaults[code.VarNames[i]]; ok {
				locals[i] = d
				continue
			}
			missing = append(missing, code.VarNames[i])
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	for i, a := range code.Cell2Arg {
		if a >= 0 {
			f.cells[i].V = locals[a]
			locals[a] = runtime.Null
		}
	}
	return nil
}

func tooManyPositional(fn *Function, given int, hasKw bool, locals []runtime.Value) error {
	code := fn.Code
	npos := code.ArgCount
	ndef := len(fn.Defaults)
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", npos-ndef, npos)
	} else if npos == 1 {
		takes = "1 positional argument"
	} else {
		takes = fmt.Sprintf("%d positional arguments", npos)
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	kwonlyGiven := 0
	for i := npos; i < npos+code.KwOnlyCount; i++ {
		if !locals[i].IsNull() {
			kwonlyGiven++
		}
	}
	if kwonlyGiven > 0 {
		s := ""
		if kwonlyGiven > 1 {
			s = "s"
		}
		return runtime.Errorf(runtime.TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.QualName, takes, given, plural(given), kwonlyGiven, s)
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() takes %s but %d %s given", fn.QualName, takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.QualName, len(names), kind, plural(len(names)), list)
}

// Context returns the thread's context, or Background.
func (vm *VM) Context() context.Context {
	if vm.Thread.Ctx != nil {
		return vm.Thread.Ctx
	}
	return context.Background()
}

func hexAddr(v runtime.Value) string {
	return fmt.Sprintf("0x%x", runtime.Address(v))
}
