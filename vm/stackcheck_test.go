//go:build aiostackcheck

package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/stdlib"
)

// These tests run only in the aiostackcheck build:
//
//	go test -tags aiostackcheck ./vm

// stackCheckPrograms stress the operand stack at control-flow merges:
// loops left through finally and with blocks, handlers entered with
// iterators on the stack, comprehensions, yield from with throw, async
// with/for, await in except and finally, and cancellation thrown into a
// suspended await. The outputs are CPython 3.11's.
var stackCheckPrograms = []struct{ name, src, want string }{
	{
		"with_in_loop",
		`class CM:
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
print(g([0, 4]))
`,
		`enter 0
exit 0 None
enter 1
exit 1 None
enter 2
exit 2 ValueError
enter 5
exit 5 None
enter 3
exit 3 None
[0, 5]
enter 0
exit 0 None
enter 4
exit 4 None
[0]
`,
	},
	{
		"nested_try",
		`def h(n):
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
		`[('body', 4), ('inner', 4), ('outer-finally', 4), ('key', 3), ('inner', 3), ('outer-finally', 3), ('inner', 2), ('outer-finally', 2), ('inner', 1), ('outer-finally', 1)]
`,
	},
	{
		"comprehensions",
		`def comp(n):
    grid = [[x * y for y in range(x) if y % 2 == 0] for x in range(n) if x]
    pairs = {(a, b): a + b for a in range(n) for b in range(a) if a != b}
    flat = {v for row in grid for v in row}
    total = sum(x + y for x in range(n) for y in range(x))
    return grid, sorted(pairs.items()), sorted(flat), total

print(comp(5))
`,
		`([[0], [0], [0, 6], [0, 8]], [((1, 0), 1), ((2, 0), 2), ((2, 1), 3), ((3, 0), 3), ((3, 1), 4), ((3, 2), 5), ((4, 0), 4), ((4, 1), 5), ((4, 2), 6), ((4, 3), 7)], [0, 6, 8], 40)
`,
	},
	{
		"yield_from",
		`def inner():
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
print(next(g), g.throw(ValueError('boom')), g.send(None) if False else next(g, 'end'))
`,
		`inner done
1 10 (0, 'r')
inner done
1 (1, 'caught boom') end
`,
	},
	{
		"async",
		`import asyncio

class ACM:
    async def __aenter__(self):
        await asyncio.sleep(0)
        return 'acm'
    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0)
        print('aexit', t.__name__ if t else None)
        return t is KeyError

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

async def fail():
    await asyncio.sleep(0)
    raise ValueError('v')

async def main():
    out = []
    async with ACM() as a:
        async for t in Ticker(3):
            if t == 2:
                continue
            out.append((a, t))
    async with ACM():
        raise KeyError('k')
    try:
        await fail()
    except ValueError as e:
        out.append(await asyncio.sleep(0, result=str(e)))
        try:
            await fail()
        except ValueError:
            out.append(await asyncio.sleep(0, result='again'))
    finally:
        out.append([x async for x in agen(3) if x != 1])
    for i in range(2):
        async for t in Ticker(5):
            if t == 3:
                break
            out.append(t)
        else:
            out.append('no break')
    return out

print(asyncio.run(main()))
`,
		`aexit None
aexit KeyError
[('acm', 1), ('acm', 3), 'v', 'again', [0, 2], 1, 2, 1, 2]
`,
	},
	{
		"calls",
		`def deco(tag):
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
print(expr(11, c=0, d=0))
`,
		`('t', ('     1|1-7|[3, 5, 6]|yes', {'x': 8, 'a': 1, 'b': 3}, 3))
('t', ('   11|11-0|[2]|no', {'a': 11, 'b': 2}, 0))
`,
	},
	{
		"cancellation",
		`import asyncio

async def worker(log):
    try:
        for i in range(3):
            try:
                await asyncio.sleep(10)
            finally:
                log.append(('finally', i))
    except asyncio.CancelledError:
        log.append('cancelled')
        raise

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append('main saw cancel')
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        log.append('timeout')
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    log.append(await fut)
    return log

print(asyncio.run(main()))
`,
		`[('finally', 0), 'cancelled', 'main saw cancel', 'timeout', 42]
`,
	},
}

// newStdlibVM makes a VM with the full builtins and native modules.
func newStdlibVM(out *bytes.Buffer) *VM {
	m := New(stdlib.Builtins(stdlib.Options{}))
	for name, mk := range stdlib.Modules(stdlib.Options{}) {
		m.Native[name] = mk
	}
	m.Thread.Stdout = out
	return m
}

// recordStackFailures replaces the process exit of a failed check with a
// record, for the duration of the test.
func recordStackFailures(t *testing.T) *[]error {
	t.Helper()
	var failures []error
	saved := stackCheckFailed
	stackCheckFailed = func(err error) { failures = append(failures, err) }
	t.Cleanup(func() { stackCheckFailed = saved })
	return &failures
}

// TestStackCheckPrograms runs the programs with the depth checked before
// every instruction against the compiler's analysis.
func TestStackCheckPrograms(t *testing.T) {
	failures := recordStackFailures(t)
	for _, p := range stackCheckPrograms {
		before := stackChecks.Load()
		var out bytes.Buffer
		m := newStdlibVM(&out)
		code, err := m.Compile(p.name+".aio", p.src, compiler.ModeExec)
		if err != nil {
			t.Fatalf("%s: compile: %v", p.name, err)
		}
		if _, err := m.RunModule(code, m.Main); err != nil {
			t.Errorf("%s: %v", p.name, err)
		}
		if got := out.String(); got != p.want {
			t.Errorf("%s: output\n%s\nwant\n%s", p.name, got, p.want)
		}
		if n := stackChecks.Load() - before; n < 50 {
			t.Errorf("%s: only %d stack checks ran", p.name, n)
		}
	}
	for _, err := range *failures {
		t.Error(err)
	}
}

// TestStackCheckDetects makes sure the check fails when the depth the vm
// has differs from the analysis, or exceeds StackSize.
func TestStackCheckDetects(t *testing.T) {
	var out bytes.Buffer
	m := newStdlibVM(&out)
	code, err := m.Compile("detect.aio", "x = [1, 2]\nfor i in x:\n    print(i + 1)\n", compiler.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	depths, err := compiler.StackDepths(code)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkStackAt(code, 0, 0); err != nil {
		t.Fatalf("correct depth rejected: %v", err)
	}
	if err := checkStackAt(code, 0, code.StackSize+1); err == nil {
		t.Error("depth above StackSize accepted")
	}
	last := len(code.Code) - 1
	if err := checkStackAt(code, last, depths[last]+1); err == nil {
		t.Error("wrong depth accepted")
	}

	// Run the code against a deliberately wrong analysis: the check in the
	// fast loop must report it.
	failures := recordStackFailures(t)
	wrong := append([]int(nil), depths...)
	wrong[last]++
	stackDepths.Store(code, wrong)
	defer stackDepths.Delete(code)
	if _, err := m.RunModule(code, m.Main); err != nil {
		t.Fatal(err)
	}
	if out.String() != "2\n3\n" {
		t.Errorf("output %q", out.String())
	}
	if len(*failures) == 0 {
		t.Fatal("a wrong depth went unnoticed")
	}
	if msg := (*failures)[0].Error(); !strings.Contains(msg, "the compiler computed") {
		t.Errorf("unexpected report %q", msg)
	}
}
