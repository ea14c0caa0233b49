package stdlib

import (
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/aio-lang/aio/runtime"
)

// This file is asyncio's subprocesses (asyncio/subprocess.py with the
// transport of base_subprocess.py): create_subprocess_exec,
// create_subprocess_shell and Process.
//
// A child's pipes are the socket transports of asyncio_net.go running on
// pipe ends (pipeConn), so its stdout and stderr are ordinary
// StreamReaders with their flow control and its stdin an ordinary
// StreamWriter with drain(). Starting the child, waiting for it and every
// pipe read and write happen on goroutines as pending operations of the
// loop. When the child writes to the interpreter's own stdout or stderr
// (no pipe asked for) and those are not operating-system files, its output
// goes through a pipe whose chunks the loop writes to the interpreter's
// writer, in order with the script's own output; the exit status is
// delivered only after that copy has caught up, so what the child printed
// is there when wait() returns. A child still running when its loop
// closes is killed and reaped.

// The values of asyncio.subprocess.PIPE, STDOUT and DEVNULL (those of
// CPython's subprocess module).
const (
	spPIPE    = -1
	spSTDOUT  = -2
	spDEVNULL = -3
)

// processType is asyncio.subprocess.Process.
var processType = newAsyncioType("Process", "asyncio.subprocess")

// setSubprocessAllowed records that t may start subprocesses.
func setSubprocessAllowed(t *runtime.Thread) { subprocessPermission.grant(t) }

// checkSubprocess raises PermissionError unless the host granted t
// subprocesses.
func checkSubprocess(t *runtime.Thread) error { return subprocessPermission.check(t) }

// installSubprocess adds create_subprocess_exec, create_subprocess_shell
// and the asyncio.subprocess module to the asyncio module m built for t,
// and records whether t may use them.
func installSubprocess(t *runtime.Thread, m *runtime.Module, allow bool) {
	if allow {
		setSubprocessAllowed(t)
	}
	sub := newNativeModule("asyncio.subprocess")
	exec := newModuleFunc("asyncio.subprocess", "create_subprocess_exec", createSubprocessExec)
	shell := newModuleFunc("asyncio.subprocess", "create_subprocess_shell", createSubprocessShell)
	sub.Dict.Set("__all__", runtime.NewTuple([]runtime.Value{runtime.Str("create_subprocess_exec"), runtime.Str("create_subprocess_shell")}))
	sub.Dict.Set("PIPE", runtime.Int(spPIPE))
	sub.Dict.Set("STDOUT", runtime.Int(spSTDOUT))
	sub.Dict.Set("DEVNULL", runtime.Int(spDEVNULL))
	sub.Dict.Set("Process", runtime.Obj(processType))
	sub.Dict.Set("create_subprocess_exec", exec)
	sub.Dict.Set("create_subprocess_shell", shell)
	m.Dict.Set("subprocess", runtime.Obj(sub))
	m.Dict.Set("create_subprocess_exec", exec)
	m.Dict.Set("create_subprocess_shell", shell)
	if t != nil && t.Modules != nil {
		// `import asyncio.subprocess` finds the submodule here.
		t.Modules["asyncio.subprocess"] = sub
	}
}

// pipeAddr is the address a pipe end reports as a connection.
type pipeAddr struct{}

// Network names the kind of address.
func (pipeAddr) Network() string { return "pipe" }

// String is the address as text.
func (pipeAddr) String() string { return "pipe" }

// pipeConn is one pipe end seen as a net.Conn, so that the socket
// transport serves it. A write end has nothing to read: its Read waits
// until the end is closed (or write_eof shut it), which is when the
// transport's reader goroutine must stop. Read ends count their reads,
// which tells the exit gate when a copy has caught up with the pipe.
type pipeConn struct {
	f        *os.File
	writeEnd bool

	closeOnce sync.Once
	closed    chan struct{}
	hupOnce   sync.Once
	hup       chan struct{}

	inRead atomic.Bool  // blocked in a read: the pipe was empty
	ended  atomic.Bool  // a read failed or hit the end
	reads  atomic.Int64 // reads finished
}

func newPipeConn(f *os.File, writeEnd bool) *pipeConn {
	return &pipeConn{f: f, writeEnd: writeEnd, closed: make(chan struct{}), hup: make(chan struct{})}
}

// Read reads the pipe (a read end) or waits for the end of a write end.
func (c *pipeConn) Read(b []byte) (int, error) {
	if c.writeEnd {
		select {
		case <-c.hup:
			return 0, io.EOF
		case <-c.closed:
			return 0, net.ErrClosed
		}
	}
	c.inRead.Store(true)
	n, err := c.f.Read(b)
	c.inRead.Store(false)
	if err != nil {
		c.ended.Store(true)
	}
	c.reads.Add(1)
	return n, err
}

// Write writes to the pipe.
func (c *pipeConn) Write(b []byte) (int, error) { return c.f.Write(b) }

// CloseWrite closes a write end (write_eof): the child reads EOF, and
// the transport sees its end as an EOF and closes.
func (c *pipeConn) CloseWrite() error {
	err := c.f.Close()
	c.hupOnce.Do(func() { close(c.hup) })
	return err
}

// Close closes the pipe end and releases a waiting Read.
func (c *pipeConn) Close() error {
	var err error
	c.closeOnce.Do(func() {
		close(c.closed)
		err = c.f.Close()
	})
	return err
}

// SyscallConn gives the transport non-blocking writes on the descriptor.
func (c *pipeConn) SyscallConn() (syscall.RawConn, error) { return c.f.SyscallConn() }

// LocalAddr is the pipe's (empty) address.
func (c *pipeConn) LocalAddr() net.Addr { return pipeAddr{} }

// RemoteAddr is the pipe's (empty) address.
func (c *pipeConn) RemoteAddr() net.Addr { return pipeAddr{} }

// SetDeadline sets the pipe's deadlines.
func (c *pipeConn) SetDeadline(t time.Time) error { return c.f.SetDeadline(t) }

// SetReadDeadline sets the pipe's read deadline.
func (c *pipeConn) SetReadDeadline(t time.Time) error { return c.f.SetReadDeadline(t) }

// SetWriteDeadline sets the pipe's write deadline.
func (c *pipeConn) SetWriteDeadline(t time.Time) error { return c.f.SetWriteDeadline(t) }

// subprocess is asyncio.subprocess.Process together with its transport
// (BaseSubprocessTransport). Its fields belong to the loop goroutine,
// except proc and the channels.
type subprocess struct {
	loop *runtime.Loop
	proc *os.Process
	pid  int

	exited   bool // the exit status is known (returncode)
	code     int
	finished bool // exited and every pipe disconnected: wait() returns
	gone     bool // _call_connection_lost ran: signals raise ProcessLookupError
	waiters  []*runtime.Future

	pipeOpen map[int]bool // the PIPE fds whose transport is still connected
	stdinW   *streamWriter
	stdoutR  *streamReader
	stderrR  *streamReader
	pipeTr   [3]*netTransport

	copyConns []*pipeConn // pipes copying to the interpreter's stdout/stderr
	copyOpen  int
	copyDone  chan struct{} // closed when every copy reached its end

	reaped       chan struct{} // closed once the child was waited for
	stop         chan struct{} // closed when the loop closes
	stopOnce     sync.Once
	removeCloser func()
}

// Type makes subprocess an Object.
func (*subprocess) Type() *runtime.Type { return processType }

// returncode is Process.returncode.
func (p *subprocess) returncode() runtime.Value {
	if !p.exited {
		return runtime.None
	}
	return runtime.Int(int64(p.code))
}

// reap runs on its own goroutine: wait for the child, let the copies of
// its output catch up, then report the exit to the loop.
func (p *subprocess) reap() {
	code := 255
	if st, err := p.proc.Wait(); err == nil {
		if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = -int(ws.Signal())
		} else {
			code = st.ExitCode()
		}
	}
	close(p.reaped)
	p.waitCopies()
	p.loop.Complete(func(t *runtime.Thread) error { return p.processExited(t, code) })
}

// waitCopies returns when the copies of the child's output to the
// interpreter's streams are done. A copy is done at its EOF, or when it
// has handed the loop everything the pipe held and waits for more: a
// grandchild may keep the pipe open long after the child exited, and
// CPython's wait() does not wait for it either.
func (p *subprocess) waitCopies() {
	select {
	case <-p.copyDone:
		return
	case <-p.stop:
		return
	default:
	}
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	idle, last := 0, int64(-1)
	for {
		select {
		case <-p.copyDone:
			return
		case <-p.stop:
			return
		case <-tick.C:
		}
		var reads int64
		waiting := true
		for _, c := range p.copyConns {
			reads += c.reads.Load()
			if !c.inRead.Load() && !c.ended.Load() {
				waiting = false
			}
		}
		if waiting && reads == last {
			if idle++; idle >= 4 {
				return
			}
		} else {
			idle = 0
		}
		last = reads
	}
}

// processExited is _process_exited: record the return code. The child's
// end of a stdin pipe is gone with it, which CPython's write-pipe
// transport notices as a hang-up: it closes (with BrokenPipeError if
// data was still waiting).
func (p *subprocess) processExited(t *runtime.Thread, code int) error {
	p.exited = true
	p.code = code
	if tr := p.pipeTr[0]; tr != nil && !tr.lost {
		if tr.writeBufferSize() > 0 {
			tr.forceClose(newOSError(syscall.EPIPE, strerror(syscall.EPIPE)))
		} else {
			tr.close()
		}
	}
	return p.tryFinish()
}

// pipeLost is _pipe_connection_lost for a PIPE fd.
func (p *subprocess) pipeLost(fd int) error {
	p.pipeOpen[fd] = false
	return p.tryFinish()
}

// tryFinish is _try_finish: once the child exited and every pipe is
// disconnected, wake wait() on the next loop iteration.
func (p *subprocess) tryFinish() error {
	if p.finished || !p.exited {
		return nil
	}
	for _, open := range p.pipeOpen {
		if open {
			return nil
		}
	}
	p.finished = true
	_, err := p.loop.CallSoonGo("_call_connection_lost", func(t *runtime.Thread) error {
		p.gone = true
		waiters := p.waiters
		p.waiters = nil
		for _, w := range waiters {
			if !w.Cancelled() {
				if err := w.SetResult(runtime.Int(int64(p.code))); err != nil {
					return err
				}
			}
		}
		if p.removeCloser != nil {
			p.removeCloser()
			p.removeCloser = nil
		}
		return nil
	})
	return err
}

// abort runs when the loop closes: kill a child still running and wait
// (briefly) until it is reaped.
func (p *subprocess) abort() {
	p.stopOnce.Do(func() { close(p.stop) })
	select {
	case <-p.reaped:
		return
	default:
	}
	_ = p.proc.Kill()
	timer := time.NewTimer(2 * time.Second)
	defer timer.Stop()
	select {
	case <-p.reaped:
	case <-timer.C:
	}
}

// sendSignal is Process.send_signal: nothing once the exit is known,
// ProcessLookupError once the transport is finished (as CPython's).
func (p *subprocess) sendSignal(sig syscall.Signal) error {
	if p.gone {
		return runtime.NewException(runtime.ProcessLookupErrorType)
	}
	if p.exited {
		return nil
	}
	err := p.proc.Signal(sig)
	if err == nil || errors.Is(err, os.ErrProcessDone) {
		return nil
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if errno == syscall.ESRCH {
			return nil
		}
		return newOSError(errno, strerror(errno))
	}
	return runtime.Errorf(runtime.OSErrorType, "%s", err.Error())
}

// pipeProto joins a PIPE transport to its process
// (ReadSubprocessPipeProto / WriteSubprocessPipeProto with the stream
// side of SubprocessStreamProtocol).
type pipeProto struct {
	p      *subprocess
	fd     int
	reader *streamReader   // stdout, stderr
	sp     *streamProtocol // stdin: the writer's drain() state
}

func (pp *pipeProto) connectionMade(t *runtime.Thread, tr *netTransport) error {
	if pp.reader != nil {
		pp.reader.tr = tr
		pp.reader.transport = runtime.Obj(tr)
	}
	if pp.sp != nil {
		pp.sp.tr = tr
	}
	return nil
}

func (pp *pipeProto) dataReceived(t *runtime.Thread, data []byte) error {
	if pp.reader != nil {
		pp.reader.feedData(data)
	}
	return nil
}

// eofReceived closes the pipe transport, as a read pipe does at EOF.
func (pp *pipeProto) eofReceived(t *runtime.Thread) (bool, error) { return false, nil }

func (pp *pipeProto) connectionLost(t *runtime.Thread, exc *runtime.Instance) error {
	if pp.sp != nil {
		if err := pp.sp.connectionLost(t, exc); err != nil {
			return err
		}
	} else if pp.reader != nil {
		if exc == nil {
			pp.reader.feedEOF()
		} else {
			pp.reader.setException(exc)
		}
	}
	return pp.p.pipeLost(pp.fd)
}

func (pp *pipeProto) pauseWriting(t *runtime.Thread) error {
	if pp.sp != nil {
		return pp.sp.pauseWriting(t)
	}
	return nil
}

func (pp *pipeProto) resumeWriting(t *runtime.Thread) error {
	if pp.sp != nil {
		return pp.sp.resumeWriting(t)
	}
	return nil
}

// copyProto writes what a child prints to the interpreter's stdout (or
// stderr) on the loop goroutine, in order with the script's output.
type copyProto struct {
	p      *subprocess
	stream int // 1 stdout, 2 stderr
}

func (cp *copyProto) connectionMade(t *runtime.Thread, tr *netTransport) error { return nil }

func (cp *copyProto) dataReceived(t *runtime.Thread, data []byte) error {
	w := t.Stdout
	if cp.stream == 2 {
		w = t.Stderr
	}
	if w != nil {
		_, _ = w.Write(data)
	}
	return nil
}

func (cp *copyProto) eofReceived(t *runtime.Thread) (bool, error) { return false, nil }

func (cp *copyProto) connectionLost(t *runtime.Thread, exc *runtime.Instance) error {
	if cp.p.copyOpen--; cp.p.copyOpen == 0 {
		close(cp.p.copyDone)
	}
	return nil
}

func (cp *copyProto) pauseWriting(t *runtime.Thread) error  { return nil }
func (cp *copyProto) resumeWriting(t *runtime.Thread) error { return nil }

// Where a standard stream of the child goes.
const (
	stdioInterp  = iota // the interpreter's own stream (number in n)
	stdioPipe           // a pipe to the Process
	stdioDevnull        // os.devnull
	stdioStdout         // stderr=STDOUT: wherever stdout goes
	stdioFile           // an open file object
)

type stdioSpec struct {
	kind int
	n    int      // stdioInterp: 0, 1 or 2
	file *os.File // stdioFile
}

// ebadf is the OSError CPython raises for a descriptor that is not open.
func ebadf() error {
	return newOSError(syscall.EBADF, strerror(syscall.EBADF))
}

// stdioArg reads the stdin/stdout/stderr argument of the child's fd.
func stdioArg(t *runtime.Thread, v runtime.Value, fd int) (stdioSpec, error) {
	if v.IsNull() || v.IsNone() {
		return stdioSpec{kind: stdioInterp, n: fd}, nil
	}
	if v.IsInt() || v.IsBool() {
		switch n := v.AsInt(); {
		case n == spPIPE:
			return stdioSpec{kind: stdioPipe}, nil
		case n == spDEVNULL:
			return stdioSpec{kind: stdioDevnull}, nil
		case n == spSTDOUT && fd == 2:
			return stdioSpec{kind: stdioStdout}, nil
		case n == 0 && fd == 0, (n == 1 || n == 2) && fd > 0:
			// The interpreter's own descriptors.
			return stdioSpec{kind: stdioInterp, n: int(n)}, nil
		}
		return stdioSpec{}, ebadf()
	}
	if f, ok := v.Raw().(*fileObj); ok {
		switch f.kind {
		case kindStdin:
			return stdioSpec{kind: stdioInterp, n: 0}, nil
		case kindStdout:
			return stdioSpec{kind: stdioInterp, n: 1}, nil
		case kindStderr:
			return stdioSpec{kind: stdioInterp, n: 2}, nil
		}
		if f.closed || f.f == nil {
			return stdioSpec{}, valueError("I/O operation on closed file")
		}
		return stdioSpec{kind: stdioFile, file: f.f}, nil
	}
	return stdioSpec{}, runtime.Errorf(runtime.AttributeErrorType, "'%s' object has no attribute 'fileno'", v.TypeName())
}

// fsArg converts a program argument like os.fsencode.
func fsArg(t *runtime.Thread, v runtime.Value) (string, error) {
	s, err := fsArgRaw(t, v)
	if err != nil {
		return "", err
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", valueError("embedded null byte")
	}
	return s, nil
}

func fsArgRaw(t *runtime.Thread, v runtime.Value) (string, error) {
	if s, ok := runtime.StrValue(v); ok {
		return s, nil
	}
	if v.Type() == runtime.BytesType {
		b, _ := runtime.BytesValue(v)
		return string(b), nil
	}
	if _, ok := v.Type().Lookup("__fspath__"); ok {
		r, err := runtime.CallMethod(t, v, "__fspath__")
		if err != nil {
			return "", err
		}
		if s, ok := runtime.StrValue(r); ok {
			return s, nil
		}
		if r.Type() == runtime.BytesType {
			b, _ := runtime.BytesValue(r)
			return string(b), nil
		}
		return "", typeError("expected %s.__fspath__() to return str or bytes, not %s", v.TypeName(), r.TypeName())
	}
	return "", typeError("expected str, bytes or os.PathLike object, not %s", v.TypeName())
}

// envArg converts env= to the child's environment.
func envArg(t *runtime.Thread, v runtime.Value) ([]string, error) {
	items, err := runtime.CallMethod(t, v, "items")
	if err != nil {
		return nil, err
	}
	env := []string{}
	err = runtime.ForEach(t, items, func(item runtime.Value) (bool, error) {
		tup, ok := item.Raw().(*runtime.Tuple)
		if !ok || len(tup.Items) != 2 {
			return false, typeError("env items must be (key, value) pairs")
		}
		k, err := fsArg(t, tup.Items[0])
		if err != nil {
			return false, err
		}
		if strings.IndexByte(k, '=') >= 0 {
			return false, valueError("illegal environment variable name")
		}
		val, err := fsArg(t, tup.Items[1])
		if err != nil {
			return false, err
		}
		env = append(env, k+"="+val)
		return true, nil
	})
	return env, err
}

// findProgram finds the file to execute for prog the way CPython's child
// does (execvpe): a name with a slash as it is, else each directory of
// PATH in turn; the first error other than "not found" is the one
// reported.
func findProgram(prog string, env []string, dir string) (string, syscall.Errno) {
	if strings.Contains(prog, "/") {
		return prog, 0
	}
	path, found := "", false
	if env != nil {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, "PATH="); ok {
				path, found = v, true
			}
		}
	} else {
		path, found = os.LookupEnv("PATH")
	}
	if !found {
		path = "/bin:/usr/bin"
	}
	var saved syscall.Errno
	for _, d := range strings.Split(path, ":") {
		cand := prog
		if d != "" {
			cand = d + "/" + prog
		}
		check := cand
		if dir != "" && !filepath.IsAbs(check) {
			check = filepath.Join(dir, check)
		}
		st, err := os.Stat(check)
		if err != nil {
			var errno syscall.Errno
			if errors.As(err, &errno) && errno != syscall.ENOENT && errno != syscall.ENOTDIR && saved == 0 {
				saved = errno
			}
			continue
		}
		if st.IsDir() || syscall.Access(check, 1) != nil {
			if saved == 0 {
				saved = syscall.EACCES
			}
			continue
		}
		return cand, 0
	}
	if saved == 0 {
		saved = syscall.ENOENT
	}
	return "", saved
}

// spawnPlan is everything the child is started with, made on the loop
// before the start goroutine runs.
type spawnPlan struct {
	prog     runtime.Value // the program as given, for error messages
	progName string
	argv     []string
	env      []string
	dir      runtime.Value // cwd as given, or Null
	dirName  string
	sys      *syscall.SysProcAttr
	limit    int

	specs  [3]stdioSpec
	child  [3]*os.File // the child's stdin, stdout, stderr
	owned  []*os.File  // child ends this plan opened, closed after the start
	parent [3]*os.File // parent ends of PIPE fds
	copies [3]*os.File // read ends of the copies to the interpreter's streams (by stream)
}

// closeParents closes the parent ends (the child did not start, or
// nobody will use it).
func (pl *spawnPlan) closeParents() {
	for _, f := range pl.parent {
		if f != nil {
			_ = f.Close()
		}
	}
	for _, f := range pl.copies {
		if f != nil {
			_ = f.Close()
		}
	}
}

// closeOwned closes the child ends once the child has them.
func (pl *spawnPlan) closeOwned() {
	for _, f := range pl.owned {
		_ = f.Close()
	}
	pl.owned = nil
}

// openFiles opens the pipes and files the child gets; t's streams are
// where the interpreter's own output goes.
func (pl *spawnPlan) openFiles(t *runtime.Thread) error {
	var devnull *os.File
	getDevnull := func() (*os.File, error) {
		if devnull == nil {
			f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
			if err != nil {
				return nil, err
			}
			devnull = f
			pl.owned = append(pl.owned, f)
		}
		return devnull, nil
	}
	var copyW [3]*os.File
	interp := func(n int) (*os.File, error) {
		var w any
		switch n {
		case 0:
			w = t.Stdin
		case 1:
			w = t.Stdout
		default:
			w = t.Stderr
		}
		if f, ok := w.(*os.File); ok {
			return f, nil
		}
		if n == 0 || w == nil {
			// A reader that is not a file cannot be shared with a child.
			return getDevnull()
		}
		if copyW[n] == nil {
			r, wr, err := os.Pipe()
			if err != nil {
				return nil, err
			}
			pl.copies[n] = r
			copyW[n] = wr
			pl.owned = append(pl.owned, wr)
		}
		return copyW[n], nil
	}
	for fd := 0; fd < 3; fd++ {
		sp := pl.specs[fd]
		var f *os.File
		var err error
		switch sp.kind {
		case stdioInterp:
			f, err = interp(sp.n)
		case stdioPipe:
			var r, w *os.File
			if r, w, err = os.Pipe(); err == nil {
				if fd == 0 {
					f, pl.parent[0] = r, w
					pl.owned = append(pl.owned, r)
				} else {
					f, pl.parent[fd] = w, r
					pl.owned = append(pl.owned, w)
				}
			}
		case stdioDevnull:
			f, err = getDevnull()
		case stdioStdout:
			f = pl.child[1]
		case stdioFile:
			f = sp.file
		}
		if err != nil {
			pl.closeOwned()
			pl.closeParents()
			return osError(err, runtime.Null)
		}
		pl.child[fd] = f
	}
	return nil
}

// spawnJob is the start of one child, shared by the start goroutine and
// the loop: whichever sees that the other side is gone (the loop closed,
// or the creating coroutine was cancelled) cleans up.
type spawnJob struct {
	mu        sync.Mutex
	plan      *spawnPlan
	done      bool // the start goroutine finished
	abandoned bool // the loop closed: nobody will claim the child
	claimed   bool // the loop took the result
	proc      *os.Process
	err       error
	errCwd    bool // err is about the working directory
}

// start runs on its own goroutine.
func (j *spawnJob) start() (proc *os.Process, err error, errCwd bool) {
	pl := j.plan
	defer pl.closeOwned()
	if pl.dirName != "" {
		st, err := os.Stat(pl.dirName)
		if err != nil {
			return nil, err, true
		}
		if !st.IsDir() {
			return nil, syscall.ENOTDIR, true
		}
	}
	path, errno := findProgram(pl.progName, pl.env, pl.dirName)
	if errno != 0 {
		return nil, errno, false
	}
	proc, err = os.StartProcess(path, pl.argv, &os.ProcAttr{Dir: pl.dirName, Env: pl.env, Files: pl.child[:], Sys: pl.sys})
	return proc, err, false
}

// discard kills and reaps a child nobody will use and closes its pipes.
func discardChild(proc *os.Process, pl *spawnPlan) {
	pl.closeParents()
	if proc != nil {
		_ = proc.Kill()
		go func() { _, _ = proc.Wait() }()
	}
}

// spawn starts the child on a goroutine; the returned future resolves to
// the Process.
func spawn(t *runtime.Thread, loop *runtime.Loop, pl *spawnPlan) *runtime.Future {
	fut := loop.CreateFuture()
	j := &spawnJob{plan: pl}
	remove := loop.OnClose(func() {
		j.mu.Lock()
		defer j.mu.Unlock()
		j.abandoned = true
		if j.done && !j.claimed {
			j.claimed = true
			discardChild(j.proc, pl)
		}
	})
	loop.StartOp()
	go func() {
		proc, err, errCwd := j.start()
		j.mu.Lock()
		j.done, j.proc, j.err, j.errCwd = true, proc, err, errCwd
		abandoned := j.abandoned
		if abandoned {
			j.claimed = true
		}
		j.mu.Unlock()
		if abandoned {
			discardChild(proc, pl)
		}
		loop.Complete(func(t *runtime.Thread) error {
			j.mu.Lock()
			if j.claimed {
				j.mu.Unlock()
				return nil
			}
			j.claimed = true
			j.mu.Unlock()
			remove()
			if fut.Done() {
				discardChild(j.proc, pl)
				return nil
			}
			if j.err != nil {
				pl.closeParents()
				return fut.SetExceptionInstance(spawnError(j.err, j.errCwd, pl))
			}
			p, err := newSubprocess(t, loop, j.proc, pl)
			if err != nil {
				exc, ok := err.(*runtime.Instance)
				if !ok {
					return err
				}
				return fut.SetExceptionInstance(exc)
			}
			return fut.SetResult(runtime.Obj(p))
		})
	}()
	return fut
}

// spawnError is the OSError CPython raises when the child cannot start:
// about the working directory, or about the program.
func spawnError(err error, cwd bool, pl *spawnPlan) *runtime.Instance {
	name := pl.prog
	if cwd {
		name = pl.dir
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return runtime.Errorf(runtime.OSErrorType, "%s", err.Error())
	}
	typ := errnoType(errno)
	switch errno {
	case syscall.ENOENT:
		typ = runtime.FileNotFoundErrorType
	case syscall.ENOTDIR:
		typ = runtime.NotADirectoryErrorType
	case syscall.EISDIR:
		typ = runtime.IsADirectoryErrorType
	}
	msg := strerror(errno)
	e := runtime.NewException(typ, runtime.Int(int64(errno)), runtime.Str(msg))
	e.Dict.Set("errno", runtime.Int(int64(errno)))
	e.Dict.Set("strerror", runtime.Str(msg))
	e.Dict.Set("filename", name)
	return e
}

// newSubprocess makes the Process of a started child: the transports of
// its pipes, the copies of its output and the goroutine that reaps it.
func newSubprocess(t *runtime.Thread, loop *runtime.Loop, proc *os.Process, pl *spawnPlan) (*subprocess, error) {
	p := &subprocess{loop: loop, proc: proc, pid: proc.Pid, pipeOpen: map[int]bool{},
		copyDone: make(chan struct{}), reaped: make(chan struct{}), stop: make(chan struct{})}
	var made []*netTransport
	fail := func(err error) (*subprocess, error) {
		// Only a closed loop gets here: release what was made.
		for _, tr := range made {
			tr.abortNow()
		}
		for fd, f := range pl.parent {
			if f != nil && p.pipeTr[fd] == nil {
				_ = f.Close()
			}
		}
		discardChild(proc, &spawnPlan{})
		return nil, err
	}
	for fd := 0; fd < 3; fd++ {
		f := pl.parent[fd]
		if f == nil {
			continue
		}
		pp := &pipeProto{p: p, fd: fd}
		if fd == 0 {
			pp.sp = &streamProtocol{loop: loop, reader: newStreamReader(loop, pl.limit), clientCB: runtime.Null, closed: loop.CreateFuture(), task: runtime.Null}
		} else {
			pp.reader = newStreamReader(loop, pl.limit)
		}
		tr, err := newTransport(t, loop, newPipeConn(f, fd == 0), pp, runtime.None, nil)
		if err != nil {
			for _, c := range pl.copies {
				if c != nil {
					_ = c.Close()
				}
			}
			return fail(err)
		}
		made = append(made, tr)
		p.pipeTr[fd] = tr
		p.pipeOpen[fd] = true
		if pp.reader != nil {
			pp.reader.tr = tr
			pp.reader.transport = runtime.Obj(tr)
		}
		switch fd {
		case 0:
			pp.sp.tr = tr
			p.stdinW = &streamWriter{tr: tr, proto: pp.sp, loop: loop}
			pp.sp.writer = p.stdinW
		case 1:
			p.stdoutR = pp.reader
		case 2:
			p.stderrR = pp.reader
		}
	}
	for n := 1; n < 3; n++ {
		f := pl.copies[n]
		if f == nil {
			continue
		}
		c := newPipeConn(f, false)
		tr, err := newTransport(t, loop, c, &copyProto{p: p, stream: n}, runtime.None, nil)
		if err != nil {
			if n == 1 && pl.copies[2] != nil {
				_ = pl.copies[2].Close()
			}
			return fail(err)
		}
		made = append(made, tr)
		p.copyConns = append(p.copyConns, c)
		p.copyOpen++
	}
	if p.copyOpen == 0 {
		close(p.copyDone)
	}
	p.removeCloser = loop.OnClose(p.abort)
	loop.StartOp()
	go p.reap()
	return p, nil
}

// subprocessArgs are the keyword arguments of create_subprocess_exec and
// create_subprocess_shell after the program.
type subprocessArgs struct {
	stdin, stdout, stderr, limit runtime.Value
	kwnames                      []string
	kwvals                       []runtime.Value
}

// plan checks the arguments like loop.subprocess_exec/subprocess_shell
// and Popen, and makes the spawn plan. argv[0] is the program.
func (a *subprocessArgs) plan(t *runtime.Thread, shell bool, argv []runtime.Value) (*spawnPlan, error) {
	pl := &spawnPlan{prog: argv[0], dir: runtime.Null, limit: defaultStreamLimit}
	var universal, shellKw, bufsize, text, encoding, errs runtime.Value
	var executable, cwd, env, startNewSession, processGroup runtime.Value
	known := map[string]*runtime.Value{
		"universal_newlines": &universal, "shell": &shellKw, "bufsize": &bufsize, "text": &text,
		"encoding": &encoding, "errors": &errs, "executable": &executable, "cwd": &cwd, "env": &env,
		"start_new_session": &startNewSession, "process_group": &processGroup,
	}
	// Popen parameters aio accepts at their default values only.
	defaults := map[string]string{
		"preexec_fn": "None", "close_fds": "True", "startupinfo": "None", "creationflags": "0",
		"restore_signals": "True", "pass_fds": "()", "user": "None", "group": "None",
		"extra_groups": "None", "umask": "-1", "pipesize": "-1",
	}
	var other []int
	for i, k := range a.kwnames {
		if p, ok := known[k]; ok {
			*p = a.kwvals[i]
			continue
		}
		other = append(other, i)
	}
	truth := func(v runtime.Value) (bool, error) {
		if v.IsNull() {
			return false, nil
		}
		return runtime.Truth(t, v)
	}
	if b, err := truth(universal); err != nil || b {
		if err != nil {
			return nil, err
		}
		return nil, valueError("universal_newlines must be False")
	}
	if shell {
		if !shellKw.IsNull() {
			if b, err := truth(shellKw); err != nil || !b {
				if err != nil {
					return nil, err
				}
				return nil, valueError("shell must be True")
			}
		}
	} else if b, err := truth(shellKw); err != nil || b {
		if err != nil {
			return nil, err
		}
		return nil, valueError("shell must be False")
	}
	if !bufsize.IsNull() {
		eq, err := runtime.RichCompare(t, bufsize, runtime.Int(0), runtime.CmpEq)
		if err != nil {
			return nil, err
		}
		if b, err := runtime.Truth(t, eq); err != nil || !b {
			if err != nil {
				return nil, err
			}
			return nil, valueError("bufsize must be 0")
		}
	}
	if b, err := truth(text); err != nil || b {
		if err != nil {
			return nil, err
		}
		return nil, valueError("text must be False")
	}
	if !encoding.IsNull() && !encoding.IsNone() {
		return nil, valueError("encoding must be None")
	}
	if !errs.IsNull() && !errs.IsNone() {
		return nil, valueError("errors must be None")
	}
	for _, i := range other {
		k := a.kwnames[i]
		dflt, ok := defaults[k]
		if !ok {
			return nil, typeError("Popen.__init__() got an unexpected keyword argument '%s'", k)
		}
		r, err := runtime.Repr(t, a.kwvals[i])
		if err != nil {
			return nil, err
		}
		if r != dflt && !(k == "close_fds" && r != "False") && !(k == "pass_fds" && (r == "[]" || r == "set()")) {
			return nil, runtime.Errorf(runtime.NotImplementedErrorType, "%s=%s is not supported by aio", k, r)
		}
	}
	for i, v := range argv {
		s, err := fsArg(t, v)
		if err != nil {
			return nil, err
		}
		pl.argv = append(pl.argv, s)
		if i == 0 {
			pl.progName = s
		}
	}
	if !executable.IsNull() && !executable.IsNone() {
		s, err := fsArg(t, executable)
		if err != nil {
			return nil, err
		}
		pl.prog, pl.progName = executable, s
	}
	if !cwd.IsNull() && !cwd.IsNone() {
		s, err := fsArg(t, cwd)
		if err != nil {
			return nil, err
		}
		pl.dir, pl.dirName = cwd, s
	}
	if !env.IsNull() && !env.IsNone() {
		e, err := envArg(t, env)
		if err != nil {
			return nil, err
		}
		pl.env = e
	}
	if b, err := truth(startNewSession); err != nil {
		return nil, err
	} else if b {
		pl.sys = &syscall.SysProcAttr{Setsid: true}
	}
	if !processGroup.IsNull() && !processGroup.IsNone() {
		n, err := runtime.IndexInt(t, processGroup)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			if pl.sys == nil {
				pl.sys = &syscall.SysProcAttr{}
			}
			pl.sys.Setpgid, pl.sys.Pgid = true, int(n)
		}
	}
	for fd, v := range []runtime.Value{a.stdin, a.stdout, a.stderr} {
		sp, err := stdioArg(t, v, fd)
		if err != nil {
			return nil, err
		}
		pl.specs[fd] = sp
	}
	if (pl.specs[1].kind == stdioPipe || pl.specs[2].kind == stdioPipe) && !a.limit.IsNull() {
		n, err := runtime.IndexInt(t, a.limit)
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return nil, valueError("Limit cannot be <= 0")
		}
		pl.limit = int(n)
	}
	return pl, nil
}

// createCoro is the coroutine of create_subprocess_exec/_shell: check
// the permission and the arguments, start the child off the loop, and
// return the Process.
func createCoro(name string, a *subprocessArgs, shell bool, argv []runtime.Value) runtime.Value {
	return newAsyncCoro(name, name, func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 1 {
			return r, err
		}
		if err := checkSubprocess(t); err != nil {
			return runtime.Null, err
		}
		loop, err := runtime.GetRunningLoop(t)
		if err != nil {
			return runtime.Null, err
		}
		pl, err := a.plan(t, shell, argv)
		if err != nil {
			return runtime.Null, err
		}
		// What the interpreter buffered goes out before the child writes.
		for _, sp := range pl.specs[1:] {
			if sp.kind == stdioInterp && sp.n == 1 && t.Stdout != nil {
				flushWriter(t.Stdout)
			} else if sp.kind == stdioInterp && sp.n == 2 && t.Stderr != nil {
				flushWriter(t.Stderr)
			}
		}
		if err := pl.openFiles(t); err != nil {
			return runtime.Null, err
		}
		fut := spawn(t, loop, pl)
		c.PC = 1
		return c.Await(fut.Value())
	})
}

// splitKw separates the keyword arguments named in params from the rest
// (**kwds).
func splitKw(args []runtime.Value, kwnames []string, params map[string]*runtime.Value, fname string) (rest []string, restV []runtime.Value, err error) {
	npos := len(args) - len(kwnames)
	for i, k := range kwnames {
		if p, ok := params[k]; ok {
			if !p.IsNull() {
				return nil, nil, typeError("%s() got multiple values for argument '%s'", fname, k)
			}
			*p = args[npos+i]
			continue
		}
		rest = append(rest, k)
		restV = append(restV, args[npos+i])
	}
	return rest, restV, nil
}

// createSubprocessExec is asyncio.create_subprocess_exec(program, *args,
// stdin=None, stdout=None, stderr=None, limit=65536, **kwds).
func createSubprocessExec(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	const fname = "create_subprocess_exec"
	npos := len(args) - len(kwnames)
	a := &subprocessArgs{}
	var program runtime.Value
	params := map[string]*runtime.Value{"stdin": &a.stdin, "stdout": &a.stdout, "stderr": &a.stderr, "limit": &a.limit}
	if npos == 0 {
		params["program"] = &program
	}
	rest, restV, err := splitKw(args, kwnames, params, fname)
	if err != nil {
		return runtime.Null, err
	}
	if npos > 0 {
		for _, k := range rest {
			if k == "program" {
				return runtime.Null, typeError("%s() got multiple values for argument 'program'", fname)
			}
		}
		program = args[0]
	}
	if program.IsNull() {
		return runtime.Null, typeError("%s() missing 1 required positional argument: 'program'", fname)
	}
	a.kwnames, a.kwvals = rest, restV
	argv := []runtime.Value{program}
	if npos > 1 {
		argv = append(argv, args[1:npos]...)
	}
	return createCoro(fname, a, false, argv), nil
}

// createSubprocessShell is asyncio.create_subprocess_shell(cmd,
// stdin=None, stdout=None, stderr=None, limit=65536, **kwds): the command
// runs under /bin/sh -c.
func createSubprocessShell(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	const fname = "create_subprocess_shell"
	npos := len(args) - len(kwnames)
	a := &subprocessArgs{}
	var cmd runtime.Value
	order := []*runtime.Value{&cmd, &a.stdin, &a.stdout, &a.stderr, &a.limit}
	if npos > len(order) {
		return runtime.Null, typeError("%s() takes from 1 to 5 positional arguments but %d were given", fname, npos)
	}
	for i := 0; i < npos; i++ {
		*order[i] = args[i]
	}
	params := map[string]*runtime.Value{"cmd": &cmd, "stdin": &a.stdin, "stdout": &a.stdout, "stderr": &a.stderr, "limit": &a.limit}
	rest, restV, err := splitKw(args, kwnames, params, fname)
	if err != nil {
		return runtime.Null, err
	}
	if cmd.IsNull() {
		return runtime.Null, typeError("%s() missing 1 required positional argument: 'cmd'", fname)
	}
	a.kwnames, a.kwvals = rest, restV
	return newAsyncCoro(fname, fname, func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			if _, isStr := runtime.StrValue(cmd); !isStr && cmd.Type() != runtime.BytesType {
				if err := checkSubprocess(t); err != nil {
					return runtime.Null, err
				}
				return runtime.Null, valueError("cmd must be a string")
			}
			sh := runtime.Str("/bin/sh")
			c.PC = 1
			return c.Await(createCoro(fname, a, true, []runtime.Value{sh, runtime.Str("-c"), cmd}))
		}
		return r, err
	}), nil
}

// wait is Process.wait(): the return code, at once if the child is
// known to have exited, else once it exited and its pipes closed.
func (p *subprocess) wait() runtime.Value {
	return newAsyncCoro("wait", "Process.wait", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 1 {
			return r, err
		}
		if p.exited {
			return runtime.Int(int64(p.code)), nil
		}
		w := p.loop.CreateFuture()
		p.waiters = append(p.waiters, w)
		c.PC = 1
		return c.Await(w.Value())
	})
}

// noopCoro is Process._noop().
func noopCoro() runtime.Value {
	return newAsyncCoro("_noop", "Process._noop", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		return runtime.None, nil
	})
}

// feedStdin is Process._feed_stdin(input): write, drain (a broken pipe
// or reset is ignored), close.
func (p *subprocess) feedStdin(input runtime.Value) runtime.Value {
	return newAsyncCoro("_feed_stdin", "Process._feed_stdin", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		ignorable := func(err error) bool {
			return runtime.IsInstanceOf(err, runtime.BrokenPipeErrorType) || runtime.IsInstanceOf(err, runtime.ConnectionResetType)
		}
		switch c.PC {
		case 0:
			w := p.stdinW
			if w == nil {
				return runtime.Null, runtime.Errorf(runtime.AttributeErrorType, "'NoneType' object has no attribute 'write'")
			}
			b, err := bytesArg("write", input)
			if err != nil {
				return runtime.Null, err
			}
			if err := w.tr.write(t, b); err != nil {
				if !ignorable(err) {
					return runtime.Null, err
				}
				break
			}
			c.PC = 1
			return c.Await(w.drain())
		case 1:
			if err != nil && !ignorable(err) {
				return runtime.Null, err
			}
		}
		p.stdinW.tr.close()
		return runtime.None, nil
	})
}

// readStream is Process._read_stream(fd): read to EOF, close the pipe.
func (p *subprocess) readStream(fd int) runtime.Value {
	r := p.stdoutR
	if fd == 2 {
		r = p.stderrR
	}
	return newAsyncCoro("_read_stream", "Process._read_stream", func(t *runtime.Thread, c *runtime.Coro, res runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			c.PC = 1
			return c.Await(r.read(-1))
		}
		if err != nil {
			return runtime.Null, err
		}
		p.pipeTr[fd].close()
		return res, nil
	})
}

// communicate is Process.communicate(input=None): feed stdin and read
// stdout and stderr concurrently (gather), wait for the exit, return
// (stdout, stderr).
func (p *subprocess) communicate(input runtime.Value) runtime.Value {
	var out runtime.Value
	return newAsyncCoro("communicate", "Process.communicate", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		switch c.PC {
		case 0:
			parts := []runtime.Value{noopCoro(), noopCoro(), noopCoro()}
			if !input.IsNull() && !input.IsNone() {
				parts[0] = p.feedStdin(input)
			}
			if p.stdoutR != nil {
				parts[1] = p.readStream(1)
			}
			if p.stderrR != nil {
				parts[2] = p.readStream(2)
			}
			g, err := asyncGather(t, parts, false)
			if err != nil {
				return runtime.Null, err
			}
			c.PC = 1
			return c.Await(g)
		case 1:
			if err != nil {
				return runtime.Null, err
			}
			out = r
			c.PC = 2
			return c.Await(p.wait())
		}
		if err != nil {
			return runtime.Null, err
		}
		items := out.Raw().(*runtime.List).Items
		return runtime.NewTuple([]runtime.Value{items[1], items[2]}), nil
	})
}

func processSelf(v runtime.Value) (*subprocess, error) {
	p, ok := asyncBase(v).(*subprocess)
	if !ok {
		return nil, typeError("descriptor requires a 'Process' object but received a '%s'", v.TypeName())
	}
	return p, nil
}

func init() {
	pt := processType
	pt.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Null, typeError("cannot create 'asyncio.subprocess.Process' instances: use create_subprocess_exec()")
	}
	pt.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		p, err := processSelf(v)
		if err != nil {
			return "", err
		}
		return "<Process " + strconv.Itoa(p.pid) + ">", nil
	}
	prop := func(name string, get func(p *subprocess) runtime.Value) {
		pt.Dict.Set(name, roProperty(name, func(self runtime.Value) (runtime.Value, error) {
			p, err := processSelf(self)
			if err != nil {
				return runtime.Null, err
			}
			return get(p), nil
		}))
	}
	prop("pid", func(p *subprocess) runtime.Value { return runtime.Int(int64(p.pid)) })
	prop("returncode", (*subprocess).returncode)
	prop("stdin", func(p *subprocess) runtime.Value {
		if p.stdinW == nil {
			return runtime.None
		}
		return runtime.Obj(p.stdinW)
	})
	prop("stdout", func(p *subprocess) runtime.Value {
		if p.stdoutR == nil {
			return runtime.None
		}
		return runtime.Obj(p.stdoutR)
	})
	prop("stderr", func(p *subprocess) runtime.Value {
		if p.stderrR == nil {
			return runtime.None
		}
		return runtime.Obj(p.stderrR)
	})
	method := func(name string, fn func(t *runtime.Thread, p *subprocess, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		pt.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			p, err := processSelf(self)
			if err != nil {
				return runtime.Null, err
			}
			return fn(t, p, args, kwnames)
		})
	}
	method("wait", func(t *runtime.Thread, p *subprocess, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := pyArgs("Process.wait", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		return p.wait(), nil
	})
	method("communicate", func(t *runtime.Thread, p *subprocess, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var input runtime.Value
		if err := pyArgs("Process.communicate", true, args, kwnames, 0, []string{"input"}, &input); err != nil {
			return runtime.Null, err
		}
		return p.communicate(input), nil
	})
	method("send_signal", func(t *runtime.Thread, p *subprocess, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var sig runtime.Value
		if err := pyArgs("Process.send_signal", true, args, kwnames, 1, []string{"signal"}, &sig); err != nil {
			return runtime.Null, err
		}
		n, err := runtime.IndexInt(t, sig)
		if err != nil {
			return runtime.Null, err
		}
		if n < 0 || n > 64 {
			if p.gone {
				return runtime.Null, runtime.NewException(runtime.ProcessLookupErrorType)
			}
			if p.exited {
				return runtime.None, nil
			}
			return runtime.Null, newOSError(syscall.EINVAL, strerror(syscall.EINVAL))
		}
		return runtime.None, p.sendSignal(syscall.Signal(n))
	})
	method("terminate", func(t *runtime.Thread, p *subprocess, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := pyArgs("Process.terminate", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		return runtime.None, p.sendSignal(syscall.SIGTERM)
	})
	method("kill", func(t *runtime.Thread, p *subprocess, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := pyArgs("Process.kill", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		return runtime.None, p.sendSignal(syscall.SIGKILL)
	})
}
