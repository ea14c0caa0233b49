package runtime

import "strconv"

// This file gives BaseExceptionGroup and ExceptionGroup their behaviour:
// construction with CPython's checks and class selection, .message,
// .exceptions, str(), derive, subgroup and split.

// NewExceptionGroup makes BaseExceptionGroup(message, excs): an
// ExceptionGroup when every exception is an Exception.
func NewExceptionGroup(message string, excs []*Instance) *Instance {
	items := make([]Value, len(excs))
	cls := ExceptionGroupType
	for i, e := range excs {
		items[i] = Obj(e)
		if !e.Class.IsSubtype(ExceptionType) {
			cls = BaseExceptionGroupType
		}
	}
	g := NewInstance(cls)
	g.Exc.Args = NewTuple([]Value{Str(message), Obj(NewList(items))})
	return g
}

// newExceptionGroupObject is BaseExceptionGroup.__new__.
func newExceptionGroupObject(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 && cls.Builtin {
		return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	pos := args[:len(args)-len(kwnames)]
	if len(pos) != 2 {
		return Null, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
	}
	if _, ok := pos[0].o.(*StrObject); !ok {
		return Null, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", pos[0].TypeName())
	}
	var items []Value
	switch s := pos[1].o.(type) {
	case *List:
		items = s.Items
	case *Tuple:
		items = s.Items
	default:
		if _, isDict := pos[1].o.(*Dict); isDict || pos[1].Type().Slots.GetItem == nil {
			return Null, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
		}
		var err error
		if items, err = ToSlice(t, pos[1]); err != nil {
			return Null, err
		}
	}
	if len(items) == 0 {
		return Null, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, x := range items {
		e, ok := x.o.(*Instance)
		if !ok || e.Exc == nil {
			return Null, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.Class.IsSubtype(ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case cls == BaseExceptionGroupType:
		if !nestedBase {
			cls = ExceptionGroupType
		}
	case cls == ExceptionGroupType:
		if nestedBase {
			return Null, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && cls.IsSubtype(ExceptionType) {
			return Null, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
	}
	g := NewInstance(cls)
	g.Exc.Args = NewTuple([]Value{pos[0], pos[1]})
	return Obj(g), nil
}

// groupParts returns the message and the exceptions of a group.
func groupParts(e *Instance) (string, []*Instance) {
	if e.Exc == nil {
		return "", nil
	}
	args, _ := e.Exc.Args.o.(*Tuple)
	if args == nil || len(args.Items) < 2 {
		return "", nil
	}
	msg, _ := StrValue(args.Items[0])
	var items []Value
	switch s := args.Items[1].o.(type) {
	case *List:
		items = s.Items
	case *Tuple:
		items = s.Items
	}
	out := make([]*Instance, 0, len(items))
	for _, x := range items {
		if ex, ok := x.o.(*Instance); ok {
			out = append(out, ex)
		}
	}
	return msg, out
}

// ExceptionGroupParts returns the message and sub-exceptions of an
// exception group (for tracebacks and except*).
func ExceptionGroupParts(e *Instance) (string, []*Instance) { return groupParts(e) }

// exceptionGroupStr is str(group): "message (N sub-exceptions)".
func exceptionGroupStr(t *Thread, v Value) (string, error) {
	msg, excs := groupParts(v.o.(*Instance))
	s := "s"
	if len(excs) == 1 {
		s = ""
	}
	return msg + " (" + strconv.Itoa(len(excs)) + " sub-exception" + s + ")", nil
}

// installExceptionGroupSlots overrides the slots the generic exception
// setup gives every exception class. It must run after exceptions.go's
// init, so loop.go's init calls it.
func installExceptionGroupSlots() {
	for _, typ := range []*Type{BaseExceptionGroupType, ExceptionGroupType} {
		typ.Slots.Str = exceptionGroupStr
		typ.New = newExceptionGroupObject
	}
}

func groupSelf(v Value) (*Instance, error) {
	if e, ok := v.o.(*Instance); ok && e.Class.IsSubtype(BaseExceptionGroupType) {
		return e, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a 'BaseExceptionGroup' object but received a '%s'", v.TypeName())
}

// groupCondition is the condition of split/subgroup: an exception class,
// a tuple of them, or a predicate.
type groupCondition struct {
	types []*Type
	pred  Value
	// leaf, when set, matches these exceptions by identity (the
	// projection of an exception group in except*).
	leaf map[*Instance]bool
}

func parseGroupCondition(v Value) (*groupCondition, error) {
	if cls, ok := v.o.(*Type); ok && cls.IsException {
		return &groupCondition{types: []*Type{cls}}, nil
	}
	if tup, ok := v.o.(*Tuple); ok {
		c := &groupCondition{}
		for _, x := range tup.Items {
			cls, ok := x.o.(*Type)
			if !ok || !cls.IsException {
				return nil, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
			}
			c.types = append(c.types, cls)
		}
		return c, nil
	}
	if IsCallable(v) {
		return &groupCondition{pred: v}, nil
	}
	return nil, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

func (c *groupCondition) match(t *Thread, e *Instance) (bool, error) {
	if c.leaf != nil {
		return c.leaf[e], nil
	}
	if !c.pred.IsNull() {
		r, err := Call(t, c.pred, []Value{Obj(e)}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	for _, cls := range c.types {
		if e.Class.IsSubtype(cls) {
			return true, nil
		}
	}
	return false, nil
}

// splitGroup is the recursive split of e by c; rest is skipped when
// wantRest is false (subgroup).
func splitGroup(t *Thread, e *Instance, c *groupCondition, wantRest bool) (match, rest *Instance, err error) {
	ok, err := c.match(t, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.Class.IsSubtype(BaseExceptionGroupType) {
		return nil, e, nil
	}
	_, excs := groupParts(e)
	var matched, rested []*Instance
	for _, sub := range excs {
		m, r, err := splitGroup(t, sub, c, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			matched = append(matched, m)
		}
		if r != nil && wantRest {
			rested = append(rested, r)
		}
	}
	if len(matched) > 0 {
		if match, err = deriveAndCopy(t, e, matched); err != nil {
			return nil, nil, err
		}
	}
	if len(rested) > 0 {
		if rest, err = deriveAndCopy(t, e, rested); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// deriveAndCopy is e.derive(excs) with e's cause, context, traceback and
// notes copied over.
func deriveAndCopy(t *Thread, e *Instance, excs []*Instance) (*Instance, error) {
	items := make([]Value, len(excs))
	for i, x := range excs {
		items[i] = Obj(x)
	}
	r, err := CallMethod(t, Obj(e), "derive", Obj(NewList(items)))
	if err != nil {
		return nil, err
	}
	g, ok := r.o.(*Instance)
	if !ok || !g.Class.IsSubtype(BaseExceptionGroupType) {
		return nil, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	g.Exc.Cause = e.Exc.Cause
	g.Exc.Context = e.Exc.Context
	g.Exc.SuppressContext = e.Exc.SuppressContext
	g.Exc.Traceback = append([]TraceEntry(nil), e.Exc.Traceback...)
	g.Exc.Notes = append([]string(nil), e.Exc.Notes...)
	return g, nil
}

func init() {
	bg := BaseExceptionGroupType
	bg.Dict.Set("message", asyncProperty(func(t *Thread, self Value) (Value, error) {
		e, err := groupSelf(self)
		if err != nil {
			return Null, err
		}
		msg, _ := groupParts(e)
		return Str(msg), nil
	}, nil))
	bg.Dict.Set("exceptions", asyncProperty(func(t *Thread, self Value) (Value, error) {
		e, err := groupSelf(self)
		if err != nil {
			return Null, err
		}
		_, excs := groupParts(e)
		items := make([]Value, len(excs))
		for i, x := range excs {
			items[i] = Obj(x)
		}
		return NewTuple(items), nil
	}, nil))
	bg.AddMethod("derive", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		e, err := groupSelf(self)
		if err != nil {
			return Null, err
		}
		if err := ArgCount("derive", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		msg, _ := groupParts(e)
		return CallType(t, BaseExceptionGroupType, []Value{Str(msg), args[0]}, nil)
	})
	bg.AddMethod("subgroup", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		e, err := groupSelf(self)
		if err != nil {
			return Null, err
		}
		if err := ArgCount("subgroup", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		c, err := parseGroupCondition(args[0])
		if err != nil {
			return Null, err
		}
		m, _, err := splitGroup(t, e, c, false)
		if err != nil {
			return Null, err
		}
		return instOrNoneVal(m), nil
	})
	bg.AddMethod("split", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		e, err := groupSelf(self)
		if err != nil {
			return Null, err
		}
		if err := ArgCount("split", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		c, err := parseGroupCondition(args[0])
		if err != nil {
			return Null, err
		}
		m, r, err := splitGroup(t, e, c, true)
		if err != nil {
			return Null, err
		}
		return NewTuple([]Value{instOrNoneVal(m), instOrNoneVal(r)}), nil
	})
}

// ExceptStarMatch is the match of an except* clause (CHECK_EG_MATCH):
// it splits exc by typ into the part the clause handles and the rest. A
// naked exception that matches is wrapped in an ExceptionGroup("", [exc])
// with its traceback; match or rest is None when empty.
func ExceptStarMatch(t *Thread, exc, typ Value) (rest, match Value, err error) {
	if err := checkExceptStarType(typ); err != nil {
		return Null, Null, err
	}
	e, _ := exc.o.(*Instance)
	if e == nil {
		return None, None, nil
	}
	c, err := parseGroupCondition(typ)
	if err != nil {
		return Null, Null, err
	}
	whole, err := c.match(t, e)
	if err != nil {
		return Null, Null, err
	}
	isGroup := e.Class.IsSubtype(BaseExceptionGroupType)
	switch {
	case whole && isGroup:
		return None, exc, nil
	case whole:
		g := NewExceptionGroup("", []*Instance{e})
		g.Exc.Traceback = append([]TraceEntry(nil), e.Exc.Traceback...)
		return None, Obj(g), nil
	case !isGroup:
		return exc, None, nil
	}
	m, r, err := splitGroup(t, e, c, true)
	if err != nil {
		return Null, Null, err
	}
	rest, match = None, None
	if m != nil {
		match = Obj(m)
	}
	if r != nil {
		rest = Obj(r)
	}
	return rest, match, nil
}

// checkExceptStarType rejects what an except* clause cannot name: classes
// that are not exceptions, and exception groups.
func checkExceptStarType(typ Value) error {
	types := []Value{typ}
	if tup, ok := typ.o.(*Tuple); ok {
		types = tup.Items
	}
	for _, x := range types {
		cls, ok := x.o.(*Type)
		if !ok || !cls.IsException {
			return Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		if cls.IsSubtype(BaseExceptionGroupType) {
			return Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// PrepReraiseStar is what a try/except* statement re-raises at its end
// (CPython's _PyExc_PrepReraiseStar): orig is the exception that entered
// it, excs what its clauses raised plus the unhandled rest (None
// entries are skipped). Exceptions with orig's metadata are re-raises:
// they keep their place in orig's structure (a projection of orig);
// new ones are grouped with that projection in a new ExceptionGroup.
// The result is None when nothing is left to raise.
func PrepReraiseStar(t *Thread, orig Value, excs []Value) (Value, error) {
	if len(excs) == 0 {
		return None, nil
	}
	o, _ := orig.o.(*Instance)
	if o == nil || !o.Class.IsSubtype(BaseExceptionGroupType) {
		// A naked exception was caught: one clause at most ran.
		return excs[0], nil
	}
	var raised, reraised []*Instance
	for _, v := range excs {
		e, _ := v.o.(*Instance)
		if e == nil {
			continue
		}
		if sameExceptionMetadata(e, o) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	var kept *Instance
	if len(reraised) > 0 {
		leaves := map[*Instance]bool{}
		for _, e := range reraised {
			collectLeaves(e, leaves)
		}
		c := &groupCondition{leaf: leaves}
		m, _, err := splitGroup(t, o, c, false)
		if err != nil {
			return Null, err
		}
		kept = m
	}
	if len(raised) == 0 {
		if kept == nil {
			return None, nil
		}
		return Obj(kept), nil
	}
	if kept != nil {
		raised = append(raised, kept)
	}
	if len(raised) == 1 {
		return Obj(raised[0]), nil
	}
	return Obj(NewExceptionGroup("", raised)), nil
}

// sameExceptionMetadata reports whether e carries a's notes, traceback,
// cause and context: then e is (part of) a re-raised a, not a new
// exception.
func sameExceptionMetadata(e, a *Instance) bool {
	if e.Exc == nil || a.Exc == nil {
		return false
	}
	x, y := e.Exc, a.Exc
	if x.Cause != y.Cause || x.Context != y.Context || len(x.Notes) != len(y.Notes) || len(x.Traceback) != len(y.Traceback) {
		return false
	}
	for i := range x.Notes {
		if x.Notes[i] != y.Notes[i] {
			return false
		}
	}
	for i := range x.Traceback {
		if x.Traceback[i] != y.Traceback[i] {
			return false
		}
	}
	return true
}

// collectLeaves adds the exceptions of e that are not groups (e itself,
// or the leaves of its sub-exceptions) to set.
func collectLeaves(e *Instance, set map[*Instance]bool) {
	if !e.Class.IsSubtype(BaseExceptionGroupType) {
		set[e] = true
		return
	}
	_, excs := groupParts(e)
	for _, sub := range excs {
		collectLeaves(sub, set)
	}
}
