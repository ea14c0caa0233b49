package lexer

import "fmt"

// Error is a lexing error. Its fields follow CPython's SyntaxError: Col and
// EndCol are 1-based columns on Line, and EndCol is 0 or -1 when CPython
// gives no end (a single caret is drawn then).
type Error struct {
	Pos        Position // where the error is reported (Column is 1-based)
	EndCol     int      // 1-based exclusive end column on Pos.Line, or 0/-1
	Msg        string   // CPython's wording, e.g. "unterminated string literal (detected at line 3)"
	Kind       string   // "SyntaxError", "IndentationError" or "TabError"
	Incomplete bool     // the input ended too early: more lines could complete it
	// Unclosed marks the "'(' was never closed" error found at the end of
	// input; CPython lets an earlier parser error take precedence over it.
	Unclosed bool
	// Deferred marks errors that CPython reports only when its parser
	// reaches them (bad indentation, misused backslashes), not when it
	// scans the rest of the file after a parser error.
	Deferred bool
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Kind, e.Msg, e.Pos.Filename, e.Pos.Line)
}
