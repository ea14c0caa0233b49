package runtime

import (
	"fmt"
	"strconv"
	"strings"
)

// ExcState is the exception-specific part of an exception instance.
type ExcState struct {
	Args            Value // a tuple
	Cause           *Instance
	Context         *Instance
	SuppressContext bool
	Traceback       []TraceEntry
	Notes           []string
}

// TraceEntry is one line of a traceback: where a frame was when the
// exception passed through it. Col/EndCol are 0-based code-point offsets of
// the failing expression on Line (EndLine == Line when it fits on one line).
type TraceEntry struct {
	File, Func   string
	Line         int
	Col, EndCol  int
	EndLine      int
	FocusCol     int // start of the operator/call part for ~~^^ markers, or -1
	FocusEndCol  int
	FocusEnabled bool
}

// Error makes an exception instance usable as a Go error.
func (o *Instance) Error() string {
	msg := ExceptionMessage(o)
	if msg == "" {
		return o.Class.Name
	}
	return o.Class.Name + ": " + msg
}

// ExceptionMessage is str(exc) computed without running script code where
// possible (a user __str__ is not called here).
func ExceptionMessage(e *Instance) string {
	if e.Exc == nil {
		return ""
	}
	args, _ := e.Exc.Args.o.(*Tuple)
	if args == nil || len(args.Items) == 0 {
		return ""
	}
	if len(args.Items) == 1 {
		if e.Class.IsSubtype(KeyErrorType) {
			return ReprNoThread(args.Items[0])
		}
		return StrNoThread(args.Items[0])
	}
	return ReprNoThread(e.Exc.Args)
}

// Errorf makes an exception of class typ with a formatted message.
func Errorf(typ *Type, format string, args ...any) *Instance {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return NewException(typ, Str(msg))
}

// NewException makes an exception of class typ with the given args.
func NewException(typ *Type, args ...Value) *Instance {
	e := NewInstance(typ)
	if e.Exc == nil {
		e.Exc = &ExcState{}
	}
	e.Exc.Args = NewTuple(append([]Value(nil), args...))
	return e
}

// IsInstanceOf reports whether err is an exception of class typ.
func IsInstanceOf(err error, typ *Type) bool {
	e, ok := err.(*Instance)
	return ok && e.Class.IsSubtype(typ)
}

// The built-in exception classes.
var (
	BaseExceptionType       = newExcType("BaseException", nil)
	BaseExceptionGroupType  = newExcType("BaseExceptionGroup", BaseExceptionType)
	GeneratorExitType       = newExcType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType   = newExcType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType          = newExcType("SystemExit", BaseExceptionType)
	ExceptionType           = newExcType("Exception", BaseExceptionType)
	ArithmeticErrorType     = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = newExcType("AssertionError", ExceptionType)
	AttributeErrorType      = newExcType("AttributeError", ExceptionType)
	BufferErrorType         = newExcType("BufferError", ExceptionType)
	EOFErrorType            = newExcType("EOFError", ExceptionType)
	ExceptionGroupType      = newExcType("ExceptionGroup", BaseExceptionGroupType, ExceptionType)
	ImportErrorType         = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = newExcType("LookupError", ExceptionType)
	IndexErrorType          = newExcType("IndexError", LookupErrorType)
	KeyErrorType            = newExcType("KeyError", LookupErrorType)
	MemoryErrorType         = newExcType("MemoryError", ExceptionType)
	NameErrorType           = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType   = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType             = newExcType("OSError", ExceptionType)
	BlockingIOErrorType     = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType   = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType     = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType     = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedType   = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedType   = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetType     = newExcType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType     = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType   = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType    = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType   = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType  = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType     = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType  = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType        = newExcType("TimeoutError", OSErrorType)
	ReferenceErrorType      = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType        = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = newExcType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType  = newExcType("StopAsyncIteration", ExceptionType)
	StopIterationType       = newExcType("StopIteration", ExceptionType)
	SyntaxErrorType         = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType    = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType            = newExcType("TabError", IndentationErrorType)
	SystemErrorType         = newExcType("SystemError", ExceptionType)
	TypeErrorType           = newExcType("TypeError", ExceptionType)
	ValueErrorType          = newExcType("ValueError", ExceptionType)
	UnicodeErrorType        = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType  = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType  = newExcType("UnicodeEncodeError", UnicodeErrorType)
	WarningType             = newExcType("Warning", ExceptionType)
	DeprecationWarningType  = newExcType("DeprecationWarning", WarningType)
	RuntimeWarningType      = newExcType("RuntimeWarning", WarningType)
	UserWarningType         = newExcType("UserWarning", WarningType)
	SyntaxWarningType       = newExcType("SyntaxWarning", WarningType)
	ResourceWarningType     = newExcType("ResourceWarning", WarningType)
	FutureWarningType       = newExcType("FutureWarning", WarningType)
)

// ExceptionTypes lists the built-in exception classes, for the builtins module.
var ExceptionTypes []*Type

func newExcType(name string, bases ...*Type) *Type {
	if len(bases) == 0 || bases[0] == nil {
		bases = []*Type{ObjectType}
	}
	t := &Type{Name: name, Module: "builtins", Dict: NewAttrDict(), Builtin: true, Bases: bases, IsException: true}
	linearize(t)
	ExceptionTypes = append(ExceptionTypes, t)
	return t
}

func init() {
	for _, t := range ExceptionTypes {
		t.Slots.Repr = excRepr
		t.Slots.Str = excStr
		t.Slots.GetAttr = excGetAttr
		t.Slots.SetAttr = excSetAttr
	}
	BaseExceptionType.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if e, ok := self.o.(*Instance); ok && e.Exc != nil {
			e.Exc.Args = NewTuple(append([]Value(nil), args[:len(args)-len(kwnames)]...))
		}
		return None, nil
	})
	BaseExceptionType.AddMethod("with_traceback", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return self, nil
	})
	BaseExceptionType.AddMethod("add_note", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("add_note", args, kwnames, 1, 1); err != nil {
			return Null, err
		}
		s, ok := args[0].o.(*StrObject)
		if !ok {
			return Null, Errorf(TypeErrorType, "note must be a str, not '%s'", args[0].TypeName())
		}
		e := self.o.(*Instance)
		e.Exc.Notes = append(e.Exc.Notes, s.S)
		return None, nil
	})
}

func excStr(t *Thread, v Value) (string, error) {
	e := v.o.(*Instance)
	args, _ := e.Exc.Args.o.(*Tuple)
	if e.Class.IsSubtype(OSErrorType) && args != nil && len(args.Items) >= 2 && len(args.Items) <= 5 {
		// [Errno N] strerror[: 'filename']
		errno, _ := e.Dict.Get("errno")
		if errno.IsNull() {
			errno = args.Items[0]
		}
		strerror, _ := e.Dict.Get("strerror")
		if strerror.IsNull() {
			strerror = args.Items[1]
		}
		es, err := ToStr(t, errno)
		if err != nil {
			return "", err
		}
		ss, err := ToStr(t, strerror)
		if err != nil {
			return "", err
		}
		out := "[Errno " + es + "] " + ss
		fn, ok := e.Dict.Get("filename")
		if !ok && len(args.Items) >= 3 {
			fn, ok = args.Items[2], true
		}
		if ok && !fn.IsNone() {
			r, err := Repr(t, fn)
			if err != nil {
				return "", err
			}
			out += ": " + r
		}
		return out, nil
	}
	if args == nil || len(args.Items) == 0 {
		return "", nil
	}
	if len(args.Items) == 1 {
		if e.Class.IsSubtype(KeyErrorType) {
			return Repr(t, args.Items[0])
		}
		return ToStr(t, args.Items[0])
	}
	return Repr(t, e.Exc.Args)
}

func excRepr(t *Thread, v Value) (string, error) {
	e := v.o.(*Instance)
	args, _ := e.Exc.Args.o.(*Tuple)
	if args != nil && len(args.Items) == 1 {
		r, err := Repr(t, args.Items[0])
		if err != nil {
			return "", err
		}
		return e.Class.Name + "(" + r + ")", nil
	}
	r, err := Repr(t, e.Exc.Args)
	if err != nil {
		return "", err
	}
	if args == nil || len(args.Items) == 0 {
		r = "()"
	}
	return e.Class.Name + r, nil
}

func excGetAttr(t *Thread, v Value, name string) (Value, error) {
	e := v.o.(*Instance)
	switch name {
	case "args":
		return e.Exc.Args, nil
	case "__cause__":
		return instOrNone(e.Exc.Cause), nil
	case "__context__":
		return instOrNone(e.Exc.Context), nil
	case "__suppress_context__":
		return Bool(e.Exc.SuppressContext), nil
	case "__traceback__":
		if _, ok := e.Dict.Get(name); !ok {
			return None, nil
		}
	case "__notes__":
		if len(e.Exc.Notes) > 0 {
			items := make([]Value, len(e.Exc.Notes))
			for i, n := range e.Exc.Notes {
				items[i] = Str(n)
			}
			return Obj(NewList(items)), nil
		}
	case "value":
		if e.Class.IsSubtype(StopIterationType) || e.Class.IsSubtype(StopAsyncIterationType) {
			if _, ok := e.Dict.Get(name); !ok {
				return firstArgOrNone(e), nil
			}
		}
	case "code":
		if e.Class.IsSubtype(SystemExitType) {
			if _, ok := e.Dict.Get(name); !ok {
				return firstArgOrNone(e), nil
			}
		}
	case "msg":
		if e.Class.IsSubtype(SyntaxErrorType) {
			if _, ok := e.Dict.Get(name); !ok {
				return firstArgOrNone(e), nil
			}
		}
	case "name":
		if e.Class.IsSubtype(NameErrorType) || e.Class.IsSubtype(AttributeErrorType) || e.Class.IsSubtype(ImportErrorType) {
			if _, ok := e.Dict.Get(name); !ok {
				return None, nil
			}
		}
	case "errno", "strerror", "filename":
		if e.Class.IsSubtype(OSErrorType) {
			if r, ok := e.Dict.Get(name); ok {
				return r, nil
			}
			args := e.Exc.Args.o.(*Tuple).Items
			if len(args) >= 2 && name == "errno" {
				return args[0], nil
			}
			if len(args) >= 2 && name == "strerror" {
				return args[1], nil
			}
			return None, nil
		}
	}
	return GenericGetAttr(t, v, name)
}

func firstArgOrNone(e *Instance) Value {
	if args, ok := e.Exc.Args.o.(*Tuple); ok && len(args.Items) > 0 {
		return args.Items[0]
	}
	return None
}

func instOrNone(e *Instance) Value {
	if e == nil {
		return None
	}
	return Obj(e)
}

func excSetAttr(t *Thread, v Value, name string, val Value) error {
	e := v.o.(*Instance)
	switch name {
	case "args":
		tup, err := ToTuple(t, val)
		if err != nil {
			return err
		}
		e.Exc.Args = tup
		return nil
	case "__cause__":
		c, err := asExcOrNone(val, "exception cause")
		if err != nil {
			return err
		}
		e.Exc.Cause = c
		e.Exc.SuppressContext = true
		return nil
	case "__context__":
		c, err := asExcOrNone(val, "exception context")
		if err != nil {
			return err
		}
		e.Exc.Context = c
		return nil
	case "__suppress_context__":
		e.Exc.SuppressContext = Truthy(val)
		return nil
	}
	return GenericSetAttr(t, v, name, val)
}

func asExcOrNone(v Value, what string) (*Instance, error) {
	if v.IsNone() {
		return nil, nil
	}
	if e, ok := v.o.(*Instance); ok && e.Exc != nil {
		return e, nil
	}
	return nil, Errorf(TypeErrorType, "%s must be None or derive from BaseException", what)
}

// FormatException renders exc as CPython prints an uncaught exception:
// chained causes and contexts first, then "Traceback (most recent call
// last):", the entries with their source lines, and "Type: message".
// Exception groups print as CPython's traceback module does: framed,
// with each sub-exception (and its own chain) numbered and indented.
// source returns the text of a line of a file ("" if unknown).
func FormatException(t *Thread, exc *Instance, source func(file string, line int) string) string {
	p := &excPrinter{t: t, source: source, seen: map[*Instance]bool{}}
	p.format(exc)
	return p.b.String()
}

// Limits of exception group printing (traceback.TracebackException's
// max_group_width and max_group_depth).
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// excPrinter is traceback's _ExceptionPrintContext: where an exception
// group's members go, every line gets a margin.
type excPrinter struct {
	t         *Thread
	source    func(string, int) string
	b         strings.Builder
	seen      map[*Instance]bool
	depth     int // exception_group_depth
	needClose bool
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text with the current indentation and, inside a group, the
// margin character.
func (p *excPrinter) emit(text string, margin byte) {
	prefix := p.indent()
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		p.b.WriteString(prefix)
		p.b.WriteString(line)
	}
}

// format is TracebackException.format(chain=True): the chain of causes
// and contexts, oldest first, each exception alone or as a group.
func (p *excPrinter) format(exc *Instance) {
	type link struct {
		msg string
		exc *Instance
	}
	var chain []link
	for e, msg := exc, ""; e != nil; {
		p.seen[e] = true
		chain = append(chain, link{msg, e})
		msg = ""
		var next *Instance
		if e.Exc != nil {
			if c := e.Exc.Cause; c != nil && !p.seen[c] {
				next, msg = c, "\nThe above exception was the direct cause of the following exception:\n\n"
			} else if c := e.Exc.Context; c != nil && !e.Exc.SuppressContext && !p.seen[c] {
				next, msg = c, "\nDuring handling of the above exception, another exception occurred:\n\n"
			}
		}
		// The message belongs to the link before (the later exception).
		chain[len(chain)-1].msg = msg
		e = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		l := chain[i]
		p.formatOne(l.exc)
		if i > 0 {
			p.emit(chain[i-1].msg, '|')
		}
	}
}

// formatOne prints one exception of a chain: its traceback and its line,
// or, for a group, its frame and its members.
func (p *excPrinter) formatOne(exc *Instance) {
	var members []*Instance
	isGroup := exc.Class.IsSubtype(BaseExceptionGroupType)
	if isGroup {
		_, members = groupParts(exc)
	}
	hasStack := exc.Exc != nil && len(exc.Exc.Traceback) > 0
	if !isGroup {
		if hasStack {
			p.emit("Traceback (most recent call last):\n", '|')
			p.emit(p.stack(exc), '|')
		}
		p.emit(p.exceptionOnly(exc), '|')
		return
	}
	if p.depth > maxGroupDepth {
		p.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if hasStack {
		margin := byte('|')
		if top {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(p.stack(exc), '|')
	}
	p.emit(p.exceptionOnly(exc), '|')
	n := len(members)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		p.b.WriteString(p.indent() + lead + "+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			p.format(members[i])
		} else {
			remaining := len(members) - maxGroupWidth
			plural := ""
			if remaining > 1 {
				plural = "s"
			}
			p.emit(fmt.Sprintf("and %d more exception%s\n", remaining, plural), '|')
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// stack is the traceback's entries with their source lines.
func (p *excPrinter) stack(exc *Instance) string {
	var b strings.Builder
	for _, e := range exc.Exc.Traceback {
		fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", e.File, e.Line, e.Func)
		if p.source == nil {
			continue
		}
		line := p.source(e.File, e.Line)
		if line == "" {
			continue
		}
		writeSourceLine(&b, line, e)
	}
	return b.String()
}

// exceptionOnly is format_exception_only: "Type: message" and the notes.
func (p *excPrinter) exceptionOnly(exc *Instance) string {
	var b strings.Builder
	name := exc.Class.PyQualname()
	if exc.Class.Module != "" && exc.Class.Module != "builtins" && exc.Class.Module != "__main__" {
		name = exc.Class.Module + "." + name
	}
	msg, err := ToStr(p.t, Obj(exc))
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		b.WriteString(name + "\n")
	} else {
		b.WriteString(name + ": " + msg + "\n")
	}
	if exc.Exc != nil {
		for _, n := range exc.Exc.Notes {
			b.WriteString(n + "\n")
		}
	}
	return b.String()
}

// writeSourceLine prints the stripped source line and, when the failing
// expression does not span the whole line, CPython 3.11's marker line.
func writeSourceLine(b *strings.Builder, line string, e TraceEntry) {
	runes := []rune(line)
	start := 0
	for start < len(runes) && (runes[start] == ' ' || runes[start] == '\t' || runes[start] == '\f') {
		start++
	}
	end := len(runes)
	for end > start && (runes[end-1] == ' ' || runes[end-1] == '\t' || runes[end-1] == '\n' || runes[end-1] == '\r') {
		end--
	}
	b.WriteString("    " + string(runes[start:end]) + "\n")
	if e.EndLine != e.Line || e.Col < start || e.EndCol > end || e.EndCol <= e.Col {
		return
	}
	if e.Col == start && e.EndCol == end && !e.FocusEnabled {
		// The expression is the whole line: no markers, unless an
		// operator or subscript is singled out.
		return
	}
	var m strings.Builder
	m.WriteString("    ")
	for i := start; i < e.Col; i++ {
		m.WriteByte(' ')
	}
	for i := e.Col; i < e.EndCol; i++ {
		if e.FocusEnabled && (i < e.FocusCol || i >= e.FocusEndCol) {
			m.WriteByte('~')
		} else {
			m.WriteByte('^')
		}
	}
	b.WriteString(m.String() + "\n")
}
