package runtime

// The built-in types. Their methods and slots are installed by init
// functions in the file of each type.
var (
	ObjectType            = NewBuiltinType("object", nil)
	TypeType              = NewBuiltinType("type", ObjectType)
	NoneType              = NewBuiltinType("NoneType", ObjectType)
	NotImplementedType    = NewBuiltinType("NotImplementedType", ObjectType)
	EllipsisType          = NewBuiltinType("ellipsis", ObjectType)
	IntType               = NewBuiltinType("int", ObjectType)
	BoolType              = NewBuiltinType("bool", IntType)
	FloatType             = NewBuiltinType("float", ObjectType)
	ComplexType           = NewBuiltinType("complex", ObjectType)
	StrType               = NewBuiltinType("str", ObjectType)
	BytesType             = NewBuiltinType("bytes", ObjectType)
	ByteArrayType         = NewBuiltinType("bytearray", ObjectType)
	ListType              = NewBuiltinType("list", ObjectType)
	TupleType             = NewBuiltinType("tuple", ObjectType)
	DictType              = NewBuiltinType("dict", ObjectType)
	SetType               = NewBuiltinType("set", ObjectType)
	FrozenSetType         = NewBuiltinType("frozenset", ObjectType)
	RangeType             = NewBuiltinType("range", ObjectType)
	SliceType             = NewBuiltinType("slice", ObjectType)
	FunctionType          = NewBuiltinType("function", ObjectType)
	BuiltinFunctionType   = NewBuiltinType("builtin_function_or_method", ObjectType)
	BuiltinMethodType     = NewBuiltinType("builtin_function_or_method", ObjectType)
	MethodType            = NewBuiltinType("method", ObjectType)
	MethodDescriptorType  = NewBuiltinType("method_descriptor", ObjectType)
	ModuleType            = NewBuiltinType("module", ObjectType)
	PropertyType          = NewBuiltinType("property", ObjectType)
	StaticMethodType      = NewBuiltinType("staticmethod", ObjectType)
	ClassMethodType       = NewBuiltinType("classmethod", ObjectType)
	SuperType             = NewBuiltinType("super", ObjectType)
	GeneratorType         = NewBuiltinType("generator", ObjectType)
	CoroutineType         = NewBuiltinType("coroutine", ObjectType)
	AsyncGeneratorType    = NewBuiltinType("async_generator", ObjectType)
	CellType              = NewBuiltinType("cell", ObjectType)
	CodeType              = NewBuiltinType("code", ObjectType)
	IteratorType          = NewBuiltinType("iterator", ObjectType)
	ListIteratorType      = NewBuiltinType("list_iterator", ObjectType)
	TupleIteratorType     = NewBuiltinType("tuple_iterator", ObjectType)
	StrIteratorType       = NewBuiltinType("str_ascii_iterator", ObjectType)
	RangeIteratorType     = NewBuiltinType("range_iterator", ObjectType)
	DictKeysType          = NewBuiltinType("dict_keys", ObjectType)
	DictValuesType        = NewBuiltinType("dict_values", ObjectType)
	DictItemsType         = NewBuiltinType("dict_items", ObjectType)
	DictKeyIteratorType   = NewBuiltinType("dict_keyiterator", ObjectType)
	DictValueIteratorType = NewBuiltinType("dict_valueiterator", ObjectType)
	DictItemIteratorType  = NewBuiltinType("dict_itemiterator", ObjectType)
	SetIteratorType       = NewBuiltinType("set_iterator", ObjectType)
	BytesIteratorType     = NewBuiltinType("bytes_iterator", ObjectType)
	CallIteratorType      = NewBuiltinType("callable_iterator", ObjectType)
	SeqIteratorType       = NewBuiltinType("iterator", ObjectType)
)

func init() {
	for _, t := range []*Type{BoolType, NoneType, NotImplementedType, EllipsisType, FunctionType,
		BuiltinFunctionType, MethodType, RangeType, SliceType, GeneratorType, CoroutineType} {
		t.Final = true
	}
	StaticMethodType.Slots.Get = func(t *Thread, desc, obj Value, cls *Type) (Value, error) {
		return desc.o.(*StaticMethod).Func, nil
	}
	ClassMethodType.Slots.Get = func(t *Thread, desc, obj Value, cls *Type) (Value, error) {
		return Obj(&BoundMethod{Self: Obj(cls), Func: desc.o.(*ClassMethod).Func}), nil
	}
	bindToInstance := func(t *Thread, desc, obj Value, cls *Type) (Value, error) {
		if obj.IsNull() {
			return desc, nil
		}
		return Obj(&BoundMethod{Self: obj, Func: desc}), nil
	}
	FunctionType.Slots.Get = bindToInstance
	MethodDescriptorType.Slots.Get = func(t *Thread, desc, obj Value, cls *Type) (Value, error) {
		m := desc.o.(*Method)
		if m.Class {
			return Obj(&BoundMethod{Self: Obj(cls), Func: desc}), nil
		}
		if m.Static || obj.IsNull() {
			return desc, nil
		}
		return Obj(&BoundMethod{Self: obj, Func: desc}), nil
	}
	PropertyType.Slots.Get = func(t *Thread, desc, obj Value, cls *Type) (Value, error) {
		if obj.IsNull() {
			return desc, nil
		}
		p := desc.o.(*Property)
		return Call1(t, p.Fget, obj)
	}
	SuperType.Slots.GetAttr = superGetAttr
	TypeType.Slots.Call = func(t *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		return CallType(t, v.o.(*Type), args, kwnames)
	}
}
