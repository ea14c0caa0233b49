package runtime

import (
	"bytes"
	"hash/maphash"
	"strings"
)

// Bytes is an immutable bytes value.
type Bytes struct {
	B []byte
}

// Type makes Bytes an Object.
func (*Bytes) Type() *Type { return BytesType }

// ByteArray is a mutable bytearray.
type ByteArray struct {
	B []byte
}

// Type makes ByteArray an Object.
func (*ByteArray) Type() *Type { return ByteArrayType }

// NewBytes makes a bytes value that takes ownership of b.
func NewBytes(b []byte) Value { return Obj(&Bytes{B: b}) }

// BytesIterator iterates over the bytes of a bytes or bytearray, yielding
// ints.
type BytesIterator struct {
	seq Value
	i   int
}

// Type makes BytesIterator an Object.
func (*BytesIterator) Type() *Type { return BytesIteratorType }

// bytesOf returns the data of a bytes-like value: bytes, bytearray, or an
// instance of a subclass of either.
func bytesOf(v Value) ([]byte, bool) {
	switch o := v.o.(type) {
	case *Bytes:
		return o.B, true
	case *ByteArray:
		return o.B, true
	case *Instance:
		switch b := o.Base.o.(type) {
		case *Bytes:
			return b.B, true
		case *ByteArray:
			return b.B, true
		}
	}
	return nil, false
}

// BytesValue returns the data of a bytes or bytearray value (or of an
// instance of a subclass); ok is false for anything else.
func BytesValue(v Value) ([]byte, bool) { return bytesOf(v) }

// byteArrayOf returns the bytearray behind v.
func byteArrayOf(v Value) *ByteArray {
	switch o := v.o.(type) {
	case *ByteArray:
		return o
	case *Instance:
		if b, ok := o.Base.o.(*ByteArray); ok {
			return b
		}
	}
	return &ByteArray{}
}

// isByteArray reports whether v is a bytearray (or of a subclass).
func isByteArray(v Value) bool {
	return v.Type().IsSubtype(ByteArrayType)
}

// bytesLike makes a result of the same kind as self: bytes for bytes,
// bytearray for bytearray.
func bytesLike(self Value, b []byte) Value {
	if isByteArray(self) {
		return Obj(&ByteArray{B: b})
	}
	return Obj(&Bytes{B: b})
}

func bytesTypeName(v Value) string {
	if isByteArray(v) {
		return "bytearray"
	}
	return "bytes"
}

var bytesSeed = maphash.MakeSeed()

func init() {
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		s := &typ.Slots
		s.Repr = bytesRepr
		s.Str = bytesRepr
		s.Compare = bytesCompare
		s.Len = func(t *Thread, v Value) (int, error) {
			b, _ := bytesOf(v)
			return len(b), nil
		}
		s.Contains = bytesContains
		s.GetItem = bytesGetItem
		s.Iter = func(t *Thread, v Value) (Value, error) { return Obj(&BytesIterator{seq: v}), nil }
		s.Binary[OpAdd] = bytesAdd
		s.Binary[OpMul] = bytesMul
		s.Reflected[OpMul] = bytesMul
		s.Binary[OpMod] = func(t *Thread, a, b Value) (Value, error) {
			x, _ := bytesOf(a)
			r, err := BytesPercentFormat(t, x, b)
			if err != nil {
				return Null, err
			}
			return bytesLike(a, r), nil
		}
	}
	BytesType.Slots.Hash = func(t *Thread, v Value) (int64, error) {
		b, _ := bytesOf(v)
		if len(b) == 0 {
			return 0, nil
		}
		h := int64(maphash.Bytes(bytesSeed, b) >> 1)
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	ByteArrayType.Slots.Hash = unhashable
	ByteArrayType.Slots.SetItem = byteArraySetItem
	ByteArrayType.Slots.DelItem = byteArrayDelItem
	ByteArrayType.Slots.InPlace[OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		data, ok := bytesOf(b)
		if !ok {
			return Null, Errorf(TypeErrorType, "can't concat %s to bytearray", b.TypeName())
		}
		ba := byteArrayOf(a)
		ba.B = append(ba.B, data...)
		return a, nil
	}
	ByteArrayType.Slots.InPlace[OpMul] = func(t *Thread, a, b Value) (Value, error) {
		n, ok, err := repeatCount(t, b)
		if !ok || err != nil {
			if !ok {
				return NotImplemented, nil
			}
			return Null, err
		}
		ba := byteArrayOf(a)
		r, err := repeatBytes(t, ba.B, n)
		if err != nil {
			return Null, err
		}
		ba.B = r
		return a, nil
	}
	BytesType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		b, err := newBytesData(t, "bytes", args, kwnames)
		if err != nil {
			return Null, err
		}
		if cls != BytesType && cls != nil {
			inst := NewInstance(cls)
			inst.Base = Obj(&Bytes{B: b})
			return Obj(inst), nil
		}
		return Obj(&Bytes{B: b}), nil
	}
	ByteArrayType.New = func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
		b, err := newBytesData(t, "bytearray", args, kwnames)
		if err != nil {
			return Null, err
		}
		if cls != ByteArrayType && cls != nil {
			inst := NewInstance(cls)
			inst.Base = Obj(&ByteArray{B: b})
			return Obj(inst), nil
		}
		return Obj(&ByteArray{B: b}), nil
	}
	BytesIteratorType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	BytesIteratorType.Slots.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.o.(*BytesIterator)
		b, _ := bytesOf(it.seq)
		if it.i >= len(b) {
			it.seq = Obj(&Bytes{})
			return Null, false, nil
		}
		it.i++
		return Int(int64(b[it.i-1])), true, nil
	}
	addIteratorDunders(BytesIteratorType)
	addBytesMethods(BytesType)
	addBytesMethods(ByteArrayType)
	addByteArrayMethods()
}

func bytesRepr(t *Thread, v Value) (string, error) {
	b, _ := bytesOf(v)
	if isByteArray(v) {
		var sb strings.Builder
		sb.WriteString("bytearray(")
		writeBytesRepr(&sb, b, true)
		sb.WriteByte(')')
		return sb.String(), nil
	}
	return BytesRepr(b), nil
}

func bytesCompare(t *Thread, a, b Value, op CmpOp) (Value, error) {
	x, _ := bytesOf(a)
	y, ok := bytesOf(b)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpResult(op, bytes.Compare(x, y))), nil
}

func bytesContains(t *Thread, v, x Value) (bool, error) {
	b, _ := bytesOf(v)
	if sub, ok := bytesOf(x); ok {
		return bytes.Contains(b, sub), nil
	}
	c, err := byteArg(t, x, true)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(b, c) >= 0, nil
}

// byteArg reads an int in range(256); when bytesLikeMsg is set, a non-int
// raises "a bytes-like object is required".
func byteArg(t *Thread, x Value, bytesLikeMsg bool) (byte, error) {
	if bytesLikeMsg && !x.IntLike() && x.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", x.TypeName())
	}
	r, err := Index(t, x)
	if err != nil {
		return 0, err
	}
	if !r.IsInt() && !r.IsBool() || r.AsInt() < 0 || r.AsInt() > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(r.AsInt()), nil
}

func bytesGetItem(t *Thread, v, key Value) (Value, error) {
	b, _ := bytesOf(v)
	if sl, ok := key.o.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, sl, len(b))
		if err != nil {
			return Null, err
		}
		out := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = b[i]
		}
		return bytesLike(v, out), nil
	}
	i, err := bytesIndex(t, v, key, len(b))
	if err != nil {
		return Null, err
	}
	return Int(int64(b[i])), nil
}

// bytesIndex resolves an item index of a bytes or bytearray of length n.
func bytesIndex(t *Thread, v, key Value, n int) (int, error) {
	if !key.IntLike() && key.Type().Slots.Index == nil {
		if isByteArray(v) {
			return 0, Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.TypeName())
		}
		return 0, Errorf(TypeErrorType, "byte indices must be integers or slices, not %s", key.TypeName())
	}
	i, err := IndexInt(t, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		if isByteArray(v) {
			return 0, Errorf(IndexErrorType, "bytearray index out of range")
		}
		return 0, Errorf(IndexErrorType, "index out of range")
	}
	return int(i), nil
}

func bytesAdd(t *Thread, a, b Value) (Value, error) {
	x, _ := bytesOf(a)
	y, ok := bytesOf(b)
	if !ok {
		// CPython tries bytes concatenation after both __add__ and
		// __radd__ failed; only a script __radd__ can accept bytes.
		if bt := b.Type(); !bt.Builtin && bt.Slots.Reflected[OpAdd] != nil {
			return NotImplemented, nil
		}
		return Null, Errorf(TypeErrorType, "can't concat %s to %s", b.TypeName(), bytesTypeName(a))
	}
	out := make([]byte, 0, len(x)+len(y))
	out = append(append(out, x...), y...)
	return bytesLike(a, out), nil
}

func repeatBytes(t *Thread, b []byte, n int64) ([]byte, error) {
	if n <= 0 || len(b) == 0 {
		return []byte{}, nil
	}
	if n > maxStrBytes/int64(len(b)) {
		return nil, Errorf(MemoryErrorType, "")
	}
	if err := t.Reserve(int64(len(b)) * n); err != nil {
		return nil, err
	}
	if total := int64(len(b)) * n; total > repeatChunk && t.Interruptible() {
		out := make([]byte, total)
		copy(out, b)
		if err := fillRepeat(t, out, len(b)); err != nil {
			return nil, err
		}
		return out, nil
	}
	return bytes.Repeat(b, int(n)), nil
}

func bytesMul(t *Thread, a, b Value) (Value, error) {
	n, ok, err := repeatCount(t, b)
	if !ok || err != nil {
		if !ok {
			return NotImplemented, nil
		}
		return Null, err
	}
	x, _ := bytesOf(a)
	r, err := repeatBytes(t, x, n)
	if err != nil {
		return Null, err
	}
	return bytesLike(a, r), nil
}

// newBytesData is the argument handling shared by bytes() and bytearray().
func newBytesData(t *Thread, name string, args []Value, kwnames []string) ([]byte, error) {
	var src, enc, errs Value
	if err := kwMethodArgs(name, args, kwnames, 0, []string{"source", "encoding", "errors"}, &src, &enc, &errs); err != nil {
		return nil, err
	}
	if src.IsNull() {
		if !enc.IsNull() || !errs.IsNull() {
			return nil, Errorf(TypeErrorType, "encoding or errors without sequence argument")
		}
		return []byte{}, nil
	}
	if s, ok := StrValue(src); ok {
		if enc.IsNull() {
			if !errs.IsNull() {
				return nil, Errorf(TypeErrorType, "string argument without an encoding")
			}
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		encoding, errors, err := codecArgs(name, enc, errs)
		if err != nil {
			return nil, err
		}
		return Encode(s, encoding, errors)
	}
	if !enc.IsNull() {
		return nil, Errorf(TypeErrorType, "encoding without a string argument")
	}
	if !errs.IsNull() {
		return nil, Errorf(TypeErrorType, "errors without a string argument")
	}
	if b, ok := bytesOf(src); ok {
		return append([]byte{}, b...), nil
	}
	if name == "bytes" {
		if m, ok := src.Type().Lookup("__bytes__"); ok && definedByScript(src.Type(), "__bytes__") {
			r, err := Call1(t, m, src)
			if err != nil {
				return nil, err
			}
			b, ok := r.o.(*Bytes)
			if !ok {
				return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.TypeName())
			}
			return append([]byte{}, b.B...), nil
		}
	}
	if src.IntLike() || src.Type().Slots.Index != nil {
		n, err := IndexInt(t, src)
		if err != nil {
			if IsInstanceOf(err, IndexErrorType) {
				return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if n > maxStrBytes {
			return nil, Errorf(MemoryErrorType, "")
		}
		if err := t.Reserve(n); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if src.Type().Slots.Iter == nil && src.Type().Slots.GetItem == nil {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", src.TypeName(), name)
	}
	return bytesFromIterable(t, src, name == "bytearray")
}

// bytesFromIterable collects an iterable of ints in range(256).
func bytesFromIterable(t *Thread, src Value, single bool) ([]byte, error) {
	var out []byte
	err := ForEach(t, src, func(x Value) (bool, error) {
		c, err := byteArgStrict(t, x, single)
		if err != nil {
			return false, err
		}
		out = append(out, c)
		return true, nil
	})
	if out == nil {
		out = []byte{}
	}
	return out, err
}

// byteArgStrict reads one element of a bytes source: an int (via
// __index__) in range(256).
func byteArgStrict(t *Thread, x Value, single bool) (byte, error) {
	r, err := Index(t, x)
	if err != nil {
		return 0, err
	}
	if !r.IsInt() && !r.IsBool() || r.AsInt() < 0 || r.AsInt() > 255 {
		if single {
			return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
	}
	return byte(r.AsInt()), nil
}

func byteArraySetItem(t *Thread, v, key, val Value) error {
	ba := byteArrayOf(v)
	if sl, ok := key.o.(*Slice); ok {
		var data []byte
		if b, ok := bytesOf(val); ok {
			data = append([]byte{}, b...)
		} else {
			if _, isStr := StrValue(val); isStr || val.IntLike() || (val.Type().Slots.Iter == nil && val.Type().Slots.GetItem == nil) {
				return Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			var err error
			if data, err = bytesFromIterable(t, val, true); err != nil {
				return err
			}
		}
		start, stop, step, n, err := SliceIndices(t, sl, len(ba.B))
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]byte, 0, len(ba.B)-(stop-start)+len(data))
			out = append(out, ba.B[:start]...)
			out = append(out, data...)
			out = append(out, ba.B[stop:]...)
			ba.B = out
			return nil
		}
		if len(data) != n {
			return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(data), n)
		}
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			ba.B[i] = data[k]
		}
		return nil
	}
	i, err := bytesIndex(t, v, key, len(ba.B))
	if err != nil {
		return err
	}
	c, err := byteArg(t, val, false)
	if err != nil {
		return err
	}
	ba.B[i] = c
	return nil
}

func byteArrayDelItem(t *Thread, v, key Value) error {
	ba := byteArrayOf(v)
	if sl, ok := key.o.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, sl, len(ba.B))
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if step < 0 {
			start = start + (n-1)*step
			step = -step
		}
		out := ba.B[:0:0]
		next := start
		for i, c := range ba.B {
			if i == next && n > 0 {
				next += step
				n--
				continue
			}
			out = append(out, c)
		}
		ba.B = out
		return nil
	}
	i, err := bytesIndex(t, v, key, len(ba.B))
	if err != nil {
		return err
	}
	ba.B = append(ba.B[:i], ba.B[i+1:]...)
	return nil
}

// isByteSpace is Py_ISSPACE, the whitespace of bytes methods.
func isByteSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// bytesSubArg reads the sub argument of find/count/index: bytes-like or an
// int in range(256).
func bytesSubArg(t *Thread, v Value) ([]byte, error) {
	if b, ok := bytesOf(v); ok {
		return b, nil
	}
	if !v.IntLike() && v.Type().Slots.Index == nil {
		return nil, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", v.TypeName())
	}
	c, err := byteArg(t, v, false)
	if err != nil {
		return nil, err
	}
	return []byte{c}, nil
}

// bytesArg reads a bytes-like argument.
func bytesArg(v Value) ([]byte, error) {
	if b, ok := bytesOf(v); ok {
		return b, nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.TypeName())
}

// bytesBounds resolves optional start/end arguments against n bytes.
func bytesBounds(t *Thread, n int, args []Value) (int, int, error) {
	var startV, endV Value
	if len(args) > 0 {
		startV = args[0]
	}
	if len(args) > 1 {
		endV = args[1]
	}
	start, err := strSliceArg(t, startV, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err := strSliceArg(t, endV, n)
	if err != nil {
		return 0, 0, err
	}
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end, nil
}

func bytesList(self Value, parts [][]byte) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = bytesLike(self, append([]byte{}, p...))
	}
	return Obj(NewList(items))
}

func addBytesMethods(typ *Type) {
	m := typ.AddMethod
	name := typ.Name
	m("decode", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		var encV, errV Value
		if err := kwMethodArgs("decode", args, kw, 0, []string{"encoding", "errors"}, &encV, &errV); err != nil {
			return Null, err
		}
		enc, errs := "utf-8", "strict"
		if !encV.IsNull() {
			s, ok := StrValue(encV)
			if !ok {
				return Null, Errorf(TypeErrorType, "decode() argument 'encoding' must be str, not %s", encV.TypeName())
			}
			enc = s
		}
		if !errV.IsNull() {
			s, ok := StrValue(errV)
			if !ok {
				return Null, Errorf(TypeErrorType, "decode() argument 'errors' must be str, not %s", errV.TypeName())
			}
			errs = s
		}
		b, _ := bytesOf(self)
		s, err := Decode(b, enc, errs)
		if err != nil {
			return Null, err
		}
		return Str(s), nil
	})
	m("hex", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		var sepV, groupV Value
		if err := kwMethodArgs("hex", args, kw, 0, []string{"sep", "bytes_per_sep"}, &sepV, &groupV); err != nil {
			return Null, err
		}
		b, _ := bytesOf(self)
		sep := ""
		if !sepV.IsNull() {
			if s, ok := StrValue(sepV); ok {
				sep = s
			} else if sb, ok := bytesOf(sepV); ok {
				sep = string(sb)
			} else {
				return Null, Errorf(TypeErrorType, "sep must be str or bytes.")
			}
			if len(sep) != 1 {
				return Null, Errorf(ValueErrorType, "sep must be length 1.")
			}
		}
		group := 1
		if !groupV.IsNull() {
			g, err := strIntArg(t, groupV)
			if err != nil {
				return Null, err
			}
			group = g
		}
		return Str(bytesHex(b, sep, group)), nil
	})
	typ.Dict.Set("fromhex", Obj(&Method{Name: "fromhex", Owner: typ, Class: true,
		Fn: func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+".fromhex", styleOneArg, args, kw, 1, 1); err != nil {
				return Null, err
			}
			s, err := strArg(args[0], "fromhex() argument must be str, not %s")
			if err != nil {
				return Null, err
			}
			b, err := bytesFromHex(s)
			if err != nil {
				return Null, err
			}
			var r Value
			if typ == ByteArrayType {
				r = Obj(&ByteArray{B: b})
			} else {
				r = Obj(&Bytes{B: b})
			}
			if c, ok := cls.o.(*Type); ok && c != typ {
				return Call1(t, cls, r)
			}
			return r, nil
		}}))
	find := func(mname string, last, raise bool) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleTakes, args, kw, 1, 3); err != nil {
				if len(kw) == 0 {
					return Null, argCountError(mname, styleTakes, len(args), 1, 3)
				}
				return Null, err
			}
			b, _ := bytesOf(self)
			sub, err := bytesSubArg(t, args[0])
			if err != nil {
				return Null, err
			}
			start, end, err := bytesBounds(t, len(b), args[1:])
			if err != nil {
				return Null, err
			}
			i := -1
			if end-start >= len(sub) && start <= len(b) {
				if last {
					i = bytes.LastIndex(b[start:end], sub)
				} else {
					i = bytes.Index(b[start:end], sub)
				}
				if i >= 0 {
					i += start
				}
			}
			if i < 0 && raise {
				return Null, Errorf(ValueErrorType, "subsection not found")
			}
			return Int(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs(name+".count", styleTakes, args, kw, 1, 3); err != nil {
			if len(kw) == 0 {
				return Null, argCountError("count", styleTakes, len(args), 1, 3)
			}
			return Null, err
		}
		b, _ := bytesOf(self)
		sub, err := bytesSubArg(t, args[0])
		if err != nil {
			return Null, err
		}
		start, end, err := bytesBounds(t, len(b), args[1:])
		if err != nil {
			return Null, err
		}
		if start > len(b) || end < start {
			return Int(0), nil
		}
		return Int(int64(bytes.Count(b[start:end], sub))), nil
	})
	affix := func(mname string, suffix bool) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleTakes, args, kw, 1, 3); err != nil {
				if len(kw) == 0 {
					return Null, argCountError(mname, styleTakes, len(args), 1, 3)
				}
				return Null, err
			}
			b, _ := bytesOf(self)
			start, end, err := bytesBounds(t, len(b), args[1:])
			if err != nil {
				return Null, err
			}
			match := func(sub []byte) bool {
				if start > len(b) || end-start < len(sub) {
					return false
				}
				if suffix {
					return bytes.HasSuffix(b[start:end], sub)
				}
				return bytes.HasPrefix(b[start:end], sub)
			}
			if tup, ok := args[0].o.(*Tuple); ok {
				for _, x := range tup.Items {
					sub, ok := bytesOf(x)
					if !ok {
						return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", x.TypeName())
					}
					if match(sub) {
						return True, nil
					}
				}
				return False, nil
			}
			sub, ok := bytesOf(args[0])
			if !ok {
				return Null, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", mname, args[0].TypeName())
			}
			return Bool(match(sub)), nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	split := func(mname string, right bool) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			var sepV, maxV Value
			if err := kwMethodArgs(mname, args, kw, 0, []string{"sep", "maxsplit"}, &sepV, &maxV); err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			maxsplit := -1
			if !maxV.IsNull() {
				n, err := strIntArg(t, maxV)
				if err != nil {
					return Null, err
				}
				maxsplit = n
			}
			if sepV.IsNull() || sepV.IsNone() {
				s := string(b)
				var parts []string
				if right {
					parts = bytesRsplitFunc(s, maxsplit, isByteSpace)
				} else {
					parts = bytesSplitFunc(s, maxsplit, isByteSpace)
				}
				out := make([][]byte, len(parts))
				for i, p := range parts {
					out[i] = []byte(p)
				}
				return bytesList(self, out), nil
			}
			sep, err := bytesArg(sepV)
			if err != nil {
				return Null, err
			}
			if len(sep) == 0 {
				return Null, Errorf(ValueErrorType, "empty separator")
			}
			if maxsplit < 0 || !right {
				n := -1
				if maxsplit >= 0 {
					n = maxsplit + 1
				}
				return bytesList(self, bytes.SplitN(b, sep, n)), nil
			}
			var parts [][]byte
			end := len(b)
			for maxsplit > 0 {
				i := bytes.LastIndex(b[:end], sep)
				if i < 0 {
					break
				}
				parts = append(parts, b[i+len(sep):end])
				end = i
				maxsplit--
			}
			parts = append(parts, b[:end])
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
			return bytesList(self, parts), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	strip := func(mname string, left, right bool) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleExpected, args, kw, 0, 1); err != nil {
				if len(kw) == 0 {
					return Null, argCountError(mname, styleExpected, len(args), 0, 1)
				}
				return Null, err
			}
			b, _ := bytesOf(self)
			pred := isByteSpace
			if len(args) == 1 && !args[0].IsNone() {
				chars, err := bytesArg(args[0])
				if err != nil {
					return Null, err
				}
				pred = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			i, j := 0, len(b)
			if left {
				for i < j && pred(b[i]) {
					i++
				}
			}
			if right {
				for j > i && pred(b[j-1]) {
					j--
				}
			}
			return bytesLike(self, append([]byte{}, b[i:j]...)), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	m("join", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs(name+".join", styleOneArg, args, kw, 1, 1); err != nil {
			return Null, err
		}
		sep, _ := bytesOf(self)
		if args[0].Type().Slots.Iter == nil && args[0].Type().Slots.GetItem == nil {
			return Null, Errorf(TypeErrorType, "can only join an iterable")
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return Null, err
		}
		out := []byte{}
		for i, x := range items {
			b, ok := bytesOf(x)
			if !ok {
				return Null, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, x.TypeName())
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, b...)
		}
		return bytesLike(self, out), nil
	})
	m("replace", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs(name+".replace", styleExpected, args, kw, 2, 3); err != nil {
			if len(kw) == 0 {
				return Null, argCountError("replace", styleExpected, len(args), 2, 3)
			}
			return Null, err
		}
		b, _ := bytesOf(self)
		old, err := bytesArg(args[0])
		if err != nil {
			return Null, err
		}
		repl, err := bytesArg(args[1])
		if err != nil {
			return Null, err
		}
		count := -1
		if len(args) == 3 {
			if count, err = strIntArg(t, args[2]); err != nil {
				return Null, err
			}
		}
		return bytesLike(self, bytes.Replace(append([]byte{}, b...), old, repl, count)), nil
	})
	mapper := func(mname string, fn func(string) string) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleNoArgs, args, kw, 0, 0); err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			return bytesLike(self, []byte(fn(string(b)))), nil
		})
	}
	mapper("upper", func(s string) string { return asciiMap(s, 'a', 'z', -32) })
	mapper("lower", func(s string) string { return asciiMap(s, 'A', 'Z', 32) })
	mapper("swapcase", func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'a' <= c && c <= 'z' {
				b[i] = c - 32
			} else if 'A' <= c && c <= 'Z' {
				b[i] = c + 32
			}
		}
		return string(b)
	})
	mapper("capitalize", func(s string) string {
		if s == "" {
			return s
		}
		return asciiMap(s[:1], 'a', 'z', -32) + asciiMap(s[1:], 'A', 'Z', 32)
	})
	mapper("title", func(s string) string {
		b := []byte(s)
		prev := false
		for i, c := range b {
			lower, upper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
			if prev && upper {
				b[i] = c + 32
			} else if !prev && lower {
				b[i] = c - 32
			}
			prev = lower || upper
		}
		return string(b)
	})
	pred := func(mname string, fn func([]byte) bool) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleNoArgs, args, kw, 0, 0); err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			return Bool(fn(b)), nil
		})
	}
	all := func(f func(c byte) bool) func([]byte) bool {
		return func(b []byte) bool {
			if len(b) == 0 {
				return false
			}
			for _, c := range b {
				if !f(c) {
					return false
				}
			}
			return true
		}
	}
	isAlpha := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	isDigit := func(c byte) bool { return '0' <= c && c <= '9' }
	pred("isalpha", all(isAlpha))
	pred("isdigit", all(isDigit))
	pred("isalnum", all(func(c byte) bool { return isAlpha(c) || isDigit(c) }))
	pred("isspace", all(isByteSpace))
	pred("isascii", func(b []byte) bool { return strIsASCII(string(b)) })
	pred("isupper", func(b []byte) bool { return strIsUpper(string(b)) })
	pred("islower", func(b []byte) bool { return strIsLower(string(b)) })
	pred("istitle", func(b []byte) bool { return strIsTitle(string(b)) })
	part := func(mname string, last bool) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleOneArg, args, kw, 1, 1); err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			sep, err := bytesArg(args[0])
			if err != nil {
				return Null, err
			}
			if len(sep) == 0 {
				return Null, Errorf(ValueErrorType, "empty separator")
			}
			mk := func(p []byte) Value { return bytesLike(self, append([]byte{}, p...)) }
			var i int
			if last {
				i = bytes.LastIndex(b, sep)
			} else {
				i = bytes.Index(b, sep)
			}
			if i < 0 {
				if last {
					return NewTuple([]Value{mk(nil), mk(nil), mk(b)}), nil
				}
				return NewTuple([]Value{mk(b), mk(nil), mk(nil)}), nil
			}
			return NewTuple([]Value{mk(b[:i]), mk(sep), mk(b[i+len(sep):])}), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	m("splitlines", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		var keepV Value
		if err := kwMethodArgs("splitlines", args, kw, 0, []string{"keepends"}, &keepV); err != nil {
			return Null, err
		}
		keep := !keepV.IsNull() && Truthy(keepV)
		b, _ := bytesOf(self)
		var parts [][]byte
		start := 0
		for i := 0; i < len(b); {
			c := b[i]
			if c != '\n' && c != '\r' {
				i++
				continue
			}
			end := i
			i++
			if c == '\r' && i < len(b) && b[i] == '\n' {
				i++
			}
			if keep {
				end = i
			}
			parts = append(parts, b[start:end])
			start = i
		}
		if start < len(b) {
			parts = append(parts, b[start:])
		}
		return bytesList(self, parts), nil
	})
	pad := func(mname string) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleExpected, args, kw, 1, 2); err != nil {
				if len(kw) == 0 {
					return Null, argCountError(mname, styleExpected, len(args), 1, 2)
				}
				return Null, err
			}
			width, err := strIntArg(t, args[0])
			if err != nil {
				return Null, err
			}
			fill := byte(' ')
			if len(args) == 2 {
				f, ok := bytesOf(args[1])
				if !ok || len(f) != 1 {
					return Null, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", mname, args[1].TypeName())
				}
				fill = f[0]
			}
			b, _ := bytesOf(self)
			if width <= len(b) {
				return bytesLike(self, append([]byte{}, b...)), nil
			}
			if int64(width) > maxStrBytes {
				return Null, Errorf(MemoryErrorType, "")
			}
			if err := t.Reserve(int64(width)); err != nil {
				return Null, err
			}
			marg := width - len(b)
			left := 0
			switch mname {
			case "rjust":
				left = marg
			case "center":
				left = marg/2 + (marg & width & 1)
			}
			out := bytes.Repeat([]byte{fill}, width)
			copy(out[left:], b)
			return bytesLike(self, out), nil
		})
	}
	pad("center")
	pad("ljust")
	pad("rjust")
	trim := func(mname string, suffix bool) {
		m(mname, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name+"."+mname, styleOneArg, args, kw, 1, 1); err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			a, err := bytesArg(args[0])
			if err != nil {
				return Null, err
			}
			if suffix {
				b = bytes.TrimSuffix(b, a)
			} else {
				b = bytes.TrimPrefix(b, a)
			}
			return bytesLike(self, append([]byte{}, b...)), nil
		})
	}
	trim("removeprefix", false)
	trim("removesuffix", true)
	m("__len__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, _ := bytesOf(self)
		return Int(int64(len(b))), nil
	})
	m("__getitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__getitem__", styleExpected, args, kw, 1, 1); err != nil {
			return Null, err
		}
		return bytesGetItem(t, self, args[0])
	})
}

// bytesSplitFunc splits s on runs of bytes satisfying pred (str.split() rules
// for bytes).
func bytesSplitFunc(s string, maxsplit int, pred func(byte) bool) []string {
	var parts []string
	i := 0
	for {
		for i < len(s) && pred(s[i]) {
			i++
		}
		if i >= len(s) {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) && !pred(s[j]) {
			j++
		}
		parts = append(parts, s[i:j])
		maxsplit--
		i = j
	}
}

// bytesRsplitFunc is splitFunc from the right.
func bytesRsplitFunc(s string, maxsplit int, pred func(byte) bool) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 && pred(s[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 && !pred(s[i-1]) {
			i--
		}
		parts = append(parts, s[i:j])
		maxsplit--
		j = i
	}
	reverseStrings(parts)
	return parts
}

// bytesHex is bytes.hex(sep, bytes_per_sep).
func bytesHex(b []byte, sep string, group int) string {
	var sb strings.Builder
	sb.Grow(len(b) * 3)
	if sep == "" || group == 0 || len(b) == 0 {
		for _, c := range b {
			sb.WriteByte(lowerHexDigits[c>>4])
			sb.WriteByte(lowerHexDigits[c&15])
		}
		return sb.String()
	}
	g := group
	if g < 0 {
		g = -g
	}
	for i, c := range b {
		if i > 0 {
			// Groups count from the right for positive bytes_per_sep.
			var boundary bool
			if group > 0 {
				boundary = (len(b)-i)%g == 0
			} else {
				boundary = i%g == 0
			}
			if boundary {
				sb.WriteString(sep)
			}
		}
		sb.WriteByte(lowerHexDigits[c>>4])
		sb.WriteByte(lowerHexDigits[c&15])
	}
	return sb.String()
}

// bytesFromHex is bytes.fromhex: pairs of hex digits, spaces between pairs.
func bytesFromHex(s string) ([]byte, error) {
	out := []byte{}
	hexVal := func(c byte) int {
		switch {
		case '0' <= c && c <= '9':
			return int(c - '0')
		case 'a' <= c && c <= 'f':
			return int(c-'a') + 10
		case 'A' <= c && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	i := 0
	for {
		for i < len(s) && isByteSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return out, nil
		}
		hi := hexVal(s[i])
		if hi < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) || hexVal(s[i+1]) < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|hexVal(s[i+1])))
		i += 2
	}
}

func addByteArrayMethods() {
	m := ByteArrayType.AddMethod
	m("append", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("bytearray.append", styleOneArg, args, kw, 1, 1); err != nil {
			return Null, err
		}
		c, err := byteArg(t, args[0], false)
		if err != nil {
			return Null, err
		}
		ba := byteArrayOf(self)
		ba.B = append(ba.B, c)
		return None, nil
	})
	m("extend", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("bytearray.extend", styleOneArg, args, kw, 1, 1); err != nil {
			return Null, err
		}
		ba := byteArrayOf(self)
		if b, ok := bytesOf(args[0]); ok {
			ba.B = append(ba.B, b...)
			return None, nil
		}
		if args[0].Type().Slots.Iter == nil && args[0].Type().Slots.GetItem == nil {
			return Null, Errorf(TypeErrorType, "can't extend bytearray with %s", args[0].TypeName())
		}
		var add []byte
		err := ForEach(t, args[0], func(x Value) (bool, error) {
			c, err := byteArg(t, x, false)
			add = append(add, c)
			return err == nil, err
		})
		if err != nil {
			return Null, err
		}
		ba.B = append(ba.B, add...)
		return None, nil
	})
	m("pop", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("pop", styleExpected, args, kw, 0, 1); err != nil {
			return Null, err
		}
		ba := byteArrayOf(self)
		if len(ba.B) == 0 {
			return Null, Errorf(IndexErrorType, "pop from empty bytearray")
		}
		i := len(ba.B) - 1
		if len(args) == 1 {
			n, err := strIntArg(t, args[0])
			if err != nil {
				return Null, err
			}
			if n < 0 {
				n += len(ba.B)
			}
			if n < 0 || n >= len(ba.B) {
				return Null, Errorf(IndexErrorType, "pop index out of range")
			}
			i = n
		}
		c := ba.B[i]
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return Int(int64(c)), nil
	})
	m("insert", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("insert", styleExpected, args, kw, 2, 2); err != nil {
			return Null, err
		}
		ba := byteArrayOf(self)
		i, err := strIntArg(t, args[0])
		if err != nil {
			return Null, err
		}
		c, err := byteArg(t, args[1], false)
		if err != nil {
			return Null, err
		}
		n := len(ba.B)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		ba.B = append(ba.B, 0)
		copy(ba.B[i+1:], ba.B[i:n])
		ba.B[i] = c
		return None, nil
	})
	m("remove", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("bytearray.remove", styleOneArg, args, kw, 1, 1); err != nil {
			return Null, err
		}
		ba := byteArrayOf(self)
		c, err := byteArg(t, args[0], false)
		if err != nil {
			return Null, err
		}
		i := bytes.IndexByte(ba.B, c)
		if i < 0 {
			return Null, Errorf(ValueErrorType, "value not found in bytearray")
		}
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return None, nil
	})
	m("clear", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("bytearray.clear", styleNoArgs, args, kw, 0, 0); err != nil {
			return Null, err
		}
		byteArrayOf(self).B = []byte{}
		return None, nil
	})
	m("copy", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("bytearray.copy", styleNoArgs, args, kw, 0, 0); err != nil {
			return Null, err
		}
		return Obj(&ByteArray{B: append([]byte{}, byteArrayOf(self).B...)}), nil
	})
	m("reverse", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("bytearray.reverse", styleNoArgs, args, kw, 0, 0); err != nil {
			return Null, err
		}
		b := byteArrayOf(self).B
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	})
}
