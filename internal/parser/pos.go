// This file makes go.starlark.net positions.

package parser

import "go.starlark.net/syntax"

// makePos builds a position in the file whose name name points to.
func makePos(name *string, line, col int) syntax.Position {
	return syntax.MakePosition(name, int32(line), int32(col))
}
