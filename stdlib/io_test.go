package stdlib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aio-lang/aio/runtime"
)

func TestPrint(t *testing.T) {
	e := newEnv(Options{})
	steps := []struct {
		args []runtime.Value
		kw   []any
	}{
		{V(I(1), S("a"), N, runtime.True, L(I(1), S("b"))), []any{"sep", S("-"), "end", S("|\n")}},
		{nil, nil},
		{nil, []any{"sep", N, "end", N}},
		{V(S("x")), []any{"end", S("")}},
		{V(S("y")), nil},
		{V(I(-7), I(9223372036854775807)), []any{"flush", runtime.True}},
	}
	for _, s := range steps {
		if _, err := e.call(t, "print", s.args, s.kw...); err != nil {
			t.Fatal(err)
		}
	}
	want := "1-a-None-True-[1, 'b']|\n\n\nxy\n-7 9223372036854775807\n"
	if got := e.out.String(); got != want {
		t.Errorf("print output %q, want %q", got, want)
	}
	runCases(t, e, []callCase{
		{"print", nil, []any{"sep", I(1)}, "TypeError: sep must be None or a string, not int"},
		{"print", nil, []any{"end", I(1)}, "TypeError: end must be None or a string, not int"},
		{"print", nil, []any{"foo", I(1)}, "TypeError: 'foo' is an invalid keyword argument for print()"},
		{"print", nil, []any{"file", I(1)}, "AttributeError: 'int' object has no attribute 'write'"},
	})
}

func TestPrintToFileObjects(t *testing.T) {
	e := newEnv(Options{})
	sys := e.module(t, "sys")
	stderr, _ := sys.Dict.Get("stderr")
	stdout, _ := sys.Dict.Get("stdout")
	if _, err := e.call(t, "print", V(S("err")), "file", stderr); err != nil {
		t.Fatal(err)
	}
	write, err := runtime.GetAttr(e.t, stdout, "write")
	if err != nil {
		t.Fatal(err)
	}
	n, err := runtime.Call(e.t, write, V(S("héllo\n")), nil)
	if err != nil || n.AsInt() != 6 {
		t.Errorf("sys.stdout.write returned %v, %v", showValue(e.t, n), err)
	}
	if e.err.String() != "err\n" || e.out.String() != "héllo\n" {
		t.Errorf("stderr %q stdout %q", e.err.String(), e.out.String())
	}
	if r := showValue(e.t, stdout); r != "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" {
		t.Errorf("repr(sys.stdout) = %s", r)
	}
	// A script-like file object receives one write per piece.
	var parts []string
	obj := runtime.NewModule("w")
	obj.Dict.Set("write", goFn(func(args []runtime.Value) (runtime.Value, error) {
		s, _ := runtime.StrValue(args[0])
		parts = append(parts, s)
		return N, nil
	}))
	obj.Dict.Set("flush", goFn(func(args []runtime.Value) (runtime.Value, error) {
		parts = append(parts, "<flush>")
		return N, nil
	}))
	if _, err := e.call(t, "print", V(I(1), I(2), I(3)), "file", runtime.Obj(obj), "sep", S(", "), "flush", runtime.True); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(parts, "|"); got != "1|, |2|, |3|\n|<flush>" {
		t.Errorf("writes %q", got)
	}
}

func TestInput(t *testing.T) {
	e := newEnv(Options{})
	e.t.Stdin = strings.NewReader("first line\nsecond\nlast")
	r, err := e.call(t, "input", V(S("name? ")))
	if got := show(e.t, r, err); got != "'first line'" {
		t.Errorf("input = %s", got)
	}
	// sys.stdin shares the buffered reader with input().
	sys := e.module(t, "sys")
	stdin, _ := sys.Dict.Get("stdin")
	readline, _ := runtime.GetAttr(e.t, stdin, "readline")
	r, err = runtime.Call(e.t, readline, nil, nil)
	if got := show(e.t, r, err); got != "'second\\n'" {
		t.Errorf("sys.stdin.readline = %s", got)
	}
	r, err = e.call(t, "input", nil)
	if got := show(e.t, r, err); got != "'last'" {
		t.Errorf("input = %s", got)
	}
	_, err = e.call(t, "input", nil)
	if got := show(e.t, runtime.Null, err); got != "EOFError: EOF when reading a line" {
		t.Errorf("input at EOF = %s", got)
	}
	if e.out.String() != "name? " {
		t.Errorf("prompt output %q", e.out.String())
	}
	_, err = e.call(t, "input", V(I(1), I(2)))
	if got := show(e.t, runtime.Null, err); got != "TypeError: input expected at most 1 argument, got 2" {
		t.Errorf("got %s", got)
	}
}

// method calls a method of v by name.
func method(tb testing.TB, e *env, v runtime.Value, name string, args ...runtime.Value) (runtime.Value, error) {
	tb.Helper()
	m, err := runtime.GetAttr(e.t, v, name)
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Call(e.t, m, args, nil)
}

func TestOpen(t *testing.T) {
	e := newEnv(Options{AllowFiles: true})
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	missing := filepath.Join(dir, "nope")
	runCases(t, e, []callCase{
		{"open", V(S(missing)), nil, "FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'"},
		{"open", V(S(dir)), nil, "IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'"},
		{"open", V(S(path), S("q")), nil, "ValueError: invalid mode: 'q'"},
		{"open", V(S(path), S("rw")), nil, "ValueError: must have exactly one of create/read/write/append mode"},
		{"open", V(S(path), S("rbt")), nil, "ValueError: can't have text and binary mode at once"},
		{"open", V(F(1.5)), nil, "TypeError: expected str, bytes or os.PathLike object, not float"},
		{"open", V(S(path), S("wb")), []any{"encoding", S("utf-8")}, "ValueError: binary mode doesn't take an encoding argument"},
		{"open", V(S(path), S("w")), []any{"encoding", S("klingon")}, "LookupError: unknown encoding: klingon"},
	})
	f, err := e.call(t, "open", V(S(path), S("w")))
	if err != nil {
		t.Fatal(err)
	}
	if r := showValue(e.t, f); r != "<_io.TextIOWrapper name='"+path+"' mode='w' encoding='UTF-8'>" {
		t.Errorf("repr %s", r)
	}
	expect := func(what string, r runtime.Value, err error, want string) {
		t.Helper()
		if got := show(e.t, r, err); got != want {
			t.Errorf("%s: got %s want %s", what, got, want)
		}
	}
	r, err := method(t, e, f, "write", S("hello\nworld\r\nx"))
	expect("write", r, err, "14")
	r, err = method(t, e, f, "write", I(1))
	expect("write int", r, err, "TypeError: write() argument must be str, not int")
	r, err = method(t, e, f, "read")
	expect("read on w", r, err, "UnsupportedOperation: not readable")
	r, err = method(t, e, f, "writelines", L(S("a"), S("b\n")))
	expect("writelines", r, err, "None")
	r, err = method(t, e, f, "close")
	expect("close", r, err, "None")
	r, err = runtime.GetAttr(e.t, f, "closed")
	expect("closed", r, err, "True")
	r, err = method(t, e, f, "write", S("x"))
	expect("write closed", r, err, "ValueError: I/O operation on closed file.")
	r, err = method(t, e, f, "close")
	expect("close twice", r, err, "None")

	g, err := e.call(t, "open", V(S(path)))
	if err != nil {
		t.Fatal(err)
	}
	r, err = method(t, e, g, "__enter__")
	if !runtime.Is(r, g) || err != nil {
		t.Errorf("__enter__ did not return the file")
	}
	r, err = method(t, e, g, "readline")
	expect("readline", r, err, "'hello\\n'")
	r, err = method(t, e, g, "readline")
	expect("readline crlf", r, err, "'world\\n'")
	r, err = method(t, e, g, "readlines")
	expect("readlines", r, err, "['xab\\n']")
	r, err = method(t, e, g, "read")
	expect("read at end", r, err, "''")
	r, err = method(t, e, g, "write", S("x"))
	expect("write on r", r, err, "UnsupportedOperation: not writable")
	r, err = method(t, e, g, "__exit__", N, N, N)
	expect("__exit__", r, err, "None")

	g, _ = e.call(t, "open", V(S(path)))
	r, err = method(t, e, g, "read", I(3))
	expect("read(3)", r, err, "'hel'")
	r, err = method(t, e, g, "tell")
	expect("tell", r, err, "3")
	r, err = method(t, e, g, "seek", I(0))
	expect("seek", r, err, "0")
	lines, err := runtime.ToSlice(e.t, g)
	expect("iterate", L(lines...), err, "['hello\\n', 'world\\n', 'xab\\n']")

	a, _ := e.call(t, "open", V(S(path), S("a")))
	if _, err := method(t, e, a, "write", S("more")); err != nil {
		t.Fatal(err)
	}
	method(t, e, a, "close")
	data, _ := os.ReadFile(path)
	if string(data) != "hello\nworld\r\nxab\nmore" {
		t.Errorf("file content %q", data)
	}
	r, err = e.call(t, "open", V(S(path), S("x")))
	expect("open x", r, err, "FileExistsError: [Errno 17] File exists: '"+path+"'")

	bin := filepath.Join(dir, "b.bin")
	w, _ := e.call(t, "open", V(S(bin), S("wb")))
	r, err = method(t, e, w, "write", runtime.NewBytes([]byte{0, 1}))
	expect("write bytes", r, err, "2")
	r, err = method(t, e, w, "write", S("x"))
	expect("write str to wb", r, err, "TypeError: a bytes-like object is required, not 'str'")
	if r := showValue(e.t, w); r != "<_io.BufferedWriter name='"+bin+"'>" {
		t.Errorf("repr %s", r)
	}
	method(t, e, w, "close")
	rb, _ := e.call(t, "open", V(S(bin), S("rb")))
	r, err = method(t, e, rb, "read")
	expect("read bytes", r, err, "b'\\x00\\x01'")
}

func TestPrintFollowsReplacedSysStdout(t *testing.T) {
	e := newEnv(Options{})
	sys := e.module(t, "sys")
	var got []string
	capture := runtime.NewModule("cap")
	capture.Dict.Set("write", goFn(func(args []runtime.Value) (runtime.Value, error) {
		s, _ := runtime.StrValue(args[0])
		got = append(got, s)
		return N, nil
	}))
	orig, _ := sys.Dict.Get("stdout")
	sys.Dict.Set("stdout", runtime.Obj(capture))
	if _, err := e.call(t, "print", V(S("hidden"), I(1))); err != nil {
		t.Fatal(err)
	}
	sys.Dict.Set("stdout", orig)
	if _, err := e.call(t, "print", V(S("shown"))); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "|") != "hidden| |1|\n" || e.out.String() != "shown\n" {
		t.Errorf("captured %q, stdout %q", got, e.out.String())
	}
}

func TestImport(t *testing.T) {
	e := newEnv(Options{})
	e.t.Import = func(t *runtime.Thread, name string) (*runtime.Module, error) {
		if mk, ok := e.mods[name]; ok {
			return mk(t)
		}
		return nil, runtime.Errorf(runtime.ModuleNotFoundErrorType, "No module named '%s'", name)
	}
	r, err := e.call(t, "__import__", V(S("math")))
	if err != nil || r.TypeName() != "module" {
		t.Errorf("__import__('math') = %s", show(e.t, r, err))
	}
	_, err = e.call(t, "__import__", V(S("nope")))
	if got := show(e.t, runtime.Null, err); got != "ModuleNotFoundError: No module named 'nope'" {
		t.Errorf("got %s", got)
	}
}
