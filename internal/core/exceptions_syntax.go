package core

// This file defines SyntaxError's own part: its attributes (msg, filename,
// lineno, offset, text, end_lineno, end_offset, print_file_and_line), its
// str(), the block a traceback shows for it, and NewSyntaxError, by which
// the importer raises the syntax error of an imported file.

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"go.starlark.net/starlark"
)

// syntaxAttrs are SyntaxError's attributes, in the order of its details
// tuple (after msg).
var syntaxAttrs = []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}

// allocSyntaxError sets SyntaxError's attributes from its arguments, as
// CPython's SyntaxError.__init__: SyntaxError(msg, (filename, lineno,
// offset, text[, end_lineno, end_offset])).
func allocSyntaxError(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
	inst.SetOwn("msg", starlark.None)
	for _, k := range syntaxAttrs {
		inst.SetOwn(k, starlark.None)
	}
	inst.SetOwn("print_file_and_line", starlark.None)
	if len(args) >= 1 {
		inst.SetOwn("msg", args[0])
	}
	if len(args) != 2 {
		return nil
	}
	details, ok := args[1].(starlark.Indexable)
	if !ok {
		return NewError(TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(args[1])))
	}
	n := details.Len()
	if n < 4 || n > 6 {
		return NewError(TypeError, fmt.Sprintf("function takes at %s %d arguments (%d given)", map[bool]string{true: "least", false: "most"}[n < 4], map[bool]int{true: 4, false: 6}[n < 4], n))
	}
	for i := 0; i < n; i++ {
		inst.SetOwn(syntaxAttrs[i], details.Index(i))
	}
	return nil
}

// NewSyntaxError returns the error raising class c (SyntaxError,
// IndentationError or TabError) for a syntax error at line lineno, column
// offset (1-based, in characters) of file, whose source line is text.
func NewSyntaxError(c *Class, msg, file string, lineno, offset int, text string) error {
	details := starlark.Tuple{starlark.String(file), starlark.MakeInt(lineno), starlark.MakeInt(offset), starlark.String(text)}
	return &PyError{Value: NewException(c, starlark.String(msg), details)}
}

// syntaxErrorMessage is str() of a SyntaxError: "msg (file.py, line 3)"
// (the file's base name), with what of the file and the line is known.
func syntaxErrorMessage(th *starlark.Thread, inst *Instance) (string, error) {
	msgv, _ := inst.GetOwn("msg")
	if msgv == nil {
		msgv = starlark.None
	}
	msg, err := strTh(th, msgv)
	if err != nil {
		return "", err
	}
	file, hasFile := ownString(inst, "filename")
	line, hasLine := ownInt(inst, "lineno")
	switch {
	case hasFile && hasLine:
		return fmt.Sprintf("%s (%s, line %d)", msg, filepath.Base(file), line), nil
	case hasFile:
		return fmt.Sprintf("%s (%s)", msg, filepath.Base(file)), nil
	case hasLine:
		return fmt.Sprintf("%s (line %d)", msg, line), nil
	}
	return msg, nil
}

// syntaxErrorBlock returns what a traceback shows for a SyntaxError after
// its entries, as CPython's traceback module does: the file and line, the
// source line without its indentation, carets under offset..end_offset,
// and "Kind: msg".
func syntaxErrorBlock(th *starlark.Thread, inst *Instance) string {
	var b strings.Builder
	suffix := ""
	file, hasFile := ownString(inst, "filename")
	if line, ok := ownInt(inst, "lineno"); ok {
		if !hasFile || file == "" {
			file = "<string>"
		}
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", file, line)
	} else if hasFile {
		suffix = fmt.Sprintf(" (%s)", file)
	}
	if text, ok := ownString(inst, "text"); ok {
		rtext := []rune(strings.TrimRight(text, "\n"))
		ltext := []rune(strings.TrimLeft(string(rtext), " \n\f"))
		spaces := len(rtext) - len(ltext)
		fmt.Fprintf(&b, "    %s\n", string(ltext))
		if offset, ok := ownInt(inst, "offset"); ok {
			end, ok := ownInt(inst, "end_offset")
			if !ok || end == 0 {
				end = offset
			}
			if offset == end || end == -1 {
				end = offset + 1
			}
			col, endCol := offset-1-spaces, end-1-spaces
			if col >= 0 {
				b.WriteString("    ")
				for i := 0; i < col && i < len(ltext); i++ {
					if unicode.IsSpace(ltext[i]) {
						b.WriteRune(ltext[i])
					} else {
						b.WriteByte(' ')
					}
				}
				b.WriteString(strings.Repeat("^", max(endCol-col, 0)))
				b.WriteByte('\n')
			}
		}
	}
	msg := "<no detail available>"
	if v, _ := inst.GetOwn("msg"); v != nil && v != starlark.None && v.Truth() {
		if s, err := strTh(th, v); err == nil {
			msg = s
		}
	}
	fmt.Fprintf(&b, "%s: %s%s", ExcTypeName(inst.Class), msg, suffix)
	return b.String()
}

// ownString returns an attribute of inst that is a str.
func ownString(inst *Instance, name string) (string, bool) {
	v, _ := inst.GetOwn(name)
	s, ok := v.(starlark.String)
	return string(s), ok
}

// ownInt returns an attribute of inst that is an int.
func ownInt(inst *Instance, name string) (int, bool) {
	v, _ := inst.GetOwn(name)
	i, ok := v.(starlark.Int)
	if !ok {
		return 0, false
	}
	n, ok := i.Int64()
	return int(n), ok
}
