package runtime

// This file gives the descriptor types (property, staticmethod,
// classmethod, super) their constructors and attributes, the methods of
// `object` that scripts reach through super(), and the three-argument form
// of type().

func init() {
	initProperty()
	initStaticClassMethod()
	initSuper()
	initObjectMethods()
	initTypeMethods()
}

// ---- property ----

func initProperty() {
	PropertyType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		if len(args) > 4 {
			return Null, Errorf(TypeErrorType, "property() takes at most 4 arguments (%d given)", len(args))
		}
		var fget, fset, fdel, doc Value
		if err := ParseArgs("property", args, kwnames, 0, []string{"fget", "fset", "fdel", "doc"}, &fget, &fset, &fdel, &doc); err != nil {
			return Null, err
		}
		return NewProperty(t, fget, fset, fdel, doc)
	}
	PropertyType.Slots.GetAttr = propertyGetAttr
	PropertyType.AddMethod("getter", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return propertyCopy(t, self, "getter", 0, args, kwnames)
	})
	PropertyType.AddMethod("setter", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return propertyCopy(t, self, "setter", 1, args, kwnames)
	})
	PropertyType.AddMethod("deleter", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return propertyCopy(t, self, "deleter", 2, args, kwnames)
	})
	PropertyType.AddMethod("__get__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__get__", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		obj := args[0]
		if obj.IsNone() {
			if len(args) < 2 || args[1].IsNone() {
				return Null, Errorf(TypeErrorType, "__get__(None, None) is invalid")
			}
			return self, nil
		}
		p, ok := self.o.(*Property)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor '__get__' requires a 'property' object")
		}
		if p.Fget.IsNull() || p.Fget.IsNone() {
			return Null, Errorf(AttributeErrorType, "property %s of '%s' object has no getter", propertyName(t, p), obj.TypeName())
		}
		return Call1(t, p.Fget, obj)
	})
	PropertyType.AddMethod("__set__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__set__", args, kwnames, 2, 2); err != nil {
			return Null, err
		}
		p, ok := self.o.(*Property)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor '__set__' requires a 'property' object")
		}
		if p.Fset.IsNull() || p.Fset.IsNone() {
			return Null, Errorf(AttributeErrorType, "property %s of '%s' object has no setter", propertyName(t, p), args[0].TypeName())
		}
		_, err := Call2(t, p.Fset, args[0], args[1])
		if err != nil {
			return Null, err
		}
		return None, nil
	})
	PropertyType.AddMethod("__delete__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__delete__", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		p, ok := self.o.(*Property)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor '__delete__' requires a 'property' object")
		}
		if p.Fdel.IsNull() || p.Fdel.IsNone() {
			return Null, Errorf(AttributeErrorType, "property %s of '%s' object has no deleter", propertyName(t, p), args[0].TypeName())
		}
		if _, err := Call1(t, p.Fdel, args[0]); err != nil {
			return Null, err
		}
		return None, nil
	})
}

// NewProperty is property(fget, fset, fdel, doc); Null or None arguments
// mean "absent". When doc is absent the getter's __doc__ is used.
func NewProperty(t *Thread, fget, fset, fdel, doc Value) (Value, error) {
	norm := func(v Value) Value {
		if v.IsNull() {
			return None
		}
		return v
	}
	p := &Property{Fget: norm(fget), Fset: norm(fset), Fdel: norm(fdel), Doc: norm(doc)}
	if p.Doc.IsNone() && !p.Fget.IsNone() {
		d, err := getterDoc(t, p.Fget)
		if err != nil {
			return Null, err
		}
		p.Doc = d
	}
	return Obj(p), nil
}

// getterDoc is fget.__doc__, or None when it has none.
func getterDoc(t *Thread, fget Value) (Value, error) {
	d, ok, err := GetAttrOr(t, fget, "__doc__")
	if err != nil {
		return Null, err
	}
	if !ok || d.IsNull() {
		return None, nil
	}
	return d, nil
}

// propertyCopy makes the new property returned by getter/setter/deleter:
// the same functions with the one at position which replaced. A docstring
// that came from the old getter is re-derived from the new one.
func propertyCopy(t *Thread, self Value, name string, which int, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount(name, args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	p, ok := self.o.(*Property)
	if !ok {
		return Null, Errorf(TypeErrorType, "descriptor '%s' requires a 'property' object", name)
	}
	fget, fset, fdel := p.Fget, p.Fset, p.Fdel
	switch which {
	case 0:
		fget = args[0]
	case 1:
		fset = args[0]
	default:
		fdel = args[0]
	}
	doc := p.Doc
	if !p.Fget.IsNone() {
		old, err := getterDoc(t, p.Fget)
		if err != nil {
			return Null, err
		}
		if Is(old, doc) {
			doc = None
		}
	}
	return NewProperty(t, fget, fset, fdel, doc)
}

// propertyName is 'name' (quoted) from the getter's __name__, for messages.
func propertyName(t *Thread, p *Property) string {
	for _, f := range []Value{p.Fget, p.Fset, p.Fdel} {
		if f.IsNull() || f.IsNone() {
			continue
		}
		if n, ok, _ := GetAttrOr(t, f, "__name__"); ok {
			if s, ok := StrValue(n); ok {
				return "'" + s + "'"
			}
		}
	}
	return "<unknown>"
}

func propertyGetAttr(t *Thread, v Value, name string) (Value, error) {
	if p, ok := v.o.(*Property); ok {
		switch name {
		case "fget":
			return orNone(p.Fget), nil
		case "fset":
			return orNone(p.Fset), nil
		case "fdel":
			return orNone(p.Fdel), nil
		case "__doc__":
			return orNone(p.Doc), nil
		case "__isabstractmethod__":
			return False, nil
		}
	}
	return GenericGetAttr(t, v, name)
}

func orNone(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

// ---- staticmethod and classmethod ----

func initStaticClassMethod() {
	StaticMethodType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		if err := oneArg("staticmethod", args, kwnames); err != nil {
			return Null, err
		}
		return Obj(&StaticMethod{Func: args[0]}), nil
	}
	ClassMethodType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		if err := oneArg("classmethod", args, kwnames); err != nil {
			return Null, err
		}
		return Obj(&ClassMethod{Func: args[0]}), nil
	}
	StaticMethodType.Slots.Call = func(t *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		sm, ok := v.o.(*StaticMethod)
		if !ok {
			return Null, Errorf(TypeErrorType, "uninitialized staticmethod object")
		}
		return Call(t, sm.Func, args, kwnames)
	}
	StaticMethodType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		if sm, ok := v.o.(*StaticMethod); ok {
			return wrapperGetAttr(t, v, sm.Func, name)
		}
		return GenericGetAttr(t, v, name)
	}
	ClassMethodType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		if cm, ok := v.o.(*ClassMethod); ok {
			return wrapperGetAttr(t, v, cm.Func, name)
		}
		return GenericGetAttr(t, v, name)
	}
	StaticMethodType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		sm, ok := v.o.(*StaticMethod)
		if !ok {
			return DefaultRepr(v), nil
		}
		r, err := Repr(t, sm.Func)
		return "<staticmethod(" + r + ")>", err
	}
	ClassMethodType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		cm, ok := v.o.(*ClassMethod)
		if !ok {
			return DefaultRepr(v), nil
		}
		r, err := Repr(t, cm.Func)
		return "<classmethod(" + r + ")>", err
	}
	StaticMethodType.AddMethod("__get__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__get__", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		if sm, ok := self.o.(*StaticMethod); ok {
			return sm.Func, nil
		}
		return Null, Errorf(TypeErrorType, "uninitialized staticmethod object")
	})
	ClassMethodType.AddMethod("__get__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("__get__", args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		cls := args[0].Type()
		if len(args) == 2 && !args[1].IsNone() {
			if c, ok := args[1].o.(*Type); ok {
				cls = c
			}
		}
		cm, ok := self.o.(*ClassMethod)
		if !ok {
			return Null, Errorf(TypeErrorType, "uninitialized classmethod object")
		}
		return Obj(&BoundMethod{Self: Obj(cls), Func: cm.Func}), nil
	})
}

// oneArg checks the single argument of staticmethod() and classmethod().
func oneArg(name string, args []Value, kwnames []string) error {
	if err := NoKwargs(name, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

// wrapperGetAttr serves the attributes staticmethod and classmethod objects
// share: __func__ and __wrapped__, and the wrapped function's name and doc.
func wrapperGetAttr(t *Thread, v, fn Value, name string) (Value, error) {
	switch name {
	case "__func__", "__wrapped__":
		return fn, nil
	case "__name__", "__qualname__", "__doc__", "__module__":
		if r, ok, err := GetAttrOr(t, fn, name); ok || err != nil {
			return r, err
		}
	case "__isabstractmethod__":
		return False, nil
	}
	return GenericGetAttr(t, v, name)
}

// ---- super ----

func initSuper() {
	SuperType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("super", kwnames); err != nil {
			return Null, err
		}
		switch len(args) {
		case 0:
			return Null, Errorf(RuntimeErrorType, "super(): no arguments")
		case 1, 2:
		default:
			return Null, Errorf(TypeErrorType, "super() expected at most 2 arguments, got %d", len(args))
		}
		typ, ok := args[0].o.(*Type)
		if !ok {
			return Null, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].TypeName())
		}
		if len(args) == 1 {
			return Null, Errorf(TypeErrorType, "super(type) without a second argument is not supported")
		}
		return NewSuper(typ, args[1])
	}
	SuperType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		s, ok := v.o.(*Super)
		if !ok {
			return DefaultRepr(v), nil
		}
		if s.ObjType == nil {
			return "<super: <class '" + s.This.Name + "'>, NULL>", nil
		}
		return "<super: <class '" + s.This.Name + "'>, <" + s.ObjType.Name + " object>>", nil
	}
}

// ---- object ----

// objectDirNames are the attribute names CPython's object has, in the
// order object.__dir__ lists them.
var objectDirNames = []string{
	"__new__", "__repr__", "__hash__", "__str__", "__getattribute__", "__setattr__",
	"__delattr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__init__",
	"__reduce_ex__", "__reduce__", "__getstate__", "__subclasshook__", "__init_subclass__",
	"__format__", "__sizeof__", "__dir__", "__class__", "__doc__",
}

func initObjectMethods() {
	o := ObjectType
	o.Dict.Set("__new__", Obj(&Method{Name: "__new__", Owner: o, Static: true, Fn: objectNew}))
	o.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) == 0 {
			return None, nil
		}
		typ := self.Type()
		if definedByScript(typ, "__init__") {
			return Null, Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !definedByScript(typ, "__new__") {
			return Null, Errorf(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
		}
		return None, nil
	})
	o.AddMethod("__eq__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__eq__", args, kwnames, 1); err != nil {
			return Null, err
		}
		if Is(self, args[0]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	o.AddMethod("__ne__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__ne__", args, kwnames, 1); err != nil {
			return Null, err
		}
		var r Value
		if cmp := self.Type().Slots.Compare; cmp != nil {
			res, err := cmp(t, self, args[0], CmpEq)
			if err != nil {
				return Null, err
			}
			r = res
		} else if Is(self, args[0]) {
			r = True
		} else {
			r = NotImplemented
		}
		if r.IsNotImplemented() {
			return r, nil
		}
		b, err := Truth(t, r)
		if err != nil {
			return Null, err
		}
		return Bool(!b), nil
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		name := name
		o.AddMethod(name, func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := objectArgs(name, args, kwnames, 1); err != nil {
				return Null, err
			}
			return NotImplemented, nil
		})
	}
	o.AddMethod("__hash__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__hash__", args, kwnames, 0); err != nil {
			return Null, err
		}
		return Int(int64(Id(self) >> 4)), nil
	})
	o.AddMethod("__repr__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__repr__", args, kwnames, 0); err != nil {
			return Null, err
		}
		return Str(DefaultRepr(self)), nil
	})
	o.AddMethod("__str__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__str__", args, kwnames, 0); err != nil {
			return Null, err
		}
		s, err := Repr(t, self)
		if err != nil {
			return Null, err
		}
		return Str(s), nil
	})
	o.AddMethod("__format__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__format__", args, kwnames, 1); err != nil {
			return Null, err
		}
		spec, ok := StrValue(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].TypeName())
		}
		if spec != "" {
			return Null, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", self.TypeName())
		}
		s, err := ToStr(t, self)
		if err != nil {
			return Null, err
		}
		return Str(s), nil
	})
	o.AddMethod("__getattribute__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__getattribute__", args, kwnames, 1); err != nil {
			return Null, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Null, err
		}
		if slot := builtinBase(self.Type()).Slots.GetAttr; slot != nil {
			return slot(t, self, name)
		}
		return GenericGetAttr(t, self, name)
	})
	o.AddMethod("__setattr__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__setattr__", args, kwnames, 2); err != nil {
			return Null, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Null, err
		}
		if slot := builtinBase(self.Type()).Slots.SetAttr; slot != nil {
			err = slot(t, self, name, args[1])
		} else {
			err = GenericSetAttr(t, self, name, args[1])
		}
		if err != nil {
			return Null, err
		}
		return None, nil
	})
	o.AddMethod("__delattr__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__delattr__", args, kwnames, 1); err != nil {
			return Null, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Null, err
		}
		if slot := builtinBase(self.Type()).Slots.DelAttr; slot != nil {
			err = slot(t, self, name)
		} else {
			err = GenericDelAttr(t, self, name)
		}
		if err != nil {
			return Null, err
		}
		return None, nil
	})
	o.AddMethod("__dir__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := objectArgs("__dir__", args, kwnames, 0); err != nil {
			return Null, err
		}
		names := ObjectDir(self)
		items := make([]Value, len(names))
		for i, n := range names {
			items[i] = Str(n)
		}
		return Obj(NewList(items)), nil
	})
	o.Dict.Set("__init_subclass__", Obj(&Method{Name: "__init_subclass__", Owner: o, Class: true,
		Fn: func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if len(kwnames) > 0 {
				name := "object"
				if c, ok := self.o.(*Type); ok {
					name = c.Name
				}
				return Null, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
			}
			if len(args) > 0 {
				return Null, Errorf(TypeErrorType, "object.__init_subclass__() takes no arguments (%d given)", len(args))
			}
			return None, nil
		}}))
	o.Dict.Set("__subclasshook__", Obj(&Method{Name: "__subclasshook__", Owner: o, Class: true,
		Fn: func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return NotImplemented, nil
		}}))
}

// objectNew is object.__new__(cls, *args).
func objectNew(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	if len(args)-len(kwnames) < 1 {
		return Null, Errorf(TypeErrorType, "object.__new__(): not enough arguments")
	}
	cls, ok := args[0].o.(*Type)
	if !ok {
		return Null, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", args[0].TypeName())
	}
	if len(args) > 1 {
		if definedByScript(cls, "__new__") {
			return Null, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if !definedByScript(cls, "__init__") {
			return Null, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
		}
	}
	if base := builtinBase(cls); base != ObjectType && !base.IsException {
		return Null, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	inst := NewInstance(cls)
	if inst.Exc != nil {
		inst.Exc.Args = NewTuple(append([]Value(nil), args[1:len(args)-len(kwnames)]...))
	}
	return Obj(inst), nil
}

// objectArgs checks the argument count of an object method.
func objectArgs(name string, args []Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "object.%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		switch n {
		case 0:
			return Errorf(TypeErrorType, "object.%s() takes no arguments (%d given)", name, len(args))
		case 1:
			return Errorf(TypeErrorType, "object.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

// attrName checks that an attribute name is a str.
func attrName(v Value) (string, error) {
	s, ok := StrValue(v)
	if !ok {
		return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", v.TypeName())
	}
	return s, nil
}

// builtinBase is the first built-in class along t's MRO: the one whose
// slots a script class inherited.
func builtinBase(typ *Type) *Type {
	for _, c := range typ.MRO {
		if c.Builtin {
			return c
		}
	}
	return ObjectType
}

// GenericDelAttr is object.__delattr__: property deleters, then the
// instance dict, without calling a script __delattr__.
func GenericDelAttr(t *Thread, v Value, name string) error {
	typ := v.Type()
	if cls, ok := v.o.(*Type); ok {
		if cls.Builtin {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, cls.Name)
		}
		if !cls.Dict.Delete(name) {
			return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", cls.Name, name)
		}
		refreshSlots(cls, name)
		return nil
	}
	if attr, ok := typ.Lookup(name); ok {
		if p, ok := attr.o.(*Property); ok {
			if p.Fdel.IsNull() || p.Fdel.IsNone() {
				return Errorf(AttributeErrorType, "property '%s' of '%s' object has no deleter", name, typ.Name)
			}
			_, err := Call1(t, p.Fdel, v)
			return err
		}
	}
	if d := instanceDict(v); d != nil && d.Delete(name) {
		return nil
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
}

// ObjectDir is object.__dir__ (and type.__dir__ for classes, the module
// dict for modules): the attribute names of v, unsorted and without
// duplicates.
func ObjectDir(v Value) []string {
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	if m, ok := v.o.(*Module); ok {
		for _, k := range m.Dict.Keys() {
			add(k)
		}
		return names
	}
	if cls, ok := v.o.(*Type); ok {
		addClassNames(cls, add)
		return names
	}
	if d := instanceDict(v); d != nil {
		for _, k := range d.Keys() {
			add(k)
		}
	}
	addClassNames(v.Type(), add)
	return names
}

// addClassNames adds the attribute names of cls and its bases.
func addClassNames(cls *Type, add func(string)) {
	for _, c := range cls.MRO {
		if c == ObjectType {
			for _, k := range objectDirNames {
				add(k)
			}
			continue
		}
		if !c.Builtin {
			add("__module__")
			add("__dict__")
			add("__weakref__")
			add("__doc__")
		}
		for _, k := range c.Dict.Keys() {
			if k == "__qualname__" || k == "__classcell__" {
				continue
			}
			add(k)
		}
	}
}

// ---- type ----

func initTypeMethods() {
	TypeType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		if len(args)-len(kwnames) != 3 {
			if cls == TypeType {
				return Null, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
			}
			return Null, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", len(args)-len(kwnames))
		}
		return NewTypeFromArgs(t, cls, args[0], args[1], args[2], args[3:], kwnames)
	}
	TypeType.Dict.Set("__new__", Obj(&Method{Name: "__new__", Owner: TypeType, Static: true,
		Fn: func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
			if len(args)-len(kwnames) < 1 {
				return Null, Errorf(TypeErrorType, "type.__new__(): not enough arguments")
			}
			meta, ok := args[0].o.(*Type)
			if !ok {
				return Null, Errorf(TypeErrorType, "type.__new__(X): X is not a type object (%s)", args[0].TypeName())
			}
			if !meta.IsSubtype(TypeType) {
				return Null, Errorf(TypeErrorType, "type.__new__(%s): %s is not a subtype of type", meta.Name, meta.Name)
			}
			rest := args[1:]
			if len(rest)-len(kwnames) != 3 {
				return Null, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", len(rest)-len(kwnames))
			}
			return NewTypeFromArgs(t, meta, rest[0], rest[1], rest[2], rest[3:], kwnames)
		}}))
	TypeType.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		n := len(args) - len(kwnames)
		if n != 1 && n != 3 {
			return Null, Errorf(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	})
	TypeType.AddMethod("__call__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		cls, ok := self.o.(*Type)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor '__call__' requires a 'type' object but received a '%s'", self.TypeName())
		}
		return CallType(t, cls, args, kwnames)
	})
	TypeType.AddMethod("mro", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		cls, ok := self.o.(*Type)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor 'mro' requires a 'type' object but received a '%s'", self.TypeName())
		}
		items := make([]Value, len(cls.MRO))
		for i, c := range cls.MRO {
			items[i] = Obj(c)
		}
		return Obj(NewList(items)), nil
	})
}

// NewTypeFromArgs is type(name, bases, dict) with meta as the metaclass:
// it creates a class as a class statement would, then runs the bases'
// __init_subclass__ (with the keyword arguments kwargs named by kwnames)
// and the descriptors' __set_name__.
func NewTypeFromArgs(t *Thread, meta *Type, name, bases, dict Value, kwargs []Value, kwnames []string) (Value, error) {
	nameS, ok := StrValue(name)
	if !ok {
		return Null, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", name.TypeName())
	}
	tup, ok := bases.o.(*Tuple)
	if !ok {
		return Null, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", bases.TypeName())
	}
	d, ok := dict.o.(*Dict)
	if !ok {
		return Null, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", dict.TypeName())
	}
	baseTypes := make([]*Type, 0, len(tup.Items))
	for _, b := range tup.Items {
		bt, ok := b.o.(*Type)
		if !ok {
			return Null, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		baseTypes = append(baseTypes, bt)
	}
	ns := NewAttrDict()
	module := "__main__"
	if _, has := d.GetStr("__module__"); !has {
		ns.Set("__module__", Str(module))
	}
	d.Range(func(k, v Value) bool {
		ks, ok := StrValue(k)
		if !ok {
			return true // CPython keeps them, unreachable as attributes
		}
		if ks == "__module__" {
			if s, ok := StrValue(v); ok {
				module = s
			}
		}
		ns.Set(ks, v)
		return true
	})
	qualname, err := PopQualname(ns)
	if err != nil {
		return Null, err
	}
	cls, err := NewClass(t, nameS, baseTypes, ns, module)
	if err != nil {
		return Null, err
	}
	cls.SetQualname(qualname)
	if meta != TypeType {
		cls.meta = meta
	}
	for i, k := range ns.Keys() {
		v := ns.Values()[i]
		vt := v.Type()
		if vt.Builtin {
			continue
		}
		if m, ok := vt.Lookup("__set_name__"); ok {
			if _, err := Call(t, m, []Value{v, Obj(cls), Str(k)}, nil); err != nil {
				return Null, err
			}
		}
	}
	if err := runInitSubclass(t, cls, kwargs, kwnames, nameS); err != nil {
		return Null, err
	}
	return Obj(cls), nil
}

// runInitSubclass calls the nearest base's __init_subclass__ for cls.
func runInitSubclass(t *Thread, cls *Type, kwargs []Value, kwnames []string, name string) error {
	for _, b := range cls.MRO[1:] {
		m, ok := b.Dict.Get("__init_subclass__")
		if !ok {
			continue
		}
		if b.Builtin {
			if len(kwnames) > 0 {
				return Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
			}
			return nil
		}
		fn := m
		if cm, ok := m.o.(*ClassMethod); ok {
			fn = cm.Func
		}
		full := make([]Value, 0, 1+len(kwargs))
		full = append(full, Obj(cls))
		full = append(full, kwargs...)
		_, err := Call(t, fn, full, kwnames)
		return err
	}
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return nil
}
