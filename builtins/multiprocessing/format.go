package multiprocessing

import (
	"errors"
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// defaultFormatException formats err as CPython prints an uncaught
// exception, from the Starlark call stack of the error (rt, when not nil,
// supplies the source lines).
func defaultFormatException(rt *core.Runtime, err error) string {
	var b strings.Builder
	var ee *starlark.EvalError
	if errors.As(err, &ee) && len(ee.CallStack) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, fr := range ee.CallStack {
			file := fr.Pos.Filename()
			if file == "" || file == "<builtin>" {
				continue
			}
			fn := fr.Name
			if fn == "<toplevel>" {
				fn = "<module>"
			}
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", file, fr.Pos.Line, fn)
			if rt != nil {
				if line := rt.SourceLine(file, int(fr.Pos.Line)); line != "" {
					fmt.Fprintf(&b, "    %s\n", line)
				}
			}
		}
	}
	var pe *core.PyError
	if errors.As(err, &pe) {
		if st := pe.State(); st != nil && st.RemoteTraceback != "" && b.Len() == 0 {
			return st.RemoteTraceback
		}
		b.WriteString(pe.Error())
	} else if ee != nil {
		b.WriteString(ee.Msg)
	} else {
		b.WriteString(err.Error())
	}
	b.WriteString("\n")
	return b.String()
}
