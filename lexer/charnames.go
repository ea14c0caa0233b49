package lexer

import "strings"

// lookupCharName resolves the NAME of a \N{NAME} escape. Go's standard
// library has no Unicode name database, so this knows the Latin letters,
// digits, Greek letters and a table of commonly used characters; other
// names are reported as unknown.
func lookupCharName(name string) (rune, bool) {
	name = strings.ToUpper(strings.TrimSpace(name))
	if r, ok := charNames[name]; ok {
		return r, true
	}
	for _, p := range []struct {
		prefix string
		base   rune
		names  string
	}{
		{"LATIN SMALL LETTER ", 'a', latinNames},
		{"LATIN CAPITAL LETTER ", 'A', latinNames},
		{"DIGIT ", '0', digitNames},
		{"GREEK SMALL LETTER ", 'α', greekNames},
		{"GREEK CAPITAL LETTER ", 'Α', greekNames},
	} {
		rest, ok := strings.CutPrefix(name, p.prefix)
		if !ok {
			continue
		}
		rest = strings.ReplaceAll(rest, " ", "_")
		if p.base == 'Α' && rest == "FINAL_SIGMA" {
			return 0, false // the capital block keeps a hole there
		}
		for i, n := range strings.Fields(p.names) {
			if n == rest {
				return p.base + rune(i), true
			}
		}
	}
	return 0, false
}

const (
	latinNames = "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z"
	digitNames = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE"
	greekNames = "ALPHA BETA GAMMA DELTA EPSILON ZETA ETA THETA IOTA KAPPA LAMDA MU NU XI OMICRON PI RHO FINAL_SIGMA SIGMA TAU UPSILON PHI CHI PSI OMEGA"
)

// charNames holds names of commonly used characters and control aliases.
var charNames = map[string]rune{
	"NULL": 0, "BELL": 7, "ALERT": 7, "BACKSPACE": 8, "CHARACTER TABULATION": 9,
	"HORIZONTAL TABULATION": 9, "LINE FEED": 10, "NEW LINE": 10, "LINE TABULATION": 11,
	"FORM FEED": 12, "CARRIAGE RETURN": 13, "ESCAPE": 27, "DELETE": 127,
	"SPACE": ' ', "EXCLAMATION MARK": '!', "QUOTATION MARK": '"', "NUMBER SIGN": '#',
	"DOLLAR SIGN": '$', "PERCENT SIGN": '%', "AMPERSAND": '&', "APOSTROPHE": '\'',
	"LEFT PARENTHESIS": '(', "RIGHT PARENTHESIS": ')', "ASTERISK": '*', "PLUS SIGN": '+',
	"COMMA": ',', "HYPHEN-MINUS": '-', "FULL STOP": '.', "SOLIDUS": '/', "COLON": ':',
	"SEMICOLON": ';', "LESS-THAN SIGN": '<', "EQUALS SIGN": '=', "GREATER-THAN SIGN": '>',
	"QUESTION MARK": '?', "COMMERCIAL AT": '@', "LEFT SQUARE BRACKET": '[',
	"REVERSE SOLIDUS": '\\', "RIGHT SQUARE BRACKET": ']', "CIRCUMFLEX ACCENT": '^',
	"LOW LINE": '_', "GRAVE ACCENT": '`', "LEFT CURLY BRACKET": '{', "VERTICAL LINE": '|',
	"RIGHT CURLY BRACKET": '}', "TILDE": '~',
	"NO-BREAK SPACE": 0xA0, "CENT SIGN": 0xA2, "POUND SIGN": 0xA3, "YEN SIGN": 0xA5,
	"SECTION SIGN": 0xA7, "COPYRIGHT SIGN": 0xA9, "REGISTERED SIGN": 0xAE, "DEGREE SIGN": 0xB0,
	"PLUS-MINUS SIGN": 0xB1, "MICRO SIGN": 0xB5, "PILCROW SIGN": 0xB6, "MIDDLE DOT": 0xB7,
	"MULTIPLICATION SIGN": 0xD7, "DIVISION SIGN": 0xF7,
	"LATIN SMALL LETTER E WITH ACUTE": 0xE9, "LATIN SMALL LETTER A WITH GRAVE": 0xE0,
	"LATIN SMALL LETTER U WITH DIAERESIS": 0xFC, "LATIN SMALL LETTER O WITH DIAERESIS": 0xF6,
	"LATIN SMALL LETTER A WITH DIAERESIS": 0xE4, "LATIN SMALL LETTER SHARP S": 0xDF,
	"LATIN SMALL LETTER N WITH TILDE": 0xF1, "LATIN SMALL LETTER C WITH CEDILLA": 0xE7,
	"EN DASH": 0x2013, "EM DASH": 0x2014, "LEFT SINGLE QUOTATION MARK": 0x2018,
	"RIGHT SINGLE QUOTATION MARK": 0x2019, "LEFT DOUBLE QUOTATION MARK": 0x201C,
	"RIGHT DOUBLE QUOTATION MARK": 0x201D, "BULLET": 0x2022, "HORIZONTAL ELLIPSIS": 0x2026,
	"ZERO WIDTH SPACE": 0x200B, "ZERO WIDTH NON-JOINER": 0x200C, "ZERO WIDTH JOINER": 0x200D,
	"EURO SIGN": 0x20AC, "TRADE MARK SIGN": 0x2122, "LEFTWARDS ARROW": 0x2190,
	"UPWARDS ARROW": 0x2191, "RIGHTWARDS ARROW": 0x2192, "DOWNWARDS ARROW": 0x2193,
	"INFINITY": 0x221E, "BLACK STAR": 0x2605, "WHITE STAR": 0x2606, "SNOWMAN": 0x2603,
	"BLACK HEART SUIT": 0x2665, "WARNING SIGN": 0x26A0, "HIGH VOLTAGE SIGN": 0x26A1,
	"CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714, "BALLOT X": 0x2717, "CROSS MARK": 0x274C,
	"SPARKLES": 0x2728, "HEAVY BLACK HEART": 0x2764, "BOX DRAWINGS LIGHT HORIZONTAL": 0x2500,
	"BOX DRAWINGS LIGHT VERTICAL": 0x2502, "FULL BLOCK": 0x2588, "LIGHT SHADE": 0x2591,
	"GRINNING FACE": 0x1F600, "SMILING FACE WITH SMILING EYES": 0x1F60A,
	"THUMBS UP SIGN": 0x1F44D, "PARTY POPPER": 0x1F389, "ROCKET": 0x1F680, "FIRE": 0x1F525,
	"SNAKE": 0x1F40D, "BYTE ORDER MARK": 0xFEFF, "REPLACEMENT CHARACTER": 0xFFFD,
}
