package runtime

import (
	"fmt"
)

// Instance is an object of a script-defined class (and of built-in
// exception classes): a class pointer and an attribute dict. Exceptions carry
// their state in Exc.
type Instance struct {
	Class *Type
	Dict  *AttrDict
	Exc   *ExcState
	// Base holds the built-in value a subclass of a built-in type wraps
	// (e.g. the list of `class Stack(list)`), or Null.
	Base Value
}

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.Class }

// NewInstance makes a bare instance of cls.
func NewInstance(cls *Type) *Instance {
	inst := &Instance{Class: cls, Dict: NewAttrDict()}
	if cls.IsException {
		inst.Exc = &ExcState{Args: EmptyTuple}
	}
	return inst
}

// Module is an imported module: a name and a namespace.
type Module struct {
	Name string
	Dict *AttrDict
	File string
}

// Type makes Module an Object.
func (*Module) Type() *Type { return ModuleType }

// NewModule makes an empty module.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewAttrDict()}
	m.Dict.Set("__name__", Str(name))
	return m
}

// Property is the value of @property.
type Property struct {
	Fget, Fset, Fdel Value
	Doc              Value
}

// Type makes Property an Object.
func (*Property) Type() *Type { return PropertyType }

// StaticMethod is the value of @staticmethod.
type StaticMethod struct{ Func Value }

// Type makes StaticMethod an Object.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod is the value of @classmethod.
type ClassMethod struct{ Func Value }

// Type makes ClassMethod an Object.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Super is the value of super(cls, obj).
type Super struct {
	This    *Type // the class whose MRO successor is searched
	Obj     Value // the instance (or class, for classmethods)
	ObjType *Type
}

// Type makes Super an Object.
func (*Super) Type() *Type { return SuperType }

// GetAttr is getattr(v, name).
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	typ := v.Type()
	if slot := typ.Slots.GetAttr; slot != nil {
		return slot(t, v, name)
	}
	return GenericGetAttr(t, v, name)
}

// GetAttrOr is getattr(v, name) that reports absence (an AttributeError)
// as ok=false instead of an error.
func GetAttrOr(t *Thread, v Value, name string) (Value, bool, error) {
	r, err := GetAttr(t, v, name)
	if err != nil {
		if e, ok := err.(*Instance); ok && e.Class.IsSubtype(AttributeErrorType) {
			return Null, false, nil
		}
		return Null, false, err
	}
	return r, true, nil
}

// instanceDict returns the attribute dict of v, if it has one.
func instanceDict(v Value) *AttrDict {
	switch o := v.o.(type) {
	case *Instance:
		return o.Dict
	case *Module:
		return o.Dict
	}
	if d, ok := v.o.(interface{ AttrDict() *AttrDict }); ok {
		return d.AttrDict()
	}
	return nil
}

// GenericGetAttr is object.__getattribute__: data descriptors on the class,
// then the instance dict, then other class attributes (bound if they are
// descriptors), then __getattr__.
func GenericGetAttr(t *Thread, v Value, name string) (Value, error) {
	if cls, ok := v.o.(*Type); ok {
		return typeGetAttr(t, cls, name)
	}
	typ := v.Type()
	attr, found := typ.Lookup(name)
	if found {
		if p, ok := attr.o.(*Property); ok {
			if p.Fget.IsNull() || p.Fget.IsNone() {
				return Null, Errorf(AttributeErrorType, "property '%s' of '%s' object has no getter", name, typ.Name)
			}
			return Call1(t, p.Fget, v)
		}
		if at := attr.Type(); at.Slots.DescSet != nil && at.Slots.Get != nil {
			return at.Slots.Get(t, attr, v, typ)
		}
	}
	if d := instanceDict(v); d != nil {
		if r, ok := d.Get(name); ok {
			return r, nil
		}
	}
	if found {
		if get := attr.Type().Slots.Get; get != nil {
			return get(t, attr, v, typ)
		}
		return attr, nil
	}
	if r, ok, err := specialAttr(t, v, name); ok || err != nil {
		return r, err
	}
	if ga, ok := typ.Lookup("__getattr__"); ok && !typ.Builtin {
		return Call2(t, ga, v, Str(name))
	}
	if m, ok := v.o.(*Module); ok {
		return Null, Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
	}
	return Null, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
}

// specialAttr serves attributes every object has (__class__, __dict__, ...).
func specialAttr(t *Thread, v Value, name string) (Value, bool, error) {
	switch name {
	case "__class__":
		return Obj(v.Type()), true, nil
	case "__dict__":
		if d := instanceDict(v); d != nil {
			return Obj(AttrDictToDict(d)), true, nil
		}
	case "__doc__":
		return None, true, nil
	}
	return Null, false, nil
}

// typeGetAttr is attribute access on a class.
func typeGetAttr(t *Thread, cls *Type, name string) (Value, error) {
	if attr, ok := cls.Lookup(name); ok {
		if get := attr.Type().Slots.Get; get != nil {
			return get(t, attr, Null, cls)
		}
		return attr, nil
	}
	switch name {
	case "__name__":
		return Str(cls.Name), nil
	case "__qualname__":
		return Str(cls.PyQualname()), nil
	case "__module__":
		if cls.Module == "" {
			return Str("__main__"), nil
		}
		return Str(cls.Module), nil
	case "__mro__":
		vals := make([]Value, len(cls.MRO))
		for i, c := range cls.MRO {
			vals[i] = Obj(c)
		}
		return NewTuple(vals), nil
	case "__bases__":
		vals := make([]Value, len(cls.Bases))
		for i, c := range cls.Bases {
			vals[i] = Obj(c)
		}
		return NewTuple(vals), nil
	case "__base__":
		if len(cls.Bases) == 0 {
			return None, nil
		}
		return Obj(cls.Bases[0]), nil
	case "__dict__":
		return Obj(AttrDictToDict(cls.Dict)), nil
	case "__class__":
		return Obj(cls.Type()), nil
	case "__doc__":
		if cls.Doc != "" {
			return Str(cls.Doc), nil
		}
		return None, nil
	}
	return Null, Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", cls.Name, name)
}

// SetAttr is setattr(v, name, val).
func SetAttr(t *Thread, v Value, name string, val Value) error {
	typ := v.Type()
	if slot := typ.Slots.SetAttr; slot != nil {
		return slot(t, v, name, val)
	}
	return GenericSetAttr(t, v, name, val)
}

// GenericSetAttr is object.__setattr__: data descriptors first, then the
// instance dict.
func GenericSetAttr(t *Thread, v Value, name string, val Value) error {
	if cls, ok := v.o.(*Type); ok {
		if cls.Builtin {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, cls.Name)
		}
		cls.Dict.Set(name, val)
		TypeChanged()
		refreshSlots(cls, name)
		return nil
	}
	typ := v.Type()
	if attr, ok := typ.Lookup(name); ok {
		if p, ok := attr.o.(*Property); ok {
			if p.Fset.IsNull() || p.Fset.IsNone() {
				return Errorf(AttributeErrorType, "property '%s' of '%s' object has no setter", name, typ.Name)
			}
			_, err := Call2(t, p.Fset, v, val)
			return err
		}
		if set := attr.Type().Slots.DescSet; set != nil {
			return set(t, attr, v, val)
		}
	}
	if d := instanceDict(v); d != nil {
		d.Set(name, val)
		return nil
	}
	if _, ok := typ.Lookup(name); ok {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
}

// DelAttr is delattr(v, name).
func DelAttr(t *Thread, v Value, name string) error {
	typ := v.Type()
	if slot := typ.Slots.DelAttr; slot != nil {
		return slot(t, v, name)
	}
	if cls, ok := v.o.(*Type); ok && !cls.Builtin {
		if !cls.Dict.Delete(name) {
			return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", cls.Name, name)
		}
		TypeChanged()
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
	if d := instanceDict(v); d != nil {
		if d.Delete(name) {
			return nil
		}
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
}

// HasAttr is hasattr(v, name).
func HasAttr(t *Thread, v Value, name string) (bool, error) {
	_, ok, err := GetAttrOr(t, v, name)
	return ok, err
}

// superGetAttr looks name up in the MRO of the super object's instance type,
// after This.
func superGetAttr(t *Thread, sv Value, name string) (Value, error) {
	s := sv.o.(*Super)
	mro := s.ObjType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.This {
		i++
	}
	for _, c := range mro[i+1:] {
		if attr, ok := c.Dict.Get(name); ok {
			if get := attr.Type().Slots.Get; get != nil {
				obj := s.Obj
				if _, isType := obj.o.(*Type); isType {
					obj = Null
				}
				return get(t, attr, obj, s.ObjType)
			}
			return attr, nil
		}
	}
	if name == "__class__" {
		return Obj(SuperType), nil
	}
	return Null, Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name)
}

// NewSuper is super(cls, obj).
func NewSuper(cls *Type, obj Value) (Value, error) {
	objType := obj.Type()
	if c, ok := obj.o.(*Type); ok && c.IsSubtype(cls) {
		objType = c
	}
	if !objType.IsSubtype(cls) {
		return Null, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return Obj(&Super{This: cls, Obj: obj, ObjType: objType}), nil
}

// Address gives a stable fake address for reprs like <X object at 0x...>.
func Address(v Value) uintptr {
	return uintptr(Id(v))
}

// DefaultRepr is object.__repr__.
func DefaultRepr(v Value) string {
	typ := v.Type()
	return fmt.Sprintf("<%s object at 0x%x>", typ.QualName(), Address(v))
}
