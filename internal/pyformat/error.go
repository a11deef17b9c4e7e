package pyformat

import "fmt"

// Error is a Python exception raised by a formatting operation.
type Error struct {
	// Type is the Python exception class name, such as "ValueError",
	// "TypeError", "KeyError", "IndexError", "OverflowError" or "MemoryError".
	Type string
	// Msg is the exception's message exactly as CPython prints it
	// (for KeyError, the repr of the missing key).
	Msg string
}

// Error returns "Type: Msg", as Python's traceback prints the exception.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func newErr(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Msg: fmt.Sprintf(format, args...)}
}

func valueErr(format string, args ...any) *Error { return newErr("ValueError", format, args...) }

func typeErr(format string, args ...any) *Error { return newErr("TypeError", format, args...) }

func overflowErr(format string, args ...any) *Error { return newErr("OverflowError", format, args...) }

// MaxWidth bounds widths and precisions. CPython accepts anything that fits
// in memory; this package reports MemoryError beyond this many characters so
// that a hostile format string cannot exhaust memory.
const MaxWidth = 1 << 26

func errTooWide() *Error { return newErr("MemoryError", "") }

// typeNameMax mirrors CPython's "%.200s" when printing a type name.
func typeNameMax(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}
