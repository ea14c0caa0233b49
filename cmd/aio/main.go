// Command aio runs aio scripts: `aio FILE.aio [args...]`, `aio -c CODE`,
// `aio -` (program on stdin), `aio dis FILE.aio`, or, with no arguments,
// an interactive session.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"

	"github.com/aio-lang/aio"
)

const usage = `usage: aio [option] ... [file | -c cmd | -] [arg] ...
Options:
  -c cmd         program passed in as string
  -              program read from stdin
  --virtual-time run on a virtual clock: when every task waits for a timer,
                 time jumps to the next deadline (sleeps finish at once)
  --version      print the version and exit
  --help         print this help and exit
  dis FILE       print the bytecode of FILE, like Python's dis
With no arguments, aio reads the program from stdin when it is not a terminal.
`

func main() {
	// A script process is one interpreter: trade memory for fewer
	// collections, which dominate allocation-heavy scripts.
	debug.SetGCPercent(400)
	if path := os.Getenv("AIO_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			_ = pprof.StartCPUProfile(f)
			code := run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command line: it returns the process exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	args, opts := runOptions(args)
	if len(args) == 0 {
		if isTerminal(stdin) {
			return runREPL(stdin, stdout, stderr, opts...)
		}
		return runStdin(ctx, nil, stdin, stdout, stderr, opts...)
	}
	switch args[0] {
	case "--version", "-V":
		fmt.Fprintf(stdout, "aio %s (Python 3.11 compatible)\n", aio.Version)
		return 0
	case "--help", "-h":
		fmt.Fprint(stdout, usage)
		return 0
	case "-c":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Argument expected for the -c option")
			fmt.Fprint(stderr, usage)
			return 2
		}
		argv := append([]string{"-c"}, args[2:]...)
		return execute(ctx, "<string>", args[1], ".", argv, stdin, stdout, stderr, opts...)
	case "-":
		return runStdin(ctx, args[1:], stdin, stdout, stderr, opts...)
	case "dis":
		if len(args) != 2 {
			fmt.Fprintln(stderr, "usage: aio dis FILE.aio")
			return 2
		}
		src, err := os.ReadFile(args[1])
		if err != nil {
			fmt.Fprintf(stderr, "aio: can't open file '%s': %v\n", args[1], err)
			return 2
		}
		in := aio.New(aio.WithStdout(stdout), aio.WithStderr(stderr))
		if err := in.Disassemble(stdout, args[1], string(src)); err != nil {
			return report(err, stderr)
		}
		return 0
	}
	if len(args[0]) > 1 && args[0][0] == '-' {
		fmt.Fprintf(stderr, "unknown option %s\n", args[0])
		fmt.Fprint(stderr, usage)
		return 2
	}
	file := args[0]
	src, err := os.ReadFile(file)
	if err != nil {
		abs, _ := filepath.Abs(file)
		fmt.Fprintf(stderr, "aio: can't open file '%s': [Errno 2] No such file or directory\n", abs)
		return 2
	}
	return execute(ctx, file, string(src), filepath.Dir(file), args, stdin, stdout, stderr, opts...)
}

// runOptions takes the leading options that change how a program runs
// (--virtual-time) off args.
func runOptions(args []string) ([]string, []aio.Option) {
	var opts []aio.Option
	for len(args) > 0 && args[0] == "--virtual-time" {
		opts = append(opts, aio.WithVirtualTime())
		args = args[1:]
	}
	return args, opts
}

func runStdin(ctx context.Context, rest []string, stdin io.Reader, stdout, stderr io.Writer, opts ...aio.Option) int {
	src, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "aio: reading stdin: %v\n", err)
		return 1
	}
	argv := append([]string{"-"}, rest...)
	if len(rest) == 0 {
		argv = []string{""}
	}
	return execute(ctx, "<stdin>", string(src), ".", argv, stdin, stdout, stderr, opts...)
}

// execute runs one program and reports an uncaught exception as CPython does.
func execute(ctx context.Context, filename, src, dir string, argv []string, stdin io.Reader, stdout, stderr io.Writer, extra ...aio.Option) int {
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	stdout = out
	stderr = &flushFirst{w: stderr, first: out}
	opts := append([]aio.Option{
		aio.WithStdout(stdout),
		aio.WithStderr(stderr),
		aio.WithStdin(stdin),
		aio.WithArgs(argv),
		aio.WithFS(os.DirFS(dir)),
		aio.WithFiles(true),
		aio.WithNetwork(true),
		aio.WithSubprocess(true),
	}, extra...)
	in := aio.New(opts...)
	err := in.Exec(ctx, filename, src)
	if err == nil {
		return 0
	}
	return report(err, stderr)
}

// flushFirst flushes buffered stdout before writing to stderr, so the two
// streams keep their order on a terminal.
type flushFirst struct {
	w     io.Writer
	first *bufio.Writer
}

func (f *flushFirst) Write(p []byte) (int, error) {
	_ = f.first.Flush()
	return f.w.Write(p)
}

// report prints an error and returns the exit status.
func report(err error, stderr io.Writer) int {
	if msg, code, ok := aio.IsSystemExit(err); ok {
		fmt.Fprint(stderr, msg)
		return code
	}
	if e, ok := err.(*aio.Error); ok {
		fmt.Fprint(stderr, e.Traceback)
		return 1
	}
	fmt.Fprintln(stderr, err)
	return 1
}
