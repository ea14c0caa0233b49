package aio

import (
	"context"
	"errors"
	"strings"

	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/parser"
	"github.com/aio-lang/aio/runtime"
	"github.com/aio-lang/aio/vm"
)

// Program is source compiled once, to run many times, by any number of
// interpreters (Interpreter.Run): hot paths skip parsing and compiling.
// A Program is immutable and safe for concurrent use.
type Program struct {
	filename string
	lines    []string
	code     *compiler.Code
	mode     compiler.Mode
	await    bool
}

// Compile compiles src as a module named filename. A syntax error is an
// *Error of Type "SyntaxError".
func Compile(filename, src string) (*Program, error) {
	return compileProgram(filename, src, compiler.ModeExec)
}

// CompileExpr compiles one expression; running it returns its value.
func CompileExpr(expr string) (*Program, error) {
	return compileProgram("<string>", strings.TrimSpace(expr), compiler.ModeEval)
}

// CompileInteractive compiles an entry typed at a REPL prompt: expression
// statements print the repr of their value (and set _), and await, async
// for and async with may be used at top level. A syntax error unwraps to
// the *parser.SyntaxError, whose Incomplete field says that more lines
// are needed.
func CompileInteractive(filename, src string) (*Program, error) {
	return compileProgram(filename, src, compiler.ModeInteractive)
}

func compileProgram(filename, src string, mode compiler.Mode) (*Program, error) {
	code, err := vm.CompileSource(filename, src, mode)
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) {
			return nil, (&Interpreter{}).convertError(se)
		}
		return nil, newError("SyntaxError", err.Error(), err)
	}
	return &Program{
		filename: filename,
		lines:    strings.Split(src, "\n"),
		code:     code,
		mode:     mode,
		await:    vm.HasTopLevelAwait(code),
	}, nil
}

// Filename is the name the program was compiled with.
func (p *Program) Filename() string { return p.filename }

// Run runs p in the interpreter's __main__ module, as Exec runs source;
// the result of a program from CompileExpr is the expression's value
// (converted as by Get), otherwise nil. An interactive program that awaits
// at top level runs as a task on the interpreter's event loop: after
// Start, while the tasks of earlier entries keep running, which is what
// an asyncio REPL needs. Run is safe for concurrent use, like Submit.
func (in *Interpreter) Run(ctx context.Context, p *Program) (any, error) {
	j := &job{start: func(t *runtime.Thread) (runtime.Value, error) {
		code := in.programCode(p)
		in.vm.Sources[p.filename] = p.lines
		main := in.vm.Main
		switch {
		case p.mode == compiler.ModeEval:
			return in.vm.RunModule(code, main)
		case p.await:
			return in.vm.NewCoroutineFrame(code, main.Dict), nil
		}
		if p.mode == compiler.ModeExec {
			main.Dict.Set("__file__", runtime.Str(p.filename))
		}
		return in.vm.RunModule(code, main)
	}}
	if p.mode == compiler.ModeEval {
		j.finish = in.result
	}
	j.await = p.await
	return in.do(ctx, j)
}

// programCode is the interpreter's own copy of p's code.
func (in *Interpreter) programCode(p *Program) *compiler.Code {
	if code, ok := in.progs[p]; ok {
		return code
	}
	if in.progs == nil {
		in.progs = map[*Program]*compiler.Code{}
	}
	code := vm.CloneCode(p.code)
	in.progs[p] = code
	return code
}
