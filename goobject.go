package aio

import (
	"fmt"
	"hash/maphash"
	"reflect"
	"strings"
	"sync"

	"github.com/aio-lang/aio/runtime"
)

// This file is how scripts see Go values that have no plain aio
// equivalent: structs (their exported fields are attributes), pointers to
// structs (the same, over the Go struct itself), and opaque values; their
// exported methods can be called.

// goObject is a Go value seen by scripts. v is a pointer, an addressable
// struct (a copy made when the value was converted, or a field of another
// goObject's struct), or any other value.
type goObject struct {
	in *Interpreter
	gt *goType
	v  reflect.Value
}

// Type is the aio class of the Go type.
func (o *goObject) Type() *runtime.Type { return o.gt.typ }

// structValue is the struct the object's attributes live in, if any.
func (o *goObject) structValue() (reflect.Value, bool) {
	v := o.v
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, false
		}
		v = v.Elem()
	}
	return v, v.Kind() == reflect.Struct
}

// method returns the bound method name, if the value has one.
func (o *goObject) method(name string) (reflect.Value, bool) {
	mv := o.v
	if mv.Kind() == reflect.Struct && mv.CanAddr() {
		mv = mv.Addr()
	}
	if _, ok := goTypeOf(mv.Type()).methods[name]; !ok {
		return reflect.Value{}, false
	}
	m := mv.MethodByName(name)
	return m, m.IsValid()
}

// newGoObject wraps rv (a pointer, an addressable struct or another value).
func (in *Interpreter) newGoObject(rv reflect.Value) *goObject {
	return &goObject{in: in, gt: goTypeOf(rv.Type()), v: rv}
}

// goType is what scripts see of one Go type: its aio class, attribute
// names and methods.
type goType struct {
	typ     *runtime.Type
	fields  map[string][]int // attribute name → field index path
	methods map[string]bool
}

var goTypes sync.Map // reflect.Type → *goType

// goTypeOf returns the description of a Go type, building it once.
func goTypeOf(rt reflect.Type) *goType {
	if gt, ok := goTypes.Load(rt); ok {
		return gt.(*goType)
	}
	st := rt
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	gt := &goType{fields: map[string][]int{}, methods: map[string]bool{}}
	if st.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(st) {
			if !f.IsExported() || f.Anonymous && f.Type.Kind() == reflect.Struct {
				continue
			}
			name := f.Name
			if tag, ok := f.Tag.Lookup("aio"); ok {
				tag, _, _ = strings.Cut(tag, ",")
				if tag == "-" {
					continue
				}
				if tag != "" {
					name = tag
				}
			}
			if _, dup := gt.fields[name]; !dup {
				gt.fields[name] = f.Index
			}
		}
	}
	mt := rt
	if rt.Kind() == reflect.Struct {
		mt = reflect.PointerTo(rt)
	}
	for i := 0; i < mt.NumMethod(); i++ {
		if m := mt.Method(i); m.IsExported() {
			gt.methods[m.Name] = true
		}
	}
	typ := runtime.NewBuiltinType(goObjectName(st), runtime.ObjectType)
	typ.Module = "go"
	typ.Final = true
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Null, runtime.Errorf(runtime.TypeErrorType, "cannot create '%s' instances", cls.Name)
	}
	typ.Slots.GetAttr = goGetAttr
	typ.Slots.SetAttr = goSetAttr
	typ.Slots.DelAttr = func(t *runtime.Thread, v runtime.Value, name string) error {
		return runtime.Errorf(runtime.AttributeErrorType, "cannot delete attribute '%s' of a Go value", name)
	}
	typ.Slots.Repr = goRepr
	typ.Slots.Str = goStr
	typ.Slots.Compare = goCompare
	typ.Slots.Hash = goHash
	gt.typ = typ
	actual, _ := goTypes.LoadOrStore(rt, gt)
	return actual.(*goType)
}

// goObjectName is the class name scripts see for a Go type.
func goObjectName(st reflect.Type) string {
	if st.Name() != "" {
		return st.Name()
	}
	return st.String()
}

func asGoObject(v runtime.Value) (*goObject, error) {
	if o, ok := v.Raw().(*goObject); ok {
		return o, nil
	}
	return nil, runtime.Errorf(runtime.TypeErrorType, "expected a Go value, got '%s'", v.TypeName())
}

func goGetAttr(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
	o, err := asGoObject(v)
	if err != nil {
		return runtime.GenericGetAttr(t, v, name)
	}
	if idx, ok := o.gt.fields[name]; ok {
		if sv, ok := o.structValue(); ok {
			f, err := sv.FieldByIndexErr(idx)
			if err != nil {
				return runtime.Null, runtime.Errorf(runtime.AttributeErrorType, "'%s' object has no attribute '%s' (%v)", o.gt.typ.Name, name, err)
			}
			return o.in.fieldValue(f)
		}
	}
	if o.gt.methods[name] {
		if m, ok := o.method(name); ok {
			f, err := newGoFuncValue(o.in, o.gt.typ.Name+"."+name, m, nil, false)
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Obj(f), nil
		}
	}
	return runtime.GenericGetAttr(t, v, name)
}

// fieldValue is a struct field as scripts see it: a view of an inner
// struct (changes reach the Go struct), else the converted value.
func (in *Interpreter) fieldValue(f reflect.Value) (runtime.Value, error) {
	switch f.Kind() {
	case reflect.Struct:
		if f.CanAddr() {
			return runtime.Obj(in.newGoObject(f)), nil
		}
	case reflect.Pointer:
		if f.IsNil() {
			return runtime.None, nil
		}
	}
	return in.reflectToValue(f, 0)
}

func goSetAttr(t *runtime.Thread, v runtime.Value, name string, val runtime.Value) error {
	o, err := asGoObject(v)
	if err != nil {
		return err
	}
	idx, ok := o.gt.fields[name]
	sv, isStruct := o.structValue()
	if !ok || !isStruct {
		return runtime.Errorf(runtime.AttributeErrorType, "'%s' object has no attribute '%s'", o.gt.typ.Name, name)
	}
	f, ferr := sv.FieldByIndexErr(idx)
	if ferr != nil || !f.CanSet() {
		return runtime.Errorf(runtime.AttributeErrorType, "attribute '%s' of '%s' object is read-only", name, o.gt.typ.Name)
	}
	fv, err := o.in.convertTo(val, f.Type(), 0)
	if err != nil {
		if m, ok := err.(*mismatch); ok {
			return runtime.Errorf(runtime.TypeErrorType, "attribute '%s' of '%s' object %s", name, o.gt.typ.Name, m.Error())
		}
		return err
	}
	f.Set(fv)
	return nil
}

func goRepr(t *runtime.Thread, v runtime.Value) (s string, err error) {
	o, err := asGoObject(v)
	if err != nil {
		return runtime.DefaultRepr(v), nil
	}
	// fmt may call the value's String or Error method: Go code that may
	// call back into the interpreter.
	how := o.in.aside()
	defer func() {
		o.in.unaside(how)
		if p := recover(); p != nil {
			s, err = "<Go "+o.v.Type().String()+">", nil
		}
	}()
	rv := o.v
	switch {
	case rv.Kind() == reflect.Pointer && !rv.IsNil() && rv.Elem().Kind() == reflect.Struct:
		return "&" + rv.Elem().Type().String() + fmt.Sprintf("%+v", rv.Elem().Interface()), nil
	case rv.Kind() == reflect.Struct:
		return rv.Type().String() + fmt.Sprintf("%+v", rv.Interface()), nil
	}
	return fmt.Sprintf("<Go %s %v>", rv.Type(), rv.Interface()), nil
}

func goStr(t *runtime.Thread, v runtime.Value) (s string, err error) {
	o, err := asGoObject(v)
	if err != nil {
		return runtime.DefaultRepr(v), nil
	}
	x := o.v.Interface()
	if o.v.Kind() == reflect.Struct && o.v.CanAddr() {
		x = o.v.Addr().Interface()
	}
	switch x.(type) {
	case fmt.Stringer, error:
		how := o.in.aside()
		defer func() {
			o.in.unaside(how)
			if p := recover(); p != nil {
				s, err = "<Go "+o.v.Type().String()+">", nil
			}
		}()
		if st, ok := x.(fmt.Stringer); ok {
			return st.String(), nil
		}
		return x.(error).Error(), nil
	}
	return goRepr(t, v)
}

// goCompare makes == compare Go values: the same pointer, or equal
// comparable values of the same type.
func goCompare(t *runtime.Thread, a, b runtime.Value, op runtime.CmpOp) (runtime.Value, error) {
	if op != runtime.CmpEq && op != runtime.CmpNe {
		return runtime.NotImplemented, nil
	}
	x, ok1 := a.Raw().(*goObject)
	y, ok2 := b.Raw().(*goObject)
	if !ok1 || !ok2 {
		return runtime.NotImplemented, nil
	}
	eq := x == y || sameGoValue(x.v, y.v)
	return runtime.Bool(eq == (op == runtime.CmpEq)), nil
}

// sameGoValue reports whether two Go values are == (false when they
// cannot be compared).
func sameGoValue(a, b reflect.Value) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a.Type() == b.Type() && a.Type().Comparable() && a.Interface() == b.Interface()
}

var goHashSeed = maphash.MakeSeed()

func goHash(t *runtime.Thread, v runtime.Value) (h int64, err error) {
	o, err := asGoObject(v)
	if err != nil {
		return 0, err
	}
	unhashable := runtime.Errorf(runtime.TypeErrorType, "unhashable type: '%s'", o.gt.typ.Name)
	if !o.v.Type().Comparable() {
		return 0, unhashable
	}
	defer func() {
		if recover() != nil {
			h, err = 0, unhashable
		}
	}()
	h = int64(maphash.Comparable(goHashSeed, o.v.Interface()) >> 1)
	if h == -1 {
		h = -2
	}
	return h, nil
}
