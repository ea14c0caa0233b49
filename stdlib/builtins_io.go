package stdlib

import (
	"bufio"
	"io"
	"strconv"
	"sync"

	"github.com/aio-lang/aio/runtime"
)

// This file holds print and input, and the plumbing they share with
// sys.stdout, sys.stderr and sys.stdin: the thread's writers are looked up
// at call time, and stdin is read through one buffered reader stored back
// into the thread so that input() and sys.stdin never lose data to each
// other.

func installIO(d *runtime.AttrDict, opts Options) {
	def(d, "print", builtinPrint)
	def(d, "input", builtinInput)
	if opts.AllowFiles {
		def(d, "open", builtinOpen)
	} else {
		def(d, "open", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return runtime.Null, runtime.Errorf(runtime.PermissionErrorType, "open() is disabled in this interpreter")
		})
	}
}

// printBufs recycles the line buffers of print.
var printBufs = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

func builtinPrint(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kwvals := splitArgs(args, kwnames)
	sep, end := " ", "\n"
	file := runtime.None
	flush := false
	for i, k := range kwnames {
		v := kwvals[i]
		switch k {
		case "sep", "end":
			if v.IsNone() {
				continue
			}
			s, ok := runtime.StrValue(v)
			if !ok {
				return runtime.Null, typeError("%s must be None or a string, not %s", k, v.TypeName())
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			file = v
		case "flush":
			b, err := runtime.Truth(t, v)
			if err != nil {
				return runtime.Null, err
			}
			flush = b
		default:
			return runtime.Null, errInvalidKw("print", k)
		}
	}
	var w io.Writer
	if file.IsNone() {
		file = currentStdout(t)
	}
	if file.IsNone() {
		w = t.Stdout
		if w == nil {
			return runtime.None, nil
		}
	} else if f, ok := file.Raw().(*fileObj); ok && f.kind != kindDisk {
		if f.kind == kindStdin {
			return runtime.Null, unsupported("not writable")
		}
		w = f.writer(t)
	}
	if w == nil {
		return printToObject(t, pos, sep, end, file, flush)
	}
	bp := printBufs.Get().(*[]byte)
	buf := (*bp)[:0]
	var err error
	for i, v := range pos {
		if i > 0 {
			buf = append(buf, sep...)
		}
		if v.IsInt() {
			buf = strconv.AppendInt(buf, v.AsInt(), 10)
			continue
		}
		if s, ok := runtime.StrValue(v); ok && v.Type() == runtime.StrType {
			buf = append(buf, s...)
			continue
		}
		var s string
		s, err = runtime.ToStr(t, v)
		if err != nil {
			break
		}
		buf = append(buf, s...)
	}
	if err == nil {
		buf = append(buf, end...)
	}
	_, werr := w.Write(buf)
	if cap(buf) <= 64<<10 {
		*bp = buf
		printBufs.Put(bp)
	}
	if err != nil {
		return runtime.Null, err
	}
	if werr != nil {
		return runtime.Null, runtime.Errorf(runtime.OSErrorType, "%s", werr.Error())
	}
	if flush {
		flushWriter(w)
	}
	return runtime.None, nil
}

// currentStdout is sys.stdout when a script replaced it with its own
// object, and None while it is the standard stream (or sys is not loaded).
func currentStdout(t *runtime.Thread) runtime.Value {
	m, ok := t.Modules["sys"]
	if !ok {
		return runtime.None
	}
	v, ok := m.Dict.Get("stdout")
	if !ok {
		return runtime.None
	}
	if f, ok := v.Raw().(*fileObj); ok && f.kind == kindStdout {
		return runtime.None
	}
	return v
}

// printToObject is print(..., file=obj) for a script file object: one
// write() call per piece, as CPython makes them.
func printToObject(t *runtime.Thread, pos []runtime.Value, sep, end string, file runtime.Value, flush bool) (runtime.Value, error) {
	write, err := runtime.GetAttr(t, file, "write")
	if err != nil {
		return runtime.Null, err
	}
	put := func(s string) error {
		_, err := runtime.Call(t, write, []runtime.Value{runtime.Str(s)}, nil)
		return err
	}
	for i, v := range pos {
		if i > 0 {
			if err := put(sep); err != nil {
				return runtime.Null, err
			}
		}
		s, err := runtime.ToStr(t, v)
		if err != nil {
			return runtime.Null, err
		}
		if err := put(s); err != nil {
			return runtime.Null, err
		}
	}
	if err := put(end); err != nil {
		return runtime.Null, err
	}
	if flush {
		f, err := runtime.GetAttr(t, file, "flush")
		if err != nil {
			return runtime.Null, err
		}
		if _, err := runtime.Call(t, f, nil, nil); err != nil {
			return runtime.Null, err
		}
	}
	return runtime.None, nil
}

// flushWriter flushes w when it buffers (bufio.Writer and the like).
func flushWriter(w io.Writer) {
	switch f := w.(type) {
	case interface{ Flush() error }:
		_ = f.Flush()
	case interface{ Flush() }:
		f.Flush()
	}
}

// stdinReader is the thread's stdin as a buffered reader, installed in
// t.Stdin on first use; nil when the thread has no stdin.
func stdinReader(t *runtime.Thread) *bufio.Reader {
	if t == nil || t.Stdin == nil {
		return nil
	}
	if br, ok := t.Stdin.(*bufio.Reader); ok {
		return br
	}
	br := bufio.NewReader(t.Stdin)
	t.Stdin = br
	return br
}

// readStdinLine reads one line of stdin, newline included; "" at EOF.
func readStdinLine(t *runtime.Thread) (string, error) {
	br := stdinReader(t)
	if br == nil {
		return "", nil
	}
	line, err := br.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", runtime.Errorf(runtime.OSErrorType, "%s", err.Error())
	}
	return line, nil
}

func builtinInput(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("input", args, kwnames, 0, 1); err != nil {
		return runtime.Null, err
	}
	if len(args) == 1 && t.Stdout != nil {
		s, err := runtime.ToStr(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		if _, err := io.WriteString(t.Stdout, s); err != nil {
			return runtime.Null, runtime.Errorf(runtime.OSErrorType, "%s", err.Error())
		}
		flushWriter(t.Stdout)
	}
	line, err := readStdinLine(t)
	if err != nil {
		return runtime.Null, err
	}
	if line == "" {
		return runtime.Null, runtime.Errorf(runtime.EOFErrorType, "EOF when reading a line")
	}
	if line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
	}
	return runtime.Str(line), nil
}
