// Package pyformat implements Python's string formatting on go.starlark.net
// values, following CPython 3.11 byte for byte, including its error messages:
//
//   - FormatValue: the built-in format(v, spec) with the format-spec
//     mini-language ([[fill]align][sign][z][#][0][width][,|_][.precision][type]);
//   - Percent and PercentBytes: printf-style "fmt % args" for str and bytes;
//   - StrFormat and StrFormatMap: str.format and str.format_map;
//   - FloatRepr and FloatFormat: Python's repr of a float and
//     PyOS_double_to_string;
//   - StrRepr, BytesRepr, Ascii and EscapeNonASCII: Python's repr of str
//     and bytes and ascii().
//
// Built-in scalar values (starlark.Int, Float, String, Bytes, Bool and None)
// are handled here. Every other value (lists, dicts, script class instances
// with __str__, __repr__ or __format__, ...) is handed to a Hooks value
// supplied by the runtime; BasicHooks is a ready-made implementation for
// the plain Starlark types.
//
// Failures are returned as *Error values carrying the Python exception class
// name and CPython's exact message, so the runtime can raise the matching
// exception.
//
// Strings are Starlark strings (UTF-8). Widths, precisions and error indices
// count Unicode code points, as Python does; bytes that are not valid UTF-8
// count as one character each and are copied through unchanged.
//
// Known differences from CPython: widths and precisions above MaxWidth give
// MemoryError; a lone surrogate (format(0xd800, 'c'), '%c' % 0xdc00) becomes
// U+FFFD because Starlark strings are UTF-8; printability in repr follows Go's
// Unicode tables rather than Python 3.11's; the 'n' type always uses the C
// locale (no grouping), as CPython does unless the program calls setlocale;
// and numeric % conversions do not call __int__, __index__ or __float__ of
// script objects.
package pyformat
