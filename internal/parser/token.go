// This file defines the tokens the scanner hands to the parser.

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// tokenKind is the sort of a token.
type tokenKind int

const (
	tEOF tokenKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tKeyword
	tOp
	tInt
	tFloat
	tString
)

// token is one lexical token. text is the operator, keyword or name
// text, or the raw text of a number; val holds a literal's value.
type token struct {
	kind tokenKind
	text string
	pos  pyast.Pos
	off  int // byte offset of the first character
	end  int // byte offset just past the token
	val  interface{}
}

// strLit is the value of a string token: one literal, prefix included.
type strLit struct {
	bytes, raw, fmt bool
	quote           byte // ' or "
	triple          bool
	bodyOff         int    // byte offset of the first character of the body
	bodyEnd         int    // byte offset just past the body
	value           string // decoded value (not for f-strings)
}

// keywords are Python's reserved words.
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

// operators lists the operator and delimiter tokens, longest first
// within each leading character so that a greedy match works.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=",
	"-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=",
	"^=", "|=", "!", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":",
	";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
}
