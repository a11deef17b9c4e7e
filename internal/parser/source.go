// This file defines file, the normalised source text and its positions.

package parser

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/pyconc/pyconc/internal/pyast"
)

// file is the source being parsed: its name (shared by every position)
// and its text with line ends normalised to "\n".
type file struct {
	name       *string
	src        []byte
	lineStarts []int // byte offset at which each line starts

	// The last position computed, so that pos is cheap when called with
	// increasing offsets on one long line.
	lastOff, lastLine, lastCol int
}

// newFile prepares src: it drops a UTF-8 byte order mark and turns CRLF
// and lone CR line ends into LF, as CPython's universal newlines do.
func newFile(name string, src []byte) *file {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	f := &file{name: &name, src: src, lineStarts: []int{0}}
	for i, c := range src {
		if c == '\n' {
			f.lineStarts = append(f.lineStarts, i+1)
		}
	}
	return f
}

// pos returns the position of byte offset off: 1-based line, and
// 1-based column counted in runes.
func (f *file) pos(off int) pyast.Pos {
	if off > len(f.src) {
		off = len(f.src)
	}
	line := sort.Search(len(f.lineStarts), func(i int) bool { return f.lineStarts[i] > off }) - 1
	var col int
	if f.lastLine == line && f.lastOff <= off && f.lastCol > 0 {
		col = f.lastCol + utf8.RuneCount(f.src[f.lastOff:off])
	} else {
		col = utf8.RuneCount(f.src[f.lineStarts[line]:off]) + 1
	}
	f.lastOff, f.lastLine, f.lastCol = off, line, col
	return pyast.Pos(makePos(f.name, line+1, col))
}

// lineEnd returns the byte offset of the end of the line holding off
// (the offset of its "\n", or the end of the source).
func (f *file) lineEnd(off int) int {
	if i := bytes.IndexByte(f.src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(f.src)
}

// eofPos is where CPython reports errors at the end of input: the end
// of the last line, not counting a final newline.
func (f *file) eofPos() pyast.Pos {
	n := len(f.src)
	if n > 0 && f.src[n-1] == '\n' {
		n--
	}
	return f.pos(n)
}
