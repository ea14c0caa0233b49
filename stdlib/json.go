package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aio-lang/aio/runtime"
)

// This file is the json module: dumps/dump with CPython's exact output
// (indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys,
// default=) and loads/load with the C scanner's error messages and
// positions (json.JSONDecodeError with msg, doc, pos, lineno, colno).

// jsonDecodeErrorType is json.JSONDecodeError.
var jsonDecodeErrorType = runtime.NewExceptionType("JSONDecodeError", "json.decoder", runtime.ValueErrorType)

func newJSONModule(t *runtime.Thread) (*runtime.Module, error) {
	m := newNativeModule("json")
	d := m.Dict
	fn := func(name string, f runtime.BuiltinFunc) { d.Set(name, newModuleFunc("json", name, f)) }
	fn("dumps", jsonDumps)
	fn("dump", jsonDump)
	fn("loads", jsonLoads)
	fn("load", jsonLoad)
	d.Set("JSONDecodeError", runtime.Obj(jsonDecodeErrorType))
	return m, nil
}

// newJSONDecodeError is JSONDecodeError(msg, doc, pos); pos counts code
// points.
func newJSONDecodeError(msg string, doc []rune, pos int) *runtime.Instance {
	lineno := 1
	last := -1
	for i := 0; i < pos && i < len(doc); i++ {
		if doc[i] == '\n' {
			lineno++
			last = i
		}
	}
	colno := pos - last
	e := runtime.NewException(jsonDecodeErrorType, runtime.Str(msg+": line "+strconv.Itoa(lineno)+" column "+strconv.Itoa(colno)+" (char "+strconv.Itoa(pos)+")"))
	e.Dict.Set("msg", runtime.Str(msg))
	e.Dict.Set("doc", runtime.Str(string(doc)))
	e.Dict.Set("pos", runtime.Int(int64(pos)))
	e.Dict.Set("lineno", runtime.Int(int64(lineno)))
	e.Dict.Set("colno", runtime.Int(int64(colno)))
	return e
}

func init() {
	jsonDecodeErrorType.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var msg, doc, pos runtime.Value
		if err := pyArgs("JSONDecodeError.__init__", true, args, kwnames, 3, []string{"msg", "doc", "pos"}, &msg, &doc, &pos); err != nil {
			return runtime.Null, err
		}
		m, err := runtime.ToStr(t, msg)
		if err != nil {
			return runtime.Null, err
		}
		ds, _ := runtime.StrValue(doc)
		p, err := runtime.IndexInt(t, pos)
		if err != nil {
			return runtime.Null, err
		}
		e := newJSONDecodeError(m, []rune(ds), int(p))
		e.Class = cls
		e.Dict.Set("msg", msg)
		e.Dict.Set("doc", doc)
		return runtime.Obj(e), nil
	}
}

// jsonEncoder holds dumps' options.
type jsonEncoder struct {
	t          *runtime.Thread
	indent     *string
	itemSep    string
	keySep     string
	sortKeys   bool
	skipKeys   bool
	ascii      bool
	allowNaN   bool
	checkCirc  bool
	dflt       runtime.Value
	markers    map[runtime.Object]bool
	b          strings.Builder
	indentLvl  int
	hasDefault bool
}

// jsonDumpsArgs parses dumps' keyword-only options.
func newJSONEncoder(t *runtime.Thread, fname string, kwnames []string, kwvals []runtime.Value) (*jsonEncoder, error) {
	e := &jsonEncoder{t: t, ascii: true, allowNaN: true, checkCirc: true, dflt: runtime.None}
	var separators runtime.Value = runtime.None
	for i, k := range kwnames {
		v := kwvals[i]
		var err error
		switch k {
		case "skipkeys":
			e.skipKeys, err = runtime.Truth(t, v)
		case "ensure_ascii":
			e.ascii, err = runtime.Truth(t, v)
		case "check_circular":
			e.checkCirc, err = runtime.Truth(t, v)
		case "allow_nan":
			e.allowNaN, err = runtime.Truth(t, v)
		case "sort_keys":
			e.sortKeys, err = runtime.Truth(t, v)
		case "cls":
			if !v.IsNone() {
				return nil, runtime.Errorf(runtime.NotImplementedErrorType, "json.%s(cls=...) is not supported by aio", fname)
			}
		case "indent":
			if v.IsNone() {
				break
			}
			if s, ok := runtime.StrValue(v); ok {
				e.indent = &s
				break
			}
			n, err := runtime.IndexInt(t, v)
			if err != nil {
				return nil, typeError("can't multiply sequence by non-int of type '%s'", v.TypeName())
			}
			s := strings.Repeat(" ", int(max(n, 0)))
			e.indent = &s
		case "separators":
			separators = v
		case "default":
			e.dflt = v
			e.hasDefault = !v.IsNone()
		default:
			return nil, typeError("JSONEncoder.__init__() got an unexpected keyword argument '%s'", k)
		}
		if err != nil {
			return nil, err
		}
	}
	if separators.IsNone() {
		e.itemSep, e.keySep = ", ", ": "
		if e.indent != nil {
			e.itemSep = ","
		}
	} else {
		items, err := runtime.ToSlice(t, separators)
		if err != nil {
			return nil, err
		}
		if len(items) != 2 {
			return nil, valueError("too many values to unpack (expected 2)")
		}
		a, ok1 := runtime.StrValue(items[0])
		b, ok2 := runtime.StrValue(items[1])
		if !ok1 || !ok2 {
			return nil, typeError("make_encoder() argument 6 must be str, not %s", items[0].TypeName())
		}
		e.itemSep, e.keySep = a, b
	}
	if e.checkCirc {
		e.markers = map[runtime.Object]bool{}
	}
	return e, nil
}

// jsonDumps is json.dumps(obj, **options).
func jsonDumps(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := splitArgs(args, kwnames)
	if len(pos) != 1 {
		if len(pos) == 0 {
			return runtime.Null, typeError("dumps() missing 1 required positional argument: 'obj'")
		}
		return runtime.Null, typeError("dumps() takes 1 positional argument but %d were given", len(pos))
	}
	e, err := newJSONEncoder(t, "dumps", kwnames, kw)
	if err != nil {
		return runtime.Null, err
	}
	if err := e.encode(pos[0]); err != nil {
		return runtime.Null, err
	}
	return runtime.Str(e.b.String()), nil
}

// jsonDump is json.dump(obj, fp, **options).
func jsonDump(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := splitArgs(args, kwnames)
	if len(pos) != 2 {
		if len(pos) < 2 {
			names := []string{"'obj' and 'fp'", "'fp'"}[len(pos)]
			s := "s"
			if len(pos) == 1 {
				s = ""
			}
			return runtime.Null, typeError("dump() missing %d required positional argument%s: %s", 2-len(pos), s, names)
		}
		return runtime.Null, typeError("dump() takes 2 positional arguments but %d were given", len(pos))
	}
	e, err := newJSONEncoder(t, "dump", kwnames, kw)
	if err != nil {
		return runtime.Null, err
	}
	if err := e.encode(pos[0]); err != nil {
		return runtime.Null, err
	}
	if _, err := runtime.CallMethod(t, pos[1], "write", runtime.Str(e.b.String())); err != nil {
		return runtime.Null, err
	}
	return runtime.None, nil
}

// jsonBase returns the built-in value behind an instance of a script
// subclass of dict, list, str, int or float.
func jsonBase(v runtime.Value) runtime.Value {
	if inst, ok := v.Raw().(*runtime.Instance); ok && !inst.Base.IsNull() {
		return inst.Base
	}
	return v
}

// floatStr is the encoder's floatstr.
func (e *jsonEncoder) floatStr(f float64) (string, error) {
	var s string
	switch {
	case math.IsNaN(f):
		s = "NaN"
	case math.IsInf(f, 1):
		s = "Infinity"
	case math.IsInf(f, -1):
		s = "-Infinity"
	default:
		return runtime.FloatRepr(f), nil
	}
	if !e.allowNaN {
		return "", valueError("Out of range float values are not JSON compliant")
	}
	return s, nil
}

func (e *jsonEncoder) newline() {
	e.b.WriteByte('\n')
	for i := 0; i < e.indentLvl; i++ {
		e.b.WriteString(*e.indent)
	}
}

// encode writes v.
func (e *jsonEncoder) encode(v runtime.Value) error {
	if err := e.t.Poll(); err != nil {
		return err
	}
	switch {
	case v.IsNone():
		e.b.WriteString("null")
		return nil
	case v.IsBool():
		if v.AsInt() != 0 {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case v.IsInt():
		e.b.WriteString(strconv.FormatInt(v.AsInt(), 10))
		return nil
	case v.IsFloat():
		s, err := e.floatStr(v.AsFloat())
		e.b.WriteString(s)
		return err
	}
	base := jsonBase(v)
	switch o := base.Raw().(type) {
	case *runtime.StrObject:
		s, _ := runtime.StrValue(base)
		e.writeString(s)
		return nil
	case *runtime.BigInt:
		e.b.WriteString(o.V.String())
		return nil
	case *runtime.List:
		return e.encodeList(v, o.Items)
	case *runtime.Tuple:
		return e.encodeList(v, o.Items)
	case *runtime.Dict:
		return e.encodeDict(v, o)
	}
	if base.IsInt() || base.IsFloat() || base.IsBool() {
		return e.encode(base)
	}
	if !e.hasDefault {
		return typeError("Object of type %s is not JSON serializable", v.TypeName())
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := runtime.Call(e.t, e.dflt, []runtime.Value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r); err != nil {
		return err
	}
	e.leave(v)
	return nil
}

func (e *jsonEncoder) enter(v runtime.Value) error {
	if e.markers == nil {
		return nil
	}
	if e.markers[v.Raw()] {
		return valueError("Circular reference detected")
	}
	e.markers[v.Raw()] = true
	return nil
}

func (e *jsonEncoder) leave(v runtime.Value) {
	if e.markers != nil {
		delete(e.markers, v.Raw())
	}
}

func (e *jsonEncoder) encodeList(v runtime.Value, items []runtime.Value) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.b.WriteByte('[')
	if e.indent != nil {
		e.indentLvl++
		e.newline()
	}
	for i := 0; i < len(items); i++ {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			if e.indent != nil {
				e.newline()
			}
		}
		if err := e.encode(items[i]); err != nil {
			return err
		}
	}
	if e.indent != nil {
		e.indentLvl--
		e.newline()
	}
	e.b.WriteByte(']')
	e.leave(v)
	return nil
}

func (e *jsonEncoder) encodeDict(v runtime.Value, d *runtime.Dict) error {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	items := d.Items()
	if e.sortKeys {
		var sortErr error
		sortStable(items, func(a, b [2]runtime.Value) bool {
			if sortErr != nil {
				return false
			}
			lt, err := runtime.CompareBool(e.t, a[0], b[0], runtime.CmpLt)
			if err != nil {
				sortErr = err
			}
			return lt
		})
		if sortErr != nil {
			return sortErr
		}
	}
	e.b.WriteByte('{')
	if e.indent != nil {
		e.indentLvl++
		e.newline()
	}
	first := true
	for _, kv := range items {
		k := kv[0]
		var key string
		switch {
		case k.IsBool():
			key = "false"
			if k.AsInt() != 0 {
				key = "true"
			}
		case k.IsInt():
			key = strconv.FormatInt(k.AsInt(), 10)
		case k.IsFloat():
			s, err := e.floatStr(k.AsFloat())
			if err != nil {
				return err
			}
			key = s
		case k.IsNone():
			key = "null"
		default:
			if s, ok := runtime.StrValue(jsonBase(k)); ok {
				key = s
			} else if bi, ok := k.Raw().(*runtime.BigInt); ok {
				key = bi.V.String()
			} else if e.skipKeys {
				continue
			} else {
				return typeError("keys must be str, int, float, bool or None, not %s", k.TypeName())
			}
		}
		if !first {
			e.b.WriteString(e.itemSep)
			if e.indent != nil {
				e.newline()
			}
		}
		first = false
		e.writeString(key)
		e.b.WriteString(e.keySep)
		if err := e.encode(kv[1]); err != nil {
			return err
		}
	}
	if e.indent != nil {
		e.indentLvl--
		e.newline()
	}
	e.b.WriteByte('}')
	e.leave(v)
	return nil
}

// sortStable is an insertion-merge sort that, like list.sort, only uses
// less.
func sortStable(items [][2]runtime.Value, less func(a, b [2]runtime.Value) bool) {
	if len(items) < 2 {
		return
	}
	mid := len(items) / 2
	left := append([][2]runtime.Value(nil), items[:mid]...)
	right := append([][2]runtime.Value(nil), items[mid:]...)
	sortStable(left, less)
	sortStable(right, less)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if less(right[j], left[i]) {
			items[k] = right[j]
			j++
		} else {
			items[k] = left[i]
			i++
		}
		k++
	}
	k += copy(items[k:], left[i:])
	copy(items[k:], right[j:])
}

const hexDigits = "0123456789abcdef"

// writeString writes s as a JSON string (encode_basestring[_ascii]).
func (e *jsonEncoder) writeString(s string) {
	b := &e.b
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := jsonDecodeRune(s[i:])
		i += size
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || (e.ascii && r >= 0x7f):
				if r > 0xffff {
					r -= 0x10000
					writeU(b, 0xd800|((r>>10)&0x3ff))
					writeU(b, 0xdc00|(r&0x3ff))
				} else {
					writeU(b, r)
				}
			default:
				jsonWriteRune(b, r)
			}
		}
	}
	b.WriteByte('"')
}

// jsonDecodeRune decodes one code point of an aio str, whose lone
// surrogates are kept as WTF-8 (three bytes).
func jsonDecodeRune(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size != 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return 0xdc00 + rune(s[0]), 1
}

// jsonWriteRune appends r, a lone surrogate as WTF-8 like aio's str.
func jsonWriteRune(b *strings.Builder, r rune) {
	if r >= 0xd800 && r <= 0xdfff {
		b.Write([]byte{0xe0 | byte(r>>12), 0x80 | byte(r>>6)&0x3f, 0x80 | byte(r)&0x3f})
		return
	}
	b.WriteRune(r)
}

// jsonRunes splits an aio str into code points.
func jsonRunes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := jsonDecodeRune(s[i:])
		out = append(out, r)
		i += size
	}
	return out
}

func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	b.WriteByte(hexDigits[(r>>12)&0xf])
	b.WriteByte(hexDigits[(r>>8)&0xf])
	b.WriteByte(hexDigits[(r>>4)&0xf])
	b.WriteByte(hexDigits[r&0xf])
}

// jsonDecoder scans a document (as code points, for CPython's positions).
type jsonDecoder struct {
	t          *runtime.Thread
	s          []rune
	objectHook runtime.Value
	pairsHook  runtime.Value
	parseFloat runtime.Value
	parseInt   runtime.Value
	parseConst runtime.Value
}

// errNoValue is scan_once's StopIteration.
type errNoValue struct{ idx int }

func (e *errNoValue) Error() string { return "no JSON value at " + strconv.Itoa(e.idx) }

// jsonLoads is json.loads(s, **options).
func jsonLoads(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := splitArgs(args, kwnames)
	if len(pos) != 1 {
		if len(pos) == 0 {
			return runtime.Null, typeError("loads() missing 1 required positional argument: 's'")
		}
		return runtime.Null, typeError("loads() takes 1 positional argument but %d were given", len(pos))
	}
	return jsonDecode(t, "loads", pos[0], kwnames, kw)
}

// jsonLoad is json.load(fp, **options).
func jsonLoad(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := splitArgs(args, kwnames)
	if len(pos) != 1 {
		if len(pos) == 0 {
			return runtime.Null, typeError("load() missing 1 required positional argument: 'fp'")
		}
		return runtime.Null, typeError("load() takes 1 positional argument but %d were given", len(pos))
	}
	doc, err := runtime.CallMethod(t, pos[0], "read")
	if err != nil {
		return runtime.Null, err
	}
	return jsonDecode(t, "load", doc, kwnames, kw)
}

func jsonDecode(t *runtime.Thread, fname string, doc runtime.Value, kwnames []string, kw []runtime.Value) (runtime.Value, error) {
	d := &jsonDecoder{t: t, objectHook: runtime.None, pairsHook: runtime.None, parseFloat: runtime.None, parseInt: runtime.None, parseConst: runtime.None}
	for i, k := range kwnames {
		switch k {
		case "object_hook":
			d.objectHook = kw[i]
		case "object_pairs_hook":
			d.pairsHook = kw[i]
		case "parse_float":
			d.parseFloat = kw[i]
		case "parse_int":
			d.parseInt = kw[i]
		case "parse_constant":
			d.parseConst = kw[i]
		case "cls", "strict":
		default:
			return runtime.Null, typeError("JSONDecoder.__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	var text string
	if s, ok := runtime.StrValue(doc); ok {
		text = s
		if strings.HasPrefix(text, "\ufeff") {
			return runtime.Null, newJSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", []rune(text), 0)
		}
	} else if doc.Type() == runtime.BytesType || doc.Type() == runtime.ByteArrayType {
		b, _ := runtime.BytesValue(doc)
		if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
			b = b[3:]
		}
		if !utf8.Valid(b) {
			return runtime.Null, runtime.Errorf(runtime.UnicodeDecodeErrorType, "'utf-8' codec can't decode bytes: invalid utf-8")
		}
		text = string(b)
	} else {
		return runtime.Null, typeError("the JSON object must be str, bytes or bytearray, not %s", doc.TypeName())
	}
	d.s = jsonRunes(text)
	idx := d.skipWS(0)
	v, end, err := d.scan(idx)
	if err != nil {
		if nv, ok := err.(*errNoValue); ok {
			return runtime.Null, newJSONDecodeError("Expecting value", d.s, nv.idx)
		}
		return runtime.Null, err
	}
	end = d.skipWS(end)
	if end != len(d.s) {
		return runtime.Null, newJSONDecodeError("Extra data", d.s, end)
	}
	return v, nil
}

func (d *jsonDecoder) skipWS(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (d *jsonDecoder) fail(msg string, pos int) error {
	return newJSONDecodeError(msg, d.s, pos)
}

func (d *jsonDecoder) hasPrefix(i int, word string) bool {
	if i+len(word) > len(d.s) {
		return false
	}
	for j := 0; j < len(word); j++ {
		if d.s[i+j] != rune(word[j]) {
			return false
		}
	}
	return true
}

// constant is NaN / Infinity / -Infinity through parse_constant.
func (d *jsonDecoder) constant(name string, f float64) (runtime.Value, error) {
	if !d.parseConst.IsNone() {
		return runtime.Call(d.t, d.parseConst, []runtime.Value{runtime.Str(name)}, nil)
	}
	return runtime.Float(f), nil
}

// scan is scan_once: the value at i and the index after it.
func (d *jsonDecoder) scan(i int) (runtime.Value, int, error) {
	if err := d.t.Poll(); err != nil {
		return runtime.Null, 0, err
	}
	if i >= len(d.s) {
		return runtime.Null, 0, &errNoValue{i}
	}
	switch c := d.s[i]; c {
	case '"':
		s, end, err := d.scanString(i + 1)
		return runtime.Str(s), end, err
	case '{':
		return d.scanObject(i + 1)
	case '[':
		return d.scanArray(i + 1)
	case 'n':
		if d.hasPrefix(i, "null") {
			return runtime.None, i + 4, nil
		}
	case 't':
		if d.hasPrefix(i, "true") {
			return runtime.True, i + 4, nil
		}
	case 'f':
		if d.hasPrefix(i, "false") {
			return runtime.False, i + 5, nil
		}
	case 'N':
		if d.hasPrefix(i, "NaN") {
			v, err := d.constant("NaN", math.NaN())
			return v, i + 3, err
		}
	case 'I':
		if d.hasPrefix(i, "Infinity") {
			v, err := d.constant("Infinity", math.Inf(1))
			return v, i + 8, err
		}
	case '-':
		if d.hasPrefix(i, "-Infinity") {
			v, err := d.constant("-Infinity", math.Inf(-1))
			return v, i + 9, err
		}
	}
	return d.scanNumber(i)
}

// scanNumber matches -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at i.
func (d *jsonDecoder) scanNumber(i int) (runtime.Value, int, error) {
	s := d.s
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	digit := func(k int) bool { return k < len(s) && s[k] >= '0' && s[k] <= '9' }
	switch {
	case digit(j) && s[j] == '0':
		j++
	case digit(j):
		for digit(j) {
			j++
		}
	default:
		return runtime.Null, 0, &errNoValue{i}
	}
	isFloat := false
	if j < len(s) && s[j] == '.' && digit(j+1) {
		isFloat = true
		j += 2
		for digit(j) {
			j++
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if digit(k) {
			isFloat = true
			for digit(k) {
				k++
			}
			j = k
		}
	}
	text := string(s[i:j])
	if isFloat {
		if !d.parseFloat.IsNone() {
			v, err := runtime.Call(d.t, d.parseFloat, []runtime.Value{runtime.Str(text)}, nil)
			return v, j, err
		}
		f, _ := strconv.ParseFloat(text, 64)
		return runtime.Float(f), j, nil
	}
	if !d.parseInt.IsNone() {
		v, err := runtime.Call(d.t, d.parseInt, []runtime.Value{runtime.Str(text)}, nil)
		return v, j, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return runtime.Int(n), j, nil
	}
	bi, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return runtime.Null, 0, &errNoValue{i}
	}
	return runtime.NewIntFromBig(bi), j, nil
}

// scanString is scanstring_unicode: end is the index after the opening
// quote; it returns the index after the closing quote.
func (d *jsonDecoder) scanString(end int) (string, int, error) {
	s := d.s
	begin := end - 1
	var b strings.Builder
	for {
		next := end
		var c rune
		for ; next < len(s); next++ {
			c = s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f {
				return "", 0, d.fail("Invalid control character at", next)
			}
		}
		if next == len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		for _, r := range s[end:next] {
			jsonWriteRune(&b, r)
		}
		if c == '"' {
			return b.String(), next + 1, nil
		}
		next++
		if next == len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		c = s[next]
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				return "", 0, d.fail("Invalid \\escape", end-2)
			}
			b.WriteRune(c)
			continue
		}
		next++
		end = next + 4
		if end >= len(s) {
			return "", 0, d.fail("Invalid \\uXXXX escape", next-1)
		}
		u, ok := hex4(s[next:end])
		if !ok {
			return "", 0, d.fail("Invalid \\uXXXX escape", end-5)
		}
		next = end
		if u >= 0xd800 && u <= 0xdbff && end+6 < len(s) && s[next] == '\\' && s[next+1] == 'u' {
			u2, ok := hex4(s[next+2 : next+6])
			if !ok {
				return "", 0, d.fail("Invalid \\uXXXX escape", end+6-5)
			}
			if u2 >= 0xdc00 && u2 <= 0xdfff {
				u = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)
				end += 6
			}
		}
		jsonWriteRune(&b, u)
	}
}

func hex4(r []rune) (rune, bool) {
	var u rune
	for _, c := range r {
		u <<= 4
		switch {
		case c >= '0' && c <= '9':
			u |= c - '0'
		case c >= 'a' && c <= 'f':
			u |= c - 'a' + 10
		case c >= 'A' && c <= 'F':
			u |= c - 'A' + 10
		default:
			return 0, false
		}
	}
	return u, true
}

func (d *jsonDecoder) scanObject(i int) (runtime.Value, int, error) {
	s := d.s
	var pairs [][2]runtime.Value
	i = d.skipWS(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return runtime.Null, 0, d.fail("Expecting property name enclosed in double quotes", i)
			}
			key, next, err := d.scanString(i + 1)
			if err != nil {
				return runtime.Null, 0, err
			}
			i = d.skipWS(next)
			if i >= len(s) || s[i] != ':' {
				return runtime.Null, 0, d.fail("Expecting ':' delimiter", i)
			}
			i = d.skipWS(i + 1)
			v, next, err := d.scan(i)
			if err != nil {
				return runtime.Null, 0, err
			}
			pairs = append(pairs, [2]runtime.Value{runtime.Str(key), v})
			i = d.skipWS(next)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return runtime.Null, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipWS(i + 1)
		}
	}
	end := i + 1
	if !d.pairsHook.IsNone() {
		items := make([]runtime.Value, len(pairs))
		for k, p := range pairs {
			items[k] = runtime.NewTuple([]runtime.Value{p[0], p[1]})
		}
		v, err := runtime.Call(d.t, d.pairsHook, []runtime.Value{runtime.Obj(runtime.NewList(items))}, nil)
		return v, end, err
	}
	obj := runtime.NewDictSized(len(pairs))
	for _, p := range pairs {
		if err := obj.Set(d.t, p[0], p[1]); err != nil {
			return runtime.Null, 0, err
		}
	}
	if !d.objectHook.IsNone() {
		v, err := runtime.Call(d.t, d.objectHook, []runtime.Value{runtime.Obj(obj)}, nil)
		return v, end, err
	}
	return runtime.Obj(obj), end, nil
}

func (d *jsonDecoder) scanArray(i int) (runtime.Value, int, error) {
	s := d.s
	var items []runtime.Value
	i = d.skipWS(i)
	if i >= len(s) || s[i] != ']' {
		for {
			v, next, err := d.scan(i)
			if err != nil {
				return runtime.Null, 0, err
			}
			items = append(items, v)
			i = d.skipWS(next)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return runtime.Null, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipWS(i + 1)
		}
	}
	if items == nil {
		items = []runtime.Value{}
	}
	return runtime.Obj(runtime.NewList(items)), i + 1, nil
}
