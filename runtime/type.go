package runtime

import "strings"

// Type is a class: built-in types and classes defined by scripts alike.
// Operations dispatch through Slots, which built-in types fill with Go
// functions and which script classes fill with wrappers that call the
// corresponding dunder method.
type Type struct {
	Name   string
	Module string // "builtins" for built-in types
	// Qualname is __qualname__ when it is not Name (a class defined in
	// another class or in a function): "Outer.Inner".
	Qualname string
	Bases    []*Type
	MRO      []*Type
	Dict     *AttrDict
	Slots    Slots
	// Builtin is true for types implemented in Go.
	Builtin bool
	// New creates an uninitialised instance for cls (a subclass of this type
	// or the type itself); nil means instances are plain *Instance.
	New func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error)
	// IsException marks BaseException and its subclasses.
	IsException bool
	// CoroutineLike marks Go types whose objects are coroutines to
	// asyncio (collections.abc.Coroutine in CPython: they implement
	// Sender and Thrower), so create_task and iscoroutine accept them.
	CoroutineLike bool
	// Final types cannot be subclassed (bool, NoneType, ...).
	Final bool
	// Doc is the class docstring, if any.
	Doc string
	// attrVersion changes whenever an attribute of this type or one of its
	// bases changes; caches compare it.
	meta *Type
}

// Type makes *Type an Object: the type of a class is `type`.
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// Slots are the Go-level hooks behind Python's data model. A nil slot means
// the type does not support the operation.
type Slots struct {
	Repr     func(t *Thread, v Value) (string, error)
	Str      func(t *Thread, v Value) (string, error)
	Hash     func(t *Thread, v Value) (int64, error)
	Compare  func(t *Thread, a, b Value, op CmpOp) (Value, error) // may return NotImplemented
	Bool     func(t *Thread, v Value) (bool, error)
	Len      func(t *Thread, v Value) (int, error)
	Iter     func(t *Thread, v Value) (Value, error)
	Next     func(t *Thread, v Value) (Value, bool, error) // ok=false when exhausted
	GetItem  func(t *Thread, v, key Value) (Value, error)
	SetItem  func(t *Thread, v, key, val Value) error
	DelItem  func(t *Thread, v, key Value) error
	Contains func(t *Thread, v, x Value) (bool, error)
	GetAttr  func(t *Thread, v Value, name string) (Value, error) // replaces generic lookup
	SetAttr  func(t *Thread, v Value, name string, val Value) error
	DelAttr  func(t *Thread, v Value, name string) error
	Call     func(t *Thread, v Value, args []Value, kwnames []string) (Value, error)
	// Get is the descriptor hook (__get__): obj is Null for class access.
	Get func(t *Thread, desc, obj Value, cls *Type) (Value, error)
	// DescSet is the data-descriptor hook (__set__).
	DescSet func(t *Thread, desc, obj, val Value) error
	// Binary holds forward (a op b) implementations; Reflected the b's
	// __rop__ side called as (b, a); InPlace the a op= b forms. All may
	// return NotImplemented.
	Binary    [NumBinOps]func(t *Thread, a, b Value) (Value, error)
	Reflected [NumBinOps]func(t *Thread, a, b Value) (Value, error)
	InPlace   [NumBinOps]func(t *Thread, a, b Value) (Value, error)
	Neg       func(t *Thread, v Value) (Value, error)
	Pos       func(t *Thread, v Value) (Value, error)
	Invert    func(t *Thread, v Value) (Value, error)
	Abs       func(t *Thread, v Value) (Value, error)
	Index     func(t *Thread, v Value) (Value, error) // __index__, returns an int
	Int       func(t *Thread, v Value) (Value, error)
	Float     func(t *Thread, v Value) (Value, error)
}

// BinOp numbers the binary operators; the order matches ast.Operator.
type BinOp int

// The binary operators.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	NumBinOps
)

var binOpSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var binOpDunders = [...]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}

// Symbol is the operator as written.
func (o BinOp) Symbol() string { return binOpSymbols[o] }

// Dunder is the operator's method name without underscores, e.g. "add".
func (o BinOp) Dunder() string { return binOpDunders[o] }

// CmpOp numbers the rich comparisons.
type CmpOp int

// The rich comparison operators.
const (
	CmpLt CmpOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwapped = [...]CmpOp{CmpGt, CmpGe, CmpEq, CmpNe, CmpLt, CmpLe}

// Symbol is the comparison as written.
func (o CmpOp) Symbol() string { return cmpSymbols[o] }

// Swapped is the operator with its operands exchanged (< becomes >).
func (o CmpOp) Swapped() CmpOp { return cmpSwapped[o] }

// NewBuiltinType makes a built-in type deriving from base (nil for object).
func NewBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, Module: "builtins", Dict: NewAttrDict(), Builtin: true}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.IsException = base.IsException
		t.New = base.New
		t.Slots = base.Slots
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

// Lookup finds name along the MRO of t, without binding.
func (t *Type) Lookup(name string) (Value, bool) {
	for _, c := range t.MRO {
		if v, ok := c.Dict.Get(name); ok {
			return v, true
		}
	}
	return Null, false
}

// IsSubtype reports whether t is base or derives from it.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	for _, c := range t.MRO {
		if c == base {
			return true
		}
	}
	return false
}

// QualName is the name used in reprs: the bare name for builtins, the
// module-qualified name otherwise.
func (t *Type) QualName() string {
	if t.Module == "" || t.Module == "builtins" {
		return t.PyQualname()
	}
	return t.Module + "." + t.PyQualname()
}

// PopQualname takes __qualname__ out of a class namespace, as type()
// does: the class keeps it apart, and its instances do not see it. It
// returns "" when the namespace has none.
func PopQualname(ns *AttrDict) (string, error) {
	q, ok := ns.Get("__qualname__")
	if !ok {
		return "", nil
	}
	s, isStr := StrValue(q)
	if !isStr {
		return "", Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", q.TypeName())
	}
	ns.Delete("__qualname__")
	return s, nil
}

// SetQualname sets __qualname__ ("" keeps Name).
func (t *Type) SetQualname(q string) {
	if q != t.Name {
		t.Qualname = q
	}
}

// PyQualname is the class's __qualname__.
func (t *Type) PyQualname() string {
	if t.Qualname != "" {
		return t.Qualname
	}
	return t.Name
}

// AddMethod installs a Go method on a built-in type.
func (t *Type) AddMethod(name string, fn MethodFunc) {
	t.Dict.Set(name, Obj(&Method{Name: name, Owner: t, Fn: fn}))
}

// ComputeMRO fills t.MRO by C3 linearisation of t.Bases.
func ComputeMRO(t *Type) error {
	if linearize(t) {
		return nil
	}
	var names []string
	for _, b := range t.Bases {
		names = append(names, b.Name)
	}
	return Errorf(TypeErrorType, "Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
}

// linearize is the C3 algorithm; it reports false when no order exists.
func linearize(t *Type) bool {
	var seqs [][]*Type
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	mro := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			t.MRO = mro
			return true
		}
		var cand *Type
		for _, s := range seqs {
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == c {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			return false
		}
		mro = append(mro, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}
