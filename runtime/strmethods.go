package runtime

import (
	"strings"
	"unicode/utf8"
)

// This file holds the methods of str (split, join, find, case mappings,
// predicates, padding, ...), installed on StrType by init.

func init() {
	m := StrType.AddMethod
	m("split", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strSplit(t, self, args, kw, "split", false)
	})
	m("rsplit", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strSplit(t, self, args, kw, "rsplit", true)
	})
	m("join", strJoin)
	m("strip", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strStrip(self, args, kw, "strip", true, true)
	})
	m("lstrip", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strStrip(self, args, kw, "lstrip", true, false)
	})
	m("rstrip", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strStrip(self, args, kw, "rstrip", false, true)
	})
	m("replace", strReplace)
	m("find", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strFind(t, self, args, kw, "find", false, false)
	})
	m("rfind", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strFind(t, self, args, kw, "rfind", true, false)
	})
	m("index", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strFind(t, self, args, kw, "index", false, true)
	})
	m("rindex", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strFind(t, self, args, kw, "rindex", true, true)
	})
	m("count", strCount)
	m("startswith", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strStartsEnds(t, self, args, kw, "startswith", false)
	})
	m("endswith", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strStartsEnds(t, self, args, kw, "endswith", true)
	})
	caseMethod := func(name string, fn func(string) string) {
		m(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs("str."+name, styleNoArgs, args, kw, 0, 0); err != nil {
				return Null, err
			}
			s := strSelf(self).S
			r := fn(s)
			if r == s {
				if _, exact := self.o.(*StrObject); exact {
					return self, nil
				}
			}
			return Str(r), nil
		})
	}
	caseMethod("upper", strUpper)
	caseMethod("lower", strLower)
	caseMethod("title", strTitle)
	caseMethod("capitalize", strCapitalize)
	caseMethod("swapcase", strSwapcase)
	caseMethod("casefold", strCasefold)
	predicate := func(name string, fn func(string) bool) {
		m(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs("str."+name, styleNoArgs, args, kw, 0, 0); err != nil {
				return Null, err
			}
			return Bool(fn(strSelf(self).S)), nil
		})
	}
	predicate("isdigit", func(s string) bool { return allRunes(s, isDigitRune) })
	predicate("isdecimal", func(s string) bool { return allRunes(s, isDecimalRune) })
	predicate("isnumeric", func(s string) bool { return allRunes(s, isNumericRune) })
	predicate("isalpha", func(s string) bool { return allRunes(s, isAlphaRune) })
	predicate("isalnum", func(s string) bool { return allRunes(s, isAlnumRune) })
	predicate("isspace", func(s string) bool { return allRunes(s, isSpaceRune) })
	predicate("isupper", strIsUpper)
	predicate("islower", strIsLower)
	predicate("istitle", strIsTitle)
	predicate("isidentifier", IsIdentifier)
	predicate("isprintable", func(s string) bool { return s == "" || allRunes(s, isPrintableRune) })
	predicate("isascii", func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return false
			}
		}
		return true
	})
	m("format", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := StrFormat(t, strSelf(self).S, args, kw, Null)
		if err != nil {
			return Null, err
		}
		return Str(r), nil
	})
	m("format_map", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("str.format_map", styleOneArg, args, kw, 1, 1); err != nil {
			return Null, err
		}
		r, err := StrFormat(t, strSelf(self).S, nil, nil, args[0])
		if err != nil {
			return Null, err
		}
		return Str(r), nil
	})
	m("__format__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__format__", styleExpected, args, kw, 1, 1); err != nil {
			return Null, err
		}
		spec, ok := StrValue(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].TypeName())
		}
		r, err := formatStrSpec(t, strSelf(self).S, spec)
		if err != nil {
			return Null, err
		}
		return Str(r), nil
	})
	m("zfill", strZfill)
	m("center", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strPad(t, self, args, kw, "center")
	})
	m("ljust", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strPad(t, self, args, kw, "ljust")
	})
	m("rjust", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strPad(t, self, args, kw, "rjust")
	})
	m("partition", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strPartition(self, args, kw, "partition", false)
	})
	m("rpartition", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strPartition(self, args, kw, "rpartition", true)
	})
	m("splitlines", strSplitlines)
	m("encode", strEncode)
	m("expandtabs", strExpandtabs)
	m("removeprefix", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strRemoveAffix(self, args, kw, "removeprefix", false)
	})
	m("removesuffix", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strRemoveAffix(self, args, kw, "removesuffix", true)
	})
	m("translate", strTranslate)
	StrType.Dict.Set("maketrans", Obj(&Method{Name: "maketrans", Owner: StrType, Fn: strMaketrans, Static: true}))
	StrType.Dict.Set("__new__", Obj(&Method{Name: "__new__", Owner: StrType, Static: true,
		Fn: func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args)-len(kw) < 1 {
				return Null, Errorf(TypeErrorType, "str.__new__(): not enough arguments")
			}
			cls, ok := args[0].o.(*Type)
			if !ok {
				return Null, Errorf(TypeErrorType, "str.__new__(X): X is not a type object (%s)", args[0].TypeName())
			}
			if !cls.IsSubtype(StrType) {
				return Null, Errorf(TypeErrorType, "str.__new__(%s): %s is not a subtype of str", cls.Name, cls.Name)
			}
			return strNew(t, cls, args[1:], kw)
		}}))
	addStrDunders()
}

// addStrDunders exposes str's slots as dunder methods, so that scripts can
// call str.__len__(s) or super().__eq__(other).
func addStrDunders() {
	m := StrType.AddMethod
	unary := func(name string, fn func(t *Thread, v Value) (Value, error)) {
		m(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, styleExpected, args, kw, 0, 0); err != nil {
				return Null, err
			}
			return fn(t, self)
		})
	}
	binary := func(name string, fn func(t *Thread, a, b Value) (Value, error)) {
		m(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, styleExpected, args, kw, 1, 1); err != nil {
				return Null, err
			}
			return fn(t, self, args[0])
		})
	}
	unary("__len__", func(t *Thread, v Value) (Value, error) { return Int(int64(RuneCount(strSelf(v)))), nil })
	unary("__hash__", func(t *Thread, v Value) (Value, error) { return Int(strSelf(v).Hash()), nil })
	unary("__repr__", func(t *Thread, v Value) (Value, error) { return Str(QuoteStr(strSelf(v).S)), nil })
	unary("__str__", func(t *Thread, v Value) (Value, error) { return Str(strSelf(v).S), nil })
	unary("__iter__", func(t *Thread, v Value) (Value, error) { return NewStrIter(strSelf(v)), nil })
	binary("__getitem__", strGetItem)
	binary("__contains__", func(t *Thread, a, b Value) (Value, error) {
		r, err := strContains(t, a, b)
		return Bool(r), err
	})
	binary("__add__", func(t *Thread, a, b Value) (Value, error) {
		if _, ok := asStr(b); !ok {
			return Null, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.TypeName())
		}
		return strAdd(t, a, b)
	})
	mul := func(t *Thread, a, b Value) (Value, error) {
		if !b.IntLike() && b.Type().Slots.Index == nil {
			return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", b.TypeName())
		}
		return strMul(t, a, b)
	}
	binary("__mul__", mul)
	binary("__rmul__", mul)
	binary("__mod__", StrType.Slots.Binary[OpMod])
	binary("__rmod__", func(t *Thread, a, b Value) (Value, error) { return NotImplemented, nil })
	for op := CmpLt; op <= CmpGe; op++ {
		op := op
		binary(cmpDunders[op], func(t *Thread, a, b Value) (Value, error) { return strCompare(t, a, b, op) })
	}
}

// argStyle selects which of CPython's argument-count messages a method
// uses.
type argStyle int

const (
	styleNoArgs   argStyle = iota // "str.upper() takes no arguments (1 given)"
	styleOneArg                   // "str.join() takes exactly one argument (0 given)"
	styleTakes                    // "find() takes at least 1 argument (0 given)"
	styleExpected                 // "replace expected at least 2 arguments, got 1"
)

// methodArgs checks the positional arguments of a method that takes no
// keywords.
func methodArgs(name string, style argStyle, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		qual := name
		if !strings.Contains(qual, ".") && !strings.HasPrefix(qual, "__") {
			qual = "str." + qual
		}
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	return argCountError(name, style, len(args), min, max)
}

func argCountError(name string, style argStyle, n, min, max int) error {
	if n >= min && n <= max {
		return nil
	}
	switch style {
	case styleNoArgs:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case styleOneArg:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case styleTakes:
		if n < min {
			return Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, min, pluralS(min), n)
		}
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, max, pluralS(max), n)
	}
	if min == max {
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, min, pluralS(min), n)
	}
	if n < min {
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, pluralS(min), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, pluralS(max), n)
}

// kwMethodArgs binds the arguments of a method whose parameters may also be
// given by keyword (split, encode, ...); out[i] is Null when absent.
func kwMethodArgs(name string, args []Value, kwnames []string, min int, params []string, out ...*Value) error {
	npos := len(args) - len(kwnames)
	if err := argCountError(name, styleTakes, len(args), min, len(params)); err != nil {
		return err
	}
	for i := range out {
		*out[i] = Null
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	for k, kn := range kwnames {
		found := false
		for i, p := range params {
			if p == kn {
				if !out[i].IsNull() {
					return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, kn, i+1)
				}
				*out[i] = args[npos+k]
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kn, name)
		}
	}
	for i := 0; i < min; i++ {
		if out[i].IsNull() {
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", name, params[i], i+1)
		}
	}
	return nil
}

// strArg reads a str argument; msg is the TypeError format, given the
// argument's type name.
func strArg(v Value, msg string) (string, error) {
	if s, ok := StrValue(v); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, msg, v.TypeName())
}

// strIntArg reads an integer argument through __index__, clamping big values
// to the int range (sizes and counts that large behave alike).
func strIntArg(t *Thread, v Value) (int, error) {
	switch v.o.(type) {
	case intKind, boolKind:
		return strClampInt(int64(v.n)), nil
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if b, ok := r.o.(*BigInt); ok {
		if b.V.Sign() < 0 {
			return strMinInt, nil
		}
		return strMaxInt, nil
	}
	return strClampInt(int64(r.n)), nil
}

const (
	strMaxInt = int(^uint(0) >> 1)
	strMinInt = -strMaxInt - 1
)

func strClampInt(i int64) int {
	if int64(int(i)) != i {
		if i < 0 {
			return strMinInt
		}
		return strMaxInt
	}
	return int(i)
}

// strSliceArg reads an optional start/end argument as _PyEval_SliceIndex does.
func strSliceArg(t *Thread, v Value, def int) (int, error) {
	if v.IsNull() || v.IsNone() {
		return def, nil
	}
	if !v.IntLike() && v.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	return strIntArg(t, v)
}

// strBounds resolves start/end arguments (code points, slice rules) against
// s and returns them as code-point indices; start may exceed end.
func strBounds(t *Thread, s *StrObject, startV, endV Value) (int, int, error) {
	n := RuneCount(s)
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

func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

// strList makes a list of str values.
func strList(parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = Str(p)
	}
	return Obj(NewList(items))
}

func strSplit(t *Thread, self Value, args []Value, kw []string, name string, right bool) (Value, error) {
	var sepV, maxV Value
	if err := kwMethodArgs(name, args, kw, 0, []string{"sep", "maxsplit"}, &sepV, &maxV); err != nil {
		return Null, err
	}
	s := strSelf(self).S
	maxsplit := -1
	if !maxV.IsNull() {
		n, err := strIntArg(t, maxV)
		if err != nil {
			return Null, err
		}
		maxsplit = n
	}
	if sepV.IsNull() || sepV.IsNone() {
		if right {
			return strList(rsplitWhitespace(s, maxsplit)), nil
		}
		return Obj(NewList(splitWhitespace(s, maxsplit))), nil
	}
	sep, err := strArg(sepV, "must be str or None, not %s")
	if err != nil {
		return Null, err
	}
	if sep == "" {
		return Null, Errorf(ValueErrorType, "empty separator")
	}
	if maxsplit < 0 || !right {
		return Obj(NewList(splitSep(s, sep, maxsplit))), nil
	}
	var parts []string
	end := len(s)
	for maxsplit > 0 {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):end])
		end = i
		maxsplit--
	}
	parts = append(parts, s[:end])
	reverseStrings(parts)
	return strList(parts), nil
}

// splitSep is str.split(sep, maxsplit) for a non-empty sep.
func splitSep(s, sep string, maxsplit int) []Value {
	n := strings.Count(s, sep)
	if maxsplit >= 0 && n > maxsplit {
		n = maxsplit
	}
	out := make([]Value, 0, n+1)
	for i := 0; i < n; i++ {
		j := strings.Index(s, sep)
		out = append(out, Str(s[:j]))
		s = s[j+len(sep):]
	}
	return append(out, Str(s))
}

func reverseStrings(p []string) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// spaceAt reports whether s has a whitespace character at byte i, and its
// size.
func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return isSpaceRune(r), size
}

// spaceBefore is spaceAt for the character ending at byte i.
func spaceBefore(s string, i int) (bool, int) {
	c := s[i-1]
	if c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeLastRuneInString(s[:i])
	return isSpaceRune(r), size
}

// splitWhitespace is str.split() without a separator.
func splitWhitespace(s string, maxsplit int) []Value {
	parts := make([]Value, 0, 8)
	i := 0
	for {
		for i < len(s) {
			sp, size := spaceAt(s, i)
			if !sp {
				break
			}
			i += size
		}
		if i >= len(s) {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, Str(s[i:]))
		}
		j := i
		for j < len(s) {
			sp, size := spaceAt(s, j)
			if sp {
				break
			}
			j += size
		}
		parts = append(parts, Str(s[i:j]))
		maxsplit--
		i = j
	}
}

// rsplitWhitespace is str.rsplit() without a separator.
func rsplitWhitespace(s string, maxsplit int) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 {
			sp, size := spaceBefore(s, j)
			if !sp {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			sp, size := spaceBefore(s, i)
			if sp {
				break
			}
			i -= size
		}
		parts = append(parts, s[i:j])
		maxsplit--
		j = i
	}
	reverseStrings(parts)
	return parts
}

func strJoin(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := methodArgs("str.join", styleOneArg, args, kw, 1, 1); err != nil {
		return Null, err
	}
	sep := strSelf(self).S
	it := args[0]
	var items []Value
	switch o := it.o.(type) {
	case *List:
		items = o.Items
	case *Tuple:
		items = o.Items
	default:
		if it.Type().Slots.Iter == nil && it.Type().Slots.GetItem == nil {
			return Null, Errorf(TypeErrorType, "can only join an iterable")
		}
		var err error
		items, err = ToSlice(t, it)
		if err != nil {
			return Null, err
		}
	}
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if _, ok := items[0].o.(*StrObject); ok {
			return items[0], nil
		}
	}
	size := len(sep) * (len(items) - 1)
	for i, x := range items {
		s, ok := StrValue(x)
		if !ok {
			return Null, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, x.TypeName())
		}
		size += len(s)
	}
	var b strings.Builder
	b.Grow(size)
	for i, x := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		s, _ := StrValue(x)
		b.WriteString(s)
	}
	return Str(b.String()), nil
}

func strStrip(self Value, args []Value, kw []string, name string, left, right bool) (Value, error) {
	if err := methodArgs(name, styleExpected, args, kw, 0, 1); err != nil {
		return Null, err
	}
	s := strSelf(self).S
	var r string
	if len(args) == 0 || args[0].IsNone() {
		r = stripFunc(s, left, right, isSpaceRune)
	} else {
		chars, ok := StrValue(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		r = stripFunc(s, left, right, func(c rune) bool { return strings.ContainsRune(chars, c) })
	}
	if r == s {
		if _, exact := self.o.(*StrObject); exact {
			return self, nil
		}
	}
	return Str(r), nil
}

func stripFunc(s string, left, right bool, pred func(rune) bool) string {
	if left {
		s = strings.TrimLeftFunc(s, pred)
	}
	if right {
		s = strings.TrimRightFunc(s, pred)
	}
	return s
}

func strReplace(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := methodArgs("str.replace", styleExpected, args, kw, 2, 3); err != nil {
		if len(kw) == 0 {
			return Null, argCountError("replace", styleExpected, len(args), 2, 3)
		}
		return Null, err
	}
	old, err := strArg(args[0], "replace() argument 1 must be str, not %s")
	if err != nil {
		return Null, err
	}
	repl, err := strArg(args[1], "replace() argument 2 must be str, not %s")
	if err != nil {
		return Null, err
	}
	count := -1
	if len(args) == 3 {
		if count, err = strIntArg(t, args[2]); err != nil {
			return Null, err
		}
	}
	s := strSelf(self).S
	if count == 0 || (old != "" && !strings.Contains(s, old)) || (old == repl) {
		if _, exact := self.o.(*StrObject); exact {
			return self, nil
		}
		return Str(s), nil
	}
	if old == "" && count > 0 && s == "" {
		return Str(repl), nil
	}
	if len(repl) > len(old) {
		// The result grows: ask the memory budget before building it.
		n := strings.Count(s, old)
		if count >= 0 && count < n {
			n = count
		}
		if err := t.Reserve(int64(len(s)) + int64(n)*int64(len(repl)-len(old))); err != nil {
			return Null, err
		}
	}
	r := strings.Replace(s, old, repl, count)
	if int64(len(r)) > maxStrBytes {
		return Null, Errorf(OverflowErrorType, "replace string is too long")
	}
	return Str(r), nil
}

// findArgs parses (sub[, start[, end]]) and returns sub and the code-point
// bounds.
func findArgs(t *Thread, s *StrObject, args []Value, kw []string, name string) (string, int, int, error) {
	if len(kw) > 0 {
		return "", 0, 0, Errorf(TypeErrorType, "str.%s() takes no keyword arguments", name)
	}
	if err := argCountError(name, styleTakes, len(args), 1, 3); err != nil {
		return "", 0, 0, err
	}
	sub, err := strArg(args[0], "must be str, not %s")
	if err != nil {
		return "", 0, 0, err
	}
	var startV, endV Value
	if len(args) > 1 {
		startV = args[1]
	}
	if len(args) > 2 {
		endV = args[2]
	}
	start, end, err := strBounds(t, s, startV, endV)
	return sub, start, end, err
}

// strFindIn finds sub within code points [start, end) of s and returns the
// code-point index, or -1.
func strFindIn(s *StrObject, sub string, start, end int, last bool) int {
	subLen := utf8.RuneCountInString(sub)
	if end-start < subLen || start > s.n {
		return -1
	}
	bs, be := s.offset(start), s.offset(end)
	var i int
	if last {
		i = strings.LastIndex(s.S[bs:be], sub)
	} else {
		i = strings.Index(s.S[bs:be], sub)
	}
	if i < 0 {
		return -1
	}
	if s.byteIndexed() {
		return start + i
	}
	return start + utf8.RuneCountInString(s.S[bs:bs+i])
}

func strFind(t *Thread, self Value, args []Value, kw []string, name string, last, raise bool) (Value, error) {
	s := strSelf(self)
	sub, start, end, err := findArgs(t, s, args, kw, name)
	if err != nil {
		return Null, err
	}
	i := strFindIn(s, sub, start, end, last)
	if i < 0 && raise {
		return Null, Errorf(ValueErrorType, "substring not found")
	}
	return Int(int64(i)), nil
}

func strCount(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	s := strSelf(self)
	sub, start, end, err := findArgs(t, s, args, kw, "count")
	if err != nil {
		return Null, err
	}
	if start > s.n || end < start {
		return Int(0), nil
	}
	if sub == "" {
		return Int(int64(end - start + 1)), nil
	}
	return Int(int64(strings.Count(s.S[s.offset(start):s.offset(end)], sub))), nil
}

func strStartsEnds(t *Thread, self Value, args []Value, kw []string, name string, ends bool) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "str.%s() takes no keyword arguments", name)
	}
	if err := argCountError(name, styleTakes, len(args), 1, 3); err != nil {
		return Null, err
	}
	s := strSelf(self)
	var startV, endV Value
	if len(args) > 1 {
		startV = args[1]
	}
	if len(args) > 2 {
		endV = args[2]
	}
	start, end, err := strBounds(t, s, startV, endV)
	if err != nil {
		return Null, err
	}
	match := func(sub string) bool {
		subLen := utf8.RuneCountInString(sub)
		if start > s.n || end-start < subLen {
			return false
		}
		text := s.S[s.offset(start):s.offset(end)]
		if ends {
			return strings.HasSuffix(text, sub)
		}
		return strings.HasPrefix(text, sub)
	}
	if tup, ok := args[0].o.(*Tuple); ok {
		for _, x := range tup.Items {
			sub, ok := StrValue(x)
			if !ok {
				return Null, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, x.TypeName())
			}
			if match(sub) {
				return True, nil
			}
		}
		return False, nil
	}
	sub, ok := StrValue(args[0])
	if !ok {
		return Null, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, args[0].TypeName())
	}
	return Bool(match(sub)), nil
}

// strIsASCII reports whether s is pure ASCII.
func strIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func strUpper(s string) string {
	if strIsASCII(s) {
		return asciiMap(s, 'a', 'z', -32)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		upperRune(&b, r)
	}
	return b.String()
}

// asciiMap shifts the bytes of s within [lo, hi] by delta.
func asciiMap(s string, lo, hi byte, delta int) string {
	i := 0
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= lo && c <= hi {
			b[i] = byte(int(c) + delta)
		}
	}
	return string(b)
}

func strLower(s string) string {
	if strIsASCII(s) {
		return asciiMap(s, 'A', 'Z', 32)
	}
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range runes {
		lowerWithSigma(&b, runes, i, r)
	}
	return b.String()
}

// lowerWithSigma lowercases runes[i], turning a capital sigma at the end of
// a word into a final sigma.
func lowerWithSigma(b *strings.Builder, runes []rune, i int, r rune) {
	if r == 0x3a3 {
		b.WriteRune(sigmaAt(runes, i))
		return
	}
	lowerRune(b, r)
}

// sigmaAt is CPython's handle_capital_sigma.
func sigmaAt(runes []rune, i int) rune {
	j := i - 1
	for j >= 0 && isCaseIgnorable(runes[j]) {
		j--
	}
	final := j >= 0 && isCasedRune(runes[j])
	if final {
		j = i + 1
		for j < len(runes) && isCaseIgnorable(runes[j]) {
			j++
		}
		final = j == len(runes) || !isCasedRune(runes[j])
	}
	if final {
		return 0x3c2
	}
	return 0x3c3
}

func strTitle(s string) string {
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for i, r := range runes {
		if prevCased {
			lowerWithSigma(&b, runes, i, r)
		} else {
			titleRune(&b, r)
		}
		prevCased = isCasedRune(r)
	}
	return b.String()
}

func strCapitalize(s string) string {
	if s == "" {
		return s
	}
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	titleRune(&b, runes[0])
	for i := 1; i < len(runes); i++ {
		lowerWithSigma(&b, runes, i, runes[i])
	}
	return b.String()
}

func strSwapcase(s string) string {
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range runes {
		switch {
		case isUpperRune(r):
			lowerWithSigma(&b, runes, i, r)
		case isLowerRune(r):
			upperRune(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func strCasefold(s string) string {
	if strIsASCII(s) {
		return asciiMap(s, 'A', 'Z', 32)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRune(&b, r)
	}
	return b.String()
}

func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isLowerRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isUpperRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUpperRune(r) || isTitleRune(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// IsIdentifier is str.isidentifier: a valid Python identifier.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !isIDStart(r) {
				return false
			}
		} else if !isIDContinue(r) {
			return false
		}
	}
	return true
}

func strZfill(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := methodArgs("str.zfill", styleOneArg, args, kw, 1, 1); err != nil {
		return Null, err
	}
	width, err := strIntArg(t, args[0])
	if err != nil {
		return Null, err
	}
	s := strSelf(self)
	n := RuneCount(s)
	if width <= n {
		if _, exact := self.o.(*StrObject); exact {
			return self, nil
		}
		return Str(s.S), nil
	}
	if int64(width) > maxStrBytes {
		return Null, Errorf(MemoryErrorType, "")
	}
	if err := t.Reserve(int64(width)); err != nil {
		return Null, err
	}
	pad := strings.Repeat("0", width-n)
	if s.S != "" && (s.S[0] == '+' || s.S[0] == '-') {
		return Str(s.S[:1] + pad + s.S[1:]), nil
	}
	return Str(pad + s.S), nil
}

func strPad(t *Thread, self Value, args []Value, kw []string, name string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "str.%s() takes no keyword arguments", name)
	}
	if err := argCountError(name, styleExpected, len(args), 1, 2); err != nil {
		return Null, err
	}
	width, err := strIntArg(t, args[0])
	if err != nil {
		return Null, err
	}
	fill := " "
	if len(args) == 2 {
		f, ok := StrValue(args[1])
		if !ok {
			return Null, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", args[1].TypeName())
		}
		if utf8.RuneCountInString(f) != 1 {
			return Null, Errorf(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = f
	}
	s := strSelf(self)
	n := RuneCount(s)
	if width <= n {
		if _, exact := self.o.(*StrObject); exact {
			return self, nil
		}
		return Str(s.S), nil
	}
	if int64(width)*int64(len(fill)) > maxStrBytes {
		return Null, Errorf(MemoryErrorType, "")
	}
	if err := t.Reserve(int64(width) * int64(len(fill))); err != nil {
		return Null, err
	}
	marg := width - n
	var left int
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = marg
	default:
		left = marg/2 + (marg & width & 1)
	}
	return Str(strings.Repeat(fill, left) + s.S + strings.Repeat(fill, marg-left)), nil
}

func strPartition(self Value, args []Value, kw []string, name string, last bool) (Value, error) {
	if err := methodArgs("str."+name, styleOneArg, args, kw, 1, 1); err != nil {
		return Null, err
	}
	sep, err := strArg(args[0], "must be str, not %s")
	if err != nil {
		return Null, err
	}
	if sep == "" {
		return Null, Errorf(ValueErrorType, "empty separator")
	}
	s := strSelf(self).S
	var i int
	if last {
		i = strings.LastIndex(s, sep)
	} else {
		i = strings.Index(s, sep)
	}
	if i < 0 {
		whole := Str(s)
		if _, exact := self.o.(*StrObject); exact {
			whole = self
		}
		if last {
			return NewTuple([]Value{emptyStr, emptyStr, whole}), nil
		}
		return NewTuple([]Value{whole, emptyStr, emptyStr}), nil
	}
	return NewTuple([]Value{Str(s[:i]), args[0], Str(s[i+len(sep):])}), nil
}

func strSplitlines(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	var keepV Value
	if err := kwMethodArgs("splitlines", args, kw, 0, []string{"keepends"}, &keepV); err != nil {
		return Null, err
	}
	keep := false
	if !keepV.IsNull() {
		k, err := Truth(t, keepV)
		if err != nil {
			return Null, err
		}
		keep = k
	}
	return strList(splitLines(strSelf(self).S, keep)), nil
}

// splitLines is str.splitlines.
func splitLines(s string, keep bool) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isLineBreak(r) {
			i += size
			continue
		}
		end := i
		i += size
		if r == '\r' && i < len(s) && s[i] == '\n' {
			i++
		}
		if keep {
			end = i
		}
		parts = append(parts, s[start:end])
		start = i
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return parts
}

func strEncode(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	var encV, errV Value
	if err := kwMethodArgs("encode", args, kw, 0, []string{"encoding", "errors"}, &encV, &errV); err != nil {
		return Null, err
	}
	enc, errs := "utf-8", "strict"
	if !encV.IsNull() {
		s, ok := StrValue(encV)
		if !ok {
			return Null, Errorf(TypeErrorType, "encode() argument 'encoding' must be str, not %s", encV.TypeName())
		}
		enc = s
	}
	if !errV.IsNull() {
		s, ok := StrValue(errV)
		if !ok {
			return Null, Errorf(TypeErrorType, "encode() argument 'errors' must be str, not %s", errV.TypeName())
		}
		errs = s
	}
	b, err := Encode(strSelf(self).S, enc, errs)
	if err != nil {
		return Null, err
	}
	return Obj(&Bytes{B: b}), nil
}

func strExpandtabs(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	var tabV Value
	if err := kwMethodArgs("expandtabs", args, kw, 0, []string{"tabsize"}, &tabV); err != nil {
		return Null, err
	}
	tab := 8
	if !tabV.IsNull() {
		n, err := strIntArg(t, tabV)
		if err != nil {
			return Null, err
		}
		tab = n
	}
	s := strSelf(self).S
	if !strings.Contains(s, "\t") {
		if _, exact := self.o.(*StrObject); exact {
			return self, nil
		}
		return Str(s), nil
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if int64(b.Len())+int64(n) > maxStrBytes {
					return Null, Errorf(OverflowErrorType, "new string is too long")
				}
				if err := t.Reserve(int64(b.Len()) + int64(n)); err != nil {
					return Null, err
				}
				for k := 0; k < n; k++ {
					b.WriteByte(' ')
				}
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return Str(b.String()), nil
}

func strRemoveAffix(self Value, args []Value, kw []string, name string, suffix bool) (Value, error) {
	if err := methodArgs("str."+name, styleOneArg, args, kw, 1, 1); err != nil {
		return Null, err
	}
	affix, err := strArg(args[0], name+"() argument must be str, not %s")
	if err != nil {
		return Null, err
	}
	s := strSelf(self).S
	r := s
	if suffix {
		r = strings.TrimSuffix(s, affix)
	} else {
		r = strings.TrimPrefix(s, affix)
	}
	if len(r) == len(s) {
		if _, exact := self.o.(*StrObject); exact {
			return self, nil
		}
	}
	return Str(r), nil
}

// strMaketrans is the static method str.maketrans(x[, y[, z]]).
func strMaketrans(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "maketrans() takes no keyword arguments")
	}
	if err := argCountError("maketrans", styleExpected, len(args), 1, 3); err != nil {
		return Null, err
	}
	d := Obj(NewDict())
	if len(args) == 1 {
		src := args[0]
		if !src.Type().IsSubtype(DictType) {
			return Null, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		keys, err := ToSlice(t, src)
		if err != nil {
			return Null, err
		}
		for _, k := range keys {
			v, err := GetItem(t, src, k)
			if err != nil {
				return Null, err
			}
			key := k
			if s, ok := StrValue(k); ok {
				r, size := utf8.DecodeRuneInString(s)
				if size == 0 || size != len(s) {
					return Null, Errorf(ValueErrorType, "string keys in translate table must be of length 1")
				}
				key = Int(int64(r))
			} else if !k.IntLike() {
				return Null, Errorf(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := SetItem(t, d, key, v); err != nil {
				return Null, err
			}
		}
		return d, nil
	}
	y, err := strArg(args[1], "maketrans() argument 2 must be str, not %s")
	if err != nil {
		return Null, err
	}
	var z string
	if len(args) == 3 {
		if z, err = strArg(args[2], "maketrans() argument 3 must be str, not %s"); err != nil {
			return Null, err
		}
	}
	x, ok := StrValue(args[0])
	if !ok {
		return Null, Errorf(TypeErrorType, "first maketrans argument must be a string if there is a second argument")
	}
	xs, ys := []rune(x), []rune(y)
	if len(xs) != len(ys) {
		return Null, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i, r := range xs {
		if err := SetItem(t, d, Int(int64(r)), Int(int64(ys[i]))); err != nil {
			return Null, err
		}
	}
	if len(args) == 3 {
		for _, r := range z {
			if err := SetItem(t, d, Int(int64(r)), None); err != nil {
				return Null, err
			}
		}
	}
	return d, nil
}

func strTranslate(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := methodArgs("str.translate", styleOneArg, args, kw, 1, 1); err != nil {
		return Null, err
	}
	table := args[0]
	s := strSelf(self).S
	type mapping struct {
		keep bool
		out  string
	}
	cache := map[rune]mapping{}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		mp, ok := cache[r]
		if !ok {
			v, err := GetItem(t, table, Int(int64(r)))
			switch {
			case err != nil:
				if !IsInstanceOf(err, LookupErrorType) {
					return Null, err
				}
				mp = mapping{keep: true}
			case v.IsNone():
			case v.IntLike():
				n, isSmall := fmtSmallInt(v)
				if !isSmall || n < 0 || n > utf8.MaxRune {
					return Null, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
				}
				mp.out = string(rune(n))
			default:
				str, isStr := StrValue(v)
				if !isStr {
					return Null, Errorf(TypeErrorType, "character mapping must return integer, None or str")
				}
				mp.out = str
			}
			cache[r] = mp
		}
		if mp.keep {
			b.WriteRune(r)
		} else {
			b.WriteString(mp.out)
		}
	}
	return Str(b.String()), nil
}
