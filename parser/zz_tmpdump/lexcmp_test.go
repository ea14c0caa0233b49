package zz_tmpdump

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/aio-lang/aio/lexer"
	plex "github.com/alecthomas/participle/v2/lexer"
)

var stateful = plex.MustSimple([]plex.SimpleRule{
	{Name: "Comment", Pattern: `#[^\n]*`},
	{Name: "String", Pattern: `(?i:[rbuf]{0,2})("""(?:\\.|[^\\])*?"""|'''(?:\\.|[^\\])*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')`},
	{Name: "Number", Pattern: `(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)`},
	{Name: "Name", Pattern: `[\p{L}_][\p{L}\p{N}_]*`},
	{Name: "Op", Pattern: `\*\*=|//=|>>=|<<=|\.\.\.|->|:=|[-+*/%@&|^<>=!]=|\*\*|//|<<|>>|[-+*/%@&|^~<>()\[\]{},:;.=]`},
	{Name: "Newline", Pattern: `\n`},
	{Name: "Space", Pattern: `[ \t\f]+|\\\n`},
})

func TestLexerComparison(t *testing.T) {
	src, _ := os.ReadFile("/tmp/prog10k.aio")
	n := 20
	t0 := cpuTime()
	var count int
	for i := 0; i < n; i++ {
		l, _ := stateful.LexString("x", string(src))
		count = 0
		for {
			tok, err := l.Next()
			if err != nil {
				t.Fatal(err)
			}
			count++
			if tok.EOF() {
				break
			}
		}
	}
	t1 := cpuTime()
	for i := 0; i < n; i++ {
		l := lexer.New("x", string(src))
		for {
			tok, err := l.Next()
			if err != nil {
				t.Fatal(err)
			}
			if tok.Type == lexer.EOF {
				break
			}
		}
	}
	t2 := cpuTime()
	fmt.Printf("participle simple lexer: %v/op (%d raw tokens, no indentation)\nhand-written lexer: %v/op\n", (t1-t0)/time.Duration(n), count, (t2-t1)/time.Duration(n))
}
