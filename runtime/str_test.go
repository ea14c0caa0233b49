package runtime

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// strPyCase is one expression whose result (its repr, or "Error: message")
// was recorded from CPython 3.11.
type strPyCase struct {
	expr string
	run  func(t *Thread) (Value, error)
	want string
}

// runStrPyCases evaluates each case and compares with CPython's output.
func runStrPyCases(t *testing.T, cases []strPyCase) {
	t.Helper()
	th := &Thread{MaxDepth: 1000}
	for _, c := range cases {
		v, err := c.run(th)
		var got string
		if err != nil {
			if e, ok := err.(*Instance); ok {
				got = e.Error()
			} else {
				got = "go error: " + err.Error()
			}
		} else if r, rerr := Repr(th, v); rerr != nil {
			got = "repr error: " + rerr.Error()
		} else {
			got = r
		}
		if got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.expr, got, c.want)
		}
	}
}

func strCallM(t *Thread, recv Value, name string, kwnames []string, args []Value) (Value, error) {
	m, err := GetAttr(t, recv, name)
	if err != nil {
		return Null, err
	}
	return Call(t, m, args, kwnames)
}

func strCallAttr(t *Thread, obj Value, name string, args []Value) (Value, error) {
	return strCallM(t, obj, name, nil, args)
}

func strValResult(s string, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return Str(s), nil
}

func strIntResult(n int, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return Int(int64(n)), nil
}

func strContainsResult(b bool, err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return Bool(b), nil
}

func strListResult(t *Thread, v Value) (Value, error) {
	items, err := ToSlice(t, v)
	if err != nil {
		return Null, err
	}
	return Obj(NewList(items)), nil
}

func sTup(items ...Value) Value { return NewTuple(items) }

func sLst(items ...Value) Value { return Obj(NewList(items)) }

func sDct(kv ...Value) Value {
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		if err := d.Set(nil, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return Obj(d)
}

func sBigInt(s string) Value {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big int " + s)
	}
	return NewIntFromBig(b)
}

var _ = math.Inf

func TestStrCases(t *testing.T) { runStrPyCases(t, strCases) }

// TestStrIndexing checks indexing, slicing and iteration of long
// non-ASCII strings (which use the sparse offset index) against []rune.
func TestStrIndexing(t *testing.T) {
	th := &Thread{}
	var text string
	for i := 0; i < 500; i++ {
		switch i % 7 {
		case 0:
			text += "é"
		case 3:
			text += "😀"
		case 5:
			text += "日"
		default:
			text += string(rune('a' + i%26))
		}
	}
	runes := []rune(text)
	s := Str(text)
	n, err := Len(th, s)
	if err != nil || n != len(runes) {
		t.Fatalf("len = %d, %v; want %d", n, err, len(runes))
	}
	for i := -len(runes); i < len(runes); i++ {
		v, err := GetItem(th, s, Int(int64(i)))
		if err != nil {
			t.Fatalf("s[%d]: %v", i, err)
		}
		j := i
		if j < 0 {
			j += len(runes)
		}
		if got, _ := StrValue(v); got != string(runes[j]) {
			t.Fatalf("s[%d] = %q, want %q", i, got, string(runes[j]))
		}
	}
	for _, c := range [][3]int{{0, 500, 1}, {3, 200, 1}, {450, 10, -3}, {1, 499, 7}, {-50, -1, 1}} {
		v, err := GetItem(th, s, NewSlice(Int(int64(c[0])), Int(int64(c[1])), Int(int64(c[2]))))
		if err != nil {
			t.Fatal(err)
		}
		start, stop, step := c[0], c[1], c[2]
		if start < 0 {
			start += len(runes)
		}
		if stop < 0 {
			stop += len(runes)
		}
		var want []rune
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			want = append(want, runes[i])
		}
		if got, _ := StrValue(v); got != string(want) {
			t.Errorf("slice %v = %q, want %q", c, got, string(want))
		}
	}
	it, err := Iter(th, s)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		v, ok, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			if i != len(runes) {
				t.Fatalf("iteration stopped at %d of %d", i, len(runes))
			}
			break
		}
		if got, _ := StrValue(v); got != string(runes[i]) {
			t.Fatalf("item %d = %q, want %q", i, got, string(runes[i]))
		}
	}
	if r := strSelf(s).runeIndex(len(text)); r != len(runes) {
		t.Errorf("runeIndex(end) = %d", r)
	}
}

// TestStrShared checks that one-character and empty strs are shared and
// have the hashes of equal fresh strs.
func TestStrShared(t *testing.T) {
	if !Is(Str("a"), Str("a")) || !Is(Str(""), Str("")) || !Is(Str("é"), Str("é")) {
		t.Error("short strs are not shared")
	}
	for _, s := range []string{"", "a", "é", "\x00", "ÿ"} {
		if Str(s).o.(*StrObject).Hash() != (&StrObject{S: s}).Hash() {
			t.Errorf("hash of shared %q differs", s)
		}
	}
	if h, _ := Hash(nil, Str("")); h != 0 {
		t.Errorf("hash('') = %d, want 0", h)
	}
}

// TestStrSubclass checks str methods, slots and format() on an instance
// of a script subclass of str.
func TestStrSubclass(t *testing.T) {
	th := &Thread{MaxDepth: 100}
	cls, err := NewClass(th, "S", []*Type{StrType}, NewAttrDict(), "__main__")
	if err != nil {
		t.Fatal(err)
	}
	v, err := CallType(th, cls, []Value{Str("abc")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v.Type() != cls {
		t.Fatalf("type = %s", v.TypeName())
	}
	check := func(what string, got Value, err error, want string) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: %v", what, err)
			return
		}
		r, _ := Repr(th, got)
		if r != want {
			t.Errorf("%s = %s, want %s", what, r, want)
		}
	}
	r, err := CallMethod(th, v, "upper")
	check("S('abc').upper()", r, err, "'ABC'")
	r, err = BinaryOp(th, OpAdd, v, Str("d"))
	check("S('abc') + 'd'", r, err, "'abcd'")
	r, err = BinaryOp(th, OpAdd, Str("d"), v)
	check("'d' + S('abc')", r, err, "'dabc'")
	r, err = RichCompare(th, Str("abc"), v, CmpEq)
	check("'abc' == S('abc')", r, err, "True")
	r, err = GetItem(th, v, Int(-1))
	check("S('abc')[-1]", r, err, "'c'")
	check("repr(S('abc'))", v, nil, "'abc'")
	n, err := Len(th, v)
	if n != 3 || err != nil {
		t.Errorf("len = %d, %v", n, err)
	}
	h1, _ := Hash(th, v)
	h2, _ := Hash(th, Str("abc"))
	if h1 != h2 {
		t.Error("hash(S('abc')) != hash('abc')")
	}
	if s, err := FormatValue(th, v, ">5"); s != "  abc" || err != nil {
		t.Errorf("format(S('abc'), '>5') = %q, %v", s, err)
	}
	if _, err := FormatValue(th, v, "d"); err == nil || err.Error() != "ValueError: Unknown format code 'd' for object of type 'S'" {
		t.Errorf("format(S('abc'), 'd') error = %v", err)
	}
	if s, ok := StrValue(v); !ok || s != "abc" {
		t.Errorf("StrValue = %q, %v", s, ok)
	}
	r, err = Call(th, mustLookup(t, StrType, "__new__"), []Value{Obj(cls), Str("xy")}, nil)
	if err != nil || r.Type() != cls {
		t.Errorf("str.__new__(S, 'xy') = %v, %v", r, err)
	}
}

func mustLookup(t *testing.T, typ *Type, name string) Value {
	t.Helper()
	v, ok := typ.Lookup(name)
	if !ok {
		t.Fatalf("%s.%s missing", typ.Name, name)
	}
	return v
}

// TestFormatScriptObjects checks format() on objects with and without a
// __format__ of their own, and on an int held by an instance of an int
// subclass.
func TestFormatScriptObjects(t *testing.T) {
	th := &Thread{MaxDepth: 100}
	ns := NewAttrDict()
	ns.Set("__format__", NewBuiltin("__format__", func(t *Thread, args []Value, kw []string) (Value, error) {
		spec, _ := StrValue(args[1])
		return Str("<" + spec + ">"), nil
	}))
	withFormat, _ := NewClass(th, "F", nil, ns, "__main__")
	plain, _ := NewClass(th, "P", nil, NewAttrDict(), "__main__")
	f := Obj(NewInstance(withFormat))
	if s, err := FormatValue(th, f, "x>5"); s != "<x>5>" || err != nil {
		t.Errorf("format(F(), 'x>5') = %q, %v", s, err)
	}
	p := Obj(NewInstance(plain))
	if _, err := FormatValue(th, p, "5"); err == nil || err.Error() != "TypeError: unsupported format string passed to P.__format__" {
		t.Errorf("format(P(), '5') error = %v", err)
	}
	if s, err := FormatValue(th, p, ""); err != nil || len(s) < 10 || s[:17] != "<__main__.P objec" {
		t.Errorf("format(P(), '') = %q, %v", s, err)
	}
	intSub, _ := NewClass(th, "I", []*Type{IntType}, NewAttrDict(), "__main__")
	inst := NewInstance(intSub)
	inst.Base = Int(255)
	if s, err := FormatValue(th, Obj(inst), "#x"); s != "0xff" || err != nil {
		t.Errorf("format(I(255), '#x') = %q, %v", s, err)
	}
	if _, err := FormatValue(th, Obj(inst), "s"); err == nil || err.Error() != "ValueError: Unknown format code 's' for object of type 'I'" {
		t.Errorf("format(I(255), 's') error = %v", err)
	}
	s, err := StrFormat(th, "{0:>6}|{x!r}", []Value{f, Str("q")}, []string{"x"}, Null)
	if s != "<>6>|'q'" || err != nil {
		t.Errorf("str.format = %q, %v", s, err)
	}
}

// TestStrNilThread checks that operations on built-in strs work without a
// thread.
func TestStrNilThread(t *testing.T) {
	s := Str("héllo wörld")
	if r, err := Repr(nil, s); r != "'héllo wörld'" || err != nil {
		t.Errorf("repr = %q, %v", r, err)
	}
	for _, m := range []string{"upper", "split", "title", "isalpha", "encode"} {
		if _, err := CallMethod(nil, s, m); err != nil {
			t.Errorf("%s: %v", m, err)
		}
	}
	if r, err := PercentFormat(nil, "%s-%05.1f", NewTuple([]Value{s, Float(2.25)})); r != "héllo wörld-002.2" || err != nil {
		t.Errorf("percent = %q, %v", r, err)
	}
	if r := QuoteStr("it's"); r != `"it's"` {
		t.Errorf("QuoteStr = %s", r)
	}
	if RuneCount(s.o.(*StrObject)) != 11 {
		t.Error("RuneCount")
	}
}

// TestCodecs checks the Go-level Encode and Decode helpers.
func TestCodecs(t *testing.T) {
	if b, err := Encode("é€", "utf8", "strict"); err != nil || string(b) != "é€" {
		t.Errorf("Encode utf8 = %q, %v", b, err)
	}
	if b, err := Encode("aé", "ISO-8859-1", "strict"); err != nil || string(b) != "a\xe9" {
		t.Errorf("Encode latin-1 = %q, %v", b, err)
	}
	if s, err := Decode([]byte("a\xffb"), "utf-8", "surrogateescape"); err != nil {
		t.Errorf("Decode surrogateescape: %v", err)
	} else if b, err := Encode(s, "utf-8", "surrogateescape"); err != nil || string(b) != "a\xffb" {
		t.Errorf("surrogateescape round trip = %q, %v", b, err)
	}
	_, err := Decode([]byte("\xff"), "utf-8", "strict")
	e, ok := err.(*Instance)
	if !ok || !e.Class.IsSubtype(UnicodeDecodeErrorType) {
		t.Fatalf("Decode error = %v", err)
	}
	if v, _ := e.Dict.Get("start"); v.AsInt() != 0 {
		t.Error("UnicodeDecodeError.start")
	}
}

// TestStrIteratorDunders checks __iter__, __next__ and __length_hint__ of
// str and bytes iterators.
func TestStrIteratorDunders(t *testing.T) {
	th := &Thread{}
	it, _ := Iter(th, Str("hé"))
	if r, err := CallMethod(th, it, "__length_hint__"); err != nil || r.AsInt() != 2 {
		t.Errorf("__length_hint__ = %v, %v", r, err)
	}
	if r, err := CallMethod(th, it, "__iter__"); err != nil || !Is(r, it) {
		t.Errorf("__iter__ = %v, %v", r, err)
	}
	for _, want := range []string{"h", "é"} {
		r, err := CallMethod(th, it, "__next__")
		if s, _ := StrValue(r); err != nil || s != want {
			t.Errorf("__next__ = %v, %v; want %q", r, err, want)
		}
	}
	if _, err := CallMethod(th, it, "__next__"); !IsInstanceOf(err, StopIterationType) {
		t.Errorf("exhausted __next__ error = %v", err)
	}
	bit, _ := Iter(th, NewBytes([]byte("A")))
	if r, err := CallMethod(th, bit, "__next__"); err != nil || r.AsInt() != 65 {
		t.Errorf("bytes __next__ = %v, %v", r, err)
	}
}

// strCases were generated by evaluating each expression with python3 (3.11).
var strCases = []strPyCase{
	{"repr('')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str(""))) }, "\"''\""},
	{"ascii('')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str(""))) }, "\"''\""},
	{"repr('abc')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("abc"))) }, "\"'abc'\""},
	{"ascii('abc')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("abc"))) }, "\"'abc'\""},
	{"repr(\"a'b\")", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("a'b"))) }, "'\"a\\'b\"'"},
	{"ascii(\"a'b\")", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("a'b"))) }, "'\"a\\'b\"'"},
	{"repr('a\"b')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("a\"b"))) }, "'\\'a\"b\\''"},
	{"ascii('a\"b')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("a\"b"))) }, "'\\'a\"b\\''"},
	{"repr('a\\'\"b')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("a'\"b"))) }, "'\\'a\\\\\\'\"b\\''"},
	{"ascii('a\\'\"b')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("a'\"b"))) }, "'\\'a\\\\\\'\"b\\''"},
	{"repr('\\\\')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\\"))) }, "\"'\\\\\\\\'\""},
	{"ascii('\\\\')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\\"))) }, "\"'\\\\\\\\'\""},
	{"repr('\\x00\\x07\\x1f\\x7f\\x80\\x9f\\xa0\\xad\u00ff')", func(t *Thread) (Value, error) {
		return strValResult(Repr(t, Str("\u0000\u0007\u001f\u007f\u0080\u009f\u00a0\u00ad\u00ff")))
	}, "\"'\\\\x00\\\\x07\\\\x1f\\\\x7f\\\\x80\\\\x9f\\\\xa0\\\\xad\u00ff'\""},
	{"ascii('\\x00\\x07\\x1f\\x7f\\x80\\x9f\\xa0\\xad\u00ff')", func(t *Thread) (Value, error) {
		return strValResult(ASCII(t, Str("\u0000\u0007\u001f\u007f\u0080\u009f\u00a0\u00ad\u00ff")))
	}, "\"'\\\\x00\\\\x07\\\\x1f\\\\x7f\\\\x80\\\\x9f\\\\xa0\\\\xad\\\\xff'\""},
	{"repr('\\t\\n\\r')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\u0009\u000a\u000d"))) }, "\"'\\\\t\\\\n\\\\r'\""},
	{"ascii('\\t\\n\\r')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\u0009\u000a\u000d"))) }, "\"'\\\\t\\\\n\\\\r'\""},
	{"repr('\u00e9\u20ac\U0001f600')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\u00e9\u20ac\U0001f600"))) }, "\"'\u00e9\u20ac\U0001f600'\""},
	{"ascii('\u00e9\u20ac\U0001f600')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\u00e9\u20ac\U0001f600"))) }, "\"'\\\\xe9\\\\u20ac\\\\U0001f600'\""},
	{"repr('\\u2028\\u200b\\ufeff\\U000e0001')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\u2028\u200b\ufeff\U000e0001"))) }, "\"'\\\\u2028\\\\u200b\\\\ufeff\\\\U000e0001'\""},
	{"ascii('\\u2028\\u200b\\ufeff\\U000e0001')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\u2028\u200b\ufeff\U000e0001"))) }, "\"'\\\\u2028\\\\u200b\\\\ufeff\\\\U000e0001'\""},
	{"repr('\\u0378')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\u0378"))) }, "\"'\\\\u0378'\""},
	{"ascii('\\u0378')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\u0378"))) }, "\"'\\\\u0378'\""},
	{"repr('\\U0001fa75')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\U0001fa75"))) }, "\"'\\\\U0001fa75'\""},
	{"ascii('\\U0001fa75')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\U0001fa75"))) }, "\"'\\\\U0001fa75'\""},
	{"repr('\\ue000')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\ue000"))) }, "\"'\\\\ue000'\""},
	{"ascii('\\ue000')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\ue000"))) }, "\"'\\\\ue000'\""},
	{"repr('\u65e5\u672c\u8a9e')", func(t *Thread) (Value, error) { return strValResult(Repr(t, Str("\u65e5\u672c\u8a9e"))) }, "\"'\u65e5\u672c\u8a9e'\""},
	{"ascii('\u65e5\u672c\u8a9e')", func(t *Thread) (Value, error) { return strValResult(ASCII(t, Str("\u65e5\u672c\u8a9e"))) }, "\"'\\\\u65e5\\\\u672c\\\\u8a9e'\""},
	{"len('')", func(t *Thread) (Value, error) { return strIntResult(Len(t, Str(""))) }, "0"},
	{"list('')", func(t *Thread) (Value, error) { return strListResult(t, Str("")) }, "[]"},
	{"len('abc')", func(t *Thread) (Value, error) { return strIntResult(Len(t, Str("abc"))) }, "3"},
	{"list('abc')", func(t *Thread) (Value, error) { return strListResult(t, Str("abc")) }, "['a', 'b', 'c']"},
	{"len('h\u00e9llo')", func(t *Thread) (Value, error) { return strIntResult(Len(t, Str("h\u00e9llo"))) }, "5"},
	{"list('h\u00e9llo')", func(t *Thread) (Value, error) { return strListResult(t, Str("h\u00e9llo")) }, "['h', '\u00e9', 'l', 'l', 'o']"},
	{"len('\U0001f600a\U0001f600')", func(t *Thread) (Value, error) { return strIntResult(Len(t, Str("\U0001f600a\U0001f600"))) }, "3"},
	{"list('\U0001f600a\U0001f600')", func(t *Thread) (Value, error) { return strListResult(t, Str("\U0001f600a\U0001f600")) }, "['\U0001f600', 'a', '\U0001f600']"},
	{"len('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9y')", func(t *Thread) (Value, error) {
		return strIntResult(Len(t, Str("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9y")))
	}, "171"},
	{"list('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9y')", func(t *Thread) (Value, error) {
		return strListResult(t, Str("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9y"))
	}, "['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', '\u00e9', 'y']"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[0]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(0))
	}, "'a'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[1]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(1))
	}, "'\u00e9'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[2]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(2))
	}, "'a'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[-1]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(-1))
	}, "'z'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[-2]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(-2))
	}, "'\u00e9'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[99]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(99))
	}, "'\u00e9'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[100]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(100))
	}, "'z'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[101]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(101))
	}, "IndexError: string index out of range"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[-101]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(-101))
	}, "'a'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[-102]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Int(-102))
	}, "IndexError: string index out of range"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[True]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), True)
	}, "'\u00e9'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[1000000000000000000000000000000]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), sBigInt("1000000000000000000000000000000"))
	}, "IndexError: cannot fit 'int' into an index-sized integer"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[1.5]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Float(1.5))
	}, "TypeError: string indices must be integers, not 'float'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'['x']", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), Str("x"))
	}, "TypeError: string indices must be integers, not 'str'"},
	{"'a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z'[None]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9a\u00e9z"), None)
	}, "TypeError: string indices must be integers, not 'NoneType'"},
	{"'h\u00e9llo'[0]", func(t *Thread) (Value, error) { return GetItem(t, Str("h\u00e9llo"), Int(0)) }, "'h'"},
	{"'h\u00e9llo'[-1]", func(t *Thread) (Value, error) { return GetItem(t, Str("h\u00e9llo"), Int(-1)) }, "'o'"},
	{"'h\u00e9llo'[3]", func(t *Thread) (Value, error) { return GetItem(t, Str("h\u00e9llo"), Int(3)) }, "'l'"},
	{"'h\u00e9llo'[-4]", func(t *Thread) (Value, error) { return GetItem(t, Str("h\u00e9llo"), Int(-4)) }, "'\u00e9'"},
	{"'h\u00e9llo'[5]", func(t *Thread) (Value, error) { return GetItem(t, Str("h\u00e9llo"), Int(5)) }, "IndexError: string index out of range"},
	{"'h\u00e9llo w\u00f6rld'[None:None:None]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(None, None, None))
	}, "'h\u00e9llo w\u00f6rld'"},
	{"'hello world'[None:None:None]", func(t *Thread) (Value, error) { return GetItem(t, Str("hello world"), NewSlice(None, None, None)) }, "'hello world'"},
	{"'h\u00e9llo w\u00f6rld'[1:3:None]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(Int(1), Int(3), None))
	}, "'\u00e9l'"},
	{"'hello world'[1:3:None]", func(t *Thread) (Value, error) { return GetItem(t, Str("hello world"), NewSlice(Int(1), Int(3), None)) }, "'el'"},
	{"'h\u00e9llo w\u00f6rld'[None:None:-1]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(None, None, Int(-1)))
	}, "'dlr\u00f6w oll\u00e9h'"},
	{"'hello world'[None:None:-1]", func(t *Thread) (Value, error) { return GetItem(t, Str("hello world"), NewSlice(None, None, Int(-1))) }, "'dlrow olleh'"},
	{"'h\u00e9llo w\u00f6rld'[None:None:2]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(None, None, Int(2)))
	}, "'hlowrd'"},
	{"'hello world'[None:None:2]", func(t *Thread) (Value, error) { return GetItem(t, Str("hello world"), NewSlice(None, None, Int(2))) }, "'hlowrd'"},
	{"'h\u00e9llo w\u00f6rld'[-3:None:None]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(Int(-3), None, None))
	}, "'rld'"},
	{"'hello world'[-3:None:None]", func(t *Thread) (Value, error) { return GetItem(t, Str("hello world"), NewSlice(Int(-3), None, None)) }, "'rld'"},
	{"'h\u00e9llo w\u00f6rld'[5:1:-2]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(Int(5), Int(1), Int(-2)))
	}, "' l'"},
	{"'hello world'[5:1:-2]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("hello world"), NewSlice(Int(5), Int(1), Int(-2)))
	}, "' l'"},
	{"'h\u00e9llo w\u00f6rld'[10:-10:-3]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(Int(10), Int(-10), Int(-3)))
	}, "'d\u00f6o'"},
	{"'hello world'[10:-10:-3]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("hello world"), NewSlice(Int(10), Int(-10), Int(-3)))
	}, "'doo'"},
	{"'h\u00e9llo w\u00f6rld'[0:0:None]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(Int(0), Int(0), None))
	}, "''"},
	{"'hello world'[0:0:None]", func(t *Thread) (Value, error) { return GetItem(t, Str("hello world"), NewSlice(Int(0), Int(0), None)) }, "''"},
	{"'h\u00e9llo w\u00f6rld'[None:None:0]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(None, None, Int(0)))
	}, "ValueError: slice step cannot be zero"},
	{"'hello world'[None:None:0]", func(t *Thread) (Value, error) { return GetItem(t, Str("hello world"), NewSlice(None, None, Int(0))) }, "ValueError: slice step cannot be zero"},
	{"'h\u00e9llo w\u00f6rld'[1.5:None:None]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(Float(1.5), None, None))
	}, "TypeError: slice indices must be integers or None or have an __index__ method"},
	{"'hello world'[1.5:None:None]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("hello world"), NewSlice(Float(1.5), None, None))
	}, "TypeError: slice indices must be integers or None or have an __index__ method"},
	{"'h\u00e9llo w\u00f6rld'[-100:100:7]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("h\u00e9llo w\u00f6rld"), NewSlice(Int(-100), Int(100), Int(7)))
	}, "'h\u00f6'"},
	{"'hello world'[-100:100:7]", func(t *Thread) (Value, error) {
		return GetItem(t, Str("hello world"), NewSlice(Int(-100), Int(100), Int(7)))
	}, "'ho'"},
	{"'ab' + 'cd'", func(t *Thread) (Value, error) { return BinaryOp(t, OpAdd, Str("ab"), Str("cd")) }, "'abcd'"},
	{"'ab' + 1", func(t *Thread) (Value, error) { return BinaryOp(t, OpAdd, Str("ab"), Int(1)) }, "TypeError: can only concatenate str (not \"int\") to str"},
	{"1 + 'ab'", func(t *Thread) (Value, error) { return BinaryOp(t, OpAdd, Int(1), Str("ab")) }, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
	{"'ab' * 3", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, Str("ab"), Int(3)) }, "'ababab'"},
	{"3 * 'ab'", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, Int(3), Str("ab")) }, "'ababab'"},
	{"'ab' * -1", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, Str("ab"), Int(-1)) }, "''"},
	{"'ab' * 2.0", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, Str("ab"), Float(2.0)) }, "TypeError: can't multiply sequence by non-int of type 'float'"},
	{"'ab' * True", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, Str("ab"), True) }, "'ab'"},
	{"'ab' * 1000000000000000000000000000000", func(t *Thread) (Value, error) {
		return BinaryOp(t, OpMul, Str("ab"), sBigInt("1000000000000000000000000000000"))
	}, "OverflowError: cannot fit 'int' into an index-sized integer"},
	{"'ab' * 4611686018427387904", func(t *Thread) (Value, error) { return BinaryOp(t, OpMul, Str("ab"), Int(4611686018427387904)) }, "OverflowError: repeated string is too long"},
	{"'' * 1000000000000000000000000000000", func(t *Thread) (Value, error) {
		return BinaryOp(t, OpMul, Str(""), sBigInt("1000000000000000000000000000000"))
	}, "OverflowError: cannot fit 'int' into an index-sized integer"},
	{"'a' < 'b'", func(t *Thread) (Value, error) { return RichCompare(t, Str("a"), Str("b"), CmpLt) }, "True"},
	{"'\u00e9' < 'z'", func(t *Thread) (Value, error) { return RichCompare(t, Str("\u00e9"), Str("z"), CmpLt) }, "False"},
	{"'a' < 1", func(t *Thread) (Value, error) { return RichCompare(t, Str("a"), Int(1), CmpLt) }, "TypeError: '<' not supported between instances of 'str' and 'int'"},
	{"'a' == 'a'", func(t *Thread) (Value, error) { return RichCompare(t, Str("a"), Str("a"), CmpEq) }, "True"},
	{"'a' == 1", func(t *Thread) (Value, error) { return RichCompare(t, Str("a"), Int(1), CmpEq) }, "False"},
	{"'abc' >= 'ab'", func(t *Thread) (Value, error) { return RichCompare(t, Str("abc"), Str("ab"), CmpGe) }, "True"},
	{"'\\uffff' < '\U0001f600'", func(t *Thread) (Value, error) { return RichCompare(t, Str("\uffff"), Str("\U0001f600"), CmpLt) }, "True"},
	{"'b' in 'abc'", func(t *Thread) (Value, error) { return strContainsResult(Contains(t, Str("abc"), Str("b"))) }, "True"},
	{"'' in 'abc'", func(t *Thread) (Value, error) { return strContainsResult(Contains(t, Str("abc"), Str(""))) }, "True"},
	{"1 in 'abc'", func(t *Thread) (Value, error) { return strContainsResult(Contains(t, Str("abc"), Int(1))) }, "TypeError: 'in <string>' requires string as left operand, not int"},
	{"'\u00e9' in 'caf\u00e9'", func(t *Thread) (Value, error) { return strContainsResult(Contains(t, Str("caf\u00e9"), Str("\u00e9"))) }, "True"},
	{"str()", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{}, nil) }, "''"},
	{"str(5)", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{Int(5)}, nil) }, "'5'"},
	{"str(1.5)", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{Float(1.5)}, nil) }, "'1.5'"},
	{"str(None)", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{None}, nil) }, "'None'"},
	{"str('x')", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{Str("x")}, nil) }, "'x'"},
	{"str(b'abc')", func(t *Thread) (Value, error) {
		return CallType(t, StrType, []Value{NewBytes([]byte("\x61\x62\x63"))}, nil)
	}, "\"b'abc'\""},
	{"str(b'abc', 'utf-8')", func(t *Thread) (Value, error) {
		return CallType(t, StrType, []Value{NewBytes([]byte("\x61\x62\x63")), Str("utf-8")}, nil)
	}, "'abc'"},
	{"str(b'\\xc3\\xa9', 'latin-1')", func(t *Thread) (Value, error) {
		return CallType(t, StrType, []Value{NewBytes([]byte("\xc3\xa9")), Str("latin-1")}, nil)
	}, "'\u00c3\u00a9'"},
	{"str('abc', 'utf-8')", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{Str("abc"), Str("utf-8")}, nil) }, "TypeError: decoding str is not supported"},
	{"str(1, 'utf-8')", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{Int(1), Str("utf-8")}, nil) }, "TypeError: decoding to str: need a bytes-like object, int found"},
	{"str(object=3)", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{Int(3)}, []string{"object"}) }, "'3'"},
	{"str(b'x', errors='strict')", func(t *Thread) (Value, error) {
		return CallType(t, StrType, []Value{NewBytes([]byte("\x78")), Str("strict")}, []string{"errors"})
	}, "'x'"},
	{"str(bytearray(b'hi'), 'ascii')", func(t *Thread) (Value, error) {
		return CallType(t, StrType, []Value{Obj(&ByteArray{B: []byte("\x68\x69")}), Str("ascii")}, nil)
	}, "'hi'"},
	{"str(b'\\xff', 'utf-8', 'replace')", func(t *Thread) (Value, error) {
		return CallType(t, StrType, []Value{NewBytes([]byte("\xff")), Str("utf-8"), Str("replace")}, nil)
	}, "'\ufffd'"},
	{"str(1, 2, 3, 4)", func(t *Thread) (Value, error) {
		return CallType(t, StrType, []Value{Int(1), Int(2), Int(3), Int(4)}, nil)
	}, "TypeError: str() takes at most 3 arguments (4 given)"},
	{"str([1, 'a'])", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{sLst(Int(1), Str("a"))}, nil) }, "\"[1, 'a']\""},
	{"str((1,))", func(t *Thread) (Value, error) { return CallType(t, StrType, []Value{sTup(Int(1))}, nil) }, "'(1,)'"},
	{"'a b  c'.split()", func(t *Thread) (Value, error) { return strCallM(t, Str("a b  c"), "split", nil, []Value{}) }, "['a', 'b', 'c']"},
	{"'a b  c'.rsplit()", func(t *Thread) (Value, error) { return strCallM(t, Str("a b  c"), "rsplit", nil, []Value{}) }, "['a', 'b', 'c']"},
	{"'a b  c'.split(None, 1)", func(t *Thread) (Value, error) { return strCallM(t, Str("a b  c"), "split", nil, []Value{None, Int(1)}) }, "['a', 'b  c']"},
	{"'a b  c'.rsplit(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a b  c"), "rsplit", nil, []Value{None, Int(1)})
	}, "['a b', 'c']"},
	{"'a b  c'.split(',')", func(t *Thread) (Value, error) { return strCallM(t, Str("a b  c"), "split", nil, []Value{Str(",")}) }, "['a b  c']"},
	{"'a b  c'.rsplit(',', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a b  c"), "rsplit", nil, []Value{Str(","), Int(1)})
	}, "['a b  c']"},
	{"'a b  c'.split(',', 0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a b  c"), "split", nil, []Value{Str(","), Int(0)})
	}, "['a b  c']"},
	{"'a b  c'.split(maxsplit=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a b  c"), "split", []string{"maxsplit"}, []Value{Int(1)})
	}, "['a', 'b  c']"},
	{"'  a b c  '.split()", func(t *Thread) (Value, error) { return strCallM(t, Str("  a b c  "), "split", nil, []Value{}) }, "['a', 'b', 'c']"},
	{"'  a b c  '.rsplit()", func(t *Thread) (Value, error) { return strCallM(t, Str("  a b c  "), "rsplit", nil, []Value{}) }, "['a', 'b', 'c']"},
	{"'  a b c  '.split(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("  a b c  "), "split", nil, []Value{None, Int(1)})
	}, "['a', 'b c  ']"},
	{"'  a b c  '.rsplit(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("  a b c  "), "rsplit", nil, []Value{None, Int(1)})
	}, "['  a b', 'c']"},
	{"'  a b c  '.split(',')", func(t *Thread) (Value, error) { return strCallM(t, Str("  a b c  "), "split", nil, []Value{Str(",")}) }, "['  a b c  ']"},
	{"'  a b c  '.rsplit(',', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("  a b c  "), "rsplit", nil, []Value{Str(","), Int(1)})
	}, "['  a b c  ']"},
	{"'  a b c  '.split(',', 0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("  a b c  "), "split", nil, []Value{Str(","), Int(0)})
	}, "['  a b c  ']"},
	{"'  a b c  '.split(maxsplit=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("  a b c  "), "split", []string{"maxsplit"}, []Value{Int(1)})
	}, "['a', 'b c  ']"},
	{"''.split()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "split", nil, []Value{}) }, "[]"},
	{"''.rsplit()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "rsplit", nil, []Value{}) }, "[]"},
	{"''.split(None, 1)", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "split", nil, []Value{None, Int(1)}) }, "[]"},
	{"''.rsplit(None, 1)", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "rsplit", nil, []Value{None, Int(1)}) }, "[]"},
	{"''.split(',')", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "split", nil, []Value{Str(",")}) }, "['']"},
	{"''.rsplit(',', 1)", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "rsplit", nil, []Value{Str(","), Int(1)}) }, "['']"},
	{"''.split(',', 0)", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "split", nil, []Value{Str(","), Int(0)}) }, "['']"},
	{"''.split(maxsplit=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str(""), "split", []string{"maxsplit"}, []Value{Int(1)})
	}, "[]"},
	{"'   '.split()", func(t *Thread) (Value, error) { return strCallM(t, Str("   "), "split", nil, []Value{}) }, "[]"},
	{"'   '.rsplit()", func(t *Thread) (Value, error) { return strCallM(t, Str("   "), "rsplit", nil, []Value{}) }, "[]"},
	{"'   '.split(None, 1)", func(t *Thread) (Value, error) { return strCallM(t, Str("   "), "split", nil, []Value{None, Int(1)}) }, "[]"},
	{"'   '.rsplit(None, 1)", func(t *Thread) (Value, error) { return strCallM(t, Str("   "), "rsplit", nil, []Value{None, Int(1)}) }, "[]"},
	{"'   '.split(',')", func(t *Thread) (Value, error) { return strCallM(t, Str("   "), "split", nil, []Value{Str(",")}) }, "['   ']"},
	{"'   '.rsplit(',', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("   "), "rsplit", nil, []Value{Str(","), Int(1)})
	}, "['   ']"},
	{"'   '.split(',', 0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("   "), "split", nil, []Value{Str(","), Int(0)})
	}, "['   ']"},
	{"'   '.split(maxsplit=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("   "), "split", []string{"maxsplit"}, []Value{Int(1)})
	}, "[]"},
	{"'a,b,,c'.split()", func(t *Thread) (Value, error) { return strCallM(t, Str("a,b,,c"), "split", nil, []Value{}) }, "['a,b,,c']"},
	{"'a,b,,c'.rsplit()", func(t *Thread) (Value, error) { return strCallM(t, Str("a,b,,c"), "rsplit", nil, []Value{}) }, "['a,b,,c']"},
	{"'a,b,,c'.split(None, 1)", func(t *Thread) (Value, error) { return strCallM(t, Str("a,b,,c"), "split", nil, []Value{None, Int(1)}) }, "['a,b,,c']"},
	{"'a,b,,c'.rsplit(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a,b,,c"), "rsplit", nil, []Value{None, Int(1)})
	}, "['a,b,,c']"},
	{"'a,b,,c'.split(',')", func(t *Thread) (Value, error) { return strCallM(t, Str("a,b,,c"), "split", nil, []Value{Str(",")}) }, "['a', 'b', '', 'c']"},
	{"'a,b,,c'.rsplit(',', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a,b,,c"), "rsplit", nil, []Value{Str(","), Int(1)})
	}, "['a,b,', 'c']"},
	{"'a,b,,c'.split(',', 0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a,b,,c"), "split", nil, []Value{Str(","), Int(0)})
	}, "['a,b,,c']"},
	{"'a,b,,c'.split(maxsplit=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a,b,,c"), "split", []string{"maxsplit"}, []Value{Int(1)})
	}, "['a,b,,c']"},
	{"'a\\x1cb\\x85c\\u3000d'.split()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "split", nil, []Value{})
	}, "['a', 'b', 'c', 'd']"},
	{"'a\\x1cb\\x85c\\u3000d'.rsplit()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "rsplit", nil, []Value{})
	}, "['a', 'b', 'c', 'd']"},
	{"'a\\x1cb\\x85c\\u3000d'.split(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "split", nil, []Value{None, Int(1)})
	}, "['a', 'b\\x85c\\u3000d']"},
	{"'a\\x1cb\\x85c\\u3000d'.rsplit(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "rsplit", nil, []Value{None, Int(1)})
	}, "['a\\x1cb\\x85c', 'd']"},
	{"'a\\x1cb\\x85c\\u3000d'.split(',')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "split", nil, []Value{Str(",")})
	}, "['a\\x1cb\\x85c\\u3000d']"},
	{"'a\\x1cb\\x85c\\u3000d'.rsplit(',', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "rsplit", nil, []Value{Str(","), Int(1)})
	}, "['a\\x1cb\\x85c\\u3000d']"},
	{"'a\\x1cb\\x85c\\u3000d'.split(',', 0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "split", nil, []Value{Str(","), Int(0)})
	}, "['a\\x1cb\\x85c\\u3000d']"},
	{"'a\\x1cb\\x85c\\u3000d'.split(maxsplit=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u001cb\u0085c\u3000d"), "split", []string{"maxsplit"}, []Value{Int(1)})
	}, "['a', 'b\\x85c\\u3000d']"},
	{"'a\\tb\\nc'.split()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u0009b\u000ac"), "split", nil, []Value{}) }, "['a', 'b', 'c']"},
	{"'a\\tb\\nc'.rsplit()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u0009b\u000ac"), "rsplit", nil, []Value{}) }, "['a', 'b', 'c']"},
	{"'a\\tb\\nc'.split(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b\u000ac"), "split", nil, []Value{None, Int(1)})
	}, "['a', 'b\\nc']"},
	{"'a\\tb\\nc'.rsplit(None, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b\u000ac"), "rsplit", nil, []Value{None, Int(1)})
	}, "['a\\tb', 'c']"},
	{"'a\\tb\\nc'.split(',')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b\u000ac"), "split", nil, []Value{Str(",")})
	}, "['a\\tb\\nc']"},
	{"'a\\tb\\nc'.rsplit(',', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b\u000ac"), "rsplit", nil, []Value{Str(","), Int(1)})
	}, "['a\\tb\\nc']"},
	{"'a\\tb\\nc'.split(',', 0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b\u000ac"), "split", nil, []Value{Str(","), Int(0)})
	}, "['a\\tb\\nc']"},
	{"'a\\tb\\nc'.split(maxsplit=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b\u000ac"), "split", []string{"maxsplit"}, []Value{Int(1)})
	}, "['a', 'b\\nc']"},
	{"'a,b'.split('')", func(t *Thread) (Value, error) { return strCallM(t, Str("a,b"), "split", nil, []Value{Str("")}) }, "ValueError: empty separator"},
	{"'a,b'.split(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("a,b"), "split", nil, []Value{Int(1)}) }, "TypeError: must be str or None, not int"},
	{"'a--b--c'.split('--')", func(t *Thread) (Value, error) { return strCallM(t, Str("a--b--c"), "split", nil, []Value{Str("--")}) }, "['a', 'b', 'c']"},
	{"'a--b--c'.rsplit('--', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a--b--c"), "rsplit", nil, []Value{Str("--"), Int(1)})
	}, "['a--b', 'c']"},
	{"'abc'.split(sep='b')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "split", []string{"sep"}, []Value{Str("b")})
	}, "['a', 'c']"},
	{"'abc'.split(x=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "split", []string{"x"}, []Value{Int(1)})
	}, "TypeError: 'x' is an invalid keyword argument for split()"},
	{"'abc'.split(',', 'x')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "split", nil, []Value{Str(","), Str("x")})
	}, "TypeError: 'str' object cannot be interpreted as an integer"},
	{"'a b'.split(',', 1, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a b"), "split", nil, []Value{Str(","), Int(1), Int(2)})
	}, "TypeError: split() takes at most 2 arguments (3 given)"},
	{"'a b c'.split(None, -5)", func(t *Thread) (Value, error) { return strCallM(t, Str("a b c"), "split", nil, []Value{None, Int(-5)}) }, "['a', 'b', 'c']"},
	{"'a b c'.rsplit(maxsplit=0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a b c"), "rsplit", []string{"maxsplit"}, []Value{Int(0)})
	}, "['a b c']"},
	{"'a b'.split(1.5)", func(t *Thread) (Value, error) { return strCallM(t, Str("a b"), "split", nil, []Value{Float(1.5)}) }, "TypeError: must be str or None, not float"},
	{"','.join(['a', 'b', 'c'])", func(t *Thread) (Value, error) {
		return strCallM(t, Str(","), "join", nil, []Value{sLst(Str("a"), Str("b"), Str("c"))})
	}, "'a,b,c'"},
	{"','.join([])", func(t *Thread) (Value, error) { return strCallM(t, Str(","), "join", nil, []Value{sLst()}) }, "''"},
	{"','.join(['a'])", func(t *Thread) (Value, error) { return strCallM(t, Str(","), "join", nil, []Value{sLst(Str("a"))}) }, "'a'"},
	{"','.join(('x', 'y'))", func(t *Thread) (Value, error) {
		return strCallM(t, Str(","), "join", nil, []Value{sTup(Str("x"), Str("y"))})
	}, "'x,y'"},
	{"','.join('abc')", func(t *Thread) (Value, error) { return strCallM(t, Str(","), "join", nil, []Value{Str("abc")}) }, "'a,b,c'"},
	{"','.join(['a', 1])", func(t *Thread) (Value, error) {
		return strCallM(t, Str(","), "join", nil, []Value{sLst(Str("a"), Int(1))})
	}, "TypeError: sequence item 1: expected str instance, int found"},
	{"','.join(5)", func(t *Thread) (Value, error) { return strCallM(t, Str(","), "join", nil, []Value{Int(5)}) }, "TypeError: can only join an iterable"},
	{"'\u00e9'.join(['\u00fc', '\u00f6'])", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "join", nil, []Value{sLst(Str("\u00fc"), Str("\u00f6"))})
	}, "'\u00fc\u00e9\u00f6'"},
	{"','.join()", func(t *Thread) (Value, error) { return strCallM(t, Str(","), "join", nil, []Value{}) }, "TypeError: str.join() takes exactly one argument (0 given)"},
	{"','.join({'a': 1, 'b': 2})", func(t *Thread) (Value, error) {
		return strCallM(t, Str(","), "join", nil, []Value{sDct(Str("a"), Int(1), Str("b"), Int(2))})
	}, "'a,b'"},
	{"'  ab  '.strip()", func(t *Thread) (Value, error) { return strCallM(t, Str("  ab  "), "strip", nil, []Value{}) }, "'ab'"},
	{"'  ab  '.lstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str("  ab  "), "lstrip", nil, []Value{}) }, "'ab  '"},
	{"'  ab  '.rstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str("  ab  "), "rstrip", nil, []Value{}) }, "'  ab'"},
	{"'  ab  '.strip('x')", func(t *Thread) (Value, error) { return strCallM(t, Str("  ab  "), "strip", nil, []Value{Str("x")}) }, "'  ab  '"},
	{"'  ab  '.rstrip('xb')", func(t *Thread) (Value, error) { return strCallM(t, Str("  ab  "), "rstrip", nil, []Value{Str("xb")}) }, "'  ab  '"},
	{"'  ab  '.strip(None)", func(t *Thread) (Value, error) { return strCallM(t, Str("  ab  "), "strip", nil, []Value{None}) }, "'ab'"},
	{"'xxabxx'.strip()", func(t *Thread) (Value, error) { return strCallM(t, Str("xxabxx"), "strip", nil, []Value{}) }, "'xxabxx'"},
	{"'xxabxx'.lstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str("xxabxx"), "lstrip", nil, []Value{}) }, "'xxabxx'"},
	{"'xxabxx'.rstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str("xxabxx"), "rstrip", nil, []Value{}) }, "'xxabxx'"},
	{"'xxabxx'.strip('x')", func(t *Thread) (Value, error) { return strCallM(t, Str("xxabxx"), "strip", nil, []Value{Str("x")}) }, "'ab'"},
	{"'xxabxx'.rstrip('xb')", func(t *Thread) (Value, error) { return strCallM(t, Str("xxabxx"), "rstrip", nil, []Value{Str("xb")}) }, "'xxa'"},
	{"'xxabxx'.strip(None)", func(t *Thread) (Value, error) { return strCallM(t, Str("xxabxx"), "strip", nil, []Value{None}) }, "'xxabxx'"},
	{"''.strip()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "strip", nil, []Value{}) }, "''"},
	{"''.lstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "lstrip", nil, []Value{}) }, "''"},
	{"''.rstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "rstrip", nil, []Value{}) }, "''"},
	{"''.strip('x')", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "strip", nil, []Value{Str("x")}) }, "''"},
	{"''.rstrip('xb')", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "rstrip", nil, []Value{Str("xb")}) }, "''"},
	{"''.strip(None)", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "strip", nil, []Value{None}) }, "''"},
	{"'\\t\\n ab\\x1c'.strip()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0009\u000a ab\u001c"), "strip", nil, []Value{})
	}, "'ab'"},
	{"'\\t\\n ab\\x1c'.lstrip()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0009\u000a ab\u001c"), "lstrip", nil, []Value{})
	}, "'ab\\x1c'"},
	{"'\\t\\n ab\\x1c'.rstrip()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0009\u000a ab\u001c"), "rstrip", nil, []Value{})
	}, "'\\t\\n ab'"},
	{"'\\t\\n ab\\x1c'.strip('x')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0009\u000a ab\u001c"), "strip", nil, []Value{Str("x")})
	}, "'\\t\\n ab\\x1c'"},
	{"'\\t\\n ab\\x1c'.rstrip('xb')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0009\u000a ab\u001c"), "rstrip", nil, []Value{Str("xb")})
	}, "'\\t\\n ab\\x1c'"},
	{"'\\t\\n ab\\x1c'.strip(None)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0009\u000a ab\u001c"), "strip", nil, []Value{None})
	}, "'ab'"},
	{"'\\u3000ab\\u3000'.strip()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u3000ab\u3000"), "strip", nil, []Value{}) }, "'ab'"},
	{"'\\u3000ab\\u3000'.lstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u3000ab\u3000"), "lstrip", nil, []Value{}) }, "'ab\\u3000'"},
	{"'\\u3000ab\\u3000'.rstrip()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u3000ab\u3000"), "rstrip", nil, []Value{}) }, "'\\u3000ab'"},
	{"'\\u3000ab\\u3000'.strip('x')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u3000ab\u3000"), "strip", nil, []Value{Str("x")})
	}, "'\\u3000ab\\u3000'"},
	{"'\\u3000ab\\u3000'.rstrip('xb')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u3000ab\u3000"), "rstrip", nil, []Value{Str("xb")})
	}, "'\\u3000ab\\u3000'"},
	{"'\\u3000ab\\u3000'.strip(None)", func(t *Thread) (Value, error) { return strCallM(t, Str("\u3000ab\u3000"), "strip", nil, []Value{None}) }, "'ab'"},
	{"'ab'.strip(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("ab"), "strip", nil, []Value{Int(1)}) }, "TypeError: strip arg must be None or str"},
	{"'ab'.strip('a', 'b')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "strip", nil, []Value{Str("a"), Str("b")})
	}, "TypeError: strip expected at most 1 argument, got 2"},
	{"'ab'.lstrip(chars='a')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "lstrip", []string{"chars"}, []Value{Str("a")})
	}, "TypeError: str.lstrip() takes no keyword arguments"},
	{"'aaa'.replace('a', 'b')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("aaa"), "replace", nil, []Value{Str("a"), Str("b")})
	}, "'bbb'"},
	{"'aaa'.replace('a', 'b', 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("aaa"), "replace", nil, []Value{Str("a"), Str("b"), Int(2)})
	}, "'bba'"},
	{"'aaa'.replace('a', 'b', 0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("aaa"), "replace", nil, []Value{Str("a"), Str("b"), Int(0)})
	}, "'aaa'"},
	{"'aaa'.replace('a', 'b', -1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("aaa"), "replace", nil, []Value{Str("a"), Str("b"), Int(-1)})
	}, "'bbb'"},
	{"'abc'.replace('', '-')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "replace", nil, []Value{Str(""), Str("-")})
	}, "'-a-b-c-'"},
	{"'abc'.replace('', '-', 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "replace", nil, []Value{Str(""), Str("-"), Int(2)})
	}, "'-a-bc'"},
	{"''.replace('', 'x')", func(t *Thread) (Value, error) {
		return strCallM(t, Str(""), "replace", nil, []Value{Str(""), Str("x")})
	}, "'x'"},
	{"'h\u00e9llo'.replace('', '|')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("h\u00e9llo"), "replace", nil, []Value{Str(""), Str("|")})
	}, "'|h|\u00e9|l|l|o|'"},
	{"'abc'.replace('x', 'y')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "replace", nil, []Value{Str("x"), Str("y")})
	}, "'abc'"},
	{"'abc'.replace(1, 'y')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "replace", nil, []Value{Int(1), Str("y")})
	}, "TypeError: replace() argument 1 must be str, not int"},
	{"'abc'.replace('a', 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "replace", nil, []Value{Str("a"), Int(2)})
	}, "TypeError: replace() argument 2 must be str, not int"},
	{"'abc'.replace('a')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "replace", nil, []Value{Str("a")}) }, "TypeError: replace expected at least 2 arguments, got 1"},
	{"'abc'.replace(old='a', new='b')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "replace", []string{"old", "new"}, []Value{Str("a"), Str("b")})
	}, "TypeError: str.replace() takes no keyword arguments"},
	{"'abc'.replace('a', 'b', 'c')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "replace", nil, []Value{Str("a"), Str("b"), Str("c")})
	}, "TypeError: 'str' object cannot be interpreted as an integer"},
	{"'ab\u00e9ab'.find('')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("")}) }, "0"},
	{"'ab\u00e9ab'.rfind('')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("")}) }, "5"},
	{"'ab\u00e9ab'.count('')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("")}) }, "6"},
	{"'ab\u00e9ab'.find('', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), Int(1)})
	}, "1"},
	{"'ab\u00e9ab'.rfind('', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), Int(1)})
	}, "5"},
	{"'ab\u00e9ab'.count('', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), Int(1)})
	}, "5"},
	{"'ab\u00e9ab'.find('', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), Int(1), Int(3)})
	}, "1"},
	{"'ab\u00e9ab'.rfind('', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), Int(1), Int(3)})
	}, "3"},
	{"'ab\u00e9ab'.count('', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), Int(1), Int(3)})
	}, "3"},
	{"'ab\u00e9ab'.find('', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), Int(-2)})
	}, "3"},
	{"'ab\u00e9ab'.rfind('', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), Int(-2)})
	}, "5"},
	{"'ab\u00e9ab'.count('', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), Int(-2)})
	}, "3"},
	{"'ab\u00e9ab'.find('', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), None, Int(2)})
	}, "0"},
	{"'ab\u00e9ab'.rfind('', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), None, Int(2)})
	}, "2"},
	{"'ab\u00e9ab'.count('', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), None, Int(2)})
	}, "3"},
	{"'ab\u00e9ab'.find('', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), Int(4)})
	}, "4"},
	{"'ab\u00e9ab'.rfind('', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), Int(4)})
	}, "5"},
	{"'ab\u00e9ab'.count('', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), Int(4)})
	}, "2"},
	{"'ab\u00e9ab'.find('', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.count('', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), Int(10)})
	}, "0"},
	{"'ab\u00e9ab'.find('', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.count('', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), Int(2), Int(1)})
	}, "0"},
	{"'ab\u00e9ab'.find('', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str(""), Int(-100), Int(100)})
	}, "0"},
	{"'ab\u00e9ab'.rfind('', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str(""), Int(-100), Int(100)})
	}, "5"},
	{"'ab\u00e9ab'.count('', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str(""), Int(-100), Int(100)})
	}, "6"},
	{"'ab\u00e9ab'.find('a')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a")}) }, "0"},
	{"'ab\u00e9ab'.rfind('a')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a")}) }, "3"},
	{"'ab\u00e9ab'.count('a')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a")}) }, "2"},
	{"'ab\u00e9ab'.find('a', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), Int(1)})
	}, "3"},
	{"'ab\u00e9ab'.rfind('a', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), Int(1)})
	}, "3"},
	{"'ab\u00e9ab'.count('a', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), Int(1)})
	}, "1"},
	{"'ab\u00e9ab'.find('a', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), Int(1), Int(3)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('a', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), Int(1), Int(3)})
	}, "-1"},
	{"'ab\u00e9ab'.count('a', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), Int(1), Int(3)})
	}, "0"},
	{"'ab\u00e9ab'.find('a', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), Int(-2)})
	}, "3"},
	{"'ab\u00e9ab'.rfind('a', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), Int(-2)})
	}, "3"},
	{"'ab\u00e9ab'.count('a', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), Int(-2)})
	}, "1"},
	{"'ab\u00e9ab'.find('a', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), None, Int(2)})
	}, "0"},
	{"'ab\u00e9ab'.rfind('a', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), None, Int(2)})
	}, "0"},
	{"'ab\u00e9ab'.count('a', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), None, Int(2)})
	}, "1"},
	{"'ab\u00e9ab'.find('a', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('a', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.count('a', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), Int(4)})
	}, "0"},
	{"'ab\u00e9ab'.find('a', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('a', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.count('a', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), Int(10)})
	}, "0"},
	{"'ab\u00e9ab'.find('a', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('a', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.count('a', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), Int(2), Int(1)})
	}, "0"},
	{"'ab\u00e9ab'.find('a', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("a"), Int(-100), Int(100)})
	}, "0"},
	{"'ab\u00e9ab'.rfind('a', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("a"), Int(-100), Int(100)})
	}, "3"},
	{"'ab\u00e9ab'.count('a', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("a"), Int(-100), Int(100)})
	}, "2"},
	{"'ab\u00e9ab'.find('b')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b")}) }, "1"},
	{"'ab\u00e9ab'.rfind('b')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b")}) }, "4"},
	{"'ab\u00e9ab'.count('b')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b")}) }, "2"},
	{"'ab\u00e9ab'.find('b', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), Int(1)})
	}, "1"},
	{"'ab\u00e9ab'.rfind('b', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), Int(1)})
	}, "4"},
	{"'ab\u00e9ab'.count('b', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), Int(1)})
	}, "2"},
	{"'ab\u00e9ab'.find('b', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), Int(1), Int(3)})
	}, "1"},
	{"'ab\u00e9ab'.rfind('b', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), Int(1), Int(3)})
	}, "1"},
	{"'ab\u00e9ab'.count('b', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), Int(1), Int(3)})
	}, "1"},
	{"'ab\u00e9ab'.find('b', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), Int(-2)})
	}, "4"},
	{"'ab\u00e9ab'.rfind('b', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), Int(-2)})
	}, "4"},
	{"'ab\u00e9ab'.count('b', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), Int(-2)})
	}, "1"},
	{"'ab\u00e9ab'.find('b', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), None, Int(2)})
	}, "1"},
	{"'ab\u00e9ab'.rfind('b', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), None, Int(2)})
	}, "1"},
	{"'ab\u00e9ab'.count('b', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), None, Int(2)})
	}, "1"},
	{"'ab\u00e9ab'.find('b', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), Int(4)})
	}, "4"},
	{"'ab\u00e9ab'.rfind('b', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), Int(4)})
	}, "4"},
	{"'ab\u00e9ab'.count('b', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), Int(4)})
	}, "1"},
	{"'ab\u00e9ab'.find('b', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('b', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.count('b', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), Int(10)})
	}, "0"},
	{"'ab\u00e9ab'.find('b', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('b', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.count('b', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), Int(2), Int(1)})
	}, "0"},
	{"'ab\u00e9ab'.find('b', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("b"), Int(-100), Int(100)})
	}, "1"},
	{"'ab\u00e9ab'.rfind('b', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("b"), Int(-100), Int(100)})
	}, "4"},
	{"'ab\u00e9ab'.count('b', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("b"), Int(-100), Int(100)})
	}, "2"},
	{"'ab\u00e9ab'.find('ab')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab")}) }, "0"},
	{"'ab\u00e9ab'.rfind('ab')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab")})
	}, "3"},
	{"'ab\u00e9ab'.count('ab')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab")})
	}, "2"},
	{"'ab\u00e9ab'.find('ab', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), Int(1)})
	}, "3"},
	{"'ab\u00e9ab'.rfind('ab', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), Int(1)})
	}, "3"},
	{"'ab\u00e9ab'.count('ab', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), Int(1)})
	}, "1"},
	{"'ab\u00e9ab'.find('ab', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), Int(1), Int(3)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('ab', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), Int(1), Int(3)})
	}, "-1"},
	{"'ab\u00e9ab'.count('ab', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), Int(1), Int(3)})
	}, "0"},
	{"'ab\u00e9ab'.find('ab', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), Int(-2)})
	}, "3"},
	{"'ab\u00e9ab'.rfind('ab', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), Int(-2)})
	}, "3"},
	{"'ab\u00e9ab'.count('ab', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), Int(-2)})
	}, "1"},
	{"'ab\u00e9ab'.find('ab', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), None, Int(2)})
	}, "0"},
	{"'ab\u00e9ab'.rfind('ab', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), None, Int(2)})
	}, "0"},
	{"'ab\u00e9ab'.count('ab', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), None, Int(2)})
	}, "1"},
	{"'ab\u00e9ab'.find('ab', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('ab', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.count('ab', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), Int(4)})
	}, "0"},
	{"'ab\u00e9ab'.find('ab', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('ab', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.count('ab', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), Int(10)})
	}, "0"},
	{"'ab\u00e9ab'.find('ab', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('ab', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.count('ab', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), Int(2), Int(1)})
	}, "0"},
	{"'ab\u00e9ab'.find('ab', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("ab"), Int(-100), Int(100)})
	}, "0"},
	{"'ab\u00e9ab'.rfind('ab', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("ab"), Int(-100), Int(100)})
	}, "3"},
	{"'ab\u00e9ab'.count('ab', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("ab"), Int(-100), Int(100)})
	}, "2"},
	{"'ab\u00e9ab'.find('z')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z")}) }, "-1"},
	{"'ab\u00e9ab'.rfind('z')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z")}) }, "-1"},
	{"'ab\u00e9ab'.count('z')", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z")}) }, "0"},
	{"'ab\u00e9ab'.find('z', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), Int(1)})
	}, "0"},
	{"'ab\u00e9ab'.find('z', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), Int(1), Int(3)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), Int(1), Int(3)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), Int(1), Int(3)})
	}, "0"},
	{"'ab\u00e9ab'.find('z', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), Int(-2)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), Int(-2)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), Int(-2)})
	}, "0"},
	{"'ab\u00e9ab'.find('z', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), None, Int(2)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), None, Int(2)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), None, Int(2)})
	}, "0"},
	{"'ab\u00e9ab'.find('z', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), Int(4)})
	}, "0"},
	{"'ab\u00e9ab'.find('z', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), Int(10)})
	}, "0"},
	{"'ab\u00e9ab'.find('z', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), Int(2), Int(1)})
	}, "0"},
	{"'ab\u00e9ab'.find('z', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("z"), Int(-100), Int(100)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('z', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("z"), Int(-100), Int(100)})
	}, "-1"},
	{"'ab\u00e9ab'.count('z', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("z"), Int(-100), Int(100)})
	}, "0"},
	{"'ab\u00e9ab'.find('\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9")})
	}, "2"},
	{"'ab\u00e9ab'.rfind('\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9")})
	}, "2"},
	{"'ab\u00e9ab'.count('\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9")})
	}, "1"},
	{"'ab\u00e9ab'.find('\u00e9', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), Int(1)})
	}, "2"},
	{"'ab\u00e9ab'.rfind('\u00e9', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), Int(1)})
	}, "2"},
	{"'ab\u00e9ab'.count('\u00e9', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), Int(1)})
	}, "1"},
	{"'ab\u00e9ab'.find('\u00e9', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), Int(1), Int(3)})
	}, "2"},
	{"'ab\u00e9ab'.rfind('\u00e9', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), Int(1), Int(3)})
	}, "2"},
	{"'ab\u00e9ab'.count('\u00e9', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), Int(1), Int(3)})
	}, "1"},
	{"'ab\u00e9ab'.find('\u00e9', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), Int(-2)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('\u00e9', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), Int(-2)})
	}, "-1"},
	{"'ab\u00e9ab'.count('\u00e9', -2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), Int(-2)})
	}, "0"},
	{"'ab\u00e9ab'.find('\u00e9', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), None, Int(2)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('\u00e9', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), None, Int(2)})
	}, "-1"},
	{"'ab\u00e9ab'.count('\u00e9', None, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), None, Int(2)})
	}, "0"},
	{"'ab\u00e9ab'.find('\u00e9', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('\u00e9', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), Int(4)})
	}, "-1"},
	{"'ab\u00e9ab'.count('\u00e9', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), Int(4)})
	}, "0"},
	{"'ab\u00e9ab'.find('\u00e9', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('\u00e9', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), Int(10)})
	}, "-1"},
	{"'ab\u00e9ab'.count('\u00e9', 10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), Int(10)})
	}, "0"},
	{"'ab\u00e9ab'.find('\u00e9', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.rfind('\u00e9', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), Int(2), Int(1)})
	}, "-1"},
	{"'ab\u00e9ab'.count('\u00e9', 2, 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), Int(2), Int(1)})
	}, "0"},
	{"'ab\u00e9ab'.find('\u00e9', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "find", nil, []Value{Str("\u00e9"), Int(-100), Int(100)})
	}, "2"},
	{"'ab\u00e9ab'.rfind('\u00e9', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "rfind", nil, []Value{Str("\u00e9"), Int(-100), Int(100)})
	}, "2"},
	{"'ab\u00e9ab'.count('\u00e9', -100, 100)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9ab"), "count", nil, []Value{Str("\u00e9"), Int(-100), Int(100)})
	}, "1"},
	{"'abc'.index('c')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "index", nil, []Value{Str("c")}) }, "2"},
	{"'abc'.index('z')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "index", nil, []Value{Str("z")}) }, "ValueError: substring not found"},
	{"'abc'.rindex('a')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rindex", nil, []Value{Str("a")}) }, "0"},
	{"'abc'.rindex('z')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rindex", nil, []Value{Str("z")}) }, "ValueError: substring not found"},
	{"'abc'.find(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "find", nil, []Value{Int(1)}) }, "TypeError: must be str, not int"},
	{"'abc'.find()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "find", nil, []Value{}) }, "TypeError: find() takes at least 1 argument (0 given)"},
	{"'abc'.find('a', 1, 2, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "find", nil, []Value{Str("a"), Int(1), Int(2), Int(3)})
	}, "TypeError: find() takes at most 3 arguments (4 given)"},
	{"'abc'.find('b', 1.5)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "find", nil, []Value{Str("b"), Float(1.5)})
	}, "TypeError: slice indices must be integers or None or have an __index__ method"},
	{"'abc'.count(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "count", nil, []Value{Int(1)}) }, "TypeError: must be str, not int"},
	{"'abc'.find('b', True)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "find", nil, []Value{Str("b"), True}) }, "1"},
	{"'abc'.find('c', 1000000000000000000000000000000)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "find", nil, []Value{Str("c"), sBigInt("1000000000000000000000000000000")})
	}, "-1"},
	{"'abc'.find('a', -1000000000000000000000000000000)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "find", nil, []Value{Str("a"), sBigInt("-1000000000000000000000000000000")})
	}, "0"},
	{"'ab\u00e9c'.startswith('a')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("a")})
	}, "True"},
	{"'ab\u00e9c'.endswith('a')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("a")})
	}, "False"},
	{"'ab\u00e9c'.startswith('b')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("b")})
	}, "False"},
	{"'ab\u00e9c'.endswith('b')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("b")})
	}, "False"},
	{"'ab\u00e9c'.startswith('')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("")})
	}, "True"},
	{"'ab\u00e9c'.endswith('')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("")})
	}, "True"},
	{"'ab\u00e9c'.startswith(('x', 'a'))", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{sTup(Str("x"), Str("a"))})
	}, "True"},
	{"'ab\u00e9c'.endswith(('x', 'a'))", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{sTup(Str("x"), Str("a"))})
	}, "False"},
	{"'ab\u00e9c'.startswith(('x', 'y'))", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{sTup(Str("x"), Str("y"))})
	}, "False"},
	{"'ab\u00e9c'.endswith(('x', 'y'))", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{sTup(Str("x"), Str("y"))})
	}, "False"},
	{"'ab\u00e9c'.startswith('b', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("b"), Int(1)})
	}, "True"},
	{"'ab\u00e9c'.endswith('b', 1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("b"), Int(1)})
	}, "False"},
	{"'ab\u00e9c'.startswith('c', 1, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("c"), Int(1), Int(2)})
	}, "False"},
	{"'ab\u00e9c'.endswith('c', 1, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("c"), Int(1), Int(2)})
	}, "False"},
	{"'ab\u00e9c'.startswith('bc', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("bc"), Int(1), Int(3)})
	}, "False"},
	{"'ab\u00e9c'.endswith('bc', 1, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("bc"), Int(1), Int(3)})
	}, "False"},
	{"'ab\u00e9c'.startswith('', 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str(""), Int(3)})
	}, "True"},
	{"'ab\u00e9c'.endswith('', 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str(""), Int(3)})
	}, "True"},
	{"'ab\u00e9c'.startswith('', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str(""), Int(4)})
	}, "True"},
	{"'ab\u00e9c'.endswith('', 4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str(""), Int(4)})
	}, "True"},
	{"'ab\u00e9c'.startswith('\u00e9', 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("\u00e9"), Int(2)})
	}, "True"},
	{"'ab\u00e9c'.endswith('\u00e9', 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("\u00e9"), Int(2)})
	}, "False"},
	{"'ab\u00e9c'.startswith('a', -10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "startswith", nil, []Value{Str("a"), Int(-10)})
	}, "True"},
	{"'ab\u00e9c'.endswith('a', -10)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab\u00e9c"), "endswith", nil, []Value{Str("a"), Int(-10)})
	}, "False"},
	{"'abc'.startswith(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "startswith", nil, []Value{Int(1)}) }, "TypeError: startswith first arg must be str or a tuple of str, not int"},
	{"'abc'.startswith((1,))", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "startswith", nil, []Value{sTup(Int(1))})
	}, "TypeError: tuple for startswith must only contain str, not int"},
	{"'abc'.endswith(['a'])", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "endswith", nil, []Value{sLst(Str("a"))})
	}, "TypeError: endswith first arg must be str or a tuple of str, not list"},
	{"'abc'.startswith()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "startswith", nil, []Value{}) }, "TypeError: startswith() takes at least 1 argument (0 given)"},
	{"'hello world'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "upper", nil, []Value{}) }, "'HELLO WORLD'"},
	{"'hello world'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "lower", nil, []Value{}) }, "'hello world'"},
	{"'hello world'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "title", nil, []Value{}) }, "'Hello World'"},
	{"'hello world'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "capitalize", nil, []Value{}) }, "'Hello world'"},
	{"'hello world'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "swapcase", nil, []Value{}) }, "'HELLO WORLD'"},
	{"'hello world'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "casefold", nil, []Value{}) }, "'hello world'"},
	{"'hello world'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "isupper", nil, []Value{}) }, "False"},
	{"'hello world'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "islower", nil, []Value{}) }, "True"},
	{"'hello world'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello world"), "istitle", nil, []Value{}) }, "False"},
	{"'HELLO'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "upper", nil, []Value{}) }, "'HELLO'"},
	{"'HELLO'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "lower", nil, []Value{}) }, "'hello'"},
	{"'HELLO'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "title", nil, []Value{}) }, "'Hello'"},
	{"'HELLO'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "capitalize", nil, []Value{}) }, "'Hello'"},
	{"'HELLO'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "swapcase", nil, []Value{}) }, "'hello'"},
	{"'HELLO'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "casefold", nil, []Value{}) }, "'hello'"},
	{"'HELLO'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "isupper", nil, []Value{}) }, "True"},
	{"'HELLO'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "islower", nil, []Value{}) }, "False"},
	{"'HELLO'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("HELLO"), "istitle", nil, []Value{}) }, "False"},
	{"'hello WORLD 123'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "upper", nil, []Value{}) }, "'HELLO WORLD 123'"},
	{"'hello WORLD 123'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "lower", nil, []Value{}) }, "'hello world 123'"},
	{"'hello WORLD 123'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "title", nil, []Value{}) }, "'Hello World 123'"},
	{"'hello WORLD 123'.capitalize()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("hello WORLD 123"), "capitalize", nil, []Value{})
	}, "'Hello world 123'"},
	{"'hello WORLD 123'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "swapcase", nil, []Value{}) }, "'HELLO world 123'"},
	{"'hello WORLD 123'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "casefold", nil, []Value{}) }, "'hello world 123'"},
	{"'hello WORLD 123'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "isupper", nil, []Value{}) }, "False"},
	{"'hello WORLD 123'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "islower", nil, []Value{}) }, "False"},
	{"'hello WORLD 123'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("hello WORLD 123"), "istitle", nil, []Value{}) }, "False"},
	{"'\u00dftra\u00dfe'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00dftra\u00dfe"), "upper", nil, []Value{}) }, "'SSTRASSE'"},
	{"'\u00dftra\u00dfe'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00dftra\u00dfe"), "lower", nil, []Value{}) }, "'\u00dftra\u00dfe'"},
	{"'\u00dftra\u00dfe'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00dftra\u00dfe"), "title", nil, []Value{}) }, "'Sstra\u00dfe'"},
	{"'\u00dftra\u00dfe'.capitalize()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00dftra\u00dfe"), "capitalize", nil, []Value{})
	}, "'Sstra\u00dfe'"},
	{"'\u00dftra\u00dfe'.swapcase()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00dftra\u00dfe"), "swapcase", nil, []Value{})
	}, "'SSTRASSE'"},
	{"'\u00dftra\u00dfe'.casefold()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00dftra\u00dfe"), "casefold", nil, []Value{})
	}, "'sstrasse'"},
	{"'\u00dftra\u00dfe'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00dftra\u00dfe"), "isupper", nil, []Value{}) }, "False"},
	{"'\u00dftra\u00dfe'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00dftra\u00dfe"), "islower", nil, []Value{}) }, "True"},
	{"'\u00dftra\u00dfe'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00dftra\u00dfe"), "istitle", nil, []Value{}) }, "False"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.upper()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "upper", nil, []Value{})
	}, "'\u03a3\u0391\u03a3 \u0391\u03a3'"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.lower()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "lower", nil, []Value{})
	}, "'\u03c3\u03b1\u03c2 \u03b1\u03c2'"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.title()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "title", nil, []Value{})
	}, "'\u03a3\u03b1\u03c2 \u0391\u03c2'"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.capitalize()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "capitalize", nil, []Value{})
	}, "'\u03a3\u03b1\u03c2 \u03b1\u03c2'"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.swapcase()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "swapcase", nil, []Value{})
	}, "'\u03c3\u03b1\u03c2 \u03b1\u03c2'"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.casefold()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "casefold", nil, []Value{})
	}, "'\u03c3\u03b1\u03c3 \u03b1\u03c3'"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.isupper()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "isupper", nil, []Value{})
	}, "True"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.islower()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "islower", nil, []Value{})
	}, "False"},
	{"'\u03a3\u0391\u03a3 \u0391\u03a3'.istitle()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u03a3\u0391\u03a3 \u0391\u03a3"), "istitle", nil, []Value{})
	}, "False"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.upper()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "upper", nil, []Value{})
	}, "'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.lower()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "lower", nil, []Value{})
	}, "'\u03cc\u03c3\u03bf\u03c2 \u03c3\u03b1.'"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.title()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "title", nil, []Value{})
	}, "'\u038c\u03c3\u03bf\u03c2 \u03a3\u03b1.'"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.capitalize()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "capitalize", nil, []Value{})
	}, "'\u038c\u03c3\u03bf\u03c2 \u03c3\u03b1.'"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.swapcase()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "swapcase", nil, []Value{})
	}, "'\u03cc\u03c3\u03bf\u03c2 \u03c3\u03b1.'"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.casefold()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "casefold", nil, []Value{})
	}, "'\u03cc\u03c3\u03bf\u03c3 \u03c3\u03b1.'"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.isupper()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "isupper", nil, []Value{})
	}, "True"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.islower()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "islower", nil, []Value{})
	}, "False"},
	{"'\u038c\u03a3\u039f\u03a3 \u03a3\u0391.'.istitle()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u038c\u03a3\u039f\u03a3 \u03a3\u0391."), "istitle", nil, []Value{})
	}, "False"},
	{"'\u01c5ungla'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "upper", nil, []Value{}) }, "'\u01c4UNGLA'"},
	{"'\u01c5ungla'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "lower", nil, []Value{}) }, "'\u01c6ungla'"},
	{"'\u01c5ungla'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "title", nil, []Value{}) }, "'\u01c5ungla'"},
	{"'\u01c5ungla'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "capitalize", nil, []Value{}) }, "'\u01c5ungla'"},
	{"'\u01c5ungla'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "swapcase", nil, []Value{}) }, "'\u01c5UNGLA'"},
	{"'\u01c5ungla'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "casefold", nil, []Value{}) }, "'\u01c6ungla'"},
	{"'\u01c5ungla'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "isupper", nil, []Value{}) }, "False"},
	{"'\u01c5ungla'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "islower", nil, []Value{}) }, "False"},
	{"'\u01c5ungla'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5ungla"), "istitle", nil, []Value{}) }, "True"},
	{"\"they're bill's friends\".upper()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "upper", nil, []Value{})
	}, "\"THEY'RE BILL'S FRIENDS\""},
	{"\"they're bill's friends\".lower()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "lower", nil, []Value{})
	}, "\"they're bill's friends\""},
	{"\"they're bill's friends\".title()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "title", nil, []Value{})
	}, "\"They'Re Bill'S Friends\""},
	{"\"they're bill's friends\".capitalize()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "capitalize", nil, []Value{})
	}, "\"They're bill's friends\""},
	{"\"they're bill's friends\".swapcase()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "swapcase", nil, []Value{})
	}, "\"THEY'RE BILL'S FRIENDS\""},
	{"\"they're bill's friends\".casefold()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "casefold", nil, []Value{})
	}, "\"they're bill's friends\""},
	{"\"they're bill's friends\".isupper()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "isupper", nil, []Value{})
	}, "False"},
	{"\"they're bill's friends\".islower()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "islower", nil, []Value{})
	}, "True"},
	{"\"they're bill's friends\".istitle()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("they're bill's friends"), "istitle", nil, []Value{})
	}, "False"},
	{"'\ufb01nal \ufb02ow'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\ufb01nal \ufb02ow"), "upper", nil, []Value{}) }, "'FINAL FLOW'"},
	{"'\ufb01nal \ufb02ow'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\ufb01nal \ufb02ow"), "lower", nil, []Value{}) }, "'\ufb01nal \ufb02ow'"},
	{"'\ufb01nal \ufb02ow'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\ufb01nal \ufb02ow"), "title", nil, []Value{}) }, "'Final Flow'"},
	{"'\ufb01nal \ufb02ow'.capitalize()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\ufb01nal \ufb02ow"), "capitalize", nil, []Value{})
	}, "'Final \ufb02ow'"},
	{"'\ufb01nal \ufb02ow'.swapcase()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\ufb01nal \ufb02ow"), "swapcase", nil, []Value{})
	}, "'FINAL FLOW'"},
	{"'\ufb01nal \ufb02ow'.casefold()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\ufb01nal \ufb02ow"), "casefold", nil, []Value{})
	}, "'final flow'"},
	{"'\ufb01nal \ufb02ow'.isupper()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\ufb01nal \ufb02ow"), "isupper", nil, []Value{})
	}, "False"},
	{"'\ufb01nal \ufb02ow'.islower()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\ufb01nal \ufb02ow"), "islower", nil, []Value{})
	}, "True"},
	{"'\ufb01nal \ufb02ow'.istitle()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\ufb01nal \ufb02ow"), "istitle", nil, []Value{})
	}, "False"},
	{"'\u0130stanbul'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "upper", nil, []Value{}) }, "'\u0130STANBUL'"},
	{"'\u0130stanbul'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "lower", nil, []Value{}) }, "'i\u0307stanbul'"},
	{"'\u0130stanbul'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "title", nil, []Value{}) }, "'\u0130stanbul'"},
	{"'\u0130stanbul'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "capitalize", nil, []Value{}) }, "'\u0130stanbul'"},
	{"'\u0130stanbul'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "swapcase", nil, []Value{}) }, "'i\u0307STANBUL'"},
	{"'\u0130stanbul'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "casefold", nil, []Value{}) }, "'i\u0307stanbul'"},
	{"'\u0130stanbul'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "isupper", nil, []Value{}) }, "False"},
	{"'\u0130stanbul'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "islower", nil, []Value{}) }, "False"},
	{"'\u0130stanbul'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0130stanbul"), "istitle", nil, []Value{}) }, "True"},
	{"'a1b2c3'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "upper", nil, []Value{}) }, "'A1B2C3'"},
	{"'a1b2c3'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "lower", nil, []Value{}) }, "'a1b2c3'"},
	{"'a1b2c3'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "title", nil, []Value{}) }, "'A1B2C3'"},
	{"'a1b2c3'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "capitalize", nil, []Value{}) }, "'A1b2c3'"},
	{"'a1b2c3'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "swapcase", nil, []Value{}) }, "'A1B2C3'"},
	{"'a1b2c3'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "casefold", nil, []Value{}) }, "'a1b2c3'"},
	{"'a1b2c3'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "isupper", nil, []Value{}) }, "False"},
	{"'a1b2c3'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "islower", nil, []Value{}) }, "True"},
	{"'a1b2c3'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("a1b2c3"), "istitle", nil, []Value{}) }, "False"},
	{"''.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "upper", nil, []Value{}) }, "''"},
	{"''.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "lower", nil, []Value{}) }, "''"},
	{"''.title()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "title", nil, []Value{}) }, "''"},
	{"''.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "capitalize", nil, []Value{}) }, "''"},
	{"''.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "swapcase", nil, []Value{}) }, "''"},
	{"''.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "casefold", nil, []Value{}) }, "''"},
	{"''.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isupper", nil, []Value{}) }, "False"},
	{"''.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "islower", nil, []Value{}) }, "False"},
	{"''.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "istitle", nil, []Value{}) }, "False"},
	{"'\u01c8'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "upper", nil, []Value{}) }, "'\u01c7'"},
	{"'\u01c8'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "lower", nil, []Value{}) }, "'\u01c9'"},
	{"'\u01c8'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "title", nil, []Value{}) }, "'\u01c8'"},
	{"'\u01c8'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "capitalize", nil, []Value{}) }, "'\u01c8'"},
	{"'\u01c8'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "swapcase", nil, []Value{}) }, "'\u01c8'"},
	{"'\u01c8'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "casefold", nil, []Value{}) }, "'\u01c9'"},
	{"'\u01c8'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "isupper", nil, []Value{}) }, "False"},
	{"'\u01c8'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "islower", nil, []Value{}) }, "False"},
	{"'\u01c8'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c8"), "istitle", nil, []Value{}) }, "True"},
	{"'\u0149'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "upper", nil, []Value{}) }, "'\u02bcN'"},
	{"'\u0149'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "lower", nil, []Value{}) }, "'\u0149'"},
	{"'\u0149'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "title", nil, []Value{}) }, "'\u02bcN'"},
	{"'\u0149'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "capitalize", nil, []Value{}) }, "'\u02bcN'"},
	{"'\u0149'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "swapcase", nil, []Value{}) }, "'\u02bcN'"},
	{"'\u0149'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "casefold", nil, []Value{}) }, "'\u02bcn'"},
	{"'\u0149'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "isupper", nil, []Value{}) }, "False"},
	{"'\u0149'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "islower", nil, []Value{}) }, "True"},
	{"'\u0149'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0149"), "istitle", nil, []Value{}) }, "False"},
	{"'\u1fb3'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "upper", nil, []Value{}) }, "'\u0391\u0399'"},
	{"'\u1fb3'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "lower", nil, []Value{}) }, "'\u1fb3'"},
	{"'\u1fb3'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "title", nil, []Value{}) }, "'\u1fbc'"},
	{"'\u1fb3'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "capitalize", nil, []Value{}) }, "'\u1fbc'"},
	{"'\u1fb3'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "swapcase", nil, []Value{}) }, "'\u0391\u0399'"},
	{"'\u1fb3'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "casefold", nil, []Value{}) }, "'\u03b1\u03b9'"},
	{"'\u1fb3'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "isupper", nil, []Value{}) }, "False"},
	{"'\u1fb3'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "islower", nil, []Value{}) }, "True"},
	{"'\u1fb3'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u1fb3"), "istitle", nil, []Value{}) }, "False"},
	{"'\u03a3'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "upper", nil, []Value{}) }, "'\u03a3'"},
	{"'\u03a3'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "lower", nil, []Value{}) }, "'\u03c3'"},
	{"'\u03a3'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "title", nil, []Value{}) }, "'\u03a3'"},
	{"'\u03a3'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "capitalize", nil, []Value{}) }, "'\u03a3'"},
	{"'\u03a3'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "swapcase", nil, []Value{}) }, "'\u03c3'"},
	{"'\u03a3'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "casefold", nil, []Value{}) }, "'\u03c3'"},
	{"'\u03a3'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "isupper", nil, []Value{}) }, "True"},
	{"'\u03a3'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "islower", nil, []Value{}) }, "False"},
	{"'\u03a3'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u03a3"), "istitle", nil, []Value{}) }, "True"},
	{"'a\u03a3'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "upper", nil, []Value{}) }, "'A\u03a3'"},
	{"'a\u03a3'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "lower", nil, []Value{}) }, "'a\u03c2'"},
	{"'a\u03a3'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "title", nil, []Value{}) }, "'A\u03c2'"},
	{"'a\u03a3'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "capitalize", nil, []Value{}) }, "'A\u03c2'"},
	{"'a\u03a3'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "swapcase", nil, []Value{}) }, "'A\u03c2'"},
	{"'a\u03a3'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "casefold", nil, []Value{}) }, "'a\u03c3'"},
	{"'a\u03a3'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "isupper", nil, []Value{}) }, "False"},
	{"'a\u03a3'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "islower", nil, []Value{}) }, "False"},
	{"'a\u03a3'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3"), "istitle", nil, []Value{}) }, "False"},
	{"'a\u03a3b'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "upper", nil, []Value{}) }, "'A\u03a3B'"},
	{"'a\u03a3b'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "lower", nil, []Value{}) }, "'a\u03c3b'"},
	{"'a\u03a3b'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "title", nil, []Value{}) }, "'A\u03c3b'"},
	{"'a\u03a3b'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "capitalize", nil, []Value{}) }, "'A\u03c3b'"},
	{"'a\u03a3b'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "swapcase", nil, []Value{}) }, "'A\u03c3B'"},
	{"'a\u03a3b'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "casefold", nil, []Value{}) }, "'a\u03c3b'"},
	{"'a\u03a3b'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "isupper", nil, []Value{}) }, "False"},
	{"'a\u03a3b'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "islower", nil, []Value{}) }, "False"},
	{"'a\u03a3b'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3b"), "istitle", nil, []Value{}) }, "False"},
	{"'a\u03a3.'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "upper", nil, []Value{}) }, "'A\u03a3.'"},
	{"'a\u03a3.'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "lower", nil, []Value{}) }, "'a\u03c2.'"},
	{"'a\u03a3.'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "title", nil, []Value{}) }, "'A\u03c2.'"},
	{"'a\u03a3.'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "capitalize", nil, []Value{}) }, "'A\u03c2.'"},
	{"'a\u03a3.'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "swapcase", nil, []Value{}) }, "'A\u03c2.'"},
	{"'a\u03a3.'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "casefold", nil, []Value{}) }, "'a\u03c3.'"},
	{"'a\u03a3.'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "isupper", nil, []Value{}) }, "False"},
	{"'a\u03a3.'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "islower", nil, []Value{}) }, "False"},
	{"'a\u03a3.'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u03a3."), "istitle", nil, []Value{}) }, "False"},
	{"'MiXeD cAsE'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "upper", nil, []Value{}) }, "'MIXED CASE'"},
	{"'MiXeD cAsE'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "lower", nil, []Value{}) }, "'mixed case'"},
	{"'MiXeD cAsE'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "title", nil, []Value{}) }, "'Mixed Case'"},
	{"'MiXeD cAsE'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "capitalize", nil, []Value{}) }, "'Mixed case'"},
	{"'MiXeD cAsE'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "swapcase", nil, []Value{}) }, "'mIxEd CaSe'"},
	{"'MiXeD cAsE'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "casefold", nil, []Value{}) }, "'mixed case'"},
	{"'MiXeD cAsE'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "isupper", nil, []Value{}) }, "False"},
	{"'MiXeD cAsE'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "islower", nil, []Value{}) }, "False"},
	{"'MiXeD cAsE'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("MiXeD cAsE"), "istitle", nil, []Value{}) }, "False"},
	{"'123abc'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "upper", nil, []Value{}) }, "'123ABC'"},
	{"'123abc'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "lower", nil, []Value{}) }, "'123abc'"},
	{"'123abc'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "title", nil, []Value{}) }, "'123Abc'"},
	{"'123abc'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "capitalize", nil, []Value{}) }, "'123abc'"},
	{"'123abc'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "swapcase", nil, []Value{}) }, "'123ABC'"},
	{"'123abc'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "casefold", nil, []Value{}) }, "'123abc'"},
	{"'123abc'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "isupper", nil, []Value{}) }, "False"},
	{"'123abc'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "islower", nil, []Value{}) }, "True"},
	{"'123abc'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("123abc"), "istitle", nil, []Value{}) }, "False"},
	{"'\uab70 \u13a0'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "upper", nil, []Value{}) }, "'\u13a0 \u13a0'"},
	{"'\uab70 \u13a0'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "lower", nil, []Value{}) }, "'\uab70 \uab70'"},
	{"'\uab70 \u13a0'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "title", nil, []Value{}) }, "'\u13a0 \u13a0'"},
	{"'\uab70 \u13a0'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "capitalize", nil, []Value{}) }, "'\u13a0 \uab70'"},
	{"'\uab70 \u13a0'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "swapcase", nil, []Value{}) }, "'\u13a0 \uab70'"},
	{"'\uab70 \u13a0'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "casefold", nil, []Value{}) }, "'\u13a0 \u13a0'"},
	{"'\uab70 \u13a0'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "isupper", nil, []Value{}) }, "False"},
	{"'\uab70 \u13a0'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "islower", nil, []Value{}) }, "False"},
	{"'\uab70 \u13a0'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\uab70 \u13a0"), "istitle", nil, []Value{}) }, "False"},
	{"'\u0131'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "upper", nil, []Value{}) }, "'I'"},
	{"'\u0131'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "lower", nil, []Value{}) }, "'\u0131'"},
	{"'\u0131'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "title", nil, []Value{}) }, "'I'"},
	{"'\u0131'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "capitalize", nil, []Value{}) }, "'I'"},
	{"'\u0131'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "swapcase", nil, []Value{}) }, "'I'"},
	{"'\u0131'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "casefold", nil, []Value{}) }, "'\u0131'"},
	{"'\u0131'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "isupper", nil, []Value{}) }, "False"},
	{"'\u0131'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "islower", nil, []Value{}) }, "True"},
	{"'\u0131'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0131"), "istitle", nil, []Value{}) }, "False"},
	{"'\u00b5'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "upper", nil, []Value{}) }, "'\u039c'"},
	{"'\u00b5'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "lower", nil, []Value{}) }, "'\u00b5'"},
	{"'\u00b5'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "title", nil, []Value{}) }, "'\u039c'"},
	{"'\u00b5'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "capitalize", nil, []Value{}) }, "'\u039c'"},
	{"'\u00b5'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "swapcase", nil, []Value{}) }, "'\u039c'"},
	{"'\u00b5'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "casefold", nil, []Value{}) }, "'\u03bc'"},
	{"'\u00b5'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "isupper", nil, []Value{}) }, "False"},
	{"'\u00b5'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "islower", nil, []Value{}) }, "True"},
	{"'\u00b5'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b5"), "istitle", nil, []Value{}) }, "False"},
	{"'\u017f'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "upper", nil, []Value{}) }, "'S'"},
	{"'\u017f'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "lower", nil, []Value{}) }, "'\u017f'"},
	{"'\u017f'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "title", nil, []Value{}) }, "'S'"},
	{"'\u017f'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "capitalize", nil, []Value{}) }, "'S'"},
	{"'\u017f'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "swapcase", nil, []Value{}) }, "'S'"},
	{"'\u017f'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "casefold", nil, []Value{}) }, "'s'"},
	{"'\u017f'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "isupper", nil, []Value{}) }, "False"},
	{"'\u017f'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "islower", nil, []Value{}) }, "True"},
	{"'\u017f'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u017f"), "istitle", nil, []Value{}) }, "False"},
	{"'\u01f0'.upper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "upper", nil, []Value{}) }, "'J\u030c'"},
	{"'\u01f0'.lower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "lower", nil, []Value{}) }, "'\u01f0'"},
	{"'\u01f0'.title()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "title", nil, []Value{}) }, "'J\u030c'"},
	{"'\u01f0'.capitalize()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "capitalize", nil, []Value{}) }, "'J\u030c'"},
	{"'\u01f0'.swapcase()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "swapcase", nil, []Value{}) }, "'J\u030c'"},
	{"'\u01f0'.casefold()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "casefold", nil, []Value{}) }, "'j\u030c'"},
	{"'\u01f0'.isupper()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "isupper", nil, []Value{}) }, "False"},
	{"'\u01f0'.islower()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "islower", nil, []Value{}) }, "True"},
	{"'\u01f0'.istitle()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01f0"), "istitle", nil, []Value{}) }, "False"},
	{"'abc'.upper(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "upper", nil, []Value{Int(1)}) }, "TypeError: str.upper() takes no arguments (1 given)"},
	{"'abc'.lower(x=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "lower", []string{"x"}, []Value{Int(1)})
	}, "TypeError: str.lower() takes no keyword arguments"},
	{"''.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isdigit", nil, []Value{}) }, "False"},
	{"''.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isdecimal", nil, []Value{}) }, "False"},
	{"''.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isnumeric", nil, []Value{}) }, "False"},
	{"''.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isalpha", nil, []Value{}) }, "False"},
	{"''.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isalnum", nil, []Value{}) }, "False"},
	{"''.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isspace", nil, []Value{}) }, "False"},
	{"''.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isidentifier", nil, []Value{}) }, "False"},
	{"''.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isprintable", nil, []Value{}) }, "True"},
	{"''.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "isascii", nil, []Value{}) }, "True"},
	{"'abc'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isdigit", nil, []Value{}) }, "False"},
	{"'abc'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isdecimal", nil, []Value{}) }, "False"},
	{"'abc'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isnumeric", nil, []Value{}) }, "False"},
	{"'abc'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isalpha", nil, []Value{}) }, "True"},
	{"'abc'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isalnum", nil, []Value{}) }, "True"},
	{"'abc'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isspace", nil, []Value{}) }, "False"},
	{"'abc'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isidentifier", nil, []Value{}) }, "True"},
	{"'abc'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isprintable", nil, []Value{}) }, "True"},
	{"'abc'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "isascii", nil, []Value{}) }, "True"},
	{"'ABC'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isdigit", nil, []Value{}) }, "False"},
	{"'ABC'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isdecimal", nil, []Value{}) }, "False"},
	{"'ABC'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isnumeric", nil, []Value{}) }, "False"},
	{"'ABC'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isalpha", nil, []Value{}) }, "True"},
	{"'ABC'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isalnum", nil, []Value{}) }, "True"},
	{"'ABC'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isspace", nil, []Value{}) }, "False"},
	{"'ABC'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isidentifier", nil, []Value{}) }, "True"},
	{"'ABC'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isprintable", nil, []Value{}) }, "True"},
	{"'ABC'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("ABC"), "isascii", nil, []Value{}) }, "True"},
	{"'abc123'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isdigit", nil, []Value{}) }, "False"},
	{"'abc123'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isdecimal", nil, []Value{}) }, "False"},
	{"'abc123'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isnumeric", nil, []Value{}) }, "False"},
	{"'abc123'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isalpha", nil, []Value{}) }, "False"},
	{"'abc123'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isalnum", nil, []Value{}) }, "True"},
	{"'abc123'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isspace", nil, []Value{}) }, "False"},
	{"'abc123'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isidentifier", nil, []Value{}) }, "True"},
	{"'abc123'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isprintable", nil, []Value{}) }, "True"},
	{"'abc123'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc123"), "isascii", nil, []Value{}) }, "True"},
	{"'123'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isdigit", nil, []Value{}) }, "True"},
	{"'123'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isdecimal", nil, []Value{}) }, "True"},
	{"'123'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isnumeric", nil, []Value{}) }, "True"},
	{"'123'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isalpha", nil, []Value{}) }, "False"},
	{"'123'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isalnum", nil, []Value{}) }, "True"},
	{"'123'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isspace", nil, []Value{}) }, "False"},
	{"'123'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isidentifier", nil, []Value{}) }, "False"},
	{"'123'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isprintable", nil, []Value{}) }, "True"},
	{"'123'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("123"), "isascii", nil, []Value{}) }, "True"},
	{"'\u0661\u0662\u0663'.isdigit()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isdigit", nil, []Value{})
	}, "True"},
	{"'\u0661\u0662\u0663'.isdecimal()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isdecimal", nil, []Value{})
	}, "True"},
	{"'\u0661\u0662\u0663'.isnumeric()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isnumeric", nil, []Value{})
	}, "True"},
	{"'\u0661\u0662\u0663'.isalpha()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isalpha", nil, []Value{})
	}, "False"},
	{"'\u0661\u0662\u0663'.isalnum()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isalnum", nil, []Value{})
	}, "True"},
	{"'\u0661\u0662\u0663'.isspace()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isspace", nil, []Value{})
	}, "False"},
	{"'\u0661\u0662\u0663'.isidentifier()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isidentifier", nil, []Value{})
	}, "False"},
	{"'\u0661\u0662\u0663'.isprintable()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isprintable", nil, []Value{})
	}, "True"},
	{"'\u0661\u0662\u0663'.isascii()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0661\u0662\u0663"), "isascii", nil, []Value{})
	}, "False"},
	{"'\u00b2'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isdigit", nil, []Value{}) }, "True"},
	{"'\u00b2'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\u00b2'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isnumeric", nil, []Value{}) }, "True"},
	{"'\u00b2'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isalpha", nil, []Value{}) }, "False"},
	{"'\u00b2'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isalnum", nil, []Value{}) }, "True"},
	{"'\u00b2'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isspace", nil, []Value{}) }, "False"},
	{"'\u00b2'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\u00b2'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isprintable", nil, []Value{}) }, "True"},
	{"'\u00b2'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00b2"), "isascii", nil, []Value{}) }, "False"},
	{"'\u00bd'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isdigit", nil, []Value{}) }, "False"},
	{"'\u00bd'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\u00bd'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isnumeric", nil, []Value{}) }, "True"},
	{"'\u00bd'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isalpha", nil, []Value{}) }, "False"},
	{"'\u00bd'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isalnum", nil, []Value{}) }, "True"},
	{"'\u00bd'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isspace", nil, []Value{}) }, "False"},
	{"'\u00bd'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\u00bd'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isprintable", nil, []Value{}) }, "True"},
	{"'\u00bd'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00bd"), "isascii", nil, []Value{}) }, "False"},
	{"'\u4e00\u4e8c\u4e09'.isdigit()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isdigit", nil, []Value{})
	}, "False"},
	{"'\u4e00\u4e8c\u4e09'.isdecimal()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isdecimal", nil, []Value{})
	}, "False"},
	{"'\u4e00\u4e8c\u4e09'.isnumeric()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isnumeric", nil, []Value{})
	}, "True"},
	{"'\u4e00\u4e8c\u4e09'.isalpha()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isalpha", nil, []Value{})
	}, "True"},
	{"'\u4e00\u4e8c\u4e09'.isalnum()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isalnum", nil, []Value{})
	}, "True"},
	{"'\u4e00\u4e8c\u4e09'.isspace()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isspace", nil, []Value{})
	}, "False"},
	{"'\u4e00\u4e8c\u4e09'.isidentifier()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isidentifier", nil, []Value{})
	}, "True"},
	{"'\u4e00\u4e8c\u4e09'.isprintable()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isprintable", nil, []Value{})
	}, "True"},
	{"'\u4e00\u4e8c\u4e09'.isascii()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u4e00\u4e8c\u4e09"), "isascii", nil, []Value{})
	}, "False"},
	{"'\u216b'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isdigit", nil, []Value{}) }, "False"},
	{"'\u216b'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\u216b'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isnumeric", nil, []Value{}) }, "True"},
	{"'\u216b'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isalpha", nil, []Value{}) }, "False"},
	{"'\u216b'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isalnum", nil, []Value{}) }, "True"},
	{"'\u216b'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isspace", nil, []Value{}) }, "False"},
	{"'\u216b'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isidentifier", nil, []Value{}) }, "True"},
	{"'\u216b'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isprintable", nil, []Value{}) }, "True"},
	{"'\u216b'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u216b"), "isascii", nil, []Value{}) }, "False"},
	{"' \\t\\n'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str(" \u0009\u000a"), "isdigit", nil, []Value{}) }, "False"},
	{"' \\t\\n'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str(" \u0009\u000a"), "isdecimal", nil, []Value{}) }, "False"},
	{"' \\t\\n'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str(" \u0009\u000a"), "isnumeric", nil, []Value{}) }, "False"},
	{"' \\t\\n'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str(" \u0009\u000a"), "isalpha", nil, []Value{}) }, "False"},
	{"' \\t\\n'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str(" \u0009\u000a"), "isalnum", nil, []Value{}) }, "False"},
	{"' \\t\\n'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str(" \u0009\u000a"), "isspace", nil, []Value{}) }, "True"},
	{"' \\t\\n'.isidentifier()", func(t *Thread) (Value, error) {
		return strCallM(t, Str(" \u0009\u000a"), "isidentifier", nil, []Value{})
	}, "False"},
	{"' \\t\\n'.isprintable()", func(t *Thread) (Value, error) {
		return strCallM(t, Str(" \u0009\u000a"), "isprintable", nil, []Value{})
	}, "False"},
	{"' \\t\\n'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str(" \u0009\u000a"), "isascii", nil, []Value{}) }, "True"},
	{"'\\x1c'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isdigit", nil, []Value{}) }, "False"},
	{"'\\x1c'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\\x1c'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\\x1c'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isalpha", nil, []Value{}) }, "False"},
	{"'\\x1c'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isalnum", nil, []Value{}) }, "False"},
	{"'\\x1c'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isspace", nil, []Value{}) }, "True"},
	{"'\\x1c'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\\x1c'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isprintable", nil, []Value{}) }, "False"},
	{"'\\x1c'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u001c"), "isascii", nil, []Value{}) }, "True"},
	{"'\\xa0'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isdigit", nil, []Value{}) }, "False"},
	{"'\\xa0'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\\xa0'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\\xa0'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isalpha", nil, []Value{}) }, "False"},
	{"'\\xa0'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isalnum", nil, []Value{}) }, "False"},
	{"'\\xa0'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isspace", nil, []Value{}) }, "True"},
	{"'\\xa0'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\\xa0'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isprintable", nil, []Value{}) }, "False"},
	{"'\\xa0'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00a0"), "isascii", nil, []Value{}) }, "False"},
	{"'abc def'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isdigit", nil, []Value{}) }, "False"},
	{"'abc def'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isdecimal", nil, []Value{}) }, "False"},
	{"'abc def'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isnumeric", nil, []Value{}) }, "False"},
	{"'abc def'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isalpha", nil, []Value{}) }, "False"},
	{"'abc def'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isalnum", nil, []Value{}) }, "False"},
	{"'abc def'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isspace", nil, []Value{}) }, "False"},
	{"'abc def'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isidentifier", nil, []Value{}) }, "False"},
	{"'abc def'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isprintable", nil, []Value{}) }, "True"},
	{"'abc def'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc def"), "isascii", nil, []Value{}) }, "True"},
	{"'\u00e9'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isdigit", nil, []Value{}) }, "False"},
	{"'\u00e9'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\u00e9'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\u00e9'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isalpha", nil, []Value{}) }, "True"},
	{"'\u00e9'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isalnum", nil, []Value{}) }, "True"},
	{"'\u00e9'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isspace", nil, []Value{}) }, "False"},
	{"'\u00e9'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isidentifier", nil, []Value{}) }, "True"},
	{"'\u00e9'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isprintable", nil, []Value{}) }, "True"},
	{"'\u00e9'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "isascii", nil, []Value{}) }, "False"},
	{"'_a1'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isdigit", nil, []Value{}) }, "False"},
	{"'_a1'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isdecimal", nil, []Value{}) }, "False"},
	{"'_a1'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isnumeric", nil, []Value{}) }, "False"},
	{"'_a1'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isalpha", nil, []Value{}) }, "False"},
	{"'_a1'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isalnum", nil, []Value{}) }, "False"},
	{"'_a1'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isspace", nil, []Value{}) }, "False"},
	{"'_a1'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isidentifier", nil, []Value{}) }, "True"},
	{"'_a1'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isprintable", nil, []Value{}) }, "True"},
	{"'_a1'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("_a1"), "isascii", nil, []Value{}) }, "True"},
	{"'1a'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isdigit", nil, []Value{}) }, "False"},
	{"'1a'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isdecimal", nil, []Value{}) }, "False"},
	{"'1a'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isnumeric", nil, []Value{}) }, "False"},
	{"'1a'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isalpha", nil, []Value{}) }, "False"},
	{"'1a'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isalnum", nil, []Value{}) }, "True"},
	{"'1a'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isspace", nil, []Value{}) }, "False"},
	{"'1a'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isidentifier", nil, []Value{}) }, "False"},
	{"'1a'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isprintable", nil, []Value{}) }, "True"},
	{"'1a'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("1a"), "isascii", nil, []Value{}) }, "True"},
	{"'a-b'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isdigit", nil, []Value{}) }, "False"},
	{"'a-b'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isdecimal", nil, []Value{}) }, "False"},
	{"'a-b'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isnumeric", nil, []Value{}) }, "False"},
	{"'a-b'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isalpha", nil, []Value{}) }, "False"},
	{"'a-b'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isalnum", nil, []Value{}) }, "False"},
	{"'a-b'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isspace", nil, []Value{}) }, "False"},
	{"'a-b'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isidentifier", nil, []Value{}) }, "False"},
	{"'a-b'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isprintable", nil, []Value{}) }, "True"},
	{"'a-b'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("a-b"), "isascii", nil, []Value{}) }, "True"},
	{"'h\u00e9llo'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isdigit", nil, []Value{}) }, "False"},
	{"'h\u00e9llo'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isdecimal", nil, []Value{}) }, "False"},
	{"'h\u00e9llo'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isnumeric", nil, []Value{}) }, "False"},
	{"'h\u00e9llo'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isalpha", nil, []Value{}) }, "True"},
	{"'h\u00e9llo'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isalnum", nil, []Value{}) }, "True"},
	{"'h\u00e9llo'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isspace", nil, []Value{}) }, "False"},
	{"'h\u00e9llo'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isidentifier", nil, []Value{}) }, "True"},
	{"'h\u00e9llo'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isprintable", nil, []Value{}) }, "True"},
	{"'h\u00e9llo'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("h\u00e9llo"), "isascii", nil, []Value{}) }, "False"},
	{"'\\x00'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isdigit", nil, []Value{}) }, "False"},
	{"'\\x00'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\\x00'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\\x00'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isalpha", nil, []Value{}) }, "False"},
	{"'\\x00'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isalnum", nil, []Value{}) }, "False"},
	{"'\\x00'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isspace", nil, []Value{}) }, "False"},
	{"'\\x00'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\\x00'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isprintable", nil, []Value{}) }, "False"},
	{"'\\x00'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0000"), "isascii", nil, []Value{}) }, "True"},
	{"'Ab Cd'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isdigit", nil, []Value{}) }, "False"},
	{"'Ab Cd'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isdecimal", nil, []Value{}) }, "False"},
	{"'Ab Cd'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isnumeric", nil, []Value{}) }, "False"},
	{"'Ab Cd'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isalpha", nil, []Value{}) }, "False"},
	{"'Ab Cd'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isalnum", nil, []Value{}) }, "False"},
	{"'Ab Cd'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isspace", nil, []Value{}) }, "False"},
	{"'Ab Cd'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isidentifier", nil, []Value{}) }, "False"},
	{"'Ab Cd'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isprintable", nil, []Value{}) }, "True"},
	{"'Ab Cd'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab Cd"), "isascii", nil, []Value{}) }, "True"},
	{"'Ab cD'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isdigit", nil, []Value{}) }, "False"},
	{"'Ab cD'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isdecimal", nil, []Value{}) }, "False"},
	{"'Ab cD'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isnumeric", nil, []Value{}) }, "False"},
	{"'Ab cD'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isalpha", nil, []Value{}) }, "False"},
	{"'Ab cD'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isalnum", nil, []Value{}) }, "False"},
	{"'Ab cD'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isspace", nil, []Value{}) }, "False"},
	{"'Ab cD'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isidentifier", nil, []Value{}) }, "False"},
	{"'Ab cD'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isprintable", nil, []Value{}) }, "True"},
	{"'Ab cD'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("Ab cD"), "isascii", nil, []Value{}) }, "True"},
	{"'\u01c5'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isdigit", nil, []Value{}) }, "False"},
	{"'\u01c5'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\u01c5'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\u01c5'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isalpha", nil, []Value{}) }, "True"},
	{"'\u01c5'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isalnum", nil, []Value{}) }, "True"},
	{"'\u01c5'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isspace", nil, []Value{}) }, "False"},
	{"'\u01c5'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isidentifier", nil, []Value{}) }, "True"},
	{"'\u01c5'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isprintable", nil, []Value{}) }, "True"},
	{"'\u01c5'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u01c5"), "isascii", nil, []Value{}) }, "False"},
	{"'\\u2028'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isdigit", nil, []Value{}) }, "False"},
	{"'\\u2028'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\\u2028'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\\u2028'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isalpha", nil, []Value{}) }, "False"},
	{"'\\u2028'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isalnum", nil, []Value{}) }, "False"},
	{"'\\u2028'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isspace", nil, []Value{}) }, "True"},
	{"'\\u2028'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\\u2028'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isprintable", nil, []Value{}) }, "False"},
	{"'\\u2028'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u2028"), "isascii", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isdigit", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isdecimal", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isnumeric", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isalpha", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isalnum", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isspace", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isidentifier", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isprintable", nil, []Value{}) }, "False"},
	{"'ab\\x7f'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("ab\u007f"), "isascii", nil, []Value{}) }, "True"},
	{"'\U0001f600'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isdigit", nil, []Value{}) }, "False"},
	{"'\U0001f600'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\U0001f600'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\U0001f600'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isalpha", nil, []Value{}) }, "False"},
	{"'\U0001f600'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isalnum", nil, []Value{}) }, "False"},
	{"'\U0001f600'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isspace", nil, []Value{}) }, "False"},
	{"'\U0001f600'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\U0001f600'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isprintable", nil, []Value{}) }, "True"},
	{"'\U0001f600'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U0001f600"), "isascii", nil, []Value{}) }, "False"},
	{"'\\u0378'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isdigit", nil, []Value{}) }, "False"},
	{"'\\u0378'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\\u0378'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\\u0378'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isalpha", nil, []Value{}) }, "False"},
	{"'\\u0378'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isalnum", nil, []Value{}) }, "False"},
	{"'\\u0378'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isspace", nil, []Value{}) }, "False"},
	{"'\\u0378'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\\u0378'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isprintable", nil, []Value{}) }, "False"},
	{"'\\u0378'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0378"), "isascii", nil, []Value{}) }, "False"},
	{"'x\u0301'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isdigit", nil, []Value{}) }, "False"},
	{"'x\u0301'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isdecimal", nil, []Value{}) }, "False"},
	{"'x\u0301'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isnumeric", nil, []Value{}) }, "False"},
	{"'x\u0301'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isalpha", nil, []Value{}) }, "False"},
	{"'x\u0301'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isalnum", nil, []Value{}) }, "False"},
	{"'x\u0301'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isspace", nil, []Value{}) }, "False"},
	{"'x\u0301'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isidentifier", nil, []Value{}) }, "True"},
	{"'x\u0301'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isprintable", nil, []Value{}) }, "True"},
	{"'x\u0301'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("x\u0301"), "isascii", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isdigit()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isdigit", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isdecimal()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isdecimal", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isnumeric()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isnumeric", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isalpha()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isalpha", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isalnum()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isalnum", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isspace()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isspace", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isidentifier()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isidentifier", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isprintable()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isprintable", nil, []Value{}) }, "False"},
	{"'\\U00011f50'.isascii()", func(t *Thread) (Value, error) { return strCallM(t, Str("\U00011f50"), "isascii", nil, []Value{}) }, "False"},
	{"'abc'.center(-1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(-1)}) }, "'abc'"},
	{"'abc'.ljust(-1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(-1)}) }, "'abc'"},
	{"'abc'.rjust(-1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rjust", nil, []Value{Int(-1)}) }, "'abc'"},
	{"'abc'.center(-1, '*')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(-1), Str("*")})
	}, "'abc'"},
	{"'-42'.zfill(-1)", func(t *Thread) (Value, error) { return strCallM(t, Str("-42"), "zfill", nil, []Value{Int(-1)}) }, "'-42'"},
	{"'+4'.zfill(-1)", func(t *Thread) (Value, error) { return strCallM(t, Str("+4"), "zfill", nil, []Value{Int(-1)}) }, "'+4'"},
	{"'ab'.center(-1, '\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "center", nil, []Value{Int(-1), Str("\u00e9")})
	}, "'ab'"},
	{"'abc'.center(0)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(0)}) }, "'abc'"},
	{"'abc'.ljust(0)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(0)}) }, "'abc'"},
	{"'abc'.rjust(0)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rjust", nil, []Value{Int(0)}) }, "'abc'"},
	{"'abc'.center(0, '*')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(0), Str("*")})
	}, "'abc'"},
	{"'-42'.zfill(0)", func(t *Thread) (Value, error) { return strCallM(t, Str("-42"), "zfill", nil, []Value{Int(0)}) }, "'-42'"},
	{"'+4'.zfill(0)", func(t *Thread) (Value, error) { return strCallM(t, Str("+4"), "zfill", nil, []Value{Int(0)}) }, "'+4'"},
	{"'ab'.center(0, '\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "center", nil, []Value{Int(0), Str("\u00e9")})
	}, "'ab'"},
	{"'abc'.center(3)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(3)}) }, "'abc'"},
	{"'abc'.ljust(3)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(3)}) }, "'abc'"},
	{"'abc'.rjust(3)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rjust", nil, []Value{Int(3)}) }, "'abc'"},
	{"'abc'.center(3, '*')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(3), Str("*")})
	}, "'abc'"},
	{"'-42'.zfill(3)", func(t *Thread) (Value, error) { return strCallM(t, Str("-42"), "zfill", nil, []Value{Int(3)}) }, "'-42'"},
	{"'+4'.zfill(3)", func(t *Thread) (Value, error) { return strCallM(t, Str("+4"), "zfill", nil, []Value{Int(3)}) }, "'+04'"},
	{"'ab'.center(3, '\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "center", nil, []Value{Int(3), Str("\u00e9")})
	}, "'\u00e9ab'"},
	{"'abc'.center(5)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(5)}) }, "' abc '"},
	{"'abc'.ljust(5)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(5)}) }, "'abc  '"},
	{"'abc'.rjust(5)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rjust", nil, []Value{Int(5)}) }, "'  abc'"},
	{"'abc'.center(5, '*')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(5), Str("*")})
	}, "'*abc*'"},
	{"'-42'.zfill(5)", func(t *Thread) (Value, error) { return strCallM(t, Str("-42"), "zfill", nil, []Value{Int(5)}) }, "'-0042'"},
	{"'+4'.zfill(5)", func(t *Thread) (Value, error) { return strCallM(t, Str("+4"), "zfill", nil, []Value{Int(5)}) }, "'+0004'"},
	{"'ab'.center(5, '\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "center", nil, []Value{Int(5), Str("\u00e9")})
	}, "'\u00e9\u00e9ab\u00e9'"},
	{"'abc'.center(6)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(6)}) }, "' abc  '"},
	{"'abc'.ljust(6)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(6)}) }, "'abc   '"},
	{"'abc'.rjust(6)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rjust", nil, []Value{Int(6)}) }, "'   abc'"},
	{"'abc'.center(6, '*')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(6), Str("*")})
	}, "'*abc**'"},
	{"'-42'.zfill(6)", func(t *Thread) (Value, error) { return strCallM(t, Str("-42"), "zfill", nil, []Value{Int(6)}) }, "'-00042'"},
	{"'+4'.zfill(6)", func(t *Thread) (Value, error) { return strCallM(t, Str("+4"), "zfill", nil, []Value{Int(6)}) }, "'+00004'"},
	{"'ab'.center(6, '\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "center", nil, []Value{Int(6), Str("\u00e9")})
	}, "'\u00e9\u00e9ab\u00e9\u00e9'"},
	{"'abc'.center(7)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(7)}) }, "'  abc  '"},
	{"'abc'.ljust(7)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(7)}) }, "'abc    '"},
	{"'abc'.rjust(7)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rjust", nil, []Value{Int(7)}) }, "'    abc'"},
	{"'abc'.center(7, '*')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(7), Str("*")})
	}, "'**abc**'"},
	{"'-42'.zfill(7)", func(t *Thread) (Value, error) { return strCallM(t, Str("-42"), "zfill", nil, []Value{Int(7)}) }, "'-000042'"},
	{"'+4'.zfill(7)", func(t *Thread) (Value, error) { return strCallM(t, Str("+4"), "zfill", nil, []Value{Int(7)}) }, "'+000004'"},
	{"'ab'.center(7, '\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "center", nil, []Value{Int(7), Str("\u00e9")})
	}, "'\u00e9\u00e9\u00e9ab\u00e9\u00e9'"},
	{"'abc'.center(10)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(10)}) }, "'   abc    '"},
	{"'abc'.ljust(10)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(10)}) }, "'abc       '"},
	{"'abc'.rjust(10)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rjust", nil, []Value{Int(10)}) }, "'       abc'"},
	{"'abc'.center(10, '*')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(10), Str("*")})
	}, "'***abc****'"},
	{"'-42'.zfill(10)", func(t *Thread) (Value, error) { return strCallM(t, Str("-42"), "zfill", nil, []Value{Int(10)}) }, "'-000000042'"},
	{"'+4'.zfill(10)", func(t *Thread) (Value, error) { return strCallM(t, Str("+4"), "zfill", nil, []Value{Int(10)}) }, "'+000000004'"},
	{"'ab'.center(10, '\u00e9')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("ab"), "center", nil, []Value{Int(10), Str("\u00e9")})
	}, "'\u00e9\u00e9\u00e9\u00e9ab\u00e9\u00e9\u00e9\u00e9'"},
	{"'abc'.center(5, 'ab')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", nil, []Value{Int(5), Str("ab")})
	}, "TypeError: The fill character must be exactly one character long"},
	{"'abc'.center(5, 1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Int(5), Int(1)}) }, "TypeError: The fill character must be a unicode character, not int"},
	{"'abc'.center('x')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{Str("x")}) }, "TypeError: 'str' object cannot be interpreted as an integer"},
	{"'abc'.center()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "center", nil, []Value{}) }, "TypeError: center expected at least 1 argument, got 0"},
	{"'abc'.center(width=5)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "center", []string{"width"}, []Value{Int(5)})
	}, "TypeError: str.center() takes no keyword arguments"},
	{"'abc'.zfill()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "zfill", nil, []Value{}) }, "TypeError: str.zfill() takes exactly one argument (0 given)"},
	{"'abc'.zfill('5')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "zfill", nil, []Value{Str("5")}) }, "TypeError: 'str' object cannot be interpreted as an integer"},
	{"''.zfill(3)", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "zfill", nil, []Value{Int(3)}) }, "'000'"},
	{"'\u00e9'.zfill(3)", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "zfill", nil, []Value{Int(3)}) }, "'00\u00e9'"},
	{"'abc'.ljust(1, 2, 3)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "ljust", nil, []Value{Int(1), Int(2), Int(3)})
	}, "TypeError: ljust expected at most 2 arguments, got 3"},
	{"'a=b=c'.partition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str("a=b=c"), "partition", nil, []Value{Str("=")}) }, "('a', '=', 'b=c')"},
	{"'a=b=c'.rpartition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str("a=b=c"), "rpartition", nil, []Value{Str("=")}) }, "('a=b', '=', 'c')"},
	{"'abc'.partition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "partition", nil, []Value{Str("=")}) }, "('abc', '', '')"},
	{"'abc'.rpartition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "rpartition", nil, []Value{Str("=")}) }, "('', '', 'abc')"},
	{"''.partition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "partition", nil, []Value{Str("=")}) }, "('', '', '')"},
	{"''.rpartition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "rpartition", nil, []Value{Str("=")}) }, "('', '', '')"},
	{"'='.partition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str("="), "partition", nil, []Value{Str("=")}) }, "('', '=', '')"},
	{"'='.rpartition('=')", func(t *Thread) (Value, error) { return strCallM(t, Str("="), "rpartition", nil, []Value{Str("=")}) }, "('', '=', '')"},
	{"'\u00e9=\u00fc'.partition('=')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9=\u00fc"), "partition", nil, []Value{Str("=")})
	}, "('\u00e9', '=', '\u00fc')"},
	{"'\u00e9=\u00fc'.rpartition('=')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9=\u00fc"), "rpartition", nil, []Value{Str("=")})
	}, "('\u00e9', '=', '\u00fc')"},
	{"'abc'.partition('')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "partition", nil, []Value{Str("")}) }, "ValueError: empty separator"},
	{"'abc'.partition(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "partition", nil, []Value{Int(1)}) }, "TypeError: must be str, not int"},
	{"'abc'.partition()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "partition", nil, []Value{}) }, "TypeError: str.partition() takes exactly one argument (0 given)"},
	{"'a\\nb\\r\\nc\\rd'.splitlines()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u000d\u000ac\u000dd"), "splitlines", nil, []Value{})
	}, "['a', 'b', 'c', 'd']"},
	{"'a\\nb\\r\\nc\\rd'.splitlines(True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u000d\u000ac\u000dd"), "splitlines", nil, []Value{True})
	}, "['a\\n', 'b\\r\\n', 'c\\r', 'd']"},
	{"'a\\nb\\r\\nc\\rd'.splitlines(keepends=True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u000d\u000ac\u000dd"), "splitlines", []string{"keepends"}, []Value{True})
	}, "['a\\n', 'b\\r\\n', 'c\\r', 'd']"},
	{"'a\\n\\nb\\n'.splitlines()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000a\u000ab\u000a"), "splitlines", nil, []Value{})
	}, "['a', '', 'b']"},
	{"'a\\n\\nb\\n'.splitlines(True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000a\u000ab\u000a"), "splitlines", nil, []Value{True})
	}, "['a\\n', '\\n', 'b\\n']"},
	{"'a\\n\\nb\\n'.splitlines(keepends=True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000a\u000ab\u000a"), "splitlines", []string{"keepends"}, []Value{True})
	}, "['a\\n', '\\n', 'b\\n']"},
	{"''.splitlines()", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "splitlines", nil, []Value{}) }, "[]"},
	{"''.splitlines(True)", func(t *Thread) (Value, error) { return strCallM(t, Str(""), "splitlines", nil, []Value{True}) }, "[]"},
	{"''.splitlines(keepends=True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str(""), "splitlines", []string{"keepends"}, []Value{True})
	}, "[]"},
	{"'\\n'.splitlines()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u000a"), "splitlines", nil, []Value{}) }, "['']"},
	{"'\\n'.splitlines(True)", func(t *Thread) (Value, error) { return strCallM(t, Str("\u000a"), "splitlines", nil, []Value{True}) }, "['\\n']"},
	{"'\\n'.splitlines(keepends=True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u000a"), "splitlines", []string{"keepends"}, []Value{True})
	}, "['\\n']"},
	{"'x\\x0by\\x0cz\\x1cw\\x1dv\\x1eu\\x85t\\u2028s\\u2029r'.splitlines()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("x\u000by\u000cz\u001cw\u001dv\u001eu\u0085t\u2028s\u2029r"), "splitlines", nil, []Value{})
	}, "['x', 'y', 'z', 'w', 'v', 'u', 't', 's', 'r']"},
	{"'x\\x0by\\x0cz\\x1cw\\x1dv\\x1eu\\x85t\\u2028s\\u2029r'.splitlines(True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("x\u000by\u000cz\u001cw\u001dv\u001eu\u0085t\u2028s\u2029r"), "splitlines", nil, []Value{True})
	}, "['x\\x0b', 'y\\x0c', 'z\\x1c', 'w\\x1d', 'v\\x1e', 'u\\x85', 't\\u2028', 's\\u2029', 'r']"},
	{"'x\\x0by\\x0cz\\x1cw\\x1dv\\x1eu\\x85t\\u2028s\\u2029r'.splitlines(keepends=True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("x\u000by\u000cz\u001cw\u001dv\u001eu\u0085t\u2028s\u2029r"), "splitlines", []string{"keepends"}, []Value{True})
	}, "['x\\x0b', 'y\\x0c', 'z\\x1c', 'w\\x1d', 'v\\x1e', 'u\\x85', 't\\u2028', 's\\u2029', 'r']"},
	{"'a\\r'.splitlines()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u000d"), "splitlines", nil, []Value{}) }, "['a']"},
	{"'a\\r'.splitlines(True)", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u000d"), "splitlines", nil, []Value{True}) }, "['a\\r']"},
	{"'a\\r'.splitlines(keepends=True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000d"), "splitlines", []string{"keepends"}, []Value{True})
	}, "['a\\r']"},
	{"'no breaks'.splitlines()", func(t *Thread) (Value, error) { return strCallM(t, Str("no breaks"), "splitlines", nil, []Value{}) }, "['no breaks']"},
	{"'no breaks'.splitlines(True)", func(t *Thread) (Value, error) { return strCallM(t, Str("no breaks"), "splitlines", nil, []Value{True}) }, "['no breaks']"},
	{"'no breaks'.splitlines(keepends=True)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("no breaks"), "splitlines", []string{"keepends"}, []Value{True})
	}, "['no breaks']"},
	{"'a'.splitlines(1, 2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a"), "splitlines", nil, []Value{Int(1), Int(2)})
	}, "TypeError: splitlines() takes at most 1 argument (2 given)"},
	{"'a'.splitlines(x=1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a"), "splitlines", []string{"x"}, []Value{Int(1)})
	}, "TypeError: 'x' is an invalid keyword argument for splitlines()"},
	{"'abc'.encode('utf-8')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{Str("utf-8")}) }, "b'abc'"},
	{"'abc'.encode('ascii')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{Str("ascii")}) }, "b'abc'"},
	{"'abc'.encode('latin-1')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{Str("latin-1")}) }, "b'abc'"},
	{"'abc'.encode('UTF8')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{Str("UTF8")}) }, "b'abc'"},
	{"'abc'.encode('Latin_1')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{Str("Latin_1")}) }, "b'abc'"},
	{"'abc'.encode('us-ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("us-ascii")})
	}, "b'abc'"},
	{"'abc'.encode('iso-8859-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("iso-8859-1")})
	}, "b'abc'"},
	{"'abc'.encode('ascii', 'strict')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("ascii"), Str("strict")})
	}, "b'abc'"},
	{"'abc'.encode('ascii', 'ignore')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("ascii"), Str("ignore")})
	}, "b'abc'"},
	{"'abc'.encode('ascii', 'replace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("ascii"), Str("replace")})
	}, "b'abc'"},
	{"'abc'.encode('ascii', 'backslashreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("ascii"), Str("backslashreplace")})
	}, "b'abc'"},
	{"'abc'.encode('ascii', 'xmlcharrefreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("ascii"), Str("xmlcharrefreplace")})
	}, "b'abc'"},
	{"'abc'.encode('ascii', 'bogus')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", nil, []Value{Str("ascii"), Str("bogus")})
	}, "b'abc'"},
	{"'\u00e9'.encode('utf-8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("utf-8")})
	}, "b'\\xc3\\xa9'"},
	{"'\u00e9'.encode('ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
	{"'\u00e9'.encode('latin-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("latin-1")})
	}, "b'\\xe9'"},
	{"'\u00e9'.encode('UTF8')", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("UTF8")}) }, "b'\\xc3\\xa9'"},
	{"'\u00e9'.encode('Latin_1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("Latin_1")})
	}, "b'\\xe9'"},
	{"'\u00e9'.encode('us-ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("us-ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
	{"'\u00e9'.encode('iso-8859-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("iso-8859-1")})
	}, "b'\\xe9'"},
	{"'\u00e9'.encode('ascii', 'strict')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("ascii"), Str("strict")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
	{"'\u00e9'.encode('ascii', 'ignore')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("ascii"), Str("ignore")})
	}, "b''"},
	{"'\u00e9'.encode('ascii', 'replace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("ascii"), Str("replace")})
	}, "b'?'"},
	{"'\u00e9'.encode('ascii', 'backslashreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("ascii"), Str("backslashreplace")})
	}, "b'\\\\xe9'"},
	{"'\u00e9'.encode('ascii', 'xmlcharrefreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("ascii"), Str("xmlcharrefreplace")})
	}, "b'&#233;'"},
	{"'\u00e9'.encode('ascii', 'bogus')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9"), "encode", nil, []Value{Str("ascii"), Str("bogus")})
	}, "LookupError: unknown error handler name 'bogus'"},
	{"'a\u20acb'.encode('utf-8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("utf-8")})
	}, "b'a\\xe2\\x82\\xacb'"},
	{"'a\u20acb'.encode('ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)"},
	{"'a\u20acb'.encode('latin-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("latin-1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"},
	{"'a\u20acb'.encode('UTF8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("UTF8")})
	}, "b'a\\xe2\\x82\\xacb'"},
	{"'a\u20acb'.encode('Latin_1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("Latin_1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"},
	{"'a\u20acb'.encode('us-ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("us-ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)"},
	{"'a\u20acb'.encode('iso-8859-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("iso-8859-1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"},
	{"'a\u20acb'.encode('ascii', 'strict')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("ascii"), Str("strict")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)"},
	{"'a\u20acb'.encode('ascii', 'ignore')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("ascii"), Str("ignore")})
	}, "b'ab'"},
	{"'a\u20acb'.encode('ascii', 'replace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("ascii"), Str("replace")})
	}, "b'a?b'"},
	{"'a\u20acb'.encode('ascii', 'backslashreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("ascii"), Str("backslashreplace")})
	}, "b'a\\\\u20acb'"},
	{"'a\u20acb'.encode('ascii', 'xmlcharrefreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("ascii"), Str("xmlcharrefreplace")})
	}, "b'a&#8364;b'"},
	{"'a\u20acb'.encode('ascii', 'bogus')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20acb"), "encode", nil, []Value{Str("ascii"), Str("bogus")})
	}, "LookupError: unknown error handler name 'bogus'"},
	{"'a\u20ac\u20acb'.encode('utf-8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("utf-8")})
	}, "b'a\\xe2\\x82\\xac\\xe2\\x82\\xacb'"},
	{"'a\u20ac\u20acb'.encode('ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"},
	{"'a\u20ac\u20acb'.encode('latin-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("latin-1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"},
	{"'a\u20ac\u20acb'.encode('UTF8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("UTF8")})
	}, "b'a\\xe2\\x82\\xac\\xe2\\x82\\xacb'"},
	{"'a\u20ac\u20acb'.encode('Latin_1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("Latin_1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"},
	{"'a\u20ac\u20acb'.encode('us-ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("us-ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"},
	{"'a\u20ac\u20acb'.encode('iso-8859-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("iso-8859-1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"},
	{"'a\u20ac\u20acb'.encode('ascii', 'strict')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("ascii"), Str("strict")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"},
	{"'a\u20ac\u20acb'.encode('ascii', 'ignore')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("ascii"), Str("ignore")})
	}, "b'ab'"},
	{"'a\u20ac\u20acb'.encode('ascii', 'replace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("ascii"), Str("replace")})
	}, "b'a??b'"},
	{"'a\u20ac\u20acb'.encode('ascii', 'backslashreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("ascii"), Str("backslashreplace")})
	}, "b'a\\\\u20ac\\\\u20acb'"},
	{"'a\u20ac\u20acb'.encode('ascii', 'xmlcharrefreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("ascii"), Str("xmlcharrefreplace")})
	}, "b'a&#8364;&#8364;b'"},
	{"'a\u20ac\u20acb'.encode('ascii', 'bogus')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u20ac\u20acb"), "encode", nil, []Value{Str("ascii"), Str("bogus")})
	}, "LookupError: unknown error handler name 'bogus'"},
	{"'\u65e5\u672c'.encode('utf-8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("utf-8")})
	}, "b'\\xe6\\x97\\xa5\\xe6\\x9c\\xac'"},
	{"'\u65e5\u672c'.encode('ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
	{"'\u65e5\u672c'.encode('latin-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("latin-1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)"},
	{"'\u65e5\u672c'.encode('UTF8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("UTF8")})
	}, "b'\\xe6\\x97\\xa5\\xe6\\x9c\\xac'"},
	{"'\u65e5\u672c'.encode('Latin_1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("Latin_1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)"},
	{"'\u65e5\u672c'.encode('us-ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("us-ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
	{"'\u65e5\u672c'.encode('iso-8859-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("iso-8859-1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)"},
	{"'\u65e5\u672c'.encode('ascii', 'strict')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("ascii"), Str("strict")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
	{"'\u65e5\u672c'.encode('ascii', 'ignore')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("ascii"), Str("ignore")})
	}, "b''"},
	{"'\u65e5\u672c'.encode('ascii', 'replace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("ascii"), Str("replace")})
	}, "b'??'"},
	{"'\u65e5\u672c'.encode('ascii', 'backslashreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("ascii"), Str("backslashreplace")})
	}, "b'\\\\u65e5\\\\u672c'"},
	{"'\u65e5\u672c'.encode('ascii', 'xmlcharrefreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("ascii"), Str("xmlcharrefreplace")})
	}, "b'&#26085;&#26412;'"},
	{"'\u65e5\u672c'.encode('ascii', 'bogus')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u65e5\u672c"), "encode", nil, []Value{Str("ascii"), Str("bogus")})
	}, "LookupError: unknown error handler name 'bogus'"},
	{"'\\x80\u00ff'.encode('utf-8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("utf-8")})
	}, "b'\\xc2\\x80\\xc3\\xbf'"},
	{"'\\x80\u00ff'.encode('ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
	{"'\\x80\u00ff'.encode('latin-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("latin-1")})
	}, "b'\\x80\\xff'"},
	{"'\\x80\u00ff'.encode('UTF8')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("UTF8")})
	}, "b'\\xc2\\x80\\xc3\\xbf'"},
	{"'\\x80\u00ff'.encode('Latin_1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("Latin_1")})
	}, "b'\\x80\\xff'"},
	{"'\\x80\u00ff'.encode('us-ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("us-ascii")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
	{"'\\x80\u00ff'.encode('iso-8859-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("iso-8859-1")})
	}, "b'\\x80\\xff'"},
	{"'\\x80\u00ff'.encode('ascii', 'strict')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("ascii"), Str("strict")})
	}, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
	{"'\\x80\u00ff'.encode('ascii', 'ignore')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("ascii"), Str("ignore")})
	}, "b''"},
	{"'\\x80\u00ff'.encode('ascii', 'replace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("ascii"), Str("replace")})
	}, "b'??'"},
	{"'\\x80\u00ff'.encode('ascii', 'backslashreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("ascii"), Str("backslashreplace")})
	}, "b'\\\\x80\\\\xff'"},
	{"'\\x80\u00ff'.encode('ascii', 'xmlcharrefreplace')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("ascii"), Str("xmlcharrefreplace")})
	}, "b'&#128;&#255;'"},
	{"'\\x80\u00ff'.encode('ascii', 'bogus')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0080\u00ff"), "encode", nil, []Value{Str("ascii"), Str("bogus")})
	}, "LookupError: unknown error handler name 'bogus'"},
	{"'abc'.encode()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{}) }, "b'abc'"},
	{"'abc'.encode('foo')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{Str("foo")}) }, "LookupError: unknown encoding: foo"},
	{"'abc'.encode(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "encode", nil, []Value{Int(1)}) }, "TypeError: encode() argument 'encoding' must be str, not int"},
	{"'abc'.encode(errors='strict')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", []string{"errors"}, []Value{Str("strict")})
	}, "b'abc'"},
	{"'abc'.encode(encoding='ascii')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "encode", []string{"encoding"}, []Value{Str("ascii")})
	}, "b'abc'"},
	{"'\U0001f600'.encode('latin-1')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\U0001f600"), "encode", nil, []Value{Str("latin-1")})
	}, "UnicodeEncodeError: 'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)"},
	{"'a\\tb'.expandtabs()", func(t *Thread) (Value, error) { return strCallM(t, Str("a\u0009b"), "expandtabs", nil, []Value{}) }, "'a       b'"},
	{"'a\\tb'.expandtabs(4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b"), "expandtabs", nil, []Value{Int(4)})
	}, "'a   b'"},
	{"'a\\tb'.expandtabs(0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b"), "expandtabs", nil, []Value{Int(0)})
	}, "'ab'"},
	{"'a\\tb'.expandtabs(-1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b"), "expandtabs", nil, []Value{Int(-1)})
	}, "'ab'"},
	{"'a\\tb'.expandtabs(tabsize=2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u0009b"), "expandtabs", []string{"tabsize"}, []Value{Int(2)})
	}, "'a b'"},
	{"'abcd\\tefgh\\tij'.expandtabs()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcd\u0009efgh\u0009ij"), "expandtabs", nil, []Value{})
	}, "'abcd    efgh    ij'"},
	{"'abcd\\tefgh\\tij'.expandtabs(4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcd\u0009efgh\u0009ij"), "expandtabs", nil, []Value{Int(4)})
	}, "'abcd    efgh    ij'"},
	{"'abcd\\tefgh\\tij'.expandtabs(0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcd\u0009efgh\u0009ij"), "expandtabs", nil, []Value{Int(0)})
	}, "'abcdefghij'"},
	{"'abcd\\tefgh\\tij'.expandtabs(-1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcd\u0009efgh\u0009ij"), "expandtabs", nil, []Value{Int(-1)})
	}, "'abcdefghij'"},
	{"'abcd\\tefgh\\tij'.expandtabs(tabsize=2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcd\u0009efgh\u0009ij"), "expandtabs", []string{"tabsize"}, []Value{Int(2)})
	}, "'abcd  efgh  ij'"},
	{"'\\t'.expandtabs()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0009"), "expandtabs", nil, []Value{}) }, "'        '"},
	{"'\\t'.expandtabs(4)", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0009"), "expandtabs", nil, []Value{Int(4)}) }, "'    '"},
	{"'\\t'.expandtabs(0)", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0009"), "expandtabs", nil, []Value{Int(0)}) }, "''"},
	{"'\\t'.expandtabs(-1)", func(t *Thread) (Value, error) { return strCallM(t, Str("\u0009"), "expandtabs", nil, []Value{Int(-1)}) }, "''"},
	{"'\\t'.expandtabs(tabsize=2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u0009"), "expandtabs", []string{"tabsize"}, []Value{Int(2)})
	}, "'  '"},
	{"'a\\nb\\tc'.expandtabs()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u0009c"), "expandtabs", nil, []Value{})
	}, "'a\\nb       c'"},
	{"'a\\nb\\tc'.expandtabs(4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u0009c"), "expandtabs", nil, []Value{Int(4)})
	}, "'a\\nb   c'"},
	{"'a\\nb\\tc'.expandtabs(0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u0009c"), "expandtabs", nil, []Value{Int(0)})
	}, "'a\\nbc'"},
	{"'a\\nb\\tc'.expandtabs(-1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u0009c"), "expandtabs", nil, []Value{Int(-1)})
	}, "'a\\nbc'"},
	{"'a\\nb\\tc'.expandtabs(tabsize=2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000ab\u0009c"), "expandtabs", []string{"tabsize"}, []Value{Int(2)})
	}, "'a\\nb c'"},
	{"'a\\r\\tb'.expandtabs()", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000d\u0009b"), "expandtabs", nil, []Value{})
	}, "'a\\r        b'"},
	{"'a\\r\\tb'.expandtabs(4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000d\u0009b"), "expandtabs", nil, []Value{Int(4)})
	}, "'a\\r    b'"},
	{"'a\\r\\tb'.expandtabs(0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000d\u0009b"), "expandtabs", nil, []Value{Int(0)})
	}, "'a\\rb'"},
	{"'a\\r\\tb'.expandtabs(-1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000d\u0009b"), "expandtabs", nil, []Value{Int(-1)})
	}, "'a\\rb'"},
	{"'a\\r\\tb'.expandtabs(tabsize=2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("a\u000d\u0009b"), "expandtabs", []string{"tabsize"}, []Value{Int(2)})
	}, "'a\\r  b'"},
	{"'\u00e9\\tx'.expandtabs()", func(t *Thread) (Value, error) { return strCallM(t, Str("\u00e9\u0009x"), "expandtabs", nil, []Value{}) }, "'\u00e9       x'"},
	{"'\u00e9\\tx'.expandtabs(4)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9\u0009x"), "expandtabs", nil, []Value{Int(4)})
	}, "'\u00e9   x'"},
	{"'\u00e9\\tx'.expandtabs(0)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9\u0009x"), "expandtabs", nil, []Value{Int(0)})
	}, "'\u00e9x'"},
	{"'\u00e9\\tx'.expandtabs(-1)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9\u0009x"), "expandtabs", nil, []Value{Int(-1)})
	}, "'\u00e9x'"},
	{"'\u00e9\\tx'.expandtabs(tabsize=2)", func(t *Thread) (Value, error) {
		return strCallM(t, Str("\u00e9\u0009x"), "expandtabs", []string{"tabsize"}, []Value{Int(2)})
	}, "'\u00e9 x'"},
	{"'a'.expandtabs('x')", func(t *Thread) (Value, error) { return strCallM(t, Str("a"), "expandtabs", nil, []Value{Str("x")}) }, "TypeError: 'str' object cannot be interpreted as an integer"},
	{"'abcdef'.removeprefix('abc')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcdef"), "removeprefix", nil, []Value{Str("abc")})
	}, "'def'"},
	{"'abcdef'.removeprefix('x')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcdef"), "removeprefix", nil, []Value{Str("x")})
	}, "'abcdef'"},
	{"'abcdef'.removesuffix('def')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcdef"), "removesuffix", nil, []Value{Str("def")})
	}, "'abc'"},
	{"'abcdef'.removesuffix('')", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcdef"), "removesuffix", nil, []Value{Str("")})
	}, "'abcdef'"},
	{"'abc'.removeprefix(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "removeprefix", nil, []Value{Int(1)}) }, "TypeError: removeprefix() argument must be str, not int"},
	{"'abc'.removeprefix()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "removeprefix", nil, []Value{}) }, "TypeError: str.removeprefix() takes exactly one argument (0 given)"},
	{"str.maketrans('abc', 'xyz')", func(t *Thread) (Value, error) {
		return strCallAttr(t, Obj(StrType), "maketrans", []Value{Str("abc"), Str("xyz")})
	}, "{97: 120, 98: 121, 99: 122}"},
	{"str.maketrans('abc', 'xyz', 'd')", func(t *Thread) (Value, error) {
		return strCallAttr(t, Obj(StrType), "maketrans", []Value{Str("abc"), Str("xyz"), Str("d")})
	}, "{97: 120, 98: 121, 99: 122, 100: None}"},
	{"str.maketrans('ab', 'x')", func(t *Thread) (Value, error) {
		return strCallAttr(t, Obj(StrType), "maketrans", []Value{Str("ab"), Str("x")})
	}, "ValueError: the first two maketrans arguments must have equal length"},
	{"str.maketrans({'a': '1', 98: None})", func(t *Thread) (Value, error) {
		return strCallAttr(t, Obj(StrType), "maketrans", []Value{sDct(Str("a"), Str("1"), Int(98), None)})
	}, "{97: '1', 98: None}"},
	{"str.maketrans({'ab': 1})", func(t *Thread) (Value, error) {
		return strCallAttr(t, Obj(StrType), "maketrans", []Value{sDct(Str("ab"), Int(1))})
	}, "ValueError: string keys in translate table must be of length 1"},
	{"str.maketrans({1.5: 1})", func(t *Thread) (Value, error) {
		return strCallAttr(t, Obj(StrType), "maketrans", []Value{sDct(Float(1.5), Int(1))})
	}, "TypeError: keys in translate table must be strings or integers"},
	{"str.maketrans(1)", func(t *Thread) (Value, error) { return strCallAttr(t, Obj(StrType), "maketrans", []Value{Int(1)}) }, "TypeError: if you give only one argument to maketrans it must be a dict"},
	{"str.maketrans(1, 2)", func(t *Thread) (Value, error) {
		return strCallAttr(t, Obj(StrType), "maketrans", []Value{Int(1), Int(2)})
	}, "TypeError: maketrans() argument 2 must be str, not int"},
	{"'abcd'.translate({97: 'xy', 98: None, 99: 100})", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abcd"), "translate", nil, []Value{sDct(Int(97), Str("xy"), Int(98), None, Int(99), Int(100))})
	}, "'xydd'"},
	{"'abc'.translate({97: 1.5})", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "translate", nil, []Value{sDct(Int(97), Float(1.5))})
	}, "TypeError: character mapping must return integer, None or str"},
	{"'abc'.translate({97: 1114112})", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "translate", nil, []Value{sDct(Int(97), Int(1114112))})
	}, "ValueError: character mapping must be in range(0x110000)"},
	{"'abc'.translate({})", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "translate", nil, []Value{sDct()}) }, "'abc'"},
	{"'h\u00e9llo'.translate({233: 'e'})", func(t *Thread) (Value, error) {
		return strCallM(t, Str("h\u00e9llo"), "translate", nil, []Value{sDct(Int(233), Str("e"))})
	}, "'hello'"},
	{"'abc'.translate(['x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z', 'x', 'y', 'z'])", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "translate", nil, []Value{sLst(Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"), Str("x"), Str("y"), Str("z"))})
	}, "'yzx'"},
	{"'abc'.translate({97: True})", func(t *Thread) (Value, error) {
		return strCallM(t, Str("abc"), "translate", nil, []Value{sDct(Int(97), True)})
	}, "'\\x01bc'"},
	{"'{a}-{b}'.format_map({'a': 1, 'b': 'x'})", func(t *Thread) (Value, error) {
		return strCallM(t, Str("{a}-{b}"), "format_map", nil, []Value{sDct(Str("a"), Int(1), Str("b"), Str("x"))})
	}, "'1-x'"},
	{"'{a}'.format_map({})", func(t *Thread) (Value, error) { return strCallM(t, Str("{a}"), "format_map", nil, []Value{sDct()}) }, "KeyError: 'a'"},
	{"'{0}'.format_map({})", func(t *Thread) (Value, error) { return strCallM(t, Str("{0}"), "format_map", nil, []Value{sDct()}) }, "ValueError: Format string contains positional fields"},
	{"'x'.format_map()", func(t *Thread) (Value, error) { return strCallM(t, Str("x"), "format_map", nil, []Value{}) }, "TypeError: str.format_map() takes exactly one argument (0 given)"},
	{"'abc'.__format__('>5')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__format__", nil, []Value{Str(">5")}) }, "'  abc'"},
	{"'abc'.__format__('')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__format__", nil, []Value{Str("")}) }, "'abc'"},
	{"'abc'.__format__(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__format__", nil, []Value{Int(1)}) }, "TypeError: __format__() argument must be str, not int"},
	{"'abc'.__len__()", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__len__", nil, []Value{}) }, "3"},
	{"'abc'.__getitem__(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__getitem__", nil, []Value{Int(1)}) }, "'b'"},
	{"'abc'.__contains__('b')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__contains__", nil, []Value{Str("b")}) }, "True"},
	{"'abc'.__add__('d')", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__add__", nil, []Value{Str("d")}) }, "'abcd'"},
	{"'abc'.__add__(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("abc"), "__add__", nil, []Value{Int(1)}) }, "TypeError: can only concatenate str (not \"int\") to str"},
	{"'ab'.__mul__(2)", func(t *Thread) (Value, error) { return strCallM(t, Str("ab"), "__mul__", nil, []Value{Int(2)}) }, "'abab'"},
	{"'ab'.__rmul__(2)", func(t *Thread) (Value, error) { return strCallM(t, Str("ab"), "__rmul__", nil, []Value{Int(2)}) }, "'abab'"},
	{"'%s!'.__mod__(5)", func(t *Thread) (Value, error) { return strCallM(t, Str("%s!"), "__mod__", nil, []Value{Int(5)}) }, "'5!'"},
	{"'a'.__eq__('a')", func(t *Thread) (Value, error) { return strCallM(t, Str("a"), "__eq__", nil, []Value{Str("a")}) }, "True"},
	{"'a'.__lt__('b')", func(t *Thread) (Value, error) { return strCallM(t, Str("a"), "__lt__", nil, []Value{Str("b")}) }, "True"},
	{"'a'.__lt__(1)", func(t *Thread) (Value, error) { return strCallM(t, Str("a"), "__lt__", nil, []Value{Int(1)}) }, "NotImplemented"},
	{"'a'.__ne__('a')", func(t *Thread) (Value, error) { return strCallM(t, Str("a"), "__ne__", nil, []Value{Str("a")}) }, "False"},
}

func TestIsASCIIAndCount(t *testing.T) {
	// Every length around the 8-byte step, with one non-ASCII character at
	// every position, and the code-point count that follows from it.
	for n := 0; n <= 19; n++ {
		base := strings.Repeat("a", n)
		if !isASCII(base) {
			t.Errorf("isASCII(%q) = false", base)
		}
		if got := RuneCount(&StrObject{S: base}); got != n {
			t.Errorf("RuneCount(%q) = %d", base, got)
		}
		for i := 0; i < n; i++ {
			s := base[:i] + "é" + base[i+1:]
			if isASCII(s) {
				t.Errorf("isASCII(%q) = true", s)
			}
			if got := RuneCount(&StrObject{S: s}); got != n {
				t.Errorf("RuneCount(%q) = %d, want %d", s, got, n)
			}
		}
	}
}
