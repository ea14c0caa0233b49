package compiler

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aio-lang/aio/parser"
)

// compileSrc compiles a module for the tests.
func compileSrc(t *testing.T, name, src string) *Code {
	t.Helper()
	mod, err := parser.ParseFile(name, src)
	if err != nil {
		t.Fatalf("%s: parse: %v", name, err)
	}
	code, err := Compile(name, mod, ModeExec)
	if err != nil {
		t.Fatalf("%s: compile: %v", name, err)
	}
	return code
}

// codeObjects lists code and every code object nested in its constants.
func codeObjects(code *Code) []*Code {
	all := []*Code{code}
	for _, k := range code.Consts {
		if c, ok := k.(*Code); ok {
			all = append(all, codeObjects(c)...)
		}
	}
	return all
}

// stackPrograms are programs whose every code object's StackSize was
// worked out by hand from the disassembly, following what the vm pushes.
// The vm's aiostackcheck tests run the same kinds of programs with the
// depth checked at every instruction.
var stackPrograms = []struct {
	name, src string
	want      map[string]int // qualname -> StackSize
}{
	{
		// continue and return through a finally inside a for loop: the
		// handler is entered with the iterator and the exception.
		"for_finally", `
def f(xs):
    for x in xs:
        try:
            if x:
                continue
            return x
        finally:
            print(x)
`,
		// f: print(x) in the exceptional finally copy: iter exc print NULL x.
		map[string]int{"<module>": 1, "f": 5},
	},
	{
		"with_in_loop", `
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None)
        return self.n == 2

def g(items):
    out = []
    for i in items:
        with CM(i) as v:
            if v == 1:
                continue
            if v == 2:
                raise ValueError(v)
            if v == 3:
                break
            if v == 4:
                return out
            out.append(v)
    return out

print(g([0, 1, 2, 5, 3, 4]))
`,
		map[string]int{
			// print NULL g NULL and six list items.
			"<module>": 10, "CM": 1, "CM.__init__": 2, "CM.__enter__": 4,
			"CM.__exit__": 5,
			// return inside with inside for: iter out exit NULL None None None.
			"g": 7,
		},
	},
	{
		"nested_try", `
def h(n):
    log = []
    while n > 0:
        n -= 1
        try:
            try:
                if n == 3:
                    raise KeyError(n)
                if n == 2:
                    continue
                if n == 1:
                    break
                log.append(('body', n))
            except KeyError as e:
                log.append(('key', e.args[0]))
                continue
            finally:
                log.append(('inner', n))
        except Exception:
            log.append('outer')
        finally:
            log.append(('outer-finally', n))
    return log

print(h(5))
`,
		// h: exc log.append self 'inner' n in a finally handler.
		map[string]int{"<module>": 5, "h": 5},
	},
	{
		"comprehensions", `
def comp(n):
    grid = [[x * y for y in range(x) if y % 2 == 0] for x in range(n) if x]
    pairs = {(a, b): a + b for a in range(n) for b in range(a) if a != b}
    flat = {v for row in grid for v in row}
    total = sum(x + y for x in range(n) for y in range(x))
    return grid, sorted(pairs.items()), sorted(flat), total

print(comp(5))
`,
		map[string]int{
			"<module>": 5,
			// sum NULL genexpr NULL range NULL n.
			"comp": 7,
			// list iter fn NULL range NULL x.
			"comp.<locals>.<listcomp>":                     7,
			"comp.<locals>.<listcomp>.<locals>.<listcomp>": 4,
			// dict iter iter a b a b.
			"comp.<locals>.<dictcomp>": 6,
			"comp.<locals>.<setcomp>":  4,
			"comp.<locals>.<genexpr>":  4,
		},
	},
	{
		"yield_from", `
def inner():
    try:
        x = yield 1
        while x is not None:
            x = yield x * 2
    finally:
        print('inner done')
    return 'r'

def outer():
    for i in range(2):
        try:
            r = yield from inner()
        except ValueError as e:
            r = 'caught ' + str(e)
        yield (i, r)

g = outer()
print(next(g), g.send(5), g.send(None))
`,
		map[string]int{
			// print NULL next(g) g.send(5) g.send self None.
			"<module>": 7, "inner": 4,
			// iter exc 'caught ' str NULL e.
			"outer": 5,
		},
	},
	{
		"async", `
import asyncio

class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen(n):
    for i in range(n):
        try:
            yield i
        finally:
            await asyncio.sleep(0)

async def main(cm):
    out = []
    async with cm as a:
        async for t in Ticker(3):
            if t == 2:
                continue
            out.append((a, t))
    try:
        await asyncio.sleep(0)
    except ValueError as e:
        out.append(await asyncio.sleep(0, result=str(e)))
    finally:
        out.append([x async for x in agen(3) if x != 1])
    return out
`,
		map[string]int{
			// 0 n, then each value stored by STORE_FAST_ATTR (self is
			// not pushed).
			// return self is RETURN_FAST, which pushes nothing.
			"<module>": 4, "Ticker": 1, "Ticker.__init__": 2, "Ticker.__aiter__": 0,
			// asyncio sleep-method 0; self.i += 1 needs two (self.i 1).
			"Ticker.__anext__": 3,
			// iter exc asyncio.sleep self 0 in the finally handler.
			"agen": 5,
			// out.append self asyncio.sleep self 0 str NULL e.
			"main": 8,
			// list aiter awaitable None.
			"main.<locals>.<listcomp>": 4,
		},
	},
	{
		"calls_and_displays", `
def deco(tag):
    def wrap(fn):
        return lambda *a, **k: (tag, fn(*a, **k))
    return wrap

@deco('t')
def expr(a, b=2, *rest, c, d=4, **kw):
    first, *mid, last = [a, b, *rest, c]
    ok = 0 < a <= b < 10 and (c or d) and not kw.get('z')
    s = f"{a!r:>{b + 3}}|{first}-{last}|{mid}|{'yes' if ok else 'no'}"
    merged = {**kw, 'a': a, **{'b': b}}
    return s, merged, max(*mid, d, key=lambda v: -v) if mid else None

print(expr(1, 3, 5, 6, c=7, x=8))
`,
		map[string]int{
			"<module>": 10, "deco": 2, "deco.<locals>.wrap": 2,
			// tag fn NULL args-list a -> tuple, kwargs-map k.
			"deco.<locals>.wrap.<locals>.<lambda>": 6,
			// the f-string: nine parts, the last a conditional.
			"expr": 9, "expr.<locals>.<lambda>": 1,
		},
	},
}

// TestStackSizeHandChecked compares StackSize with the hand-worked values.
func TestStackSizeHandChecked(t *testing.T) {
	for _, p := range stackPrograms {
		code := compileSrc(t, p.name+".aio", p.src)
		seen := map[string]bool{}
		for _, c := range codeObjects(code) {
			want, ok := p.want[c.QualName]
			if !ok {
				t.Errorf("%s: no expected StackSize for %s (got %d)", p.name, c.QualName, c.StackSize)
				continue
			}
			seen[c.QualName] = true
			if c.StackSize != want {
				t.Errorf("%s: %s StackSize = %d, want %d", p.name, c.QualName, c.StackSize, want)
			}
		}
		for q := range p.want {
			if !seen[q] {
				t.Errorf("%s: no code object %s", p.name, q)
			}
		}
	}
}

// TestEveryOpcodeHasEffect makes sure no opcode is left without a stack
// effect (a new opcode must be given one before it can be emitted).
func TestEveryOpcodeHasEffect(t *testing.T) {
	for op := Opcode(0); op < numOpcodes; op++ {
		arg := int32(1)
		if op == BUILD_SLICE {
			arg = 2
		}
		if _, _, ok := stackEffect(Instr{Op: op, Arg: arg}, edgeNext); !ok {
			t.Errorf("%s has no stack effect", op)
		}
		if _, target, has := flow(op); has {
			if _, _, ok := stackEffect(Instr{Op: op, Arg: arg}, target); !ok {
				t.Errorf("%s has no stack effect on its jump", op)
			}
			if !op.isJump() {
				t.Errorf("%s jumps but isJump does not say so (fuse would not renumber it)", op)
			}
		} else if op.isJump() {
			t.Errorf("%s is a jump but the stack walk does not follow it", op)
		}
	}
}

// TestStackAnalysisErrors feeds inconsistent code to the analysis.
func TestStackAnalysisErrors(t *testing.T) {
	cases := []struct {
		name string
		code []Instr
		msg  string
	}{
		{"two depths", []Instr{
			{LOAD_CONST, 0}, {LOAD_CONST, 0}, {POP_JUMP_IF_FALSE, 4}, {LOAD_CONST, 0}, {RETURN_VALUE, 0},
		}, "with depth 2, another path with 1"},
		{"underflow", []Instr{{POP_TOP, 0}, {LOAD_CONST, 0}, {RETURN_VALUE, 0}}, "needs 1 operands, the stack holds 0"},
		{"underflow at return", []Instr{{RETURN_VALUE, 0}}, "needs 1 operands"},
		{"copy too deep", []Instr{{LOAD_CONST, 0}, {COPY, 2}, {RETURN_VALUE, 0}}, "needs 2 operands"},
		{"off the end", []Instr{{LOAD_CONST, 0}}, "falls off the end"},
		{"jump out", []Instr{{JUMP, 7}}, "jump target 7 out of range"},
		{"unknown opcode", []Instr{{Opcode(250), 0}, {LOAD_CONST, 0}, {RETURN_VALUE, 0}}, "unknown opcode"},
		{"bad argument", []Instr{{LOAD_CONST, 0}, {COPY, 0}, {RETURN_VALUE, 0}}, "bad argument 0"},
		{"handler depth", []Instr{
			// The handler at 5 is entered with depth 0+1 from the
			// SETUP_FINALLY, but the fall-through reaches it with 2.
			{SETUP_FINALLY, 5}, {LOAD_CONST, 0}, {LOAD_CONST, 0}, {POP_BLOCK, 0}, {NOP, 0}, {RETURN_VALUE, 0},
		}, "another path"},
		{"loop growth", []Instr{{LOAD_CONST, 0}, {JUMP, 0}}, "another path"},
	}
	for _, c := range cases {
		code := &Code{Name: c.name, QualName: c.name, Code: c.code}
		_, err := StackDepths(code)
		var se *stackError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: got %v, want an error containing %q", c.name, err, c.msg)
		}
	}
}

// TestStackDepthsEdges checks the depth carried along the special edges.
func TestStackDepthsEdges(t *testing.T) {
	code := &Code{Code: []Instr{
		{LOAD_CONST, 0},           // 0: 0
		{GET_ITER, 0},             // 1: 1
		{FOR_ITER, 5},             // 2: 1 -> 2, exhausted 0 at 5
		{POP_TOP, 0},              // 3: 2
		{JUMP, 2},                 // 4: 1
		{SETUP_FINALLY, 12},       // 5: 0, handler at 12 with 1
		{LOAD_CONST, 0},           // 6: 0
		{LOAD_CONST, 0},           // 7: 1
		{SEND, 11},                // 8: 2 -> 2, done 1 at 11
		{YIELD_VALUE, 0},          // 9: 2
		{JUMP, 8},                 // 10: 2
		{RETURN_VALUE, 0},         // 11: 1
		{PUSH_EXC_INFO, 0},        // 12: 1
		{JUMP_IF_TRUE_OR_POP, 15}, // 13: 1 -> 0, taken 1 at 15
		{LOAD_CONST, 0},           // 14: 0
		{RETURN_VALUE, 0},         // 15: 1
	}}
	depths, err := StackDepths(code)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{0, 1, 1, 2, 1, 0, 0, 1, 2, 2, 2, 1, 1, 1, 0, 1}
	for i := range want {
		if depths[i] != want[i] {
			t.Errorf("depth at %d (%s) = %d, want %d", i, code.Code[i].Op, depths[i], want[i])
		}
	}
	if n, _ := stackSize(code); n != 2 {
		t.Errorf("stackSize = %d, want 2", n)
	}
	dead := &Code{Code: []Instr{{LOAD_CONST, 0}, {RETURN_VALUE, 0}, {POP_TOP, 0}, {POP_TOP, 0}}}
	depths, err = StackDepths(dead)
	if err != nil || depths[2] != -1 || depths[3] != -1 {
		t.Errorf("unreachable code: depths %v, err %v; want -1 and no error", depths, err)
	}
}

// TestLeaveReportsStackError: code generation that leaves the stack
// inconsistent becomes an internal compile error at the offending line,
// as Compile reports it, instead of code that would corrupt a frame.
func TestLeaveReportsStackError(t *testing.T) {
	c := &compiler{filename: "bad.aio"}
	c.u = &unit{consts: map[any]int{}, code: &Code{Name: "f", QualName: "f", FirstLine: 1}}
	c.u.pos = Position{Line: 1}
	c.emit(LOAD_CONST, c.constIndex(nil))
	c.u.pos = Position{Line: 2, Col: 4}
	c.emit(POP_TOP, 0)
	c.emit(POP_TOP, 0)
	c.emit(RETURN_VALUE, 0)
	var got any
	func() {
		defer func() { got = recover() }()
		c.leave()
	}()
	ce, ok := got.(*Error)
	if !ok {
		t.Fatalf("leave: got %v, want a *Error", got)
	}
	if !strings.Contains(ce.Msg, "internal compiler error") || !strings.Contains(ce.Msg, "POP_TOP") || ce.Line != 2 || ce.Col != 5 {
		t.Errorf("got %q at %d:%d, want an internal compiler error about POP_TOP at 2:5", ce.Msg, ce.Line, ce.Col)
	}
}

// TestStackDepthsCorpus compiles every conformance case, script and
// example: each code object must analyse cleanly, start at depth 0 and
// have StackSize equal to its deepest point.
func TestStackDepthsCorpus(t *testing.T) {
	var files []string
	for _, g := range []string{"../testdata/conformance/*/*.aio", "../testdata/scripts/*.aio", "../examples/*.aio"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no programs found")
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(file, string(src))
		if err != nil {
			continue // cases that test syntax errors
		}
		code, err := Compile(file, mod, ModeExec)
		if err != nil {
			var ce *Error
			if errors.As(err, &ce) && strings.Contains(ce.Msg, "internal") {
				t.Errorf("%s: %v", file, err)
			}
			continue
		}
		for _, c := range codeObjects(code) {
			depths, err := StackDepths(c)
			if err != nil {
				t.Errorf("%s: %s: %v", file, c.QualName, err)
				continue
			}
			maxDepth := 0
			for _, d := range depths {
				maxDepth = max(maxDepth, d)
			}
			if depths[0] != 0 || maxDepth != c.StackSize {
				t.Errorf("%s: %s: entry depth %d, deepest %d, StackSize %d", file, c.QualName, depths[0], maxDepth, c.StackSize)
			}
		}
	}
}
