package stdlib

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/aio-lang/aio/runtime"
)

// This file implements open() and the file objects it returns, which also
// serve as sys.stdin, sys.stdout and sys.stderr. Writes go straight to the
// operating system (no user-space buffer that could be lost at exit);
// reads go through a bufio.Reader.

// The file object types, named like CPython's io classes.
var (
	TextIOWrapperType  = newFileType("TextIOWrapper")
	BufferedReaderType = newFileType("BufferedReader")
	BufferedWriterType = newFileType("BufferedWriter")
	BufferedRandomType = newFileType("BufferedRandom")
)

// UnsupportedOperationType is io.UnsupportedOperation, raised when a file
// is used against its mode.
var UnsupportedOperationType = func() *runtime.Type {
	ns := runtime.NewAttrDict()
	ns.Set("__module__", runtime.Str("io"))
	cls, err := runtime.NewClass(nil, "UnsupportedOperation", []*runtime.Type{runtime.OSErrorType, runtime.ValueErrorType}, ns, "io")
	if err != nil {
		panic(err)
	}
	return cls
}()

func newFileType(name string) *runtime.Type {
	typ := runtime.NewBuiltinType(name, runtime.ObjectType)
	typ.Module = "_io"
	typ.Final = true // the slots assume a *fileObj
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Null, typeError("cannot create '_io.%s' instances", name)
	}
	return typ
}

type fileKind int

const (
	kindDisk fileKind = iota
	kindStdout
	kindStderr
	kindStdin
)

// fileObj is an open file or one of the standard streams.
type fileObj struct {
	typ      *runtime.Type
	kind     fileKind
	name     runtime.Value
	mode     string
	encoding string // "" in binary mode
	errors   string
	binary   bool
	readable bool
	writable bool
	f        *os.File
	br       *bufio.Reader
	closed   bool
}

// Type makes fileObj an Object.
func (f *fileObj) Type() *runtime.Type { return f.typ }

// newStdStream makes sys.stdin, sys.stdout or sys.stderr.
func newStdStream(kind fileKind) *fileObj {
	f := &fileObj{typ: TextIOWrapperType, kind: kind, encoding: "utf-8", errors: "strict"}
	switch kind {
	case kindStdin:
		f.name, f.mode, f.readable = runtime.Str("<stdin>"), "r", true
	case kindStdout:
		f.name, f.mode, f.writable = runtime.Str("<stdout>"), "w", true
	default:
		f.name, f.mode, f.writable = runtime.Str("<stderr>"), "w", true
		f.errors = "backslashreplace"
	}
	return f
}

// writer is where writes to a standard output stream go right now.
func (f *fileObj) writer(t *runtime.Thread) io.Writer {
	var w io.Writer
	switch f.kind {
	case kindStdout:
		w = t.Stdout
	case kindStderr:
		w = t.Stderr
	default:
		return f.f
	}
	if w == nil {
		return io.Discard
	}
	return w
}

// reader is the buffered reader of a readable file.
func (f *fileObj) reader(t *runtime.Thread) *bufio.Reader {
	if f.kind == kindStdin {
		if br := stdinReader(t); br != nil {
			return br
		}
		return bufio.NewReader(strings.NewReader(""))
	}
	if f.br == nil {
		f.br = bufio.NewReader(f.f)
	}
	return f.br
}

func unsupported(msg string) error {
	return runtime.NewException(UnsupportedOperationType, runtime.Str(msg))
}

func errClosed() error { return valueError("I/O operation on closed file.") }

// check fails when the file is closed or lacks the capability asked for.
func (f *fileObj) check(read, write bool) error {
	if f.closed {
		return errClosed()
	}
	if read && !f.readable {
		return unsupported("not readable")
	}
	if write && !f.writable {
		return unsupported("not writable")
	}
	return nil
}

// osError converts a Go file-system error to CPython's OSError subclass
// with "[Errno N] strerror: 'filename'".
func osError(err error, filename runtime.Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return runtime.Errorf(runtime.OSErrorType, "%s", err.Error())
	}
	typ := runtime.OSErrorType
	switch errno {
	case syscall.ENOENT:
		typ = runtime.FileNotFoundErrorType
	case syscall.EACCES, syscall.EPERM:
		typ = runtime.PermissionErrorType
	case syscall.EEXIST:
		typ = runtime.FileExistsErrorType
	case syscall.EISDIR:
		typ = runtime.IsADirectoryErrorType
	case syscall.ENOTDIR:
		typ = runtime.NotADirectoryErrorType
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	text := "[Errno " + strconv.Itoa(int(errno)) + "] " + msg
	if !filename.IsNull() {
		text += ": " + runtime.ReprNoThread(filename)
	}
	e := runtime.NewException(typ, runtime.Str(text))
	e.Dict.Set("errno", runtime.Int(int64(errno)))
	e.Dict.Set("strerror", runtime.Str(msg))
	if !filename.IsNull() {
		e.Dict.Set("filename", filename)
	}
	return e
}

func builtinOpen(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var file, mode, buffering, encoding, errs, newline, closefd, opener runtime.Value
	if err := runtime.ParseArgs("open", args, kwnames, 1,
		[]string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
		&file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener); err != nil {
		return runtime.Null, err
	}
	path, ok := runtime.StrValue(file)
	if !ok {
		b, isBytes := runtime.BytesValue(file)
		if !isBytes || file.Type() != runtime.BytesType {
			return runtime.Null, typeError("expected str, bytes or os.PathLike object, not %s", file.TypeName())
		}
		path = string(b)
	}
	m := "r"
	if !mode.IsNull() {
		s, ok := runtime.StrValue(mode)
		if !ok {
			return runtime.Null, typeError("open() argument 'mode' must be str, not %s", mode.TypeName())
		}
		m = s
	}
	fo := &fileObj{name: file, mode: m}
	flags, err := parseMode(fo, m)
	if err != nil {
		return runtime.Null, err
	}
	optStr := func(v runtime.Value, what string) (string, error) {
		if v.IsNull() || v.IsNone() {
			return "", nil
		}
		if fo.binary {
			return "", valueError("binary mode doesn't take an %s argument", what)
		}
		s, ok := runtime.StrValue(v)
		if !ok {
			return "", typeError("open() argument '%s' must be str or None, not %s", what, v.TypeName())
		}
		return s, nil
	}
	if fo.encoding, err = optStr(encoding, "encoding"); err != nil {
		return runtime.Null, err
	}
	if fo.errors, err = optStr(errs, "errors"); err != nil {
		return runtime.Null, err
	}
	if _, err = optStr(newline, "newline"); err != nil {
		return runtime.Null, err
	}
	if !fo.binary {
		if fo.encoding == "" {
			fo.encoding = "UTF-8"
		} else if _, err := runtime.Encode("", fo.encoding, "strict"); err != nil {
			return runtime.Null, err
		}
		if fo.errors == "" {
			fo.errors = "strict"
		}
	}
	f, oerr := os.OpenFile(path, flags, 0o666)
	if oerr != nil {
		return runtime.Null, osError(oerr, file)
	}
	if st, serr := f.Stat(); serr == nil && st.IsDir() {
		f.Close()
		return runtime.Null, osError(syscall.EISDIR, file)
	}
	fo.f = f
	switch {
	case !fo.binary:
		fo.typ = TextIOWrapperType
	case fo.readable && fo.writable:
		fo.typ = BufferedRandomType
	case fo.readable:
		fo.typ = BufferedReaderType
	default:
		fo.typ = BufferedWriterType
	}
	return runtime.Obj(fo), nil
}

// parseMode reads an open() mode string into fo and returns the os flags.
func parseMode(fo *fileObj, mode string) (int, error) {
	var seen [128]bool
	kinds := 0
	plus, text := false, false
	for _, c := range mode {
		if c >= 128 || !strings.ContainsRune("rwxabt+", c) || seen[c] {
			return 0, valueError("invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'r', 'w', 'x', 'a':
			kinds++
		case '+':
			plus = true
		case 'b':
			fo.binary = true
		case 't':
			text = true
		}
	}
	if text && fo.binary {
		return 0, valueError("can't have text and binary mode at once")
	}
	if kinds != 1 {
		return 0, valueError("must have exactly one of create/read/write/append mode")
	}
	var flags int
	switch {
	case seen['r']:
		fo.readable = true
	case seen['w']:
		fo.writable = true
		flags = os.O_CREATE | os.O_TRUNC
	case seen['a']:
		fo.writable = true
		flags = os.O_CREATE | os.O_APPEND
	case seen['x']:
		fo.writable = true
		flags = os.O_CREATE | os.O_EXCL
	}
	if plus {
		fo.readable, fo.writable = true, true
		return flags | os.O_RDWR, nil
	}
	if fo.writable {
		return flags | os.O_WRONLY, nil
	}
	return flags | os.O_RDONLY, nil
}

// ---- reading ----

// decode turns raw file bytes into text, translating \r\n and \r to \n.
func (f *fileObj) decode(data []byte) (runtime.Value, error) {
	if f.binary {
		return runtime.NewBytes(data), nil
	}
	s, err := runtime.Decode(data, f.encoding, f.errors)
	if err != nil {
		return runtime.Null, err
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return runtime.Str(s), nil
}

func (f *fileObj) readAll(t *runtime.Thread) (runtime.Value, error) {
	data, err := io.ReadAll(f.reader(t))
	if err != nil {
		return runtime.Null, osError(err, f.name)
	}
	return f.decode(data)
}

// readN reads at most n characters (bytes in binary mode).
func (f *fileObj) readN(t *runtime.Thread, n int64) (runtime.Value, error) {
	br := f.reader(t)
	if f.binary || !isUTF8(f.encoding) {
		buf := make([]byte, n)
		k, err := io.ReadFull(br, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return runtime.Null, osError(err, f.name)
		}
		return f.decode(buf[:k])
	}
	var b []byte
	for i := int64(0); i < n; i++ {
		r, size, err := br.ReadRune()
		if err != nil {
			break
		}
		if r == utf8.RuneError && size == 1 {
			_ = br.UnreadRune()
			c, _ := br.ReadByte()
			b = append(b, c)
			continue
		}
		if r == '\r' {
			if next, _, err := br.ReadRune(); err == nil && next != '\n' {
				_ = br.UnreadRune()
			}
			r = '\n'
		}
		b = utf8.AppendRune(b, r)
	}
	return f.decode(b)
}

// readLine reads one line, its newline included; limit < 0 means no limit.
func (f *fileObj) readLine(t *runtime.Thread, limit int64) (runtime.Value, error) {
	br := f.reader(t)
	if limit < 0 {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return runtime.Null, osError(err, f.name)
		}
		return f.decode(line)
	}
	var b []byte
	for i := int64(0); i < limit; i++ {
		c, err := br.ReadByte()
		if err != nil {
			break
		}
		b = append(b, c)
		if c == '\n' {
			break
		}
		if !f.binary && c >= utf8.RuneSelf {
			// complete the code point so that it counts as one character
			for !utf8.FullRune(b[len(b)-1-lastRuneStart(b):]) {
				c, err := br.ReadByte()
				if err != nil {
					break
				}
				b = append(b, c)
			}
		}
	}
	return f.decode(b)
}

// lastRuneStart is how many continuation bytes end b.
func lastRuneStart(b []byte) int {
	n := 0
	for i := len(b) - 1; i > 0 && n < 3 && !utf8.RuneStart(b[i]); i-- {
		n++
	}
	return n
}

func isUTF8(enc string) bool {
	switch strings.ToLower(strings.ReplaceAll(enc, "-", "_")) {
	case "utf_8", "utf8", "u8", "utf":
		return true
	}
	return false
}

// ---- writing ----

// write writes a str (bytes in binary mode) and returns what write()
// reports: characters or bytes written.
func (f *fileObj) write(t *runtime.Thread, v runtime.Value) (int, error) {
	if err := f.check(false, true); err != nil {
		return 0, err
	}
	var data []byte
	var n int
	if f.binary {
		b, ok := runtime.BytesValue(v)
		if !ok {
			return 0, typeError("a bytes-like object is required, not '%s'", v.TypeName())
		}
		data, n = b, len(b)
	} else {
		s, ok := runtime.StrValue(v)
		if !ok {
			return 0, typeError("write() argument must be str, not %s", v.TypeName())
		}
		if f.kind == kindStdout || f.kind == kindStderr {
			if utf8.ValidString(s) {
				if _, err := io.WriteString(f.writer(t), s); err != nil {
					return 0, osError(err, f.name)
				}
				return utf8.RuneCountInString(s), nil
			}
		}
		b, err := runtime.Encode(s, f.encoding, f.errors)
		if err != nil {
			return 0, err
		}
		data, n = b, utf8.RuneCountInString(s)
	}
	if f.kind == kindDisk && f.br != nil {
		// Writing after reading: move the OS position back to where the
		// reader logically is.
		if k := f.br.Buffered(); k > 0 {
			if _, err := f.f.Seek(int64(-k), io.SeekCurrent); err != nil {
				return 0, osError(err, f.name)
			}
		}
		f.br = nil
	}
	if _, err := f.writer(t).Write(data); err != nil {
		return 0, osError(err, f.name)
	}
	return n, nil
}

func (f *fileObj) close() error {
	if f.closed || f.kind != kindDisk {
		return nil
	}
	f.closed = true
	if err := f.f.Close(); err != nil {
		return osError(err, f.name)
	}
	return nil
}

// ---- methods ----

func init() {
	for _, typ := range []*runtime.Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		setupFileType(typ)
	}
}

func asFile(v runtime.Value) *fileObj {
	f, _ := v.Raw().(*fileObj)
	return f
}

// sizeArg reads an optional size argument (-1 or None for "all").
func sizeArg(t *runtime.Thread, name string, args []runtime.Value, kwnames []string) (int64, error) {
	if err := runtime.ArgCount(name, args, kwnames, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return -1, nil
	}
	return runtime.IndexInt(t, args[0])
}

func setupFileType(typ *runtime.Type) {
	type method = func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error)
	add := func(name string, fn method) {
		typ.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			f := asFile(self)
			if f == nil {
				return runtime.Null, typeError("descriptor '%s' requires a file object", name)
			}
			return fn(t, f, args, kwnames)
		})
	}
	add("read", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := sizeArg(t, "read", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		if err := f.check(true, false); err != nil {
			return runtime.Null, err
		}
		if n < 0 {
			return f.readAll(t)
		}
		return f.readN(t, n)
	})
	add("readline", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := sizeArg(t, "readline", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		if err := f.check(true, false); err != nil {
			return runtime.Null, err
		}
		return f.readLine(t, n)
	})
	add("readlines", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		hint, err := sizeArg(t, "readlines", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		if err := f.check(true, false); err != nil {
			return runtime.Null, err
		}
		var lines []runtime.Value
		total := int64(0)
		for {
			line, err := f.readLine(t, -1)
			if err != nil {
				return runtime.Null, err
			}
			n, _ := runtime.Len(t, line)
			if n == 0 {
				break
			}
			lines = append(lines, line)
			total += int64(n)
			if hint > 0 && total >= hint {
				break
			}
		}
		return runtime.Obj(runtime.NewList(lines)), nil
	})
	add("write", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("write", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		n, err := f.write(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Int(int64(n)), nil
	})
	add("writelines", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("writelines", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		if err := f.check(false, true); err != nil {
			return runtime.Null, err
		}
		err := runtime.ForEach(t, args[0], func(x runtime.Value) (bool, error) {
			_, err := f.write(t, x)
			return err == nil, err
		})
		if err != nil {
			return runtime.Null, err
		}
		return runtime.None, nil
	})
	add("close", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("close", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return runtime.None, f.close()
	})
	add("flush", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("flush", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		if f.closed {
			return runtime.Null, errClosed()
		}
		if f.writable {
			flushWriter(f.writer(t))
		}
		return runtime.None, nil
	})
	flag := func(name string, get func(f *fileObj) bool) {
		add(name, func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount(name, args, kwnames, 0, 0); err != nil {
				return runtime.Null, err
			}
			if f.closed {
				return runtime.Null, errClosed()
			}
			return runtime.Bool(get(f)), nil
		})
	}
	flag("readable", func(f *fileObj) bool { return f.readable })
	flag("writable", func(f *fileObj) bool { return f.writable })
	flag("seekable", func(f *fileObj) bool { return f.kind == kindDisk })
	flag("isatty", func(f *fileObj) bool { return false })
	add("tell", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("tell", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		if err := f.check(false, false); err != nil {
			return runtime.Null, err
		}
		if f.kind != kindDisk {
			return runtime.Null, unsupported("underlying stream is not seekable")
		}
		pos, err := f.f.Seek(0, io.SeekCurrent)
		if err != nil {
			return runtime.Null, osError(err, f.name)
		}
		if f.br != nil {
			pos -= int64(f.br.Buffered())
		}
		return runtime.Int(pos), nil
	})
	add("seek", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("seek", args, kwnames, 1, 2); err != nil {
			return runtime.Null, err
		}
		if err := f.check(false, false); err != nil {
			return runtime.Null, err
		}
		if f.kind != kindDisk {
			return runtime.Null, unsupported("underlying stream is not seekable")
		}
		off, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		whence := int64(0)
		if len(args) == 2 {
			if whence, err = runtime.IndexInt(t, args[1]); err != nil {
				return runtime.Null, err
			}
		}
		if whence < 0 || whence > 2 {
			return runtime.Null, valueError("invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if !f.binary && (whence != 0 && off != 0) {
			return runtime.Null, unsupported("can't do nonzero cur-relative seeks")
		}
		if whence == 1 && f.br != nil {
			off -= int64(f.br.Buffered())
		}
		f.br = nil
		pos, serr := f.f.Seek(off, int(whence))
		if serr != nil {
			return runtime.Null, osError(serr, f.name)
		}
		return runtime.Int(pos), nil
	})
	add("__enter__", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if f.closed {
			return runtime.Null, errClosed()
		}
		return runtime.Obj(f), nil
	})
	add("__exit__", func(t *runtime.Thread, f *fileObj, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, f.close()
	})
	typ.Slots.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		if f := asFile(v); f != nil && f.closed {
			return runtime.Null, errClosed()
		}
		return v, nil
	}
	typ.Slots.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		f := asFile(v)
		if f == nil {
			return runtime.Null, false, errClosed()
		}
		if err := f.check(true, false); err != nil {
			return runtime.Null, false, err
		}
		line, err := f.readLine(t, -1)
		if err != nil {
			return runtime.Null, false, err
		}
		if n, _ := runtime.Len(t, line); n == 0 {
			return runtime.Null, false, nil
		}
		return line, true, nil
	}
	addIterMethods(typ)
	typ.Slots.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		f := asFile(v)
		if f == nil {
			return runtime.GenericGetAttr(t, v, name)
		}
		switch name {
		case "name":
			return f.name, nil
		case "mode":
			return runtime.Str(f.mode), nil
		case "closed":
			return runtime.Bool(f.closed), nil
		case "encoding", "errors":
			if !f.binary {
				if name == "errors" {
					return runtime.Str(f.errors), nil
				}
				return runtime.Str(f.encoding), nil
			}
		}
		return runtime.GenericGetAttr(t, v, name)
	}
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		f := asFile(v)
		if f == nil {
			return runtime.DefaultRepr(v), nil
		}
		name, err := runtime.Repr(t, f.name)
		if err != nil {
			return "", err
		}
		if f.binary {
			return "<_io." + f.typ.Name + " name=" + name + ">", nil
		}
		return "<_io.TextIOWrapper name=" + name + " mode=" + runtime.QuoteStr(f.mode) + " encoding=" + runtime.QuoteStr(f.encoding) + ">", nil
	}
}
