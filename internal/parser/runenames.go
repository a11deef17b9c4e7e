// This file defines the small table of character names for \N{...}.

package parser

import "strings"

// runeNames holds the Unicode names pyconc accepts in \N{...} escapes:
// Go's standard library has no name table, so only common ones are known.
var runeNames = map[string]rune{
	"NULL": 0, "BELL": 7, "BACKSPACE": 8, "CHARACTER TABULATION": 9, "TAB": 9,
	"LINE FEED": 10, "LF": 10, "NEW LINE": 10, "CARRIAGE RETURN": 13, "CR": 13,
	"ESCAPE": 27, "ESC": 27, "SPACE": ' ', "NO-BREAK SPACE": 0xA0, "NBSP": 0xA0,
	"EXCLAMATION MARK": '!', "QUOTATION MARK": '"', "NUMBER SIGN": '#',
	"DOLLAR SIGN": '$', "PERCENT SIGN": '%', "AMPERSAND": '&', "APOSTROPHE": '\'',
	"ASTERISK": '*', "PLUS SIGN": '+', "COMMA": ',', "HYPHEN-MINUS": '-',
	"FULL STOP": '.', "SOLIDUS": '/', "COLON": ':', "SEMICOLON": ';',
	"LESS-THAN SIGN": '<', "EQUALS SIGN": '=', "GREATER-THAN SIGN": '>',
	"QUESTION MARK": '?', "COMMERCIAL AT": '@', "REVERSE SOLIDUS": '\\',
	"LOW LINE": '_', "GRAVE ACCENT": '`', "VERTICAL LINE": '|', "TILDE": '~',
	"LEFT CURLY BRACKET": '{', "RIGHT CURLY BRACKET": '}',
	"LEFT SQUARE BRACKET": '[', "RIGHT SQUARE BRACKET": ']',
	"LEFT PARENTHESIS": '(', "RIGHT PARENTHESIS": ')',
	"COPYRIGHT SIGN": '©', "REGISTERED SIGN": '®', "DEGREE SIGN": '°',
	"PLUS-MINUS SIGN": '±', "MICRO SIGN": 'µ', "MIDDLE DOT": '·',
	"MULTIPLICATION SIGN": '×', "DIVISION SIGN": '÷', "SECTION SIGN": '§',
	"POUND SIGN": '£', "YEN SIGN": '¥', "CENT SIGN": '¢', "EURO SIGN": '€',
	"EN DASH": '–', "EM DASH": '—', "HORIZONTAL ELLIPSIS": '…', "BULLET": '•',
	"LEFT SINGLE QUOTATION MARK": '‘', "RIGHT SINGLE QUOTATION MARK": '’',
	"LEFT DOUBLE QUOTATION MARK": '“', "RIGHT DOUBLE QUOTATION MARK": '”',
	"ZERO WIDTH SPACE": 0x200B, "ZERO WIDTH JOINER": 0x200D,
	"BYTE ORDER MARK": 0xFEFF, "ZERO WIDTH NO-BREAK SPACE": 0xFEFF,
	"REPLACEMENT CHARACTER": 0xFFFD, "TRADE MARK SIGN": '™',
	"INFINITY": '∞', "CHECK MARK": '✓', "HEAVY CHECK MARK": '✔',
	"BALLOT X": '✗', "BLACK STAR": '★', "WHITE STAR": '☆',
	"LEFTWARDS ARROW": '←', "UPWARDS ARROW": '↑', "RIGHTWARDS ARROW": '→',
	"DOWNWARDS ARROW": '↓', "SNOWMAN": '☃', "BLACK HEART SUIT": '♥',
	"GREEK SMALL LETTER ALPHA": 'α', "GREEK SMALL LETTER BETA": 'β',
	"GREEK SMALL LETTER PI": 'π', "GREEK SMALL LETTER LAMDA": 'λ',
	"GREEK SMALL LETTER MU": 'μ', "GREEK CAPITAL LETTER DELTA": 'Δ',
	"GREEK CAPITAL LETTER OMEGA": 'Ω', "GREEK CAPITAL LETTER SIGMA": 'Σ',
	"LATIN SMALL LETTER E WITH ACUTE": 'é', "LATIN SMALL LETTER SHARP S": 'ß',
	"DOG": '🐕', "CAT": '🐈', "GRINNING FACE": '😀', "THUMBS UP SIGN": '👍',
	"SNAKE": '🐍', "FIRE": '🔥', "ROCKET": '🚀', "PARTY POPPER": '🎉',
}

// lookupRuneName returns the character named name (case-insensitive).
func lookupRuneName(name string) (rune, bool) {
	r, ok := runeNames[strings.ToUpper(name)]
	return r, ok
}
