package runtime

import "strings"

// NewClass creates a script class, as the class statement does: it
// linearises the bases, takes the namespace as the class dict and wires the
// dunder methods it defines into the type's slots.
func NewClass(t *Thread, name string, bases []*Type, ns *AttrDict, module string) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Final {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	cls := &Type{Name: name, Module: module, Bases: bases, Dict: ns}
	if err := ComputeMRO(cls); err != nil {
		return nil, err
	}
	for _, b := range bases {
		if b.IsException {
			cls.IsException = true
		}
	}
	if doc, ok := ns.Get("__doc__"); ok {
		if s, ok := doc.o.(*StrObject); ok {
			cls.Doc = s.S
		}
	}
	for _, c := range cls.MRO[1:] {
		if c.Builtin {
			cls.New = c.New
			break
		}
	}
	buildSlots(cls)
	return cls, nil
}

// slotDunders are the method names that feed slots.
var slotDunders = map[string]bool{
	"__repr__": true, "__str__": true, "__hash__": true, "__eq__": true, "__ne__": true,
	"__lt__": true, "__le__": true, "__gt__": true, "__ge__": true, "__bool__": true,
	"__len__": true, "__iter__": true, "__next__": true, "__getitem__": true,
	"__setitem__": true, "__delitem__": true, "__contains__": true, "__call__": true,
	"__setattr__": true, "__delattr__": true, "__get__": true, "__set__": true,
	"__neg__": true, "__pos__": true, "__invert__": true, "__abs__": true,
	"__index__": true, "__int__": true, "__float__": true, "__getattribute__": true,
}

func init() {
	for _, d := range binOpDunders {
		slotDunders["__"+d+"__"] = true
		slotDunders["__r"+d+"__"] = true
		slotDunders["__i"+d+"__"] = true
	}
}

// refreshSlots rebuilds cls's slots after a dunder attribute changed.
func refreshSlots(cls *Type, name string) {
	if slotDunders[name] {
		buildSlots(cls)
	}
}

// definedByScript reports whether name resolves, along cls's MRO, to an
// attribute of a script class (rather than of a built-in one).
func definedByScript(cls *Type, name string) bool {
	for _, c := range cls.MRO {
		if _, ok := c.Dict.Get(name); ok {
			return !c.Builtin
		}
	}
	return false
}

func buildSlots(cls *Type) {
	var base *Type
	for _, c := range cls.MRO[1:] {
		if c.Builtin {
			base = c
			break
		}
	}
	cls.Slots = base.Slots
	has := func(name string) bool { return definedByScript(cls, name) }
	s := &cls.Slots
	if has("__repr__") {
		s.Repr = func(t *Thread, v Value) (string, error) { return callStrDunder(t, v, "__repr__") }
	}
	if has("__str__") {
		s.Str = func(t *Thread, v Value) (string, error) { return callStrDunder(t, v, "__str__") }
	} else if has("__repr__") && base == ObjectType {
		s.Str = nil
	}
	if has("__hash__") {
		if h, _ := cls.Lookup("__hash__"); h.IsNone() {
			s.Hash = unhashable
		} else {
			s.Hash = func(t *Thread, v Value) (int64, error) {
				r, err := CallMethod(t, v, "__hash__")
				if err != nil {
					return 0, err
				}
				if !r.IntLike() {
					return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
				}
				if r.IsInt() {
					// A result that fits a Py_hash_t is the hash itself
					// (only -1 is reserved); bigger ones are hashed.
					if h := r.AsInt(); h != -1 {
						return h, nil
					}
					return -2, nil
				}
				return HashInt(r), nil
			}
		}
	} else if definedByScript(cls, "__eq__") {
		if _, own := cls.Dict.Get("__eq__"); own {
			s.Hash = unhashable
		}
	}
	cmp := false
	for _, d := range cmpDunders {
		if has(d) {
			cmp = true
		}
	}
	if cmp {
		baseCompare := base.Slots.Compare
		s.Compare = func(t *Thread, a, b Value, op CmpOp) (Value, error) {
			r, err := scriptCompare(t, a, b, op)
			if err == nil && r.IsNotImplemented() && baseCompare != nil && !definedByScript(a.Type(), cmpDunders[op]) {
				return baseCompare(t, a, b, op)
			}
			return r, err
		}
	}
	if has("__bool__") {
		s.Bool = func(t *Thread, v Value) (bool, error) {
			r, err := CallMethod(t, v, "__bool__")
			if err != nil {
				return false, err
			}
			if !r.IsBool() {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.TypeName())
			}
			return r.AsBool(), nil
		}
	}
	if has("__len__") {
		s.Len = func(t *Thread, v Value) (int, error) {
			r, err := CallMethod(t, v, "__len__")
			if err != nil {
				return 0, err
			}
			if !r.IntLike() {
				return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", r.TypeName())
			}
			n := r.AsInt()
			if n < 0 {
				return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
			}
			return int(n), nil
		}
	}
	if has("__iter__") {
		s.Iter = func(t *Thread, v Value) (Value, error) { return CallMethod(t, v, "__iter__") }
	}
	if has("__next__") {
		s.Next = func(t *Thread, v Value) (Value, bool, error) {
			r, err := CallMethod(t, v, "__next__")
			if err != nil {
				if IsInstanceOf(err, StopIterationType) {
					return Null, false, nil
				}
				return Null, false, err
			}
			return r, true, nil
		}
	}
	if has("__getitem__") {
		s.GetItem = func(t *Thread, v, key Value) (Value, error) { return CallMethod(t, v, "__getitem__", key) }
	}
	if has("__setitem__") {
		s.SetItem = func(t *Thread, v, key, val Value) error {
			_, err := CallMethod(t, v, "__setitem__", key, val)
			return err
		}
	}
	if has("__delitem__") {
		s.DelItem = func(t *Thread, v, key Value) error {
			_, err := CallMethod(t, v, "__delitem__", key)
			return err
		}
	}
	if has("__contains__") {
		s.Contains = func(t *Thread, v, x Value) (bool, error) {
			r, err := CallMethod(t, v, "__contains__", x)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}
	}
	if has("__call__") {
		s.Call = func(t *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			m, _ := v.Type().Lookup("__call__")
			full := make([]Value, 0, len(args)+1)
			full = append(full, v)
			full = append(full, args...)
			return Call(t, m, full, kwnames)
		}
	}
	if has("__getattribute__") {
		s.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
			r, err := CallMethod(t, v, "__getattribute__", Str(name))
			if err != nil && IsInstanceOf(err, AttributeErrorType) {
				if _, ok := v.Type().Lookup("__getattr__"); ok {
					return CallMethod(t, v, "__getattr__", Str(name))
				}
			}
			return r, err
		}
	}
	if has("__setattr__") {
		s.SetAttr = func(t *Thread, v Value, name string, val Value) error {
			_, err := CallMethod(t, v, "__setattr__", Str(name), val)
			return err
		}
	}
	if has("__delattr__") {
		s.DelAttr = func(t *Thread, v Value, name string) error {
			_, err := CallMethod(t, v, "__delattr__", Str(name))
			return err
		}
	}
	if has("__get__") {
		s.Get = func(t *Thread, desc, obj Value, cls *Type) (Value, error) {
			o := obj
			if o.IsNull() {
				o = None
			}
			return CallMethod(t, desc, "__get__", o, Obj(cls))
		}
	}
	if has("__set__") {
		s.DescSet = func(t *Thread, desc, obj, val Value) error {
			_, err := CallMethod(t, desc, "__set__", obj, val)
			return err
		}
	}
	unary := func(name string) func(t *Thread, v Value) (Value, error) {
		if !has(name) {
			return nil
		}
		return func(t *Thread, v Value) (Value, error) { return CallMethod(t, v, name) }
	}
	if f := unary("__neg__"); f != nil {
		s.Neg = f
	}
	if f := unary("__pos__"); f != nil {
		s.Pos = f
	}
	if f := unary("__invert__"); f != nil {
		s.Invert = f
	}
	if f := unary("__abs__"); f != nil {
		s.Abs = f
	}
	if f := unary("__index__"); f != nil {
		s.Index = f
	}
	if f := unary("__int__"); f != nil {
		s.Int = f
	}
	if f := unary("__float__"); f != nil {
		s.Float = f
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		for kind, prefix := range []string{"__", "__r", "__i"} {
			name := prefix + op.Dunder() + "__"
			if !has(name) {
				continue
			}
			f := func(t *Thread, a, b Value) (Value, error) {
				m, ok := a.Type().Lookup(name)
				if !ok {
					return NotImplemented, nil
				}
				return Call2(t, m, a, b)
			}
			switch kind {
			case 0:
				s.Binary[op] = f
			case 1:
				s.Reflected[op] = f
			case 2:
				s.InPlace[op] = f
			}
		}
	}
}

func unhashable(t *Thread, v Value) (int64, error) {
	return 0, Errorf(TypeErrorType, "unhashable type: '%s'", v.TypeName())
}

// scriptCompare calls the comparison dunder of a script class; a missing
// __ne__ is derived from __eq__ as object.__ne__ does.
func scriptCompare(t *Thread, a, b Value, op CmpOp) (Value, error) {
	typ := a.Type()
	name := cmpDunders[op]
	if m, ok := typ.Lookup(name); ok && definedByScript(typ, name) {
		if m.IsNone() {
			return NotImplemented, nil
		}
		return Call2(t, m, a, b)
	}
	if op == CmpNe && definedByScript(typ, "__eq__") {
		m, _ := typ.Lookup("__eq__")
		r, err := Call2(t, m, a, b)
		if err != nil || r.IsNotImplemented() {
			return r, err
		}
		truth, err := Truth(t, r)
		if err != nil {
			return Null, err
		}
		return Bool(!truth), nil
	}
	return NotImplemented, nil
}

// CallMethod looks name up on v's type and calls it with v as self.
func CallMethod(t *Thread, v Value, name string, args ...Value) (Value, error) {
	m, ok := v.Type().Lookup(name)
	if !ok {
		return Null, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), name)
	}
	if get := m.Type().Slots.Get; get != nil && m.Type() != FunctionType && m.Type() != MethodDescriptorType {
		bound, err := get(t, m, v, v.Type())
		if err != nil {
			return Null, err
		}
		return Call(t, bound, args, nil)
	}
	full := make([]Value, 0, len(args)+1)
	full = append(full, v)
	full = append(full, args...)
	return Call(t, m, full, nil)
}

func callStrDunder(t *Thread, v Value, name string) (string, error) {
	r, err := CallMethod(t, v, name)
	if err != nil {
		return "", err
	}
	s, ok := r.o.(*StrObject)
	if !ok {
		return "", Errorf(TypeErrorType, "%s returned non-string (type %s)", name, r.TypeName())
	}
	return s.S, nil
}

// CallType is cls(*args): construction through New (built-in types) or a
// fresh Instance, then __init__.
func CallType(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if cls == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return Obj(args[0].Type()), nil
	}
	var obj Value
	if cls.Builtin && cls.New != nil {
		// Built-in types construct in New; no script __new__/__init__.
		return cls.New(t, cls, args, kwnames)
	}
	if newFn, ok := cls.Lookup("__new__"); ok && definedByScript(cls, "__new__") {
		full := append([]Value{Obj(cls)}, args...)
		if sm, ok := newFn.o.(*StaticMethod); ok {
			newFn = sm.Func
		}
		r, err := Call(t, newFn, full, kwnames)
		if err != nil {
			return Null, err
		}
		obj = r
		if !obj.Type().IsSubtype(cls) {
			return obj, nil
		}
	} else if cls.New != nil {
		r, err := cls.New(t, cls, args, kwnames)
		if err != nil {
			return Null, err
		}
		obj = r
		if cls.Builtin {
			return obj, nil
		}
	} else {
		if cls == ObjectType && len(args) > 0 {
			return Null, Errorf(TypeErrorType, "object() takes no arguments")
		}
		inst := NewInstance(cls)
		if inst.Exc != nil {
			pos := args[:len(args)-len(kwnames)]
			if cls.IsSubtype(OSErrorType) && len(pos) >= 3 && len(pos) <= 5 {
				// OSError(errno, strerror, filename): args keeps the first two.
				inst.Dict.Set("errno", pos[0])
				inst.Dict.Set("strerror", pos[1])
				inst.Dict.Set("filename", pos[2])
				pos = pos[:2]
			}
			inst.Exc.Args = NewTuple(append([]Value(nil), pos...))
		}
		obj = Obj(inst)
	}
	init, ok := cls.Lookup("__init__")
	if ok && definedByScript(cls, "__init__") {
		full := make([]Value, 0, len(args)+1)
		full = append(full, obj)
		full = append(full, args...)
		r, err := Call(t, init, full, kwnames)
		if err != nil {
			return Null, err
		}
		if !r.IsNone() {
			return Null, Errorf(TypeErrorType, "__init__() should return None, not '%s'", r.TypeName())
		}
		return obj, nil
	}
	if cls.IsException {
		if len(kwnames) > 0 {
			return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
		}
		return obj, nil
	}
	if len(args) > 0 && cls.New == nil && !definedByScript(cls, "__new__") {
		return Null, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
	}
	return obj, nil
}

// IsInstance is isinstance(v, cls) for a single class.
func IsInstance(v Value, cls *Type) bool {
	return v.Type().IsSubtype(cls)
}

// TypeRepr is repr(cls): <class 'name'>.
func TypeRepr(cls *Type) string {
	var b strings.Builder
	b.WriteString("<class '")
	if cls.Module != "" && cls.Module != "builtins" {
		b.WriteString(cls.Module + ".")
	}
	b.WriteString(cls.PyQualname() + "'>")
	return b.String()
}
