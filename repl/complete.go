package repl

import (
	"sort"
	"strings"
	"unicode"
)

// keywords are Python 3.11's keywords (keyword.kwlist), completed at the
// start of a name.
var keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally",
	"for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
	"not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
}

// indent is what Tab inserts at the start of a line.
const indent = "    "

// Complete returns the completions of the word before the cursor (line up
// to pos, in runes) the way Python's rlcompleter finds them: keywords,
// globals and builtins for a name, attributes for `obj.na`, with "(" after
// callables. It returns what each candidate adds after the word and the
// length of the part of the word they complete. Tab in leading whitespace
// inserts an indent.
func (s *Session) Complete(line string, pos int) (suffixes []string, length int) {
	r := []rune(line)
	if pos > len(r) || pos < 0 {
		pos = len(r)
	}
	before := r[:pos]
	start := pos
	for start > 0 && isNameRune(before[start-1]) {
		start--
	}
	word := string(before[start:])
	if word == "" {
		if strings.TrimSpace(string(before)) == "" {
			return []string{indent}, 0
		}
		return nil, 0
	}
	if start > 0 && (before[start-1] == '"' || before[start-1] == '\'') {
		return nil, 0
	}
	var matches []string
	dot := strings.LastIndexByte(word, '.')
	prefix := word
	if dot < 0 {
		matches = s.globalMatches(word)
	} else {
		prefix = word[dot+1:]
		matches = s.attrMatches(word[:dot], prefix)
	}
	sort.Strings(matches)
	n := len([]rune(prefix))
	for _, m := range matches {
		suffixes = append(suffixes, string([]rune(m)[n:]))
	}
	return suffixes, n
}

// globalMatches is rlcompleter's global_matches.
func (s *Session) globalMatches(text string) []string {
	var out []string
	seen := map[string]bool{"__builtins__": true}
	for _, k := range keywords {
		if !strings.HasPrefix(k, text) {
			continue
		}
		seen[k] = true
		switch k {
		case "finally", "try":
			k += ":"
		case "False", "None", "True", "break", "continue", "pass", "else":
		default:
			k += " "
		}
		out = append(out, k)
	}
	for _, c := range s.inter.Completions("") {
		if strings.HasPrefix(c.Name, text) && !seen[c.Name] {
			seen[c.Name] = true
			out = append(out, withCallSuffix(c.Name, c.Callable))
		}
	}
	return out
}

// attrMatches is rlcompleter's attr_matches: names starting with "_" show
// only when the prefix starts with "_", "__" names only after "__", unless
// nothing else matches.
func (s *Session) attrMatches(expr, attr string) []string {
	if expr == "" || !isIdentifierStart(expr) {
		return nil
	}
	noprefix := ""
	switch attr {
	case "":
		noprefix = "_"
	case "_":
		noprefix = "__"
	}
	names := s.inter.Completions(expr)
	for {
		var out []string
		for _, c := range names {
			if strings.HasPrefix(c.Name, attr) && (noprefix == "" || !strings.HasPrefix(c.Name, noprefix)) {
				out = append(out, withCallSuffix(c.Name, c.Callable))
			}
		}
		if len(out) > 0 || noprefix == "" {
			return out
		}
		if noprefix == "_" {
			noprefix = "__"
		} else {
			noprefix = ""
		}
	}
}

func withCallSuffix(name string, callable bool) string {
	if callable {
		return name + "("
	}
	return name
}

func isNameRune(r rune) bool {
	return r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isIdentifierStart reports whether a dotted expression starts like a name
// (not a number such as "1.").
func isIdentifierStart(s string) bool {
	for _, r := range s {
		return r == '_' || unicode.IsLetter(r)
	}
	return false
}
