package runtime

import (
	"strings"
	"testing"
)

// descFunc is a Go function that binds like a script function (its type is
// `function`), so test classes can have methods.
type descFunc struct {
	name string
	doc  Value
	fn   BuiltinFunc
}

func (*descFunc) Type() *Type { return FunctionType }

func (f *descFunc) Call(t *Thread, args []Value, kwnames []string) (Value, error) {
	return f.fn(t, args, kwnames)
}

func (f *descFunc) AttrDict() *AttrDict {
	d := NewAttrDict()
	d.Set("__name__", Str(f.name))
	if !f.doc.IsNull() {
		d.Set("__doc__", f.doc)
	} else {
		d.Set("__doc__", None)
	}
	return d
}

func newDescFunc(name string, doc Value, fn BuiltinFunc) Value {
	return Obj(&descFunc{name: name, doc: doc, fn: fn})
}

// errText renders an error as Python prints `type(e).__name__, e`.
func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	e, ok := err.(*Instance)
	if !ok {
		return "go error: " + err.Error()
	}
	return e.Class.Name + " " + ExceptionMessage(e)
}

func mustClass(t *testing.T, name string, bases []*Type, attrs map[string]Value) *Type {
	t.Helper()
	ns := NewAttrDict()
	ns.Set("__module__", Str("__main__"))
	for _, k := range sortedKeys(attrs) {
		ns.Set(k, attrs[k])
	}
	cls, err := NewClass(nil, name, bases, ns, "__main__")
	if err != nil {
		t.Fatal(err)
	}
	return cls
}

func sortedKeys(m map[string]Value) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

func TestPropertyConstruction(t *testing.T) {
	th := &Thread{}
	getter := newDescFunc("x", Str("doc of x"), func(t *Thread, args []Value, kw []string) (Value, error) { return Int(1), nil })
	setter := newDescFunc("x", Null, func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	p, err := CallType(th, PropertyType, []Value{getter}, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := GetAttr(th, p, "__doc__")
	if s, _ := StrValue(doc); s != "doc of x" {
		t.Errorf("property doc = %v", ReprNoThread(doc))
	}
	fset, _ := GetAttr(th, p, "fset")
	if !fset.IsNone() {
		t.Errorf("fset = %v", ReprNoThread(fset))
	}
	m, _ := GetAttr(th, p, "setter")
	p2, err := Call1(th, m, setter)
	if err != nil {
		t.Fatal(err)
	}
	if Is(p, p2) {
		t.Error("setter returned the same property")
	}
	doc2, _ := GetAttr(th, p2, "__doc__")
	if s, _ := StrValue(doc2); s != "doc of x" {
		t.Errorf("setter copy doc = %v", ReprNoThread(doc2))
	}
	// getter with a doc-less function re-derives the doc (None).
	m, _ = GetAttr(th, p, "getter")
	p3, _ := Call1(th, m, setter)
	doc3, _ := GetAttr(th, p3, "__doc__")
	if !doc3.IsNone() {
		t.Errorf("getter copy doc = %v", ReprNoThread(doc3))
	}
	// An explicit doc survives getter().
	p4, _ := CallType(th, PropertyType, []Value{getter, None, None, Str("hi")}, nil)
	m, _ = GetAttr(th, p4, "getter")
	p5, _ := Call1(th, m, setter)
	doc5, _ := GetAttr(th, p5, "__doc__")
	if s, _ := StrValue(doc5); s != "hi" {
		t.Errorf("explicit doc lost: %v", ReprNoThread(doc5))
	}
	_, err = CallType(th, PropertyType, []Value{None, None, None, None, None}, nil)
	if got := errText(err); got != "TypeError property() takes at most 4 arguments (5 given)" {
		t.Errorf("got %q", got)
	}
	// Access through a class.
	cls := mustClass(t, "P", nil, map[string]Value{"v": p})
	inst := Obj(NewInstance(cls))
	r, err := GetAttr(th, inst, "v")
	if err != nil || !r.IsInt() || r.AsInt() != 1 {
		t.Errorf("P().v = %v, %v", ReprNoThread(r), err)
	}
	err = SetAttr(th, inst, "v", Int(3))
	if got := errText(err); got != "AttributeError property 'v' of 'P' object has no setter" {
		t.Errorf("got %q", got)
	}
	getM, _ := GetAttr(th, p, "__get__")
	_, err = Call1(th, getM, None)
	if got := errText(err); got != "TypeError __get__(None, None) is invalid" {
		t.Errorf("got %q", got)
	}
	r, _ = Call2(th, getM, None, Obj(cls))
	if !Is(r, p) {
		t.Error("__get__(None, cls) is not the property")
	}
	setM, _ := GetAttr(th, p, "__set__")
	_, err = Call2(th, setM, inst, Int(3))
	if got := errText(err); got != "AttributeError property 'x' of 'P' object has no setter" {
		t.Errorf("got %q", got)
	}
}

func TestStaticAndClassMethod(t *testing.T) {
	th := &Thread{}
	lenFn := NewBuiltin("len", func(t *Thread, args []Value, kw []string) (Value, error) {
		n, err := Len(t, args[0])
		return Int(int64(n)), err
	})
	sm, err := CallType(th, StaticMethodType, []Value{lenFn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Call1(th, sm, NewTuple([]Value{Int(1), Int(2)}))
	if err != nil || r.AsInt() != 2 {
		t.Errorf("staticmethod call = %v, %v", ReprNoThread(r), err)
	}
	f, _ := GetAttr(th, sm, "__func__")
	if !Is(f, lenFn) {
		t.Error("__func__")
	}
	if s := ReprNoThread(sm); s != "<staticmethod(<built-in function len>)>" && !strings.HasPrefix(s, "<staticmethod(") {
		t.Errorf("repr %q", s)
	}
	cm, _ := CallType(th, ClassMethodType, []Value{lenFn}, nil)
	_, err = Call1(th, cm, Int(1))
	if got := errText(err); got != "TypeError 'classmethod' object is not callable" {
		t.Errorf("got %q", got)
	}
	_, err = CallType(th, StaticMethodType, nil, nil)
	if got := errText(err); got != "TypeError staticmethod expected 1 argument, got 0" {
		t.Errorf("got %q", got)
	}
	_, err = CallType(th, ClassMethodType, []Value{Int(1), Int(2)}, nil)
	if got := errText(err); got != "TypeError classmethod expected 1 argument, got 2" {
		t.Errorf("got %q", got)
	}
	// A classmethod read from an instance binds the class.
	who := newDescFunc("who", Null, func(t *Thread, args []Value, kw []string) (Value, error) { return args[0], nil })
	cm2, _ := CallType(th, ClassMethodType, []Value{who}, nil)
	cls := mustClass(t, "K", nil, map[string]Value{"who": cm2})
	m, err := GetAttr(th, Obj(NewInstance(cls)), "who")
	if err != nil {
		t.Fatal(err)
	}
	r, _ = Call0(th, m)
	if r.o != Object(cls) {
		t.Errorf("classmethod bound to %v", ReprNoThread(r))
	}
}

func TestSuper(t *testing.T) {
	th := &Thread{}
	cases := []struct {
		args []Value
		want string
	}{
		{nil, "RuntimeError super(): no arguments"},
		{[]Value{Int(1), Int(2)}, "TypeError super() argument 1 must be a type, not int"},
		{[]Value{Obj(IntType), Str("x")}, "TypeError super(type, obj): obj must be an instance or subtype of type"},
		{[]Value{Obj(IntType), Int(1), Int(2)}, "TypeError super() expected at most 2 arguments, got 3"},
	}
	for _, c := range cases {
		_, err := CallType(th, SuperType, c.args, nil)
		if got := errText(err); got != c.want {
			t.Errorf("super%v: got %q want %q", c.args, got, c.want)
		}
	}
	base := mustClass(t, "A", nil, nil)
	initFn := newDescFunc("__init__", Null, func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	derived := mustClass(t, "B", []*Type{base}, map[string]Value{"__init__": initFn})
	b := Obj(NewInstance(derived))
	s, err := CallType(th, SuperType, []Value{Obj(derived), b}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := ReprNoThread(s); r != "<super: <class 'B'>, <B object>>" {
		t.Errorf("repr %q", r)
	}
	init, err := GetAttr(th, s, "__init__")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Call1(th, init, Int(1))
	if got := errText(err); got != "TypeError object.__init__() takes exactly one argument (the instance to initialize)" {
		t.Errorf("got %q", got)
	}
	if r, err := Call0(th, init); err != nil || !r.IsNone() {
		t.Errorf("super().__init__() = %v, %v", ReprNoThread(r), err)
	}
}

func TestObjectMethods(t *testing.T) {
	th := &Thread{}
	cls := mustClass(t, "C", nil, nil)
	c := Obj(NewInstance(cls))
	call := func(name string, args ...Value) (Value, error) {
		m, _ := ObjectType.Dict.Get(name)
		return Call(th, m, args, nil)
	}
	_, err := call("__init__", c, Int(1))
	if got := errText(err); got != "TypeError C.__init__() takes exactly one argument (the instance to initialize)" {
		t.Errorf("got %q", got)
	}
	_, err = CallType(th, cls, []Value{Int(1)}, nil)
	if got := errText(err); got != "TypeError C() takes no arguments" {
		t.Errorf("got %q", got)
	}
	_, err = call("__new__", Obj(cls), Int(1))
	if got := errText(err); got != "TypeError C() takes no arguments" {
		t.Errorf("got %q", got)
	}
	r, _ := call("__eq__", Int(1), Int(1))
	if !Is(r, True) {
		t.Errorf("object.__eq__(1, 1) = %s", ReprNoThread(r))
	}
	r, _ = call("__eq__", Int(1), Int(2))
	if !r.IsNotImplemented() {
		t.Errorf("object.__eq__(1, 2) = %s", ReprNoThread(r))
	}
	r, _ = call("__ne__", Obj(cls), Obj(cls))
	if !Is(r, False) {
		t.Errorf("object.__ne__(C, C) = %s", ReprNoThread(r))
	}
	r, _ = call("__lt__", Int(1), Int(2))
	if !r.IsNotImplemented() {
		t.Errorf("object.__lt__ = %s", ReprNoThread(r))
	}
	_, err = call("__format__", c, Str("x"))
	if got := errText(err); got != "TypeError unsupported format string passed to C.__format__" {
		t.Errorf("got %q", got)
	}
	r, _ = call("__format__", c, Str(""))
	if s, _ := StrValue(r); !strings.HasPrefix(s, "<__main__.C object at 0x") {
		t.Errorf("format = %q", s)
	}
	_, err = call("__setattr__", c, Int(1), Int(2))
	if got := errText(err); got != "TypeError attribute name must be string, not 'int'" {
		t.Errorf("got %q", got)
	}
	if _, err = call("__setattr__", c, Str("a"), Int(2)); err != nil {
		t.Fatal(err)
	}
	r, err = call("__getattribute__", c, Str("a"))
	if err != nil || r.AsInt() != 2 {
		t.Errorf("getattribute = %v %v", ReprNoThread(r), err)
	}
	if _, err = call("__delattr__", c, Str("a")); err != nil {
		t.Fatal(err)
	}
	_, err = call("__delattr__", c, Str("q"))
	if got := errText(err); got != "AttributeError 'C' object has no attribute 'q'" {
		t.Errorf("got %q", got)
	}
	isc, _ := GetAttr(th, Obj(cls), "__init_subclass__")
	if r, err := Call0(th, isc); err != nil || !r.IsNone() {
		t.Errorf("__init_subclass__() = %v %v", ReprNoThread(r), err)
	}
	_, err = Call1(th, isc, Int(1))
	if got := errText(err); got != "TypeError object.__init_subclass__() takes no arguments (1 given)" {
		t.Errorf("got %q", got)
	}
}

func TestObjectDir(t *testing.T) {
	th := &Thread{}
	f := newDescFunc("f", Null, func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	cls := mustClass(t, "B", nil, map[string]Value{"x": Int(1), "f": f})
	inst := NewInstance(cls)
	inst.Dict.Set("y", Int(2))
	names := ObjectDir(Obj(inst))
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = Str(n)
	}
	if err := SortValues(th, items, Null, false); err != nil {
		t.Fatal(err)
	}
	got := ReprNoThread(NewTuple(items))
	want := "('__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'f', 'x', 'y')"
	if got != want {
		t.Errorf("dir:\n got %s\nwant %s", got, want)
	}
}

func TestTypeThreeArgs(t *testing.T) {
	th := &Thread{}
	base := mustClass(t, "A", nil, map[string]Value{"z": Int(9)})
	d := NewDict()
	d.SetStr("y", Int(5))
	x, err := CallType(th, TypeType, []Value{Str("X"), NewTuple([]Value{Obj(base)}), Obj(d)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := ReprNoThread(x); r != "<class '__main__.X'>" {
		t.Errorf("repr %q", r)
	}
	y, _ := GetAttr(th, x, "y")
	z, _ := GetAttr(th, x, "z")
	if y.AsInt() != 5 || z.AsInt() != 9 {
		t.Errorf("attrs %v %v", ReprNoThread(y), ReprNoThread(z))
	}
	cases := []struct {
		args []Value
		want string
	}{
		{[]Value{Str("X"), Int(1), Obj(d)}, "TypeError type.__new__() argument 2 must be tuple, not int"},
		{[]Value{Str("X"), EmptyTuple, Int(1)}, "TypeError type.__new__() argument 3 must be dict, not int"},
		{[]Value{Int(1), EmptyTuple, Obj(d)}, "TypeError type.__new__() argument 1 must be str, not int"},
		{[]Value{Int(1), Int(2)}, "TypeError type() takes 1 or 3 arguments"},
		{nil, "TypeError type() takes 1 or 3 arguments"},
	}
	for _, c := range cases {
		_, err := CallType(th, TypeType, c.args, nil)
		if got := errText(err); got != c.want {
			t.Errorf("type%v: got %q want %q", c.args, got, c.want)
		}
	}
	_, err = CallType(th, TypeType, []Value{Str("X"), EmptyTuple, Obj(d), Int(1)}, []string{"x"})
	if got := errText(err); got != "TypeError X.__init_subclass__() takes no keyword arguments" {
		t.Errorf("got %q", got)
	}
}
