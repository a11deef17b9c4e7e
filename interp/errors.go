// This file defines the errors of the package: SyntaxError, Error (with
// its Frames), ExitError, DeadlockError and InternalError.

package interp

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyconc/pyconc/internal/core"
)

// SyntaxError is a compile-time error in a script: a syntax error, an
// indentation error, or a construct pyconc does not support.
type SyntaxError struct {
	Kind string // "SyntaxError", "IndentationError" or "TabError"
	Msg  string
	File string
	Line int
	Col  int    // 1-based, in characters
	Text string // the source line (without its newline)
}

// Error returns the text Python prints for the error:
//
//	  File "x.py", line 3
//	    if x
//	        ^
//	SyntaxError: expected ':'
func (e *SyntaxError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.File, e.Line)
	if strings.TrimSpace(e.Text) != "" {
		line := strings.TrimRight(e.Text, " \t\r\n\f")
		stripped := strings.TrimLeft(line, " \t\f")
		indent := utf8.RuneCountInString(line) - utf8.RuneCountInString(stripped)
		fmt.Fprintf(&b, "    %s\n", stripped)
		col := e.Col - indent
		if col < 1 {
			col = 1
		}
		if n := utf8.RuneCountInString(stripped) + 1; col > n {
			col = n
		}
		fmt.Fprintf(&b, "    %s^\n", caretPadding(stripped, col-1))
	}
	fmt.Fprintf(&b, "%s: %s", e.Kind, e.Msg)
	return b.String()
}

// caretPadding returns the blanks that put a caret under character n of
// line; wide (East Asian) characters take two columns, tabs stay tabs.
func caretPadding(line string, n int) string {
	var b strings.Builder
	i := 0
	for _, r := range line {
		if i >= n {
			break
		}
		switch {
		case r == '\t':
			b.WriteByte('\t')
		case isWide(r):
			b.WriteString("  ")
		default:
			b.WriteByte(' ')
		}
		i++
	}
	for ; i < n; i++ {
		b.WriteByte(' ')
	}
	return b.String()
}

// isWide reports whether r takes two terminal columns (CJK and similar).
func isWide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0xa4cf && r != 0x303f) ||
		(r >= 0xac00 && r <= 0xd7a3) ||
		(r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe30 && r <= 0xfe4f) ||
		(r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) ||
		(r >= 0x20000 && r <= 0x3fffd))
}

// Error is an uncaught Python exception.
type Error struct {
	Class     string  // the exception's class name, e.g. "ValueError"
	Message   string  // str() of the exception
	Frames    []Frame // the traceback's entries, outermost call first
	Traceback string  // the complete text Python prints, ending with "Class: message"
	Err       error   // the underlying runtime error
}

// Frame is one entry of a traceback: where a function was when the
// exception passed through it.
type Frame struct {
	File string // the script's file name, as given to Exec or ExecFile
	Line int    // 1-based
	Col  int    // 1-based, in characters; 0 when not known
	Func string // the function's name, "<module>" at a module's top level
}

// framesOf converts the runtime's traceback entries.
func framesOf(list []core.Frame) []Frame {
	if list == nil {
		return nil
	}
	out := make([]Frame, len(list))
	for i, f := range list {
		out[i] = Frame{File: f.File, Line: f.Line, Col: f.Col, Func: f.Func}
	}
	return out
}

// DeadlockError reports that every thread of the script waited forever
// (on a lock, a queue, a join...) with nothing left that could wake one;
// the program was stopped, as CPython would have hung.
type DeadlockError struct {
	// Report is the text pyconc prints: "deadlock: all threads are
	// blocked" and, for each thread, its name and the line where it waits.
	Report string
}

// Error returns the report.
func (e *DeadlockError) Error() string { return e.Report }

// Error returns the error's message.
func (e *Error) Error() string { return e.Traceback }

// Unwrap returns the underlying runtime error.
func (e *Error) Unwrap() error { return e.Err }

// ExitError reports that the script called sys.exit with a non-zero
// status (or os._exit).
type ExitError struct {
	Code int
	// Message is what sys.exit printed for a non-integer argument ("" if none).
	Message string
}

// Error returns the error's message.
func (e *ExitError) Error() string {
	if e.Message != "" {
		return e.Message
	}
	return fmt.Sprintf("exit status %d", e.Code)
}

// InternalError reports a failure of pyconc itself (never the user's
// mistake), with the script position when known.
type InternalError struct {
	Where string
	Msg   string
}

// Error returns the error's message.
func (e *InternalError) Error() string {
	if e.Where != "" {
		return fmt.Sprintf("pyconc internal error at %s: %s", e.Where, e.Msg)
	}
	return "pyconc internal error: " + e.Msg
}
