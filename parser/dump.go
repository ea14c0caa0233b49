package parser

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aio-lang/aio/ast"
)

// Dump renders a syntax tree in the format of Python's ast.dump, with the
// node positions when positions is set (as include_attributes=True does).
// Columns are in code points where Python counts UTF-8 bytes. It is meant
// for tests and debugging: the output of Dump for a parsed file can be
// compared with what CPython's ast module prints for the same source.
func Dump(n ast.Node, positions bool) string {
	d := dumper{positions: positions}
	switch n := n.(type) {
	case nil:
		return "None"
	case ast.Stmt:
		return d.stmt(n)
	case ast.Expr:
		return d.expr(n)
	}
	return fmt.Sprintf("<%T>", n)
}

// DumpModule renders a module as Python's ast.dump does.
func DumpModule(m *ast.Module, positions bool) string {
	d := dumper{positions: positions}
	return "Module(body=" + d.stmts(m.Body) + ", type_ignores=[])"
}

// dumper renders nodes; positions adds lineno, col_offset and so on.
type dumper struct {
	positions bool
}

// node renders name(fields..., positions...). Empty fields are left out,
// as ast.dump leaves out optional fields that are None.
func (d *dumper) node(name string, pos *ast.Pos, fields ...string) string {
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	sep := ""
	for _, f := range fields {
		if f == "" {
			continue
		}
		b.WriteString(sep)
		b.WriteString(f)
		sep = ", "
	}
	if d.positions && pos != nil {
		fmt.Fprintf(&b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", sep, pos.Line, pos.Col, pos.EndLine, pos.EndCol)
	}
	b.WriteByte(')')
	return b.String()
}

// opt renders an optional field, empty when the value is nil.
func (d *dumper) opt(name string, e ast.Expr) string {
	if e == nil {
		return ""
	}
	return name + "=" + d.expr(e)
}

func (d *dumper) stmts(list []ast.Stmt) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = d.stmt(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (d *dumper) exprs(list []ast.Expr) string {
	parts := make([]string, len(list))
	for i, e := range list {
		if e == nil {
			parts[i] = "None"
		} else {
			parts[i] = d.expr(e)
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (d *dumper) stmt(s ast.Stmt) string {
	switch n := s.(type) {
	case *ast.FunctionDef:
		name := "FunctionDef"
		if n.IsAsync {
			name = "AsyncFunctionDef"
		}
		return d.node(name, &n.Pos, "name="+pyStr(n.Name), "args="+d.arguments(n.Args), "body="+d.stmts(n.Body),
			"decorator_list="+d.exprs(n.DecoratorList), d.opt("returns", n.Returns))
	case *ast.ClassDef:
		kws := make([]string, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = d.keyword(k)
		}
		return d.node("ClassDef", &n.Pos, "name="+pyStr(n.Name), "bases="+d.exprs(n.Bases),
			"keywords=["+strings.Join(kws, ", ")+"]", "body="+d.stmts(n.Body), "decorator_list="+d.exprs(n.DecoratorList))
	case *ast.Return:
		return d.node("Return", &n.Pos, d.opt("value", n.Value))
	case *ast.Delete:
		return d.node("Delete", &n.Pos, "targets="+d.exprs(n.Targets))
	case *ast.Assign:
		return d.node("Assign", &n.Pos, "targets="+d.exprs(n.Targets), "value="+d.expr(n.Value))
	case *ast.AugAssign:
		return d.node("AugAssign", &n.Pos, "target="+d.expr(n.Target), "op="+operatorName(n.Op)+"()", "value="+d.expr(n.Value))
	case *ast.AnnAssign:
		return d.node("AnnAssign", &n.Pos, "target="+d.expr(n.Target), "annotation="+d.expr(n.Annotation),
			d.opt("value", n.Value), "simple="+boolInt(n.Simple))
	case *ast.For:
		name := "For"
		if n.IsAsync {
			name = "AsyncFor"
		}
		return d.node(name, &n.Pos, "target="+d.expr(n.Target), "iter="+d.expr(n.Iter), "body="+d.stmts(n.Body), "orelse="+d.stmts(n.Orelse))
	case *ast.While:
		return d.node("While", &n.Pos, "test="+d.expr(n.Test), "body="+d.stmts(n.Body), "orelse="+d.stmts(n.Orelse))
	case *ast.If:
		return d.node("If", &n.Pos, "test="+d.expr(n.Test), "body="+d.stmts(n.Body), "orelse="+d.stmts(n.Orelse))
	case *ast.With:
		name := "With"
		if n.IsAsync {
			name = "AsyncWith"
		}
		items := make([]string, len(n.Items))
		for i, it := range n.Items {
			items[i] = d.node("withitem", nil, "context_expr="+d.expr(it.ContextExpr), d.opt("optional_vars", it.OptionalVars))
		}
		return d.node(name, &n.Pos, "items=["+strings.Join(items, ", ")+"]", "body="+d.stmts(n.Body))
	case *ast.Raise:
		return d.node("Raise", &n.Pos, d.opt("exc", n.Exc), d.opt("cause", n.Cause))
	case *ast.Try:
		name := "Try"
		if n.IsStar {
			name = "TryStar"
		}
		hs := make([]string, len(n.Handlers))
		for i, h := range n.Handlers {
			name := ""
			if h.Name != "" {
				name = "name=" + pyStr(h.Name)
			}
			hs[i] = d.node("ExceptHandler", &h.Pos, d.opt("type", h.Type), name, "body="+d.stmts(h.Body))
		}
		return d.node(name, &n.Pos, "body="+d.stmts(n.Body), "handlers=["+strings.Join(hs, ", ")+"]",
			"orelse="+d.stmts(n.Orelse), "finalbody="+d.stmts(n.Finalbody))
	case *ast.Assert:
		return d.node("Assert", &n.Pos, "test="+d.expr(n.Test), d.opt("msg", n.Msg))
	case *ast.Import:
		return d.node("Import", &n.Pos, "names="+d.aliases(n.Names))
	case *ast.ImportFrom:
		mod := ""
		if n.Module != "" {
			mod = "module=" + pyStr(n.Module)
		}
		return d.node("ImportFrom", &n.Pos, mod, "names="+d.aliases(n.Names), "level="+strconv.Itoa(n.Level))
	case *ast.Global:
		return d.node("Global", &n.Pos, "names="+pyStrs(n.Names))
	case *ast.Nonlocal:
		return d.node("Nonlocal", &n.Pos, "names="+pyStrs(n.Names))
	case *ast.ExprStmt:
		return d.node("Expr", &n.Pos, "value="+d.expr(n.Value))
	case *ast.Pass:
		return d.node("Pass", &n.Pos)
	case *ast.Break:
		return d.node("Break", &n.Pos)
	case *ast.Continue:
		return d.node("Continue", &n.Pos)
	}
	return fmt.Sprintf("<%T>", s)
}

func (d *dumper) expr(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.BoolOp:
		op := "And()"
		if n.Op == ast.Or {
			op = "Or()"
		}
		return d.node("BoolOp", &n.Pos, "op="+op, "values="+d.exprs(n.Values))
	case *ast.NamedExpr:
		return d.node("NamedExpr", &n.Pos, "target="+d.expr(n.Target), "value="+d.expr(n.Value))
	case *ast.BinOp:
		return d.node("BinOp", &n.Pos, "left="+d.expr(n.Left), "op="+operatorName(n.Op)+"()", "right="+d.expr(n.Right))
	case *ast.UnaryOp:
		op := [...]string{"Invert()", "Not()", "UAdd()", "USub()"}[n.Op]
		return d.node("UnaryOp", &n.Pos, "op="+op, "operand="+d.expr(n.Operand))
	case *ast.Lambda:
		return d.node("Lambda", &n.Pos, "args="+d.arguments(n.Args), "body="+d.expr(n.Body))
	case *ast.IfExp:
		return d.node("IfExp", &n.Pos, "test="+d.expr(n.Test), "body="+d.expr(n.Body), "orelse="+d.expr(n.Orelse))
	case *ast.Dict:
		return d.node("Dict", &n.Pos, "keys="+d.exprs(n.Keys), "values="+d.exprs(n.Values))
	case *ast.Set:
		return d.node("Set", &n.Pos, "elts="+d.exprs(n.Elts))
	case *ast.ListComp:
		return d.node("ListComp", &n.Pos, "elt="+d.expr(n.Elt), "generators="+d.comprehensions(n.Generators))
	case *ast.SetComp:
		return d.node("SetComp", &n.Pos, "elt="+d.expr(n.Elt), "generators="+d.comprehensions(n.Generators))
	case *ast.DictComp:
		return d.node("DictComp", &n.Pos, "key="+d.expr(n.Key), "value="+d.expr(n.Value), "generators="+d.comprehensions(n.Generators))
	case *ast.GeneratorExp:
		return d.node("GeneratorExp", &n.Pos, "elt="+d.expr(n.Elt), "generators="+d.comprehensions(n.Generators))
	case *ast.Await:
		return d.node("Await", &n.Pos, "value="+d.expr(n.Value))
	case *ast.Yield:
		return d.node("Yield", &n.Pos, d.opt("value", n.Value))
	case *ast.YieldFrom:
		return d.node("YieldFrom", &n.Pos, "value="+d.expr(n.Value))
	case *ast.Compare:
		ops := make([]string, len(n.Ops))
		for i, op := range n.Ops {
			ops[i] = cmpOpName(op) + "()"
		}
		return d.node("Compare", &n.Pos, "left="+d.expr(n.Left), "ops=["+strings.Join(ops, ", ")+"]", "comparators="+d.exprs(n.Comparators))
	case *ast.Call:
		kws := make([]string, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = d.keyword(k)
		}
		return d.node("Call", &n.Pos, "func="+d.expr(n.Func), "args="+d.exprs(n.Args), "keywords=["+strings.Join(kws, ", ")+"]")
	case *ast.FormattedValue:
		conv := -1
		if n.Conversion != 0 {
			conv = int(n.Conversion)
		}
		spec := ""
		if n.FormatSpec != nil {
			spec = "format_spec=" + d.expr(n.FormatSpec)
		}
		return d.node("FormattedValue", &n.Pos, "value="+d.expr(n.Value), "conversion="+strconv.Itoa(conv), spec)
	case *ast.JoinedStr:
		return d.node("JoinedStr", &n.Pos, "values="+d.exprs(n.Values))
	case *ast.Constant:
		return d.node("Constant", &n.Pos, "value="+constRepr(n.Value))
	case *ast.Attribute:
		return d.node("Attribute", &n.Pos, "value="+d.expr(n.Value), "attr="+pyStr(n.Attr), "ctx="+ctxName(n.Ctx))
	case *ast.Subscript:
		return d.node("Subscript", &n.Pos, "value="+d.expr(n.Value), "slice="+d.expr(n.Slice), "ctx="+ctxName(n.Ctx))
	case *ast.Starred:
		return d.node("Starred", &n.Pos, "value="+d.expr(n.Value), "ctx="+ctxName(n.Ctx))
	case *ast.Name:
		return d.node("Name", &n.Pos, "id="+pyStr(n.Id), "ctx="+ctxName(n.Ctx))
	case *ast.List:
		return d.node("List", &n.Pos, "elts="+d.exprs(n.Elts), "ctx="+ctxName(n.Ctx))
	case *ast.Tuple:
		return d.node("Tuple", &n.Pos, "elts="+d.exprs(n.Elts), "ctx="+ctxName(n.Ctx))
	case *ast.Slice:
		return d.node("Slice", &n.Pos, d.opt("lower", n.Lower), d.opt("upper", n.Upper), d.opt("step", n.Step))
	}
	return fmt.Sprintf("<%T>", e)
}

func (d *dumper) arguments(a *ast.Arguments) string {
	if a == nil {
		a = &ast.Arguments{}
	}
	vararg, kwarg := "", ""
	if a.Vararg != nil {
		vararg = "vararg=" + d.arg(a.Vararg)
	}
	if a.Kwarg != nil {
		kwarg = "kwarg=" + d.arg(a.Kwarg)
	}
	return d.node("arguments", nil, "posonlyargs="+d.args(a.Posonlyargs), "args="+d.args(a.Args), vararg,
		"kwonlyargs="+d.args(a.Kwonlyargs), "kw_defaults="+d.exprs(a.KwDefaults), kwarg, "defaults="+d.exprs(a.Defaults))
}

func (d *dumper) args(list []*ast.Arg) string {
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = d.arg(a)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (d *dumper) arg(a *ast.Arg) string {
	return d.node("arg", &a.Pos, "arg="+pyStr(a.Arg), d.opt("annotation", a.Annotation))
}

func (d *dumper) keyword(k *ast.Keyword) string {
	arg := ""
	if k.Arg != "" {
		arg = "arg=" + pyStr(k.Arg)
	}
	return d.node("keyword", &k.Pos, arg, "value="+d.expr(k.Value))
}

func (d *dumper) aliases(list []*ast.Alias) string {
	parts := make([]string, len(list))
	for i, a := range list {
		as := ""
		if a.Asname != "" {
			as = "asname=" + pyStr(a.Asname)
		}
		parts[i] = d.node("alias", &a.Pos, "name="+pyStr(a.Name), as)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (d *dumper) comprehensions(list []*ast.Comprehension) string {
	parts := make([]string, len(list))
	for i, c := range list {
		parts[i] = d.node("comprehension", nil, "target="+d.expr(c.Target), "iter="+d.expr(c.Iter),
			"ifs="+d.exprs(c.Ifs), "is_async="+boolInt(c.IsAsync))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func operatorName(op ast.Operator) string {
	return [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}[op]
}

func cmpOpName(op ast.CmpOp) string {
	return [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}[op]
}

func ctxName(c ast.ExprContext) string {
	return [...]string{"Load()", "Store()", "Del()"}[c]
}

func boolInt(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func pyStrs(list []string) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = pyStr(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// constRepr renders a constant as Python's repr does.
func constRepr(v ast.ConstValue) string {
	switch v.Kind {
	case ast.ConstNone:
		return "None"
	case ast.ConstTrue:
		return "True"
	case ast.ConstFalse:
		return "False"
	case ast.ConstEllipsis:
		return "Ellipsis"
	case ast.ConstInt:
		return strconv.FormatInt(v.Int, 10)
	case ast.ConstBigInt:
		return v.BigInt
	case ast.ConstFloat:
		return pyFloat(v.Float)
	case ast.ConstImag:
		return strings.TrimSuffix(pyFloat(v.Float), ".0") + "j"
	case ast.ConstStr:
		return pyStr(v.Str)
	case ast.ConstBytes:
		return pyBytes(v.Str)
	}
	return "?"
}

// pyFloat renders a float as Python's repr does: the shortest digits that
// round-trip, in positional notation for exponents from -4 to 15.
func pyFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expText, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expText)
	digits := strings.Replace(mant, ".", "", 1)
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, exp)
	}
	if exp < 0 {
		return sign + "0." + strings.Repeat("0", -exp-1) + digits
	}
	if len(digits) <= exp+1 {
		return sign + digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	return sign + digits[:exp+1] + "." + digits[exp+1:]
}

// pyStr renders a string as Python's repr does.
func pyStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < utf8.RuneSelf || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// pyBytes renders bytes as Python's repr does.
func pyBytes(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
