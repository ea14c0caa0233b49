package lexer

import (
	"fmt"
	"strings"
	"testing"
)

// render shows tokens compactly: NEWLINE, INDENT and DEDENT by name, other
// tokens by their text, each with line:column.
func render(toks []Token) string {
	var parts []string
	for _, t := range toks {
		var s string
		switch t.Type {
		case Newline:
			s = "NL"
		case Indent:
			s = "IN"
		case Dedent:
			s = "DE"
		case EOF:
			s = "EOF"
		default:
			s = t.Value
		}
		parts = append(parts, fmt.Sprintf("%s@%d:%d", s, t.Pos.Line, t.Pos.Column))
	}
	return strings.Join(parts, " ")
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"simple", "x = 1\n", "x@1:1 =@1:3 1@1:5 NL@1:6 EOF@2:1"},
		{"no final newline", "x", "x@1:1 NL@1:2 EOF@1:2"},
		{"empty", "", "EOF@1:1"},
		{"only blank lines", "\n  \n\t\n", "EOF@4:1"},
		{"comment only", "# hi\n", "EOF@2:1"},
		{"indent and dedent", "if x:\n    y\nz\n",
			"if@1:1 x@1:4 :@1:5 NL@1:6 IN@2:5 y@2:5 NL@2:6 DE@3:1 z@3:1 NL@3:2 EOF@4:1"},
		{"dedents at end", "if a:\n  if b:\n    c",
			"if@1:1 a@1:4 :@1:5 NL@1:6 IN@2:3 if@2:3 b@2:6 :@2:7 NL@2:8 IN@3:5 c@3:5 NL@3:6 DE@3:6 DE@3:6 EOF@3:6"},
		{"two dedents", "if a:\n  if b:\n    c\nd\n",
			"if@1:1 a@1:4 :@1:5 NL@1:6 IN@2:3 if@2:3 b@2:6 :@2:7 NL@2:8 IN@3:5 c@3:5 NL@3:6 DE@4:1 DE@4:1 d@4:1 NL@4:2 EOF@5:1"},
		{"blank and comment lines keep indentation", "if a:\n  b\n\n# c\n     # d\n  e\n",
			"if@1:1 a@1:4 :@1:5 NL@1:6 IN@2:3 b@2:3 NL@2:4 e@6:3 NL@6:4 DE@7:1 EOF@7:1"},
		{"tabs", "if a:\n\tb\n", "if@1:1 a@1:4 :@1:5 NL@1:6 IN@2:2 b@2:2 NL@2:3 DE@3:1 EOF@3:1"},
		{"brackets join lines", "x = (1,\n  2)\n", "x@1:1 =@1:3 (@1:5 1@1:6 ,@1:7 2@2:3 )@2:4 NL@2:5 EOF@3:1"},
		{"indentation ignored in brackets", "f(\n        a,\n b)\n", "f@1:1 (@1:2 a@2:9 ,@2:10 b@3:2 )@3:3 NL@3:4 EOF@4:1"},
		{"comments in brackets", "[1, # one\n 2]\n", "[@1:1 1@1:2 ,@1:3 2@2:2 ]@2:3 NL@2:4 EOF@3:1"},
		{"backslash continuation", "x = 1 + \\\n    2\n", "x@1:1 =@1:3 1@1:5 +@1:7 2@2:5 NL@2:6 EOF@3:1"},
		{"comment joins the newline", "x  # c\n", "x@1:1 NL@1:4 EOF@2:1"},
		{"operators", "a**=b//=c>>=d<<=e->f:=g...h!=i",
			"a@1:1 **=@1:2 b@1:5 //=@1:6 c@1:9 >>=@1:10 d@1:13 <<=@1:14 e@1:17 ->@1:18 f@1:20 :=@1:21 g@1:23 ...@1:24 h@1:27 !=@1:28 i@1:30 NL@1:31 EOF@1:31"},
		{"keywords and soft keywords", "if match case _ type None\n",
			"if@1:1 match@1:4 case@1:10 _@1:15 type@1:17 None@1:22 NL@1:26 EOF@2:1"},
		{"unicode columns", "é = 'ü' + x\n", "é@1:1 =@1:3 'ü'@1:5 +@1:9 x@1:11 NL@1:12 EOF@2:1"},
		{"crlf", "x = 1\r\ny\r\n", "x@1:1 =@1:3 1@1:5 NL@1:6 y@2:1 NL@2:2 EOF@3:1"},
		{"form feed resets indentation", "if a:\n  b\n\f  c\n", "if@1:1 a@1:4 :@1:5 NL@1:6 IN@2:3 b@2:3 NL@2:4 c@3:4 NL@3:5 DE@4:1 EOF@4:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, err := Tokenize("t", tt.src)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if got := render(toks); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestLiteralTokens(t *testing.T) {
	literals := []struct {
		src  string
		typ  TokenType
		text string
	}{
		{"0", Number, "0"}, {"00", Number, "00"}, {"0_0", Number, "0_0"}, {"123", Number, "123"},
		{"1_000_000", Number, "1_000_000"}, {"0x1F", Number, "0x1F"}, {"0X_ff", Number, "0X_ff"},
		{"0o17", Number, "0o17"}, {"0b1_01", Number, "0b1_01"}, {"1.5", Number, "1.5"},
		{"1.", Number, "1."}, {".5", Number, ".5"}, {"1e10", Number, "1e10"}, {"1E-5", Number, "1E-5"},
		{"1.5e+3", Number, "1.5e+3"}, {"1_0.0_1e1_0", Number, "1_0.0_1e1_0"}, {"2j", Number, "2j"},
		{"1.5J", Number, "1.5J"}, {"1e5j", Number, "1e5j"}, {"09.5", Number, "09.5"}, {"0e0", Number, "0e0"},
		{"'a'", String, "'a'"}, {`"a"`, String, `"a"`}, {`'it\'s'`, String, `'it\'s'`},
		{"'''a\nb'''", String, "'''a\nb'''"}, {`"""a"b""c"""`, String, `"""a"b""c"""`},
		{`r'\n'`, String, `r'\n'`}, {`b'x'`, String, `b'x'`}, {`Rb'x'`, String, `Rb'x'`},
		{`bR"x"`, String, `bR"x"`}, {`f'{x}'`, String, `f'{x}'`}, {`rF'{x}'`, String, `rF'{x}'`},
		{`Fr"x"`, String, `Fr"x"`}, {`u'x'`, String, `u'x'`}, {"'a\\\nb'", String, "'a\\\nb'"},
		{"''", String, "''"}, {`""""""`, String, `""""""`},
	}
	for _, tt := range literals {
		toks, err := Tokenize("t", tt.src)
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if toks[0].Type != tt.typ || toks[0].Value != tt.text || toks[1].Type != Newline {
			t.Errorf("%q: got %s %q then %s", tt.src, TypeName(toks[0].Type), toks[0].Value, TypeName(toks[1].Type))
		}
	}
}

func TestNumberBeforeKeyword(t *testing.T) {
	toks, err := Tokenize("t", "1if x else 2\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := render(toks); !strings.HasPrefix(got, "1@1:1 if@1:2") {
		t.Errorf("got %s", got)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		src, msg   string
		line, col  int
		endCol     int
		kind       string
		incomplete bool
	}{
		{"x = \"abc\n", "unterminated string literal (detected at line 1)", 1, 5, 5, "SyntaxError", false},
		{"x = b'abc", "unterminated string literal (detected at line 1)", 1, 5, 5, "SyntaxError", false},
		{"x = '''abc\n\nfoo\n", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 5, "SyntaxError", true},
		{"x = (1,\n 2\n", "'(' was never closed", 1, 5, 0, "SyntaxError", true},
		{"x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 7, "SyntaxError", false},
		{"x = (1,\n2]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, "SyntaxError", false},
		{"x = 1)\n", "unmatched ')'", 1, 6, 6, "SyntaxError", false},
		{"if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 4, -1, "IndentationError", false},
		{"if x:\n\tif y:\n\t\tpass\n        pass\n", "inconsistent use of tabs and spaces in indentation", 4, 1, 0, "TabError", false},
		{"x = 1 + \\\n", "unexpected EOF while parsing", 1, 10, -1, "SyntaxError", true},
		{"x = 1 \\ 2\n", "unexpected character after line continuation character", 1, 8, 0, "SyntaxError", false},
		{"x = a € b\n", "invalid character '€' (U+20AC)", 1, 7, 7, "SyntaxError", false},
		{"x = \x01\n", "invalid non-printable character U+0001", 1, 5, 5, "SyntaxError", false},
		{"x = 12abc\n", "invalid decimal literal", 1, 6, 6, "SyntaxError", false},
		{"x = 0012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 7, "SyntaxError", false},
		{"x = 0x\n", "invalid hexadecimal literal", 1, 6, 6, "SyntaxError", false},
		{"x = 0x_\n", "invalid hexadecimal literal", 1, 7, 7, "SyntaxError", false},
		{"x = 0b102\n", "invalid digit '2' in binary literal", 1, 9, 9, "SyntaxError", false},
		{"x = 0o78\n", "invalid digit '8' in octal literal", 1, 8, 8, "SyntaxError", false},
		{"x = 1__0\n", "invalid decimal literal", 1, 6, 6, "SyntaxError", false},
		{"x = 1_000_\n", "invalid decimal literal", 1, 10, 10, "SyntaxError", false},
		{"x = 1.5e\n", "invalid decimal literal", 1, 7, 7, "SyntaxError", false},
		{"x = 1.5e+\n", "invalid decimal literal", 1, 9, 9, "SyntaxError", false},
		{"x = 1j2\n", "invalid imaginary literal", 1, 6, 6, "SyntaxError", false},
	}
	for _, tt := range tests {
		_, err := Tokenize("t", tt.src)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: want *Error, got %v", tt.src, err)
			continue
		}
		if e.Msg != tt.msg || e.Pos.Line != tt.line || e.Pos.Column != tt.col || e.EndCol != tt.endCol || e.Kind != tt.kind || e.Incomplete != tt.incomplete {
			t.Errorf("%q:\ngot  %s %q %d:%d-%d incomplete=%v\nwant %s %q %d:%d-%d incomplete=%v", tt.src,
				e.Kind, e.Msg, e.Pos.Line, e.Pos.Column, e.EndCol, e.Incomplete, tt.kind, tt.msg, tt.line, tt.col, tt.endCol, tt.incomplete)
		}
	}
}

func TestDeferErrors(t *testing.T) {
	l := New("t", "x = 1\ny = 'abc\n")
	l.DeferErrors()
	var types []TokenType
	for {
		tok, err := l.Next()
		if err != nil {
			t.Fatal(err)
		}
		types = append(types, tok.Type)
		if tok.Type == EOF {
			break
		}
	}
	if types[len(types)-2] != ErrorToken || l.Err() == nil {
		t.Fatalf("want an error token before EOF, got %v (err %v)", types, l.Err())
	}
}

func TestUnescape(t *testing.T) {
	tests := []struct {
		body  string
		bytes bool
		want  string
	}{
		{`a\nb`, false, "a\nb"},
		{`\t\\\'\"\a\b\f\v\r`, false, "\t\\'\"\a\b\f\v\r"},
		{`\x41\101\0\7`, false, "AA\x00\x07"},
		{`\u00e9\U0001F600`, false, "é😀"},
		{`\N{EM DASH}\N{latin small letter a}\N{GREEK SMALL LETTER ALPHA}`, false, "—aα"},
		{`\q\d`, false, `\q\d`},
		{"a\\\nb", false, "ab"},
		{`\777`, false, "ǿ"},
		{`\x41\u00e9`, true, `A\u00e9`},
		{`\777`, true, "\xff"},
		{`\xff`, true, "\xff"},
	}
	for _, tt := range tests {
		got, err := Unescape(tt.body, tt.bytes)
		if err != nil || got != tt.want {
			t.Errorf("Unescape(%q, %v) = %q, %v; want %q", tt.body, tt.bytes, got, err, tt.want)
		}
	}
	for _, bad := range []string{`\x4`, `\u12`, `\U1234`, `\N{NO SUCH NAME}`, `\N`, `\U00110000`} {
		if _, err := Unescape(bad, false); err == nil {
			t.Errorf("Unescape(%q) succeeded", bad)
		}
	}
}

func TestSplitFString(t *testing.T) {
	render := func(parts []FStringPart) string {
		var b strings.Builder
		var walk func([]FStringPart)
		walk = func(parts []FStringPart) {
			for _, p := range parts {
				if p.Field == nil {
					fmt.Fprintf(&b, "[%s]", p.Text)
					continue
				}
				fmt.Fprintf(&b, "{%s@%d", p.Field.Expr, p.Field.Offset)
				if p.Field.Conversion != 0 {
					fmt.Fprintf(&b, "!%c", p.Field.Conversion)
				}
				if p.Field.HasSpec {
					b.WriteString(":")
					walk(p.Field.Spec)
				}
				b.WriteString("}")
			}
		}
		walk(parts)
		return b.String()
	}
	tests := []struct{ src, want string }{
		{`f"a{x}b"`, "[a]{x@4}[b]"},
		{`f"{x!r:>{w}}"`, "{x@3!r:[>]{w@9}}"},
		{`f"{{}} {{{x}}}"`, "[{} {]{x@10}[}]"},
		{`f"{x=}"`, "[x=]{x@3!r}"},
		{`f"{ x = }"`, "[ x = ]{ x @3!r}"},
		{`f"{x=!s}"`, "[x=]{x@3!s}"},
		{`f"{x=:>5}"`, "[x=]{x@3:[>5]}"},
		{`f"{x:}"`, "{x@3:}"},
		{`f"{a[1]:{b}{c}}"`, "{a[1]@3:{b@9}{c@12}}"},
		{`f"{x!=y} {a<=b} {c>d}"`, "{x!=y@3}[ ]{a<=b@10}[ ]{c>d@17}"},
		{`f"{'}'}"`, "{'}'@3}"},
		{`f"\N{BULLET}{x}"`, "[•]{x@13}"},
		{`f"\{x}"`, `[\]{x@4}`},
		{`rf"\n{x}"`, `[\n]{x@6}`},
		{`f"""{
x}"""`, "{\nx@5}"},
	}
	for _, tt := range tests {
		parts, err := SplitFString(tt.src, nil)
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		if got := render(parts); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.src, got, tt.want)
		}
	}
	errors := map[string]string{
		`f"{x"`:          "f-string: expecting '}'",
		`f"{}"`:          "f-string: empty expression not allowed",
		`f"{!r}"`:        "f-string: expression required before '!'",
		`f"{x!z}"`:       "f-string: invalid conversion character: expected 's', 'r', or 'a'",
		`f"}"`:           "f-string: single '}' is not allowed",
		`f"{x:{y:{z}}}"`: "f-string: expressions nested too deeply",
		`f"{a[\"x\"]}"`:  "f-string expression part cannot include a backslash",
		`f"{x#}"`:        "f-string expression part cannot include '#'",
		`f"{x)}"`:        "f-string: unmatched ')'",
		`f"{(x}"`:        "f-string: closing parenthesis '}' does not match opening parenthesis '('",
		`f"{'x}"`:        "f-string: unterminated string",
	}
	for src, want := range errors {
		if _, err := SplitFString(src, nil); err == nil || err.Error() != want {
			t.Errorf("%s: got %v, want %s", src, err, want)
		}
	}
}
