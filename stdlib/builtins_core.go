package stdlib

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/aio-lang/aio/runtime"
)

// This file holds the builtins about objects in general: identity, types,
// attributes, conversions to text, and iteration protocol entry points.

func installCore(d *runtime.AttrDict) {
	def(d, "len", builtinLen)
	def(d, "repr", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("repr", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		s, err := runtime.Repr(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(s), nil
	})
	def(d, "ascii", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("ascii", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		s, err := runtime.ASCII(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(s), nil
	})
	def(d, "id", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("id", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		return runtime.Int(int64(runtime.Id(args[0]))), nil
	})
	def(d, "hash", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("hash", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		h, err := runtime.Hash(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Int(h), nil
	})
	def(d, "callable", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("callable", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(runtime.IsCallable(args[0])), nil
	})
	def(d, "isinstance", builtinIsInstance)
	def(d, "issubclass", builtinIsSubclass)
	def(d, "getattr", builtinGetAttr)
	def(d, "setattr", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("setattr", args, kwnames, 3, 3); err != nil {
			return runtime.Null, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return runtime.Null, err
		}
		if err := runtime.SetAttr(t, args[0], name, args[2]); err != nil {
			return runtime.Null, err
		}
		return runtime.None, nil
	})
	def(d, "hasattr", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("hasattr", args, kwnames, 2, 2); err != nil {
			return runtime.Null, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return runtime.Null, err
		}
		ok, err := runtime.HasAttr(t, args[0], name)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(ok), nil
	})
	def(d, "delattr", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("delattr", args, kwnames, 2, 2); err != nil {
			return runtime.Null, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return runtime.Null, err
		}
		if err := runtime.DelAttr(t, args[0], name); err != nil {
			return runtime.Null, err
		}
		return runtime.None, nil
	})
	def(d, "vars", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("vars", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		r, ok, err := runtime.GetAttrOr(t, args[0], "__dict__")
		if err != nil {
			return runtime.Null, err
		}
		if !ok {
			return runtime.Null, typeError("vars() argument must have __dict__ attribute")
		}
		return r, nil
	})
	def(d, "dir", builtinDir)
	def(d, "format", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var v, spec runtime.Value
		if err := runtime.ParseArgs("format", args, kwnames, 1, []string{"/value", "/format_spec"}, &v, &spec); err != nil {
			return runtime.Null, err
		}
		s := ""
		if !spec.IsNull() {
			var ok bool
			if s, ok = runtime.StrValue(spec); !ok {
				return runtime.Null, typeError("format() argument 2 must be str, not %s", spec.TypeName())
			}
		}
		r, err := runtime.FormatValue(t, v, s)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(r), nil
	})
	def(d, "chr", builtinChr)
	def(d, "ord", builtinOrd)
	def(d, "hex", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return formatBase(t, "hex", args, kwnames, 16)
	})
	def(d, "oct", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return formatBase(t, "oct", args, kwnames, 8)
	})
	def(d, "bin", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return formatBase(t, "bin", args, kwnames, 2)
	})
	def(d, "iter", builtinIter)
	def(d, "next", builtinNext)
	def(d, "aiter", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("aiter", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		if _, ok := args[0].Type().Lookup("__aiter__"); !ok {
			return runtime.Null, typeError("'%s' object is not an async iterable", args[0].TypeName())
		}
		return runtime.CallMethod(t, args[0], "__aiter__")
	})
	def(d, "anext", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("anext", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		if _, ok := args[0].Type().Lookup("__anext__"); !ok {
			return runtime.Null, typeError("'%s' object is not an async iterator", args[0].TypeName())
		}
		return runtime.CallMethod(t, args[0], "__anext__")
	})
	def(d, "__import__", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var name, globals, locals, fromlist, level runtime.Value
		if err := runtime.ParseArgs("__import__", args, kwnames, 1, []string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level); err != nil {
			return runtime.Null, err
		}
		s, ok := runtime.StrValue(name)
		if !ok {
			return runtime.Null, typeError("__import__() argument 1 must be str, not %s", name.TypeName())
		}
		if t.Import == nil {
			return runtime.Null, runtime.Errorf(runtime.ImportErrorType, "__import__ not found")
		}
		top := s
		if i := strings.IndexByte(s, '.'); i >= 0 {
			top = s[:i]
		}
		m, err := t.Import(t, top)
		if err != nil {
			return runtime.Null, err
		}
		if top != s {
			if _, err := t.Import(t, s); err != nil {
				return runtime.Null, err
			}
		}
		return runtime.Obj(m), nil
	})
	exit := func(name string) runtime.BuiltinFunc {
		return func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			var code runtime.Value
			if err := runtime.ParseArgs(name, args, kwnames, 0, []string{"code"}, &code); err != nil {
				return runtime.Null, err
			}
			return runtime.Null, systemExit(code)
		}
	}
	def(d, "exit", exit("exit"))
	def(d, "quit", exit("quit"))
}

func builtinLen(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 || len(kwnames) != 0 {
		return runtime.Null, runtime.ArgCount("len", args, kwnames, 1, 1)
	}
	n, err := runtime.Len(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Int(int64(n)), nil
}

// systemExit makes SystemExit(code); a Null code means no argument.
func systemExit(code runtime.Value) error {
	if code.IsNull() {
		return runtime.NewException(runtime.SystemExitType)
	}
	return runtime.NewException(runtime.SystemExitType, code)
}

// attrName checks that an attribute name is a str.
func attrName(v runtime.Value) (string, error) {
	s, ok := runtime.StrValue(v)
	if !ok {
		return "", typeError("attribute name must be string, not '%s'", v.TypeName())
	}
	return s, nil
}

func builtinGetAttr(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("getattr", args, kwnames, 2, 3); err != nil {
		return runtime.Null, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return runtime.Null, err
	}
	if len(args) == 2 {
		return runtime.GetAttr(t, args[0], name)
	}
	r, ok, err := runtime.GetAttrOr(t, args[0], name)
	if err != nil {
		return runtime.Null, err
	}
	if !ok {
		return args[2], nil
	}
	return r, nil
}

func builtinIsInstance(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("isinstance", args, kwnames, 2, 2); err != nil {
		return runtime.Null, err
	}
	if cls, ok := args[1].Raw().(*runtime.Type); ok {
		return runtime.Bool(args[0].Type().IsSubtype(cls)), nil
	}
	r, err := matchClassInfo(args[0].Type(), args[1], "isinstance() arg 2 must be a type, a tuple of types, or a union", 0)
	return runtime.Bool(r), err
}

func builtinIsSubclass(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("issubclass", args, kwnames, 2, 2); err != nil {
		return runtime.Null, err
	}
	cls, ok := args[0].Raw().(*runtime.Type)
	if !ok {
		return runtime.Null, typeError("issubclass() arg 1 must be a class")
	}
	r, err := matchClassInfo(cls, args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union", 0)
	return runtime.Bool(r), err
}

// matchClassInfo reports whether typ derives from classinfo: a class or a
// (nested) tuple of classes. Like CPython it checks the tuple's items in
// order and stops at the first match, so a bad item after a match is not
// an error.
func matchClassInfo(typ *runtime.Type, info runtime.Value, msg string, depth int) (bool, error) {
	switch o := info.Raw().(type) {
	case *runtime.Type:
		return typ.IsSubtype(o), nil
	case *runtime.Tuple:
		if depth > 1000 {
			return false, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded in __instancecheck__")
		}
		for _, x := range o.Items {
			ok, err := matchClassInfo(typ, x, msg, depth+1)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, typeError("%s", msg)
}

func builtinDir(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("dir", args, kwnames, 0, 1); err != nil {
		return runtime.Null, err
	}
	if len(args) == 0 {
		return runtime.Null, typeError("dir() without arguments needs the interpreter")
	}
	v := args[0]
	if scriptDefines(v.Type(), "__dir__") {
		if _, isType := v.Raw().(*runtime.Type); !isType {
			r, err := runtime.CallMethod(t, v, "__dir__")
			if err != nil {
				return runtime.Null, err
			}
			items, err := runtime.ToSlice(t, r)
			if err != nil {
				return runtime.Null, err
			}
			if err := runtime.SortValues(t, items, runtime.Null, false); err != nil {
				return runtime.Null, err
			}
			return runtime.Obj(runtime.NewList(items)), nil
		}
	}
	names := runtime.ObjectDir(v)
	sort.Strings(names)
	items := make([]runtime.Value, len(names))
	for i, n := range names {
		items[i] = runtime.Str(n)
	}
	return runtime.Obj(runtime.NewList(items)), nil
}

// scriptDefines reports whether name resolves along typ's MRO to an
// attribute of a script class.
func scriptDefines(typ *runtime.Type, name string) bool {
	for _, c := range typ.MRO {
		if _, ok := c.Dict.Get(name); ok {
			return !c.Builtin
		}
	}
	return false
}

func builtinChr(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("chr", args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	iv, err := runtime.Index(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	if !iv.IsInt() {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to C int")
	}
	i := iv.AsInt()
	if i > 2147483647 || i < -2147483648 {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to C int")
	}
	if i < 0 || i >= 0x110000 {
		return runtime.Null, valueError("chr() arg not in range(0x110000)")
	}
	if i < utf8.RuneSelf {
		return runtime.Str(asciiStrings[i]), nil
	}
	if i >= 0xd800 && i <= 0xdfff {
		// Lone surrogates are kept as WTF-8, like the runtime's str.
		return runtime.Str(string([]byte{0xe0 | byte(i>>12), 0x80 | byte(i>>6)&0x3f, 0x80 | byte(i)&0x3f})), nil
	}
	return runtime.Str(string(rune(i))), nil
}

// asciiStrings are the one-character strings of the ASCII range, so chr()
// of them does not allocate the text.
var asciiStrings = func() [128]string {
	var a [128]string
	for i := range a {
		a[i] = string(rune(i))
	}
	return a
}()

func builtinOrd(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("ord", args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	v := args[0]
	if s, ok := runtime.StrValue(v); ok {
		if len(s) == 1 {
			return runtime.Int(int64(s[0])), nil
		}
		r, size := decodeRuneWTF8(s)
		if size == len(s) && size > 0 {
			return runtime.Int(int64(r)), nil
		}
		n := 0
		for i := 0; i < len(s); n++ {
			_, size := decodeRuneWTF8(s[i:])
			i += size
		}
		return runtime.Null, typeError("ord() expected a character, but string of length %d found", n)
	}
	if b, ok := runtime.BytesValue(v); ok {
		if len(b) == 1 {
			return runtime.Int(int64(b[0])), nil
		}
		return runtime.Null, typeError("ord() expected a character, but string of length %d found", len(b))
	}
	return runtime.Null, typeError("ord() expected string of length 1, but %s found", v.TypeName())
}

// formatBase is hex/oct/bin: the integer (through __index__) in base with
// its prefix after the sign.
func formatBase(t *runtime.Thread, name string, args []runtime.Value, kwnames []string, base int) (runtime.Value, error) {
	if err := runtime.ArgCount(name, args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	iv, err := runtime.Index(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Str(runtime.FormatInt(iv, base)), nil
}

func builtinIter(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("iter", args, kwnames, 1, 2); err != nil {
		return runtime.Null, err
	}
	if len(args) == 1 {
		return runtime.Iter(t, args[0])
	}
	if !runtime.IsCallable(args[0]) {
		return runtime.Null, typeError("iter(v, w): v must be callable")
	}
	return runtime.Obj(&callIterator{fn: args[0], sentinel: args[1]}), nil
}

func builtinNext(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("next", args, kwnames, 1, 2); err != nil {
		return runtime.Null, err
	}
	r, ok, err := runtime.Next(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	if ok {
		return r, nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	// A generator that returned a value reports it in StopIteration.value.
	if g, ok := args[0].Raw().(interface{ StopValue() runtime.Value }); ok {
		if v := g.StopValue(); !v.IsNone() {
			return runtime.Null, runtime.NewException(runtime.StopIterationType, v)
		}
	}
	return runtime.Null, runtime.NewException(runtime.StopIterationType)
}

// callIterator is iter(callable, sentinel): it calls fn until it returns
// a value equal to sentinel.
type callIterator struct {
	fn, sentinel runtime.Value
}

// Type makes callIterator an Object.
func (*callIterator) Type() *runtime.Type { return runtime.CallIteratorType }

func init() {
	typ := runtime.CallIteratorType
	typ.Final = true
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Null, typeError("cannot create 'callable_iterator' instances")
	}
	typ.Slots.Iter = iterSelf
	typ.Slots.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		c, ok := v.Raw().(*callIterator)
		if !ok || c.fn.IsNull() {
			return runtime.Null, false, nil
		}
		r, err := runtime.Call(t, c.fn, nil, nil)
		if err != nil {
			if runtime.IsInstanceOf(err, runtime.StopIterationType) {
				c.fn = runtime.Null
				return runtime.Null, false, nil
			}
			return runtime.Null, false, err
		}
		eq, err := runtime.Equal(t, r, c.sentinel)
		if err != nil {
			return runtime.Null, false, err
		}
		if eq {
			c.fn = runtime.Null
			return runtime.Null, false, nil
		}
		return r, true, nil
	}
	addIterMethods(typ)
}

// decodeRuneWTF8 decodes one code point of a str, where lone surrogates
// are stored as their three-byte WTF-8 form.
func decodeRuneWTF8(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size != 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	if len(s) == 0 {
		return utf8.RuneError, 0
	}
	return 0xdc00 + rune(s[0]), 1
}
