package aio

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"time"

	"github.com/aio-lang/aio/runtime"
)

// This file converts values between Go and aio; the rules are documented
// on Interpreter.Set and Interpreter.Get. Conversions run on the
// interpreter's goroutine.

// maxDepth bounds the nesting of converted containers (and so catches
// cycles).
const maxDepth = 100

var errTooDeep = errors.New("aio: value nested too deeply to convert (a cycle?)")

var (
	durationType = reflect.TypeFor[time.Duration]()
	errorType    = reflect.TypeFor[error]()
	objectType   = reflect.TypeFor[*Object]()
)

// toValue converts a Go value to an aio value.
func (in *Interpreter) toValue(x any) (runtime.Value, error) {
	return in.toValueDepth(x, 0)
}

func (in *Interpreter) toValueDepth(x any, depth int) (runtime.Value, error) {
	switch v := x.(type) {
	case nil:
		return runtime.None, nil
	case bool:
		return runtime.Bool(v), nil
	case int:
		return runtime.Int(int64(v)), nil
	case int64:
		return runtime.Int(v), nil
	case int32:
		return runtime.Int(int64(v)), nil
	case int16:
		return runtime.Int(int64(v)), nil
	case int8:
		return runtime.Int(int64(v)), nil
	case uint:
		return uintValue(uint64(v)), nil
	case uint64:
		return uintValue(v), nil
	case uint32:
		return runtime.Int(int64(v)), nil
	case uint16:
		return runtime.Int(int64(v)), nil
	case uint8:
		return runtime.Int(int64(v)), nil
	case float64:
		return runtime.Float(v), nil
	case float32:
		return runtime.Float(float64(v)), nil
	case string:
		return runtime.Str(v), nil
	case []byte:
		return runtime.NewBytes(bytes.Clone(v)), nil
	case time.Duration:
		return runtime.Float(v.Seconds()), nil
	case *big.Int:
		if v == nil {
			return runtime.None, nil
		}
		return runtime.NewIntFromBig(new(big.Int).Set(v)), nil
	case *Object:
		if v == nil {
			return runtime.None, nil
		}
		if v.in != in {
			return runtime.Null, errors.New("aio: an *Object of one interpreter was passed to another")
		}
		return v.v, nil
	case GoFunc:
		f, err := newGoFunc(in, "", v)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(f), nil
	case []any:
		if depth >= maxDepth {
			return runtime.Null, errTooDeep
		}
		items := make([]runtime.Value, len(v))
		for i, e := range v {
			ev, err := in.toValueDepth(e, depth+1)
			if err != nil {
				return runtime.Null, err
			}
			items[i] = ev
		}
		return runtime.Obj(runtime.NewList(items)), nil
	case map[string]any:
		if depth >= maxDepth {
			return runtime.Null, errTooDeep
		}
		d := runtime.NewDictSized(len(v))
		for _, k := range sortedKeys(v) {
			ev, err := in.toValueDepth(v[k], depth+1)
			if err != nil {
				return runtime.Null, err
			}
			d.SetStr(k, ev)
		}
		return runtime.Obj(d), nil
	case error:
		return runtime.Obj(in.exceptionFor(v)), nil
	}
	return in.reflectToValue(reflect.ValueOf(x), depth)
}

// uintValue is an unsigned integer as an aio int.
func uintValue(u uint64) runtime.Value {
	if u <= math.MaxInt64 {
		return runtime.Int(int64(u))
	}
	return runtime.NewIntFromBig(new(big.Int).SetUint64(u))
}

// reflectToValue converts values whose type is known only by reflection:
// named basic types, slices, maps, structs, pointers, funcs.
func (in *Interpreter) reflectToValue(rv reflect.Value, depth int) (runtime.Value, error) {
	if depth >= maxDepth {
		return runtime.Null, errTooDeep
	}
	switch rv.Kind() {
	case reflect.Invalid:
		return runtime.None, nil
	case reflect.Bool:
		return runtime.Bool(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if rv.Type() == durationType {
			return runtime.Float(time.Duration(rv.Int()).Seconds()), nil
		}
		return runtime.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintValue(rv.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return runtime.Float(rv.Float()), nil
	case reflect.String:
		return runtime.Str(rv.String()), nil
	case reflect.Slice, reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return runtime.NewBytes(b), nil
		}
		items := make([]runtime.Value, rv.Len())
		for i := range items {
			ev, err := in.reflectToValue(rv.Index(i), depth+1)
			if err != nil {
				return runtime.Null, err
			}
			items[i] = ev
		}
		return runtime.Obj(runtime.NewList(items)), nil
	case reflect.Map:
		d := runtime.NewDictSized(rv.Len())
		keys := rv.MapKeys()
		sortKeys(keys)
		for _, k := range keys {
			kv, err := in.reflectToValue(k, depth+1)
			if err != nil {
				return runtime.Null, err
			}
			ev, err := in.reflectToValue(rv.MapIndex(k), depth+1)
			if err != nil {
				return runtime.Null, err
			}
			if err := d.Set(in.vm.Thread, kv, ev); err != nil {
				return runtime.Null, err
			}
		}
		return runtime.Obj(d), nil
	case reflect.Interface:
		if rv.IsNil() {
			return runtime.None, nil
		}
		return in.toValueDepth(rv.Elem().Interface(), depth+1)
	case reflect.Pointer:
		if rv.IsNil() {
			return runtime.None, nil
		}
		if rv.Type() == objectType {
			return in.toValueDepth(rv.Interface(), depth)
		}
		return runtime.Obj(in.newGoObject(rv)), nil
	case reflect.Struct:
		cp := reflect.New(rv.Type()).Elem()
		cp.Set(rv)
		return runtime.Obj(in.newGoObject(cp)), nil
	case reflect.Func:
		if rv.IsNil() {
			return runtime.None, nil
		}
		f, err := newGoFuncValue(in, "", rv, nil, false)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(f), nil
	}
	if rv.CanInterface() {
		if err, ok := rv.Interface().(error); ok {
			return runtime.Obj(in.exceptionFor(err)), nil
		}
	}
	return runtime.Obj(in.newGoObject(rv)), nil
}

// sortKeys orders map keys (of any Go type) deterministically, so a Go map
// becomes a dict with a stable order.
func sortKeys(keys []reflect.Value) {
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		switch a.Kind() {
		case reflect.String:
			return a.String() < b.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return a.Int() < b.Int()
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return a.Uint() < b.Uint()
		case reflect.Float32, reflect.Float64:
			return a.Float() < b.Float()
		case reflect.Bool:
			return !a.Bool() && b.Bool()
		}
		return false
	})
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// cloneMembers copies a module's member map.
func cloneMembers(m map[string]any) map[string]any {
	c := make(map[string]any, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// isFunc reports whether x is a non-nil Go func.
func isFunc(x any) bool {
	rv := reflect.ValueOf(x)
	return rv.Kind() == reflect.Func && !rv.IsNil()
}

// toGo converts an aio value to Go (see Interpreter.Get).
func (in *Interpreter) toGo(v runtime.Value) (any, error) {
	return in.toGoDepth(v, 0)
}

func (in *Interpreter) toGoDepth(v runtime.Value, depth int) (any, error) {
	switch {
	case v.IsNull(), v.IsNone():
		return nil, nil
	case v.IsBool():
		return v.AsBool(), nil
	case v.IsInt():
		return v.AsInt(), nil
	case v.IsFloat():
		return v.AsFloat(), nil
	}
	if depth >= maxDepth {
		return nil, errTooDeep
	}
	switch o := v.Raw().(type) {
	case *runtime.StrObject:
		return o.S, nil
	case *runtime.BigInt:
		return new(big.Int).Set(o.V), nil
	case *runtime.Bytes:
		return bytes.Clone(o.B), nil
	case *runtime.ByteArray:
		return bytes.Clone(o.B), nil
	case *runtime.List:
		return in.sliceToGo(o.Items, depth)
	case *runtime.Tuple:
		return in.sliceToGo(o.Items, depth)
	case *runtime.Set:
		var items []runtime.Value
		err := runtime.ForEach(in.vm.Thread, v, func(x runtime.Value) (bool, error) {
			items = append(items, x)
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		return in.sliceToGo(items, depth)
	case *runtime.Dict:
		return in.dictToGo(v, o, depth)
	case *goObject:
		return o.v.Interface(), nil
	case *goFunc:
		return o.goValue(), nil
	case *runtime.Instance:
		if o.Class.IsException {
			return in.errorOf(o), nil
		}
	}
	return &Object{in: in, v: v}, nil
}

func (in *Interpreter) sliceToGo(items []runtime.Value, depth int) (any, error) {
	out := make([]any, len(items))
	for i, e := range items {
		g, err := in.toGoDepth(e, depth+1)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	return out, nil
}

// dictToGo is a map[string]any for str keys, else a map[any]any when the
// keys convert to comparable Go values, else an *Object.
func (in *Interpreter) dictToGo(v runtime.Value, d *runtime.Dict, depth int) (any, error) {
	allStr := true
	d.Range(func(k, _ runtime.Value) bool {
		if _, ok := k.Raw().(*runtime.StrObject); !ok {
			allStr = false
		}
		return allStr
	})
	var err error
	if allStr {
		m := make(map[string]any, d.Len())
		d.Range(func(k, val runtime.Value) bool {
			var g any
			g, err = in.toGoDepth(val, depth+1)
			m[k.Raw().(*runtime.StrObject).S] = g
			return err == nil
		})
		return m, err
	}
	m := make(map[any]any, d.Len())
	comparable := true
	d.Range(func(k, val runtime.Value) bool {
		var gk, gv any
		if gk, err = in.toGoDepth(k, depth+1); err != nil {
			return false
		}
		if gk != nil && !reflect.TypeOf(gk).Comparable() {
			comparable = false
			return false
		}
		if gv, err = in.toGoDepth(val, depth+1); err != nil {
			return false
		}
		m[gk] = gv
		return true
	})
	if err != nil {
		return nil, err
	}
	if !comparable {
		return &Object{in: in, v: v}, nil
	}
	return m, nil
}

// mismatch is a value of the wrong type for a Go parameter or field.
type mismatch struct {
	want, got string
	// where locates the bad item inside a container ("item 2", "key 'a'").
	where string
}

// Error says what was expected and what was found.
func (m *mismatch) Error() string {
	if m.where != "" {
		return m.where + " must be " + m.want + ", not " + m.got
	}
	return "must be " + m.want + ", not " + m.got
}

// convertTo converts an aio value to the Go type typ.
func (in *Interpreter) convertTo(v runtime.Value, typ reflect.Type, depth int) (reflect.Value, error) {
	if depth >= maxDepth {
		return reflect.Value{}, errTooDeep
	}
	bad := func() (reflect.Value, error) {
		return reflect.Value{}, &mismatch{want: goTypeName(typ), got: v.TypeName()}
	}
	// Values that came from Go convert to their own type.
	if o, ok := v.Raw().(*goObject); ok {
		gv := o.v
		if gv.Type().AssignableTo(typ) {
			return convertAssign(gv, typ), nil
		}
		if gv.Kind() == reflect.Struct && gv.CanAddr() && gv.Addr().Type().AssignableTo(typ) {
			return convertAssign(gv.Addr(), typ), nil
		}
		if gv.Kind() == reflect.Pointer && !gv.IsNil() && gv.Elem().Type().AssignableTo(typ) {
			return convertAssign(gv.Elem(), typ), nil
		}
	}
	if f, ok := v.Raw().(*goFunc); ok && f.fn.Type().AssignableTo(typ) {
		return convertAssign(f.fn, typ), nil
	}
	if typ == durationType {
		switch {
		case v.IsInt(), v.IsBool():
			return reflect.ValueOf(time.Duration(v.AsInt()) * time.Second), nil
		case v.IsFloat():
			return reflect.ValueOf(time.Duration(v.AsFloat() * 1e9)), nil
		}
		return bad()
	}
	if typ == objectType {
		return reflect.ValueOf(&Object{in: in, v: v}), nil
	}
	switch typ.Kind() {
	case reflect.Interface:
		if v.IsNone() {
			return reflect.Zero(typ), nil
		}
		g, err := in.toGoDepth(v, depth)
		if err != nil {
			return reflect.Value{}, err
		}
		gv := reflect.ValueOf(g)
		if gv.IsValid() && gv.Type().AssignableTo(typ) {
			return convertAssign(gv, typ), nil
		}
		if typ.NumMethod() > 0 {
			if o, ok := g.(*Object); ok && typ.Implements(objectType) {
				return reflect.ValueOf(o), nil
			}
		}
		return bad()
	case reflect.Bool:
		if v.IsBool() {
			return reflect.ValueOf(v.AsBool()).Convert(typ), nil
		}
		return bad()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if !v.IsInt() && !v.IsBool() {
			if _, ok := v.Raw().(*runtime.BigInt); ok {
				return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to Go %s", typ)
			}
			return bad()
		}
		n := v.AsInt()
		r := reflect.New(typ).Elem()
		if r.OverflowInt(n) {
			return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to Go %s", typ)
		}
		r.SetInt(n)
		return r, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		var u uint64
		switch {
		case v.IsInt() || v.IsBool():
			n := v.AsInt()
			if n < 0 {
				return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "can't convert negative int to Go %s", typ)
			}
			u = uint64(n)
		default:
			b, ok := v.Raw().(*runtime.BigInt)
			if !ok {
				return bad()
			}
			if b.V.Sign() < 0 || !b.V.IsUint64() {
				return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to Go %s", typ)
			}
			u = b.V.Uint64()
		}
		r := reflect.New(typ).Elem()
		if r.OverflowUint(u) {
			return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to Go %s", typ)
		}
		r.SetUint(u)
		return r, nil
	case reflect.Float32, reflect.Float64:
		r := reflect.New(typ).Elem()
		switch {
		case v.IsFloat():
			r.SetFloat(v.AsFloat())
		case v.IsInt(), v.IsBool():
			r.SetFloat(float64(v.AsInt()))
		default:
			b, ok := v.Raw().(*runtime.BigInt)
			if !ok {
				return bad()
			}
			f, _ := new(big.Float).SetInt(b.V).Float64()
			r.SetFloat(f)
		}
		return r, nil
	case reflect.String:
		s, ok := v.Raw().(*runtime.StrObject)
		if !ok {
			if str, ok := runtime.StrValue(v); ok {
				return reflect.ValueOf(str).Convert(typ), nil
			}
			return bad()
		}
		return reflect.ValueOf(s.S).Convert(typ), nil
	case reflect.Slice:
		if typ.Elem().Kind() == reflect.Uint8 {
			switch o := v.Raw().(type) {
			case *runtime.Bytes:
				return reflect.ValueOf(bytes.Clone(o.B)).Convert(typ), nil
			case *runtime.ByteArray:
				return reflect.ValueOf(bytes.Clone(o.B)).Convert(typ), nil
			}
		}
		items, ok := sequenceItems(v)
		if !ok {
			return bad()
		}
		r := reflect.MakeSlice(typ, len(items), len(items))
		for i, e := range items {
			ev, err := in.convertTo(e, typ.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, inside(err, fmt.Sprintf("item %d", i))
			}
			r.Index(i).Set(ev)
		}
		return r, nil
	case reflect.Array:
		items, ok := sequenceItems(v)
		if !ok {
			return bad()
		}
		if len(items) != typ.Len() {
			return reflect.Value{}, &mismatch{want: fmt.Sprintf("a sequence of %d items", typ.Len()), got: fmt.Sprintf("%d items", len(items))}
		}
		r := reflect.New(typ).Elem()
		for i, e := range items {
			ev, err := in.convertTo(e, typ.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, inside(err, fmt.Sprintf("item %d", i))
			}
			r.Index(i).Set(ev)
		}
		return r, nil
	case reflect.Map:
		d, ok := v.Raw().(*runtime.Dict)
		if !ok {
			return bad()
		}
		r := reflect.MakeMapWithSize(typ, d.Len())
		var err error
		d.Range(func(k, val runtime.Value) bool {
			var kv, vv reflect.Value
			if kv, err = in.convertTo(k, typ.Key(), depth+1); err != nil {
				err = inside(err, "key "+runtime.ReprNoThread(k))
				return false
			}
			if vv, err = in.convertTo(val, typ.Elem(), depth+1); err != nil {
				err = inside(err, "value of "+runtime.ReprNoThread(k))
				return false
			}
			r.SetMapIndex(kv, vv)
			return true
		})
		if err != nil {
			return reflect.Value{}, err
		}
		return r, nil
	case reflect.Struct:
		if d, ok := v.Raw().(*runtime.Dict); ok {
			r := reflect.New(typ).Elem()
			if err := in.fillStruct(r, d, depth); err != nil {
				return reflect.Value{}, err
			}
			return r, nil
		}
		return bad()
	case reflect.Pointer:
		if v.IsNone() {
			return reflect.Zero(typ), nil
		}
		if d, ok := v.Raw().(*runtime.Dict); ok && typ.Elem().Kind() == reflect.Struct {
			p := reflect.New(typ.Elem())
			if err := in.fillStruct(p.Elem(), d, depth); err != nil {
				return reflect.Value{}, err
			}
			return p, nil
		}
		return bad()
	}
	return bad()
}

// convertAssign converts gv to typ (an interface or its own type).
func convertAssign(gv reflect.Value, typ reflect.Type) reflect.Value {
	if gv.Type() == typ {
		return gv
	}
	r := reflect.New(typ).Elem()
	r.Set(gv)
	return r
}

// fillStruct sets the fields of r from a dict with the fields' names.
func (in *Interpreter) fillStruct(r reflect.Value, d *runtime.Dict, depth int) error {
	info := goTypeOf(r.Type())
	var err error
	d.Range(func(k, val runtime.Value) bool {
		name, ok := runtime.StrValue(k)
		if !ok {
			err = &mismatch{want: "a dict with str keys", got: "key " + runtime.ReprNoThread(k)}
			return false
		}
		idx, ok := info.fields[name]
		if !ok {
			err = runtime.Errorf(runtime.TypeErrorType, "%s has no field '%s'", info.typ.Name, name)
			return false
		}
		f, e := r.FieldByIndexErr(idx)
		if e != nil {
			err = e
			return false
		}
		fv, e := in.convertTo(val, f.Type(), depth+1)
		if e != nil {
			err = inside(e, "field '"+name+"'")
			return false
		}
		f.Set(fv)
		return true
	})
	return err
}

// inside adds where a mismatch happened inside a container.
func inside(err error, where string) error {
	var m *mismatch
	if errors.As(err, &m) {
		c := *m
		if c.where != "" {
			c.where = where + ", " + c.where
		} else {
			c.where = where
		}
		return &c
	}
	return err
}

// sequenceItems returns the items of a list or tuple.
func sequenceItems(v runtime.Value) ([]runtime.Value, bool) {
	switch o := v.Raw().(type) {
	case *runtime.List:
		return o.Items, true
	case *runtime.Tuple:
		return o.Items, true
	}
	return nil, false
}

// goTypeName is how error messages name a Go type, in aio terms.
func goTypeName(typ reflect.Type) string {
	if typ == durationType {
		return "int or float (seconds)"
	}
	if typ == objectType {
		return "object"
	}
	switch typ.Kind() {
	case reflect.Bool:
		return "bool"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.String:
		return "str"
	case reflect.Slice:
		if typ.Elem().Kind() == reflect.Uint8 {
			return "bytes"
		}
		return "list"
	case reflect.Array:
		return "list"
	case reflect.Map:
		return "dict"
	case reflect.Interface:
		if typ == errorType {
			return "exception"
		}
		if typ.NumMethod() == 0 {
			return "object"
		}
		return typ.String()
	case reflect.Pointer:
		if typ.Elem().Kind() == reflect.Struct {
			return goObjectName(typ.Elem())
		}
	case reflect.Struct:
		return goObjectName(typ)
	case reflect.Func:
		return "Go function " + typ.String()
	}
	return typ.String()
}
