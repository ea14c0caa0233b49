package stdlib

import (
	"math"
	"strconv"

	"github.com/aio-lang/aio/runtime"
)

// This file holds the builtins that consume or produce iterators:
// enumerate, zip, map and filter (lazy iterator types), and sorted, min,
// max, any and all.

// The lazy iterator types of the builtins.
var (
	EnumerateType = runtime.NewBuiltinType("enumerate", runtime.ObjectType)
	ZipType       = runtime.NewBuiltinType("zip", runtime.ObjectType)
	MapType       = runtime.NewBuiltinType("map", runtime.ObjectType)
	FilterType    = runtime.NewBuiltinType("filter", runtime.ObjectType)
)

func installIter(d *runtime.AttrDict) {
	for _, typ := range []*runtime.Type{EnumerateType, ZipType, MapType, FilterType} {
		d.Set(typ.Name, runtime.Obj(typ))
	}
	def(d, "sorted", builtinSorted)
	def(d, "min", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return minMax(t, "min", runtime.CmpLt, args, kwnames)
	})
	def(d, "max", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return minMax(t, "max", runtime.CmpGt, args, kwnames)
	})
	def(d, "any", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return anyAll(t, "any", true, args, kwnames)
	})
	def(d, "all", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return anyAll(t, "all", false, args, kwnames)
	})
}

// errUninitialized is raised for instances of script subclasses that were
// created without the built-in constructor.
func errUninitialized(name string) error {
	return typeError("uninitialized %s object", name)
}

// ---- enumerate ----

type enumerateObj struct {
	it runtime.Value
	n  runtime.Value // the next count: a small or big int
}

// Type makes enumerateObj an Object.
func (*enumerateObj) Type() *runtime.Type { return EnumerateType }

func newEnumerate(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var iterable, start runtime.Value
	if len(args) == len(kwnames) && len(kwnames) == 0 {
		return runtime.Null, typeError("enumerate() missing required argument 'iterable'")
	}
	if err := runtime.ParseArgs("enumerate", args, kwnames, 0, []string{"iterable", "start"}, &iterable, &start); err != nil {
		return runtime.Null, err
	}
	if iterable.IsNull() {
		return runtime.Null, typeError("enumerate() missing required argument 'iterable'")
	}
	n := runtime.Int(0)
	if !start.IsNull() {
		v, err := runtime.Index(t, start)
		if err != nil {
			return runtime.Null, err
		}
		n = v
	}
	it, err := runtime.Iter(t, iterable)
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Obj(&enumerateObj{it: it, n: n}), nil
}

func enumerateNext(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
	e, ok := v.Raw().(*enumerateObj)
	if !ok {
		return runtime.Null, false, errUninitialized("enumerate")
	}
	x, ok, err := runtime.Next(t, e.it)
	if err != nil || !ok {
		return runtime.Null, false, err
	}
	n := e.n
	if n.IsInt() && n.AsInt() < math.MaxInt64 {
		e.n = runtime.Int(n.AsInt() + 1)
	} else {
		e.n, err = runtime.BinaryOp(t, runtime.OpAdd, n, runtime.Int(1))
		if err != nil {
			return runtime.Null, false, err
		}
	}
	return runtime.NewPair(n, x), true, nil
}

// ---- zip ----

type zipObj struct {
	its    []runtime.Value
	strict bool
	done   bool
}

// Type makes zipObj an Object.
func (*zipObj) Type() *runtime.Type { return ZipType }

func newZip(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kwvals := splitArgs(args, kwnames)
	z := &zipObj{}
	for i, k := range kwnames {
		if k != "strict" {
			return runtime.Null, typeError("zip() got an unexpected keyword argument '%s'", k)
		}
		b, err := runtime.Truth(t, kwvals[i])
		if err != nil {
			return runtime.Null, err
		}
		z.strict = b
	}
	z.its = make([]runtime.Value, len(pos))
	for i, a := range pos {
		it, err := runtime.Iter(t, a)
		if err != nil {
			return runtime.Null, err
		}
		z.its[i] = it
	}
	return runtime.Obj(z), nil
}

func zipNext(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
	z, ok := v.Raw().(*zipObj)
	if !ok {
		return runtime.Null, false, errUninitialized("zip")
	}
	if z.done || len(z.its) == 0 {
		return runtime.Null, false, nil
	}
	items := make([]runtime.Value, len(z.its))
	for i, it := range z.its {
		x, ok, err := runtime.Next(t, it)
		if err != nil {
			return runtime.Null, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				return runtime.Null, false, zipStrictCheck(t, z, i)
			}
			return runtime.Null, false, nil
		}
		items[i] = x
	}
	return runtime.NewTuple(items), true, nil
}

// zipStrictCheck reports the length mismatch of zip(strict=True) once
// iterator i ran out.
func zipStrictCheck(t *runtime.Thread, z *zipObj, i int) error {
	if i > 0 {
		return valueError("zip() argument %d is shorter than argument%s", i+1, zipRange(i))
	}
	for j := 1; j < len(z.its); j++ {
		_, ok, err := runtime.Next(t, z.its[j])
		if err != nil {
			return err
		}
		if ok {
			return valueError("zip() argument %d is longer than argument%s", j+1, zipRange(j))
		}
	}
	return nil
}

// zipRange is " 1" or "s 1-n" for the arguments before position n+1.
func zipRange(n int) string {
	if n == 1 {
		return " 1"
	}
	return "s 1-" + strconv.Itoa(n)
}

// ---- map ----

type mapObj struct {
	fn  runtime.Value
	its []runtime.Value
}

// Type makes mapObj an Object.
func (*mapObj) Type() *runtime.Type { return MapType }

func newMap(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.NoKwargs("map", kwnames); err != nil {
		return runtime.Null, err
	}
	if len(args) < 2 {
		return runtime.Null, typeError("map() must have at least two arguments.")
	}
	m := &mapObj{fn: args[0], its: make([]runtime.Value, len(args)-1)}
	for i, a := range args[1:] {
		it, err := runtime.Iter(t, a)
		if err != nil {
			return runtime.Null, err
		}
		m.its[i] = it
	}
	return runtime.Obj(m), nil
}

func mapNext(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
	m, ok := v.Raw().(*mapObj)
	if !ok {
		return runtime.Null, false, errUninitialized("map")
	}
	if len(m.its) == 1 {
		x, ok, err := runtime.Next(t, m.its[0])
		if err != nil || !ok {
			return runtime.Null, false, err
		}
		r, err := runtime.Call(t, m.fn, []runtime.Value{x}, nil)
		return r, err == nil, err
	}
	args := make([]runtime.Value, len(m.its))
	for i, it := range m.its {
		x, ok, err := runtime.Next(t, it)
		if err != nil || !ok {
			return runtime.Null, false, err
		}
		args[i] = x
	}
	r, err := runtime.Call(t, m.fn, args, nil)
	return r, err == nil, err
}

// ---- filter ----

type filterObj struct {
	fn runtime.Value // None keeps truthy items
	it runtime.Value
}

// Type makes filterObj an Object.
func (*filterObj) Type() *runtime.Type { return FilterType }

func newFilter(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.NoKwargs("filter", kwnames); err != nil {
		return runtime.Null, err
	}
	if err := runtime.ArgCount("filter", args, kwnames, 2, 2); err != nil {
		return runtime.Null, err
	}
	it, err := runtime.Iter(t, args[1])
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Obj(&filterObj{fn: args[0], it: it}), nil
}

func filterNext(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
	f, ok := v.Raw().(*filterObj)
	if !ok {
		return runtime.Null, false, errUninitialized("filter")
	}
	for {
		x, ok, err := runtime.Next(t, f.it)
		if err != nil || !ok {
			return runtime.Null, false, err
		}
		test := x
		if !f.fn.IsNone() && !(f.fn.Raw() == runtime.BoolType) {
			test, err = runtime.Call(t, f.fn, []runtime.Value{x}, nil)
			if err != nil {
				return runtime.Null, false, err
			}
		}
		keep, err := runtime.Truth(t, test)
		if err != nil {
			return runtime.Null, false, err
		}
		if keep {
			return x, true, nil
		}
	}
}

func init() {
	setup := func(typ *runtime.Type, newFn func(*runtime.Thread, *runtime.Type, []runtime.Value, []string) (runtime.Value, error),
		next func(*runtime.Thread, runtime.Value) (runtime.Value, bool, error)) {
		typ.New = newFn
		typ.Slots.Iter = iterSelf
		typ.Slots.Next = next
		addIterMethods(typ)
	}
	setup(EnumerateType, newEnumerate, enumerateNext)
	setup(ZipType, newZip, zipNext)
	setup(MapType, newMap, mapNext)
	setup(FilterType, newFilter, filterNext)
}

// ---- sorted, min, max, any, all ----

func builtinSorted(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kwvals := splitArgs(args, kwnames)
	if len(pos) != 1 {
		return runtime.Null, typeError("sorted expected 1 argument, got %d", len(pos))
	}
	key := runtime.None
	reverse := false
	for i, k := range kwnames {
		switch k {
		case "key":
			key = kwvals[i]
		case "reverse":
			r, err := intFlag(t, kwvals[i])
			if err != nil {
				return runtime.Null, err
			}
			reverse = r
		default:
			return runtime.Null, errInvalidKw("sort", k)
		}
	}
	items, err := runtime.ToSlice(t, pos[0])
	if err != nil {
		return runtime.Null, err
	}
	if key.IsNone() {
		key = runtime.Null
	}
	if err := runtime.SortValues(t, items, key, reverse); err != nil {
		return runtime.Null, err
	}
	return runtime.Obj(runtime.NewList(items)), nil
}

// intFlag reads a flag that CPython accepts as an int (reverse=).
func intFlag(t *runtime.Thread, v runtime.Value) (bool, error) {
	if v.IsBool() {
		return v.AsBool(), nil
	}
	if v.IsFloat() {
		return false, typeError("'float' object cannot be interpreted as an integer")
	}
	i, err := runtime.Index(t, v)
	if err != nil {
		return false, err
	}
	return runtime.Truth(t, i)
}

// minMax is min() and max(): op is CmpLt for min, CmpGt for max; the
// first of equal extremes wins.
func minMax(t *runtime.Thread, name string, op runtime.CmpOp, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kwvals := splitArgs(args, kwnames)
	var key, dflt runtime.Value
	for i, k := range kwnames {
		switch k {
		case "key":
			key = kwvals[i]
		case "default":
			dflt = kwvals[i]
		default:
			return runtime.Null, errInvalidKw(name, k)
		}
	}
	if key.IsNone() {
		key = runtime.Null
	}
	if len(pos) == 0 {
		return runtime.Null, typeError("%s expected at least 1 argument, got 0", name)
	}
	if len(pos) > 1 && !dflt.IsNull() {
		return runtime.Null, typeError("Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var best, bestKey runtime.Value
	visit := func(x runtime.Value) (bool, error) {
		k := x
		if !key.IsNull() {
			var err error
			k, err = runtime.Call(t, key, []runtime.Value{x}, nil)
			if err != nil {
				return false, err
			}
		}
		if best.IsNull() {
			best, bestKey = x, k
			return true, nil
		}
		better, err := runtime.CompareBool(t, k, bestKey, op)
		if err != nil {
			return false, err
		}
		if better {
			best, bestKey = x, k
		}
		return true, nil
	}
	if len(pos) > 1 {
		for _, x := range pos {
			if _, err := visit(x); err != nil {
				return runtime.Null, err
			}
		}
		return best, nil
	}
	if err := runtime.ForEach(t, pos[0], visit); err != nil {
		return runtime.Null, err
	}
	if best.IsNull() {
		if !dflt.IsNull() {
			return dflt, nil
		}
		return runtime.Null, valueError("%s() arg is an empty sequence", name)
	}
	return best, nil
}

// anyAll is any() (stopOn true) and all() (stopOn false).
func anyAll(t *runtime.Thread, name string, stopOn bool, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount(name, args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	found := false
	err := runtime.ForEach(t, args[0], func(x runtime.Value) (bool, error) {
		b, err := runtime.Truth(t, x)
		if err != nil {
			return false, err
		}
		if b == stopOn {
			found = true
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		return runtime.Null, err
	}
	if found {
		return runtime.Bool(stopOn), nil
	}
	return runtime.Bool(!stopOn), nil
}
