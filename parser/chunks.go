package parser

import "github.com/aio-lang/aio/lexer"

// A file is handed to participle in chunks of whole top-level statements.
// participle's PeekingLexer collects all tokens of its input in a slice that
// grows one token at a time. Over a whole 10,000-line file the copies and
// the garbage they leave took about two thirds of BenchmarkParse10k (about
// 200 ms against 70 ms with chunks, on a loaded two-core machine); chunks of
// a few hundred tokens keep that slice small and short-lived.

// minChunkTokens is the fewest tokens a chunk holds before it may end.
const minChunkTokens = 512

// chunker splits the token stream of a file at top-level statement
// boundaries.
type chunker struct {
	lx      *lexer.Lexer
	pending *lexer.Token // a token read ahead that starts the next chunk
	depth   int          // indentation depth: INDENTs minus DEDENTs
	done    bool         // the real end of input was reached
}

// chunk is one chunk's token stream, a participle lexer.Lexer that ends
// with an EOF token, marked as a chunk end unless it is the end of input.
type chunk struct {
	c         *chunker
	n         int  // tokens returned so far
	lineStart bool // the next token starts a top-level line
	decorator bool // the current top-level line starts with '@'
	ended     bool
}

// chunkEnd is the Value of the EOF token that ends a chunk before the end
// of the input.
const chunkEnd = "<end of chunk>"

// next returns the token stream of the next chunk.
func (c *chunker) next() *chunk {
	return &chunk{c: c, lineStart: true}
}

// read returns the next token of the file.
func (c *chunker) read() lexer.Token {
	if c.pending != nil {
		t := *c.pending
		c.pending = nil
		return t
	}
	t, _ := c.lx.Next() // errors arrive as ErrorToken
	switch t.Type {
	case lexer.Indent:
		c.depth++
	case lexer.Dedent:
		c.depth--
	case lexer.EOF:
		c.done = true
	}
	return t
}

// Next implements participle's lexer.Lexer.
func (k *chunk) Next() (lexer.Token, error) {
	if k.ended {
		return lexer.Token{Type: lexer.EOF, Value: chunkEnd}, nil
	}
	t := k.c.read()
	k.n++
	if t.Type == lexer.EOF {
		k.ended = true
		return t, nil
	}
	if k.lineStart {
		k.decorator = t.Type == lexer.Op && t.Value == "@"
		k.lineStart = false
	}
	if k.c.depth == 0 && (t.Type == lexer.Newline || t.Type == lexer.Dedent) {
		k.lineStart = true
		if t.Type == lexer.Newline && k.decorator {
			return t, nil
		}
		if k.n >= minChunkTokens {
			next := k.c.read()
			if next.Type != lexer.EOF && !continuesStatement(&next) {
				k.ended = true
			}
			k.c.pending = &next
		}
	}
	return t, nil
}

// continuesStatement reports whether a token at the start of a top-level
// line continues the statement before it: an indented block, or a clause
// such as else.
func continuesStatement(t *lexer.Token) bool {
	if t.Type == lexer.Indent {
		return true
	}
	if t.Type != lexer.Keyword {
		return false
	}
	switch t.Value {
	case "else", "elif", "except", "finally":
		return true
	}
	return false
}

// drain reads the rest of the file and returns the lexing error in it, if
// any: CPython reports a lexing error anywhere in the file in preference to
// a parsing error.
func (c *chunker) drain() *lexer.Error {
	for !c.done {
		c.read()
	}
	return c.lx.Err()
}
