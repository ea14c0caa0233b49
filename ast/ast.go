// Package ast holds the syntax tree of an aio program: plain node types with
// positions, mirroring the node names and fields of Python's own ast module so
// that anyone who knows Python's grammar can read it.
//
// The package does not depend on the parser; the parser lowers its grammar into
// these nodes and the compiler consumes them.
package ast

// Pos is a source span. Line and EndLine are 1-based; Col and EndCol are
// 0-based offsets in code points (EndCol is exclusive), as in Python's ast.
type Pos struct {
	Line, Col       int
	EndLine, EndCol int
}

// Span returns the node's position; it lets every node satisfy Node through
// the embedded Pos.
func (p Pos) Span() Pos { return p }

// Node is any syntax tree node.
type Node interface {
	Span() Pos
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// ExprContext says how a Name, Attribute, Subscript, Starred, List or Tuple
// is used: read, assigned to, or deleted.
type ExprContext int

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// Module is a whole file.
type Module struct {
	Body []Stmt
}

// ---------------------------------------------------------------------------
// Statements

// FunctionDef is `def` and, with IsAsync, `async def`.
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // annotation, may be nil
	IsAsync       bool
}

// ClassDef is a `class` statement.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is `return [value]`.
type Return struct {
	Pos
	Value Expr // may be nil
}

// Delete is `del a, b[i], c.d`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `t1 = t2 = value`.
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is `target op= value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `target: annotation [= value]`.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr // may be nil
	Simple     bool // target is a plain name not in parentheses
}

// For is `for target in iter:` and, with IsAsync, `async for`.
type For struct {
	Pos
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
	IsAsync bool
}

// While is `while test:` with an optional else.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if test:`; elif chains are nested Ifs in Orelse.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with a as b, c:` and, with IsAsync, `async with`.
type With struct {
	Pos
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// WithItem is one `expr [as target]` of a with statement.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // may be nil
}

// Raise is `raise [exc [from cause]]`.
type Raise struct {
	Pos
	Exc   Expr // may be nil
	Cause Expr // may be nil
}

// Try is try/except/else/finally; IsStar marks `except*`.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
	IsStar    bool
}

// ExceptHandler is one `except [type [as name]]:` clause.
type ExceptHandler struct {
	Pos
	Type Expr   // may be nil for a bare except
	Name string // "" when there is no `as`
	Body []Stmt
}

// Assert is `assert test[, msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr // may be nil
}

// Import is `import a.b as c, d`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from module import a as b` (Level counts leading dots).
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias // a single Alias with Name "*" for `import *`
	Level  int
}

// Alias is `name [as asname]` in an import.
type Alias struct {
	Pos
	Name   string
	Asname string // "" when absent
}

// Global is `global a, b`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal a, b`.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression used as a statement (Python's ast.Expr).
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// ---------------------------------------------------------------------------
// Expressions

// BoolOp is `a and b and c` or `a or b`.
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is `target := value`.
type NamedExpr struct {
	Pos
	Target *Name
	Value  Expr
}

// BinOp is `left op right`.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `op operand`.
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda args: body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is `{k: v, **m}`; a nil key marks a `**m` entry whose mapping is the value.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is `{a, b}`.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{key: value for ...}`.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Comprehension is one `[async] for target in iter if cond...` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// Await is `await value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield [value]`.
type Yield struct {
	Pos
	Value Expr // may be nil
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is `left op1 c1 op2 c2 ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is `func(args, *starargs, kw=v, **kwargs)`. Starred positional
// arguments appear in Args as *Starred; `**m` appears in Keywords with Arg "".
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one `{value!conv:spec}` field of an f-string.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion rune       // 0, 's', 'r' or 'a'
	FormatSpec *JoinedStr // may be nil
}

// JoinedStr is an f-string: a sequence of *Constant (str) and *FormattedValue.
type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal: None, True, False, Ellipsis, int, float, complex,
// str or bytes.
type Constant struct {
	Pos
	Value ConstValue
}

// Attribute is `value.attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `value[slice]`.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr // a *Slice, a *Tuple of indexes/slices, or any expression
	Ctx   ExprContext
}

// Starred is `*value` in a call, display or assignment target.
type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier.
type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

// List is `[a, b]`.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is `(a, b)` or `a, b`.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `lower:upper:step` inside a subscript; parts may be nil.
type Slice struct {
	Pos
	Lower, Upper, Step Expr
}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// ---------------------------------------------------------------------------
// Pieces

// Arguments is a parameter list, as in Python's ast.arguments. Defaults align
// with the last len(Defaults) of Posonlyargs+Args; KwDefaults aligns with
// Kwonlyargs and holds nil where a keyword-only parameter has no default.
type Arguments struct {
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg // *args, may be nil
	Kwonlyargs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg // **kwargs, may be nil
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg        string
	Annotation Expr // may be nil
}

// Keyword is `arg=value` in a call or class bases; Arg is "" for `**value`.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// ConstValue is the value of a Constant. Ints that do not fit in int64 are
// kept as their decimal text in BigInt.
type ConstValue struct {
	Kind   ConstKind
	Int    int64
	BigInt string // decimal digits when Kind == ConstBigInt
	Float  float64
	Str    string // str text, or bytes as raw bytes in a Go string
}

// ConstKind tells which field of ConstValue is used.
type ConstKind int

// The constant kinds.
const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
	ConstInt
	ConstBigInt
	ConstFloat
	ConstImag // imaginary literal like 2j; the value is in Float
	ConstStr
	ConstBytes
)

// Operator is a binary arithmetic or bitwise operator.
type Operator int

// The binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// Symbol is the operator as written, e.g. "+".
func (o Operator) Symbol() string {
	return [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}[o]
}

// BoolOperator is `and` or `or`.
type BoolOperator int

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

// UnaryOperator is a prefix operator.
type UnaryOperator int

// The unary operators.
const (
	Invert UnaryOperator = iota // ~
	Not                         // not
	UAdd                        // +
	USub                        // -
)

// CmpOp is a comparison operator.
type CmpOp int

// The comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// Symbol is the comparison as written, e.g. "<=" or "not in".
func (o CmpOp) Symbol() string {
	return [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}[o]
}
