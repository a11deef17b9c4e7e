package parser

import (
	"testing"

	"github.com/pyconc/pyconc/internal/pyast"
)

// errorTest is a source that must fail with the given kind, message,
// line and column. Unless pyconcOnly, CPython 3.11 reports the same
// (TestErrorsAgainstCPython checks it when python3 is installed).
type errorTest struct {
	src        string
	kind       string
	msg        string
	line, col  int
	pyconcOnly bool
}

const (
	se = "SyntaxError"
	ie = "IndentationError"
	te = "TabError"
)

var errorTests = []errorTest{
	// Indentation.
	{"  x=1\n", ie, "unexpected indent", 1, 2, false},
	{"x\n    y\n", ie, "unexpected indent", 2, 4, false},
	{"if x:\n  a\n    b\n", ie, "unexpected indent", 3, 4, false},
	{"def f():\n  return 1\n y=2\n", ie, "unindent does not match any outer indentation level", 3, 5, false},
	{"if x:\n\tif y:\n        z\n", te, "inconsistent use of tabs and spaces in indentation", 3, 1, false},
	{"if x:\n        if y:\n\tz\n", te, "inconsistent use of tabs and spaces in indentation", 3, 1, false},
	{"if x:\ny=1\n", ie, "expected an indented block after 'if' statement on line 1", 2, 1, false},
	{"if x:\n", ie, "expected an indented block after 'if' statement on line 1", 1, 6, false},
	{"if x:\n\n", ie, "expected an indented block after 'if' statement on line 1", 2, 1, false},
	{"x = 1\nif x:\n  pass\nelif y:\nz\n", ie, "expected an indented block after 'elif' statement on line 4", 5, 1, false},
	{"if a:\n b\nelse:\n", ie, "expected an indented block after 'else' statement on line 3", 3, 6, false},
	{"for x in y:\n", ie, "expected an indented block after 'for' statement on line 1", 1, 12, false},
	{"while 1:\n", ie, "expected an indented block after 'while' statement on line 1", 1, 9, false},
	{"def f():\n", ie, "expected an indented block after function definition on line 1", 1, 9, false},
	{"class A:\n", ie, "expected an indented block after class definition on line 1", 1, 9, false},
	{"try:\n", ie, "expected an indented block after 'try' statement on line 1", 1, 5, false},
	{"try:\n  a\nexcept:\n", ie, "expected an indented block after 'except' statement on line 3", 3, 8, false},
	{"try:\n  a\nfinally:\n", ie, "expected an indented block after 'finally' statement on line 3", 3, 9, false},
	{"with a:\n", ie, "expected an indented block after 'with' statement on line 1", 1, 8, false},
	// Strings.
	{"x = \"abc\n", se, "unterminated string literal (detected at line 1)", 1, 5, false},
	{"x = f'abc", se, "unterminated string literal (detected at line 1)", 1, 5, false},
	{"x = 1\ny = 'abc\n", se, "unterminated string literal (detected at line 2)", 2, 5, false},
	{"x = \"\"\"abc\n", se, "unterminated triple-quoted string literal (detected at line 1)", 1, 5, false},
	{"x = rb'''abc\n\n", se, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, false},
	{"x = b\"a\" \"b\"", se, "cannot mix bytes and nonbytes literals", 1, 13, false},
	{"x = \"\\u12\"", se, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, false},
	{"x = \"\\x1\"", se, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, false},
	{"x = \"\\U0011ffff\"", se, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, false},
	{"x = \"\xff\"", se, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 8, false},
	{"x = \"ab\xc3(\"", se, "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 2: invalid continuation byte", 1, 11, false},
	{"x\xff = 1", se, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", 1, 2, false},
	{"x = b\"\xc3\xa9\"", se, "bytes can only contain ASCII literal characters", 1, 5, false},
	{"x = \"\\N{NO SUCH NAME}\"", se, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name (pyconc knows only a few common names)", 1, 23, true},
	// f-strings.
	{"x = f\"{}\"", se, "f-string: empty expression not allowed", 1, 10, false},
	{"x = f\"{x\"", se, "f-string: expecting '}'", 1, 10, false},
	{"x = f\"}\"", se, "f-string: single '}' is not allowed", 1, 9, false},
	{"x = f\"{a!x}\"", se, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, false},
	{"x = f\"{a!}\"", se, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12, false},
	{"x = f\"{a!r }\"", se, "f-string: expecting '}'", 1, 14, false},
	{"x = f\"{a:{b}\"", se, "f-string: expecting '}'", 1, 14, false},
	{"x = f\"{a:{b:{c}}}\"", se, "f-string: expressions nested too deeply", 1, 19, false},
	{"x = f\"{a)}\"", se, "f-string: unmatched ')'", 1, 12, false},
	{"x = f\"{a\\n}\"", se, "f-string expression part cannot include a backslash", 1, 13, false},
	{"x = f\"{#}\"", se, "f-string expression part cannot include '#'", 1, 11, false},
	// CPython 3.11 reports errors inside f-string expressions at odd
	// columns; pyconc points at the expression in the source.
	{"x = f\"{a b}\"", se, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 8, true},
	{"x = f\"{*a}\"", se, "f-string: cannot use starred expression here", 1, 8, true},
	{"x = f\"{yield}\"", se, "'yield' outside function", 1, 8, false},
	// Numbers.
	{"x = 0777", se, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, false},
	{"x = 0_7", se, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, false},
	{"x = 1__0", se, "invalid decimal literal", 1, 6, false},
	{"x = 1_", se, "invalid decimal literal", 1, 6, false},
	{"x = 1a", se, "invalid decimal literal", 1, 5, false},
	{"x = 1e", se, "invalid decimal literal", 1, 5, false},
	{"x = 0x", se, "invalid hexadecimal literal", 1, 6, false},
	{"x = 0b12", se, "invalid digit '2' in binary literal", 1, 8, false},
	{"x = 0o8", se, "invalid digit '8' in octal literal", 1, 7, false},
	{"x = 1j", se, "complex numbers are not supported by pyconc", 1, 5, true},
	{"x = 1.5J", se, "complex numbers are not supported by pyconc", 1, 5, true},
	// Brackets and characters.
	{"x = (1,\n 2", se, "'(' was never closed", 1, 5, false},
	{"x = [1,\n 2\n", se, "'[' was never closed", 1, 5, false},
	{"f(x,\n", se, "'(' was never closed", 1, 2, false},
	{")", se, "unmatched ')'", 1, 1, false},
	{"x = 1]", se, "unmatched ']'", 1, 6, false},
	{"(]", se, "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, false},
	{"(\n]", se, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, false},
	{"x = €", se, "invalid character '€' (U+20AC)", 1, 5, false},
	{"x = $", se, "invalid syntax", 1, 5, false},
	{"x = 1 \\ 2", se, "unexpected character after line continuation character", 1, 8, false},
	{"x = 1 + \\\n", se, "unexpected EOF while parsing", 1, 10, false},
	{"x=1\x00", se, "source code cannot contain null bytes", 1, 4, true},
	// Assignment targets.
	{"f() = 1", se, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"1 = x", se, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"a+b = 1", se, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"-x = 1", se, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"\"s\" = 1", se, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"f\"{x}\" = 1", se, "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"[x for x in y] = 1", se, "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"{} = 1", se, "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, false},
	{"x = f() = 1", se, "cannot assign to function call", 1, 5, false},
	{"f() = x = 1", se, "cannot assign to function call", 1, 1, false},
	{"x = 1 = 2", se, "cannot assign to literal", 1, 5, false},
	{"a < b = 1", se, "cannot assign to comparison", 1, 1, false},
	{"not x = 1", se, "cannot assign to expression", 1, 1, false},
	{"lambda: 1 = 1", se, "cannot assign to lambda", 1, 1, false},
	{"a if b else c = 1", se, "cannot assign to conditional expression", 1, 1, false},
	{"True = 1", se, "cannot assign to True", 1, 1, false},
	{"[f()] = 1", se, "cannot assign to function call", 1, 2, false},
	{"(a, f()) = 1", se, "cannot assign to function call", 1, 5, false},
	{"for f() in x: pass", se, "cannot assign to function call", 1, 5, false},
	{"for 1 in x: pass", se, "cannot assign to literal", 1, 5, false},
	{"with a as f(): pass", se, "cannot assign to function call", 1, 11, false},
	{"[x for 1 in y]", se, "cannot assign to literal", 1, 8, false},
	{"del 1", se, "cannot delete literal", 1, 5, false},
	{"del a + b", se, "cannot delete expression", 1, 5, false},
	{"del f()", se, "cannot delete function call", 1, 5, false},
	{"*a = 1", se, "starred assignment target must be in a list or tuple", 1, 1, false},
	{"x = *a", se, "can't use starred expression here", 1, 5, false},
	{"a, b += 1", se, "'tuple' is an illegal expression for augmented assignment", 1, 1, false},
	{"f() += 1", se, "'function call' is an illegal expression for augmented assignment", 1, 1, false},
	{"1 += 1", se, "'literal' is an illegal expression for augmented assignment", 1, 1, false},
	{"(a, b): int", se, "only single target (not tuple) can be annotated", 1, 1, false},
	{"f(): int", se, "illegal target for annotation", 1, 1, false},
	// General syntax.
	{"x = ", se, "invalid syntax", 1, 5, false},
	{"x = 1 2", se, "invalid syntax", 1, 7, false},
	{"x = a b", se, "invalid syntax", 1, 7, false},
	{"print(a b)", se, "invalid syntax. Perhaps you forgot a comma?", 1, 7, false},
	{"f(1 2)", se, "invalid syntax. Perhaps you forgot a comma?", 1, 3, false},
	{"[a b]", se, "invalid syntax. Perhaps you forgot a comma?", 1, 2, false},
	{"{a b}", se, "invalid syntax. Perhaps you forgot a comma?", 1, 2, false},
	{"x = (a 'b')", se, "invalid syntax", 1, 8, false},
	{"print \"hi\"", se, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, false},
	{"if x\n  pass", se, "expected ':'", 1, 5, false},
	{"def f()\n pass", se, "expected ':'", 1, 8, false},
	{"while x\n", se, "expected ':'", 1, 8, false},
	{"x = 1 if 2", se, "expected 'else' after 'if' expression", 1, 5, false},
	{"x = -", se, "invalid syntax", 1, 6, false},
	{"x = a.", se, "invalid syntax", 1, 7, false},
	{"x = a[]", se, "invalid syntax", 1, 7, false},
	{"import", se, "invalid syntax", 1, 7, false},
	{"from x import", se, "invalid syntax", 1, 14, false},
	{"raise X from", se, "invalid syntax", 1, 13, false},
	{"x = {1: 2, 3}", se, "':' expected after dictionary key", 1, 12, false},
	// Arguments and parameters.
	{"f(a=1, b)", se, "positional argument follows keyword argument", 1, 9, false},
	{"f(a=1, b, c)", se, "positional argument follows keyword argument", 1, 12, false},
	{"f(**a, b, c)", se, "positional argument follows keyword argument unpacking", 1, 12, false},
	{"f(**k, *b, c)", se, "iterable argument unpacking follows keyword argument unpacking", 1, 8, false},
	{"class A(x=1, y): pass", se, "positional argument follows keyword argument", 1, 15, false},
	{"f(x=1, x=2)", se, "keyword argument repeated: x", 1, 8, false},
	{"f(1=2)", se, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, false},
	{"f(x for x in y, 1)", se, "Generator expression must be parenthesized", 1, 3, false},
	{"f(a, x for x in y)", se, "Generator expression must be parenthesized", 1, 6, false},
	{"[*a for a in b]", se, "iterable unpacking cannot be used in comprehension", 1, 2, false},
	{"def f(a=1, b): pass", se, "non-default argument follows default argument", 1, 12, false},
	{"def f(a, a): pass", se, "duplicate argument 'a' in function definition", 1, 10, false},
	{"lambda a, a: 1", se, "duplicate argument 'a' in function definition", 1, 11, false},
	{"def f(*): pass", se, "named arguments must follow bare *", 1, 7, false},
	{"def f(*, **k): pass", se, "named arguments must follow bare *", 1, 7, false},
	{"def f(**k, a): pass", se, "arguments cannot follow var-keyword argument", 1, 12, false},
	// Context checks.
	{"return 1", se, "'return' outside function", 1, 1, false},
	{"class A:\n  return", se, "'return' outside function", 2, 3, false},
	{"break", se, "'break' outside loop", 1, 1, false},
	{"while x:\n  def f():\n    break", se, "'break' outside loop", 3, 5, false},
	{"continue", se, "'continue' not properly in loop", 1, 1, false},
	{"yield 1", se, "'yield' outside function", 1, 1, false},
	{"x = yield", se, "'yield' outside function", 1, 5, false},
	{"nonlocal x", se, "nonlocal declaration not allowed at module level", 1, 1, false},
	{"break\nx = (", se, "'(' was never closed", 2, 5, false},
	// Unsupported features.
	{"def f():\n  yield 1", se, "'yield' is not supported by pyconc (generators)", 2, 3, true},
	{"def f():\n  x = yield", se, "'yield' is not supported by pyconc (generators)", 2, 7, true},
	{"async def f(): pass", se, "'async def' is not supported by pyconc", 1, 1, true},
	{"async with a: pass", se, "'async with' is not supported by pyconc", 1, 1, true},
	{"def f():\n  await x", se, "'await' is not supported by pyconc", 2, 3, true},
	{"match x:\n  case 1: pass", se, "'match' statements are not supported by pyconc", 1, 1, true},
	{"match (x, y):\n  case _: pass", se, "'match' statements are not supported by pyconc", 1, 1, true},
	{"(x := 1)", se, "assignment expressions (:=) are not supported by pyconc", 1, 2, true},
	{"if (n := len(a)) > 1: pass", se, "assignment expressions (:=) are not supported by pyconc", 1, 5, true},
	{"try:\n  a\nexcept* E:\n  b", se, "'except*' is not supported by pyconc", 3, 1, true},
	{"x = ...", se, "'...' (Ellipsis) is not supported by pyconc", 1, 5, true},
	// Limits.
	{"x = " + repeat("(", 201), se, "too many nested parentheses", 1, 205, false},
	{repeat("-", 10000) + "1", se, "too many nested expressions (pyconc's parser supports 1000)", 1, 1000, true},
	{repeat("not ", 10000) + "x", se, "too many nested expressions (pyconc's parser supports 1000)", 1, 3997, true},
	{deepIfs(101), ie, "too many levels of indentation", 101, 1, false},
}

// repeat returns s n times.
func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

// deepIfs returns n nested if statements.
func deepIfs(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += repeat(" ", i) + "if x:\n"
	}
	return s + repeat(" ", n) + "pass\n"
}

func TestErrors(t *testing.T) {
	for _, tc := range errorTests {
		_, err := Parse("t.py", []byte(tc.src))
		list, ok := err.(pyast.ErrorList)
		if !ok || len(list) != 1 {
			t.Errorf("Parse(%.60q) = %v, want one %s", tc.src, err, tc.msg)
			continue
		}
		e := list[0]
		if e.Kind != tc.kind || e.Msg != tc.msg || int(e.Pos.Line) != tc.line || int(e.Pos.Col) != tc.col {
			t.Errorf("Parse(%.60q)\n got %s %q %d:%d\nwant %s %q %d:%d", tc.src, e.Kind, e.Msg, e.Pos.Line, e.Pos.Col, tc.kind, tc.msg, tc.line, tc.col)
		}
		if e.Pos.Filename() != "t.py" {
			t.Errorf("Parse(%.60q): file name %q", tc.src, e.Pos.Filename())
		}
	}
}
