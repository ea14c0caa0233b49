package stdlib_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aio-lang/aio/stdlib"
)

// runSub runs src with subprocesses allowed.
func runSub(t *testing.T, src string) (stdout, stderr string) {
	t.Helper()
	return runWith(t, stdlib.Options{AllowSubprocess: true}, src, 30*time.Second)
}

// cpython runs src under python3 and returns its stdout, or skips the
// comparison when python3 is not installed.
func cpython(t *testing.T, src string) (string, bool) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		return "", false
	}
	file := filepath.Join(t.TempDir(), "test.py")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, file)
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	return string(out), true
}

// checkScript runs src in aio, checks its output against want and
// against CPython's, and checks that nothing leaked.
func checkScript(t *testing.T, src, want string) {
	t.Helper()
	g, f := baseline(t)
	out, errs := runSub(t, src)
	if errs != "" {
		t.Errorf("stderr:\n%s", errs)
	}
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if py, ok := cpython(t, src); ok && py != out {
		t.Errorf("CPython prints:\n%s\naio prints:\n%s", py, out)
	}
	checkNoLeaks(t, g, f)
}

const subprocessPrelude = `import asyncio
PIPE = asyncio.subprocess.PIPE
STDOUT = asyncio.subprocess.STDOUT
DEVNULL = asyncio.subprocess.DEVNULL
`

func TestSubprocessPipes(t *testing.T) {
	checkScript(t, subprocessPrelude+`
async def main():
    print(PIPE, STDOUT, DEVNULL, asyncio.subprocess.Process)
    p = await asyncio.create_subprocess_exec('sh', '-c', 'echo out; echo err >&2; exit 3', stdout=PIPE, stderr=PIPE)
    print(type(p).__name__, type(p.stdout).__name__, type(p.stderr).__name__, p.stdin, p.pid > 0)
    print(await p.communicate(), p.returncode, await p.wait())
    p = await asyncio.create_subprocess_exec('tr', 'a-z', 'A-Z', stdin=PIPE, stdout=PIPE)
    print(type(p.stdin).__name__)
    print(await p.communicate(b'hello\n' * 3))
    p = await asyncio.create_subprocess_exec('sh', '-c', 'echo one; echo two >&2; echo three', stdout=PIPE, stderr=STDOUT)
    print(await p.communicate())
    p = await asyncio.create_subprocess_shell('echo "$((6 * 7))" | cat', stdout=PIPE)
    print(await p.communicate(), p.returncode)
    p = await asyncio.create_subprocess_shell(b'exit 5', stdout=DEVNULL)
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    p.stdin.write(b'first\nsecond\n')
    await p.stdin.drain()
    print(await p.stdout.readline())
    p.stdin.close()
    print(await p.stdout.read(), await p.wait())
    p = await asyncio.create_subprocess_exec('head', '-c', '2', stdin=PIPE, stdout=PIPE)
    print(await p.communicate(b'x' * 1000000), p.returncode)
    p = await asyncio.create_subprocess_exec('sh', '-c', 'echo "$FOO"; pwd', env={'FOO': 'bar', 'PATH': '/usr/bin:/bin'}, cwd='/', stdout=PIPE)
    print(await p.communicate())
    p = await asyncio.create_subprocess_exec('yes', stdout=PIPE)
    data = await p.stdout.readexactly(300000)
    print(len(data), data[:4])
    p.kill()
    await p.stdout.read()
    print(await p.wait())

asyncio.run(main())
`, `-1 -2 -3 <class 'asyncio.subprocess.Process'>
Process StreamReader StreamReader None True
(b'out\n', b'err\n') 3 3
StreamWriter
(b'HELLO\nHELLO\nHELLO\n', None)
(b'one\ntwo\nthree\n', None)
(b'42\n', None) 0
5
b'first\n'
b'second\n' 0
(b'xx', None) 0
(b'bar\n/\n', None)
300000 b'y\ny\n'
-9
`)
}

func TestSubprocessErrors(t *testing.T) {
	checkScript(t, subprocessPrelude+`
async def main():
    for args in [('no-such-program-aio',), ('./no/such/file',), ('/etc/passwd',), ('/',)]:
        try:
            await asyncio.create_subprocess_exec(*args)
        except OSError as e:
            print(type(e).__name__, e, e.args, e.errno, e.filename)
    try:
        await asyncio.create_subprocess_exec('true', cwd='/no/such/dir')
    except OSError as e:
        print(type(e).__name__, e, e.filename)
    for args in [('echo', 1), (None,)]:
        try:
            await asyncio.create_subprocess_exec(*args)
        except TypeError as e:
            print('TypeError', e)
    for kw in [dict(foo=1), dict(bufsize=1), dict(text=True), dict(shell=True), dict(stdout=STDOUT), dict(stdout=99), dict(stdin='x')]:
        try:
            await asyncio.create_subprocess_exec('true', **kw)
        except Exception as e:
            print(kw, type(e).__name__, e)
    try:
        await asyncio.create_subprocess_shell(['ls'])
    except ValueError as e:
        print('ValueError', e)
    p = await asyncio.create_subprocess_shell('no-such-command-aio 2>/dev/null')
    print(await p.wait())

asyncio.run(main())
`, `FileNotFoundError [Errno 2] No such file or directory: 'no-such-program-aio' (2, 'No such file or directory') 2 no-such-program-aio
FileNotFoundError [Errno 2] No such file or directory: './no/such/file' (2, 'No such file or directory') 2 ./no/such/file
PermissionError [Errno 13] Permission denied: '/etc/passwd' (13, 'Permission denied') 13 /etc/passwd
PermissionError [Errno 13] Permission denied: '/' (13, 'Permission denied') 13 /
FileNotFoundError [Errno 2] No such file or directory: '/no/such/dir' /no/such/dir
TypeError expected str, bytes or os.PathLike object, not int
TypeError expected str, bytes or os.PathLike object, not NoneType
{'foo': 1} TypeError Popen.__init__() got an unexpected keyword argument 'foo'
{'bufsize': 1} ValueError bufsize must be 0
{'text': True} ValueError text must be False
{'shell': True} ValueError shell must be False
{'stdout': -2} OSError [Errno 9] Bad file descriptor
{'stdout': 99} OSError [Errno 9] Bad file descriptor
{'stdin': 'x'} AttributeError 'str' object has no attribute 'fileno'
ValueError cmd must be a string
127
`)
}

func TestSubprocessSignals(t *testing.T) {
	checkScript(t, subprocessPrelude+`
async def main():
    p = await asyncio.create_subprocess_exec('sleep', '30')
    p.kill()
    print(await p.wait(), p.returncode)
    try:
        p.kill()
    except ProcessLookupError as e:
        print('ProcessLookupError', repr(e))
    p = await asyncio.create_subprocess_exec('sleep', '30')
    p.terminate()
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '30')
    p.send_signal(2)
    print(await p.wait())

asyncio.run(main())
`, `-9 -9
ProcessLookupError ProcessLookupError()
-15
-2
`)
}

func TestSubprocessCancel(t *testing.T) {
	checkScript(t, subprocessPrelude+`
async def main():
    p = await asyncio.create_subprocess_exec('sleep', '30', stdout=PIPE)
    waiter = asyncio.create_task(p.wait())
    await asyncio.sleep(0.05)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('wait cancelled', p.returncode)
    try:
        await asyncio.wait_for(p.communicate(), 0.05)
    except asyncio.TimeoutError:
        print('communicate timed out', p.returncode)
    p.kill()
    print(await p.wait())

asyncio.run(main())
`, `wait cancelled None
communicate timed out None
-9
`)
}

func TestSubprocessConcurrent(t *testing.T) {
	checkScript(t, subprocessPrelude+`
async def run(i):
    p = await asyncio.create_subprocess_exec('sh', '-c', 'cat; echo "$0" >&2; exit "$0"', str(i), stdin=PIPE, stdout=PIPE, stderr=PIPE)
    out, err = await p.communicate(b'in %d' % i)
    return out == b'in %d' % i and err == b'%d\n' % i and p.returncode == i

async def main():
    results = await asyncio.gather(*(run(i) for i in range(50)))
    print(len(results), all(results))

asyncio.run(main())
`, "50 True\n")
}

// TestSubprocessInterpreterOutput checks that a child without pipes
// writes into the interpreter's own stdout and stderr, in order with
// the script's output.
func TestSubprocessInterpreterOutput(t *testing.T) {
	src := subprocessPrelude + `
import sys
async def main():
    print('before', flush=True)
    p = await asyncio.create_subprocess_exec('sh', '-c', 'i=0; while [ $i -lt 300 ]; do echo "child line $i"; i=$((i+1)); done')
    print('rc', await p.wait(), flush=True)
    p = await asyncio.create_subprocess_shell('echo to-stdout; echo to-stderr >&2', stderr=STDOUT)
    print('rc', await p.wait(), flush=True)
    p = await asyncio.create_subprocess_shell('echo err-only >&2')
    await p.wait()
    p = await asyncio.create_subprocess_shell('echo discarded', stdout=DEVNULL)
    await p.wait()
    print('after', flush=True)

asyncio.run(main())
`
	var want strings.Builder
	want.WriteString("before\n")
	for i := 0; i < 300; i++ {
		want.WriteString("child line " + strconv.Itoa(i) + "\n")
	}
	want.WriteString("rc 0\nto-stdout\nto-stderr\nrc 0\nafter\n")
	g, f := baseline(t)
	out, errs := runSub(t, src)
	if out != want.String() {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want.String())
	}
	if errs != "err-only\n" {
		t.Errorf("stderr: %q", errs)
	}
	if py, ok := cpython(t, src); ok && py != out {
		t.Errorf("CPython prints:\n%s\naio prints:\n%s", py, out)
	}
	checkNoLeaks(t, g, f)
}

func TestSubprocessPermission(t *testing.T) {
	src := `import asyncio
async def main():
    for make in (lambda: asyncio.create_subprocess_exec('true'), lambda: asyncio.create_subprocess_shell('true')):
        try:
            await make()
        except PermissionError as e:
            print('PermissionError', e)

asyncio.run(main())
`
	out, errs := runWith(t, stdlib.Options{AllowNetwork: true}, src, 10*time.Second)
	want := "PermissionError subprocesses are disabled in this interpreter\n"
	if out != want+want || errs != "" {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out, errs)
	}
}

// TestSubprocessKilledAtClose checks that children still running when
// asyncio.run closes its loop are killed and reaped.
func TestSubprocessKilledAtClose(t *testing.T) {
	g, f := baseline(t)
	out, errs := runSub(t, subprocessPrelude+`
async def main():
    a = await asyncio.create_subprocess_exec('sleep', '60', stdin=PIPE, stdout=PIPE, stderr=PIPE)
    b = await asyncio.create_subprocess_exec('sleep', '61')
    print(a.pid, b.pid)

asyncio.run(main())
`)
	if errs != "" {
		t.Fatalf("stderr:\n%s", errs)
	}
	pids := regexp.MustCompile(`\d+`).FindAllString(out, -1)
	if len(pids) != 2 {
		t.Fatalf("stdout: %q", out)
	}
	for _, s := range pids {
		pid, _ := strconv.Atoi(s)
		// Reaped: not even a zombie is left.
		if err := syscall.Kill(pid, 0); err != syscall.ESRCH {
			t.Errorf("child %d still exists (kill: %v)", pid, err)
		}
	}
	checkNoLeaks(t, g, f)
}

// TestSubprocessImport checks the asyncio.subprocess module.
func TestSubprocessImport(t *testing.T) {
	checkScript(t, `import asyncio.subprocess
print(asyncio.subprocess.__name__, asyncio.subprocess.PIPE, asyncio.subprocess.__all__)
print(asyncio.create_subprocess_exec is asyncio.subprocess.create_subprocess_exec)
`, "asyncio.subprocess -1 ('create_subprocess_exec', 'create_subprocess_shell')\nTrue\n")
}
