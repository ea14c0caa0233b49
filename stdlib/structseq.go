package stdlib

import (
	"strings"

	"github.com/aio-lang/aio/runtime"
)

// structSeq is CPython's "struct sequence": a tuple whose items also have
// names (sys.version_info, sys.float_info, time.struct_time). It indexes,
// iterates and compares like the tuple of its items and reads its fields
// as attributes.
type structSeq struct {
	typ   *runtime.Type
	names []string
	items runtime.Value // a tuple
	extra map[string]runtime.Value
}

// Type makes structSeq an Object.
func (s *structSeq) Type() *runtime.Type { return s.typ }

// newStructSeqType makes a struct sequence type named module.name.
func newStructSeqType(module, name string) *runtime.Type {
	typ := runtime.NewBuiltinType(name, runtime.ObjectType)
	typ.Module = module
	typ.Final = true
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return newStructSeqFrom(t, typ, module, name, args, kwnames)
	}
	asTuple := func(v runtime.Value) runtime.Value { return v.Raw().(*structSeq).items }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		s := v.Raw().(*structSeq)
		var b strings.Builder
		b.WriteString(module + "." + name + "(")
		items := s.items.Raw().(*runtime.Tuple).Items
		for i, n := range s.names {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := runtime.Repr(t, items[i])
			if err != nil {
				return "", err
			}
			b.WriteString(n + "=" + r)
		}
		b.WriteString(")")
		return b.String(), nil
	}
	typ.Slots.Len = func(t *runtime.Thread, v runtime.Value) (int, error) { return runtime.Len(t, asTuple(v)) }
	typ.Slots.GetItem = func(t *runtime.Thread, v, key runtime.Value) (runtime.Value, error) {
		return runtime.GetItem(t, asTuple(v), key)
	}
	typ.Slots.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) { return runtime.Iter(t, asTuple(v)) }
	typ.Slots.Contains = func(t *runtime.Thread, v, x runtime.Value) (bool, error) {
		return runtime.Contains(t, asTuple(v), x)
	}
	typ.Slots.Hash = func(t *runtime.Thread, v runtime.Value) (int64, error) { return runtime.Hash(t, asTuple(v)) }
	typ.Slots.Compare = func(t *runtime.Thread, a, b runtime.Value, op runtime.CmpOp) (runtime.Value, error) {
		if s, ok := b.Raw().(*structSeq); ok {
			b = s.items
		}
		if _, ok := b.Raw().(*runtime.Tuple); !ok {
			return runtime.NotImplemented, nil
		}
		return runtime.RichCompare(t, asTuple(a), b, op)
	}
	typ.Slots.Binary[runtime.OpAdd] = func(t *runtime.Thread, a, b runtime.Value) (runtime.Value, error) {
		if s, ok := b.Raw().(*structSeq); ok {
			b = s.items
		}
		return runtime.BinaryOp(t, runtime.OpAdd, asTuple(a), b)
	}
	typ.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, attr string) (runtime.Value, error) {
		s := v.Raw().(*structSeq)
		for i, n := range s.names {
			if n == attr {
				return s.items.Raw().(*runtime.Tuple).Items[i], nil
			}
		}
		if x, ok := s.extra[attr]; ok {
			return x, nil
		}
		if attr == "n_fields" || attr == "n_sequence_fields" {
			return runtime.Int(int64(len(s.names))), nil
		}
		return runtime.GenericGetAttr(t, v, attr)
	}
	return typ
}

// structSeqFields are the field names of the struct sequence types that
// scripts may construct from a sequence.
var structSeqFields = map[string][]string{}

// newStructSeqFrom is module.name(sequence).
func newStructSeqFrom(t *runtime.Thread, typ *runtime.Type, module, name string, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	names, ok := structSeqFields[module+"."+name]
	if !ok {
		return runtime.Null, typeError("cannot create '%s.%s' instances", module, name)
	}
	if err := runtime.ArgCount(module+"."+name, args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	items, err := runtime.ToSlice(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	if len(items) != len(names) {
		return runtime.Null, typeError("%s.%s() takes an at least %d-sequence (%d-sequence given)", module, name, len(names), len(items))
	}
	return newStructSeq(typ, names, items), nil
}

// newStructSeq makes a struct sequence of typ with the given fields.
func newStructSeq(typ *runtime.Type, names []string, values []runtime.Value) runtime.Value {
	return runtime.Obj(&structSeq{typ: typ, names: names, items: runtime.NewTuple(values)})
}

// namespace is types.SimpleNamespace, used for sys.implementation.
type namespace struct {
	dict *runtime.AttrDict
}

var namespaceType = func() *runtime.Type {
	typ := runtime.NewBuiltinType("SimpleNamespace", runtime.ObjectType)
	typ.Module = "types"
	typ.Final = true
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) > len(kwnames) {
			return runtime.Null, typeError("SimpleNamespace() takes no positional arguments")
		}
		d := runtime.NewAttrDict()
		for i, k := range kwnames {
			d.Set(k, args[len(args)-len(kwnames)+i])
		}
		return runtime.Obj(&namespace{dict: d}), nil
	}
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		n, ok := v.Raw().(*namespace)
		if !ok {
			return runtime.DefaultRepr(v), nil
		}
		var b strings.Builder
		b.WriteString("namespace(")
		for i, k := range n.dict.Keys() {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := runtime.Repr(t, n.dict.Values()[i])
			if err != nil {
				return "", err
			}
			b.WriteString(k + "=" + r)
		}
		b.WriteString(")")
		return b.String(), nil
	}
	return typ
}()

// Type makes namespace an Object.
func (*namespace) Type() *runtime.Type { return namespaceType }

// AttrDict exposes the namespace's attributes to generic attribute access.
func (n *namespace) AttrDict() *runtime.AttrDict { return n.dict }
