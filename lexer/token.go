// Package lexer turns aio source text into tokens: names, keywords, numbers,
// strings, operators, and the synthetic NEWLINE, INDENT and DEDENT tokens that
// give Python's line structure to the token stream.
//
// Every token carries its file, byte offset, 1-based line and 1-based column
// (counted in code points). A token's Value is its exact source text, so the
// end of a token can be computed from its start and its Value; literals are
// decoded later with Unescape and SplitFString.
//
// Definition implements participle's lexer.Definition, so the lexer plugs
// into a participle parser with participle.Lexer(lexer.Definition{}).
package lexer

import (
	plex "github.com/alecthomas/participle/v2/lexer"
)

// Token is a participle token; Value holds the token's source text.
type Token = plex.Token

// Position is a participle position: file, byte offset, 1-based line and
// 1-based column in code points.
type Position = plex.Position

// TokenType is a participle token type.
type TokenType = plex.TokenType

// The token types. All are negative so that none collides with participle's
// single-character literal types.
const (
	EOF        TokenType = plex.EOF // end of input (-1)
	Newline    TokenType = -2       // end of a logical line
	Indent     TokenType = -3       // the indentation level increased
	Dedent     TokenType = -4       // the indentation level decreased by one level
	Name       TokenType = -5       // identifier, including the soft keywords match, case, _ and type
	Keyword    TokenType = -6       // reserved word such as if, def or None
	Number     TokenType = -7       // integer, float or imaginary literal
	String     TokenType = -8       // string or bytes literal of any prefix, f-strings included
	Op         TokenType = -9       // operator or delimiter
	ErrorToken TokenType = -10      // a lexing error, see Lexer.DeferErrors
)

// symbols maps token type names to types for participle.
var symbols = map[string]TokenType{
	"EOF":     EOF,
	"Newline": Newline,
	"Indent":  Indent,
	"Dedent":  Dedent,
	"Name":    Name,
	"Keyword": Keyword,
	"Number":  Number,
	"String":  String,
	"Op":      Op,
	"Error":   ErrorToken,
}

// TypeName returns the symbolic name of a token type, e.g. "Newline".
func TypeName(t TokenType) string {
	for name, typ := range symbols {
		if typ == t {
			return name
		}
	}
	return "Unknown"
}

// keywords are the reserved words of Python 3.11. Soft keywords are absent:
// they lex as names.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true,
	"while": true, "with": true, "yield": true,
}

// IsKeyword reports whether s is a reserved word.
func IsKeyword(s string) bool { return keywords[s] }
