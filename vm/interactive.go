package vm

import (
	"strings"

	"github.com/aio-lang/aio/ast"
	"github.com/aio-lang/aio/compiler"
	"github.com/aio-lang/aio/parser"
)

// CompileInteractive compiles one REPL entry (compiler.ModeInteractive):
// expression statements echo their value and await is allowed at top
// level. Unlike a module, an entry has no docstring: a string literal
// typed first is echoed, as in CPython's 'single' mode. Syntax errors come
// back as a *parser.SyntaxError. Like CompileSource, it touches no VM.
func CompileInteractive(filename, src string) (*compiler.Code, error) {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	if len(mod.Body) > 0 {
		if es, ok := mod.Body[0].(*ast.ExprStmt); ok {
			if k, ok := es.Value.(*ast.Constant); ok && k.Value.Kind == ast.ConstStr {
				// A leading pass keeps the compiler from taking the
				// string for a docstring; it emits no code.
				pass := &ast.Pass{Pos: es.Pos}
				mod = &ast.Module{Body: append([]ast.Stmt{pass}, mod.Body...)}
			}
		}
	}
	code, err := compiler.Compile(filename, mod, compiler.ModeInteractive)
	if err != nil {
		if ce, ok := err.(*compiler.Error); ok {
			se := &parser.SyntaxError{Filename: ce.Filename, Line: ce.Line, Col: ce.Col, EndCol: ce.EndCol, Msg: ce.Msg, Kind: "SyntaxError"}
			if lines := strings.Split(src, "\n"); ce.Line >= 1 && ce.Line <= len(lines) {
				se.Text = lines[ce.Line-1]
			}
			return nil, se
		}
		return nil, err
	}
	return code, nil
}
