package core

// This file defines the built-in warning categories and Warn, the issuing
// of a warning as CPython 3.11's default warning filters treat it: the
// printing machinery that the warnings module builds on.

import (
	"fmt"
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// The built-in warning categories.
var (
	Warning                   = newExcClass("Warning", Exception)
	UserWarning               = newExcClass("UserWarning", Warning)
	DeprecationWarning        = newExcClass("DeprecationWarning", Warning)
	PendingDeprecationWarning = newExcClass("PendingDeprecationWarning", Warning)
	SyntaxWarning             = newExcClass("SyntaxWarning", Warning)
	RuntimeWarning            = newExcClass("RuntimeWarning", Warning)
	FutureWarning             = newExcClass("FutureWarning", Warning)
	ImportWarning             = newExcClass("ImportWarning", Warning)
	UnicodeWarning            = newExcClass("UnicodeWarning", Warning)
	BytesWarning              = newExcClass("BytesWarning", Warning)
	ResourceWarning           = newExcClass("ResourceWarning", Warning)
	EncodingWarning           = newExcClass("EncodingWarning", Warning)
)

// warningClasses lists the warning categories (part of ExceptionClasses).
var warningClasses = []*Class{Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
	SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
	ResourceWarning, EncodingWarning}

// WarnLocation is where a warning is attributed: the script frame chosen
// by the stack level, and the name of its module.
type WarnLocation struct {
	File   string
	Line   int
	Module string // "__main__", "pkg.mod"; "sys" when there is no script frame
}

// warnKey identifies a shown warning in the registry of a module, as
// CPython's __warningregistry__ does: (text, category, lineno).
type warnKey struct {
	text     string
	category *Class
	line     int
}

// warnRegistry holds the once-per-location registries of a runtime's
// modules, by module name.
type warnRegistry struct {
	mu      sync.Mutex
	modules map[string]map[warnKey]bool
}

type warnRegistryKey struct{}

func warnRegistryOf(rt *Runtime) *warnRegistry {
	return rt.Shared(warnRegistryKey{}, func() any {
		return &warnRegistry{modules: map[string]map[warnKey]bool{}}
	}).(*warnRegistry)
}

// firstTime records key in module's registry and reports whether it was
// not there yet.
func (r *warnRegistry) firstTime(module string, key warnKey) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	reg := r.modules[module]
	if reg == nil {
		reg = map[warnKey]bool{}
		r.modules[module] = reg
	}
	if reg[key] {
		return false
	}
	reg[key] = true
	return true
}

// Warn issues a warning of category with message from the code running on
// th (which holds the interpreter lock), as CPython's warnings.warn does
// with the default filters of a non-debug build:
//
//	default::DeprecationWarning:__main__
//	ignore::DeprecationWarning
//	ignore::PendingDeprecationWarning
//	ignore::ImportWarning
//	ignore::ResourceWarning
//
// and the action "default" for every other category: a warning is printed
// on standard error the first time it is issued at a location (its text,
// category and line, in the registry of the location's module), as
//
//	file.py:LINE: Category: message
//	  the source line
//
// stacklevel chooses the location: 1 is the innermost script frame (the
// caller of the Go built-in that warns), 2 its caller, and so on.
func Warn(th *starlark.Thread, category *Class, message string, stacklevel int) error {
	loc := WarnLocationOf(th, stacklevel)
	if !DefaultFilterShows(category, loc.Module) {
		return nil
	}
	rt := RuntimeOf(th)
	if rt == nil {
		return nil
	}
	if !warnRegistryOf(rt).firstTime(loc.Module, warnKey{message, category, loc.Line}) {
		return nil
	}
	_, err := rt.Stderr.WriteString(FormatWarning(rt, category, message, loc))
	return err
}

// DefaultFilterShows reports whether CPython's default filters let a
// warning of category issued in module through (action "default").
func DefaultFilterShows(category *Class, module string) bool {
	switch {
	case category.IsSubclass(DeprecationWarning):
		return module == "__main__"
	case category.IsSubclass(PendingDeprecationWarning), category.IsSubclass(ImportWarning),
		category.IsSubclass(ResourceWarning):
		return false
	}
	return true
}

// FormatWarning returns CPython's warnings.formatwarning text of a warning
// at loc: "file:line: Category: message\n" and the stripped source line
// indented by two spaces, when it is known.
func FormatWarning(rt *Runtime, category *Class, message string, loc WarnLocation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d: %s: %s\n", loc.File, loc.Line, category.Name(), message)
	if rt != nil {
		if line := rt.SourceLine(loc.File, loc.Line); line != "" {
			b.WriteString("  " + line + "\n")
		}
	}
	return b.String()
}

// WarnLocationOf returns the location of a warning issued on th at
// stacklevel (see Warn). A lowered closure (the body of a try or with
// statement) belongs to the frame of the function whose code it is. When
// the stack has fewer script frames, the location is CPython's: file
// "sys", line 1, module "sys".
func WarnLocationOf(th *starlark.Thread, stacklevel int) WarnLocation {
	if stacklevel < 1 {
		stacklevel = 1
	}
	n := th.CallStackDepth()
	level := 0
	for depth := 0; depth < n; depth++ {
		fr := th.CallFrame(depth)
		if !fr.Pos.IsValid() || fr.Pos.Filename() == "<builtin>" {
			continue
		}
		fn, _ := th.DebugFrame(depth).Callable().(*starlark.Function)
		// A lowered closure, the built-ins that call it and the frames of
		// closures enclosing it, up to the function whose code they are,
		// make one Python frame, positioned here.
		for hidden := isHiddenClosure(fr.Name); hidden && depth+1 < n; {
			depth++
			outer := th.CallFrame(depth)
			hidden = !outer.Pos.IsValid() || outer.Pos.Filename() == "<builtin>" || isHiddenClosure(outer.Name)
		}
		if level++; level < stacklevel {
			continue
		}
		loc := WarnLocation{File: fr.Pos.Filename(), Line: int(fr.Pos.Line), Module: "__main__"}
		if fn != nil {
			if s, ok := starlark.AsString(fn.Module().Predeclared()["__name__"]); ok {
				loc.Module = s
			}
		}
		return loc
	}
	return WarnLocation{File: "sys", Line: 1, Module: "sys"}
}
