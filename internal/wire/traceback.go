package wire

import (
	"fmt"
	"strings"

	"github.com/pyconc/pyconc/internal/core"
)

// defaultTraceback formats an exception's recorded frames as CPython does:
// "Traceback (most recent call last):", one "  File ..., line N, in F"
// entry per frame, then "Type: message". A traceback that came from
// another process is kept as it is.
func defaultTraceback(exc *core.Instance) string {
	st := core.ExcStateOf(exc)
	if st == nil {
		return ""
	}
	var b strings.Builder
	if st.RemoteTraceback != "" {
		b.WriteString(st.RemoteTraceback)
		if !strings.HasSuffix(st.RemoteTraceback, "\n") {
			b.WriteString("\n")
		}
		return b.String()
	}
	if len(st.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, fr := range st.Traceback {
			fn := fr.Func
			if fn == "" || fn == "<toplevel>" {
				fn = "<module>"
			}
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", fr.File, fr.Line, fn)
		}
	}
	name := exc.Class.Name()
	if exc.Class.Module != "builtins" && exc.Class.Module != "__main__" && exc.Class.Module != "" {
		name = exc.Class.Module + "." + exc.Class.QualName
	}
	if msg := core.ExcMessage(exc); msg != "" {
		fmt.Fprintf(&b, "%s: %s\n", name, msg)
	} else {
		fmt.Fprintf(&b, "%s\n", name)
	}
	return b.String()
}
