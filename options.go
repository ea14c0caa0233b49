package aio

import (
	"io"
	"io/fs"
)

// Option configures an Interpreter; pass options to New.
type Option func(*options)

type options struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	fsys           fs.FS
	argv           []string
	files          bool
	network        bool
	subprocess     bool
	recursionLimit int
	maxSteps       int64
	maxMemory      int64
	virtualTime    bool
	without        []string
}

// WithStdout sets where print writes (default os.Stdout).
func WithStdout(w io.Writer) Option { return func(o *options) { o.stdout = w } }

// WithStderr sets where tracebacks of background tasks, warnings and
// sys.stderr go (default os.Stderr).
func WithStderr(w io.Writer) Option { return func(o *options) { o.stderr = w } }

// WithStdin sets what input() and sys.stdin read (default: nothing).
func WithStdin(r io.Reader) Option { return func(o *options) { o.stdin = r } }

// WithFS sets where `import name` finds name.aio (default: nowhere, only
// the built-in and registered Go modules can be imported).
func WithFS(fsys fs.FS) Option { return func(o *options) { o.fsys = fsys } }

// WithArgs sets sys.argv.
func WithArgs(argv []string) Option { return func(o *options) { o.argv = argv } }

// WithFiles grants scripts the open() builtin on the host's file system
// (default: open raises PermissionError).
func WithFiles(allow bool) Option { return func(o *options) { o.files = allow } }

// WithNetwork grants scripts the network: asyncio's streams and servers
// (open_connection, start_server, create_connection, create_server).
// Without it they raise PermissionError. It will also grant the HTTP
// module, when aio has one.
func WithNetwork(allow bool) Option { return func(o *options) { o.network = allow } }

// WithSubprocess grants scripts child processes: asyncio's
// create_subprocess_exec and create_subprocess_shell. Without it they
// raise PermissionError.
func WithSubprocess(allow bool) Option { return func(o *options) { o.subprocess = allow } }

// WithoutModules removes built-in modules (e.g. "time", "sys") from what
// scripts can import.
func WithoutModules(names ...string) Option {
	return func(o *options) { o.without = append(o.without, names...) }
}

// WithRecursionLimit sets the maximum depth of script calls (default
// 1000); deeper calls raise RecursionError.
func WithRecursionLimit(n int) Option { return func(o *options) { o.recursionLimit = n } }

// WithMaxSteps limits the bytecode instructions of each Exec, Eval, Call,
// Run and Submit, counting the tasks the call creates. A run that exceeds
// it stops with an *Error of Type "Abort" that unwraps to ErrStepLimit;
// scripts cannot catch it. 0 means no limit.
func WithMaxSteps(n int64) Option { return func(o *options) { o.maxSteps = n } }

// WithMaxMemory limits how much the Go heap may grow while a call runs.
// The heap is sampled about every thousand instructions, and one
// allocation whose size the script chose ("x" * n, [0] * n, bytearray(n),
// a format width) is checked before it is made; a run over the budget
// (after a garbage collection) stops with an *Error of Type "Abort" that
// unwraps to ErrMemoryLimit. The measure is the process's heap, so it
// is exact for one interpreter running at a time and approximate when
// other goroutines allocate meanwhile. 0 means no limit.
func WithMaxMemory(bytes int64) Option { return func(o *options) { o.maxMemory = bytes } }

// WithVirtualTime runs scripts on a virtual clock: when every task is
// waiting for a timer, the clock jumps to the next deadline instead of
// sleeping, and time.sleep advances it. A script that sleeps for an hour
// finishes at once and prints what it would have printed. This holds for
// a started interpreter (Start, the REPL) too: while its tasks all wait
// for timers and no host operation is under way, the clock jumps, even
// though the loop keeps waiting for submissions.
func WithVirtualTime() Option { return func(o *options) { o.virtualTime = true } }
